"""A workspace copied onto a team server (store/transfer.py into PostgreSQL) is ready for
its lists at once: the copied rows are all-visible in the visibility map and the tables
analysed, so a count or a jump into the middle of a long list is read along an index
alone, not from every row of the table, without waiting for autovacuum."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from cdmo_desktop.cli import main
from tests import pg_support
from tests.migration_support import copy_of
from tests.pg_plans import explain

LISTED = ("risk", "engagement", "partner", "change_log")


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    return copy_of(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[sa.Engine]:
    engine = pg_support.engine(pg_url)
    yield engine
    engine.dispose()


@pytest.mark.parametrize("force", [False, True])
def test_copied_rows_are_counted_from_the_index_alone(
    demo_file: Path,
    pg_url: str,
    pg_demo_url: str,
    pg_engine: sa.Engine,
    capsys: pytest.CaptureFixture[str],
    force: bool,
) -> None:
    target = pg_demo_url if force else pg_url
    command = ["copy", "--from", str(demo_file), "--to", target]
    assert main([*command, "--force"] if force else command) == 0
    capsys.readouterr()
    engine = pg_support.engine(target) if force else pg_engine
    try:
        with engine.connect() as conn:
            pages = {
                str(name): (int(relpages), int(visible))
                for name, relpages, visible in conn.exec_driver_sql(
                    "SELECT relname, relpages, relallvisible FROM pg_class "
                    "WHERE relkind = 'r' AND relname = ANY(%(t)s)",
                    {"t": list(LISTED)},
                )
            }
            analysed = {
                str(r[0])
                for r in conn.exec_driver_sql(
                    "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = current_schema()"
                )
            }
            conn.exec_driver_sql("SET enable_seqscan = off")
            total = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar_one()
            counted = explain(conn, "SELECT count(*) FROM change_log")
            middle = explain(
                conn,
                "SELECT title, id FROM risk ORDER BY title, id OFFSET "
                "(SELECT count(*) / 2 FROM risk) LIMIT 1",
            )
    finally:
        if force:
            engine.dispose()
    assert set(pages) == set(LISTED)
    for name, (relpages, visible) in pages.items():
        assert relpages > 0 and visible == relpages, f"{name}: {visible} of {relpages} pages"
    assert set(LISTED) <= analysed
    assert total > 1000 and "Index Only Scan" in counted.scans and counted.table_rows == 0
    assert middle.table_rows == 0
