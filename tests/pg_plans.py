"""What a PostgreSQL plan read from the tables: EXPLAIN (ANALYZE) of a statement, and the
rows its scans fetched from the tables themselves (not from an index alone). Tests assert
on these instead of times: a plan that reads 500,000 rows at a million reads half of a
test's rows at a test's size."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa


@dataclass(frozen=True)
class Read:
    """Rows a statement's scans fetched from the tables (an index-only scan's heap
    fetches; a bitmap index scan's entries are the index's, fetched by its heap scan;
    every other scan's rows), the scans' node types, outermost first, and the entries
    each scan of an index visited (index name, rows over every loop)."""

    table_rows: int
    scans: list[str]
    index_rows: list[tuple[str, int]]


def _nodes(plan: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def explain(
    conn: sa.Connection, statement: str, parameters: Mapping[str, Any] | None = None
) -> Read:
    """Run `statement` (the driver's SQL and parameters) under EXPLAIN (ANALYZE)."""
    text = conn.exec_driver_sql(
        f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}", dict(parameters or {})
    ).scalar_one()
    plan = (json.loads(text) if isinstance(text, str) else text)[0]["Plan"]
    rows, scans, index_rows = 0, [], []
    for node in _nodes(plan):
        kind = str(node["Node Type"])
        if not kind.endswith("Scan"):
            continue
        scans.append(kind)
        visited = int(node["Actual Rows"]) * int(node.get("Actual Loops", 1))
        if "Index Name" in node:
            index_rows.append((str(node["Index Name"]), visited))
        if kind == "Index Only Scan":
            rows += int(node["Heap Fetches"])
        elif kind != "Bitmap Index Scan":
            rows += visited
    return Read(rows, scans, index_rows)


def vacuum(url: str) -> None:
    """VACUUM ANALYZE the database at `url` (what autovacuum does in time)."""
    from tests import pg_support

    engine = pg_support.engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()


@contextmanager
def statements(engine: sa.Engine, keep: Callable[[str], bool]) -> Iterator[list[tuple[str, Any]]]:
    """The statements run on `engine` meanwhile that `keep` selects (by their SQL), as
    the driver's SQL and parameters, to read their plans afterwards (`read_plan`)."""
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if keep(statement):
            seen.append((statement, parameters))

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)


def read_plan(url: str, statement: tuple[str, Any], *, seqscan: bool = False) -> Read:
    """`explain` of a recorded statement on its own connection to `url`, with sequential
    scans off (as PostgreSQL plans these reads in a long list) unless `seqscan`."""
    from tests import pg_support

    engine = pg_support.engine(url)
    try:
        with engine.connect() as conn:
            if not seqscan:
                conn.exec_driver_sql("SET enable_seqscan = off")
            return explain(conn, *statement)
    finally:
        engine.dispose()
