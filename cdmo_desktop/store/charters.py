"""The kickoff charter: load it as plain data, save it (a use case returning a ChangeSet),
judge its completeness.

`CharterData` is what the charter form edits: the charter's own columns plus its sites,
success metrics, escalation levels and kickoff attendees. `charter_errors` lists the rules a
form shows before anything is written; `save_charter` refuses what they refuse, then writes
the rows `charter_states` names. `charter_context` reads what the form shows from the rest
of the engagement (team, partner sites, decision gates, the checklist's facts).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.completeness import (
    CharterFacts,
    Completeness,
    EscalationFacts,
    MetricFacts,
    charter_completeness,
)
from cdmo_desktop.domain.enums import CharterStatus, KpiDirection, KpiUnit
from cdmo_desktop.domain.kpi import parse_target, target_text
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    Charter,
    CharterSite,
    CommunicationChannel,
    Engagement,
    EngagementKpi,
    EscalationLevel,
    KickoffAttendee,
    Milestone,
    PartnerSite,
    TeamMember,
    new_id,
    utcnow,
)
from cdmo_desktop.domain.validation import Errors, ValidationError, validate
from cdmo_desktop.store.changesets import RowState, apply_states, values_of
from cdmo_desktop.store.engagements import decision_gates
from cdmo_desktop.store.teams import list_team, list_workstreams, raci_violations

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

# The charter columns the form edits (status, agreed_at and reopen_reason follow from them).
CHARTER_FIELDS = (
    "who_summary",
    "decision_maker",
    "kickoff_date",
    "planned_start",
    "planned_end",
    "timeline_notes",
    "where_notes",
    "scope",
    "deliverables",
    "methods",
    "quality_standards",
    "tech_transfer",
    "client_provides",
    "client_approves",
    "client_reviews",
    "kickoff_place",
    "client_signatory",
    "client_signed_date",
    "partner_signatory",
    "partner_signed_date",
)


@dataclass(frozen=True)
class MetricRow:
    metric: str
    target: str = ""
    how_measured: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class EscalationRow:
    who: str
    when_to_escalate: str = ""
    response_time_hours: int | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class CharterData:
    engagement_id: str
    id: str = field(default_factory=new_id)
    fields: dict[str, Any] = field(default_factory=dict)
    status: CharterStatus = CharterStatus.DRAFT
    agreed_at: datetime | None = None
    reopen_reason: str = ""
    site_ids: frozenset[str] = frozenset()
    metrics: tuple[MetricRow, ...] = ()
    escalation: tuple[EscalationRow, ...] = ()
    attendee_ids: frozenset[str] = frozenset()

    def get(self, name: str) -> Any:
        return self.fields.get(name, None if name.endswith(("_date", "_start", "_end")) else "")

    @property
    def signed_by_both(self) -> bool:
        return bool(
            str(self.get("client_signatory")).strip()
            and self.get("client_signed_date")
            and str(self.get("partner_signatory")).strip()
            and self.get("partner_signed_date")
        )


def load_charter(store: Store, engagement_id: str) -> CharterData:
    """The engagement's charter; a blank draft (planned dates from the engagement) when
    none was written yet."""
    with store.read() as s:
        return _load(s, engagement_id)


def _load(session: Session, engagement_id: str) -> CharterData:
    charter = session.exec(select(Charter).where(Charter.engagement_id == engagement_id)).first()
    if charter is None:
        eng = session.get(Engagement, engagement_id)
        fields: dict[str, Any] = {
            name: getattr(Charter(engagement_id=""), name) for name in CHARTER_FIELDS
        }
        if eng is not None:
            fields.update(planned_start=eng.start_date, planned_end=eng.end_date)
        return CharterData(engagement_id=engagement_id, fields=fields)
    sites = session.exec(select(CharterSite.site_id).where(CharterSite.charter_id == charter.id))
    attendees = session.exec(
        select(KickoffAttendee.team_member_id).where(KickoffAttendee.charter_id == charter.id)
    )
    metrics = session.exec(
        select(EngagementKpi)
        .where(EngagementKpi.engagement_id == engagement_id)
        .order_by(col(EngagementKpi.position), col(EngagementKpi.id))
    ).all()
    levels = session.exec(
        select(EscalationLevel)
        .where(EscalationLevel.engagement_id == engagement_id)
        .order_by(col(EscalationLevel.level), col(EscalationLevel.id))
    ).all()
    return CharterData(
        engagement_id=engagement_id,
        id=charter.id,
        fields={name: getattr(charter, name) for name in CHARTER_FIELDS},
        status=CharterStatus(charter.status),
        agreed_at=charter.agreed_at,
        reopen_reason=charter.reopen_reason,
        site_ids=frozenset(sites.all()),
        metrics=tuple(MetricRow(m.name, charter_target(m), m.how_measured, m.id) for m in metrics),
        escalation=tuple(
            EscalationRow(x.who, x.when_to_escalate, x.response_time_hours, x.id) for x in levels
        ),
        attendee_ids=frozenset(attendees.all()),
    )


def reopened(data: CharterData, reason: str) -> CharterData:
    """An agreed charter opened for changes: back to draft, signatures to be given again."""
    fields = {**data.fields, "client_signed_date": None, "partner_signed_date": None}
    return replace(
        data, fields=fields, status=CharterStatus.DRAFT, agreed_at=None, reopen_reason=reason
    )


def charter_errors(data: CharterData, today: date | None = None) -> Errors:
    """Everything that stops the charter from being saved, keyed by field ("metrics" and
    "escalation" for the tables)."""
    today = today or clock.today()
    errors = validate(Charter(engagement_id=data.engagement_id, **data.fields), today)
    errors.pop("engagement_id", None)
    for side in ("client", "partner"):
        signed = data.get(f"{side}_signed_date")
        if signed and not str(data.get(f"{side}_signatory")).strip():
            errors.setdefault(
                f"{side}_signatory",
                msg(QT_TRANSLATE_NOOP("messages", "Name the {side}'s signatory."), side=side),
            )
        if isinstance(signed, date) and signed > today:
            errors.setdefault(
                f"{side}_signed_date",
                msg(QT_TRANSLATE_NOOP("messages", "A signature cannot be dated in the future.")),
            )
        if signed and data.get("kickoff_date") is None:
            errors.setdefault(
                "kickoff_date",
                msg(QT_TRANSLATE_NOOP("messages", "Set the kickoff date before signing off.")),
            )
    for i, m in enumerate(data.metrics, 1):
        if not m.metric.strip():
            errors.setdefault(
                "metrics",
                msg(QT_TRANSLATE_NOOP("messages", "Metric row {i}: name the metric."), i=i),
            )
        elif len(m.metric) > 300 or len(m.target) > 300:
            errors.setdefault(
                "metrics",
                msg(QT_TRANSLATE_NOOP("messages", "Metric row {i}: at most 300 characters."), i=i),
            )
    for i, x in enumerate(data.escalation, 1):
        if not x.who.strip():
            errors.setdefault(
                "escalation",
                msg(QT_TRANSLATE_NOOP("messages", "Level {i}: say who the issue goes to."), i=i),
            )
        elif x.response_time_hours is not None and x.response_time_hours < 0:
            errors.setdefault(
                "escalation",
                msg(
                    QT_TRANSLATE_NOOP("messages", "Level {i}: response time cannot be negative."),
                    i=i,
                ),
            )
    return errors


def save_charter(
    store: Store, data: CharterData, *, reason: str = "", today: date | None = None
) -> ChangeSet:
    """Write the charter as `data` holds it; `reason` (why an agreed charter was reopened)
    goes into the change log. Raises ValidationError with `charter_errors` and writes
    nothing when a rule is broken."""
    errors = charter_errors(data, today)
    if errors:
        raise ValidationError(errors, "Charter")
    label = msg(
        QT_TRANSLATE_NOOP("messages", "Reopen and edit the charter")
        if reason
        else QT_TRANSLATE_NOOP("messages", "Edit the charter")
    )
    return store.write(label, lambda s: apply_states(s, charter_states(s, data)), reason=reason)


def charter_states(
    session: Session, data: CharterData, now: datetime | None = None
) -> list[RowState]:
    """The rows that make the database hold `data` (see changesets.apply_states).

    Status follows the signatures: agreed once both sides have signed, draft otherwise."""
    agreed = data.signed_by_both
    existing = session.get(Charter, data.id)
    agreed_at = None
    if agreed:
        agreed_at = data.agreed_at or (existing.agreed_at if existing else None) or now or utcnow()
    base = values_of(existing) if existing else values_of(Charter(engagement_id=data.engagement_id))
    charter_values = {
        **base,
        **data.fields,
        "engagement_id": data.engagement_id,
        "status": CharterStatus.AGREED if agreed else CharterStatus.DRAFT,
        "agreed_at": agreed_at,
        "reopen_reason": data.reopen_reason,
    }
    states = [RowState(Charter, data.id, charter_values)]
    states += _pairs(session, CharterSite, "site_id", data.id, data.site_ids)
    states += _pairs(session, KickoffAttendee, "team_member_id", data.id, data.attendee_ids)
    states += _metric_states(session, data)
    kept = {x.id for x in data.escalation}
    for old_level in session.exec(
        select(EscalationLevel).where(EscalationLevel.engagement_id == data.engagement_id)
    ):
        if old_level.id not in kept:
            states.append(RowState(EscalationLevel, old_level.id, None))
    for pos, x in enumerate(data.escalation, 1):
        values = {
            "engagement_id": data.engagement_id,
            "level": pos,
            "who": x.who.strip(),
            "when_to_escalate": x.when_to_escalate.strip(),
            "response_time_hours": x.response_time_hours,
        }
        states.append(RowState(EscalationLevel, x.id, values))
    return states


def charter_target(kpi: EngagementKpi) -> str:
    """The target as the charter's success-metric list shows it: the text agreed at kickoff,
    or the numeric target written out (">= 95%") for a KPI set up on the KPI screen."""
    return kpi.target_note or target_text(
        KpiUnit(kpi.unit), KpiDirection(kpi.direction), kpi.target
    )


def _metric_states(session: Session, data: CharterData) -> list[RowState]:
    """The charter's success metrics are the engagement's KPIs: the list edits their name,
    target (as text, read as a number where it clearly is one) and how they are measured,
    and leaves the rest of each KPI (thresholds, owners, measurements) as it is."""
    states: list[RowState] = []
    existing = {
        k.id: k
        for k in session.exec(
            select(EngagementKpi).where(EngagementKpi.engagement_id == data.engagement_id)
        )
    }
    kept = {m.id for m in data.metrics}
    for old in existing.values():
        if old.id not in kept:
            states.append(RowState(EngagementKpi, old.id, None))
    for pos, m in enumerate(data.metrics):
        kpi = existing.get(m.id)
        values = values_of(kpi) if kpi else values_of(EngagementKpi(engagement_id="", name=""))
        values.update(
            engagement_id=data.engagement_id,
            position=pos,
            name=m.metric.strip(),
            how_measured=m.how_measured.strip(),
        )
        text = m.target.strip()
        if kpi is None or text != charter_target(kpi):
            values["target_note"] = text
            parsed = parse_target(text)
            if parsed is not None:
                values.update(target=parsed.target, direction=parsed.direction)
                if kpi is None:
                    values["unit"] = parsed.unit
        states.append(RowState(EngagementKpi, m.id, values))
    return states


def _pairs(
    session: Session, model: Any, column: str, charter_id: str, wanted: frozenset[str]
) -> list[RowState]:
    rows = session.exec(select(model).where(model.charter_id == charter_id)).all()
    have = {getattr(r, column): r.id for r in rows}
    states = [RowState(model, rid, None) for key, rid in have.items() if key not in wanted]
    states += [
        RowState(model, have.get(key) or new_id(), {"charter_id": charter_id, column: key})
        for key in sorted(wanted)
    ]
    return states


# --- the rest of the engagement, completeness -------------------------------------------
@dataclass(frozen=True)
class KickoffContext:
    """What the checklist needs from outside the charter form."""

    team_sides: Sequence[str] = ()
    workstreams: int = 0
    raci_violations: int = 0
    decision_gates: int = 0
    channels: int = 0


def kickoff_context(session: Session, engagement_id: str) -> KickoffContext:
    channels = session.exec(
        select(CommunicationChannel.id).where(CommunicationChannel.engagement_id == engagement_id)
    ).all()
    return KickoffContext(
        team_sides=tuple(str(m.side.value) for m in list_team(session, engagement_id)),
        workstreams=len(list_workstreams(session, engagement_id)),
        raci_violations=len(raci_violations(session, engagement_id)),
        decision_gates=len(decision_gates(session, engagement_id)),
        channels=len(channels),
    )


def _partner_sites(session: Session, engagement_id: str) -> list[PartnerSite]:
    eng = session.get(Engagement, engagement_id)
    if eng is None:
        return []
    query = select(PartnerSite).where(PartnerSite.partner_id == eng.partner_id)
    return list(session.exec(query.order_by(col(PartnerSite.name))).all())


@dataclass(frozen=True)
class CharterContext:
    """What the charter form shows from the rest of the engagement: the team (pickers,
    attendees), the partner's sites, the decision gates and the checklist's facts."""

    team: list[TeamMember]
    sites: list[PartnerSite]
    gates: list[Milestone]
    kickoff: KickoffContext


def charter_context(store: Store, engagement_id: str) -> CharterContext:
    with store.read() as s:
        return CharterContext(
            list_team(s, engagement_id),
            _partner_sites(s, engagement_id),
            decision_gates(s, engagement_id),
            kickoff_context(s, engagement_id),
        )


def charter_facts(data: CharterData, context: KickoffContext) -> CharterFacts:
    names = {f.name for f in dataclasses.fields(CharterFacts)}
    text = {
        name: str(data.get(name) or "")
        for name in CHARTER_FIELDS
        if name in names and not name.endswith(("_date", "_start", "_end"))
    }
    return CharterFacts(
        **text,
        kickoff_date=data.get("kickoff_date"),
        planned_start=data.get("planned_start"),
        planned_end=data.get("planned_end"),
        client_signed_date=data.get("client_signed_date"),
        partner_signed_date=data.get("partner_signed_date"),
        team_sides=tuple(context.team_sides),
        workstreams=context.workstreams,
        raci_violations=context.raci_violations,
        decision_gates=context.decision_gates,
        channels=context.channels,
        site_count=len(data.site_ids),
        metrics=tuple(MetricFacts(m.metric, m.target, m.how_measured) for m in data.metrics),
        escalation=tuple(
            EscalationFacts(x.who, x.when_to_escalate, x.response_time_hours)
            for x in data.escalation
        ),
        attendees=len(data.attendee_ids),
    )


def completeness_for(session: Session, engagement_id: str) -> Completeness:
    """The kickoff checklist of one engagement as saved (used by the status report)."""
    data = _load(session, engagement_id)
    return charter_completeness(charter_facts(data, kickoff_context(session, engagement_id)))
