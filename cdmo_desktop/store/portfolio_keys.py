"""The Portfolio's aggregate columns as stored keys on the engagement (issue 12).

Columns 3-7 of the Portfolio order engagements by what belongs to them: open risks by level,
reviews due, the next milestone, late milestones, late actions. Counted by joining and
grouping every row that costs 0.7-2 s per sort at 100,000 engagements; stored on the
engagement (domain.models.engagement.PORTFOLIO_KEYS) and indexed per column
(PORTFOLIO_ORDERS), a sort is an index walk and a page a seek.

The risk keys hold whatever the day. The others count or date as of one *key day*
(`portfolio_key_day`, one row): reviews due on or before it, the first milestone on or
after it, milestones and actions late before it. A list read for another day than the key
day falls back to the joined query (store.portfolio_list), so the order is never wrong.

Kept current:
- for every write path (forms, undo and redo through Store.replay, imports, sync apply,
  erasure) by `after_flush`: the engagements whose risks, schedule items or action items
  were added, changed (in a field the keys read) or removed get their keys recomputed as
  of the key day, with a plain UPDATE (derived data, never change-logged:
  changesets.CAPTURE_SKIP);
- at a day rollover by `roll` (the Portfolio screen calls store.portfolio_list.catch_up
  when it reads for a new day):
  only the engagements with a review, milestone or action dated between the key day and the
  new day can have other keys, found along the dates' indexes;
- in bulk by `rebuild` (store.bulk.REBUILDERS; the migration 0022).

Portable SQL: on PostgreSQL the keys are kept the same way, but row-level security lets
a consultant's roll update only the engagements they see, so one key day could not hold for
everyone. On a team server only a login that sees every engagement (the owner, a superuser,
an admin: store.server_security.sees_everything) rolls; it also sets the *whole day*
(`WHOLE`, row 2 of portfolio_key_day) to the key day, and the Portfolio reads the dated keys
there only while both are the day read for (`holds`). A server whose key day a
consultant's roll moved (before this rule) has no whole day: the Portfolio counts those
columns there until the first roll that sees everything puts right every engagement whose
dated keys differ from what they should be (`_make_whole`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from cdmo_desktop.domain import clock, risk_review
from cdmo_desktop.domain.enums import ActionStatus, MilestoneKind, MilestoneStatus, RiskLevel
from cdmo_desktop.domain.models import ActionItem, Engagement, Milestone, Risk
from cdmo_desktop.domain.models.engagement import (
    PORTFOLIO_KEYS,
    PORTFOLIO_NO_MILESTONE,
    PORTFOLIO_ORDERS,
)

E = cast(sa.Table, sa.inspect(Engagement).local_table)
R = cast(sa.Table, sa.inspect(Risk).local_table)
M = cast(sa.Table, sa.inspect(Milestone).local_table)
A = cast(sa.Table, sa.inspect(ActionItem).local_table)
# The day the dated keys hold for (one row, id 1). Derived data, not a model.
KEY_DAY = sa.Table(
    "portfolio_key_day",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("day", sa.Date(), nullable=False),
)
_OPEN_RISK = tuple(s.value for s in risk_review.ACTIVE_STATUSES)
_FINISHED = (MilestoneStatus.DONE.value, MilestoneStatus.CANCELLED.value)
_NEXT_KINDS = (MilestoneKind.MILESTONE.value, MilestoneKind.DECISION_GATE.value)
_OPEN_ACTION = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
# Fields of a child row the keys read: a write to any other field leaves the keys alone.
_READS: dict[type[Any], tuple[str, ...]] = {
    Risk: ("engagement_id", "status", "level", "next_review_date"),
    Milestone: ("engagement_id", "status", "kind", "planned_finish"),
    ActionItem: ("engagement_id", "status", "due_date"),
}
_CHUNK = 500


def _minus_count(table: sa.Table, *where: Any) -> Any:
    count = sa.select(sa.func.count()).select_from(table).where(*where).scalar_subquery()
    return -count


def key_values(day: date) -> dict[str, Any]:
    """SQL for each key of the engagement row E as of `day` (correlated subqueries along
    each child table's engagement_id index)."""
    risk_open = (R.c.engagement_id == E.c.id, R.c.status.in_(_OPEN_RISK))
    late = (M.c.engagement_id == E.c.id, M.c.status.not_in(_FINISHED))
    next_day = (
        sa.select(sa.func.min(M.c.planned_finish))
        .where(*late, M.c.kind.in_(_NEXT_KINDS), M.c.planned_finish >= day)
        .scalar_subquery()
    )
    values = {
        "pf_critical": _minus_count(R, *risk_open, R.c.level == RiskLevel.CRITICAL.value),
        "pf_high": _minus_count(R, *risk_open, R.c.level == RiskLevel.HIGH.value),
        "pf_open": _minus_count(R, *risk_open),
        "pf_reviews": _minus_count(R, *risk_open, R.c.next_review_date <= day),
        "pf_next": sa.func.coalesce(next_day, PORTFOLIO_NO_MILESTONE),
        "pf_late_milestones": _minus_count(M, *late, M.c.planned_finish < day),
        "pf_late_actions": _minus_count(
            A, A.c.engagement_id == E.c.id, A.c.status.in_(_OPEN_ACTION), A.c.due_date < day
        ),
    }
    assert tuple(values) == PORTFOLIO_KEYS
    return values


# Row 2 of portfolio_key_day, on a team server: the key day when a roll or rebuild that
# saw every engagement set it (see the module doc).
WHOLE = 2


def key_day(conn: sa.Connection, row: int = 1) -> date | None:
    """The day the dated keys hold for (None: no keys yet); `row` WHOLE: the whole day."""
    return conn.execute(sa.select(KEY_DAY.c.day).where(KEY_DAY.c.id == row)).scalar_one_or_none()


def _server(conn: sa.Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _set_key_day(conn: sa.Connection, day: date) -> None:
    for row in (1, WHOLE) if _server(conn) else (1,):
        if conn.execute(sa.update(KEY_DAY).where(KEY_DAY.c.id == row).values(day=day)).rowcount:
            continue
        conn.execute(sa.insert(KEY_DAY).values(id=row, day=day))


def holds(conn: sa.Connection, day: date) -> bool:
    """Whether the dated keys hold for `day`: the key day is `day` (on a team server, set
    by a roll that saw every engagement: the whole day is `day` too)."""
    rows = (1, WHOLE) if _server(conn) else (1,)
    return all(key_day(conn, row) == day for row in rows)


def refresh(conn: sa.Connection, engagement_ids: Iterable[str], day: date) -> None:
    """Recompute the keys of these engagements as of `day`."""
    ids = sorted(set(engagement_ids))
    values = key_values(day)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        conn.execute(sa.update(E).where(E.c.id.in_(chunk)).values(values))


# --- every write path ---------------------------------------------------------------------
def _changed(obj: Any, fields: tuple[str, ...]) -> bool:
    attrs = sa.inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in fields)


def _touched(session: Session) -> Iterator[str]:
    """Ids of the engagements whose keys this flush may have changed."""
    # The keys read only the children: an engagement's own fields (title, status, archived)
    # are read from its row by the list, and a new one holds the keys of none.
    for obj in session.new:
        if type(obj) in _READS:
            yield obj.engagement_id
    for obj in session.deleted:
        if type(obj) in _READS:
            yield obj.engagement_id
    for obj in session.dirty:
        fields = _READS.get(type(obj))
        if fields is not None and obj not in session.deleted and _changed(obj, fields):
            yield obj.engagement_id
            yield from sa.inspect(obj).attrs.engagement_id.history.deleted or ()


def after_flush(session: Session) -> None:
    """The keys of the engagements whose children this flush touched, recomputed as of the
    key day (a deleted engagement takes its keys with it)."""
    touched = {e for e in _touched(session) if e}
    if not touched:
        return
    conn = session.connection()
    day = key_day(conn)
    if day is None:  # a database the migration has not filled (never after 0022)
        return
    refresh(conn, touched, day)


# --- the day rollover ---------------------------------------------------------------------
def _dated_between(low: date, high: date) -> sa.CompoundSelect:
    """Engagements with a review, milestone or action dated in [low, high] (whatever their
    status: a few more than needed, each along its date's index)."""
    return sa.union(
        sa.select(R.c.engagement_id).where(R.c.next_review_date.between(low, high)),
        sa.select(M.c.engagement_id).where(M.c.planned_finish.between(low, high)),
        sa.select(A.c.engagement_id).where(A.c.due_date.between(low, high)),
    )


def roll(conn: sa.Connection, day: date) -> int:
    """Move the key day to `day`: only the engagements with something dated between the
    two days get their keys recomputed (every other engagement's keys are the same for
    both days). Returns how many were recomputed (-1: every one). On a team server only a
    login that sees every engagement rolls (see the module doc); another rolls none."""
    current = key_day(conn)
    if _server(conn):
        from cdmo_desktop.store import server_security

        if not server_security.sees_everything(conn):
            return 0
        if current is not None and key_day(conn, WHOLE) != current:
            return _make_whole(conn, day)
    if current == day:
        return 0
    if current is None:
        rebuild(conn, day)
        return -1
    low, high = min(current, day), max(current, day)
    ids = [str(r[0]) for r in conn.execute(_dated_between(low, high))]
    with _marks_for(conn, len(ids)):
        refresh(conn, ids, day)
    _set_key_day(conn, day)
    return len(ids)


_DATED_KEYS = ("pf_reviews", "pf_next", "pf_late_milestones", "pf_late_actions")


def _make_whole(conn: sa.Connection, day: date) -> int:
    """The dated keys of a team server whose key day a consultant's roll moved (no whole
    day) made to hold for `day`, then the day marked whole. Only an engagement with a
    dated review, milestone or action can hold keys of another day (the risk counts hold
    whatever the day): those are compared with their keys as of `day` along each child
    table's engagement index, and only the ones that differ are written (rewriting a row
    costs every index of the engagement). Returns how many were written."""
    values = key_values(day)
    dated = sa.union(
        sa.select(R.c.engagement_id).where(R.c.next_review_date.is_not(None)),
        sa.select(M.c.engagement_id).where(M.c.planned_finish.is_not(None)),
        sa.select(A.c.engagement_id).where(A.c.due_date.is_not(None)),
    )
    stale = sa.or_(*(E.c[k] != values[k] for k in _DATED_KEYS))
    written = conn.execute(
        sa.update(E)
        .where(E.c.id.in_(dated.scalar_subquery()), stale)
        .values({k: values[k] for k in _DATED_KEYS})
    ).rowcount
    _set_key_day(conn, day)
    return int(written)


# An engagement moved through the marks' triggers (store.engagement_marks) costs about a
# third of what cutting every order afresh costs per engagement: a roll rewriting more
# than this share of the engagements (a long absence) cuts them afresh instead.
RECUT_SHARE = 1 / 3


def _marks_for(conn: sa.Connection, rewritten: int) -> AbstractContextManager[None]:
    from cdmo_desktop.store import engagement_marks, marks

    if rewritten == 0:
        return nullcontext()
    total = int(conn.execute(sa.select(sa.func.count()).select_from(E)).scalar_one())
    if rewritten <= total * RECUT_SHARE:
        return nullcontext()
    return marks.suspended(conn, engagement_marks.ENGAGEMENT)


# --- in bulk ------------------------------------------------------------------------------
def rebuild(connection: sa.Connection, day: date | None = None) -> None:
    """Every engagement's keys as of `day` (default today), its indexes made afresh once the
    keys are in (rows written around the flush hook, the migration)."""
    from cdmo_desktop.store import engagement_marks, marks

    day = day or clock.today()
    for name in PORTFOLIO_ORDERS:
        connection.exec_driver_sql(f'DROP INDEX IF EXISTS "{name}"')
    # The engagements' marks are cut afresh once the keys and their indexes are in.
    with marks.suspended(connection, engagement_marks.ENGAGEMENT):
        connection.execute(sa.update(E).values(key_values(day)))
        for index in E.indexes:
            if index.name in PORTFOLIO_ORDERS:
                index.create(connection)
    _set_key_day(connection, day)
