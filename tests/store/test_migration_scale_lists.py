"""Revision 0020_scale_lists upgrades a database holding the demo's records without losing
a row, and its indexes serve the orders they were made for: the Portfolio's first page and
the portfolio Gantt's first items come in the plan's order (the plans at scale are
measured in bench/: `python -m bench scale`, `gantt`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cdmo_desktop.domain.models.engagement import ENGAGEMENT_ORDERS
from cdmo_desktop.store import open_store
from cdmo_desktop.store.portfolio import portfolio_overview
from cdmo_desktop.store.portfolio_list import PortfolioList
from cdmo_desktop.store.schedule import load_plan
from tests.migration_support import copy_of, downgrade, rows, table_counts

PREVIOUS = "0019_scale_search"
TODAY = date(2026, 11, 20)


def _indexes(path: Path) -> set[str]:
    return {str(r[0]) for r in rows(path, "SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_an_upgrade_adds_the_list_indexes_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    assert not set(ENGAGEMENT_ORDERS) & _indexes(path)
    before = table_counts(path)
    engagements = rows(path, "SELECT * FROM engagement ORDER BY id")
    store = open_store(path)  # upgrades (after a backup)
    try:
        assert {t: n for t, n in table_counts(path).items() if t in before} == before
        assert rows(path, "SELECT * FROM engagement ORDER BY id") == engagements
        assert set(ENGAGEMENT_ORDERS) <= _indexes(path)
        # The upgraded database lists what the overview lists, in its order.
        with store.read() as s:
            overview = portfolio_overview(s, TODAY).engagements
        listed = PortfolioList.of_store(store, TODAY).fetch(2, False, 500)
        assert [e.id for e in listed] == [e.id for e in overview]
        plan = load_plan(store)
        assert [i.id for i in load_plan(store, limit=7).items] == [i.id for i in plan.items[:7]]
    finally:
        store.close()
