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


def _workspace(qtbot: Any, demo_ctx: Any, width: int, height: int) -> EngagementWorkspace:
    """The first engagement's workspace in a main window of `width` x `height`."""
    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    with demo_ctx.store.read() as s:
        engagement = s.exec(select(Engagement).order_by(Engagement.title)).first()
    assert engagement is not None
    window.open_engagement(engagement.id)
    workspace = window.stack.currentWidget()
    assert isinstance(workspace, EngagementWorkspace)
    return workspace


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_workspace_tab_scrolls_sideways_at_150_percent(
    qtbot: Any, request: pytest.FixtureRequest, language: str
) -> None:
    if language == "de":  # longer words: "Ampelstatus auf Gelb setzen"
        request.getfixturevalue("german")
    demo_ctx = request.getfixturevalue("demo_ctx")
    workspace = _workspace(qtbot, demo_ctx, 910, 490)
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


def _shares_form(qtbot: Any, demo_ctx: Any, width: int, height: int) -> Any:
    """The information-sharing tab's form in a window of `width` x `height`."""
    from PySide6.QtWidgets import QFormLayout

    from cdmo_desktop.gui.engagements.datashare import DataSharesEditor

    workspace = _workspace(qtbot, demo_ctx, width, height)
    workspace.show_tab("datashare")
    for _ in range(3):
        QApplication.processEvents()
    editor = workspace.findChild(DataSharesEditor)
    assert editor is not None
    form = editor.form.findChild(QFormLayout)
    assert form is not None
    return editor, form


def test_a_narrow_german_record_form_puts_its_labels_above_its_fields(
    qtbot: Any, request: pytest.FixtureRequest
) -> None:
    """German at 150 %: "Warum der Partner sie braucht:" beside its field left the field a
    dozen letters; above it, the field has the form's width. Wide, they stay side by side."""
    from PySide6.QtWidgets import QFormLayout

    request.getfixturevalue("german")
    demo_ctx = request.getfixturevalue("demo_ctx")
    editor, form = _shares_form(qtbot, demo_ctx, 910, 490)
    assert form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
    for _ in range(3):
        QApplication.processEvents()
    readable = editor.fontMetrics().horizontalAdvance("x" * 30)
    for name in ("itemEdit", "purposeEdit", "restrictionsEdit"):
        field = getattr(editor.ui, name)
        assert field.width() >= readable, (name, field.width(), readable)
    _wide, form_wide = _shares_form(qtbot, demo_ctx, 1366, 768)
    assert form_wide.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows
