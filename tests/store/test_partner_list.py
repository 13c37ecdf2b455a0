"""The partner register query: search, every filter, every column's order in both
directions through each reading strategy (index walk, segments, key set), and paging."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from cdmo_desktop.domain import geo
from cdmo_desktop.domain.enums import (
    EngagementStatus,
    PartnerKind,
    Phase,
    QualificationStatus,
)
from cdmo_desktop.domain.models import Client, Contact, Engagement, Partner, PartnerSite
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.derived_partners import refresh_search_extra
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
    PartnerList,
    PartnerListRow,
)

TODAY = date(2026, 11, 20)
COUNTRIES = ["CH", "DE", "US", "IN", "CN", "CA", "GB", "BR", ""]


@pytest.fixture(scope="module")
def register(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """40 partners with every column varied (and ties), some with sites, contacts,
    active engagements; two archived. Built once: the tests only read it."""
    path = tmp_path_factory.mktemp("register") / "register.sqlite"
    shutil.copy(empty_template, path)
    store = open_store(path, user="Test Consultant")
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
    yield store
    store.close()


def _all(store: Store, query: PartnerList, f: PartnerFilters, col: int, desc: bool, page: int = 7):
    out: list[PartnerListRow] = []
    with store.read() as s:
        total = query.count(s, f, TODAY)
        while len(out) < total:
            got = query.page(s, f, col, desc, len(out), page, TODAY)
            assert got, "a page came back empty before the count was reached"
            out.extend(got)
    return out


def _reference(rows: list[PartnerListRow], col: int, desc: bool) -> list[str]:
    rank = {code: i for i, (code, _n) in enumerate(geo.countries())}

    def key(r: PartnerListRow) -> tuple:
        name = r.name.casefold()
        if col == COL_NAME:
            return (name,)
        if col == COL_COUNTRY:
            return (rank.get(r.country, 10**6), name)
        value = {
            COL_KIND: r.kind,
            COL_REGION: r.region,
            COL_QUALIFICATION: r.qualification_status,
            COL_NEXT_AUDIT: r.next_audit_due,
            COL_ACTIVE: r.active_engagements,
            COL_CONTACT: r.primary_contact or None,
        }[col]
        return (value, name)

    if col == COL_COUNTRY:
        with_country = sorted((r for r in rows if r.country), key=key, reverse=desc)
        return [r.id for r in with_country] + [
            r.id for r in sorted((r for r in rows if not r.country), key=key, reverse=desc)
        ]
    filled = sorted((r for r in rows if key(r)[0] is not None), key=key, reverse=desc)
    empty = sorted(
        (r for r in rows if key(r)[0] is None), key=lambda r: r.name.casefold(), reverse=desc
    )
    return [r.id for r in filled + empty]


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
    ids=["walk", "walk-archived", "walk-filtered", "keyset"],
)
def test_every_column_sorts_in_sql_like_the_reference(register, col, desc, filters) -> None:
    rows = _all(register, PartnerList(), filters, col, desc)
    expected = {
        PartnerFilters(): 38,
        PartnerFilters(archived=True): 40,
        PartnerFilters(qualification="approved", archived=True): 7,
        PartnerFilters(text="labs"): 38,
    }[filters]
    assert len({r.id for r in rows}) == len(rows) == expected
    assert [r.id for r in rows] == _reference(rows, col, desc)


def test_country_sorts_by_name_not_code(register) -> None:
    rows = _all(register, PartnerList(), PartnerFilters(), COL_COUNTRY, False)
    names = [geo.country_name(r.country) for r in rows if r.country]
    assert names == sorted(names)
    assert names[0] == "Brazil" and rows[-1].country == ""  # no country: last


def test_search_matches_each_kind_of_field(register) -> None:
    q = PartnerList()

    def numbers(text: str) -> set[int]:
        rows = _all(register, q, PartnerFilters(text=text), COL_NAME, False)
        return {int(r.name[-2:]) for r in rows}

    live = set(range(40)) - {3, 17}
    assert numbers("Labs 07") == {7}  # name, any case
    assert numbers("scale-up") == {i for i in live if i % 3 == 0}  # capability
    assert numbers("basel") == {i for i in live if i % 7 == 0}  # city
    assert numbers("visp") == {i for i in live if i % 6 == 0}  # a site's city
    assert numbers("pilot plant") == numbers("visp")  # a site's name
    assert numbers("quist-12") == {12}  # a contact's name
    assert numbers("germany") == {i for i in live if i % 9 == 1}  # country by name
    assert numbers("de") >= numbers("germany")  # ... and by code
    assert numbers("switz") == {i for i in live if i % 9 == 0}
    assert numbers("basel scale-up") == {0, 21}  # every word must match
    assert numbers("100%") == set()  # LIKE wildcards are taken literally
    assert numbers("nothing-like-this") == set()


def test_each_filter(register) -> None:
    q = PartnerList()
    everyone = _all(register, q, PartnerFilters(archived=True), COL_NAME, False)
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
        got = {r.id for r in _all(register, q, f, COL_NEXT_AUDIT, True)}
        expected = {r.id for r in everyone if keep(r)}
        assert got == expected, f
        assert expected, f"fixture has no rows for {f}"


def test_row_columns_come_from_sql(register) -> None:
    rows = _all(register, PartnerList(), PartnerFilters(archived=True), COL_NAME, False)
    by_number = {int(r.name[-2:]): r for r in rows}
    assert by_number[2].active_engagements == 2  # two active, none closed
    assert by_number[4].active_engagements == 1
    assert by_number[5].primary_contact == ""  # i % 4 == 1: no primary contact
    assert by_number[4].primary_contact.startswith("Contact ")
    assert by_number[3].archived and by_number[2].region == "north_america"


def test_invalidate_reads_new_rows(store: Store) -> None:
    q = PartnerList()
    f = PartnerFilters(text="newcomer")
    with store.read() as s:
        assert q.count(s, f, TODAY) == 0
    with store.session() as s:
        s.add(Partner(name="Newcomer Bio", kind=PartnerKind.CRO))
    with store.read() as s:
        assert q.count(s, f, TODAY) == 0  # cached until invalidated
        q.invalidate()
        assert q.count(s, f, TODAY) == 1
