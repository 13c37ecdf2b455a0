"""Schedules, read: an engagement's (or the portfolio's) items and links as plain rows, its
named baselines, and the contract-date conflicts reports warn about.

Loading reads raw rows (no ORM objects, no per-value type processing) so a 10,000-item plan
arrives in a few tens of milliseconds: on SQLite through the driver's own cursor, in the
session's transaction (`_rows`, the one SQLite-only spot here). The SQL texts and the
rows-to-plan step are in `schedule_head` (no ORM: the first paint reads the file with
them). Edits are in `schedule_edits`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import Phase
from cdmo_desktop.domain.models import BaselineDate, Engagement, Milestone, ScheduleBaseline
from cdmo_desktop.domain.scheduling import ContractConflict, PlanGraph, SchedulePlan
from cdmo_desktop.store.schedule_head import plan_from

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store


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
    conn = session.connection()
    return plan_from(lambda sql, params: _rows(conn, sql, params), engagement_id, limit)


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
