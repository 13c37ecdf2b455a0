"""Only the screen on show works: a write while a screen is hidden does not refresh it;
shown again, it catches up once. The heat map draws once however many notices arrive."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cdmo_desktop.domain.models import new_id
from cdmo_desktop.domain.risk_matrix import HeatMapCounts
from cdmo_desktop.gui import pages
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.gui.widgets.heatmap import RiskHeatMap
from cdmo_desktop.store import risk_edits
from tests.risks_support import Portfolio, make_portfolio, wait_counted

pytestmark = pytest.mark.gui


@pytest.fixture
def pf(ctx: AppContext) -> Portfolio:
    return make_portfolio(ctx.store)


def _count_calls(obj: Any, name: str) -> list[int]:
    """Replace `obj.name` by a wrapper that counts its calls (and still makes them)."""
    calls: list[int] = []
    original = getattr(obj, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    setattr(obj, name, counted)
    return calls


def _log_risk(ctx: AppContext, engagement_id: str, title: str) -> None:
    values = {"engagement_id": engagement_id, "title": title, "category": "supply"}
    ctx.announce(risk_edits.log_risk(ctx.store, new_id(), {**values, "likelihood": 5, "impact": 5}))


def test_a_hidden_screen_is_not_refreshed_by_writes_and_catches_up_once_on_show(
    ctx: AppContext, pf: Portfolio, qtbot: QtBot
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    risks = window.show_screen("risks")
    assert isinstance(risks, RisksView)
    wait_counted(qtbot, risks)
    total = risks.model.total
    refreshes = _count_calls(risks.model, "refresh")
    window.show_screen("portfolio")

    _log_risk(ctx, pf.beta, "Logged while the register is hidden")
    _log_risk(ctx, pf.beta, "And another one")
    assert refreshes == []  # hidden: no work on a write
    context = pages.screen_context(risks)
    assert context is not None and context.stale

    window.show_screen("risks")
    assert refreshes == [1]  # one refresh for both writes
    wait_counted(qtbot, risks)
    assert risks.model.total == total + 2
    assert not context.stale

    _log_risk(ctx, pf.beta, "Logged while the register shows")
    assert refreshes == [1, 1]  # on show: refreshed at once


def test_notices_missed_while_hidden_arrive_as_one_change(ctx: AppContext, pf: Portfolio) -> None:
    """Each row once, from its state before the first write to its state after the last."""
    screen_ctx = pages.ScreenContext(ctx)
    seen: list[tuple[Any, object]] = []
    screen_ctx.changed.connect(lambda cs, who: seen.append((cs, who)))
    screen_ctx.set_active(False)
    risk_id = new_id()
    first = risk_edits.log_risk(
        ctx.store,
        risk_id,
        {"engagement_id": pf.beta, "title": "One", "category": "supply"},
    )
    ctx.announce(first, "a screen")
    second = risk_edits.log_risk(
        ctx.store,
        new_id(),
        {"engagement_id": pf.beta, "title": "Two", "category": "supply"},
    )
    ctx.announce(second, "a screen")
    assert seen == []
    screen_ctx.set_active(True)
    assert len(seen) == 1
    merged, initiator = seen[0]
    assert initiator == "a screen"
    assert merged.tables == first.tables | second.tables
    assert merged.ids("risk") == first.ids("risk") | second.ids("risk")
    assert merged.row("risk", risk_id) == first.row("risk", risk_id)
    assert len(merged.before) == len(merged.after)


class _CountingHeatMap(RiskHeatMap):
    """The heat map, counting its paints."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: Any) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_two_notices_in_a_row_draw_the_heat_map_once(qtbot: QtBot) -> None:
    heatmap = _CountingHeatMap()
    qtbot.addWidget(heatmap)
    heatmap.resize(400, 500)
    heatmap.show()
    qtbot.waitExposed(heatmap)
    qtbot.waitUntil(lambda: heatmap.ready, timeout=5000)  # ready after its first paint
    qtbot.wait(50)
    painted = heatmap.paints
    grid = tuple(tuple(1 if i == j else 0 for j in range(5)) for i in range(5))
    heatmap.set_counts(HeatMapCounts(grid, grid))
    heatmap.set_counts(HeatMapCounts(grid, grid), ("current", 1, 1))
    assert heatmap.paints == painted  # nothing drawn within the turn of the event loop
    qtbot.waitUntil(lambda: heatmap.paints > painted, timeout=5000)
    qtbot.wait(50)
    assert heatmap.paints == painted + 1
    heatmap.set_counts(HeatMapCounts(grid, grid), ("current", 1, 1))  # the same: no draw
    qtbot.wait(50)
    assert heatmap.paints == painted + 1
