"""The portfolio screen shows the figures a consultant would count by hand, and navigates."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from cdmo_desktop.domain.models import ActionItem, Engagement
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.portfolio.agenda_model import AgendaTableModel
from cdmo_desktop.gui.portfolio.portfolio import PortfolioView
from cdmo_desktop.gui.portfolio.portfolio_model import ID_ROLE, PortfolioTableModel
from cdmo_desktop.store import portfolio_keys
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.portfolio import agenda, portfolio_overview
from cdmo_desktop.store.portfolio_keys import key_day
from tests.conftest import DEMO_TODAY
from tests.gui.contrast import text_contrast

pytestmark = pytest.mark.gui

RUNNING = "('active', 'on_hold', 'planned')"


def _sql(ctx: AppContext, query: str) -> int:
    conn = sqlite3.connect(ctx.store.path)
    try:
        return int(conn.execute(query, {"today": DEMO_TODAY.isoformat()}).fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def view(demo_ctx: AppContext, qtbot) -> PortfolioView:
    v = PortfolioView(demo_ctx, today=DEMO_TODAY)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    return v


def _tile(view: PortfolioView, key: str) -> int:
    return int(view.tiles[key].value.text())


def test_figures_equal_independent_counts(view: PortfolioView, demo_ctx: AppContext) -> None:
    running = f"SELECT id FROM engagement WHERE NOT archived AND status IN {RUNNING}"
    assert view.model.rowCount() == _sql(demo_ctx, f"SELECT count(*) FROM ({running})") > 0
    assert _tile(view, "engagements") == view.model.rowCount()
    assert _tile(view, "critical") == _sql(
        demo_ctx,
        f"SELECT count(*) FROM risk WHERE engagement_id IN ({running}) AND level = 'critical' "
        "AND status IN ('open', 'monitoring', 'mitigating')",
    )
    assert _tile(view, "reviews") == _sql(
        demo_ctx,
        f"SELECT count(*) FROM risk WHERE engagement_id IN ({running}) "
        "AND status IN ('open', 'monitoring', 'mitigating') AND next_review_date <= :today",
    )
    assert _tile(view, "milestones") == _sql(
        demo_ctx,
        f"SELECT count(*) FROM milestone WHERE engagement_id IN ({running}) "
        "AND status NOT IN ('done', 'cancelled') AND planned_finish < :today",
    )
    assert _tile(view, "actions") == _sql(
        demo_ctx,
        f"SELECT count(*) FROM action_item WHERE engagement_id IN ({running}) "
        "AND status IN ('open', 'in_progress') AND due_date < :today",
    )
    assert _tile(view, "audits") == _sql(
        demo_ctx, "SELECT count(*) FROM partner WHERE NOT archived AND next_audit_due < :today"
    )
    assert f"{DEMO_TODAY:%d %b %Y}" in view.as_of.text()


def test_rows_show_client_partner_phase_status_and_next_milestone(
    view: PortfolioView, demo_ctx: AppContext
) -> None:
    m = view.model
    conn = sqlite3.connect(demo_ctx.store.path)
    try:
        for row in range(m.rowCount()):
            eid = m.index(row, 0).data(ID_ROLE)
            title, client, partner = conn.execute(
                "SELECT e.title, c.name, p.name FROM engagement e JOIN client c "
                "ON c.id = e.client_id JOIN partner p ON p.id = e.partner_id WHERE e.id = ?",
                (eid,),
            ).fetchone()
            first = m.index(row, m.TITLE).data()
            assert first.startswith(title) and client in first
            assert m.index(row, m.PARTNER).data() == partner
            nxt = conn.execute(
                "SELECT name FROM milestone WHERE engagement_id = ? AND kind != 'task' "
                "AND status NOT IN ('done', 'cancelled') AND planned_finish >= ? "
                "ORDER BY planned_finish, position LIMIT 1",
                (eid, DEMO_TODAY.isoformat()),
            ).fetchone()
            shown = m.index(row, m.NEXT).data()
            assert shown.startswith(nxt[0]) if nxt else shown == "–"
    finally:
        conn.close()


def test_table_models_pass_the_model_tester(view: PortfolioView, qtmodeltester) -> None:
    assert view.model.rowCount() > 0 and view.agenda_model.rowCount() > 0
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.agenda_model)


def test_sorting_by_open_risks_puts_most_critical_first(view: PortfolioView) -> None:
    view.table.horizontalHeader().setSortIndicator(
        PortfolioTableModel.RISKS, Qt.SortOrder.AscendingOrder
    )
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    keys = [(-r.critical_risks, -r.high_risks, -r.open_risks) for r in rows]
    assert keys == sorted(keys)


def test_a_new_day_sorts_the_late_work_of_that_day(
    view: PortfolioView, demo_ctx: AppContext, qtbot
) -> None:
    """Past midnight the late-actions order is that of the new day, and the stored keys
    behind it were rolled to that day (store.portfolio_keys)."""
    later = DEMO_TODAY + timedelta(days=20)
    view._fixed_today = later
    with qtbot.waitSignal(view.key_roll.rolled, timeout=10000):
        demo_ctx.day_changed.emit(later)
    view.table.horizontalHeader().setSortIndicator(
        PortfolioTableModel.LATE_ACT, Qt.SortOrder.AscendingOrder
    )
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    with demo_ctx.store.read() as s:
        expected = portfolio_overview(s, later).engagements
    assert [-r.overdue_actions for r in rows] == sorted(-e.overdue_actions for e in expected)
    assert [-r.overdue_actions for r in rows] != sorted(
        -e.overdue_actions for e in portfolio_overview_at(demo_ctx, DEMO_TODAY)
    )
    with demo_ctx.store.read() as s:
        assert key_day(s.connection()) == later


def test_a_new_days_key_roll_leaves_the_window_answering(
    view: PortfolioView, demo_ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stored sort keys are rolled to a new day on a worker (at a million risks one
    day's roll takes seconds): the refresh returns at once and lists the new day's late work
    in its order while the roll is still running, and the keys hold once it has run."""
    real_roll = portfolio_keys.roll
    started, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []

    def slow_roll(conn: Any, day: date) -> int:
        threads.append(threading.current_thread())
        started.set()
        release.wait(10)
        return real_roll(conn, day)

    monkeypatch.setattr(portfolio_keys, "roll", slow_roll)
    later = DEMO_TODAY + timedelta(days=20)
    view._fixed_today = later
    view.table.horizontalHeader().setSortIndicator(
        PortfolioTableModel.LATE_ACT, Qt.SortOrder.AscendingOrder
    )
    began = time.monotonic()
    demo_ctx.day_changed.emit(later)
    answered_s = time.monotonic() - began
    try:
        assert started.wait(10)
        assert threads and threads[0] is not threading.main_thread()
        assert answered_s < 5, "the refresh waited for the roll"
        with demo_ctx.store.read() as s:
            assert key_day(s.connection()) == DEMO_TODAY  # not rolled yet
            expected = portfolio_overview(s, later).engagements
        rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
        assert [-r.overdue_actions for r in rows] == sorted(-e.overdue_actions for e in expected)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not view.key_roll.running, timeout=10000)
    with demo_ctx.store.read() as s:
        assert key_day(s.connection()) == later


def portfolio_overview_at(ctx: AppContext, day: date) -> list[Any]:
    with ctx.store.read() as s:
        return portfolio_overview(s, day).engagements


def test_enter_and_double_click_open_the_workspace(
    view: PortfolioView,
    demo_ctx: AppContext,
    qtbot,
) -> None:
    view.table.setFocus()
    view.table.selectRow(1)
    expected = view.model.row_at(1)
    with qtbot.waitSignal(demo_ctx.open_engagement_requested) as sig:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert sig.args == [expected.id]
    with qtbot.waitSignal(demo_ctx.open_partner_requested) as sig:
        view.table.doubleClicked.emit(view.model.index(1, PortfolioTableModel.PARTNER))
    assert sig.args == [expected.partner_id]
    with qtbot.waitSignal(demo_ctx.open_engagement_requested) as sig:
        view.agenda_table.doubleClicked.emit(view.agenda_model.index(0, AgendaTableModel.WHAT))
    assert sig.args == [view.agenda_model.row_at(0).engagement_id]


def test_refreshes_when_a_shown_table_changes(view: PortfolioView, demo_ctx: AppContext) -> None:
    before = _tile(view, "actions")
    eid = view.model.row_at(0).id
    written = demo_ctx.store.write(
        "New action",
        lambda s: s.add(
            ActionItem(
                engagement_id=eid,
                description="Send the signed quality agreement",
                due_date=DEMO_TODAY - timedelta(days=2),
            )
        ),
    )
    calls: list[int] = []
    original = view.refresh

    def counted() -> None:
        calls.append(1)
        original()

    view.refresh = counted  # type: ignore[method-assign]
    demo_ctx.announce(ChangeSet("Elsewhere", tables=frozenset({"agreement"})))
    assert calls == [] and _tile(view, "actions") == before
    demo_ctx.announce(written)
    assert calls == [1] and _tile(view, "actions") == before + 1
    assert view.tiles["actions"].value.property("tone") == "error"  # late work shows in red
    assert any(
        "Send the signed quality agreement" in view.agenda_model.row_at(r).title
        for r in range(view.agenda_model.rowCount())
    )


def test_late_cells_are_tinted(view: PortfolioView) -> None:
    m = view.model
    late_rows = [r for r in range(m.rowCount()) if m.row_at(r).overdue_actions]
    assert late_rows
    brush = m.index(late_rows[0], m.LATE_ACT).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == QColor("#FDE2E1")


def test_audit_tile_opens_the_overdue_partner(
    view: PortfolioView,
    demo_ctx: AppContext,
    qtbot,
) -> None:
    overdue = view.overview.audits_overdue if view.overview else []
    assert overdue
    with qtbot.waitSignal(demo_ctx.open_partner_requested) as sig:
        view.tiles["audits"].link_activated.emit(overdue[0].partner_id)
    assert sig.args == [overdue[0].partner_id]


def test_empty_database_explains_what_to_do(ctx: AppContext, qtbot) -> None:
    v = PortfolioView(ctx)
    qtbot.addWidget(v)
    assert v.body.currentWidget() is v.empty
    assert "No running engagements" in v.empty.text()
    assert not v.open_engagement_action.isEnabled()


def test_closed_engagements_leave_the_table(view: PortfolioView, demo_ctx: AppContext) -> None:
    eid = view.model.row_at(0).id
    demo_ctx.announce(
        demo_ctx.store.write("Close", lambda s: setattr(s.get(Engagement, eid), "status", "closed"))
    )
    assert view.model.row_of(eid) == -1
    with demo_ctx.store.read() as s:
        ov = portfolio_overview(s, DEMO_TODAY)
        items = agenda(s, DEMO_TODAY)
    assert view.model.rowCount() == len(ov.engagements)
    assert all(i.engagement_id != eid for i in items)


def test_tile_details_are_readable(view: PortfolioView) -> None:
    QApplication.processEvents()
    for tile in view.tiles.values():
        assert text_contrast(tile.detail) >= 4.5, tile.objectName()


def test_page_margins_are_those_of_every_other_screen(view: PortfolioView) -> None:
    layout = view.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (8, 8, 8, 8)


def test_engagement_names_show_whole_in_a_laptop_window(
    demo_ctx: AppContext,
    qtbot,
) -> None:
    from cdmo_desktop.gui.main_window import MainWindow

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    view = window.stack.currentWidget()
    assert isinstance(view, PortfolioView)
    agenda, what, engagement = view.agenda_table, AgendaTableModel.WHAT, AgendaTableModel.ENGAGEMENT
    assert view.agenda_model.rowCount() > 0
    assert agenda.columnWidth(engagement) >= agenda.sizeHintForColumn(engagement)
    assert agenda.columnWidth(what) >= agenda.fontMetrics().horizontalAdvance("x" * 40)
    assert agenda.horizontalScrollBar().maximum() == 0
    table, title = view.table, PortfolioTableModel.TITLE
    assert table.columnWidth(title) == max(
        table.columnWidth(c) for c in range(view.model.columnCount())
    )
    assert table.horizontalScrollBar().maximum() == 0


def test_the_screen_modules_stay_small() -> None:
    from pathlib import Path

    import cdmo_desktop.gui.portfolio as package

    modules = list(Path(package.__file__).parent.glob("*.py"))
    sizes = {
        f"{p.parent.name}/{p.name}": len(p.read_text(encoding="utf-8").splitlines())
        for p in modules
    }
    assert len(sizes) >= 4 and max(sizes.values()) <= 400, sizes


def test_under_german_the_dates_follow_the_locale(demo_ctx: AppContext, qtbot) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        view = PortfolioView(demo_ctx, today=DEMO_TODAY)
        qtbot.addWidget(view)
        assert view.as_of.text() == "As of 20. Nov. 2026"
        dated = [
            view.agenda_model.index(r, AgendaTableModel.DATE).data()
            for r in range(view.agenda_model.rowCount())
        ]
        assert "26. Okt. 2026" in dated and "17. Nov. 2026" in dated
        nexts = [
            str(view.model.index(r, PortfolioTableModel.NEXT).data())
            for r in range(view.model.rowCount())
        ]
        assert any("30. Nov. 2026" in text for text in nexts)
    finally:
        QLocale.setDefault(before)


def test_opening_over_many_engagements_measures_only_the_rows_near_the_top(
    qtbot, settings, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fitting the columns used to measure every row (seconds with thousands)."""
    from bench.generate import generate_risks
    from cdmo_desktop.store import open_store

    path = tmp_path / "many.sqlite"
    generate_risks(path, 600, 600)
    asked: set[int] = set()
    plain_data = PortfolioTableModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.add(index.row())
        return plain_data(self, index, role)

    monkeypatch.setattr(PortfolioTableModel, "data", counting)
    store = open_store(path)
    ctx = AppContext(store, settings)
    try:
        v = PortfolioView(ctx, today=DEMO_TODAY)
        qtbot.addWidget(v)
        v.resize(1366, 768)
        v.show()
        qtbot.waitExposed(v)
        assert v.model.rowCount() > 300
        assert len(asked) <= 120, len(asked)
    finally:
        ctx.undo_stack.clear()
        store.close()
