"""The risk register screen: SQL-backed model, filters, the heat map that follows them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cdmo_desktop.domain.enums import RiskLevel
from cdmo_desktop.domain.models import new_id
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.gui.risks.risks_model import (
    RiskHistoryModel,
    RiskSource,
    RiskTableModel,
)
from cdmo_desktop.store import risk_edits, risk_reviews
from cdmo_desktop.store import risks as rs
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio

pytestmark = pytest.mark.gui


@pytest.fixture
def pf(ctx: Any) -> Portfolio:
    portfolio = make_portfolio(ctx.store)
    cells = [(5, 5), (3, 4), (3, 4), (1, 2), (2, 5), (4, 4)]
    for i in range(24):
        likelihood, impact = cells[i % len(cells)]
        add_risk(
            ctx.store,
            portfolio.alpha if i % 3 else portfolio.beta,
            f"Risk {i} {'yield' if i % 4 == 0 else 'capacity'}",
            likelihood=likelihood,
            impact=impact,
            residual_likelihood=1 if i % 2 else None,
            residual_impact=impact if i % 2 else None,
            owner=["Ana", "Ben"][i % 2],
            category=["supply", "quality"][i % 2],
            status="closed" if i == 5 else "open",
            closed_date=TODAY if i == 5 else None,
            closure_note="Resolved" if i == 5 else "",
            next_review_date=TODAY + timedelta(days=(i % 5) - 2),
        )
    return portfolio


def _view(qtbot: Any, ctx: Any, engagement_id: str | None = None) -> RisksView:
    view = RisksView(ctx, engagement_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    view.heatmap.ensure_canvas()
    _wait_counted(qtbot, view)
    return view


def test_register_model_passes_qtmodeltester(
    qtbot: Any, qtmodeltester: Any, ctx: Any, pf: Portfolio
) -> None:
    model = RiskTableModel(RiskSource(ctx.store, portfolio=True, today=lambda: TODAY))
    model.page_size = 10
    model.refresh()
    qtbot.waitUntil(lambda: not model.counting, timeout=5000)
    assert model.rowCount() == model.total == 24  # every row, read a page at a time
    last = rs.fetch_risks_before(ctx.store, {}, "score", True, 1)
    assert model.key_at(23) == last[0].id  # the last page, read from the end
    qtmodeltester.check(model)
    model.sort(model.column_of("level"), Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, model.column_of("level"))) == "Critical"
    qtbot.waitUntil(lambda: not model.counting, timeout=5000)
    qtmodeltester.check(model)


def test_history_model_passes_qtmodeltester(qtmodeltester: Any, ctx: Any, pf: Portfolio) -> None:
    risk = add_risk(ctx.store, pf.alpha, likelihood=4, impact=5)
    model = RiskHistoryModel()
    with ctx.store.read() as s:
        model.set_points(risk_reviews.score_history(s, risk.id))
    assert model.rowCount() == 1
    assert model.data(model.index(0, 3)) == "4 x 5 = 20"
    qtmodeltester.check(model)


def test_portfolio_has_engagement_column_and_workspace_tab_does_not(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    portfolio = _view(qtbot, ctx)
    assert portfolio.model.headers[0] == "Engagement"
    assert portfolio.filter_bar.engagement_combo.isVisibleTo(portfolio)
    assert portfolio.model.total == 23  # the closed one is not live
    tab = _view(qtbot, ctx, pf.beta)
    assert "Engagement" not in tab.model.headers
    assert not tab.filter_bar.engagement_combo.isVisibleTo(tab)
    assert tab.model.total == 8  # every third risk is beta's, all live
    codes = {tab.model.data(tab.model.index(r, tab.model.column_of("code"))) for r in range(8)}
    assert codes == {f"R-00{n}" for n in range(1, 9)}


def test_filters_and_heat_map_agree(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    view = _view(qtbot, ctx)
    bar = view.filter_bar
    bar.level_combo.setCurrentIndex(bar.level_combo.findData("critical"))
    _wait_counted(qtbot, view)
    critical = view.model.total
    assert critical > 0
    assert view.heatmap.counts.total == critical
    assert all(
        view.model.data(view.model.index(r, view.model.column_of("level"))) == "Critical"
        for r in range(view.model.rowCount())
    )
    bar.level_combo.setCurrentIndex(0)
    bar.owner_combo.setCurrentIndex(bar.owner_combo.findData("Ana"))
    _wait_counted(qtbot, view)
    assert view.model.total == view.heatmap.counts.total == 12
    bar.search_edit.setText("yield")
    qtbot.waitUntil(lambda: "search" in view.model.filters, timeout=2000)
    _wait_counted(qtbot, view)
    assert view.model.total == rs.count_risks(ctx.store, view.model.filters)
    assert view.heatmap.counts.total == view.model.total
    bar.reset()
    assert view.model.filters == {"status": "active"}


def _wait_counted(qtbot: Any, view: RisksView) -> None:
    qtbot.waitUntil(lambda: not view.counting, timeout=5000)


def _click_cell(view: RisksView, kind: str, likelihood: int, impact: int) -> None:
    from PySide6.QtTest import QTest

    centre = view.heatmap.layout_plan().cell_rect(kind, likelihood, impact).center()
    QTest.mouseClick(view.heatmap, Qt.MouseButton.LeftButton, pos=centre.toPoint())


def test_clicking_a_heat_map_cell_lists_its_risks(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    view = _view(qtbot, ctx)
    in_cell = view.heatmap.counts.count(3, 4)
    assert in_cell == 8
    _click_cell(view, "current", 3, 4)
    _wait_counted(qtbot, view)
    assert view.model.total == in_cell
    assert view.model.filters["cell"] == ("current", 3, 4)
    assert view.heatmap.selected == ("current", 3, 4)
    assert view.heatmap.counts.count(3, 4) == in_cell  # the map keeps every cell
    assert "cell likelihood 3 x impact 4" in view.summary_label.text()
    assert view.filter_bar.cell_button.isVisibleTo(view)
    _click_cell(view, "residual", 1, 4)
    _wait_counted(qtbot, view)
    assert view.model.total == view.heatmap.counts.count(1, 4, residual=True) > 0
    _click_cell(view, "residual", 1, 4)  # the chosen cell again: every risk
    _wait_counted(qtbot, view)
    assert "cell" not in view.model.filters and view.model.total == 23


def test_review_due_rows_are_highlighted_and_levels_coloured(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    view = _view(qtbot, ctx)
    model = view.model
    review_col, level_col = model.column_of("next_review"), model.column_of("level")
    bg = Qt.ItemDataRole.BackgroundRole
    for r in range(model.rowCount()):
        row = model.row_at(r)
        due = row.next_review_date is not None and row.next_review_date <= TODAY
        brush = model.data(model.index(r, review_col), bg)
        assert (brush is not None and brush.color() == theme.current().colour("warn_bg")) == due
        level_brush = model.data(model.index(r, level_col), bg)
        colour = theme.current().level_bg[RiskLevel(row.level)]
        assert level_brush.color().name() == colour
    due_count = rs.count_reviews_due(ctx.store, TODAY)
    assert f", {due_count} due for review" in view.summary_label.text()
    view.filter_bar.review_due_check.setChecked(True)
    _wait_counted(qtbot, view)
    assert view.model.total == due_count > 0


def test_register_refreshes_after_a_write_elsewhere(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    view = _view(qtbot, ctx, pf.beta)
    values = {"engagement_id": pf.beta, "title": "Logged elsewhere", "category": "supply"}
    ctx.announce(risk_edits.log_risk(ctx.store, new_id(), {**values, "likelihood": 5, "impact": 5}))
    _wait_counted(qtbot, view)
    assert view.model.total == 9
    assert view.heatmap.counts.count(5, 5) == 4 + 1  # beta had four risks in the corner


def test_hidden_columns_are_remembered(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    view = _view(qtbot, ctx)
    menu = view.columns.header_menu()
    titles = [a.text() for a in menu.actions()]
    assert titles[:3] == ["Engagement", "Code", "Title"]
    assert not menu.actions()[1].isEnabled()  # the code always shows
    raised_by = view.model.column_of("raised_by")
    menu.actions()[raised_by].setChecked(False)
    assert view.table.isColumnHidden(raised_by)
    again = _view(qtbot, ctx)
    assert again.table.isColumnHidden(raised_by)
    assert not again.table.isColumnHidden(again.model.column_of("level"))


def test_demo_portfolio_register_and_heat_map_agree(qtbot: Any, demo_ctx: Any) -> None:
    from tests.conftest import DEMO_TODAY

    view = RisksView(demo_ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(view)
    view.show()
    view.heatmap.ensure_canvas()
    _wait_counted(qtbot, view)
    assert view.model.total > 20
    assert view.heatmap.counts.total == view.model.total
    assert view.model.headers[0] == "Engagement"
    view.filter_bar.review_due_check.setChecked(True)
    _wait_counted(qtbot, view)
    due = rs.count_reviews_due(demo_ctx.store, DEMO_TODAY)
    assert 0 < due == view.model.total == view.heatmap.counts.total


def test_the_risk_form_is_built_only_when_a_risk_is_opened(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    from PySide6.QtWidgets import QWidget

    view = _view(qtbot, ctx)
    assert view.findChild(QWidget, "riskForm") is None  # the register opens without it
    assert not view.is_dirty() and view.maybe_leave()
    view.open_risk(view.model.key_at(0))
    form = view.findChild(QWidget, "riskForm")
    assert form is not None and view.stack.currentWidget() is form
    assert view.form.risk_id == view.model.key_at(0)
    view.show_register()
    assert view.stack.currentIndex() == view.REGISTER_PAGE


def test_a_filter_change_repaints_the_register_once(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    """The rows are laid out before the repaint, not by the view's deferred layout after
    it (which painted every visible cell a second time)."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        n = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.n += 1
            return False

    view = _view(qtbot, ctx)
    qtbot.waitExposed(view)
    qtbot.wait(100)
    paints = Paints()
    view.table.viewport().installEventFilter(paints)
    combo = view.filter_bar.level_combo
    combo.setCurrentIndex(combo.findData("critical"))
    qtbot.waitUntil(lambda: Paints.n > 0, timeout=5000)
    qtbot.wait(100)
    assert Paints.n == 1
    assert view.model.total == rs.count_risks(ctx.store, view.model.filters)


def test_a_paint_asks_each_cell_once_and_shows_what_the_model_answers(
    qtbot: Any, ctx: Any, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Painting the register asks every role of a cell in one call (multiData: a seventh
    of the Python calls a paint made through data()), and what is painted is what data()
    answers: texts, level and due colours, the bold due date, alignment."""
    from PySide6.QtGui import QBrush, QFont
    from PySide6.QtWidgets import QStyledItemDelegate

    view = _view(qtbot, ctx)
    model, table = view.model, view.table
    painted: dict[tuple[int, int], tuple[Any, ...]] = {}

    class Recording(QStyledItemDelegate):
        def initStyleOption(self, option: Any, index: Any) -> None:
            super().initStyleOption(option, index)
            painted[index.row(), index.column()] = (
                option.text,
                QBrush(option.backgroundBrush),
                option.font.bold(),
                int(option.displayAlignment),
            )

    table.setItemDelegate(Recording(table))
    asked: list[int] = []
    answer = model.data

    def counted(*args: Any) -> Any:
        asked.append(1)
        return answer(*args)

    monkeypatch.setattr(model, "data", counted)
    table.viewport().grab()
    assert len(painted) >= 10 * model.columnCount() and asked == []
    due_cells = 0
    for (row, column), (text, background, bold, alignment) in painted.items():
        index = model.index(row, column)
        assert text == str(answer(index, Qt.ItemDataRole.DisplayRole))
        assert background == (answer(index, Qt.ItemDataRole.BackgroundRole) or QBrush())
        font = answer(index, Qt.ItemDataRole.FontRole)
        assert bold == (isinstance(font, QFont) and font.bold())
        due_cells += bold
        aligned = answer(index, Qt.ItemDataRole.TextAlignmentRole)
        if aligned is not None:
            assert alignment == int(aligned)
    assert due_cells  # rows due for review are painted (their review date in bold)


def test_a_repaint_answers_every_cell_from_the_lines_worked_out_once_and_a_sort_renews_them(
    ctx: Any, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A paint asks about seven roles of every visible cell: the line's texts, colours and
    alignment are worked out on its first paint, so painting again formats nothing; after
    a sort or an edit the same row numbers answer for the rows now there."""
    model = RiskTableModel(RiskSource(ctx.store, portfolio=True, today=lambda: TODAY))
    model.refresh()
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        RiskTableModel.RowIdRole,
    ]

    def paint() -> list[list[Any]]:
        return [
            [
                model.data(model.index(r, c), role)
                for c in range(model.columnCount())
                for role in roles
            ]
            for r in range(model.rowCount())
        ]

    first = paint()
    asked: list[Any] = []

    def counted(original: Any) -> Any:
        def call(*args: Any) -> Any:
            asked.append(args)
            return original(*args)

        return call

    for name in ("cell_data", "display"):
        original = getattr(model, name)
        monkeypatch.setattr(model, name, counted(original))
    monkeypatch.setattr(model.source, "display", counted(model.source.display))
    assert paint() == first
    assert asked == []
    monkeypatch.undo()

    model.sort(model.column_of("title"), Qt.SortOrder.AscendingOrder)
    review, code = model.column_of("next_review"), model.column_of("code")
    for r in range(model.rowCount()):
        row = model.row_at(r)
        assert model.data(model.index(r, code)) == row.code
        assert model.data(model.index(r, 0), RiskTableModel.RowIdRole) == row.id
        day = row.next_review_date
        due = row.status != "closed" and day is not None and day <= TODAY
        brush = model.data(model.index(r, review), Qt.ItemDataRole.BackgroundRole)
        assert (brush is not None) == due
    top = model.row_at(0)
    risk_edits.edit_risk(ctx.store, top.id, {"title": "Zz last by title"})
    model.refresh()
    assert model.data(model.index(0, model.column_of("title"))) != "Zz last by title"
    assert model.data(model.index(model.rowCount() - 1, model.column_of("title"))) == (
        "Zz last by title"
    )


def test_a_search_heat_map_and_count_follow_an_edit(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    """During a search the count, due count and heat map come from one read of the
    matches' facets: an edit that moves a matching risk moves it on the map and in the
    summary, and a text edit that takes it out of the search drops it from both."""
    view = _view(qtbot, ctx)
    view.apply_filters({**view.filter_bar.filters(), "search": "yield"})
    _wait_counted(qtbot, view)
    listed = view.model.total
    assert listed == view.heatmap.counts.total == 6
    risk_id = view.model.key_at(0)
    before = view.heatmap.counts.count(5, 5)
    ctx.announce(risk_edits.edit_risk(ctx.store, risk_id, {"likelihood": 1, "impact": 1}))
    _wait_counted(qtbot, view)
    assert view.heatmap.counts.count(1, 1) == 1
    assert view.heatmap.counts.count(5, 5) == before - 1
    ctx.announce(risk_edits.edit_risk(ctx.store, risk_id, {"title": "Capacity slot"}))
    _wait_counted(qtbot, view)
    assert view.model.total == view.heatmap.counts.total == listed - 1
    assert str(listed - 1) in view.summary_label.text()


def test_an_edit_keeps_the_engagement_choices_a_new_engagement_adds_one(
    qtbot: Any, ctx: Any, pf: Portfolio, monkeypatch: Any
) -> None:
    from cdmo_desktop.domain.models import Engagement
    from cdmo_desktop.store import choice_lists

    reads: list[int] = []
    real = choice_lists.rows

    def counted(store: Any, listing: Any, offset: int, limit: int) -> Any:
        reads.append(1)
        return real(store, listing, offset, limit)

    monkeypatch.setattr(choice_lists, "rows", counted)
    view = _view(qtbot, ctx)
    combo = view.filter_bar.engagement_combo
    assert combo.count() == 3  # all, alpha, beta: counted, not read
    assert reads == [] and combo.currentText() == "All engagements"
    assert {combo.itemText(1), combo.itemText(2)} == {"Alpha scale-up", "Beta fill-finish"}
    assert reads == [1]  # read once, when the list is first looked at
    combo.setCurrentIndex(combo.findText("Beta fill-finish"))
    assert view.model.filters["engagement_id"] == pf.beta
    reads.clear()
    ctx.announce(risk_edits.edit_risk(ctx.store, view.model.key_at(0), {"owner": "Cleo"}))
    assert reads == []  # a risk edit: the engagements are not read again
    assert view.filter_bar.owner_combo.findData("Cleo") > 0  # the new owner is offered
    with ctx.store.read() as s:
        alpha = s.get(Engagement, pf.alpha)
        assert alpha is not None
        values = {
            "client_id": alpha.client_id,
            "partner_id": alpha.partner_id,
            "phase": alpha.phase,
        }
    change = ctx.store.write(
        "New engagement", lambda s: s.add(Engagement(title="Gamma tech transfer", **values))
    )
    ctx.announce(change)
    assert combo.count() == 4 and combo.findText("Gamma tech transfer") > 0 and reads
    assert combo.currentData() == pf.beta  # the chosen engagement stays chosen
    assert view.model.filters["engagement_id"] == pf.beta


def test_opening_the_register_again_counts_and_reads_its_first_page_once(
    qtbot: Any, ctx: Any, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The header restores the remembered order when the register is shown: the order it
    already shows (here the default, by score) is not read a second time; a header click
    still sorts, without counting the rows again."""
    first = _view(qtbot, ctx)
    first.table.setColumnWidth(first.model.column_of("title"), 333)
    first.close()  # the header (widths, order) is remembered
    counted: list[dict[str, Any]] = []
    real = RiskSource.read_counts

    def count(self: RiskSource, filters: dict[str, Any]) -> Any:
        counted.append(filters)
        return real(self, filters)

    monkeypatch.setattr(RiskSource, "read_counts", count)
    view = _view(qtbot, ctx)
    qtbot.waitExposed(view)
    assert view.model.sort_state == (view.model.column_of("score"), True)
    assert len(counted) == 1
    titles = [view.model.row_at(i).title for i in range(view.model.rowCount())]
    scores = [view.model.row_at(i).score for i in range(view.model.rowCount())]
    assert scores == sorted(scores, reverse=True)
    view.table.horizontalHeader().setSortIndicator(
        view.model.column_of("title"), Qt.SortOrder.DescendingOrder
    )
    assert not view.counting and len(counted) == 1  # the same rows: their count stands
    assert view.model.row_at(0).title == max(titles)


def test_a_search_reads_its_first_page_off_the_gui_thread_the_rows_before_shown_meanwhile(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    """The keystroke returns at once: the register shows the rows it showed until the
    search's first page arrives from a worker; then the matches, and their count, due
    count and heat map when counted (the rows past the first page can be scrolled to
    before the count is known)."""
    view = _view(qtbot, ctx)
    view.model.page_size = 2
    all_map = view.heatmap.counts.total
    before = [view.model.row_at(r).title for r in range(view.model.rowCount())]
    summary = view.summary_label.text()
    view.apply_filters({**view.filter_bar.filters(), "search": "yield"})
    assert view.reading and view.counting
    assert "search" not in view.model.filters
    assert [view.model.row_at(r).title for r in range(view.model.rowCount())] == before
    assert view.summary_label.text() == summary
    qtbot.waitUntil(lambda: not view.reading, timeout=5000)
    assert view.model.filters["search"] == "yield"
    shown = min(view.model.rowCount(), 4)
    titles = [view.model.row_at(r).title for r in range(shown)]
    assert all("yield" in t for t in titles) and len(set(titles)) == shown
    _wait_counted(qtbot, view)
    listed = rs.count_risks(ctx.store, view.model.filters)
    assert view.model.rowCount() == view.model.total == listed == 6
    assert view.heatmap.counts.total == listed != all_map and view.heat_map_box.isEnabled()
    assert view.summary_label.text().startswith("6 risks")
    assert {view.model.row_at(r).title for r in range(6)} >= set(titles)


def test_a_newer_keystroke_drops_the_count_of_an_older_one(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    from cdmo_desktop.gui.workers import wait_for_jobs

    view = _view(qtbot, ctx)
    view.apply_filters({**view.filter_bar.filters(), "search": "yield"})
    view.apply_filters({**view.filter_bar.filters(), "search": "capacity"})
    assert wait_for_jobs()
    _wait_counted(qtbot, view)
    qtbot.wait(50)  # both answers delivered
    listed = rs.count_risks(ctx.store, view.model.filters)
    assert listed == 17
    assert view.model.total == view.model.rowCount() == view.heatmap.counts.total == listed
    assert view.summary_label.text().startswith(f"{listed} risks")
