"""The engagement list's count under a status, phase or RAG filter on a team server
(store.engagements.count_query): the same number as the rows listed, counted in the rank's
sort index alone (none of the table's rows read). The plan is read with sequential scans
off, as PostgreSQL plans the count in a long list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.dialects import postgresql

from bench.generate import generate_engagements
from cdmo_desktop.cli import main
from cdmo_desktop.domain.enums import Phase, Rag
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.engagements import count_engagements, count_query, fetch_engagements
from tests import pg_support
from tests.pg_plans import explain, vacuum


@pytest.fixture
def engagements_url(pg_url: str, tmp_path: Path) -> Iterator[str]:
    source = tmp_path / "engagements.sqlite"
    generate_engagements(source, 150)
    assert main(["copy", "--from", str(source), "--to", pg_url]) == 0
    vacuum(pg_url)
    yield pg_url


@pytest.fixture
def engagements_store(engagements_url: str) -> Iterator[Store]:
    store = open_store(engagements_url, create=False)
    yield store
    store.close()


FILTERS = (
    {"phase": Phase.PRECLINICAL.value},
    {"rag": Rag.RED.value},
    {"phase": Phase.SCALE_UP.value, "show_archived": True},
)


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: "-".join(f))
def test_a_filtered_count_reads_no_row_of_the_table(
    engagements_url: str, engagements_store: Store, filters: dict[str, object]
) -> None:
    listed = fetch_engagements(engagements_store, filters, 0, False, 100_000)
    assert 0 < count_engagements(engagements_store, filters) == len(listed)
    statement = count_query(filters, dialect_name="postgresql").compile(
        dialect=postgresql.psycopg.dialect(), compile_kwargs={"literal_binds": True}
    )
    engine = pg_support.engine(engagements_url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")
            read = explain(conn, str(statement))
    finally:
        engine.dispose()
    assert read.scans == ["Index Only Scan"] and read.table_rows == 0, read
