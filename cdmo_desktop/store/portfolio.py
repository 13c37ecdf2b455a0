"""The portfolio overview: every running engagement with what needs attention today.

A handful of grouped queries (one per kind of figure, not one per engagement) feed plain
dataclasses, so the overview stays fast with hundreds of engagements.

Definitions used on screen and in tests:
- an *open* risk is open, monitoring or mitigating (not closed, not realized);
- a risk is *due for review* when it is open and its next review date is today or earlier;
- a schedule item (task, milestone or gate) is *overdue* when it is neither done nor
  cancelled and its planned finish is before today;
- the *next milestone* is the earliest milestone or decision gate (tasks are left out) that
  is neither done nor cancelled and finishes today or later;
- an action item is *overdue* when it is open or in progress and its due date is before
  today;
- a partner's audit is *overdue* when the partner is not archived and its next audit was due
  before today.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session

from cdmo_desktop.domain.enums import (
    ActionStatus,
    EngagementStatus,
    MilestoneKind,
    MilestoneStatus,
    Phase,
    Rag,
    RiskLevel,
    RiskStatus,
)
from cdmo_desktop.domain.models import ActionItem, Client, Engagement, Milestone, Partner, Risk

OPEN_RISK_STATUSES = (RiskStatus.OPEN, RiskStatus.MONITORING, RiskStatus.MITIGATING)
OPEN_ACTION_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
FINISHED_MILESTONE_STATUSES = (MilestoneStatus.DONE, MilestoneStatus.CANCELLED)
NEXT_MILESTONE_KINDS = (MilestoneKind.MILESTONE, MilestoneKind.DECISION_GATE)
# Engagements the overview lists, in the order it lists them.
RUNNING_STATUSES = (EngagementStatus.ACTIVE, EngagementStatus.ON_HOLD, EngagementStatus.PLANNED)
_RAG_ORDER = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2, None: 3}


@dataclass(frozen=True)
class EngagementSummary:
    """One row of the overview."""

    id: str
    title: str
    client_name: str
    partner_id: str
    partner_name: str
    phase: Phase
    status: EngagementStatus
    rag: Rag | None
    start_date: date | None = None
    end_date: date | None = None
    open_risks: int = 0
    critical_risks: int = 0
    high_risks: int = 0
    reviews_due: int = 0
    next_milestone: str | None = None
    next_milestone_date: date | None = None
    next_milestone_is_gate: bool = False
    overdue_milestones: int = 0
    overdue_actions: int = 0

    @property
    def needs_attention(self) -> bool:
        return bool(
            self.critical_risks
            or self.reviews_due
            or self.overdue_milestones
            or self.overdue_actions
            or self.rag == Rag.RED
        )


@dataclass(frozen=True)
class OverdueAudit:
    partner_id: str
    partner_name: str
    next_audit_due: date


@dataclass(frozen=True)
class PortfolioOverview:
    today: date
    engagements: list[EngagementSummary]
    # Every non-archived engagement by status (closed ones included), all statuses present.
    by_status: dict[EngagementStatus, int]
    audits_overdue: list[OverdueAudit] = field(default_factory=list)

    @property
    def overdue_milestones(self) -> int:
        return sum(e.overdue_milestones for e in self.engagements)

    @property
    def overdue_actions(self) -> int:
        return sum(e.overdue_actions for e in self.engagements)

    @property
    def reviews_due(self) -> int:
        return sum(e.reviews_due for e in self.engagements)

    @property
    def critical_risks(self) -> int:
        return sum(e.critical_risks for e in self.engagements)

    @property
    def high_risks(self) -> int:
        return sum(e.high_risks for e in self.engagements)

    @property
    def open_risks(self) -> int:
        return sum(e.open_risks for e in self.engagements)


def _t(model: type) -> sa.Table:
    return cast(sa.Table, model.__table__)  # type: ignore[attr-defined]


def _count_if(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[Any]:
    return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)


def portfolio_overview(
    session: Session,
    today: date | None = None,
    statuses: Iterable[EngagementStatus] = RUNNING_STATUSES,
) -> PortfolioOverview:
    """The overview as of `today` (default: the local date) for non-archived engagements
    whose status is in `statuses`."""
    today = today or date.today()
    statuses = tuple(statuses)
    eng, cli, par = _t(Engagement), _t(Client), _t(Partner)
    risk, ms, act = _t(Risk), _t(Milestone), _t(ActionItem)

    listed = sa.and_(eng.c.archived.is_(False), eng.c.status.in_(statuses))
    listed_ids = sa.select(eng.c.id).where(listed)

    base_rows = session.execute(
        sa.select(
            eng.c.id,
            eng.c.title,
            cli.c.name,
            par.c.id,
            par.c.name,
            eng.c.phase,
            eng.c.status,
            eng.c.rag,
            eng.c.start_date,
            eng.c.end_date,
        )
        .join(cli, cli.c.id == eng.c.client_id)
        .join(par, par.c.id == eng.c.partner_id)
        .where(listed)
    ).all()

    risk_rows = session.execute(
        sa.select(
            risk.c.engagement_id,
            sa.func.count(),
            _count_if(risk.c.level == RiskLevel.CRITICAL),
            _count_if(risk.c.level == RiskLevel.HIGH),
            _count_if(risk.c.next_review_date <= today),
        )
        .where(risk.c.status.in_(OPEN_RISK_STATUSES), risk.c.engagement_id.in_(listed_ids))
        .group_by(risk.c.engagement_id)
    ).all()
    risks = {r[0]: (int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in risk_rows}

    unfinished = ms.c.status.not_in(FINISHED_MILESTONE_STATUSES)
    overdue_ms = dict(
        session.execute(
            sa.select(ms.c.engagement_id, sa.func.count())
            .where(unfinished, ms.c.planned_finish < today, ms.c.engagement_id.in_(listed_ids))
            .group_by(ms.c.engagement_id)
        ).all()
    )

    ranked = (
        sa.select(
            ms.c.engagement_id,
            ms.c.name,
            ms.c.planned_finish,
            ms.c.kind,
            sa.func.row_number()
            .over(
                partition_by=ms.c.engagement_id,
                order_by=(ms.c.planned_finish, ms.c.position, ms.c.name),
            )
            .label("rank"),
        )
        .where(
            unfinished,
            ms.c.kind.in_(NEXT_MILESTONE_KINDS),
            ms.c.planned_finish >= today,
            ms.c.engagement_id.in_(listed_ids),
        )
        .subquery()
    )
    next_ms = {
        r[0]: (r[1], r[2], r[3])
        for r in session.execute(
            sa.select(
                ranked.c.engagement_id, ranked.c.name, ranked.c.planned_finish, ranked.c.kind
            ).where(ranked.c.rank == 1)
        ).all()
    }

    overdue_act = dict(
        session.execute(
            sa.select(act.c.engagement_id, sa.func.count())
            .where(
                act.c.status.in_(OPEN_ACTION_STATUSES),
                act.c.due_date < today,
                act.c.engagement_id.in_(listed_ids),
            )
            .group_by(act.c.engagement_id)
        ).all()
    )

    summaries = []
    for eid, title, client, pid, partner, phase, status, rag, start, end in base_rows:
        n_open, n_crit, n_high, n_due = risks.get(eid, (0, 0, 0, 0))
        nm_name, nm_date, nm_kind = next_ms.get(eid, (None, None, None))
        summaries.append(
            EngagementSummary(
                id=eid,
                title=title,
                client_name=client,
                partner_id=pid,
                partner_name=partner,
                phase=phase,
                status=status,
                rag=rag,
                start_date=start,
                end_date=end,
                open_risks=n_open,
                critical_risks=n_crit,
                high_risks=n_high,
                reviews_due=n_due,
                next_milestone=nm_name,
                next_milestone_date=nm_date,
                next_milestone_is_gate=nm_kind == MilestoneKind.DECISION_GATE,
                overdue_milestones=int(overdue_ms.get(eid, 0)),
                overdue_actions=int(overdue_act.get(eid, 0)),
            )
        )
    order = {s: i for i, s in enumerate(statuses)}
    summaries.sort(key=lambda e: (order[e.status], _RAG_ORDER[e.rag], e.title.casefold()))

    return PortfolioOverview(
        today=today,
        engagements=summaries,
        by_status=engagements_by_status(session),
        audits_overdue=overdue_audits(session, today),
    )


def engagements_by_status(session: Session) -> dict[EngagementStatus, int]:
    """Non-archived engagements per status; every status is present (0 when none)."""
    eng = _t(Engagement)
    counts = dict(
        session.execute(
            sa.select(eng.c.status, sa.func.count())
            .where(eng.c.archived.is_(False))
            .group_by(eng.c.status)
        ).all()
    )
    return {s: int(counts.get(s, 0)) for s in EngagementStatus}


def overdue_audits(session: Session, today: date | None = None) -> list[OverdueAudit]:
    """Partners (not archived) whose next audit was due before `today`, most overdue first."""
    today = today or date.today()
    par = _t(Partner)
    rows = session.execute(
        sa.select(par.c.id, par.c.name, par.c.next_audit_due)
        .where(par.c.archived.is_(False), par.c.next_audit_due < today)
        .order_by(par.c.next_audit_due, par.c.name)
    ).all()
    return [OverdueAudit(r[0], r[1], r[2]) for r in rows]


@dataclass(frozen=True)
class AgendaItem:
    """Something with a date that the consultant should act on or prepare for."""

    due: date
    kind: str  # "task", "milestone", "decision_gate", "risk_review" or "action"
    title: str
    engagement_id: str
    engagement_title: str
    owner: str = ""
    overdue: bool = False

    @property
    def kind_label(self) -> str:
        return AGENDA_KIND_LABELS[self.kind]


AGENDA_KIND_LABELS = {
    "task": "Task",
    "milestone": "Milestone",
    "decision_gate": "Decision gate",
    "risk_review": "Risk review",
    "action": "Action item",
}


def agenda(
    session: Session,
    today: date | None = None,
    horizon_days: int = 28,
    statuses: Iterable[EngagementStatus] = RUNNING_STATUSES,
    limit: int = 500,
) -> list[AgendaItem]:
    """Late and upcoming work across the listed engagements, earliest first: unfinished
    schedule items past their finish, milestones and gates finishing within the horizon,
    risk reviews and open action items due within it (or already late)."""
    today = today or date.today()
    horizon = date.fromordinal(today.toordinal() + horizon_days)
    eng, risk, ms, act = _t(Engagement), _t(Risk), _t(Milestone), _t(ActionItem)
    listed = sa.and_(eng.c.archived.is_(False), eng.c.status.in_(tuple(statuses)))
    items: list[AgendaItem] = []

    unfinished = ms.c.status.not_in(FINISHED_MILESTONE_STATUSES)
    for name, finish, kind, eid, title, owner in session.execute(
        sa.select(ms.c.name, ms.c.planned_finish, ms.c.kind, eng.c.id, eng.c.title, ms.c.owner_side)
        .join(eng, eng.c.id == ms.c.engagement_id)
        .where(
            listed,
            unfinished,
            sa.or_(
                ms.c.planned_finish < today,
                sa.and_(ms.c.kind.in_(NEXT_MILESTONE_KINDS), ms.c.planned_finish <= horizon),
            ),
        )
        .order_by(ms.c.planned_finish)
        .limit(limit)
    ).all():
        items.append(
            AgendaItem(
                finish,
                MilestoneKind(kind).value,
                name,
                eid,
                title,
                owner.label if owner else "",
                finish < today,
            )
        )

    for number, rtitle, review, eid, title, owner in session.execute(
        sa.select(
            risk.c.number,
            risk.c.title,
            risk.c.next_review_date,
            eng.c.id,
            eng.c.title,
            risk.c.owner,
        )
        .join(eng, eng.c.id == risk.c.engagement_id)
        .where(listed, risk.c.status.in_(OPEN_RISK_STATUSES), risk.c.next_review_date <= horizon)
        .order_by(risk.c.next_review_date)
        .limit(limit)
    ).all():
        items.append(
            AgendaItem(
                review, "risk_review", f"R-{number:03d} {rtitle}", eid, title, owner, review < today
            )
        )

    for text, due, eid, title, owner in session.execute(
        sa.select(act.c.description, act.c.due_date, eng.c.id, eng.c.title, act.c.owner)
        .join(eng, eng.c.id == act.c.engagement_id)
        .where(listed, act.c.status.in_(OPEN_ACTION_STATUSES), act.c.due_date <= horizon)
        .order_by(act.c.due_date)
        .limit(limit)
    ).all():
        first_line = text.strip().splitlines()[0] if text.strip() else ""
        items.append(AgendaItem(due, "action", first_line, eid, title, owner, due < today))

    items.sort(key=lambda i: (i.due, i.engagement_title.casefold(), i.title.casefold()))
    return items[:limit]
