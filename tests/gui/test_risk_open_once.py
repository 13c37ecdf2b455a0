"""Opening the risk register lays the list out once, at its full length: its counts come
from the tallies, read at once, so the rows are not first laid out at the first page's
guess and again when a count read in the background arrives (a second layout and paint of
the list). A count that needs a scan (a search) still goes to a worker."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject

from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.gui.risks.risks_model import RiskTableModel
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio, wait_counted

pytestmark = pytest.mark.gui


@pytest.fixture
def pf(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> Portfolio:
    portfolio = make_portfolio(ctx.store)
    for i in range(30):
        add_risk(
            ctx.store,
            portfolio.alpha if i % 3 else portfolio.beta,
            f"Risk {i} {'yield' if i % 4 == 0 else 'capacity'}",
            likelihood=1 + i % 5,
            impact=1 + (i // 5) % 5,
            next_review_date=TODAY + timedelta(days=(i % 5) - 2),
        )
    # Pages of 4 rows: the first pages read are not every row, so a count read later
    # would change the list's length.
    monkeypatch.setattr(RiskTableModel, "page_size", 4)
    return portfolio


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _changes(model: RiskTableModel) -> list[str]:
    """The list's layout changes from now on (what makes a view lay out its rows again)."""
    seen: list[str] = []
    for name in ("modelReset", "rowsInserted", "rowsRemoved", "layoutChanged"):
        getattr(model, name).connect(lambda *_a, n=name: seen.append(n))
    return seen


def test_opening_the_register_lays_its_rows_out_once_at_their_count(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    view = RisksView(ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    # Built: the rows, the total, the due count and the heat map are there already.
    assert view.model.rowCount() == view.model.total == 30
    assert not view.counting
    assert view.summary_label.text().startswith("30 risks")
    changes = _changes(view.model)
    paints = _Paints()
    view.table.viewport().installEventFilter(paints)
    view.resize(1400, 700)
    view.show()
    view.heatmap.ensure_canvas()
    qtbot.waitUntil(lambda: paints.count > 0, timeout=5000)
    qtbot.wait(50)  # a count read in the background would have arrived meanwhile
    assert changes == []
    assert paints.count == 1
    assert view.heatmap.counts.total == 30


def test_a_search_is_still_counted_off_the_gui_thread(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    view = RisksView(ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    changes = _changes(view.model)
    view.apply_filters({**view.filter_bar.filters(), "search": "capacity"})
    assert view.counting  # the first page and the count from workers
    wait_counted(qtbot, view)
    assert view.model.rowCount() == view.model.total == 22
    # The count laid out with the first page when it came first, else after it.
    assert changes in (["modelReset"], ["modelReset", "rowsInserted"])


def test_a_refresh_after_an_edit_shows_the_new_length_at_once(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    from cdmo_desktop.domain.models import new_id
    from cdmo_desktop.store import risk_edits

    view = RisksView(ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    logged = risk_edits.log_risk(
        ctx.store, new_id(), {"engagement_id": pf.alpha, "title": "Logged", "category": "supply"}
    )
    ctx.announce(logged)
    assert not view.counting
    assert view.model.rowCount() == view.model.total == 31
    assert view.summary_label.text().startswith("31 risks")
