"""At 150 % scaling a 1366x768 laptop gives the window about 910 x 490 logical pixels: no
workspace tab, the Risks tab's filter row included, scrolls sideways there, in English or
in German."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement
from cdmo_desktop.gui.engagements.workspace import TAB_KEYS, EngagementWorkspace
from cdmo_desktop.gui.main_window import MainWindow


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_workspace_tab_scrolls_sideways_at_150_percent(
    qtbot: Any, request: pytest.FixtureRequest, language: str
) -> None:
    if language == "de":  # longer words: "Ampelstatus auf Gelb setzen"
        request.getfixturevalue("german")
    demo_ctx = request.getfixturevalue("demo_ctx")
    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(910, 490)
    window.show()
    with demo_ctx.store.read() as s:
        engagement = s.exec(select(Engagement).order_by(Engagement.title)).first()
    assert engagement is not None
    window.open_engagement(engagement.id)
    workspace = window.stack.currentWidget()
    assert isinstance(workspace, EngagementWorkspace)
    sideways = {}
    for key in TAB_KEYS:
        workspace.show_tab(key)
        for _ in range(3):
            QApplication.processEvents()
        viewport = workspace.parentWidget()
        assert viewport is not None
        area = viewport.parentWidget()
        assert isinstance(area, QScrollArea)
        sideways[key] = area.horizontalScrollBar().maximum()
    assert sideways == dict.fromkeys(TAB_KEYS, 0)
