"""Engagement list queries (search, filters, sort, archive), choices and register filters."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import col, func, select

from cdmo_desktop.domain.enums import ActionStatus, EngagementStatus, Phase, Rag, Side
from cdmo_desktop.domain.models import ActionItem, Client, Engagement, Partner
from cdmo_desktop.store import choice_lists
from cdmo_desktop.store.choice_lists import Listing
from cdmo_desktop.store.engagement_edits import archive_engagement
from cdmo_desktop.store.engagements import (
    agreement_choices,
    client_name_taken,
    count_engagements,
    decision_gates,
    fetch_engagements,
    get_engagement_row,
    listed_engagements,
)
from cdmo_desktop.store.workspace import is_overdue, list_actions
from tests.store.kickoff_world import build_world

TODAY = date(2026, 11, 20)


def add_more(store, world) -> None:
    other = Client(name="Norrland Pharma")
    with store.session() as s:
        s.add(other)
        s.flush()
        s.add_all(
            [
                Engagement(
                    title="NP-7 tox supply",
                    client_id=other.id,
                    partner_id=world.partner_id,
                    phase=Phase.PRECLINICAL,
                    status=EngagementStatus.PLANNED,
                    start_date=date(2027, 1, 10),
                    rag=Rag.RED,
                ),
                Engagement(
                    title="HX-101 route scouting",
                    client_id=world.client_id,
                    partner_id=world.partner_id,
                    phase=Phase.DISCOVERY,
                    status=EngagementStatus.CLOSED,
                    start_date=date(2025, 5, 1),
                    end_date=date(2025, 12, 1),
                    rag=Rag.GREEN,
                    archived=True,
                ),
            ]
        )


def titles(store, filters, sort=0, desc=False) -> list[str]:
    rows = fetch_engagements(store, filters, sort, desc)
    assert count_engagements(store, filters) == len(rows)
    return [r.title for r in rows]


def test_search_matches_words_in_title_client_or_partner(store) -> None:
    add_more(store, build_world(store))
    assert titles(store, {"text": "norrland"}) == ["NP-7 tox supply"]
    assert titles(store, {"text": "alpine hx-101"}) == ["HX-101 process development"]
    assert titles(store, {"text": "100%"}) == []  # LIKE wildcards are literal


def test_archived_engagements_are_hidden_unless_asked_for(store) -> None:
    add_more(store, build_world(store))
    assert "HX-101 route scouting" not in titles(store, {})
    assert "HX-101 route scouting" in titles(store, {"show_archived": True})
    assert titles(store, {"archived_only": True}) == ["HX-101 route scouting"]


def test_filters_and_sorts_run_in_sql(store) -> None:
    world = build_world(store)
    add_more(store, world)
    assert titles(store, {"status": "planned"}) == ["NP-7 tox supply"]
    assert titles(store, {"client_id": world.client_id}) == ["HX-101 process development"]
    everything = {"show_archived": True}
    # phase sorts in lifecycle order, not alphabetically
    assert titles(store, everything, sort=4) == [
        "HX-101 route scouting",
        "NP-7 tox supply",
        "HX-101 process development",
    ]
    assert titles(store, everything, sort=8)[0] == "NP-7 tox supply"  # red first
    assert titles(store, everything, sort=7, desc=True)[-1] == "NP-7 tox supply"  # no end date


def test_row_carries_names_and_program(store) -> None:
    world = build_world(store)
    row = get_engagement_row(store, world.engagement_id)
    assert row is not None and row.client == "Helix Bio" and row.partner == "Alpine Synthesis"
    assert row.program_compound == "HX-101 · HX-101 free base"


def test_archiving_is_an_update_that_undo_reverts(store) -> None:
    world = build_world(store)
    archived = archive_engagement(store, world.engagement_id)
    assert titles(store, {}) == []
    store.replay(archived.before, "Undo")
    assert titles(store, {}) == ["HX-101 process development"]


def test_the_filter_choices_read_columns_not_records(store) -> None:
    """The engagement list's partner and client filters list every partner and client:
    their names are read as plain columns, no record object per partner (four times
    less work at 10,000 partners)."""
    world = build_world(store)
    loaded: list[object] = []

    def note(target: object, _context: object) -> None:
        loaded.append(target)

    for model in (Partner, Client):
        sa.event.listen(model, "load", note)
    try:
        partners = choice_lists.rows(store, Listing("partner"), 0, 100)
        clients = choice_lists.rows(store, Listing("client"), 0, 100)
    finally:
        for model in (Partner, Client):
            sa.event.remove(model, "load", note)
    assert [(p.id, p.name, p.detail) for p in partners] == [
        (world.partner_id, "Alpine Synthesis", "CDMO")
    ]
    assert [c.name for c in clients] == ["Helix Bio"]
    assert loaded == []


def test_choices_leave_out_archived_but_keep_the_current_one(store) -> None:
    world = build_world(store)
    with store.session() as s:
        s.get(Partner, world.partner_id).archived = True
    assert choice_lists.rows(store, Listing("partner"), 0, 100) == []
    kept = choice_lists.rows(store, Listing("partner", keep=world.partner_id), 0, 100)
    assert [p.name for p in kept] == ["Alpine Synthesis"]
    assert [c.name for c in choice_lists.rows(store, Listing("client"), 0, 100)] == ["Helix Bio"]
    assert client_name_taken(store, "  helix   BIO ")
    assert not client_name_taken(store, "Helix Bio", except_id=world.client_id)
    with store.read() as s:
        assert [g.name for g in decision_gates(s, world.engagement_id)] == ["Go/no-go: scale-up"]
    assert [a.id for a in agreement_choices(store, world.engagement_id)] == [world.agreement_id]


def test_action_filters_raised_by_partner_and_overdue(store) -> None:
    world = build_world(store)
    eid = world.engagement_id
    with store.session() as s:
        s.add_all(
            [
                ActionItem(
                    engagement_id=eid,
                    description="Send tox data",
                    raised_by=Side.PARTNER,
                    due_date=date(2026, 11, 1),
                ),
                ActionItem(
                    engagement_id=eid,
                    description="Propose a cheaper route",
                    raised_by=Side.PARTNER,
                    status=ActionStatus.DONE,
                    due_date=date(2026, 10, 1),
                ),
                ActionItem(
                    engagement_id=eid,
                    description="Book the site visit",
                    raised_by=Side.CONSULTANT,
                    due_date=date(2026, 12, 1),
                ),
                ActionItem(
                    engagement_id=eid, description="Agree on the spec", raised_by=Side.CLIENT
                ),
            ]
        )
    with store.read() as s:
        everything = [a.description for a in list_actions(s, eid)]
        partner = [a.description for a in list_actions(s, eid, raised_by="partner")]
        overdue = [a.description for a in list_actions(s, eid, overdue_on=TODAY)]
    # open items first in due order (undated last), then the closed ones
    assert everything == [
        "Send tox data",
        "Book the site visit",
        "Agree on the spec",
        "Propose a cheaper route",
    ]
    assert partner == ["Send tox data", "Propose a cheaper route"]
    assert overdue == ["Send tox data"]
    assert is_overdue("open", date(2026, 11, 1), TODAY)
    assert not is_overdue("done", date(2026, 11, 1), TODAY)
    assert not is_overdue("in_progress", None, TODAY)


def test_the_list_size_a_search_is_weighed_by_is_read_on_every_backend(store) -> None:
    """How many engagements the list holds under the archived choice (which decides
    whether a search is counted on a worker): from the tally on SQLite, counted on a team
    server, which has no tally."""
    world = build_world(store)
    add_more(store, world)
    with store.read() as s:
        every = s.exec(select(func.count()).select_from(Engagement)).one()
        archived = s.exec(
            select(func.count()).select_from(Engagement).where(col(Engagement.archived))
        ).one()
    assert archived and every > archived
    assert listed_engagements(store, {}) == every - archived
    assert listed_engagements(store, {"text": "tox", "show_archived": True}) == every
    assert listed_engagements(store, {"archived_only": True}) == archived
