"""The query planner's statistics: a database whose registers grew without them gets them
when it is opened, and a filtered register page then walks the sort order's index (one
page read) instead of reading every match of the filter and sorting them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, cast

import pytest
import sqlalchemy as sa

from bench.generate import generate_risks
from cdmo_desktop.store import Store, open_store, planner
from cdmo_desktop.store import risks as rs


def _stat_rows(path: Path, table: str) -> int | None:
    conn = sqlite3.connect(path)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return None
        rows = conn.execute(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = ? AND idx IS NOT NULL", (table,)
        ).fetchall()
        # The table's rows: its largest index (a partial index holds only some of them).
        return max((int(r[0].split()[0]) for r in rows), default=None)
    finally:
        conn.close()


def _page_plan(store: Store, filters: dict[str, Any]) -> list[str]:
    query = rs.page_query(filters, "score", True).limit(200)
    with store.read() as s:
        sql = str(query.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
        return [r[3] for r in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of 3,000 risks written in bulk (as an import would), never analysed."""
    path = tmp_path_factory.mktemp("planner") / "grown.sqlite"
    generate_risks(path, 3000)
    assert _stat_rows(path, "risk") is None
    return path


def test_opening_a_grown_database_takes_statistics_and_owner_pages_walk_the_sort_index(
    grown: Path, tmp_path: Path
) -> None:
    path = tmp_path / "copy.sqlite"
    path.write_bytes(grown.read_bytes())
    with open_store(path, user="Test") as store:
        owner = rs.filter_options(store)[0]
        plan = _page_plan(store, {"status": rs.ACTIVE, "owner": owner})
        assert not [step for step in plan if "TEMP B-TREE" in step], plan
        assert any("ix_risk_sort_score" in step for step in plan), plan
        page = rs.fetch_risks(store, {"status": rs.ACTIVE, "owner": owner}, "score", True, 50)
        assert page and {r.owner for r in page} == {owner}
        assert [(r.score, r.id) for r in page] == sorted(
            ((r.score, r.id) for r in page), reverse=True
        )
    assert (_stat_rows(path, "risk") or 0) >= 3000


def test_statistics_are_taken_again_only_when_a_register_has_grown_past_them(
    grown: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "copy.sqlite"
    path.write_bytes(grown.read_bytes())
    open_store(path, user="Test").close()
    with open_store(path, user="Test") as store:
        assert planner.refresh(store.engine) == []  # on record, not grown
        monkeypatch.setattr(planner, "GROWTH", 0.5)  # as if it had doubled since
        assert "risk" in planner.refresh(store.engine)
    small = tmp_path / "small.sqlite"
    open_store(small, user="Test").close()
    assert _stat_rows(small, "risk") is None  # a new, small database: nothing to weigh


def test_a_team_server_register_that_grew_unanalysed_gets_its_statistics_once(
    pg_test_user_url: str,
) -> None:
    """On PostgreSQL the same rule reads the server's own counters (no rowid, no
    sqlite_stat1): a register past MIN_ROWS with no statistics is analysed, then left be."""
    from cdmo_desktop.domain.enums import PartnerKind
    from cdmo_desktop.domain.models import Partner

    table = cast(sa.Table, sa.inspect(Partner).local_table)
    sample = Partner(name="Sample", kind=PartnerKind.CRO)
    base = {c.key: getattr(sample, c.key) for c in table.columns}
    rows = [
        {**base, "id": f"p-{i:05d}", "name": f"Partner {i}", "name_key": f"partner {i}"}
        for i in range(planner.MIN_ROWS + 100)
    ]
    with open_store(pg_test_user_url, create=False) as store:
        with store.engine.begin() as conn:  # written in bulk, as an import would
            conn.exec_driver_sql("ALTER TABLE partner SET (autovacuum_enabled = false)")
            conn.execute(sa.insert(table), rows)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("SELECT pg_stat_force_next_flush()")
        assert planner.refresh(store.engine) == ["partner"]
        with store.engine.connect() as conn:
            recorded = conn.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE oid = 'partner'::regclass"
            ).scalar_one()
        assert recorded >= planner.MIN_ROWS
        assert planner.refresh(store.engine) == []  # on record, not grown
