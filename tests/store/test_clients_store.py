"""Clients in the store: the list searched in SQL (by a contact's name too), archive and
restore as one change each, the client card, and the contacts a team member is picked
from."""

from __future__ import annotations

from cdmo_desktop.domain.enums import EngagementStatus, Phase, Side
from cdmo_desktop.domain.models import Client, Contact, Engagement
from cdmo_desktop.store import Store
from cdmo_desktop.store.clients import (
    client_card,
    count_clients,
    engagement_contacts,
    fetch_clients,
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
