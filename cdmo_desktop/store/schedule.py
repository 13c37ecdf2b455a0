"""Schedules: load an engagement's (or the portfolio's) items and links as plain rows, save
moves, new links, new and deleted items, and baselines.

Loading reads raw rows (no ORM objects, no per-value type processing) so a 10,000-item plan
arrives in a few tens of milliseconds. Writes go through ORM rows so every change is
validated and change-logged like any other edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import (
    DependencyKind,
    MilestoneKind,
    MilestoneStatus,
    Phase,
    Side,
)
from cdmo_desktop.domain.models import Milestone, MilestoneDependency
from cdmo_desktop.domain.scheduling import ScheduleItem, ScheduleLink, SchedulePlan

_KIND = {m.value: m for m in MilestoneKind}
_STATUS = {m.value: m for m in MilestoneStatus}
_PHASE: dict[str | None, Phase | None] = {m.value: m for m in Phase}
_PHASE[None] = None
_SIDE = {m.value: m for m in Side}
_DEP = {m.value: m for m in DependencyKind}
_CHUNK = 500

_PHASE_ORDER = " ".join(f"WHEN '{p.value}' THEN {i}" for i, p in enumerate(Phase))
_ITEMS_SQL = f"""
SELECT m.id, m.name, m.planned_start, m.planned_finish, m.kind, m.engagement_id,
       m.contract_fixed, m.percent_complete, m.status, m.baseline_start, m.baseline_finish,
       m.phase, m.owner_side, m.position
FROM milestone AS m JOIN engagement AS e ON e.id = m.engagement_id
WHERE {{where}}
ORDER BY e.start_date IS NULL, e.start_date, e.title, e.id,
         CASE m.phase {_PHASE_ORDER} ELSE {len(Phase)} END,
         m.position, m.planned_start, m.name
"""
_LINKS_SQL = """
SELECT d.id, d.predecessor_id, d.successor_id, d.kind, d.lag_days
FROM milestone_dependency AS d
JOIN milestone AS m ON m.id = d.successor_id
JOIN engagement AS e ON e.id = m.engagement_id
WHERE {where}
"""
_ENGAGEMENTS_SQL = """
SELECT e.id, e.title, p.name, e.status
FROM engagement AS e JOIN partner AS p ON p.id = e.partner_id
WHERE {where}
ORDER BY e.start_date IS NULL, e.start_date, e.title, e.id
"""


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def load_plan(session: Session, engagement_id: str | None = None) -> SchedulePlan:
    """An engagement's schedule, or (None) every engagement that is not archived.

    Items come grouped by engagement (by start date), then by phase (in the order phases
    follow), then by position and start date; the database sorts them."""
    if engagement_id is None:
        where, params = "e.archived = 0", {}
    else:
        where, params = "e.id = :eid", {"eid": engagement_id}
    conn = session.connection()
    engagements = [
        (r[0], f"{r[1]} · {r[2]}")
        for r in conn.execute(sa.text(_ENGAGEMENTS_SQL.format(where=where)), params).all()
    ]
    day = date.fromisoformat
    items = [
        ScheduleItem(
            r[0],
            r[1],
            day(r[2]),
            day(r[3]),
            _KIND[r[4]],
            r[5],
            bool(r[6]),
            r[7],
            _STATUS[r[8]],
            _day(r[9]),
            _day(r[10]),
            _PHASE[r[11]],
            _SIDE[r[12]],
            r[13],
        )
        for r in conn.execute(sa.text(_ITEMS_SQL.format(where=where)), params).all()
    ]
    links = [
        ScheduleLink(r[0], r[1], r[2], _DEP[r[3]], r[4])
        for r in conn.execute(sa.text(_LINKS_SQL.format(where=where)), params).all()
    ]
    return SchedulePlan(items, links, engagements)


def _milestones(session: Session, ids: Iterable[str]) -> dict[str, Milestone]:
    wanted = list(ids)
    found: dict[str, Milestone] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        for m in session.exec(select(Milestone).where(col(Milestone.id).in_(chunk))):
            found[m.id] = m
    return found


def apply_changes(session: Session, changes: dict[str, dict[str, Any]]) -> None:
    """Set fields of several milestones in one go ({id: {field: value}}).

    Raises LookupError when an item no longer exists, ValidationError when a value is
    refused (the caller's session then rolls back and nothing is written)."""
    rows = _milestones(session, changes)
    missing = set(changes) - set(rows)
    if missing:
        raise LookupError(f"{len(missing)} schedule item(s) no longer exist.")
    for item_id, values in changes.items():
        m = rows[item_id]
        for name, value in values.items():
            setattr(m, name, value)
    session.flush()


def add_links(session: Session, links: Sequence[ScheduleLink]) -> None:
    for link in links:
        session.add(
            MilestoneDependency(
                id=link.id,
                predecessor_id=link.predecessor_id,
                successor_id=link.successor_id,
                kind=link.kind,
                lag_days=link.lag_days,
            )
        )
    session.flush()


def remove_links(session: Session, link_ids: Iterable[str]) -> None:
    for link_id in link_ids:
        row = session.get(MilestoneDependency, link_id)
        if row is not None:
            session.delete(row)
    session.flush()


def update_link(session: Session, link: ScheduleLink) -> None:
    row = session.get(MilestoneDependency, link.id)
    if row is None:
        raise LookupError("This dependency no longer exists.")
    row.kind = link.kind
    row.lag_days = link.lag_days
    session.flush()


def item_values(session: Session, item_id: str) -> dict[str, Any]:
    """Every column of one milestone (for re-creating it on undo)."""
    m = session.get(Milestone, item_id)
    if m is None:
        raise LookupError("This schedule item no longer exists.")
    return {c.key: getattr(m, c.key) for c in Milestone.__table__.columns}  # type: ignore[attr-defined]


def links_of(session: Session, item_id: str) -> list[ScheduleLink]:
    rows = session.exec(
        select(MilestoneDependency).where(
            sa.or_(
                col(MilestoneDependency.predecessor_id) == item_id,
                col(MilestoneDependency.successor_id) == item_id,
            )
        )
    ).all()
    return [ScheduleLink(d.id, d.predecessor_id, d.successor_id, d.kind, d.lag_days) for d in rows]


def insert_item(session: Session, values: dict[str, Any]) -> str:
    """Create a milestone from column values (id included when re-creating on undo)."""
    m = Milestone(**{k: v for k, v in values.items() if k not in ("created_at", "updated_at")})
    session.add(m)
    session.flush()
    return m.id


def delete_item(session: Session, item_id: str) -> None:
    """Delete one item and every dependency that touches it."""
    remove_links(session, [link.id for link in links_of(session, item_id)])
    m = session.get(Milestone, item_id)
    if m is not None:
        session.delete(m)
    session.flush()


def next_position(session: Session, engagement_id: str) -> int:
    top = session.exec(
        select(sa.func.max(Milestone.position)).where(Milestone.engagement_id == engagement_id)
    ).one()
    return int(top or 0) + 1


def baseline_changes(
    session: Session, engagement_id: str
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """(before, after) field values that copy the planned dates of every item of the
    engagement into its baseline; apply `after` to set the baseline, `before` to undo."""
    before: dict[str, dict[str, Any]] = {}
    after: dict[str, dict[str, Any]] = {}
    rows = session.exec(select(Milestone).where(Milestone.engagement_id == engagement_id)).all()
    for m in rows:
        if (m.baseline_start, m.baseline_finish) == (m.planned_start, m.planned_finish):
            continue
        before[m.id] = {"baseline_start": m.baseline_start, "baseline_finish": m.baseline_finish}
        after[m.id] = {"baseline_start": m.planned_start, "baseline_finish": m.planned_finish}
    return before, after


def set_baseline(session: Session, engagement_id: str) -> int:
    """Copy planned dates to the baseline for the whole engagement; returns items changed."""
    _before, after = baseline_changes(session, engagement_id)
    apply_changes(session, after)
    return len(after)
