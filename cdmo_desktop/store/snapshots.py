"""Report data: plain frozen snapshots read in one session (see domain/snapshot.py).

The PDF builders receive these values only, so a report can be built on another thread,
stored as JSON and printed again identically.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.cadence import next_occurrence
from cdmo_desktop.domain.formats import amount_text
from cdmo_desktop.domain.kpi_scorecard import report_row
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    ActionItem,
    Agreement,
    Client,
    CommunicationChannel,
    DataShare,
    Decision,
    Engagement,
    EngagementKpi,
    EscalationLevel,
    Partner,
)
from cdmo_desktop.domain.snapshot import (
    ActionRow,
    AgreementSnapshot,
    ChannelRow,
    ClauseRow,
    DataShareRow,
    DecisionRow,
    EngagementInfo,
    EngagementSnapshot,
    EscalationRow,
    MetricRow,
    Party,
    StatusForm,
    StatusReportSnapshot,
)
from cdmo_desktop.store.agreements import ordered_clauses
from cdmo_desktop.store.charters import charter_target
from cdmo_desktop.store.kpis import kpi_rows
from cdmo_desktop.store.reassessments import latest_summary
from cdmo_desktop.store.snapshot_rows import (
    charter_info,
    completeness,
    country_name,
    milestone_rows,
    risk_rows,
    team_and_raci,
    value_of,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store


class NotFoundError(LookupError):
    """A reference (id or exact title) that matches nothing, or more than one row."""


def _party_partner(p: Partner) -> Party:
    return Party(
        name=p.name,
        legal_name=p.legal_name,
        address=p.registered_address,
        city=p.city,
        country=country_name(p.country),
        kind=value_of(p.kind),
        website=p.website,
    )


def _party_client(c: Client) -> Party:
    return Party(
        name=c.name,
        legal_name=c.legal_name,
        address=c.registered_address,
        country=country_name(c.country),
    )


def _budget(e: Engagement) -> str:
    if e.budget_amount is None:
        return ""
    return amount_text(e.budget_amount, e.budget_currency)


def engagement_snapshot(
    session: Session, engagement_id: str, as_of: date | None = None
) -> EngagementSnapshot:
    """Everything printable about one engagement, read in the given session."""
    as_of = as_of or clock.today()
    e = session.get(Engagement, engagement_id)
    if e is None:
        raise NotFoundError(
            msg(
                QT_TRANSLATE_NOOP("messages", "No engagement with id {engagement_id}."),
                engagement_id=engagement_id,
            )
        )
    client = session.get(Client, e.client_id)
    partner = session.get(Partner, e.partner_id)
    assert client is not None and partner is not None  # foreign keys guarantee them
    team, raci = team_and_raci(session, engagement_id)
    milestones, deps = milestone_rows(session, engagement_id)
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
            phase=value_of(e.phase),
            status=value_of(e.status),
            start_date=e.start_date,
            end_date=e.end_date,
            budget=_budget(e),
            rag=value_of(e.rag),
            description=e.description,
        ),
        client=_party_client(client),
        partner=_party_partner(partner),
        charter=charter_info(session, engagement_id),
        completeness=completeness(session, engagement_id),
        team=team,
        raci=raci,
        channels=tuple(
            ChannelRow(
                name=c.name,
                kind=value_of(c.kind),
                cadence=value_of(c.cadence),
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
            MetricRow(metric=m.name, target=charter_target(m), how_measured=m.how_measured)
            for m in session.exec(
                select(EngagementKpi)
                .where(EngagementKpi.engagement_id == engagement_id)
                .order_by(col(EngagementKpi.position), col(EngagementKpi.name))
            ).all()
        ),
        kpis=tuple(report_row(r) for r in kpi_rows(session, engagement_id, as_of)),
        data_shares=tuple(
            DataShareRow(
                item=d.item,
                direction=value_of(d.direction),
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
        risks=risk_rows(session, engagement_id),
        milestones=milestones,
        dependencies=deps,
        decisions=tuple(
            DecisionRow(
                decision_date=d.decision_date,
                title=d.title,
                decision=d.decision,
                rationale=d.rationale,
                decided_by=d.decided_by,
                gate_outcome=value_of(d.gate_outcome),
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
                status=value_of(a.status),
                owner=a.owner,
                due_date=a.due_date,
                raised_by=value_of(a.raised_by),
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
    prepared_on = form.prepared_on or clock.today()
    as_of = min(form.period_end, prepared_on)
    data = engagement_snapshot(session, engagement_id, as_of=as_of)
    reassessed = latest_summary(session, engagement_id, as_of=as_of, since=form.period_start)
    return StatusReportSnapshot(form=form, data=data, reassessment=reassessed)


def agreement_snapshot(
    session: Session, agreement_id: str, today: date | None = None
) -> AgreementSnapshot:
    a = session.get(Agreement, agreement_id)
    if a is None:
        raise NotFoundError(
            msg(
                QT_TRANSLATE_NOOP("messages", "No agreement with id {agreement_id}."),
                agreement_id=agreement_id,
            )
        )
    client = session.get(Client, a.client_id)
    partner = session.get(Partner, a.partner_id)
    assert client is not None and partner is not None
    clauses = ordered_clauses(session, agreement_id)
    data = engagement_snapshot(session, a.engagement_id, as_of=today) if a.engagement_id else None
    return AgreementSnapshot(
        id=a.id,
        title=a.title,
        kind=value_of(a.kind),
        status=value_of(a.status),
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
        prepared_on=today or clock.today(),
    )


def take_status_report_snapshot(
    store: Store, engagement_id: str, form: StatusForm
) -> StatusReportSnapshot:
    """`status_report_snapshot` in one short read of `store`."""
    with store.read() as s:
        return status_report_snapshot(s, engagement_id, form)


def take_agreement_snapshot(
    store: Store, agreement_id: str, today: date | None = None
) -> AgreementSnapshot:
    """`agreement_snapshot` in one short read of `store`."""
    with store.read() as s:
        return agreement_snapshot(s, agreement_id, today)
