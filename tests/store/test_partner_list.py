"""The partner register query: search by word prefix, every filter, every column's order in
both directions read forward by seek, backward from the end and by jumps (the paged-list
protocol), counts from the tally, positions of rows, and query plans that do not read every
partner."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cdmo_desktop.domain import derive, geo
from cdmo_desktop.domain.enums import (
    EngagementStatus,
    PartnerKind,
    Phase,
    QualificationStatus,
    Region,
)
from cdmo_desktop.domain.models import Client, Contact, Engagement, Partner, PartnerSite
from cdmo_desktop.store import Store, fulltext, partner_list, partner_locate
from cdmo_desktop.store.derived_partners import LAST, refresh_search_extra, sort_text
from cdmo_desktop.store.partner_list import (
    COL_ACTIVE,
    COL_CONTACT,
    COL_COUNTRY,
    COL_KIND,
    COL_NAME,
    COL_NEXT_AUDIT,
    COL_QUALIFICATION,
    COL_REGION,
    HEADERS,
    PartnerFilters,
    PartnerListRow,
)
from tests.conftest import BACKENDS, empty_store_on

TODAY = date(2026, 11, 20)
COUNTRIES = ["CH", "DE", "US", "IN", "CN", "CA", "GB", "BR", ""]


@pytest.fixture(scope="module", params=BACKENDS)
def register(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """40 partners with every column varied (and ties), some with sites, contacts,
    active engagements; two archived. Built once per backend: the tests only read it."""
    with empty_store_on(request.param, request, tmp_path_factory) as store:
        _fill_register(store)
        yield store


def _fill_register(store: Store) -> None:
    rng = random.Random(7)
    with store.session() as s:
        client = Client(name="Aurelis Therapeutics")
        s.add(client)
        for i in range(40):
            due = TODAY + timedelta(days=rng.randint(-200, 400)) if i % 5 else None
            p = Partner(
                name=f"{rng.choice(['Alpha', 'Nova', 'Keystone', 'Rhein'])} Labs {i:02d}",
                kind=list(PartnerKind)[i % 4],
                country=COUNTRIES[i % len(COUNTRIES)],
                city="Basel" if i % 7 == 0 else "Durham",
                qualification_status=list(QualificationStatus)[i % 6],
                last_audit_date=due - timedelta(days=365) if due else None,
                next_audit_due=due,
                capabilities="Process development; Scale-up" if i % 3 == 0 else "Analytical",
                archived=i in (3, 17),
            )
            s.add(p)
            s.flush()
            if i % 4 != 1:
                s.add(
                    Contact(
                        partner_id=p.id, name=f"Contact {rng.randint(0, 9)}{i:02d}", is_primary=True
                    )
                )
            s.add(Contact(partner_id=p.id, name=f"Zara Quist-{i:02d}", is_primary=False))
            if i % 6 == 0:
                s.add(PartnerSite(partner_id=p.id, name="Pilot plant", city="Visp", country="CH"))
            for k in range(i % 3):
                status = EngagementStatus.ACTIVE if k < 2 else EngagementStatus.CLOSED
                s.add(
                    Engagement(
                        title=f"Program {i}-{k}",
                        client_id=client.id,
                        partner_id=p.id,
                        phase=Phase.SCALE_UP,
                        status=status,
                    )
                )
        s.flush()
        refresh_search_extra(s)


def _forward(store: Store, f: PartnerFilters, col: int, desc: bool, page: int = 7):
    out: list[PartnerListRow] = []
    with store.read() as s:
        total = partner_list.count(s, f, TODAY)
        while True:
            got = partner_list.fetch(s, f, col, desc, page, TODAY, out[-1] if out else None)
            out.extend(got)
            if len(got) < page:
                break
    assert len(out) == total, "the count and the rows read disagree"
    return out


def _backward(store: Store, f: PartnerFilters, col: int, desc: bool, page: int = 7):
    out: list[PartnerListRow] = []
    with store.read() as s:
        while True:
            got = partner_list.fetch_before(s, f, col, desc, page, TODAY, out[0] if out else None)
            out[:0] = got
            if len(got) < page:
                return out


def _all(store: Store, f: PartnerFilters, col: int, desc: bool) -> list[PartnerListRow]:
    return _forward(store, f, col, desc)


def _sort_key(r: PartnerListRow, col: int) -> tuple:
    """The order a user expects, from what each column shows: country by its name,
    missing values (no country, region, audit or primary contact) after the others."""
    name = derive.name_key(r.name)
    if col == COL_NAME:
        return (name,)
    if col == COL_COUNTRY:
        value: object
        if not r.country:
            value = (2, "")
        elif geo.is_country(r.country):
            value = (0, sort_text(geo.country_name(r.country)))
        else:
            value = (1, r.country)
        return (value, name)
    value = {
        COL_KIND: r.kind,
        COL_REGION: r.region or LAST,
        COL_QUALIFICATION: r.qualification_status,
        COL_NEXT_AUDIT: r.next_audit_due.isoformat() if r.next_audit_due else LAST,
        COL_ACTIVE: r.active_engagements,
        COL_CONTACT: sort_text(r.primary_contact) if r.primary_contact else LAST,
    }[col]
    return (value, name)


def _reference(rows: list[PartnerListRow], col: int, desc: bool) -> list[str]:
    return [r.id for r in sorted(rows, key=lambda r: _sort_key(r, col), reverse=desc)]


@pytest.mark.parametrize("col", range(len(HEADERS)))
@pytest.mark.parametrize("desc", [False, True])
@pytest.mark.parametrize(
    "filters",
    [
        PartnerFilters(),
        PartnerFilters(archived=True),
        PartnerFilters(qualification="approved", archived=True),
        PartnerFilters(text="labs"),
    ],
    ids=["plain", "archived", "filtered", "search"],
)
def test_every_column_sorts_in_sql_like_the_reference(register, col, desc, filters) -> None:
    rows = _all(register, filters, col, desc)
    expected = {
        PartnerFilters(): 38,
        PartnerFilters(archived=True): 40,
        PartnerFilters(qualification="approved", archived=True): 7,
        PartnerFilters(text="labs"): 38,
    }[filters]
    assert len({r.id for r in rows}) == len(rows) == expected
    assert [r.id for r in rows] == _reference(rows, col, desc)
    assert _backward(register, filters, col, desc) == rows


def test_country_sorts_by_name_not_code(register) -> None:
    rows = _all(register, PartnerFilters(), COL_COUNTRY, False)
    names = [geo.country_name(r.country) for r in rows if r.country]
    assert names == sorted(names)
    assert names[0] == "Brazil" and rows[-1].country == ""  # no country: last


# --- every order, filter and way of paging against a sort in Python ----------------------------
def _everyone(store: Store) -> list[tuple[PartnerListRow, str]]:
    """Every partner's row and the text a search looks in."""
    rows = _all(store, PartnerFilters(archived=True), COL_NAME, False)
    with store.engine.connect() as conn:
        texts: dict[str, str] = dict(
            conn.execute(
                sa.text(
                    "SELECT id, name || ' ' || legal_name || ' ' || city || ' ' || capabilities"
                    " || ' ' || search_extra FROM partner"
                )
            ).all()
        )
    return [(r, texts[r.id]) for r in rows]


def _matches(row: PartnerListRow, text: str, f: PartnerFilters) -> bool:
    if not f.archived and row.archived:
        return False
    if f.kind and row.kind != f.kind:
        return False
    if f.region and row.region != f.region:
        return False
    if f.qualification and row.qualification_status != f.qualification:
        return False
    if f.overdue and (row.archived or row.next_audit_due is None or row.next_audit_due >= TODAY):
        return False
    found = [sort_text(w) for w in fulltext.words(sort_text(text))]
    country = sort_text(geo.country_name(row.country)) if row.country else ""
    country_words = fulltext.words(country)
    for word in f.words:
        w = sort_text(word)
        if any(x.startswith(w) for x in found):
            continue
        if any(x.startswith(w) for x in country_words) or (
            len(word) == 2 and row.country == word.upper()
        ):
            continue
        return False
    return True


_FILTERS = st.builds(
    PartnerFilters,
    text=st.sampled_from(["", "", "labs", "alpha 1", "basel", "germany", "anal", "zara", "de"]),
    kind=st.sampled_from(["", *[k.value for k in PartnerKind]]),
    region=st.sampled_from(["", "", "europe", "north_america"]),
    qualification=st.sampled_from(["", "", "approved", "prospect"]),
    overdue=st.booleans(),
    archived=st.booleans(),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    f=_FILTERS,
    col=st.integers(0, len(HEADERS) - 1),
    desc=st.booleans(),
    page=st.integers(1, 9),
    jumps=st.lists(st.tuples(st.integers(0, 45), st.integers(1, 12)), max_size=4),
)
def test_every_way_of_reading_gives_the_python_order(register, f, col, desc, page, jumps) -> None:
    everyone = _everyone(register)
    kept = [r for r, text in everyone if _matches(r, text, f)]
    expected = _reference(kept, col, desc)
    assert [r.id for r in _forward(register, f, col, desc, page)] == expected
    assert [r.id for r in _backward(register, f, col, desc, page)] == expected
    with register.read() as s:
        assert partner_list.count(s, f, TODAY) == len(expected)
        for offset, limit in jumps:
            got = partner_list.fetch_at(s, f, col, desc, offset, limit, TODAY)
            assert [r.id for r in got] == expected[offset : offset + limit]
        for i, key in enumerate(expected[:: max(1, page)]):
            assert partner_locate.position(s, f, col, desc, key, TODAY) == i * max(1, page)
        hidden = {r.id for r, _t in everyone} - set(expected)
        for key in sorted(hidden)[:3]:
            assert partner_locate.position(s, f, col, desc, key, TODAY) is None


# --- search -----------------------------------------------------------------------------------
def test_search_matches_each_kind_of_field_by_word_prefix(register) -> None:
    def numbers(text: str) -> set[int]:
        rows = _all(register, PartnerFilters(text=text), COL_NAME, False)
        return {int(r.name[-2:]) for r in rows}

    live = set(range(40)) - {3, 17}
    assert numbers("Labs 07") == {7}  # name, any case
    assert numbers("scale-up") == {i for i in live if i % 3 == 0}  # capability
    assert numbers("basel") == {i for i in live if i % 7 == 0}  # city
    assert numbers("bas") == numbers("basel")  # the start of a word is enough
    assert numbers("asel") == set()  # ... but not its middle (it was a substring match)
    assert numbers("visp") == {i for i in live if i % 6 == 0}  # a site's city
    assert numbers("pilot plant") == numbers("visp")  # a site's name
    assert numbers("zara") == live  # a contact's name
    assert 12 in numbers("quist-12") <= {12, 23}  # 23's primary contact is "Contact 123"
    assert numbers("germany") == {i for i in live if i % 9 == 1}  # country by name
    assert numbers("germ") == numbers("germany")
    assert numbers("de") >= numbers("germany")  # ... and by code
    assert numbers("switz") == {i for i in live if i % 9 == 0}
    assert numbers("basel scale-up") == {0, 21}  # every word must match
    assert numbers("basel*") == numbers("basel")  # search syntax is taken literally
    assert numbers("nothing-like-this") == set()


def test_each_filter(register) -> None:
    everyone = _all(register, PartnerFilters(archived=True), COL_NAME, False)
    cases = {
        PartnerFilters(kind="lab"): lambda r: r.kind == "lab" and not r.archived,
        PartnerFilters(region="europe"): lambda r: r.region == "europe" and not r.archived,
        PartnerFilters(qualification="approved"): lambda r: (
            r.qualification_status == "approved" and not r.archived
        ),
        PartnerFilters(overdue=True): lambda r: (
            r.next_audit_due is not None and r.next_audit_due < TODAY and not r.archived
        ),
        PartnerFilters(): lambda r: not r.archived,
        PartnerFilters(archived=True): lambda r: True,
        PartnerFilters(kind="cro", overdue=True, archived=True): lambda r: (
            r.kind == "cro"
            and r.next_audit_due is not None
            and r.next_audit_due < TODAY
            and not r.archived
        ),
    }
    for f, keep in cases.items():
        got = {r.id for r in _all(register, f, COL_NEXT_AUDIT, True)}
        expected = {r.id for r in everyone if keep(r)}
        assert got == expected, f
        assert expected, f"fixture has no rows for {f}"


def test_row_columns_come_from_sql(register) -> None:
    rows = _all(register, PartnerFilters(archived=True), COL_NAME, False)
    by_number = {int(r.name[-2:]): r for r in rows}
    assert by_number[2].active_engagements == 2  # two active, none closed
    assert by_number[4].active_engagements == 1
    assert by_number[5].primary_contact == ""  # i % 4 == 1: no primary contact
    assert by_number[4].primary_contact.startswith("Contact ")
    assert by_number[3].archived and by_number[2].region == "north_america"


def test_a_new_partner_is_counted_and_found_at_once(store: Store) -> None:
    f = PartnerFilters(text="newcomer")
    with store.read() as s:
        assert partner_list.count(s, f, TODAY) == 0
        assert partner_list.count(s, PartnerFilters(kind="cro"), TODAY) == 0
    with store.session() as s:
        s.add(
            Partner(name="Newcomer Bio", kind=PartnerKind.CRO, country="DE", region=Region.EUROPE)
        )
    with store.read() as s:
        assert partner_list.count(s, f, TODAY) == 1
        assert partner_list.count(s, PartnerFilters(kind="cro", region="europe"), TODAY) == 1
        assert partner_list.count(s, PartnerFilters(kind="cro", region="asia"), TODAY) == 0


# --- query plans --------------------------------------------------------------------------------
def _plan(store: Store, stmt: sa.Select[Any]) -> str:
    with store.engine.connect() as conn:
        compiled = stmt.compile(dialect=conn.dialect)
        params = tuple(compiled.params[k] for k in compiled.positiontup or ())
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params).all()
    return "\n".join(str(r[-1]) for r in rows)


@pytest.mark.sqlite_only  # query plans and SQLite's tallies
@pytest.mark.parametrize("col", range(len(HEADERS)))
@pytest.mark.parametrize("desc", [False, True])
@pytest.mark.parametrize("archived", [False, True])
def test_a_page_walks_an_index_in_every_order(register, col, desc, archived) -> None:
    f = PartnerFilters(archived=archived)
    first = _all(register, f, col, desc)[3]
    for after in (None, first):
        stmt = partner_list._select(f, col, not desc, TODAY, after).limit(50)
        plan = _plan(register, stmt)
        assert "TEMP B-TREE" not in plan, plan  # no sort of every matching partner
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan


@pytest.mark.sqlite_only  # query plans and SQLite's tallies
def test_the_plain_counts_read_the_tally_not_the_partners(register) -> None:
    for f in (
        PartnerFilters(),
        PartnerFilters(archived=True),
        PartnerFilters(qualification="approved", kind="lab"),
        PartnerFilters(archived=True, kind="cro", region="europe"),
    ):
        plan = _plan(register, partner_list.count_statement(f, TODAY))
        assert "partner_tally" in plan and "SCAN partner\n" not in plan + "\n", plan
        assert "partner " not in plan.replace("partner_tally", ""), plan
        with register.read() as s:
            n = partner_list.count(s, f, TODAY)
        assert n == len(_all(register, f, COL_NAME, False))


# --- the scale filter's count ---------------------------------------------------------------
def _scale_counts(store: Store) -> dict[tuple[str, bool], tuple[int, int]]:
    """(tally count, LIKE count) of every standard scale, with and without archived."""
    out = {}
    with store.read() as s:
        for scale in partner_list.TALLIED_SCALES:
            for archived in (False, True):
                f = PartnerFilters(scale=scale, archived=archived)
                plan = _plan(store, partner_list.count_statement(f, TODAY))
                assert "partner_scale_tally" in plan, plan
                assert "partner " not in plan.replace("partner_scale_tally", ""), plan
                p = sa.inspect(Partner).local_table
                like = sa.select(sa.func.count()).where(
                    p.c.scale_tags.contains(f"|{scale}|"), sa.true() if archived else ~p.c.archived
                )
                out[scale, archived] = (
                    partner_list.count(s, f, TODAY),
                    int(s.connection().execute(like).scalar_one()),
                )
    return out


@pytest.mark.sqlite_only  # query plans and SQLite's tallies
def test_a_standard_scale_is_counted_from_its_tally_through_every_write_and_undo(
    store: Store,
) -> None:
    """The scale filter's count (a sum over the scale tally) equals the partners whose
    scales, or whose sites' scales, include it, after adding, editing, archiving and
    deleting partners and sites, and after undo."""
    rng = random.Random(3)
    choices = ["mg; g", "kg", "100 kg scale", "kg; 100 kg; t", "", "2000 L"]
    with store.session() as s:
        for i in range(12):
            s.add(Partner(name=f"Scaled {i}", kind=list(PartnerKind)[i % 4], scales=choices[i % 6]))
    done = []
    for step in range(10):
        with store.read() as s:
            ids = sorted(s.scalars(sa.select(sa.inspect(Partner).local_table.c.id)))
        victim = rng.choice(ids)

        def work(s: Any, step: int = step, victim: str = victim) -> None:
            partner = s.get(Partner, victim)
            if step % 4 == 0:
                s.add(PartnerSite(partner_id=victim, name=f"Site {step}", scales="t; mg"))
            elif step % 4 == 1:
                partner.archived = not partner.archived
            elif step % 4 == 2:
                partner.scales = rng.choice(choices)
                partner.kind = rng.choice(list(PartnerKind))
            else:
                s.delete(partner)

        done.append(store.write(f"step {step}", work))
        counts = _scale_counts(store)
        assert all(tally == like for tally, like in counts.values()), counts
        if step % 3 == 2:
            store.replay(done.pop().before, "Undo")
            counts = _scale_counts(store)
            assert all(tally == like for tally, like in counts.values()), counts
    assert any(like for _tally, like in _scale_counts(store).values())


# --- a broad search -------------------------------------------------------------------------
@contextmanager
def _statements(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements (with their parameters) the store runs inside the block."""
    seen: list[tuple[str, Any]] = []

    def note(conn: Any, cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        seen.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", note)


@pytest.mark.sqlite_only  # query plans
def test_a_broad_search_walks_the_sort_index_and_counts_in_the_word_index(register) -> None:
    """ "zara" (a contact of every partner) matches so many partners that a page walks the
    name index checking each partner among the matches, instead of reading and sorting
    every match; its count reads the word index and the archived partners, never each
    matching partner (at a million partners: 38,000 matches of a word like "kestrel")."""
    broad, narrow = PartnerFilters(text="zara"), PartnerFilters(text="labs 07")
    with register.read() as s:
        assert partner_list._probe(s, broad, TODAY, 7)
        assert not partner_list._probe(s, narrow, TODAY, 7)
        assert not partner_list._probe(s, PartnerFilters(kind="lab"), TODAY, 7)
    for col in (COL_NAME, COL_CONTACT):
        stmt = partner_list._select(broad, col, True, TODAY, probe=True).limit(7)
        plan = _plan(register, stmt)
        assert "TEMP B-TREE" not in plan and "USING INDEX ix_partner_" in plan, plan
    for f in (broad, replace(broad, archived=True), narrow):
        with _statements(register) as seen, register.read() as s:
            n = partner_list.count(s, f, TODAY)
        assert n == len(_all(register, f, COL_NAME, False)), f
        with register.engine.connect() as conn:
            for statement, parameters in seen:
                plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
                text = "\n".join(str(r[-1]) for r in plan)
                # no matching partner read (the word index's own records are)
                assert "partner USING INTEGER PRIMARY KEY" not in text, text
    with register.read() as s:  # archived partners among the matches are left out
        archived = partner_list.count(s, replace(broad, archived=True), TODAY)
        assert partner_list.count(s, broad, TODAY) < archived


@pytest.mark.parametrize(
    ("filters", "column"),
    [
        (PartnerFilters(kind="cro"), "kind"),
        (PartnerFilters(qualification="approved"), "qualification_status"),
        (PartnerFilters(region="Europe"), "region"),
    ],
)
def test_postgresql_weighs_a_filter_on_its_column_sqlite_along_the_sort_index(
    filters: PartnerFilters, column: str
) -> None:
    """Sorted by name, a kind, qualification or region filter: PostgreSQL compares the
    column itself (its planner then walks the name index for a page; an expression it
    guesses keeps 0.5 % of the partners and reads and sorts them all: 300 ms instead of
    0.5 ms at 100,000 partners), SQLite an expression so it walks the name index."""
    from sqlalchemy.dialects import postgresql, sqlite

    today = date(2026, 6, 1)
    for name, dialect, wanted, unwanted in (
        ("postgresql", postgresql.dialect(), f"partner.{column} = ", f"partner.{column} || "),
        ("sqlite", sqlite.dialect(), f"partner.{column} || ", f"partner.{column} = "),
    ):
        where = partner_list.conditions(filters, today, 0, dialect_name=name)
        text = " AND ".join(str(c.compile(dialect=dialect)) for c in where)
        assert wanted in text and unwanted not in text, (name, text)


@pytest.mark.sqlite_only  # the probe is SQLite's
def test_a_name_searched_in_name_order_is_read_from_its_matches(store: Store) -> None:
    """A search for a name, sorted by name, finds its partners all together, past every
    name before it: walking the name index to them costs every partner before them (at a
    million partners 377,000 index entries for the 38,000 "Kestrel" partners), so a page
    is read from the matches until at least one partner in PROBE_SHARE matches; the rows
    are the same either way."""
    share = partner_list.PROBE_SHARE
    with store.session() as s:
        for i in range(200):
            name = f"Kestrel Bio {i:03d}" if i < 200 // share - 2 else f"Zephyr Pharma {i:03d}"
            s.add(Partner(name=name, kind=PartnerKind.CDMO, country="CH"))
    kestrel = PartnerFilters(text="kestrel")
    with store.read() as s:
        assert not partner_list._probe(s, kestrel, TODAY, 1)
        assert partner_list._probe(s, PartnerFilters(text="zephyr"), TODAY, 1)
    shown = [r.name for r in _all(store, kestrel, COL_NAME, False)]
    assert shown == [f"Kestrel Bio {i:03d}" for i in range(200 // share - 2)]
    with store.read() as s:
        probed = partner_list._select(kestrel, COL_NAME, True, TODAY, probe=True)
        walked = [r.name for r in s.execute(probed)]
    assert walked == shown
