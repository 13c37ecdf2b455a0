"""Clients in the store: the list searched in SQL (by a contact's name too), archive and
restore as one change each, the client card, and the contacts a team member is picked
from."""

from __future__ import annotations

from cdmo_desktop.domain.enums import EngagementStatus, Phase, Side
from cdmo_desktop.domain.models import Client, Contact, Engagement
from cdmo_desktop.store import Store
from cdmo_desktop.store.clients import (
    ClientRow,
    client_card,
    client_position,
    count_clients,
    engagement_contacts,
    fetch_clients,
    fetch_clients_at,
    fetch_clients_before,
    set_client_archived,
)
from cdmo_desktop.store.engagement_edits import create_client
from tests.store.kickoff_world import World, build_world

PHONE = "+41 61 555 0101"


def _with_contacts(store: Store) -> World:
    world = build_world(store)
    with store.session() as s:
        s.add(Contact(client_id=world.client_id, name="Ana Ruiz", role="VP CMC", email="ana@x.io"))
        s.add(Contact(partner_id=world.partner_id, name="Li Wei", role="PM", phone=PHONE))
        s.add(Contact(partner_id=world.partner_id, name="Beat Frei", role="QA", is_primary=True))
        s.add(Client(name="Dormant Pharma", archived=True))
    return world


def test_the_list_counts_contacts_and_engagements_and_searches_contacts(store: Store) -> None:
    world = _with_contacts(store)
    create_client(store, {"name": "Norrland Pharma", "country": "SE"})
    rows = fetch_clients(store, {})
    assert [r.name for r in rows] == ["Helix Bio", "Norrland Pharma"]
    helix = rows[0]
    assert (helix.id, helix.contacts, helix.engagements, helix.running) == (
        world.client_id,
        1,
        1,
        1,
    )
    assert [r.name for r in fetch_clients(store, {"text": "ana"})] == ["Helix Bio"]
    assert [r.name for r in fetch_clients(store, {"text": "se"})] == ["Norrland Pharma"]
    assert count_clients(store, {"show_archived": True}) == 3
    by_contacts = fetch_clients(store, {}, sort_column=3, descending=True)
    assert by_contacts[0].name == "Helix Bio"


def test_archive_and_restore_are_one_change_each(store: Store) -> None:
    world = _with_contacts(store)
    changeset = set_client_archived(store, world.client_id, True)
    assert changeset.label == "Archive client Helix Bio" and changeset.touches("client")
    assert fetch_clients(store, {}) == []
    card = client_card(store, world.client_id)
    assert card is not None and card.archived and card.archived_at is not None
    assert set_client_archived(store, world.client_id, False).label == "Restore client Helix Bio"
    assert [r.name for r in fetch_clients(store, {})] == ["Helix Bio"]


def test_the_card_lists_people_and_engagements(store: Store) -> None:
    world = _with_contacts(store)
    card = client_card(store, world.client_id)
    assert card is not None
    assert [c.name for c in card.contacts] == ["Ana Ruiz"]
    assert [(e.title, e.partner, e.status) for e in card.engagements] == [
        ("HX-101 process development", "Alpine Synthesis", EngagementStatus.ACTIVE)
    ]
    assert client_card(store, "no such client") is None


def test_people_of_an_engagement_come_from_its_client_and_partner(store: Store) -> None:
    world = _with_contacts(store)
    with store.session() as s:  # another engagement's people stay out
        other = Client(name="Elsewhere Bio")
        s.add(other)
        s.flush()
        s.add(Contact(client_id=other.id, name="Not Here"))
        s.add(
            Engagement(
                title="Other",
                client_id=other.id,
                partner_id=world.partner_id,
                phase=Phase.PRECLINICAL,
            )
        )
    people = engagement_contacts(store, world.engagement_id)
    assert [(p.name, p.side, p.organisation) for p in people] == [
        ("Ana Ruiz", Side.CLIENT, "Helix Bio"),
        ("Beat Frei", Side.PARTNER, "Alpine Synthesis"),  # the primary contact first
        ("Li Wei", Side.PARTNER, "Alpine Synthesis"),
    ]
    assert (people[0].email, people[2].phone, people[2].role) == ("ana@x.io", PHONE, "PM")
    assert engagement_contacts(store, "no such engagement") == []


def _many_clients(store: Store) -> None:
    """Clients with ties in every sort key (names differing only in case, equal counts)."""
    world = build_world(store)
    with store.session() as s:
        for i in range(23):
            name = ("Ärzte Pharma" if i % 5 == 0 else f"client {i % 7}") + ("" if i % 2 else " X")
            client = Client(
                name=name.upper() if i % 3 == 0 else name, country="DE" if i % 2 else ""
            )
            s.add(client)
            s.flush()
            for j in range(i % 4):
                s.add(Contact(client_id=client.id, name=f"P{j}"))
            for j in range(i % 3):
                s.add(
                    Engagement(
                        title=f"E{i}-{j}",
                        client_id=client.id,
                        partner_id=world.partner_id,
                        phase=Phase.PROCESS_DEVELOPMENT,
                    )
                )


def test_pages_seek_by_keyset_in_every_order(store: Store) -> None:
    _many_clients(store)
    filters = {"show_archived": True}
    total = count_clients(store, filters)
    assert total == 24
    for column in range(5):
        for descending in (False, True):
            whole = fetch_clients(store, filters, column, descending, limit=100)
            assert len(whole) == total and len({r.id for r in whole}) == total
            walked: list[ClientRow] = []
            while page := fetch_clients(
                store, filters, column, descending, 5, walked[-1] if walked else None
            ):
                walked += page
            assert walked == whole, (column, descending)
            back: list[ClientRow] = []
            while page := fetch_clients_before(
                store, filters, column, descending, 5, back[0] if back else None
            ):
                back = page + back
            assert back == whole, (column, descending)
            for offset in (0, 3, 11, 20, 23):
                got = fetch_clients_at(store, filters, column, descending, offset, 4)
                assert got == whole[offset : offset + 4], (column, descending, offset)
            for i in (0, 7, 23):
                key = whole[i].id
                assert client_position(store, filters, column, descending, key) == i


def test_the_position_of_a_hidden_client_is_none(store: Store) -> None:
    world = _with_contacts(store)
    set_client_archived(store, world.client_id, True)
    assert client_position(store, {}, 0, False, world.client_id) is None
    assert client_position(store, {"show_archived": True}, 0, False, world.client_id) == 1
