"""The risk register counts on the GUI thread only what the tallies answer (a few rows
whatever the number of risks: opening, a level filter, a refresh); a count that reads rows
(the review-due filter, a search, a heat-map cell) never: the rows show at once, the total,
due count and heat map when the count arrives."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cdmo_desktop.domain.models import new_id
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.store import risk_counts, risk_edits
from cdmo_desktop.store import risks as rs
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio, wait_counted

pytestmark = pytest.mark.gui

COUNTS = ("count_risks", "count_risks_and_due", "search_counts", "heatmap_counts")
_count, _heatmap = rs.count_risks, rs.heatmap_counts  # unrecorded, for the test's own checks


@pytest.fixture
def pf(ctx: Any) -> Portfolio:
    portfolio = make_portfolio(ctx.store)
    for i in range(30):
        add_risk(
            ctx.store,
            portfolio.alpha if i % 3 else portfolio.beta,
            f"Risk {i} {'yield' if i % 4 == 0 else 'capacity'}",
            likelihood=1 + i % 5,
            impact=1 + (i // 5) % 5,
            owner=["Ana", "Ben"][i % 2],
            next_review_date=TODAY + timedelta(days=(i % 5) - 2),
        )
    return portfolio


@pytest.fixture
def count_threads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[threading.Thread, Any]]:
    """The thread and filters of every count of the register's rows (the store's count
    queries)."""
    threads: list[tuple[threading.Thread, Any]] = []
    for name in COUNTS:
        real = getattr(rs, name)

        def recorded(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            threads.append((threading.current_thread(), args[1]))
            return _real(*args, **kwargs)

        monkeypatch.setattr(rs, name, recorded)
    return threads


def _counted(qtbot: Any, view: RisksView) -> None:
    wait_counted(qtbot, view)
    filters = view.source.with_today(view.model.filters)
    assert view.model.rowCount() == view.model.total == _count(view.ctx.store, filters)
    assert view.heatmap.counts.total == _heatmap(view.ctx.store, filters).total
    assert view.heat_map_box.isEnabled()


def test_the_gui_thread_counts_the_register_only_from_the_tallies(
    qtbot: Any, ctx: Any, pf: Portfolio, count_threads: list[tuple[threading.Thread, Any]]
) -> None:
    from cdmo_desktop.domain import clock

    view = RisksView(ctx, today=clock.today)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    view.heatmap.ensure_canvas()
    view.model.page_size = 4  # the first pages are not every row: counting matters
    bar = view.filter_bar
    steps = [
        lambda: None,  # opening
        lambda: bar.level_combo.setCurrentIndex(bar.level_combo.findData("low")),
        lambda: bar.level_combo.setCurrentIndex(0),
        lambda: bar.review_due_check.setChecked(True),
        lambda: view.table.horizontalHeader().setSortIndicator(
            view.model.column_of("next_review"), Qt.SortOrder.DescendingOrder
        ),
        lambda: bar.review_due_check.setChecked(False),
        lambda: view.apply_filters({**bar.filters(), "search": "yield"}),
        lambda: view.apply_filters({**bar.filters(), "cell": ("current", 1, 1)}),
        lambda: view.apply_filters(bar.filters()),
        lambda: ctx.announce(
            risk_edits.log_risk(
                ctx.store,
                new_id(),
                {"engagement_id": pf.alpha, "title": "Logged", "category": "supply"},
            )
        ),
        lambda: ctx.day_changed.emit(TODAY + timedelta(days=1)),
    ]
    listed = []
    for step in steps:
        step()
        assert view.model.rowCount() > 0  # rows shown before the count arrives
        _counted(qtbot, view)
        listed.append(view.model.total)
    assert listed[0] == 30 and listed[1] < 30 and listed[-1] == 31
    gui = threading.main_thread()
    here = [f for t, f in count_threads if t is gui]
    away = [f for t, f in count_threads if t is not gui]
    assert here and all(risk_counts.tallied(f, clock.today(), "sqlite") for f in here)
    assert any(f.get("search") for f in away) and any(f.get("review_due") for f in away)
    assert any(f.get("cell") for f in away)


def test_a_lines_roles_worked_out_in_one_pass_are_what_cell_data_answers(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    from cdmo_desktop.gui.risks.risks_model import CELL_ROLES, RiskSource, RiskTableModel

    model = RiskTableModel(RiskSource(ctx.store, portfolio=True, today=lambda: TODAY))
    model.refresh()
    qtbot.waitUntil(lambda: not model.counting, timeout=5000)
    dues = set()
    for r in range(model.rowCount()):
        row = model.row_at(r)
        dues.add(model.is_due(row))
        for column in range(model.columnCount()):
            index = model.index(r, column)
            assert model.data(index) == model.display(row, column)
            for role in CELL_ROLES:
                assert model.data(index, role) == model.cell_data(row, column, role), (
                    model.risk_source.keys[column],
                    role,
                )
    assert dues == {True, False}
