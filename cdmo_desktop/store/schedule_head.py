"""Schedules, read without the ORM: the SQL texts of a plan's rows and how they become a
`SchedulePlan`, run by whatever runs SQL text (`plan_from`): the store's session
(store/schedule.py `load_plan`), or a read-only stdlib sqlite3 connection on the file
(`read_head`), which the Schedule screen paints from when it is the start screen, before
the store (and SQLAlchemy with it) is loaded. Imports neither SQLAlchemy nor SQLModel.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus, Phase, Side
from cdmo_desktop.domain.scheduling import ScheduleItem, ScheduleLink, SchedulePlan

# Runs one SQL text with its named parameters (`:name`) and returns the rows as tuples.
Rows = Callable[[str, Mapping[str, object]], Sequence[Sequence[Any]]]

# The phase rank of domain.models.schedule.PHASE_RANK_SQL (that module loads the ORM),
# on the milestone's alias; tests/store/test_schedule_head.py keeps the two the same.
_PHASE_RANK = (
    "CASE m.phase "
    + " ".join(f"WHEN '{p.value}' THEN {i}" for i, p in enumerate(Phase))
    + f" ELSE {len(Phase)} END"
)

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
         {_PHASE_RANK},
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


def plan_from(run: Rows, engagement_id: str | None, limit: int | None) -> SchedulePlan:
    """The plan as `load_plan` describes it, its three queries run by `run`."""
    params: dict[str, object]
    if engagement_id is None:
        where, params = "e.archived = :archived", {"archived": False}
    else:
        where, params = "e.id = :eid", {"eid": engagement_id}
    engagements = [
        (r[0], f"{r[1]} · {r[2]}") for r in run(_ENGAGEMENTS_SQL.format(where=where), params)
    ]
    head = ""
    if limit is not None:
        head, params = "LIMIT :limit", {**params, "limit": limit}
    days = _Days()
    kinds, statuses, phases, sides = _KIND, _STATUS, _PHASE, _SIDE
    engagement_ids = {e: e for e, _ in engagements}  # one string per engagement, shared
    item = ScheduleItem
    rows = run(_ITEMS_SQL.format(where=where, limit=head), params)
    versions = {r[0]: r[-1] for r in rows}
    items = [
        item(
            i,
            name,
            days[start],
            days[finish],
            kinds[kind],
            engagement_ids.get(eng) or eng,
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
        found = run(_ENGAGEMENT_LINKS_SQL, {"eid": engagement_id})
    elif limit is None:
        found = run(_LINKS_SQL.format(where=where), params)
    elif items:
        marks = ", ".join(f":i{n}" for n in range(len(items)))
        ids = {f"i{n}": it.id for n, it in enumerate(items)}
        found = run(_HEAD_LINKS_SQL.format(marks=marks), ids)
    links = [
        ScheduleLink(link_id, same.get(pred, pred), same.get(succ, succ), _DEP[kind], lag)
        for link_id, pred, succ, kind, lag in found
    ]
    return SchedulePlan(items, links, engagements, versions)


def read_head(path: Path, engagement_id: str | None = None, *, limit: int | None) -> SchedulePlan:
    """The plan's first `limit` items (None: the whole plan; see `plan_from`) straight
    from the file through a read-only stdlib connection: no ORM, writes nothing, creates
    nothing beside the file. For the start screen before the store is open: the caller
    holds the instance lock, so nobody writes meanwhile."""
    from cdmo_desktop.store.engine import connect_readonly

    conn = connect_readonly(path)
    try:
        conn.isolation_level = None
        conn.execute("BEGIN")  # one consistent read for the three queries

        def rows(sql: str, params: Mapping[str, object]) -> Sequence[Sequence[Any]]:
            return conn.execute(sql, params).fetchall()

        return plan_from(rows, engagement_id, limit)
    finally:
        conn.close()
