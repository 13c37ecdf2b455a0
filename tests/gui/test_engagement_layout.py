"""Issue 11, item 16: at 1366 x 768 the RACI grid of a five-workstream engagement shows
every row (the problems list no longer takes the room), and on the same laptop at 150 %
scaling (a 910 x 470 window in device-independent pixels) it still shows more than one
row while the Portfolio, the Clients and Engagements screens and every engagement tab fit
without the page scrolling."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.workspace import EngagementWorkspace
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.store import teams

pytestmark = pytest.mark.gui

LAPTOP = (1366, 768 - 30 - 40)  # less the title bar and the task bar
LAPTOP_150 = (910, 470)  # 1366 x 768 at 150 %, the same way
MY_TABS = ("charter", "team", "communication", "datashare", "decisions")


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    from cdmo_desktop.gui.engagements import workspace, workspace_records

    monkeypatch.setattr(workspace, "ask_unsaved", lambda _p, _w: "discard")
    monkeypatch.setattr(workspace_records, "ask_unsaved", lambda _p, _w: "discard")


@pytest.fixture
def five_workstreams(demo_ctx: AppContext) -> str:
    """The demo's first engagement (five people, three workstreams) with two more."""
    with demo_ctx.store.read() as s:
        first = s.exec(select(Engagement).order_by(Engagement.title)).first()
    assert first is not None
    engagement_id = first.id
    for name in ("Analytical method transfer", "Regulatory CMC sections"):
        teams.add_workstream(demo_ctx.store, engagement_id, name)
    return engagement_id


def window_at(qtbot: QtBot, ctx: AppContext, size: tuple[int, int]) -> Iterator[MainWindow]:
    window = MainWindow(ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    yield window


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def page_scrolls(window: MainWindow) -> tuple[int, int]:
    settle()
    page = window.stack.currentWidget()
    assert page is not None
    area = page.parentWidget().parentWidget()  # type: ignore[union-attr]
    assert isinstance(area, QScrollArea)
    return area.horizontalScrollBar().maximum(), area.verticalScrollBar().maximum()


def rows_shown(workspace: EngagementWorkspace) -> int:
    """RACI rows wholly in view."""
    workspace.show_tab("team")
    settle()
    grid = workspace.team.raci.grid
    bottom = grid.viewport().height()
    model = grid.model()
    return sum(
        grid.visualRect(model.index(r, 0)).bottom() <= bottom for r in range(model.rowCount())
    )


def test_every_raci_row_shows_at_1366_by_768(
    qtbot: QtBot, demo_ctx: AppContext, five_workstreams: str, quiet: None
) -> None:
    window = next(window_at(qtbot, demo_ctx, LAPTOP))
    window.open_engagement(five_workstreams)
    workspace = window.stack.currentWidget()
    assert isinstance(workspace, EngagementWorkspace)
    assert workspace.team.raci.model.rowCount() == 5
    assert rows_shown(workspace) == 5
    raci = workspace.team.raci
    assert raci.violations.isVisible()
    assert raci.violations.height() < raci.grid.height() / 2
    assert page_scrolls(window) == (0, 0)


def test_at_150_percent_the_grid_shows_rows_and_nothing_scrolls(
    qtbot: QtBot, demo_ctx: AppContext, five_workstreams: str, quiet: None
) -> None:
    window = next(window_at(qtbot, demo_ctx, LAPTOP_150))
    for key in ("portfolio", "clients", "engagements"):
        window.show_screen(key)
        assert page_scrolls(window) == (0, 0), f"the {key} screen scrolls at 150 %"
    window.open_engagement(five_workstreams)
    workspace = window.stack.currentWidget()
    assert isinstance(workspace, EngagementWorkspace)
    assert rows_shown(workspace) >= 2
    for key in MY_TABS:
        workspace.show_tab(key)
        assert page_scrolls(window) == (0, 0), f"the workspace tab {key!r} scrolls at 150 %"
