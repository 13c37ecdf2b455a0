"""A small kickoff world for engagement tests: one client, one partner with two sites, one
engagement with a team, a decision gate and an agreement (the demo portfolio is bigger)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cdmo_desktop.domain.enums import (
    AgreementKind,
    EngagementStatus,
    MilestoneKind,
    PartnerKind,
    Phase,
    Side,
)
from cdmo_desktop.domain.models import (
    Agreement,
    Client,
    Engagement,
    Milestone,
    Partner,
    PartnerSite,
    TeamMember,
)
from cdmo_desktop.store import Store


@dataclass(frozen=True)
class World:
    client_id: str
    partner_id: str
    engagement_id: str
    site_ids: tuple[str, str]
    member_ids: tuple[str, ...]
    gate_id: str
    agreement_id: str


def build_world(store: Store) -> World:
    client = Client(name="Helix Bio", legal_name="Helix Biotherapeutics Inc.")
    partner = Partner(name="Alpine Synthesis", kind=PartnerKind.CDMO, country="CH")
    sites = (
        PartnerSite(partner_id=partner.id, name="Basel pilot plant", city="Basel", country="CH"),
        PartnerSite(partner_id=partner.id, name="Visp kilo lab", city="Visp", country="CH"),
    )
    eng = Engagement(
        title="HX-101 process development",
        client_id=client.id,
        partner_id=partner.id,
        program="HX-101",
        compound="HX-101 free base",
        phase=Phase.PROCESS_DEVELOPMENT,
        status=EngagementStatus.ACTIVE,
        start_date=date(2026, 3, 1),
        end_date=date(2026, 12, 18),
    )
    people = [
        ("Ana Ruiz", Side.CLIENT, "Helix Bio", "VP CMC"),
        ("Li Wei", Side.PARTNER, "Alpine Synthesis", "Project manager"),
        ("Marc Keller", Side.PARTNER, "Alpine Synthesis", "Head of process chemistry"),
        ("Dana Consultant", Side.CONSULTANT, "Independent", "Program lead"),
    ]
    members = [
        TeamMember(engagement_id=eng.id, name=n, side=s, organisation=o, role=r, position=i)
        for i, (n, s, o, r) in enumerate(people)
    ]
    gate = Milestone(
        engagement_id=eng.id,
        name="Go/no-go: scale-up",
        kind=MilestoneKind.DECISION_GATE,
        planned_start=date(2026, 7, 1),
        planned_finish=date(2026, 7, 1),
    )
    agreement = Agreement(
        title="Data access agreement HX-101",
        kind=AgreementKind.DATA_ACCESS,
        partner_id=partner.id,
        client_id=client.id,
    )
    with store.session() as s:
        s.add_all([client, partner])
        s.flush()
        s.add_all([*sites, eng])
        s.flush()
        s.add_all([*members, gate, agreement])
    return World(
        client.id,
        partner.id,
        eng.id,
        (sites[0].id, sites[1].id),
        tuple(m.id for m in members),
        gate.id,
        agreement.id,
    )
