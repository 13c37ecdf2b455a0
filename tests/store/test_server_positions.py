"""Where a current row went after a sort, on a team server: its place counted along the
order's index alone (an index-only scan on pages the visibility map marks all-visible),
never by reading the table's rows. The plans are read with sequential scans off, as
PostgreSQL plans these counts in a long list."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from cdmo_desktop.store import Store
from cdmo_desktop.store.portfolio_list import DATED, PortfolioList, catch_up
from cdmo_desktop.store.risks import ACTIVE, fetch_risks, risk_position
from tests.conftest import DEMO_TODAY
from tests.pg_plans import read_plan, statements, vacuum


def _counts(engine: sa.Engine) -> Any:
    """The counting SELECTs run on `engine` meanwhile (the driver's SQL and parameters)."""
    return statements(engine, lambda sql: "count(" in sql.lower())


def test_a_risk_in_status_order_is_placed_from_the_index_alone(
    pg_demo_store: Store, pg_demo_url: str
) -> None:
    vacuum(pg_demo_url)
    for filters in ({"status": ACTIVE}, {"status": "open"}):
        every = [r.id for r in fetch_risks(pg_demo_store, filters, "status", False, 100_000)]
        assert len(every) > 10
        deep = len(every) * 2 // 3
        with _counts(pg_demo_store.engine) as seen:
            place = risk_position(pg_demo_store, filters, "status", False, every[deep])
        assert place == deep
        read = read_plan(pg_demo_url, seen[-1])
        assert read.table_rows == 0 and read.scans == ["Index Only Scan"], (filters, read)


def test_a_portfolio_row_in_a_dated_order_is_placed_from_the_index_alone(
    pg_demo_store: Store, pg_demo_url: str
) -> None:
    assert catch_up(pg_demo_store, DEMO_TODAY)
    vacuum(pg_demo_url)
    listed = PortfolioList.of_store(pg_demo_store, DEMO_TODAY)
    for column in sorted(DATED):
        every = [r.id for r in listed.fetch(column, False, 100_000)]
        assert len(every) >= 4
        deep = len(every) * 2 // 3
        with _counts(pg_demo_store.engine) as seen:
            place = listed.position(column, False, every[deep])
        assert place == deep
        read = read_plan(pg_demo_url, seen[-1])
        assert read.table_rows == 0 and read.scans == ["Index Only Scan"], (column, read)
