"""Report data: plain frozen snapshots read in one session (see domain/snapshot.py).

The PDF builders receive these values only, so a report can be built on another thread,
stored as JSON and printed again identically.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from cdmo_desktop.domain import geo
from cdmo_desktop.domain.cadence import next_occurrence
from cdmo_desktop.domain.models import (
    ActionItem,
    Agreement,
    AgreementClause,
    Charter,
    CharterSite,
    Client,
    CommunicationChannel,
    DataShare,
    Decision,
    Engagement,
    EscalationLevel,
    Milestone,
    MilestoneDependency,
    Partner,
    PartnerSite,
    RaciAssignment,
    Risk,
    SuccessMetric,
    TeamMember,
    Workstream,
)
from cdmo_desktop.domain.snapshot import (
    ActionRow,
    AgreementSnapshot,
    ChannelRow,
    CharterInfo,
    ClauseRow,
    Completeness,
    CompletenessItem,
    DataShareRow,
    DecisionRow,
    DependencyRow,
    EngagementInfo,
    EngagementSnapshot,
    EscalationRow,
    MetricRow,
    MilestoneRow,
    Party,
    RaciRow,
    RiskRow,
    Site,
    StatusForm,
    StatusReportSnapshot,
    TeamMemberRow,
)


class NotFoundError(LookupError):
    """A reference (id or exact title) that matches nothing, or more than one row."""


def _value(v: Any) -> str:
    return "" if v is None else str(getattr(v, "value", v))


def _country(code: str) -> str:
    return geo.country_name(code) if code else ""


def _party_partner(p: Partner) -> Party:
    return Party(
        name=p.name,
        legal_name=p.legal_name,
        address=p.registered_address,
        city=p.city,
        country=_country(p.country),
        kind=_value(p.kind),
        website=p.website,
    )


def _party_client(c: Client) -> Party:
    return Party(
        name=c.name,
        legal_name=c.legal_name,
        address=c.registered_address,
        country=_country(c.country),
    )


def _budget(e: Engagement) -> str:
    if e.budget_amount is None:
        return ""
    return f"{Decimal(e.budget_amount):,.2f} {e.budget_currency}"


def _completeness(session: Session, engagement_id: str) -> Completeness | None:
    """Charter completeness from the charter module, as plain rows (None without a charter)."""
    try:
        from cdmo_desktop.store.charters import completeness_for
    except ImportError:  # the charter store module is optional for reports
        return None
    result = completeness_for(session, engagement_id)
    if result is None:
        return None
    return Completeness(
        percent=result.percent,
        items=tuple(
            CompletenessItem(question=i.label, done=i.ok, detail=i.hint) for i in result.items
        ),
    )


def _charter(session: Session, engagement_id: str) -> CharterInfo | None:
    ch = session.exec(select(Charter).where(Charter.engagement_id == engagement_id)).first()
    if ch is None:
        return None
    sites = session.exec(
        select(PartnerSite)
        .join(CharterSite, col(CharterSite.site_id) == col(PartnerSite.id))
        .where(CharterSite.charter_id == ch.id)
        .order_by(col(PartnerSite.name))
    ).all()
    fields = {f: getattr(ch, f) for f in CharterInfo.__dataclass_fields__ if f not in ("sites",)}
    fields["status"] = _value(ch.status)
    return CharterInfo(
        **fields,
        sites=tuple(
            Site(name=s.name, city=s.city, country=_country(s.country), address=s.address)
            for s in sites
        ),
    )


def _team_and_raci(
    session: Session, engagement_id: str
) -> tuple[tuple[TeamMemberRow, ...], tuple[RaciRow, ...]]:
    members = session.exec(
        select(TeamMember)
        .where(TeamMember.engagement_id == engagement_id)
        .order_by(col(TeamMember.position), col(TeamMember.name))
    ).all()
    team = tuple(
        TeamMemberRow(
            id=m.id,
            name=m.name,
            side=_value(m.side),
            organisation=m.organisation,
            role=m.role,
            email=m.email,
            phone=m.phone,
            is_decision_maker=m.is_decision_maker,
        )
        for m in members
    )
    streams = session.exec(
        select(Workstream)
        .where(Workstream.engagement_id == engagement_id)
        .order_by(col(Workstream.position), col(Workstream.name))
    ).all()
    cells: dict[tuple[str, str], str] = {}
    if streams:
        for a in session.exec(
            select(RaciAssignment).where(
                col(RaciAssignment.workstream_id).in_([w.id for w in streams])
            )
        ).all():
            cells[(a.workstream_id, a.team_member_id)] = _value(a.role)
    raci = tuple(
        RaciRow(workstream=w.name, roles=tuple(cells.get((w.id, m.id), "") for m in team))
        for w in streams
    )
    return team, raci


def _risk_realized_dates(session: Session, risks: Sequence[Risk]) -> dict[str, date]:
    ids = [r.realized_decision_id for r in risks if r.realized_decision_id]
    if not ids:
        return {}
    rows = session.exec(select(Decision).where(col(Decision.id).in_(ids))).all()
    return {d.id: d.decision_date for d in rows}


def _risks(session: Session, engagement_id: str) -> tuple[RiskRow, ...]:
    risks = session.exec(
        select(Risk).where(Risk.engagement_id == engagement_id).order_by(col(Risk.number))
    ).all()
    realized = _risk_realized_dates(session, risks)
    out = []
    for r in risks:
        realized_on = None
        if _value(r.status) == "realized":
            realized_on = realized.get(r.realized_decision_id or "") or r.updated_at.date()
        out.append(
            RiskRow(
                number=r.number,
                title=r.title,
                category=_value(r.category),
                likelihood=r.likelihood,
                impact=r.impact,
                score=r.score,
                level=_value(r.level),
                status=_value(r.status),
                owner=r.owner,
                description=r.description,
                mitigation=r.mitigation,
                raised_by=_value(r.raised_by),
                raised_date=r.raised_date,
                next_review_date=r.next_review_date,
                closed_date=r.closed_date,
                realized_date=realized_on,
                residual_likelihood=r.residual_likelihood,
                residual_impact=r.residual_impact,
            )
        )
    return tuple(out)


def _milestones(
    session: Session, engagement_id: str
) -> tuple[tuple[MilestoneRow, ...], tuple[DependencyRow, ...]]:
    rows = session.exec(
        select(Milestone)
        .where(Milestone.engagement_id == engagement_id)
        .order_by(col(Milestone.position), col(Milestone.planned_start), col(Milestone.name))
    ).all()
    milestones = tuple(
        MilestoneRow(
            id=m.id,
            name=m.name,
            kind=_value(m.kind),
            planned_start=m.planned_start,
            planned_finish=m.planned_finish,
            status=_value(m.status),
            phase=_value(m.phase),
            owner_side=_value(m.owner_side),
            baseline_start=m.baseline_start,
            baseline_finish=m.baseline_finish,
            actual_start=m.actual_start,
            actual_finish=m.actual_finish,
            percent_complete=m.percent_complete,
            contract_fixed=m.contract_fixed,
            gate_outcome=_value(m.gate_outcome),
            position=m.position,
        )
        for m in rows
    )
    ids = [m.id for m in rows]
    deps: tuple[DependencyRow, ...] = ()
    if ids:
        deps = tuple(
            DependencyRow(
                predecessor_id=d.predecessor_id,
                successor_id=d.successor_id,
                kind=_value(d.kind),
                lag_days=d.lag_days,
            )
            for d in session.exec(
                select(MilestoneDependency).where(col(MilestoneDependency.successor_id).in_(ids))
            ).all()
        )
    return milestones, deps


def engagement_snapshot(
    session: Session, engagement_id: str, as_of: date | None = None
) -> EngagementSnapshot:
    """Everything printable about one engagement, read in the given session."""
    as_of = as_of or date.today()
    e = session.get(Engagement, engagement_id)
    if e is None:
        raise NotFoundError(f"No engagement with id {engagement_id}.")
    client = session.get(Client, e.client_id)
    partner = session.get(Partner, e.partner_id)
    assert client is not None and partner is not None  # foreign keys guarantee them
    team, raci = _team_and_raci(session, engagement_id)
    milestones, deps = _milestones(session, engagement_id)
    names = {m.id: m.name for m in milestones}
    channels = session.exec(
        select(CommunicationChannel)
        .where(CommunicationChannel.engagement_id == engagement_id)
        .order_by(col(CommunicationChannel.position), col(CommunicationChannel.name))
    ).all()
    member_names = {m.id: m.name for m in team}
    return EngagementSnapshot(
        engagement=EngagementInfo(
            id=e.id,
            title=e.title,
            program=e.program,
            compound=e.compound,
            phase=_value(e.phase),
            status=_value(e.status),
            start_date=e.start_date,
            end_date=e.end_date,
            budget=_budget(e),
            rag=_value(e.rag),
            description=e.description,
        ),
        client=_party_client(client),
        partner=_party_partner(partner),
        charter=_charter(session, engagement_id),
        completeness=_completeness(session, engagement_id),
        team=team,
        raci=raci,
        channels=tuple(
            ChannelRow(
                name=c.name,
                kind=_value(c.kind),
                cadence=_value(c.cadence),
                purpose=c.purpose,
                owner=c.owner or member_names.get(c.owner_member_id or "", ""),
                participants=c.participants,
                medium=c.medium,
                next_date=next_occurrence(c.cadence, c.anchor_date, as_of),
            )
            for c in channels
        ),
        escalation=tuple(
            EscalationRow(
                level=x.level,
                who=x.who,
                when_to_escalate=x.when_to_escalate,
                response_time_hours=x.response_time_hours,
            )
            for x in session.exec(
                select(EscalationLevel)
                .where(EscalationLevel.engagement_id == engagement_id)
                .order_by(col(EscalationLevel.level))
            ).all()
        ),
        metrics=tuple(
            MetricRow(metric=m.metric, target=m.target, how_measured=m.how_measured)
            for m in session.exec(
                select(SuccessMetric)
                .where(SuccessMetric.engagement_id == engagement_id)
                .order_by(col(SuccessMetric.position), col(SuccessMetric.metric))
            ).all()
        ),
        data_shares=tuple(
            DataShareRow(
                item=d.item,
                direction=_value(d.direction),
                purpose=d.purpose,
                reason_needed=d.reason_needed,
                agreement_ref=d.agreement_ref,
                restrictions=d.restrictions,
                shared_date=d.shared_date,
                shared_by=d.shared_by,
            )
            for d in session.exec(
                select(DataShare)
                .where(DataShare.engagement_id == engagement_id)
                .order_by(col(DataShare.shared_date), col(DataShare.item))
            ).all()
        ),
        risks=_risks(session, engagement_id),
        milestones=milestones,
        dependencies=deps,
        decisions=tuple(
            DecisionRow(
                decision_date=d.decision_date,
                title=d.title,
                decision=d.decision,
                rationale=d.rationale,
                decided_by=d.decided_by,
                gate_outcome=_value(d.gate_outcome),
                milestone=names.get(d.milestone_id or "", ""),
            )
            for d in session.exec(
                select(Decision)
                .where(Decision.engagement_id == engagement_id)
                .order_by(col(Decision.decision_date), col(Decision.title))
            ).all()
        ),
        actions=tuple(
            ActionRow(
                description=a.description,
                status=_value(a.status),
                owner=a.owner,
                due_date=a.due_date,
                raised_by=_value(a.raised_by),
                raised_date=a.raised_date,
                closed_date=a.closed_date,
            )
            for a in session.exec(
                select(ActionItem)
                .where(ActionItem.engagement_id == engagement_id)
                .order_by(col(ActionItem.due_date), col(ActionItem.description))
            ).all()
        ),
        as_of=as_of,
    )


def status_report_snapshot(
    session: Session, engagement_id: str, form: StatusForm
) -> StatusReportSnapshot:
    """The snapshot a status report is built (and stored) from."""
    prepared_on = form.prepared_on or date.today()
    as_of = min(form.period_end, prepared_on)
    data = engagement_snapshot(session, engagement_id, as_of=as_of)
    return StatusReportSnapshot(form=form, data=data)


def agreement_snapshot(
    session: Session, agreement_id: str, today: date | None = None
) -> AgreementSnapshot:
    a = session.get(Agreement, agreement_id)
    if a is None:
        raise NotFoundError(f"No agreement with id {agreement_id}.")
    client = session.get(Client, a.client_id)
    partner = session.get(Partner, a.partner_id)
    assert client is not None and partner is not None
    clauses = session.exec(
        select(AgreementClause)
        .where(AgreementClause.agreement_id == agreement_id)
        .order_by(col(AgreementClause.position), col(AgreementClause.created_at))
    ).all()
    data = engagement_snapshot(session, a.engagement_id, as_of=today) if a.engagement_id else None
    return AgreementSnapshot(
        id=a.id,
        title=a.title,
        kind=_value(a.kind),
        status=_value(a.status),
        client=_party_client(client),
        partner=_party_partner(partner),
        version=a.version,
        reference=a.reference,
        effective_date=a.effective_date,
        expiry_date=a.expiry_date,
        signed_date=a.signed_date,
        governing_law=a.governing_law,
        recitals=a.recitals,
        client_signatory=a.client_signatory,
        client_signatory_title=a.client_signatory_title,
        partner_signatory=a.partner_signatory,
        partner_signatory_title=a.partner_signatory_title,
        clauses=tuple(
            ClauseRow(position=i + 1, heading=c.heading, body=c.body, clause_key=c.clause_key)
            for i, c in enumerate(clauses)
        ),
        data=data,
        prepared_on=today or date.today(),
    )


def _resolve(session: Session, model: Any, ref: str, what: str) -> str:
    ref = ref.strip()
    if not ref:
        raise NotFoundError(f"No {what} given.")
    if session.get(model, ref) is not None:
        return ref
    ids = session.exec(select(model.id).where(model.title == ref)).all()
    if len(ids) == 1:
        return str(ids[0])
    if len(ids) > 1:
        raise NotFoundError(f"{len(ids)} {what}s are titled {ref!r}: give the id instead.")
    raise NotFoundError(f"No {what} with the id or exact title {ref!r}.")


def resolve_engagement(session: Session, ref: str) -> str:
    """The id of the engagement whose id or exact title is `ref`."""
    return _resolve(session, Engagement, ref, "engagement")


def resolve_agreement(session: Session, ref: str) -> str:
    """The id of the agreement whose id or exact title is `ref`."""
    return _resolve(session, Agreement, ref, "agreement")
