"""Reading the parts of an engagement snapshot: charter, completeness, team and RACI,
risks, milestones and dependencies (plain rows from one session)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from cdmo_desktop.domain import geo
from cdmo_desktop.domain.models import (
    Charter,
    CharterSite,
    Decision,
    Milestone,
    MilestoneDependency,
    PartnerSite,
    RaciAssignment,
    Risk,
    TeamMember,
    Workstream,
)
from cdmo_desktop.domain.snapshot import (
    CharterInfo,
    Completeness,
    CompletenessItem,
    DependencyRow,
    MilestoneRow,
    RaciRow,
    RiskRow,
    Site,
    TeamMemberRow,
)


def value_of(v: Any) -> str:
    return "" if v is None else str(getattr(v, "value", v))


def country_name(code: str) -> str:
    return geo.country_name(code) if code else ""


def completeness(session: Session, engagement_id: str) -> Completeness | None:
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


def charter_info(session: Session, engagement_id: str) -> CharterInfo | None:
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
    fields["status"] = value_of(ch.status)
    return CharterInfo(
        **fields,
        sites=tuple(
            Site(name=s.name, city=s.city, country=country_name(s.country), address=s.address)
            for s in sites
        ),
    )


def team_and_raci(
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
            side=value_of(m.side),
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
            cells[(a.workstream_id, a.team_member_id)] = value_of(a.role)
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


def risk_rows(session: Session, engagement_id: str) -> tuple[RiskRow, ...]:
    risks = session.exec(
        select(Risk).where(Risk.engagement_id == engagement_id).order_by(col(Risk.number))
    ).all()
    realized = _risk_realized_dates(session, risks)
    out = []
    for r in risks:
        realized_on = None
        if value_of(r.status) == "realized":
            realized_on = realized.get(r.realized_decision_id or "") or r.updated_at.date()
        out.append(
            RiskRow(
                number=r.number,
                title=r.title,
                category=value_of(r.category),
                likelihood=r.likelihood,
                impact=r.impact,
                score=r.score,
                level=value_of(r.level),
                status=value_of(r.status),
                owner=r.owner,
                description=r.description,
                mitigation=r.mitigation,
                raised_by=value_of(r.raised_by),
                raised_date=r.raised_date,
                next_review_date=r.next_review_date,
                closed_date=r.closed_date,
                realized_date=realized_on,
                residual_likelihood=r.residual_likelihood,
                residual_impact=r.residual_impact,
            )
        )
    return tuple(out)


def milestone_rows(
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
            kind=value_of(m.kind),
            planned_start=m.planned_start,
            planned_finish=m.planned_finish,
            status=value_of(m.status),
            phase=value_of(m.phase),
            owner_side=value_of(m.owner_side),
            baseline_start=m.baseline_start,
            baseline_finish=m.baseline_finish,
            actual_start=m.actual_start,
            actual_finish=m.actual_finish,
            percent_complete=m.percent_complete,
            contract_fixed=m.contract_fixed,
            gate_outcome=value_of(m.gate_outcome),
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
                kind=value_of(d.kind),
                lag_days=d.lag_days,
            )
            for d in session.exec(
                select(MilestoneDependency).where(col(MilestoneDependency.successor_id).in_(ids))
            ).all()
        )
    return milestones, deps
