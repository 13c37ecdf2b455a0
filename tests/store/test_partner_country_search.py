"""A search word that names a country ("ke": Kenya's code, "k": Kenya, Kuwait..., "switz",
German "schw"): the register's pages and counts are those of the plain query (the word
matches, or the partner is in a country it names) for every order, filter and direction,
and a count with its first page costs what the word's and the countries' own partners
cost, not the number of partners (store.partner_countries)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain import messages
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import Store, partner_list
from cdmo_desktop.store.partner_list import (
    COL_CONTACT,
    COL_COUNTRY,
    COL_KIND,
    COL_NAME,
    COL_NEXT_AUDIT,
    PartnerFilters,
    country_codes_matching,
)
from tests.conftest import BACKENDS, empty_store_on
from tests.marks_support import vm_steps
from tests.store.test_partner_list import TODAY, _backward, _everyone, _forward, _reference

FILTERS = (
    PartnerFilters(),
    PartnerFilters(archived=True),
    PartnerFilters(kind="cro"),
    PartnerFilters(overdue=True),
    PartnerFilters(region="europe", archived=True),
)
ORDERS = (COL_NAME, COL_KIND, COL_COUNTRY, COL_NEXT_AUDIT, COL_CONTACT)
COUNTRIES = ("KE", "KW", "CH", "IN", "GB", "US", "DE", "KZ", "")
NAMES = (
    [f"Kestrel Bio {i:02d}" for i in range(8)]
    + ["Kenmore Labs", "Indigo Pharma", "Schwarz Chemie", "Switzer Analytics", "United Labs"]
    + [f"Osprey Works {i:02d}" for i in range(14)]
    + ["Alpha Kettle", "Zephyr One", "Zephyr Two", "Meridian CRO"]
)


@pytest.fixture(scope="module", params=BACKENDS)
def countries(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """Partners whose names a country word starts, partners in the countries it names, both
    and neither, with every filter varied. Built once per backend: the tests only read it."""
    with empty_store_on(request.param, request, tmp_path_factory) as store:
        with store.session() as s:
            for i, name in enumerate(NAMES):
                due = TODAY - timedelta(days=10) if i % 3 == 0 else TODAY + timedelta(days=30)
                s.add(
                    Partner(
                        name=name,
                        kind=list(PartnerKind)[i % 4],
                        country=COUNTRIES[i % len(COUNTRIES)],
                        city="Durham",
                        next_audit_due=due,
                        last_audit_date=due - timedelta(days=365),
                        primary_contact=f"Contact {i % 5}",
                        archived=i % 7 == 5,
                    )
                )
        yield store


def _plain(store: Store, f: PartnerFilters) -> set[str]:
    """The ids of the partners `f` keeps, by one plain query: the filters', and for each word
    "it starts a word (the full-text condition) or the partner is in a country it names"."""
    p = partner_list._table()
    name = store.engine.dialect.name
    where = partner_list.conditions(replace_text(f), TODAY, dialect_name=name)
    words, quantities = f.terms
    if quantities:
        where.append(partner_list._matching(p, "", quantities, name))
    for word in words:
        found = partner_list._matching(p, word, [], name)
        codes = country_codes_matching(word)
        where.append(sa.or_(found, p.c.country.in_(codes)) if codes else found)
    with store.engine.connect() as conn:
        return {str(r[0]) for r in conn.execute(sa.select(p.c.id).where(*where))}


def replace_text(f: PartnerFilters) -> PartnerFilters:
    return PartnerFilters(**{**f.__dict__, "text": ""})


def _assert_like_the_plain_query(store: Store, words: tuple[str, ...]) -> None:
    everyone = [r for r, _text in _everyone(store)]
    for word in words:
        assert any(country_codes_matching(w) for w in word.split()), word
        for base in FILTERS:
            f = PartnerFilters(**{**base.__dict__, "text": word})
            plain = _plain(store, f)
            kept = [r for r in everyone if r.id in plain]
            with store.read() as s:
                assert partner_list.count(s, f, TODAY) == len(kept), f
            for col in ORDERS:
                for desc in (False, True):
                    expected = _reference(kept, col, desc)
                    assert [r.id for r in _forward(store, f, col, desc, 4)] == expected, (f, col)
                    assert [r.id for r in _backward(store, f, col, desc, 4)] == expected, (f, col)
            with store.read() as s:
                got = partner_list.fetch_at(s, f, COL_NAME, False, 2, 3, TODAY)
            assert [r.id for r in got] == _reference(kept, COL_NAME, False)[2:5], f


def test_a_country_word_reads_what_the_plain_query_finds(countries: Store) -> None:
    """Kenya's code, the start of several countries' names, of a country and of a name,
    a country word after a plain one, two country words: every filter, order, direction."""
    _assert_like_the_plain_query(
        countries, ("ke", "k", "in", "switz", "united", "kestrel ke", "ke 2000 l")
    )
    _assert_like_the_plain_query(countries, ("k in", "ke ke"))


def test_a_german_country_word_reads_what_the_plain_query_finds(countries: Store) -> None:
    """ "schw" starts "Schweiz" (Switzerland as shown in German) and "Schwarz Chemie"."""
    before = messages.reader_language()
    messages.read_in("de")
    try:
        assert "CH" in country_codes_matching("schw")
        _assert_like_the_plain_query(countries, ("schw",))
    finally:
        messages.read_in(before)


@pytest.mark.sqlite_only  # SQLite's steps
def test_a_country_word_costs_what_its_partners_do(store: Store) -> None:
    """The count and first page of "ke" (Kenya's code, and the start of 12 names) cost about
    the SQLite steps of "kestrel" (the same 12 names), not those of the 3,000 other
    partners (read one by one while the country was an OR no index answered: 82,753
    steps against 2,022)."""
    with store.session() as s:
        for i in range(12):
            s.add(Partner(name=f"Kestrel Bio {i:02d}", kind=PartnerKind.CRO, country="DE"))
        for i in range(6):
            s.add(Partner(name=f"Nairobi Labs {i:02d}", kind=PartnerKind.LAB, country="KE"))
        for i in range(3000):
            s.add(Partner(name=f"Osprey Works {i:04d}", kind=PartnerKind.CMO, country="US"))
    costs = {}
    for word in ("kestrel", "ke"):
        f = PartnerFilters(text=word)
        with vm_steps(store) as counted, store.read() as s:
            n = partner_list.count(s, f, TODAY)
            rows = partner_list.fetch(s, f, COL_NAME, False, 10, TODAY, matches=n)
            assert len(rows) == 10
            partner_list.fetch(s, f, COL_COUNTRY, True, 10, TODAY, matches=n)
        costs[word] = counted[0]
        assert n == (12 if word == "kestrel" else 18)
    assert costs["ke"] < 1.5 * costs["kestrel"] + 500, costs
