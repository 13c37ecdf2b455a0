"""Schedules, read: an engagement's (or the portfolio's) items and links as plain rows, its
named baselines, and the contract-date conflicts reports warn about.

Loading reads raw rows (no ORM objects, no per-value type processing) so a 10,000-item plan
arrives in a few tens of milliseconds: on SQLite through the driver's own cursor, in the
session's transaction (`_rows`, the one SQLite-only spot here). Edits are in
`schedule_edits`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import (
    DependencyKind,
    MilestoneKind,
    MilestoneStatus,
    Phase,
    Side,
)
from cdmo_desktop.domain.models import BaselineDate, Engagement, Milestone, ScheduleBaseline
from cdmo_desktop.domain.models.schedule import PHASE_RANK_SQL
from cdmo_desktop.domain.scheduling import (
    ContractConflict,
    PlanGraph,
    ScheduleItem,
    ScheduleLink,
    SchedulePlan,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

_KIND = {m.value: m for m in MilestoneKind}
_STATUS = {m.value: m for m in MilestoneStatus}
_PHASE: dict[str | None, Phase | None] = {m.value: m for m in Phase}
_PHASE[None] = None
_SIDE = {m.value: m for m in Side}
_DEP = {m.value: m for m in DependencyKind}

_ITEMS_SQL = f"""
SELECT m.id, m.name, m.planned_start, m.planned_finish, m.kind, m.engagement_id,
       m.contract_fixed, m.percent_complete, m.status, m.baseline_start, m.baseline_finish,
       m.phase, m.owner_side, m.position, m.actual_start, m.actual_finish, m.row_version
FROM milestone AS m JOIN engagement AS e ON e.id = m.engagement_id
WHERE {{where}}
ORDER BY e.sort_start, e.sort_title, e.id,
         {PHASE_RANK_SQL.replace("CASE phase", "CASE m.phase")},
         m.position, m.planned_start, m.name
{{limit}}"""
_LINKS_SQL = """
SELECT d.id, d.predecessor_id, d.successor_id, d.kind, d.lag_days
FROM milestone_dependency AS d
JOIN milestone AS m ON m.id = d.successor_id
JOIN engagement AS e ON e.id = m.engagement_id
WHERE {where}
"""
# One engagement's links: its items through their engagement index, then each item's links
# (joined as above, SQLite scanned every item of every engagement).
_ENGAGEMENT_LINKS_SQL = """
SELECT d.id, d.predecessor_id, d.successor_id, d.kind, d.lag_days
FROM milestone AS m
JOIN milestone_dependency AS d ON d.successor_id = m.id
WHERE m.engagement_id = :eid
"""
_HEAD_LINKS_SQL = """
SELECT d.id, d.predecessor_id, d.successor_id, d.kind, d.lag_days
FROM milestone_dependency AS d
WHERE d.successor_id IN ({marks})
"""
_ENGAGEMENTS_SQL = """
SELECT e.id, e.title, p.name, e.status
FROM engagement AS e JOIN partner AS p ON p.id = e.partner_id
WHERE {where}
ORDER BY e.sort_start, e.sort_title, e.id
"""


class _Days(dict[str | date, date]):
    """ISO text -> date, each day parsed once: a plan's items share a few hundred distinct
    dates, so its rows share the same date objects (less to parse, less to hold). A
    driver that reads dates as dates (PostgreSQL's) gives them as they are."""

    def __missing__(self, text: str | date) -> date:
        day = self[text] = text if isinstance(text, date) else date.fromisoformat(text)
        return day


def load_plan(
    store: Store, engagement_id: str | None = None, *, limit: int | None = None
) -> SchedulePlan:
    """An engagement's schedule, or (None) every engagement that is not archived.

    Items come grouped by engagement (by start date, undated last, then title: the stored
    keys of ix_engagement_plan), then by phase (in the order phases follow), then by
    position and start date; the database sorts them, or for the head (`limit`) walks both
    indexes in order and stops. One query per table (engagements, items, links), whatever
    the size of the plan.

    With `limit` only the plan's first `limit` items are read, with the links that end on
    them (what a screen paints first: the cost does not grow with the items after them);
    fewer than `limit` items means the plan is whole."""
    with store.read() as s:
        return _read_plan(s, engagement_id, limit)


def _read_plan(session: Session, engagement_id: str | None, limit: int | None) -> SchedulePlan:
    params: dict[str, object]
    if engagement_id is None:
        where, params = "e.archived = :archived", {"archived": False}
    else:
        where, params = "e.id = :eid", {"eid": engagement_id}
    conn = session.connection()
    engagements = [
        (r[0], f"{r[1]} · {r[2]}")
        for r in _rows(conn, _ENGAGEMENTS_SQL.format(where=where), params)
    ]
    head = ""
    if limit is not None:
        head, params = "LIMIT :limit", {**params, "limit": limit}
    days = _Days()
    kinds, statuses, phases, sides = _KIND, _STATUS, _PHASE, _SIDE
    engagement_ids = {e: e for e, _ in engagements}  # one string per engagement, shared
    item = ScheduleItem
    rows = _rows(conn, _ITEMS_SQL.format(where=where, limit=head), params)
    versions = {r[0]: r[-1] for r in rows}
    items = [
        item(
            i,
            name,
            days[start],
            days[finish],
            kinds[kind],
            engagement_ids.get(eng, eng),
            bool(fixed),
            percent,
            statuses[status],
            days[b_start] if b_start else None,
            days[b_finish] if b_finish else None,
            phases[phase],
            sides[side],
            position,
            days[a_start] if a_start else None,
            days[a_finish] if a_finish else None,
        )
        for (
            i,
            name,
            start,
            finish,
            kind,
            eng,
            fixed,
            percent,
            status,
            b_start,
            b_finish,
            phase,
            side,
            position,
            a_start,
            a_finish,
            _version,
        ) in rows
    ]
    same = {it.id: it.id for it in items}  # links name their ends with the items' strings
    found: Sequence[Sequence[Any]] = []
    if limit is None and engagement_id is not None:
        found = _rows(conn, _ENGAGEMENT_LINKS_SQL, {"eid": engagement_id})
    elif limit is None:
        found = _rows(conn, _LINKS_SQL.format(where=where), params)
    elif items:
        marks = ", ".join(f":i{n}" for n in range(len(items)))
        ids = {f"i{n}": it.id for n, it in enumerate(items)}
        found = _rows(conn, _HEAD_LINKS_SQL.format(marks=marks), ids)
    links = [
        ScheduleLink(link_id, same.get(pred, pred), same.get(succ, succ), _DEP[kind], lag)
        for link_id, pred, succ, kind, lag in found
    ]
    return SchedulePlan(items, links, engagements, versions)


def _rows(conn: sa.Connection, sql: str, params: Mapping[str, object]) -> Sequence[Sequence[Any]]:
    """The rows of one SQL text (named parameters) in the session's transaction. On SQLite
    through the driver's cursor: the values are the same as `sa.text` gives (no types are
    declared, so none are processed), without a SQLAlchemy row per row, which cost 4x the
    query itself on a 10,000-item plan. Elsewhere through `sa.text`."""
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        assert raw is not None
        return raw.execute(sql, params).fetchall()
    return conn.execute(sa.text(sql), params).all()


def engagement_phase(store: Store, engagement_id: str) -> Phase | None:
    """The engagement's current phase (where a new item of an empty plan goes)."""
    with store.read() as s:
        engagement = s.get(Engagement, engagement_id)
        return engagement.phase if engagement is not None else None


def next_position(session: Session, engagement_id: str) -> int:
    """The position after the engagement's last item (a new item goes there)."""
    top = session.exec(
        select(sa.func.max(Milestone.position)).where(Milestone.engagement_id == engagement_id)
    ).one()
    return int(top or 0) + 1


def contract_conflicts(store: Store, engagement_id: str) -> list[ContractConflict]:
    """The engagement's contract-fixed items that its dependencies no longer let happen on
    their fixed date (how late, and why), in plan order: what the schedule screen flags
    in red and what a report should warn about."""
    plan = load_plan(store, engagement_id)
    return PlanGraph(plan.items, plan.links).contract_conflicts()


# --- named baselines ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BaselineInfo:
    id: str
    engagement_id: str
    name: str
    set_on: date


def baselines(store: Store, engagement_id: str | None = None) -> list[BaselineInfo]:
    """The baselines of an engagement (None: of every engagement), oldest first."""
    with store.read() as s:
        query = select(ScheduleBaseline).order_by(
            col(ScheduleBaseline.set_on), col(ScheduleBaseline.created_at)
        )
        if engagement_id is not None:
            query = query.where(ScheduleBaseline.engagement_id == engagement_id)
        return [BaselineInfo(b.id, b.engagement_id, b.name, b.set_on) for b in s.exec(query).all()]


def baseline_dates(store: Store, baseline_id: str) -> dict[str, tuple[date, date]]:
    """{item id: (start, finish)} of one baseline."""
    with store.read() as s:
        rows = s.exec(
            select(
                col(BaselineDate.milestone_id), col(BaselineDate.start), col(BaselineDate.finish)
            ).where(BaselineDate.baseline_id == baseline_id)
        ).all()
    return {item_id: (start, finish) for item_id, start, finish in rows}
