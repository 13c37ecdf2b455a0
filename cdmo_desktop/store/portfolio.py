"""The portfolio overview: every running engagement with what needs attention today.

A handful of grouped queries (one per kind of figure, not one per engagement) feed plain
dataclasses, so the overview stays fast with hundreds of engagements (the Portfolio screen
reads its list a page at a time through store.portfolio_list, with these queries kept to a
page's engagements). The queries are SQL text written once (`store/portfolio_sql.py`)
and run two ways with the same result: through the store's session (`portfolio_overview`,
`agenda`), and on a read-only stdlib sqlite3 connection (`read_snapshot`; the window's
first paint reads so before the ORM is loaded). Nothing here imports SQLAlchemy at module
level.

Definitions used on screen and in tests:
- an *open* risk is a live one (domain.risk_review.is_active: open, monitoring or
  mitigating; not closed, not realized);
- a risk is *due for review* when it is open and its next review date is today or earlier;
- a schedule item (task, milestone or gate) is *overdue* when it is neither done nor
  cancelled and its planned finish is before today;
- the *next milestone* is the earliest milestone or decision gate (tasks are left out) that
  is neither done nor cancelled and finishes today or later;
- an action item is *overdue* when it is open or in progress and its due date is before
  today;
- a partner's audit is *overdue* when the partner is not archived and its next audit was due
  before today;
- an engagement's RAG *needs a look* when a status report issued since it was set says
  otherwise, or open critical risks or late work rule out Green (domain.rag_advice).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain import clock, risk_codes
from cdmo_desktop.domain.enums import (
    ActionStatus,
    EngagementStatus,
    MilestoneKind,
    MilestoneStatus,
    Phase,
    Rag,
    RiskLevel,
    Side,
)
from cdmo_desktop.domain.rag_advice import RagAdvice, RagEvidence, rag_advice
from cdmo_desktop.store import portfolio_sql as sql
from cdmo_desktop.store.portfolio_sql import (
    Query,
    Reader,
    as_date,
    as_moment,
    session_reader,
    sqlite_reader,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from cdmo_desktop.store.store import Store

OPEN_ACTION_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
FINISHED_MILESTONE_STATUSES = (MilestoneStatus.DONE, MilestoneStatus.CANCELLED)
NEXT_MILESTONE_KINDS = (MilestoneKind.MILESTONE, MilestoneKind.DECISION_GATE)
OPEN_REASSESSMENT_STATUSES = ("due", "postponed")  # domain.reassessment.ReassessmentStatus
# Engagements the overview lists, in the order it lists them.
RUNNING_STATUSES = (EngagementStatus.ACTIVE, EngagementStatus.ON_HOLD, EngagementStatus.PLANNED)
AGENDA_DAYS = 28
AUDITS_LISTED = 20  # overdue audits the overview names (it counts them all)
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
    rag_set_at: datetime | None = None
    report_status: Rag | None = None
    report_date: date | None = None
    report_issued_at: datetime | None = None

    @property
    def rag_evidence(self) -> RagEvidence:
        return RagEvidence(
            status=self.status,
            rag=self.rag,
            rag_set_at=self.rag_set_at,
            report_status=self.report_status,
            report_date=self.report_date,
            report_issued_at=self.report_issued_at,
            critical_risks=self.critical_risks,
            overdue_milestones=self.overdue_milestones,
            overdue_actions=self.overdue_actions,
        )

    @property
    def rag_advice(self) -> RagAdvice | None:
        """The RAG update the latest status report or the engagement's state calls for."""
        return rag_advice(self.rag_evidence)


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
    # The longest-overdue partner audits (at most AUDITS_LISTED) and how many are overdue.
    audits_overdue: list[OverdueAudit] = field(default_factory=list)
    audits_overdue_total: int = 0

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

    @property
    def rags_to_review(self) -> int:
        return sum(e.rag_advice is not None for e in self.engagements)


@dataclass(frozen=True)
class AgendaItem:
    """Something with a date that the consultant should act on or prepare for."""

    due: date
    kind: str  # "task", "milestone", "decision_gate", "risk_review", "action", "reassessment"
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
    "reassessment": "Reassessment",
}


@dataclass(frozen=True)
class PortfolioSnapshot:
    """What the Portfolio screen shows: the overview and the agenda, read together."""

    overview: PortfolioOverview
    agenda: list[AgendaItem]


def _query(
    read: Reader, today: date, statuses: Iterable[EngagementStatus], only: str | None = None
) -> Query:
    return Query(
        read,
        {
            "no": False,
            "today": today,
            "critical": RiskLevel.CRITICAL.value,
            "high": RiskLevel.HIGH.value,
            "listed": tuple(EngagementStatus(s) for s in statuses),
            "open_risk": risk_codes.ACTIVE_STATUSES,
            "open_action": OPEN_ACTION_STATUSES,
            "finished": FINISHED_MILESTONE_STATUSES,
            "next_kinds": NEXT_MILESTONE_KINDS,
            "open_reassessment": OPEN_REASSESSMENT_STATUSES,
        },
        only,
    )


# --- the overview ---------------------------------------------------------------------------
def overview_from(
    read: Reader,
    today: date | None = None,
    statuses: Iterable[EngagementStatus] = RUNNING_STATUSES,
) -> PortfolioOverview:
    """The overview as of `today` (default: the local date) for non-archived engagements
    whose status is in `statuses`, read through `read`."""
    today = today or clock.today()
    statuses = tuple(EngagementStatus(s) for s in statuses)
    q = _query(read, today, statuses)
    summaries = _summaries(q)
    order = {s: i for i, s in enumerate(statuses)}
    summaries.sort(key=lambda e: (order[e.status], _RAG_ORDER[e.rag], e.title.casefold()))
    return PortfolioOverview(
        today=today,
        engagements=summaries,
        by_status=_by_status(q),
        **_overdue_audits(q),
    )


def _summaries(q: Query) -> list[EngagementSummary]:
    risks = {r[0]: (int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in q.run(sql.RISKS)}
    overdue_ms = {r[0]: int(r[1]) for r in q.run(sql.OVERDUE_MILESTONES)}
    next_ms = {r[0]: (r[1], as_date(r[2]), r[3]) for r in q.run(sql.NEXT_MILESTONE)}
    overdue_act = {r[0]: int(r[1]) for r in q.run(sql.OVERDUE_ACTIONS)}

    summaries = []
    for row in q.run(sql.ENGAGEMENTS):
        eid, title, client, pid, partner, phase, status, rag, start, end = row[:10]
        rag_set_at, report_status, report_date, issued = row[10:]
        n_open, n_crit, n_high, n_due = risks.get(eid, (0, 0, 0, 0))
        nm_name, nm_date, nm_kind = next_ms.get(eid, (None, None, None))
        summaries.append(
            EngagementSummary(
                id=eid,
                title=title,
                client_name=client,
                partner_id=pid,
                partner_name=partner,
                phase=Phase(phase),
                status=EngagementStatus(status),
                rag=Rag(rag) if rag else None,
                start_date=as_date(start),
                end_date=as_date(end),
                open_risks=n_open,
                critical_risks=n_crit,
                high_risks=n_high,
                reviews_due=n_due,
                next_milestone=nm_name,
                next_milestone_date=nm_date,
                next_milestone_is_gate=nm_kind == MilestoneKind.DECISION_GATE,
                overdue_milestones=overdue_ms.get(eid, 0),
                overdue_actions=overdue_act.get(eid, 0),
                rag_set_at=as_moment(rag_set_at),
                report_status=Rag(report_status) if report_status else None,
                report_date=as_date(report_date),
                report_issued_at=as_moment(issued),
            )
        )
    return summaries


def engagement_summary(
    store: Store, engagement_id: str, today: date | None = None
) -> EngagementSummary | None:
    """One engagement's row of the overview, whatever its status (None when it is archived
    or gone): what its workspace shows about open risks, late work and its RAG."""
    with store.read() as s:
        q = _query(
            session_reader(s), today or clock.today(), tuple(EngagementStatus), engagement_id
        )
        rows = _summaries(q)
    return rows[0] if rows else None


def _by_status(q: Query) -> dict[EngagementStatus, int]:
    counts = {EngagementStatus(r[0]): int(r[1]) for r in q.run(sql.BY_STATUS)}
    return {s: counts.get(s, 0) for s in EngagementStatus}


def _overdue_audits(q: Query) -> dict[str, Any]:
    today: date = q.params["today"]
    try:
        rows = q.run(sql.OVERDUE_AUDITS_KEYED, audits=AUDITS_LISTED, today_key=today.isoformat())
    except sqlite3.OperationalError:  # a file read before the upgrade that keys partners
        rows = q.run(sql.OVERDUE_AUDITS, audits=AUDITS_LISTED)
    return {
        "audits_overdue": [
            OverdueAudit(r[0], r[1], d) for r in rows if (d := as_date(r[2])) is not None
        ],
        "audits_overdue_total": int(rows[0][3]) if rows else 0,
    }


def portfolio_overview(
    session: Session,
    today: date | None = None,
    statuses: Iterable[EngagementStatus] = RUNNING_STATUSES,
) -> PortfolioOverview:
    """The overview as of `today` (default: the local date) for non-archived engagements
    whose status is in `statuses`."""
    return overview_from(session_reader(session), today, statuses)


# --- the agenda -----------------------------------------------------------------------------
def agenda_from(
    read: Reader,
    today: date | None = None,
    horizon_days: int = AGENDA_DAYS,
    statuses: Iterable[EngagementStatus] = RUNNING_STATUSES,
    limit: int = 500,
) -> list[AgendaItem]:
    """Late and upcoming work across the listed engagements, earliest first: unfinished
    schedule items past their finish, milestones and gates finishing within the horizon,
    risk reviews and open action items due within it (or already late)."""
    today = today or clock.today()
    window = {"horizon": date.fromordinal(today.toordinal() + horizon_days), "limit": limit}
    q = _query(read, today, statuses)
    items: list[AgendaItem] = []
    for name, finish, kind, eid, title, side in q.run(sql.AGENDA_MILESTONES, **window):
        due = as_date(finish) or today
        owner = Side(side).label if side else ""
        items.append(
            AgendaItem(due, MilestoneKind(kind).value, name, eid, title, owner, due < today)
        )
    for number, rtitle, review, eid, title, owner in q.run(sql.AGENDA_REVIEWS, **window):
        due = as_date(review) or today
        text = f"{risk_codes.code(int(number))} {rtitle}"
        items.append(AgendaItem(due, "risk_review", text, eid, title, owner, due < today))
    for text, due_value, eid, title, owner in q.run(sql.AGENDA_ACTIONS, **window):
        due = as_date(due_value) or today
        first_line = text.strip().splitlines()[0] if text.strip() else ""
        items.append(AgendaItem(due, "action", first_line, eid, title, owner, due < today))
    items += _agenda_reassessments(q, today, window)
    items.sort(key=lambda i: (i.due, i.engagement_title.casefold(), i.title.casefold()))
    return items[:limit]


def _agenda_reassessments(q: Query, today: date, window: dict[str, Any]) -> list[AgendaItem]:
    """Partner reassessments asked for at a phase change or a gate and not yet done."""
    from cdmo_desktop.domain.reassessment_title import reassessment_title

    rows = q.run(sql.AGENDA_REASSESSMENTS, **window)
    out = []
    for partner, from_phase, to_phase, gate, due_value, eid, title, owner in rows:
        due = as_date(due_value) or today
        what = reassessment_title(partner, from_phase or "", to_phase or "", gate or "")
        out.append(AgendaItem(due, "reassessment", what, eid, title, owner, due < today))
    return out


def agenda(
    session: Session,
    today: date | None = None,
    horizon_days: int = AGENDA_DAYS,
    statuses: Iterable[EngagementStatus] = RUNNING_STATUSES,
    limit: int = 500,
) -> list[AgendaItem]:
    """The agenda (see `agenda_from`) in `session`'s transaction."""
    return agenda_from(session_reader(session), today, horizon_days, statuses, limit)


# --- both, for the Portfolio screen ---------------------------------------------------------
def portfolio_snapshot(
    read: Reader, today: date | None = None, horizon_days: int = AGENDA_DAYS
) -> PortfolioSnapshot:
    """The overview and the agenda as of `today`, read through `read`."""
    overview = overview_from(read, today)
    return PortfolioSnapshot(overview, agenda_from(read, overview.today, horizon_days))


def session_snapshot(
    session: Session, today: date | None = None, horizon_days: int = AGENDA_DAYS
) -> PortfolioSnapshot:
    """`portfolio_snapshot` in `session`'s transaction."""
    return portfolio_snapshot(session_reader(session), today, horizon_days)


def read_snapshot(
    path: Path, today: date | None = None, horizon_days: int = AGENDA_DAYS
) -> PortfolioSnapshot:
    """`portfolio_snapshot` straight from the file through a read-only stdlib connection
    (no ORM; writes nothing, creates nothing beside the file). For the window's first
    paint: the caller holds the instance lock, so nobody changes the file meanwhile."""
    from cdmo_desktop.store.engine import connect_readonly

    conn = connect_readonly(path)
    try:
        conn.isolation_level = None
        conn.execute("BEGIN")  # one consistent read for every query
        return portfolio_snapshot(sqlite_reader(conn), today, horizon_days)
    finally:
        conn.close()
