"""A small world for reassessment tests: a client, the engagement's partner with a site, an
audit and a GMP inspection, a candidate partner, an engagement in process development with
a go/no-go gate, a risk linked to the gate and one that is not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cdmo_desktop.domain.enums import (
    AuditOutcome,
    AuditType,
    EngagementStatus,
    InspectionAuthority,
    InspectionOutcome,
    MilestoneKind,
    PartnerKind,
    Phase,
    RiskCategory,
    Side,
)
from cdmo_desktop.domain.models import (
    Client,
    Engagement,
    GmpInspection,
    Milestone,
    Partner,
    PartnerAudit,
    PartnerSite,
    Risk,
    TeamMember,
)
from cdmo_desktop.domain.reassessment import Criterion, ScoreEntry
from cdmo_desktop.store import Store

TODAY = date(2026, 11, 20)


@dataclass(frozen=True)
class ReassessWorld:
    engagement_id: str
    partner_id: str
    candidate_id: str
    gate_id: str
    gate_risk_id: str
    other_risk_id: str


def build_reassess_world(store: Store) -> ReassessWorld:
    client = Client(name="Helix Bio", country="US")
    partner = Partner(
        name="Alpine Synthesis",
        kind=PartnerKind.CDMO,
        country="CH",
        city="Basel",
        time_zone="Europe/Zurich",
        languages="German; English",
        capabilities="API; HPAPI",
        scales="kg; 100 kg",
    )
    candidate = Partner(name="Bay Pharma Services", kind=PartnerKind.CDMO, country="US")
    site = PartnerSite(
        partner_id=partner.id, name="Visp plant", country="CH", scales="2000 l", capabilities="GMP"
    )
    eng = Engagement(
        title="HX-101 process development",
        client_id=client.id,
        partner_id=partner.id,
        phase=Phase.PROCESS_DEVELOPMENT,
        status=EngagementStatus.ACTIVE,
        start_date=date(2026, 3, 1),
    )
    gate = Milestone(
        engagement_id=eng.id,
        name="Go/no-go to GMP scale-up",
        kind=MilestoneKind.DECISION_GATE,
        planned_start=date(2026, 11, 30),
        planned_finish=date(2026, 11, 30),
    )
    gate_risk = Risk(
        engagement_id=eng.id,
        number=1,
        title="Scale-up yield below target",
        category=RiskCategory.TECHNICAL,
        milestone_id=gate.id,
        raised_date=date(2026, 6, 1),
        next_review_date=date(2026, 12, 20),
    )
    other_risk = Risk(
        engagement_id=eng.id,
        number=2,
        title="Courier delays",
        category=RiskCategory.SUPPLY,
        raised_date=date(2026, 6, 1),
        next_review_date=date(2026, 12, 20),
    )
    with store.session() as s:
        s.add_all([client, partner, candidate])
        s.flush()
        s.add_all([site, eng])
        s.flush()
        s.add_all(
            [
                gate,
                TeamMember(engagement_id=eng.id, name="Li Wei", side=Side.PARTNER, role="PM"),
                PartnerAudit(
                    partner_id=partner.id,
                    audit_date=date(2026, 4, 2),
                    audit_type=AuditType.ROUTINE,
                    outcome=AuditOutcome.PASSED_WITH_OBSERVATIONS,
                    observations=3,
                ),
                GmpInspection(
                    partner_id=partner.id,
                    authority=InspectionAuthority.SWISSMEDIC,
                    inspection_date=date(2025, 9, 9),
                    outcome=InspectionOutcome.GMP_CERTIFICATE,
                    observations=1,
                ),
            ]
        )
        s.flush()
        s.add_all([gate_risk, other_risk])
    return ReassessWorld(eng.id, partner.id, candidate.id, gate.id, gate_risk.id, other_risk.id)


def scores(partner_id: str, values: dict[Criterion, int]) -> tuple[ScoreEntry, ...]:
    return tuple(
        ScoreEntry(partner_id, c, v, evidence=f"{c.label} evidence", comment="")
        for c, v in values.items()
    )
