"""The engagements list read by keyset: every sort (both ways) under random filters gives
the rows a plain Python sort of all rows gives, walked forward, backward from the end, by
jumps and by position; the stored keys, names, counts and search follow every write path
(forms, undo and redo, rows written around the hook); the reads walk indexes."""

from __future__ import annotations

import random
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from cdmo_desktop.domain.enums import EngagementStatus, PartnerKind, Phase, Rag
from cdmo_desktop.domain.models import Client, Engagement, Partner
from cdmo_desktop.store import Store, bulk, derived_engagements, open_store
from cdmo_desktop.store.engagement_edits import (
    archive_engagement,
    create_engagement,
    edit_client,
    edit_engagement,
)
from cdmo_desktop.store.engagements import (
    count_engagements,
    count_query,
    engagement_position,
    fetch_engagements,
    fetch_engagements_at,
    fetch_engagements_before,
    get_engagement_row,
    page_query,
)
from tests.migration_support import counts_kept, downgrade, table_counts

CLIENTS = ("Helix Bio", "helix  BIO", "Norrland Pharma")  # the first two tie case-blind
PARTNERS = ("Alpine Synthesis", "Kestrel CDMO", "Basel Biologics", "Zeta Labs")
TITLES = ("Tox supply", "tox supply", "Route scouting", "Tech transfer", "API scale-up")
PROGRAMS = ("", "HX-101", "NP-7", "hx-101")
DAYS = (None, date(2026, 1, 5), date(2026, 3, 1), date(2027, 7, 9))
WORDS = ("tox", "sup", "helix", "alp", "hx", "101", "np", "tech", "kestrel", "zz")
PHASES = list(Phase)
STATUSES = list(EngagementStatus)
RAG_ORDER = (Rag.RED.value, Rag.AMBER.value, Rag.GREEN.value, None)


@dataclass(frozen=True)
class Ref:
    """An engagement as the user sees it (the reference the list is checked against)."""

    id: str
    title: str
    client: str
    partner: str
    client_id: str
    partner_id: str
    program: str
    compound: str
    phase: str
    status: str
    rag: str | None
    start: date | None
    end: date | None
    archived: bool


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _populate(store: Store, n: int = 70, seed: int = 7) -> None:
    rng = random.Random(seed)
    with store.session() as s:
        clients = [Client(name=name) for name in CLIENTS]
        partners = [Partner(name=name, kind=PartnerKind.CDMO) for name in PARTNERS]
        s.add_all([*clients, *partners])
        s.flush()
        for _ in range(n):
            start = rng.choice(DAYS)
            end = (
                None
                if start is None or rng.random() < 0.3
                else start + timedelta(rng.choice((0, 30, 400)))
            )
            s.add(
                Engagement(
                    title=rng.choice(TITLES),
                    client_id=rng.choice(clients).id,
                    partner_id=rng.choice(partners).id,
                    program=rng.choice(PROGRAMS),
                    compound=rng.choice(("", "free base", "Free base")),
                    phase=rng.choice(PHASES[:3]),
                    status=rng.choice(STATUSES[:3]),
                    rag=rng.choice((None, *Rag)),
                    start_date=start,
                    end_date=end,
                    archived=rng.random() < 0.2,
                )
            )


def _reference(store: Store) -> list[Ref]:
    with store.read() as s:
        names = {c.id: c.name for c in s.exec(select(Client))} | {
            p.id: p.name for p in s.exec(select(Partner))
        }
        return [
            Ref(
                e.id,
                e.title,
                names[e.client_id],
                names[e.partner_id],
                e.client_id,
                e.partner_id,
                e.program,
                e.compound,
                e.phase.value,
                e.status.value,
                e.rag.value if e.rag else None,
                e.start_date,
                e.end_date,
                e.archived,
            )
            for e in s.exec(select(Engagement))
        ]


def _sort_value(ref: Ref, column: int) -> Any:
    return (
        _fold(ref.title),
        _fold(ref.client),
        _fold(ref.partner),
        _fold(f"{ref.program} {ref.compound}"),
        [p.value for p in Phase].index(ref.phase),
        [s.value for s in EngagementStatus].index(ref.status),
        ref.start,
        ref.end,
        RAG_ORDER.index(ref.rag),
    )[column]


def expected_order(refs: list[Ref], column: int, descending: bool) -> list[str]:
    """Rows by (value, id), the other way round when descending; undated rows last both ways."""
    dated = [r for r in refs if _sort_value(r, column) is not None]
    undated = [r for r in refs if _sort_value(r, column) is None]
    ordered = sorted(dated, key=lambda r: (_sort_value(r, column), r.id), reverse=descending)
    return [r.id for r in ordered] + [
        r.id for r in sorted(undated, key=lambda r: r.id, reverse=descending)
    ]


def _matches(ref: Ref, filters: dict[str, Any]) -> bool:
    tokens = re.findall(
        r"\w+", " ".join((ref.title, ref.program, ref.compound, ref.client, ref.partner)).lower()
    )
    for word in re.findall(r"\w+", filters.get("text", "").lower()):
        if not any(t.startswith(word) for t in tokens):
            return False
    for key, value in (("status", ref.status), ("phase", ref.phase), ("rag", ref.rag)):
        if filters.get(key) and filters[key] != value:
            return False
    if filters.get("client_id") and filters["client_id"] != ref.client_id:
        return False
    if filters.get("partner_id") and filters["partner_id"] != ref.partner_id:
        return False
    if filters.get("archived_only"):
        return ref.archived
    return bool(filters.get("show_archived")) or not ref.archived


@st.composite
def list_filters(draw: st.DrawFn, refs: list[Ref]) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    if draw(st.booleans()):
        filters["text"] = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=2)))
    for key, values in (
        ("status", [s.value for s in STATUSES[:3]]),
        ("phase", [p.value for p in PHASES[:3]]),
        ("rag", [r.value for r in Rag]),
        ("client_id", sorted({r.client_id for r in refs})),
        ("partner_id", sorted({r.partner_id for r in refs})),
    ):
        if draw(st.integers(0, 3)) == 0:
            filters[key] = draw(st.sampled_from(values))
    archived = draw(st.sampled_from(("hidden", "show", "only")))
    if archived == "show":
        filters["show_archived"] = True
    elif archived == "only":
        filters["archived_only"] = True
    return filters


@pytest.fixture
def listed(store: Store) -> tuple[Store, list[Ref]]:
    _populate(store)
    return store, _reference(store)


def _walk_forward(store: Store, f: dict[str, Any], col: int, desc: bool, k: int) -> list[str]:
    out: list[str] = []
    rows = fetch_engagements(store, f, col, desc, k)
    while rows:
        out += [r.id for r in rows]
        rows = fetch_engagements(store, f, col, desc, k, after=rows[-1])
    return out


def _walk_backward(store: Store, f: dict[str, Any], col: int, desc: bool, k: int) -> list[str]:
    out: list[str] = []
    rows = fetch_engagements_before(store, f, col, desc, k)
    while rows:
        out = [r.id for r in rows] + out
        rows = fetch_engagements_before(store, f, col, desc, k, before=rows[0])
    return out


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), column=st.integers(0, 8), descending=st.booleans(), k=st.integers(1, 9))
def test_every_sort_both_ways_under_random_filters_matches_a_python_sort(
    listed: tuple[Store, list[Ref]], data: st.DataObject, column: int, descending: bool, k: int
) -> None:
    store, refs = listed
    filters = data.draw(list_filters(refs))
    expected = expected_order([r for r in refs if _matches(r, filters)], column, descending)
    assert count_engagements(store, filters) == len(expected)
    assert _walk_forward(store, filters, column, descending, k) == expected
    assert _walk_backward(store, filters, column, descending, k) == expected
    offset = data.draw(st.integers(0, len(expected) + 2))
    at = fetch_engagements_at(store, filters, column, descending, offset, k)
    assert [r.id for r in at] == expected[offset : offset + k]
    some = data.draw(st.sampled_from(refs))
    position = engagement_position(store, filters, column, descending, some.id)
    assert position == (expected.index(some.id) if some.id in expected else None)


def _ids(store: Store, filters: dict[str, Any], column: int, descending: bool = False) -> list[str]:
    return _walk_forward(store, filters, column, descending, 4)


def _check_against_reference(store: Store) -> None:
    refs = _reference(store)
    for column in range(9):
        for descending in (False, True):
            everything = {"show_archived": True}
            assert _ids(store, everything, column, descending) == expected_order(
                refs, column, descending
            )
    for filters in ({}, {"show_archived": True}, {"archived_only": True}, {"status": "active"}):
        assert count_engagements(store, filters) == sum(_matches(r, filters) for r in refs)


def test_a_search_counts_its_matches_under_each_archived_choice(
    listed: tuple[Store, list[Ref]],
) -> None:
    """The search count (matches, less or only the archived ones among them) is the
    number of rows the list shows, for searches matching archived engagements and not."""
    store, refs = listed
    searched_archived = 0
    for text in (*WORDS, "tox sup", "helix 101", "t", "zymurgy"):
        for choice in ({}, {"show_archived": True}, {"archived_only": True}):
            filters = {"text": text, **choice}
            expected = sum(_matches(r, filters) for r in refs)
            assert count_engagements(store, filters) == expected, filters
            if choice.get("archived_only"):
                searched_archived += expected
    assert searched_archived  # archived engagements were among the matches


def test_a_renamed_client_moves_its_engagements_and_undo_and_redo_move_them_back(
    listed: tuple[Store, list[Ref]],
) -> None:
    store, refs = listed
    client_id = next(r.client_id for r in refs if r.client == "Norrland Pharma")
    renamed = edit_client(store, client_id, {"name": "Aardvark Pharma"}, [])
    first = get_engagement_row(store, _ids(store, {}, 1)[0])
    assert first is not None and first.client == "Aardvark Pharma"
    assert _ids(store, {"text": "aardvark"}, 0) and not _ids(store, {"text": "norrland"}, 0)
    _check_against_reference(store)
    store.replay(renamed.before, "Undo")
    assert not _ids(store, {"text": "aardvark"}, 0) and _ids(store, {"text": "norrland"}, 0)
    _check_against_reference(store)
    store.replay(renamed.after, "Redo")
    assert _ids(store, {"text": "aardvark"}, 0)
    _check_against_reference(store)


def test_edits_adds_and_archives_follow_undo_and_redo(listed: tuple[Store, list[Ref]]) -> None:
    store, refs = listed
    target = refs[0].id
    visible = count_engagements(store, {})
    edited = edit_engagement(
        store,
        target,
        {"title": "Zymurgy study", "start_date": None, "end_date": None, "rag": Rag.RED},
    )
    assert _ids(store, {"show_archived": True}, 0, True)[0] == target  # last title, now first
    assert _ids(store, {"text": "zymurgy"}, 0) in ([target], [])  # hidden only when archived
    _check_against_reference(store)
    added = create_engagement(
        store,
        {
            "title": "Added later",
            "client_id": refs[0].client_id,
            "partner_id": refs[0].partner_id,
            "phase": Phase.DISCOVERY,
            "status": EngagementStatus.PLANNED,
        },
    )
    assert count_engagements(store, {}) == visible + 1
    _check_against_reference(store)
    store.replay(added.before, "Undo")
    assert count_engagements(store, {}) == visible
    store.replay(edited.before, "Undo")
    _check_against_reference(store)
    store.replay(edited.after, "Redo")
    _check_against_reference(store)
    shown = next(r.id for r in _reference(store) if not r.archived)
    archived = archive_engagement(store, shown)
    assert count_engagements(store, {}) == visible - 1 and shown not in _ids(store, {}, 0)
    store.replay(archived.before, "Undo")
    assert count_engagements(store, {}) == visible and shown in _ids(store, {}, 0)
    _check_against_reference(store)


@pytest.mark.sqlite_only  # writes SQLite's tally and FTS5 table by hand
@pytest.mark.parametrize("portable", [False, True])
def test_rows_written_around_the_hook_are_listed_after_a_rebuild(
    listed: tuple[Store, list[Ref]], portable: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SQLite rebuild (one UPDATE calling back into Python) and the portable one (rows
    read and written in batches) give the keys the flush hook gives."""
    store, _refs = listed
    if portable:
        monkeypatch.setattr(
            derived_engagements, "_rebuild_in_sqlite", derived_engagements._rebuild_in_batches
        )
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE engagement SET client_name = '', partner_name = '', sort_title = 'x', "
            "sort_start = 0, sort_rag = 9"
        )
        conn.exec_driver_sql("DELETE FROM engagement_tally")
        conn.exec_driver_sql("INSERT INTO engagement_fts(engagement_fts) VALUES ('delete-all')")
    with store.engine.begin() as conn:
        bulk.rebuild_derived(conn)
    _check_against_reference(store)
    assert _ids(store, {"text": "helix", "show_archived": True}, 0)


# --- the reads walk indexes ----------------------------------------------------------------
def _plan(store: Store, query: Any) -> list[str]:
    with store.engine.connect() as conn:
        compiled = query.compile(dialect=conn.dialect)
        params = tuple(compiled.construct_params()[k] for k in compiled.positiontup or ())
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
    return [str(r[-1]) for r in rows]


@pytest.mark.sqlite_only  # SQLite's query plans
def test_default_sort_pages_and_the_unfiltered_count_never_scan_the_table(
    listed: tuple[Store, list[Ref]],
) -> None:
    store, _refs = listed
    some = fetch_engagements(store, {}, 0, False, 3)[-1]
    for filters in ({}, {"status": "active"}, {"show_archived": True}):
        for descending in (False, True):
            for query in (
                page_query(filters, 0, descending),
                page_query(filters, 0, descending, after=some),
                page_query(filters, 0, descending, before=some, reverse=True),
            ):
                plan = _plan(store, query.limit(200))
                assert plan and all(
                    "USING INDEX ix_engagement_sort_title" in line for line in plan
                ), plan
        assert not any("engagement " in f"{line} " for line in _plan(store, count_query(filters)))
    seek = _plan(store, page_query({}, 6, True, after=some).limit(200))
    assert seek == [
        "SEARCH engagement USING INDEX ix_engagement_sort_start_desc ((sort_start_desc,id)<(?,?))"
    ]


@pytest.mark.sqlite_only  # SQLite's query plans
def test_a_search_counts_its_archived_matches_along_the_archived_index(
    listed: tuple[Store, list[Ref]],
) -> None:
    """A search's count is its matches in the word index less the archived ones, and those
    are found by walking the archived engagements, not by looking up every match (at a
    million engagements a broad word matches tens of thousands)."""
    store, refs = listed
    seen: list[tuple[str, Any]] = []

    def note(conn: Any, cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        seen.append((statement, parameters))

    word = "free"  # the compound of about two thirds of them
    matching = [r for r in refs if "free" in r.compound.casefold()]
    assert any(r.archived for r in matching) and not all(r.archived for r in matching)
    sa.event.listen(store.engine, "before_cursor_execute", note)
    try:
        n = count_engagements(store, {"text": word})
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", note)
    assert n == sum(1 for r in matching if not r.archived)
    with store.engine.connect() as conn:
        plans = [
            str(row[-1])
            for statement, parameters in seen
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        ]
    walked = [p for p in plans if p.startswith("SEARCH engagement")]
    assert walked == ["SEARCH engagement USING COVERING INDEX ix_engagement_archived (archived=?)"]


# --- the upgrade ---------------------------------------------------------------------------
def test_an_upgrade_from_0005_lists_searches_and_counts_the_engagements_it_holds(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    downgrade(path, "0005_named_baselines")
    before = table_counts(path)
    assert "engagement_tally" not in before
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT * FROM engagement ORDER BY id").fetchall()
    conn.close()
    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)
        expected_counts, found_counts = counts_kept(before, after)
        assert found_counts == expected_counts
        conn = sqlite3.connect(path)
        width = len(rows[0])
        kept = [r[:width] for r in conn.execute("SELECT * FROM engagement ORDER BY id")]
        conn.close()
        assert kept == rows and len(rows) >= 4
        _check_against_reference(store)
        demo = fetch_engagements(store, {"show_archived": True}, 1, False, 1)[0]
        assert demo.client and demo.partner
        assert demo.id in [
            r.id for r in fetch_engagements(store, {"text": demo.partner, "show_archived": True})
        ]
    finally:
        store.close()


def test_a_position_is_exact_at_any_depth_in_a_bounded_number_of_reads(store: Store) -> None:
    """With the archived choice alone (the sort key's index carries the flag) a row is
    found at its place however deep it lies, in a few reads: the row, the count, two short
    counts from either end and one count along the index."""
    _populate(store, n=700, seed=3)
    everything = {"show_archived": True}
    order = expected_order(_reference(store), 0, False)
    statements: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", seen)
    try:
        for place in (0, 19, 350, 680, len(order) - 1):
            statements.clear()
            assert engagement_position(store, everything, 0, False, order[place], 100) == place
            reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
            assert len(reads) <= 5, reads
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", seen)


def test_under_a_filter_checked_on_the_rows_a_budget_lets_go_of_a_row_deep_in_the_middle(
    store: Store,
) -> None:
    _populate(store, n=1600, seed=3)
    refs = _reference(store)
    client = max({r.client_id for r in refs}, key=lambda c: sum(r.client_id == c for r in refs))
    filters = {"show_archived": True, "client_id": client}
    order = expected_order([r for r in refs if _matches(r, filters)], 0, False)
    assert len(order) > 600
    middle, near_end = len(order) // 2, len(order) - 20
    assert engagement_position(store, filters, 0, False, order[middle]) == middle
    assert engagement_position(store, filters, 0, False, order[middle], budget=100) is None
    assert engagement_position(store, filters, 0, False, order[near_end], budget=100) == near_end


@pytest.mark.parametrize("key", ["status", "phase", "rag"])
def test_postgresql_weighs_a_combo_filter_on_its_column_sqlite_along_the_sort_index(
    key: str,
) -> None:
    """PostgreSQL guesses an expression matches 0.5 % of the rows and reads the whole
    table (a status filter sorted by end date: 300 ms instead of 15 ms at 100,000
    engagements); on the plain column it counts with the column's statistics and walks
    the sort key's index. SQLite keeps the expression so it walks the sort key's index."""
    from sqlalchemy.dialects import postgresql, sqlite

    value = {"status": "active", "phase": "scale_up", "rag": "red"}[key]
    for name, dialect, wanted in (
        ("postgresql", postgresql.dialect(), f"engagement.{key} = "),
        ("sqlite", sqlite.dialect(), f"coalesce(engagement.{key}, "),
    ):
        query = page_query({key: value}, 7, False, dialect_name=name)
        text = str(query.compile(dialect=dialect))
        assert wanted in text, (name, text)


@pytest.mark.parametrize("column", [4, 5, 8])  # phase, status, RAG
def test_a_deep_place_in_a_grouped_order_is_exact(store: Store, column: int) -> None:
    """Sorted by phase, status or RAG (a few groups, each a large share of the list), a
    row's place is exact at every depth, both ways, under each archived choice: from the
    marks on SQLite (revision 0033; what it costs: test_engagement_marks), from the tally
    of the groups before its own plus a count within its group on a team server."""
    _populate(store, n=1500, seed=5)
    refs = _reference(store)
    for filters in ({}, {"show_archived": True}, {"archived_only": True}):
        listed = [r for r in refs if _matches(r, filters)]
        for descending in (False, True):
            order = expected_order(listed, column, descending)
            places = {0, 300, len(order) // 2, len(order) - 300, len(order) - 1}
            for place in sorted(p for p in places if 0 <= p < len(order)):
                found = engagement_position(store, filters, column, descending, order[place])
                assert found == place, (filters, descending, place)
