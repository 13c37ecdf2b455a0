"""The partner register's maintained counts on a team server (revision
0032_server_partner_tallies): every write path keeps `partner_tally` and
`partner_scale_tally` equal to count(*) over the partners (create, each counted field
edited, a site's scales, archive and restore, undo of a creation, erasure, an import), the
register counts and places a row from them, not from the partners, for who sees every row,
and a consultant, who may not read them, gets the same counts from the rows."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import psycopg
import pytest

from cdmo_desktop.store import Store, partner_list
from cdmo_desktop.store.erasure import erase_record
from cdmo_desktop.store.partner_edits import create_partner, save_child, save_partner, set_archived
from cdmo_desktop.store.partner_list import COL_KIND, COL_QUALIFICATION, PartnerFilters
from cdmo_desktop.store.partners import register_count, register_fetch, register_locate
from cdmo_desktop.store.record_imports import ImportEntry, write_import
from tests.server_support import Team, seeded_team
from tests.tally_support import drift, statements_run, tally_rows

TODAY = date(2026, 12, 5)
PARTNERS: tuple[dict[str, Any], ...] = (
    {"name": "Acme Fill", "kind": "cdmo", "country": "DE", "scales": "kg; 100 kg"},
    {"name": "Birch Labs", "kind": "lab", "country": "", "scales": "mg"},
    {"name": "Cedar CRO", "kind": "cro", "country": "JP", "scales": ""},
    {
        "name": "Delta Make",
        "kind": "cmo",
        "country": "DE",
        "scales": "t; g",
        "qualification_status": "approved",
    },
)
# Each counted value of a partner, and a value to move it to.
EDITS: tuple[dict[str, Any], ...] = (
    {"kind": "cro"},
    {"country": "US"},  # the region is the country's
    {"country": ""},
    {"qualification_status": "qualified"},
    {"scales": "g; t"},
    {"scales": ""},
    {"notes": "No count moves"},
)
FILTERS = (
    PartnerFilters(),
    PartnerFilters(archived=True),
    PartnerFilters(kind="cdmo"),
    PartnerFilters(region="europe", archived=True),
    PartnerFilters(qualification="approved"),
    PartnerFilters(scale="kg"),
    PartnerFilters(scale="t", kind="cmo"),
)


def _exact(store: Store) -> None:
    assert drift(store.engine) == {}


def _add(store: Store, values: dict[str, Any]) -> str:
    pid = str(uuid.uuid4())
    create_partner(store, pid, values)
    return pid


def _listed(store: Store) -> int:
    with store.read() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM partner").scalar_one())


def test_every_partner_write_keeps_the_tallies_exact(pg_store: Store) -> None:
    store = pg_store
    ids = [_add(store, values) for values in PARTNERS]
    _exact(store)
    assert tally_rows(store.engine, "partner_tally") == len(PARTNERS)
    assert tally_rows(store.engine, "partner_scale_tally") == 5  # kg, 100 kg, mg, t, g
    for changes in EDITS:
        done = save_partner(store, ids[0], changes)
        _exact(store)
        store.replay(done.before, "Undo", current=done.after)
        _exact(store)
        store.replay(done.after, "Redo", current=done.before)
        _exact(store)
    # A site's scales are the partner's too (its stored scale keys).
    pune = {"name": "Pune", "scales": "kg"}
    site = save_child(store, ids[2], "site", str(uuid.uuid4()), pune, label="Add site")
    _exact(store)
    assert register_count(store, PartnerFilters(scale="kg"), TODAY) == 1
    store.replay(site.before, "Undo site", current=site.after)
    _exact(store)
    archived = set_archived(store, ids[1], True)
    _exact(store)
    set_archived(store, ids[1], False)
    _exact(store)
    store.replay(archived.after, "Redo archive")
    _exact(store)
    created = create_partner(store, "p-gone", {"name": "Gone", "kind": "lab", "scales": "mg"})
    _exact(store)
    store.replay(created.before, "Undo create", current=created.after)  # deletes the row
    _exact(store)
    erase_record(store, "partner", ids[3], ["scales"], "The partner asked")
    _exact(store)
    assert register_count(store, PartnerFilters(scale="t"), TODAY) == 0
    assert tally_rows(store.engine, "partner_tally") == _listed(store) == len(PARTNERS)


def test_an_import_and_its_undo_keep_the_tallies_exact(pg_store: Store) -> None:
    store = pg_store
    first = _add(store, PARTNERS[0])
    entries = [
        ImportEntry(
            "partner",
            str(uuid.uuid4()),
            {"name": f"Imported {i}", "kind": ("cro", "lab")[i % 2], "scales": "kg; t"},
            new=True,
        )
        for i in range(6)
    ]
    entries.append(ImportEntry("partner", first, {"kind": "lab", "scales": "mg"}))
    done = write_import(store, "Import partners", entries, reason="partners.csv")
    _exact(store)
    assert tally_rows(store.engine, "partner_tally") == 7
    assert register_count(store, PartnerFilters(scale="kg"), TODAY) == 6
    assert register_count(store, PartnerFilters(kind="lab"), TODAY) == 4
    store.replay(done.before, "Undo import", current=done.after)
    _exact(store)
    assert tally_rows(store.engine, "partner_tally") == 1


_READS_PARTNERS = re.compile(r"\b(FROM|JOIN)\s+partner\b(?!_)", re.IGNORECASE)


def _counts(store: Store) -> list[int]:
    return [register_count(store, f, TODAY) for f in FILTERS]


def test_the_register_counts_from_the_tallies_not_the_partners(pg_store: Store) -> None:
    store = pg_store
    ids = [_add(store, values) for values in PARTNERS]
    set_archived(store, ids[0], True)
    seen = statements_run(store.engine)
    assert _counts(store) == [3, 4, 0, 2, 1, 0, 1]
    assert any("partner_tally" in s for s in seen)
    assert any("partner_scale_tally" in s for s in seen)
    assert not [s for s in seen if _READS_PARTNERS.search(s)]


@pytest.mark.parametrize("column", [COL_KIND, COL_QUALIFICATION])
@pytest.mark.parametrize("descending", [False, True])
def test_a_place_sorted_by_kind_or_status_sums_the_groups_before_it(
    pg_store: Store, column: int, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = pg_store
    monkeypatch.setattr(partner_list, "NEAR", 2)  # no row is near an end: each is placed
    for i in range(3):
        for values in PARTNERS:
            _add(store, {**values, "name": f"{values['name']} {i}"})
    sort = (column, descending)
    every = [r.id for r in register_fetch(store, PartnerFilters(), sort, 100, TODAY)]
    seen = statements_run(store.engine)
    for at, pid in enumerate(every):
        found = register_locate(store, PartnerFilters(), sort, pid, TODAY)
        assert found is not None and found[0] == at
    assert any("partner_tally" in s for s in seen)


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    with seeded_team(pg_url) as t:
        yield t


def test_a_consultant_counts_the_rows_and_gets_the_same_counts(team: Team) -> None:
    with team.admin_store() as store:
        for values in PARTNERS:
            _add(store, values)
    alice = team.new_login("alice", "Acme Pharma")
    with team.store_as(alice) as store:
        _add(store, {"name": "Alice's find", "kind": "cdmo", "scales": "kg"})
        seen = statements_run(store.engine)
        counted = _counts(store)
    assert not [s for s in seen if "_tally" in s]
    # The seeded team's shared partner, the four above and Alice's.
    assert counted == [6, 6, 3, 2, 1, 2, 1]
    assert drift(team.admin_engine()) == {}  # the consultant's write counted for every login
    with team.psycopg_as(alice) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT sum(n) FROM partner_scale_tally")
    admin = team.new_login("root", None, role="admin")
    with team.store_as(admin) as store:
        seen = statements_run(store.engine)
        assert _counts(store) == counted
    assert any("partner_tally" in s for s in seen)
