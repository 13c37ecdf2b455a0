"""Revision 0022_portfolio_keys upgrades a database holding the demo's records without
losing a row, and the Portfolio's keys it adds are filled from the rows already there: each
aggregate column then walks them in the overview's order. A downgrade removes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models.engagement import PORTFOLIO_KEYS
from cdmo_desktop.store import migrate, open_store
from cdmo_desktop.store.portfolio import portfolio_overview
from cdmo_desktop.store.portfolio_list import STORED_KEYS, PortfolioList
from tests import pg_support
from tests.migration_support import copy_of, downgrade, rows, table_counts
from tests.store.test_portfolio_list import ORDERS

PREVIOUS = "0021_search_everything"


def _columns(path: Path) -> set[str]:
    return {str(r[1]) for r in rows(path, "PRAGMA table_info(engagement)")}


@pytest.mark.sqlite_only
def test_an_upgrade_keys_the_rows_already_there_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    assert not set(PORTFOLIO_KEYS) & _columns(path)
    before = table_counts(path)
    kept = {t: rows(path, f'SELECT * FROM "{t}" ORDER BY rowid') for t in ("risk", "milestone")}
    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)
        assert {t: n for t, n in after.items() if t in before} == before
        for table, data in kept.items():
            assert rows(path, f'SELECT * FROM "{table}" ORDER BY rowid') == data
        fewest = rows(path, "SELECT MIN(pf_open) FROM engagement")[0][0]
        assert isinstance(fewest, int) and fewest < 0  # the open risks were counted
        with store.read() as s:
            expected = portfolio_overview(s, clock.today()).engagements
        listed = PortfolioList.of_store(store)
        for column in STORED_KEYS:
            got = listed.fetch(column, False, len(expected) + 1)
            key = ORDERS[column]
            assert [key(r) for r in got] == sorted(key(e) for e in expected), column
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert not set(PORTFOLIO_KEYS) & _columns(path)
    assert "portfolio_key_day" not in {
        str(r[0]) for r in rows(path, "SELECT name FROM sqlite_master")
    }
    assert table_counts(path) == before


def test_an_upgrade_on_postgresql_keys_the_engagements(pg_demo_url: str) -> None:
    engine = pg_support.engine(pg_demo_url)
    try:
        migrate.downgrade_engine(engine, PREVIOUS)
        with engine.connect() as conn:
            count = "SELECT count(*) FROM engagement"
            n = conn.exec_driver_sql(count).scalar()
        migrate.upgrade_engine(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql(count).scalar() == n
            assert conn.exec_driver_sql("SELECT MIN(pf_open) FROM engagement").scalar_one() < 0
            day = conn.exec_driver_sql("SELECT day FROM portfolio_key_day").scalar()
            assert day == clock.today()
    finally:
        engine.dispose()
