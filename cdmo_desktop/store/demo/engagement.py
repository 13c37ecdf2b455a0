"""Turns one engagement's demo description into rows: the engagement and everything in it."""

from __future__ import annotations

from datetime import UTC, datetime, time
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from cdmo_desktop.domain.enums import (
    ActionStatus,
    MilestoneKind,
    RaciRole,
    RiskStatus,
    Side,
)
from cdmo_desktop.domain.kpi import parse_target
from cdmo_desktop.domain.models import (
    ActionItem,
    Agreement,
    AgreementClause,
    BaselineDate,
    Charter,
    CharterSite,
    CommunicationChannel,
    DataShare,
    Decision,
    Engagement,
    EngagementKpi,
    EscalationLevel,
    KickoffAttendee,
    Milestone,
    MilestoneDependency,
    RaciAssignment,
    Risk,
    RiskReview,
    ScheduleBaseline,
    TeamMember,
    Workstream,
)
from cdmo_desktop.domain.snapshot import StatusForm
from cdmo_desktop.store.demo._build import Ctx, plan
from cdmo_desktop.store.demo.agreements import clauses_for
from cdmo_desktop.store.demo.kpis import add_kpis
from cdmo_desktop.store.demo.spec import EngagementSpec
from cdmo_desktop.store.schedule_edits import FIRST_BASELINE
from cdmo_desktop.store.snapshots import status_report_snapshot
from cdmo_desktop.store.status_reports import new_status_report


def _email(name: str, org_domain: str) -> str:
    from cdmo_desktop.store.demo.partners import email

    return email(name, "https://" + org_domain)


def add_engagement(s: Session, ctx: Ctx, spec: EngagementSpec) -> Engagement:
    partner = ctx.partners[spec.partner]
    client = ctx.clients[spec.client]
    e_fields = dict(spec.engagement)
    start, end, budget = e_fields.pop("start"), e_fields.pop("end"), e_fields.pop("budget")
    eng = ctx.make(
        Engagement,
        client_id=client.id,
        partner_id=partner.id,
        start_date=ctx.d(start),
        end_date=ctx.d(end),
        budget_amount=Decimal(budget) if budget is not None else None,
        **e_fields,
    )
    s.add(eng)
    s.flush()
    metrics = _charter(s, ctx, spec, eng)
    add_kpis(s, ctx, spec.key, eng, metrics)
    members = _team(s, ctx, spec, eng)
    _kickoff(s, ctx, spec, eng, members)
    agreements = _agreements(s, ctx, spec, eng)
    _channels_and_shares(s, ctx, spec, eng, members, agreements)
    milestones = _schedule(s, ctx, spec, eng)
    decisions = _decisions(s, ctx, spec, eng, milestones)
    _risks(s, ctx, spec, eng, milestones, decisions)
    for a in spec.actions:
        done = a.status in (ActionStatus.DONE, ActionStatus.CANCELLED)
        s.add(
            ctx.make(
                ActionItem,
                engagement_id=eng.id,
                description=a.description,
                owner=a.owner,
                due_date=ctx.d(a.due),
                status=a.status,
                source=a.source,
                raised_by=a.raised_by,
                raised_date=ctx.d(a.raised),
                closed_date=ctx.d(min(a.due if a.due is not None else 0, 0)) if done else None,
                notes=a.notes,
            )
        )
    if spec.report:
        _status_report(s, ctx, spec.report, eng)
    return eng


def _status_report(s: Session, ctx: Ctx, report: dict[str, Any], eng: Engagement) -> None:
    """An issued report, frozen like one issued from the Reports screen three days ago."""
    fields = dict(report)
    days = fields.pop("period_days")
    status = fields.pop("overall_status")
    form = StatusForm(
        period_start=ctx.day(-days - 3),
        period_end=ctx.day(-3),
        overall_status=str(status.value),
        prepared_on=ctx.day(-3),
        **fields,
    )
    s.flush()
    row = new_status_report(status_report_snapshot(s, eng.id, form))
    row.id = ctx.ids.new()
    s.add(row)


def _charter(s: Session, ctx: Ctx, spec: EngagementSpec, eng: Engagement) -> list[EngagementKpi]:
    """The charter with its sites and escalation path; returns its success metrics (the
    engagement's first KPIs)."""
    fields = dict(spec.charter)
    dates = {
        k: ctx.d(fields.pop(k, None))
        for k in (
            "kickoff_date",
            "planned_start",
            "planned_end",
            "client_signed_date",
            "partner_signed_date",
        )
    }
    agreed = fields.pop("agreed", None)
    agreed_at = (
        datetime.combine(ctx.day(agreed), time(16, 30), tzinfo=UTC) if agreed is not None else None
    )
    charter = ctx.make(Charter, engagement_id=eng.id, agreed_at=agreed_at, **dates, **fields)
    s.add(charter)
    s.flush()
    spec.charter["_id"] = charter.id
    for key in spec.charter_sites:
        s.add(ctx.make(CharterSite, charter_id=charter.id, site_id=ctx.sites[key].id))
    metrics: list[EngagementKpi] = []
    for i, (metric, target, how) in enumerate(spec.metrics):
        parsed = parse_target(target)
        numbers: dict[str, Any] = {}
        if parsed is not None:
            numbers = {"target": parsed.target, "unit": parsed.unit, "direction": parsed.direction}
        kpi = ctx.make(
            EngagementKpi,
            engagement_id=eng.id,
            position=i,
            name=metric,
            target_note=target,
            how_measured=how,
            **numbers,
        )
        s.add(kpi)
        metrics.append(kpi)
    for level, (who, when, hours) in enumerate(spec.escalation, start=1):
        s.add(
            ctx.make(
                EscalationLevel,
                engagement_id=eng.id,
                level=level,
                who=who,
                when_to_escalate=when,
                response_time_hours=hours,
            )
        )
    return metrics


def _team(s: Session, ctx: Ctx, spec: EngagementSpec, eng: Engagement) -> dict[str, TeamMember]:
    partner, client = ctx.partners[spec.partner], ctx.clients[spec.client]
    from cdmo_desktop.store.demo.partners import client_domain

    domains = {
        Side.PARTNER: partner.website.split("//", 1)[-1].removeprefix("www."),
        Side.CLIENT: client_domain(spec.client),
        Side.CONSULTANT: "ellis-cmc.example",
    }
    orgs = {
        Side.PARTNER: partner.name,
        Side.CLIENT: client.name,
        Side.CONSULTANT: "Ellis CMC Advisory",
    }
    members: dict[str, TeamMember] = {}
    for i, (key, name, side, role, phone, decides) in enumerate(spec.team):
        m = ctx.make(
            TeamMember,
            engagement_id=eng.id,
            name=name,
            side=side,
            organisation=orgs[side],
            role=role,
            email=_email(name, domains[side]),
            phone=phone,
            is_decision_maker=decides,
            position=i,
        )
        s.add(m)
        members[key] = m
    s.flush()
    for i, (name, cells) in enumerate(spec.workstreams):
        w = ctx.make(Workstream, engagement_id=eng.id, name=name, position=i)
        s.add(w)
        s.flush()
        for cell in cells.split():
            role, who = cell.split(":")
            for key in who.split(","):
                s.add(
                    ctx.make(
                        RaciAssignment,
                        workstream_id=w.id,
                        team_member_id=members[key].id,
                        role=RaciRole(role),
                    )
                )
    return members


def _kickoff(
    s: Session, ctx: Ctx, spec: EngagementSpec, eng: Engagement, members: dict[str, TeamMember]
) -> None:
    for key in spec.kickoff_attendees:
        s.add(
            ctx.make(
                KickoffAttendee, charter_id=spec.charter["_id"], team_member_id=members[key].id
            )
        )


def _agreements(
    s: Session, ctx: Ctx, spec: EngagementSpec, eng: Engagement
) -> dict[str, Agreement]:
    out: dict[str, Agreement] = {}
    for a in spec.agreements:
        fields = dict(a)
        key = fields.pop("key")
        extra = fields.pop("extra_clauses", None)
        dates = {
            k: ctx.d(fields.pop(k, None)) for k in ("effective_date", "expiry_date", "signed_date")
        }
        agreement = ctx.make(
            Agreement,
            partner_id=eng.partner_id,
            client_id=eng.client_id,
            engagement_id=eng.id,
            **dates,
            **fields,
        )
        s.add(agreement)
        s.flush()
        out[key] = agreement
        for i, (ckey, heading, body) in enumerate(clauses_for(agreement.kind, extra), start=1):
            s.add(
                ctx.make(
                    AgreementClause,
                    agreement_id=agreement.id,
                    position=i,
                    clause_key=ckey,
                    heading=heading,
                    body=body,
                )
            )
    return out


def _channels_and_shares(
    s: Session,
    ctx: Ctx,
    spec: EngagementSpec,
    eng: Engagement,
    members: dict[str, TeamMember],
    agreements: dict[str, Agreement],
) -> None:
    for i, (name, kind, cadence, owner, participants, medium, purpose, anchor) in enumerate(
        spec.channels
    ):
        m = members[owner]
        s.add(
            ctx.make(
                CommunicationChannel,
                engagement_id=eng.id,
                name=name,
                kind=kind,
                cadence=cadence,
                owner_member_id=m.id,
                owner=m.name,
                participants=participants,
                medium=medium,
                purpose=purpose,
                anchor_date=ctx.d(anchor),
                position=i,
            )
        )
    for item, direction, purpose, reason, akey, restrictions, shared, by in spec.shares:
        agreement = agreements.get(akey)
        s.add(
            ctx.make(
                DataShare,
                engagement_id=eng.id,
                item=item,
                direction=direction,
                purpose=purpose,
                reason_needed=reason,
                agreement_id=agreement.id if agreement else None,
                agreement_ref=agreement.reference if agreement else akey,
                restrictions=restrictions,
                shared_date=ctx.d(shared),
                shared_by=by,
            )
        )


def _schedule(s: Session, ctx: Ctx, spec: EngagementSpec, eng: Engagement) -> dict[str, Milestone]:
    rows = plan(spec.milestones, ctx.day(spec.schedule_start), ctx.today)
    out: dict[str, Milestone] = {}
    for i, p in enumerate(rows):
        sp = p.spec
        m = ctx.make(
            Milestone,
            engagement_id=eng.id,
            name=sp.name,
            kind=sp.kind,
            phase=sp.phase or eng.phase,
            owner_side=sp.side,
            planned_start=p.start,
            planned_finish=p.finish,
            baseline_start=p.baseline_start,
            baseline_finish=p.baseline_finish,
            actual_start=p.actual_start,
            actual_finish=p.actual_finish,
            percent_complete=p.percent,
            status=p.status,
            contract_fixed=sp.fixed,
            position=i,
            notes=sp.notes,
            gate_outcome=sp.outcome if sp.kind == MilestoneKind.DECISION_GATE else None,
        )
        s.add(m)
        out[sp.key] = m
    s.flush()
    for sp in spec.milestones:
        for pred in sp.after:
            key, lag = (pred, 0) if isinstance(pred, str) else pred
            s.add(
                ctx.make(
                    MilestoneDependency,
                    predecessor_id=out[key].id,
                    successor_id=out[sp.key].id,
                    lag_days=lag,
                )
            )
    _baseline(s, ctx, spec, eng, [(p, out[p.spec.key]) for p in rows])
    return out


def _baseline(
    s: Session, ctx: Ctx, spec: EngagementSpec, eng: Engagement, rows: list[tuple[Any, Milestone]]
) -> None:
    """The baseline the plan was agreed with, kept by name from the schedule's start."""
    kept = ctx.make(
        ScheduleBaseline,
        engagement_id=eng.id,
        name=FIRST_BASELINE,
        set_on=min(ctx.day(spec.schedule_start), ctx.today),
    )
    s.add(kept)
    s.flush()
    for p, m in rows:
        s.add(
            ctx.make(
                BaselineDate,
                baseline_id=kept.id,
                milestone_id=m.id,
                start=p.baseline_start,
                finish=p.baseline_finish,
            )
        )


def _decisions(
    s: Session, ctx: Ctx, spec: EngagementSpec, eng: Engagement, milestones: dict[str, Milestone]
) -> dict[str, Decision]:
    out: dict[str, Decision] = {}
    for d in spec.decisions:
        decision = ctx.make(
            Decision,
            engagement_id=eng.id,
            decision_date=ctx.day(d.day),
            title=d.title,
            options_considered=d.options,
            decision=d.decision,
            rationale=d.rationale,
            decided_by=d.decided_by,
            milestone_id=milestones[d.gate].id if d.gate else None,
            gate_outcome=d.outcome,
        )
        s.add(decision)
        out[d.key] = decision
    s.flush()
    return out


def _risks(
    s: Session,
    ctx: Ctx,
    spec: EngagementSpec,
    eng: Engagement,
    milestones: dict[str, Milestone],
    decisions: dict[str, Decision],
) -> None:
    for n, r in enumerate(spec.risks, start=1):
        risk = ctx.make(
            Risk,
            engagement_id=eng.id,
            number=n,
            title=r.title,
            description=r.description,
            category=r.category,
            likelihood=r.likelihood,
            impact=r.impact,
            residual_likelihood=r.residual[0] if r.residual else None,
            residual_impact=r.residual[1] if r.residual else None,
            cause=r.cause,
            trigger=r.trigger,
            mitigation=r.mitigation,
            contingency=r.contingency,
            owner=r.owner,
            status=r.status,
            raised_by=r.raised_by,
            raised_date=ctx.day(r.raised),
            review_cadence_days=r.cadence,
            next_review_date=ctx.d(r.review) if r.status != RiskStatus.CLOSED else None,
            milestone_id=milestones[r.milestone].id if r.milestone else None,
            closed_date=ctx.d(r.closed),
            closure_note=r.closure_note,
            realized_decision_id=decisions[r.decision].id if r.decision else None,
        )
        s.add(risk)
        if r.reviews:
            s.flush()
        for day, note, by, lik, imp in r.reviews:
            s.add(
                ctx.make(
                    RiskReview,
                    risk_id=risk.id,
                    review_date=ctx.day(day),
                    note=note,
                    reviewed_by=by,
                    likelihood=lik,
                    impact=imp,
                )
            )
