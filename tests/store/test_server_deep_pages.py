"""A jump of the scroll bar deep into the risk register or the engagement list on a team
server (store/deep_pages.py): the rows listed at that place, and of the table's rows only
the page's read (the rows before it are skipped along the order's index alone). The plans
are read with sequential scans off, as PostgreSQL plans the jump in a long list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.generate import generate_engagements
from cdmo_desktop.cli import main
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.engagements import fetch_engagements, fetch_engagements_at
from cdmo_desktop.store.risks import count_risks, fetch_risks, fetch_risks_at
from tests.pg_plans import read_plan, statements, vacuum

PAGE = 5


def _statements(engine: sa.Engine) -> Any:
    """The SELECTs run on `engine` meanwhile (the driver's SQL and parameters)."""
    return statements(engine, lambda sql: sql.lstrip().upper().startswith("SELECT"))


def test_a_jump_into_the_risk_register_reads_only_its_page(
    pg_demo_store: Store, pg_demo_url: str
) -> None:
    vacuum(pg_demo_url)
    total = count_risks(pg_demo_store, {})
    assert total > 8 * PAGE
    for sort_key, descending, offset in (
        ("title", False, total // 2),  # counted from the top
        ("owner", True, total - total // 4),  # from the bottom, read backwards
    ):
        with _statements(pg_demo_store.engine) as seen:
            rows = fetch_risks_at(
                pg_demo_store, {}, sort_key, descending, offset, PAGE, listed=total
            )
        every = [r.id for r in fetch_risks(pg_demo_store, {}, sort_key, descending, total)]
        assert [r.id for r in rows] == every[offset : offset + PAGE]
        read = read_plan(pg_demo_url, seen[-1])
        assert read.table_rows <= PAGE, (sort_key, read)


def test_a_jump_into_the_engagement_list_reads_only_its_page(pg_url: str, tmp_path: Path) -> None:
    source = tmp_path / "engagements.sqlite"
    generate_engagements(source, 120)
    assert main(["copy", "--from", str(source), "--to", pg_url]) == 0
    vacuum(pg_url)
    store = open_store(pg_url, create=False)
    try:
        every = [r.id for r in fetch_engagements(store, {}, 1, False, 100_000)]
        total = len(every)
        assert total > 8 * PAGE
        for offset in (total // 2 - PAGE, total - total // 4):
            with _statements(store.engine) as seen:
                rows = fetch_engagements_at(store, {}, 1, False, offset, PAGE)
            assert [r.id for r in rows] == every[offset : offset + PAGE]
            read = read_plan(pg_url, seen[-1])
            assert read.table_rows <= PAGE, (offset, read)
    finally:
        store.close()
