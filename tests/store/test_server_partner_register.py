"""The partner register on a team server (PostgreSQL): the rows it lists equal those read
plainly, and of the table's rows only those a user sees are read (plans read with
sequential scans off, as PostgreSQL plans these reads at a million partners)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bench.generate import generate_partners
from cdmo_desktop.cli import main
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.partner_list import (
    COL_COUNTRY,
    COL_NAME,
    COL_NEXT_AUDIT,
    NEAR,
    PartnerFilters,
)
from cdmo_desktop.store.partners import (
    register_count,
    register_fetch,
    register_fetch_at,
    register_locate,
)
from tests import pg_support
from tests.pg_plans import read_plan, statements, vacuum

PAGE = 5
TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def partners_file(tmp_path_factory: Any) -> Path:
    """A database file holding 400 generated partners (never written after)."""
    source = Path(tmp_path_factory.mktemp("partners")) / "partners.sqlite"
    generate_partners(source, 400)
    return source


@pytest.fixture(scope="module")
def partners_url(pg_server: str, pg_empty_template: str, partners_file: Path) -> Iterator[str]:
    """A server database of its own holding the partners of `partners_file` (copied with
    `cdmo-desktop copy`, as a practice moves its workspace), vacuumed."""
    with pg_support.database_from(pg_server, pg_empty_template, "partners") as url:
        assert main(["copy", "--from", str(partners_file), "--to", url]) == 0
        vacuum(url)
        yield url


@pytest.fixture
def store(partners_url: str) -> Iterator[Store]:
    s = open_store(partners_url, create=False)
    try:
        yield s
    finally:
        s.close()


def _statements(engine: sa.Engine) -> Any:
    """The SELECTs run on `engine` meanwhile (the driver's SQL and parameters)."""
    return statements(engine, lambda sql: sql.lstrip().upper().startswith(("SELECT", "WITH")))


def _plan(url: str, statement: tuple[str, Any]) -> str:
    """The plan PostgreSQL runs `statement` by (EXPLAIN's JSON text)."""
    engine = pg_support.engine(url)
    try:
        with engine.connect() as conn:
            text = conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {statement[0]}", statement[1])
            return json.dumps(text.scalar_one())
    finally:
        engine.dispose()


def _every(store: Store, filters: PartnerFilters, column: int, descending: bool) -> list[str]:
    rows = register_fetch(store, filters, (column, descending), 100_000, TODAY)
    return [r.id for r in rows]


@pytest.mark.parametrize(
    ("column", "descending", "share"),
    [(COL_NAME, False, 2), (COL_COUNTRY, False, 2), (COL_NEXT_AUDIT, True, 4)],
)
def test_a_jump_deep_into_the_register_reads_only_its_page(
    store: Store, partners_url: str, column: int, descending: bool, share: int
) -> None:
    filters = PartnerFilters()
    every = _every(store, filters, column, descending)
    total = register_count(store, filters, TODAY)
    assert total == len(every) > 8 * PAGE
    for offset in (total // share, total - total // share - PAGE):
        with _statements(store.engine) as seen:
            rows = register_fetch_at(store, filters, (column, descending), (offset, PAGE), TODAY)
        assert [r.id for r in rows] == every[offset : offset + PAGE]
        read = read_plan(partners_url, seen[-1])
        assert read.table_rows <= PAGE, (offset, read)


def test_a_jump_past_the_end_lists_nothing(store: Store) -> None:
    total = register_count(store, PartnerFilters(), TODAY)
    assert register_fetch_at(store, PartnerFilters(), (COL_NAME, False), (total, PAGE), TODAY) == []


SEARCHES = ("k", "ke", "united", "kestrel united", "united kestrel", "ch", "us lab")
"""Searches one word of which names countries ("k": Kenya, Korea, the United Kingdom...)."""


@pytest.mark.parametrize("text", SEARCHES)
def test_a_search_naming_a_country_lists_on_the_server_what_the_file_lists(
    store: Store, partners_file: Path, text: str
) -> None:
    local = open_store(partners_file)
    try:
        for filters in (PartnerFilters(text=text), PartnerFilters(text=text, kind="cro")):
            n = register_count(local, filters, TODAY)
            assert register_count(store, filters, TODAY) == n
            for column, descending in ((COL_NAME, False), (COL_COUNTRY, True)):
                sort = (column, descending)
                first = [r.id for r in register_fetch(local, filters, sort, PAGE, TODAY)]
                assert [r.id for r in register_fetch(store, filters, sort, PAGE, TODAY)] == first
                if n > 2 * PAGE:
                    after = register_fetch(local, filters, sort, PAGE, TODAY)[-1]
                    rest = [r.id for r in register_fetch(local, filters, sort, PAGE, TODAY, after)]
                    found = register_fetch(store, filters, sort, PAGE, TODAY, after)
                    assert [r.id for r in found] == rest
    finally:
        local.close()


def test_a_search_naming_a_country_pages_without_reading_every_partner_there(
    store: Store, partners_url: str
) -> None:
    filters = PartnerFilters(text="united")  # the United States, Kingdom, Arab Emirates
    inside = register_count(store, PartnerFilters(text="united"), TODAY)
    assert inside > 8 * PAGE
    with _statements(store.engine) as seen:
        rows = register_fetch(store, filters, (COL_NAME, False), PAGE, TODAY)
    assert len(rows) == PAGE
    read = read_plan(partners_url, seen[-1])
    assert read.table_rows < inside // 2, read


def test_a_search_naming_a_country_is_counted_without_comparing_partners_to_every_match(
    store: Store, partners_url: str
) -> None:
    # "k" finds most partners by their words, and names the countries of many: the
    # country's partners checked one by one against the list of every match cost the
    # product of the two.
    with _statements(store.engine) as seen:
        register_count(store, PartnerFilters(text="k"), TODAY)
    assert seen
    for statement in seen:
        assert "<> ALL" not in _plan(partners_url, statement), statement[0]


def _commonest_first_word(store: Store) -> str:
    """The word most partners' names start with ("aster": as "kestrel" at a million)."""
    names = register_fetch(store, PartnerFilters(archived=True), (COL_NAME, False), 100_000, TODAY)
    firsts = [r.name.split()[0].lower() for r in names if r.name.split()[0].isalnum()]
    return max(sorted(set(firsts)), key=firsts.count)


def test_a_search_for_the_start_of_names_lists_on_the_server_what_the_file_lists(
    store: Store, partners_file: Path
) -> None:
    word = _commonest_first_word(store)
    local = open_store(partners_file)
    try:
        for text in (word, word[:3], word[:-1], word.upper()):
            for filters in (PartnerFilters(text=text), PartnerFilters(text=text, archived=True)):
                n = register_count(local, filters, TODAY)
                assert register_count(store, filters, TODAY) == n, text
                for sort in ((COL_NAME, False), (COL_NAME, True), (COL_COUNTRY, False)):
                    every = [r.id for r in register_fetch(local, filters, sort, n, TODAY)]
                    found = register_fetch(store, filters, sort, PAGE, TODAY)
                    assert [r.id for r in found] == every[:PAGE], (text, sort)
                    if len(found) == PAGE:
                        more = register_fetch(store, filters, sort, PAGE, TODAY, found[-1])
                        assert [r.id for r in more] == every[PAGE : 2 * PAGE], (text, sort)
    finally:
        local.close()


def test_a_search_for_the_start_of_names_reads_a_page_along_the_name_order(
    store: Store, partners_url: str
) -> None:
    # As "kestrel" at a million partners (38,000 "Kestrel ..." names): the page walks
    # their range of the name order instead of reading every match and sorting them.
    filters = PartnerFilters(text=_commonest_first_word(store))
    n = register_count(store, filters, TODAY)
    assert n > 2 * PAGE
    with _statements(store.engine) as seen:
        rows = register_fetch(store, filters, (COL_NAME, False), PAGE, TODAY)
    assert len(rows) == PAGE
    read = read_plan(partners_url, seen[-1])
    assert read.table_rows <= PAGE, read


def _walked(url: str, statement: tuple[str, Any]) -> int:
    """Most entries one scan of a sort key's index (`..._name_key`) visited in `statement`."""
    read = read_plan(url, statement)
    return max((n for name, n in read.index_rows if name.endswith("name_key")), default=0)


def test_a_row_near_the_end_is_located_without_walking_every_row_before_it(
    store: Store, partners_url: str
) -> None:
    filters = PartnerFilters()
    every = _every(store, filters, COL_NAME, False)
    assert len(every) > NEAR + PAGE
    with _statements(store.engine) as seen:
        found = register_locate(store, filters, (COL_NAME, False), every[-2], TODAY)
    assert found is not None and found[0] == len(every) - 2
    assert max(_walked(partners_url, s) for s in seen) <= NEAR + 1
