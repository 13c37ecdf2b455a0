"""A search of the risk register and the engagement list on a team server (PostgreSQL):
the same counts, heat map and pages as on the laptop's SQLite file, and of the table's rows
only those the answer needs: a search's counts read each match once, and the first page of
a search matching many rows is read along the sort order's index, each row tested as the
walk meets it, instead of reading and sorting every match (store.server_search)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bench.generate import generate_engagements, generate_risks
from cdmo_desktop.cli import main
from cdmo_desktop.store import Store, open_store, risks
from cdmo_desktop.store import engagements as engagement_list
from tests.pg_plans import read_plan, statements, vacuum

TODAY = date(2026, 12, 5)


def _selects(engine: sa.Engine) -> Any:
    """pg_plans.statements of the SELECTs run on `engine` meanwhile."""
    return statements(engine, lambda sql: sql.lstrip().upper().startswith("SELECT"))


def _table_rows(url: str, statement: tuple[str, Any]) -> int:
    """The rows the statement's scans fetched from the tables, as the server plans it."""
    return read_plan(url, statement, seqscan=True).table_rows


@contextmanager
def _on_both(lite: Path, pg_url: str) -> Iterator[tuple[Store, Store, str]]:
    """(SQLite store, PostgreSQL store, its URL) of the file `lite` and its copy onto the
    server (`cdmo-desktop copy`, vacuumed)."""
    assert main(["copy", "--from", str(lite), "--to", pg_url]) == 0
    vacuum(pg_url)
    sqlite_store, pg_store = open_store(lite), open_store(pg_url, create=False)
    try:
        yield sqlite_store, pg_store, pg_url
    finally:
        sqlite_store.close()
        pg_store.close()


@pytest.fixture(scope="module")
def risk_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("risks") / "risks.sqlite"
    generate_risks(source, 3000)
    return source


@pytest.fixture
def both(risk_file: Path, pg_url: str, tmp_path: Path) -> Iterator[tuple[Store, Store, str]]:
    """(SQLite store, PostgreSQL store, its URL) holding the same 3,000 risks."""
    lite = tmp_path / "risks.sqlite"
    lite.write_bytes(risk_file.read_bytes())
    with _on_both(lite, pg_url) as stores:
        yield stores


def test_a_search_counts_and_maps_each_match_once_as_sqlite_does(
    both: tuple[Store, Store, str],
) -> None:
    sqlite_store, pg_store, url = both
    for filters in ({"search": "supplier"}, {"search": "s", "status": "active"}):
        expected = risks.search_counts(sqlite_store, filters, TODAY)
        with _selects(pg_store.engine) as seen:
            found = risks.search_counts(pg_store, filters, TODAY)
        assert found == expected and found is not None and found[0] > 300, filters
        (statement,) = seen
        read = _table_rows(url, statement)
        matched = risks.search_counts(pg_store, {"search": filters["search"]}, TODAY)
        assert matched is not None
        # each match read once (the list of their addresses read each twice)
        assert read <= matched[0], (filters, read)


def _ids(rows: list[Any]) -> list[str]:
    return [r.id for r in rows]


def test_a_broad_search_pages_along_the_sort_index_as_sqlite_lists_them(
    both: tuple[Store, Store, str],
) -> None:
    sqlite_store, pg_store, url = both
    broad = {"search": "supplier"}
    matched = risks.count_risks(pg_store, broad)
    assert matched == risks.count_risks(sqlite_store, broad) > 600
    with _selects(pg_store.engine) as seen:
        page = risks.fetch_risks(pg_store, broad, "score", True, 10)
    assert _ids(page) == _ids(risks.fetch_risks(sqlite_store, broad, "score", True, 10))
    read = sum(_table_rows(url, s) for s in seen if "pg_class" not in s[0])
    # the walk's rows, not every match (listed, fetched and sorted: twice the matches)
    assert read < matched // 4, read


@pytest.mark.parametrize("text", ["supplier", "s", "polymorph exotherm", "zz"])
def test_every_order_and_way_of_a_search_pages_as_sqlite_does(
    both: tuple[Store, Store, str], text: str
) -> None:
    sqlite_store, pg_store, _url = both
    filters: dict[str, Any] = {"search": text}
    for sort_key, descending in (("score", True), ("title", False), ("owner", True)):
        for store_filters in (filters, {**filters, "status": "active"}):
            pages = []
            for store in (sqlite_store, pg_store):
                first = risks.fetch_risks(store, store_filters, sort_key, descending, 10)
                after = first[-1] if first else None
                nxt = risks.fetch_risks(store, store_filters, sort_key, descending, 10, after)
                last = risks.fetch_risks_before(store, store_filters, sort_key, descending, 10)
                pages.append((_ids(first), _ids(nxt), _ids(last)))
            assert pages[0] == pages[1], (text, sort_key, store_filters)


@pytest.fixture
def both_lists(pg_url: str, tmp_path: Path) -> Iterator[tuple[Store, Store, str]]:
    """(SQLite store, PostgreSQL store, its URL) holding the same 3,000 engagements."""
    lite = tmp_path / "engagements.sqlite"
    generate_engagements(lite, 3000)
    with _on_both(lite, pg_url) as stores:
        yield stores


def test_an_engagement_search_counts_and_pages_as_sqlite_does(
    both_lists: tuple[Store, Store, str],
) -> None:
    sqlite_store, pg_store, url = both_lists
    for text in ("program", "p", "batch", "0000560", "zz"):
        for archived in ({}, {"show_archived": True}, {"archived_only": True}):
            filters: dict[str, Any] = {"text": text, **archived}
            counts = [
                engagement_list.count_engagements(s, filters) for s in (sqlite_store, pg_store)
            ]
            assert counts[0] == counts[1], (filters, counts)
            for column, descending in ((0, False), (6, True)):
                pages = []
                for store in (sqlite_store, pg_store):
                    first = engagement_list.fetch_engagements(
                        store, filters, column, descending, 10
                    )
                    after = first[-1] if first else None
                    nxt = engagement_list.fetch_engagements(
                        store, filters, column, descending, 10, after
                    )
                    last = engagement_list.fetch_engagements_before(
                        store, filters, column, descending, 10
                    )
                    pages.append((_ids(first), _ids(nxt), _ids(last)))
                assert pages[0] == pages[1], (filters, column, descending)
    broad = {"text": "program"}
    matched = engagement_list.count_engagements(pg_store, broad)
    with _selects(pg_store.engine) as seen:
        engagement_list.count_engagements(pg_store, broad)
        engagement_list.fetch_engagements(pg_store, broad, 0, False, 10)
    count, *page = [s for s in seen if "pg_class" not in s[0]]
    assert _table_rows(url, count) <= 3000  # each row read once (twice through addresses)
    assert sum(_table_rows(url, s) for s in page) < matched // 4


def _plans_as_run(engine: sa.Engine) -> Any:
    """The node types of each SELECT's plan as its own transaction plans it (EXPLAIN run
    just before it, on its connection), and a function that stops recording."""
    plans: list[set[str]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.lstrip().upper().startswith("SELECT") or "pg_class" in statement:
            return
        with cursor.connection.cursor() as explaining:
            explaining.execute(f"EXPLAIN (FORMAT JSON) {statement}", parameters)
            found = explaining.fetchone()[0]
        plan = (json.loads(found) if isinstance(found, str) else found)[0]["Plan"]
        kinds, todo = set(), [plan]
        while todo:
            node = todo.pop()
            todo += node.get("Plans", [])
            kinds.add(str(node["Node Type"]))
        plans.append(kinds)

    sa.event.listen(engine, "before_cursor_execute", record)
    return plans, lambda: sa.event.remove(engine, "before_cursor_execute", record)


def _no_table_scan(store: Store, count: Any) -> None:
    plans, stop = _plans_as_run(store.engine)
    try:
        assert count(store)
    finally:
        stop()
    assert plans and all("Seq Scan" not in kinds for kinds in plans), plans


def test_a_word_nearly_every_engagement_holds_is_counted_from_the_word_index(
    both_lists: tuple[Store, Store, str],
) -> None:
    """Not by computing every row's words (a sequential scan the planner weighs as equal:
    32 s at a million engagements for "p")."""
    _no_table_scan(both_lists[1], lambda s: engagement_list.count_engagements(s, {"text": "p"}))
