"""Reads of partner reassessments: one reassessment with its scores, candidates and the
previous assessment of the same partner; an engagement's reassessments; the facts the app
already holds for each criterion (the editor's pre-fill); and the latest completed
reassessment as the steering PDF and the status report print it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import (
    AuditOutcome,
    AuditStatus,
    EngagementStatus,
    Phase,
    Side,
)
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    ActionItem,
    Client,
    Engagement,
    GmpInspection,
    Milestone,
    Partner,
    PartnerAudit,
    PartnerSite,
    Reassessment,
    ReassessmentCandidate,
    ReassessmentScore,
    TeamMember,
)
from cdmo_desktop.domain.reassessment import (
    Criterion,
    FrozenScorecard,
    ReassessmentOutcome,
    ReassessmentStatus,
    ReassessmentSummary,
    ReassessmentTrigger,
    ScoreEntry,
    ScoreLine,
    reassessment_title,
)
from cdmo_desktop.store.reassessment_scorecard import current_scorecard, frozen_view

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

OPEN_STATUSES = (ReassessmentStatus.DUE.value, ReassessmentStatus.POSTPONED.value)
OPEN_OBSERVATIONS = (
    AuditOutcome.PASSED_WITH_OBSERVATIONS.value,
    AuditOutcome.FAILED.value,
    AuditOutcome.PENDING.value,
)


@dataclass(frozen=True)
class PartnerColumn:
    """A partner scored side by side: the current one first, then the candidates."""

    id: str
    name: str
    current: bool = False


@dataclass(frozen=True)
class ReassessmentRow:
    id: str
    engagement_id: str
    engagement_title: str
    partner_id: str
    partner_name: str
    trigger: ReassessmentTrigger
    status: ReassessmentStatus
    due_date: date
    milestone_id: str | None = None
    milestone_name: str = ""
    from_phase: Phase | None = None
    to_phase: Phase | None = None
    assessed_on: date | None = None
    assessor: str = ""
    outcome: ReassessmentOutcome | None = None
    outcome_note: str = ""
    decision_id: str | None = None
    previous_id: str | None = None
    scorecard: FrozenScorecard | None = None

    @property
    def completed(self) -> bool:
        return self.status == ReassessmentStatus.COMPLETED

    @property
    def title(self) -> str:
        return reassessment_title(
            self.partner_name,
            self.from_phase.value if self.from_phase else "",
            self.to_phase.value if self.to_phase else "",
            self.milestone_name,
        )


@dataclass(frozen=True)
class ReassessmentDetail:
    """One reassessment as its editor shows it."""

    row: ReassessmentRow
    columns: tuple[PartnerColumn, ...]
    entries: dict[tuple[str, Criterion], ScoreEntry] = field(default_factory=dict)
    previous: ReassessmentRow | None = None
    previous_scores: dict[Criterion, int | None] = field(default_factory=dict)

    def score(self, partner_id: str, criterion: Criterion) -> int | None:
        entry = self.entries.get((partner_id, criterion))
        return entry.score if entry else None


def _row(s: Session, r: Reassessment) -> ReassessmentRow:
    eng = s.get(Engagement, r.engagement_id)
    partner = s.get(Partner, r.partner_id)
    gate = s.get(Milestone, r.milestone_id) if r.milestone_id else None
    return ReassessmentRow(
        id=r.id,
        engagement_id=r.engagement_id,
        engagement_title=eng.title if eng else "",
        partner_id=r.partner_id,
        partner_name=partner.name if partner else "",
        trigger=ReassessmentTrigger(r.trigger),
        status=ReassessmentStatus(r.status),
        due_date=r.due_date,
        milestone_id=r.milestone_id,
        milestone_name=gate.name if gate else "",
        from_phase=Phase(r.from_phase) if r.from_phase else None,
        to_phase=Phase(r.to_phase) if r.to_phase else None,
        assessed_on=r.assessed_on,
        assessor=r.assessor,
        outcome=ReassessmentOutcome(r.outcome) if r.outcome else None,
        outcome_note=r.outcome_note,
        decision_id=r.decision_id,
        previous_id=r.previous_id,
        scorecard=frozen_view(r.scorecard_json),
    )


def _entries(s: Session, reassessment_id: str) -> dict[tuple[str, Criterion], ScoreEntry]:
    rows = s.exec(
        select(ReassessmentScore).where(ReassessmentScore.reassessment_id == reassessment_id)
    ).all()
    out: dict[tuple[str, Criterion], ScoreEntry] = {}
    for r in rows:
        crit = Criterion(r.criterion)
        out[(r.partner_id, crit)] = ScoreEntry(r.partner_id, crit, r.score, r.evidence, r.comment)
    return out


def _columns(s: Session, r: Reassessment) -> tuple[PartnerColumn, ...]:
    current = s.get(Partner, r.partner_id)
    out = [PartnerColumn(r.partner_id, current.name if current else "", True)]
    query = (
        select(ReassessmentCandidate, Partner)
        .join(Partner, col(Partner.id) == ReassessmentCandidate.partner_id)
        .where(ReassessmentCandidate.reassessment_id == r.id)
        .order_by(col(ReassessmentCandidate.position), col(Partner.name_key))
    )
    out += [PartnerColumn(p.id, p.name) for _c, p in s.exec(query).all()]
    return tuple(out)


def detail_in(s: Session, reassessment_id: str) -> ReassessmentDetail:
    r = s.get(Reassessment, reassessment_id)
    if r is None:
        raise LookupError(
            msg(
                QT_TRANSLATE_NOOP("messages", "Reassessment {reassessment_id} no longer exists"),
                reassessment_id=reassessment_id,
            )
        )
    previous = s.get(Reassessment, r.previous_id) if r.previous_id else None
    previous_scores: dict[Criterion, int | None] = {}
    if previous is not None:
        for (pid, crit), entry in _entries(s, previous.id).items():
            if pid == previous.partner_id:
                previous_scores[crit] = entry.score
    return ReassessmentDetail(
        row=_row(s, r),
        columns=_columns(s, r),
        entries=_entries(s, r.id),
        previous=_row(s, previous) if previous is not None else None,
        previous_scores=previous_scores,
    )


def reassessment_detail(store: Store, reassessment_id: str) -> ReassessmentDetail:
    with store.read() as s:
        return detail_in(s, reassessment_id)


def engagement_reassessments(store: Store, engagement_id: str) -> list[ReassessmentRow]:
    """The engagement's reassessments, the open ones first, then the latest completed."""
    with store.read() as s:
        rows = s.exec(select(Reassessment).where(Reassessment.engagement_id == engagement_id)).all()
        out = [_row(s, r) for r in rows]
    out.sort(key=lambda r: (r.completed, -(r.assessed_on or r.due_date).toordinal(), r.id))
    return out


def open_reassessment_id(session: Session, engagement_id: str) -> str | None:
    """The engagement's reassessment not yet completed (the earliest due), if any."""
    query = (
        select(Reassessment.id)
        .where(
            Reassessment.engagement_id == engagement_id,
            col(Reassessment.status).in_(OPEN_STATUSES),
        )
        .order_by(col(Reassessment.due_date), col(Reassessment.id))
    )
    return session.exec(query).first()


def previous_completed_id(
    session: Session, partner_id: str, before: date | None = None, exclude: str = ""
) -> str | None:
    """The latest completed reassessment of this partner (any engagement)."""
    query = select(Reassessment.id).where(
        Reassessment.partner_id == partner_id,
        Reassessment.status == ReassessmentStatus.COMPLETED.value,
        Reassessment.id != exclude,
    )
    if before is not None:
        query = query.where(col(Reassessment.assessed_on) <= before)
    query = query.order_by(col(Reassessment.assessed_on).desc(), col(Reassessment.id).desc())
    return session.exec(query).first()


# --- the pre-fill: facts the app already has -------------------------------------------
def _split(text: str) -> list[str]:
    return [t.strip() for t in text.split(";") if t.strip()]


def _zone_offset(zone: str, day: date) -> float | None:
    from datetime import datetime
    from zoneinfo import ZoneInfo, available_timezones

    if zone not in available_timezones():
        return None
    offset = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(zone)).utcoffset()
    return None if offset is None else offset.total_seconds() / 3600


def _client_zone(country: str) -> str:
    from cdmo_desktop.domain import geo

    zones = geo.zones_by_country().get(country.upper(), []) if country else []
    return zones[0] if zones else ""


def criterion_facts(
    store: Store, engagement_id: str, partner_id: str, today: date
) -> dict[Criterion, tuple[str, ...]]:
    """For each criterion, what the app already knows about `partner_id` for this
    engagement: capabilities and scales, audits and inspections, time zones and languages
    against the client's, countries, the team, the KPI scorecard, budget and workload."""
    with store.read() as s:
        return facts_in(s, engagement_id, partner_id, today)


def facts_in(
    s: Session, engagement_id: str, partner_id: str, today: date
) -> dict[Criterion, tuple[str, ...]]:
    from cdmo_desktop.domain import geo
    from cdmo_desktop.domain.formats import amount_text, date_text

    p = s.get(Partner, partner_id)
    eng = s.get(Engagement, engagement_id)
    if p is None or eng is None:
        return {}
    client = s.get(Client, eng.client_id)
    sites = s.exec(
        select(PartnerSite).where(PartnerSite.partner_id == partner_id).order_by(PartnerSite.name)
    ).all()
    facts: dict[Criterion, list[str]] = {c: [] for c in Criterion}
    own = eng.partner_id == partner_id

    cap = facts[Criterion.CAPABILITY]
    if p.capabilities:
        cap.append(f"Capabilities: {', '.join(_split(p.capabilities))}")
    if p.scales:
        cap.append(f"Scales: {', '.join(_split(p.scales))}")
    if p.technology_platforms:
        cap.append(f"Platforms: {', '.join(_split(p.technology_platforms))}")
    for site in sites:
        bits = [", ".join(_split(site.capabilities)), ", ".join(_split(site.scales))]
        where = geo.country_name(site.country) if site.country else ""
        text = "; ".join(b for b in bits if b) or "no capabilities recorded"
        cap.append(f"Site {site.name}{f' ({where})' if where else ''}: {text}")

    quality = facts[Criterion.QUALITY]
    quality.append(f"Qualification: {p.qualification_status.label}")
    if p.next_audit_due:
        late = " (overdue)" if p.next_audit_due < today else ""
        quality.append(f"Next audit due {date_text(p.next_audit_due)}{late}")
    audits = s.exec(
        select(PartnerAudit)
        .where(PartnerAudit.partner_id == partner_id)
        .order_by(col(PartnerAudit.audit_date).desc())
    ).all()
    done = [a for a in audits if a.status == AuditStatus.DONE]
    open_obs = sum(a.observations for a in done if a.outcome.value in OPEN_OBSERVATIONS)
    for a in done[:3]:
        quality.append(
            f"Audit {date_text(a.audit_date)} ({a.audit_type.label}): {a.outcome.label}, "
            f"{a.observations} observations"
        )
    inspections = s.exec(
        select(GmpInspection)
        .where(GmpInspection.partner_id == partner_id)
        .order_by(col(GmpInspection.inspection_date).desc())
    ).all()
    for i in inspections[:3]:
        quality.append(
            f"{i.authority.label} inspection {date_text(i.inspection_date)}: {i.outcome.label}, "
            f"{i.observations} observations"
        )
    quality.append(f"Open audit observations: {open_obs}")

    comm = facts[Criterion.COMMUNICATION]
    zone = p.time_zone or (sites[0].time_zone if sites else "")
    client_zone = _client_zone(client.country) if client else ""
    if zone:
        comm.append(f"Partner time zone: {zone}")
    if client is not None and client_zone:
        comm.append(f"Client ({client.name}) time zone: {client_zone}")
        ours, theirs = _zone_offset(zone, today), _zone_offset(client_zone, today)
        if ours is not None and theirs is not None:
            gap = abs(ours - theirs)
            overlap = max(0.0, 8 - gap)
            comm.append(f"{gap:g} h apart: about {overlap:g} h of a shared working day")
    if p.languages:
        comm.append(f"Languages: {', '.join(_split(p.languages))}")

    loc = facts[Criterion.LOCATION]
    if p.country:
        region = f", {p.region.label}" if p.region else ""
        loc.append(
            f"Partner: {p.city + ', ' if p.city else ''}{geo.country_name(p.country)}{region}"
        )
    countries = sorted({geo.country_name(x.country) for x in sites if x.country})
    if countries:
        loc.append(f"Sites in: {', '.join(countries)}")
    if client is not None and client.country:
        loc.append(f"Client in: {geo.country_name(client.country)}")

    team = facts[Criterion.TEAM]
    if own:
        members = s.exec(
            select(TeamMember).where(
                TeamMember.engagement_id == engagement_id, TeamMember.side == Side.PARTNER.value
            )
        ).all()
        team.append(f"{len(members)} partner people on the engagement team")
        team += [f"{m.name}{f' — {m.role}' if m.role else ''}" for m in members[:6]]

    scorecard = current_scorecard(s, partner_id, today)
    facts[Criterion.PERFORMANCE].append(scorecard.summary())
    facts[Criterion.PERFORMANCE] += [
        f"{k.name} ({k.engagement}): {k.status.upper()}"
        for k in scorecard.kpis
        if k.status == "red"
    ]

    capacity = facts[Criterion.CAPACITY]
    running = s.exec(
        select(sa.func.count())
        .select_from(Engagement)
        .where(
            Engagement.partner_id == partner_id,
            Engagement.status == EngagementStatus.ACTIVE.value,
            col(Engagement.archived).is_(False),
        )
    ).one()
    capacity.append(f"{running} active engagements with this partner")

    if own:
        if eng.budget_amount is not None:
            facts[Criterion.COST].append(
                f"Budget: {amount_text(eng.budget_amount, eng.budget_currency)}"
            )
        late_actions = s.exec(
            select(sa.func.count())
            .select_from(ActionItem)
            .where(
                ActionItem.engagement_id == engagement_id,
                col(ActionItem.status).in_(("open", "in_progress")),
                col(ActionItem.due_date) < today,
            )
        ).one()
        facts[Criterion.TRUST].append(f"{late_actions} overdue action items on the engagement")
    return {c: tuple(v) for c, v in facts.items()}


# --- what the PDF and the status report print ------------------------------------------
def latest_completed_id(
    session: Session, engagement_id: str, as_of: date | None = None, since: date | None = None
) -> str | None:
    query = select(Reassessment.id).where(
        Reassessment.engagement_id == engagement_id,
        Reassessment.status == ReassessmentStatus.COMPLETED.value,
    )
    if since is not None:
        query = query.where(col(Reassessment.assessed_on) >= since)
    if as_of is not None:
        query = query.where(col(Reassessment.assessed_on) <= as_of)
    query = query.order_by(col(Reassessment.assessed_on).desc(), col(Reassessment.id).desc())
    return session.exec(query).first()


def summary_in(session: Session, reassessment_id: str) -> ReassessmentSummary:
    from cdmo_desktop.domain.formats import date_text

    d = detail_in(session, reassessment_id)
    row = d.row
    eng = session.get(Engagement, row.engagement_id)
    client = session.get(Client, eng.client_id) if eng else None
    names = [c.name for c in d.columns]
    ids = [c.id for c in d.columns]
    if d.previous is not None:
        names.append(f"Previous ({date_text(d.previous.assessed_on)})")
    lines = []
    for crit in Criterion:
        scores = [d.score(pid, crit) for pid in ids]
        if d.previous is not None:
            scores.append(d.previous_scores.get(crit))
        entry = d.entries.get((row.partner_id, crit))
        lines.append(
            ScoreLine(
                criterion=crit.value,
                scores=tuple(scores),
                evidence=entry.evidence if entry else "",
                comment=entry.comment if entry else "",
            )
        )
    conditions: list[str] = []
    if row.decision_id:
        actions = session.exec(
            select(ActionItem)
            .where(ActionItem.engagement_id == row.engagement_id)
            .where(col(ActionItem.notes).contains(condition_tag(row.id)))
            .order_by(col(ActionItem.due_date), col(ActionItem.description))
        ).all()
        conditions = [f"{a.description} — {a.owner}, due {date_text(a.due_date)}" for a in actions]
    return ReassessmentSummary(
        engagement=row.engagement_title,
        client=client.name if client else "",
        partner=row.partner_name,
        trigger=row.trigger.value,
        from_phase=row.from_phase.value if row.from_phase else "",
        to_phase=row.to_phase.value if row.to_phase else "",
        gate=row.milestone_name,
        assessed_on=row.assessed_on,
        assessor=row.assessor,
        outcome=row.outcome.value if row.outcome else "",
        outcome_note=row.outcome_note,
        columns=tuple(names),
        lines=tuple(lines),
        conditions=tuple(conditions),
        scorecard=row.scorecard,
    )


def condition_tag(reassessment_id: str) -> str:
    return f"[reassessment {reassessment_id[:8]}]"


def latest_summary(
    session: Session, engagement_id: str, as_of: date | None = None, since: date | None = None
) -> ReassessmentSummary | None:
    """The latest completed reassessment of the engagement (assessed from `since` to
    `as_of` when given)."""
    rid = latest_completed_id(session, engagement_id, as_of, since)
    return summary_in(session, rid) if rid else None


def take_reassessment_summary(store: Store, engagement_id: str) -> ReassessmentSummary | None:
    with store.read() as s:
        return latest_summary(s, engagement_id)
