"""Revision 0023_risk_review_order upgrades a database holding the demo's records without
losing a row, and the live risks' review order it adds serves the register's default
filter sorted by next review. A downgrade removes it."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from cdmo_desktop.domain.models.risk import LIVE_REVIEW_INDEX, LIVE_WHERE
from cdmo_desktop.store import migrate, open_store
from cdmo_desktop.store import risks as rs
from tests import pg_support
from tests.migration_support import copy_of, downgrade, rows, table_counts

PREVIOUS = "0022_portfolio_keys"


def _indexes(path: Path) -> set[str]:
    return {str(r[0]) for r in rows(path, "SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_the_revision_makes_the_index_the_models_declare() -> None:
    from importlib import import_module

    made = import_module("cdmo_desktop.store.migrations.versions.0023_risk_review_order")
    assert (made.INDEX, made.LIVE) == (LIVE_REVIEW_INDEX, LIVE_WHERE)


@pytest.mark.sqlite_only
def test_an_upgrade_indexes_the_live_risks_in_review_order_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    assert LIVE_REVIEW_INDEX not in _indexes(path)
    before = table_counts(path)
    kept = rows(path, "SELECT * FROM risk ORDER BY rowid")
    expected = rows(
        path,
        "SELECT id FROM risk WHERE status IN ('open', 'monitoring', 'mitigating') "
        "ORDER BY coalesce(next_review_date, '2199-12-31') DESC, id DESC",
    )
    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)
        assert {t: n for t, n in after.items() if t in before} == before
        assert rows(path, "SELECT * FROM risk ORDER BY rowid") == kept
        assert LIVE_REVIEW_INDEX in _indexes(path)
        filters = {"status": rs.ACTIVE}
        listed = rs.fetch_risks(store, filters, "next_review", True, len(expected) + 1)
        assert [r.id for r in listed] == [r[0] for r in expected]
        query = rs.page_query(filters, "next_review", True).limit(200)
        sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        with store.read() as s:
            plan = s.execute(sa.text(f"EXPLAIN QUERY PLAN {sql}")).all()
        assert any(LIVE_REVIEW_INDEX in str(step[-1]) for step in plan), plan
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert LIVE_REVIEW_INDEX not in _indexes(path)
    assert table_counts(path) == before


def test_an_upgrade_on_postgresql_makes_the_partial_index(pg_demo_url: str) -> None:
    engine = pg_support.engine(pg_demo_url)
    try:
        migrate.downgrade_engine(engine, PREVIOUS)
        with engine.connect() as conn:
            n = conn.exec_driver_sql("SELECT count(*) FROM risk").scalar()
        migrate.upgrade_engine(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM risk").scalar() == n
            found = conn.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = %(i)s", {"i": LIVE_REVIEW_INDEX}
            ).scalar_one()
            assert "WHERE" in found and "mitigating" in found
            # Made again from its printed definition (as a copy to the server does), it is
            # printed the same: the server's indexes compare equal after a copy.
            conn.exec_driver_sql(f"DROP INDEX {LIVE_REVIEW_INDEX}")
            conn.exec_driver_sql(found)
            again = conn.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = %(i)s", {"i": LIVE_REVIEW_INDEX}
            ).scalar_one()
            assert again == found
    finally:
        engine.dispose()
