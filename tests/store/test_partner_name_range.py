"""A one-word search for the start of partners' names, read as a range of the name order
(store.partner_name_range): the same pages and counts as the plain search for every order,
filter and direction, through renames, archiving and new partners; names whose spelling
sorts with the word but does not match it ("Keßler" with "kess", the ligature "ﬅ" with
"st") or matches that are not at a name's start keep the plain search; a broad search's
first page and count cost about what a narrow one's do."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import (
    Store,
    partner_edits,
    partner_list,
    partner_locate,
    partner_marks,
    partner_name_range,
)
from cdmo_desktop.store.partner_list import (
    COL_CONTACT,
    COL_COUNTRY,
    COL_KIND,
    COL_NAME,
    COL_NEXT_AUDIT,
    PartnerFilters,
)
from cdmo_desktop.store.partner_name_range import FOLDED_APART, name_range, spellings
from tests.marks_support import vm_steps
from tests.store.test_partner_list import (
    TODAY,
    _backward,
    _everyone,
    _forward,
    _reference,
)

_ASCII = "abcdefghijklmnopqrstuvwxyz0123456789"
FILTERS = (
    PartnerFilters(),
    PartnerFilters(archived=True),
    PartnerFilters(kind="cro"),
    PartnerFilters(overdue=True),
    PartnerFilters(region="europe", archived=True),
)
WORDS = ("kestrel", "kess", "gross", "k", "zephyr", "keu")
ORDERS = (COL_NAME, COL_KIND, COL_COUNTRY, COL_NEXT_AUDIT, COL_CONTACT)
NAMES = (
    [f"Kestrel Bio {i:02d}" for i in range(14)]
    + [f"kestrel-works {i}" for i in range(3)]
    + ["KestrelLab", "Kessel Pharma", "Keßler Labs", "Keﬅrel Analytics"]
    + ["Grossmann AG", "Großmann GmbH", "Gross Pharma", "Alpha Kestrel", "Késtrel Chemie"]
    + ["Zephyr One", "Zephyr Two", "Kéutel"]
)


def _fill(store: Store) -> None:
    with store.session() as s:
        for i, name in enumerate(NAMES):
            due = TODAY - timedelta(days=10) if i % 3 == 0 else TODAY + timedelta(days=30)
            s.add(
                Partner(
                    name=name,
                    kind=list(PartnerKind)[i % 4],
                    country=("DE", "US", "CH")[i % 3],
                    city="Durham",
                    next_audit_due=due,
                    last_audit_date=due - timedelta(days=365),
                    archived=i % 7 == 5,
                )
            )


def _plain(store: Store, f: PartnerFilters) -> set[str]:
    """The ids of the partners `f` keeps, by one plain query: the full-text condition and
    the filters' (store.partner_list.conditions), no page, no range."""
    p = partner_list._table()
    where = partner_list.conditions(f, TODAY, dialect_name=store.engine.dialect.name)
    with store.engine.connect() as conn:
        return {str(r[0]) for r in conn.execute(sa.select(p.c.id).where(*where))}


def _assert_like_the_plain_search(store: Store) -> None:
    everyone = [r for r, _text in _everyone(store)]
    for word in WORDS:
        for base in FILTERS:
            f = PartnerFilters(**{**base.__dict__, "text": word})
            plain = _plain(store, f)
            kept = [r for r in everyone if r.id in plain]
            for col in ORDERS:
                for desc in (False, True):
                    expected = _reference(kept, col, desc)
                    assert [r.id for r in _forward(store, f, col, desc, 6)] == expected, (f, col)
                    assert [r.id for r in _backward(store, f, col, desc, 6)] == expected, (f, col)
            with store.read() as s:
                assert partner_list.count(s, f, TODAY) == len(kept), f
                got = partner_list.fetch_at(s, f, COL_NAME, False, 2, 3, TODAY)
                named = _reference(kept, COL_NAME, False)
                assert [r.id for r in got] == named[2:5], f
                for at in {0, len(named) // 2, len(named) - 1} if named else ():
                    place = partner_locate.position(s, f, COL_NAME, False, named[at], TODAY)
                    assert place == at, f
                hidden = [r.id for r in everyone if r.id not in plain][:2]
                for key in hidden:
                    assert partner_locate.position(s, f, COL_NAME, True, key, TODAY) is None, f


def test_a_name_start_search_reads_what_the_plain_search_finds_through_writes(
    store: Store,
) -> None:
    """Every search word, filter, order and direction: the pages forward, backward and by
    jump, and the count, are those of the partners a plain search keeps, before and after
    partners are renamed into and out of a word's names, archived and added."""
    _fill(store)
    if store.engine.dialect.name == "sqlite":  # read as a range, or not
        with store.read() as s:
            assert name_range(s, "partner_fts", "zephyr") == ("zephyr", "zephys")
            assert name_range(s, "partner_fts", "kestrel") is None
    _assert_like_the_plain_search(store)
    with store.read() as s:
        rows = partner_list.fetch(s, PartnerFilters(archived=True), COL_NAME, False, 40, TODAY)
    by_name = {r.name: r.id for r in rows}
    partner_edits.set_archived(store, by_name["Kestrel Bio 03"], True)
    partner_edits.set_archived(store, by_name["Kestrel Bio 12"], True)
    with store.session() as s:
        renamed = s.get(Partner, by_name["Alpha Kestrel"])
        assert renamed is not None
        renamed.name = "Kestrel Alpha"
        gone = s.get(Partner, by_name["Kestrel Bio 07"])
        assert gone is not None
        gone.name = "Zephyr Seven"
        for old, new in (("Késtrel Chemie", "Chemie Nord"), ("Keﬅrel Analytics", "Keﬅ Analytics")):
            found = s.get(Partner, by_name[old])
            assert found is not None
            found.name = new
        s.add(Partner(name="Kestrel Late", kind=PartnerKind.CRO, country="DE"))
        s.add(Partner(name="Keszthely Labs", kind=PartnerKind.LAB, country="CH"))
    if store.engine.dialect.name == "sqlite":  # "kestrel" now finds only names it starts
        with store.read() as s:
            assert name_range(s, "partner_fts", "kestrel") == ("kestrel", "kestrem")
    _assert_like_the_plain_search(store)


@pytest.mark.sqlite_only  # the range and the marks are SQLite's
def test_only_a_word_finding_just_the_names_it_starts_is_read_as_a_range(store: Store) -> None:
    """ "kestrel" finds "Alpha Kestrel" and "Késtrel Chemie" (outside the range of names
    starting with it) until they are gone; "kess" sorts "Keßler" among its names, which it
    does not match; a name spelt with a ligature does the same for "kest"."""
    with store.session() as s:
        for i in range(6):
            s.add(Partner(name=f"Kestrel Bio {i}", kind=PartnerKind.CRO))
        s.add(Partner(name="Alpha Kestrel", kind=PartnerKind.CRO))
        s.add(Partner(name="Kessel Pharma", kind=PartnerKind.CRO))
    with store.read() as s:
        assert name_range(s, "partner_fts", "kestrel") is None
        assert name_range(s, "partner_fts", "kess") == ("kess", "kest")
    with store.session() as s:
        s.add(Partner(name="Keßler Labs", kind=PartnerKind.CRO))
    with store.read() as s:
        assert name_range(s, "partner_fts", "kess") is None
        assert name_range(s, "partner_fts", "kessel") == ("kessel", "kessem")
    with store.read() as s:
        alpha = partner_list.fetch(s, PartnerFilters(text="alpha"), COL_NAME, False, 5, TODAY)
    partner_edits.save_partner(store, alpha[0].id, {"name": "Kestrel Alpha"})
    with store.read() as s:
        assert name_range(s, "partner_fts", "kestrel") == ("kestrel", "kestrem")
        assert name_range(s, "partner_fts", "kest") == ("kest", "kesu")
    with store.session() as s:
        s.add(Partner(name="Keﬅrel Analytics", kind=PartnerKind.CRO))
    with store.read() as s:
        assert name_range(s, "partner_fts", "kest") is None


def test_the_other_spellings_are_those_the_word_index_keeps_apart() -> None:
    """FOLDED_APART holds every letter that case folding turns into ASCII letters (first)
    and the word index (unicode61, diacritics removed) does not match as them; `spellings`
    puts them in place of those letters, at the end of the word too."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    apart: dict[str, set[str]] = {}
    for code in range(0x80, 0x110000):
        letter = chr(code)
        folded = letter.casefold()
        ascii_start = folded[: len(folded) - len(folded.lstrip(_ASCII))]
        if not ascii_start:
            continue
        conn.execute("DELETE FROM t")
        conn.execute("INSERT INTO t(x) VALUES (?)", (f"a{letter}b",))
        found = conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (f'"a{ascii_start}"*',))
        if not found.fetchone()[0]:
            apart.setdefault(folded, set()).add(letter)
    assert apart == {k: set(v) for k, v in FOLDED_APART.items()}
    assert set(spellings("kess") or []) == {"keß", "keẞ", "kesß", "kesẞ", "kesﬅ", "kesﬆ"}
    assert spellings("alpha") == ["alphẚ"]
    assert spellings("bio") == []


@pytest.mark.sqlite_only  # SQLite's steps
def test_a_broad_name_search_costs_what_a_narrow_one_does(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted by name, the first page and the count of a word starting 1,200 names cost
    about the SQLite steps of one starting 12 (read from every match, they grew with
    them)."""
    monkeypatch.setattr(partner_marks, "SPAN", 32)
    with store.session() as s:
        for i in range(1200):
            s.add(Partner(name=f"Kestrel Bio {i:04d}", kind=PartnerKind.CRO))
        for i in range(12):
            s.add(Partner(name=f"Osprey Labs {i:02d}", kind=PartnerKind.LAB))
        for i in range(300):
            s.add(Partner(name=f"Zephyr Pharma {i:03d}", kind=PartnerKind.CMO))
    with store.engine.begin() as conn:
        partner_marks.rebuild(conn)
    costs = {}
    for word in ("osprey", "kestrel"):
        f = PartnerFilters(text=word)
        with store.read() as s:  # the word's whole words read once, as typing does
            partner_list.count(s, f, TODAY)
        partner_name_range._decided.clear()  # whether it is a range: weighed again
        with vm_steps(store) as counted, store.read() as s:
            n = partner_list.count(s, f, TODAY)
            rows = partner_list.fetch(s, f, COL_NAME, False, 10, TODAY, matches=n)
        assert len(rows) == 10 and all(word in r.name.lower() for r in rows)
        costs[word] = counted[0]
    assert costs["kestrel"] < 1.5 * costs["osprey"] + 200, costs
