"""The long choice lists (every partner, every client) read a page at a time give what a
plain sort of every listed row gives: the same rows in the same order whatever the pages,
the row of each value, and the row a typed prefix reaches, with archived rows left out
but the one a form holds kept, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.enums import PartnerKind, Phase, RiskCategory
from cdmo_desktop.domain.models import Client, Engagement, Partner, Risk
from cdmo_desktop.store import choice_lists
from cdmo_desktop.store.choice_lists import Listing

PARTNER_NAMES = ("Alpine Synthesis", "alpine Labs", "Basel Biologics", "Kestrel CDMO", "Zeta")
CLIENT_NAMES = ("Helix Bio", "helix Pharma", "Norrland", "Acme", "zenith")


@pytest.fixture
def lists(store):
    """Partners and clients, some archived; (partner ids, client ids) by name."""
    with store.session() as s:
        partners = [
            Partner(name=f"{name} {i}", kind=PartnerKind.CRO, country="DE", archived=i % 4 == 3)
            for name in PARTNER_NAMES
            for i in range(5)
        ]
        clients = [
            Client(name=f"{name} {i}", archived=i % 3 == 2)
            for name in CLIENT_NAMES
            for i in range(4)
        ]
        s.add_all(partners + clients)
        s.flush()
        return (
            {p.name: (p.id, p.archived) for p in partners},
            {c.name: (c.id, c.archived) for c in clients},
        )


def expected(made: dict[str, tuple[str, bool]], which: str, keep: str | None, out: tuple):
    key = derive.name_key if which == "partner" else str.lower
    shown = [
        (key(name), cid, name)
        for name, (cid, archived) in made.items()
        if (not archived or cid == keep) and cid not in out
    ]
    return [(cid, name) for _k, cid, name in sorted(shown)]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    which=st.sampled_from(("partner", "client")),
    page=st.integers(min_value=1, max_value=7),
    keep_at=st.integers(min_value=0, max_value=19),
    leave=st.integers(min_value=0, max_value=3),
    typed=st.sampled_from(("", "a", "AL", "alpine l", "hel", "Z", "zz", "k", "n")),
)
def test_pages_rows_and_type_ahead_follow_a_plain_sort(
    store, lists, which, page, keep_at, leave, typed
) -> None:
    made = lists[0] if which == "partner" else lists[1]
    ids = [cid for cid, _archived in made.values()]
    keep = ids[keep_at % len(ids)]
    out = tuple(ids[1 : 1 + leave])
    listing = Listing(which, keep=keep, leave_out=out)
    want = expected(made, which, keep, out)
    assert choice_lists.count(store, listing) == len(want)
    got: list[tuple[str, str]] = []
    for offset in range(0, len(want) + page, page):
        got += [(c.id, c.name) for c in choice_lists.rows(store, listing, offset, page)]
    assert got == want
    for row, (cid, _name) in enumerate(want):
        assert choice_lists.row_of(store, listing, cid) == row
    for cid in out:
        assert choice_lists.row_of(store, listing, cid) is None
    if typed:
        key = derive.name_key if which == "partner" else str.lower
        first = next(
            (row for row, (_c, name) in enumerate(want) if key(name) >= key(typed)), len(want)
        )
        assert choice_lists.row_from(store, listing, typed) == first


def test_a_partner_row_shows_its_kind(store, lists) -> None:
    first = choice_lists.rows(store, Listing("partner"), 0, 1)[0]
    assert (first.name, first.detail) == ("alpine Labs 0", "CRO")


def test_the_risk_engagement_list_keeps_an_archived_engagement_with_risks(store) -> None:
    """The risk register's engagement filter: engagements by title (case ignored), an
    archived one only while risks are still filed under it."""
    with store.session() as s:
        client = Client(name="Helix Bio")
        partner = Partner(name="Alpine Synthesis", kind=PartnerKind.CDMO, country="CH")
        s.add_all([client, partner])
        s.flush()
        made = {
            title: Engagement(
                title=title,
                client_id=client.id,
                partner_id=partner.id,
                phase=Phase.PRECLINICAL,
                archived=archived,
            )
            for title, archived in (("beta fill", False), ("Alpha tox", False), ("Gamma", True))
        }
        s.add_all(made.values())
        s.flush()
        ids = {title: e.id for title, e in made.items()}
    listing = Listing("risk engagement")
    shown = [c.name for c in choice_lists.rows(store, listing, 0, 10)]
    assert shown == ["Alpha tox", "beta fill"]
    assert choice_lists.row_from(store, listing, "BE") == 1
    with store.session() as s:
        s.add(
            Risk(
                engagement_id=ids["Gamma"],
                title="Late batch",
                number=1,
                category=RiskCategory.SUPPLY,
                likelihood=2,
                impact=3,
            )
        )
    shown = [c.name for c in choice_lists.rows(store, listing, 0, 10)]
    assert shown == ["Alpha tox", "beta fill", "Gamma"]
    assert choice_lists.row_of(store, listing, ids["Gamma"]) == 2
    # One can import into engagements that are not archived, risks or not.
    shown = [c.name for c in choice_lists.rows(store, Listing("engagement"), 0, 10)]
    assert shown == ["Alpha tox", "beta fill"]
