"""Issue 11, item 5: after an Amber status report, with two critical risks and an overdue
action, an engagement whose RAG still says Green is flagged on the Portfolio and in its
workspace, with the update suggested; taking the suggestion is one undo step."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.enums import Rag, RiskCategory
from cdmo_desktop.domain.models import ActionItem, Engagement, Risk, StatusReport
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.workspace import EngagementWorkspace
from cdmo_desktop.gui.portfolio.portfolio import PortfolioView
from cdmo_desktop.gui.portfolio.portfolio_model import PortfolioTableModel
from cdmo_desktop.store.engagement_edits import edit_engagement
from tests.store.kickoff_world import World, build_world
from tests.undo_support import check_undo_redo

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)


@pytest.fixture
def world(ctx: AppContext) -> World:
    """A Green engagement; since then an Amber status report, two critical risks and an
    action item past its due date."""
    world = build_world(ctx.store)
    edit_engagement(ctx.store, world.engagement_id, {"rag": Rag.GREEN})
    with ctx.store.session() as s:
        for n, title in enumerate(("Sole API supplier", "Polymorph shift"), 1):
            s.add(
                Risk(
                    engagement_id=world.engagement_id,
                    number=n,
                    title=title,
                    category=RiskCategory.SUPPLY,
                    likelihood=5,
                    impact=5,
                )
            )
        s.add(
            ActionItem(
                engagement_id=world.engagement_id,
                description="Send the reference standard",
                due_date=TODAY - timedelta(days=3),
            )
        )
        s.add(
            StatusReport(
                engagement_id=world.engagement_id,
                period_start=date(2026, 10, 19),
                period_end=date(2026, 11, 13),
                overall_status=Rag.AMBER,
                prepared_on=date(2026, 11, 13),
            )
        )
    return world


def status_cell(view: PortfolioView, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return view.model.index(0, PortfolioTableModel.STATUS).data(role)


def test_the_portfolio_flags_the_green_rag_and_suggests_amber(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    view = PortfolioView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 1
    assert status_cell(view) == "Active\nGreen → Amber?"
    tip = str(status_cell(view, Qt.ItemDataRole.ToolTipRole))
    assert "The status report of 13 Nov 2026 says Amber." in tip
    assert "2 critical risks open, 1 overdue milestone, 1 overdue action item: not Green." in tip
    assert status_cell(view, Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 RAG to update" in view.tiles["engagements"].detail.text()
    view.table.selectRow(0)
    assert view.update_rag_action.isEnabled()
    assert view.update_rag_action.text() == "Set &RAG to Amber"
    check_undo_redo(ctx, view.update_rag_action.trigger)
    with ctx.store.read() as s:
        assert s.exec(select(Engagement)).one().rag == Rag.AMBER
    assert status_cell(view) == "Active\nAmber"
    assert "RAG to update" not in view.tiles["engagements"].detail.text()
    assert not view.update_rag_action.isEnabled()


def test_the_workspace_says_so_and_sets_the_rag(
    qtbot: QtBot, ctx: AppContext, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.gui.engagements import workspace, workspace_records

    monkeypatch.setattr(workspace, "ask_unsaved", lambda _p, _w: "discard")
    monkeypatch.setattr(workspace_records, "ask_unsaved", lambda _p, _w: "discard")
    page = EngagementWorkspace(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    bar, label = page.ui.ragAdviceBar, page.ui.ragAdviceLabel
    assert bar.isVisible()
    assert label.text().startswith("RAG Green looks out of date: The status report of 13 Nov")
    assert page.ui.ragAdviceButton.text() == "Set RAG to Amber"
    qtbot.mouseClick(page.ui.ragAdviceButton, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert ctx.undo_stack.undoText() == "Edit engagement HX-101 process development"
    ctx.undo_stack.undo()
    assert bar.isVisible()


def test_a_rag_set_after_the_report_is_left_to_the_consultant(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    """Red set after the Amber report, with the risks open: nothing to suggest."""
    edit_engagement(ctx.store, world.engagement_id, {"rag": Rag.RED})
    view = PortfolioView(ctx, today=TODAY)
    qtbot.addWidget(view)
    assert status_cell(view) == "Active\nRed"
