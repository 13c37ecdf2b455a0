"""Reading the change log: what changed, when, by whom and why.

Used by the partner overview ("recent changes"), the risk score history and the charter's
"what changed since sign-off". Every function takes a Session and returns plain rows,
newest first unless said otherwise, but `charter_history`, which the charter's history
dialog calls with the Store. Row ids are UUIDs, unique across tables, so a set of
rows from several tables (a charter and its metrics, a partner and its sites) is just a set
of ids.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.models import ChangeLog, Charter, Erasure, PartnerSite, TeamMember
from cdmo_desktop.domain.models.erasure import ErasureKind

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


@dataclass(frozen=True)
class Change:
    """One change-log row. For an insert `new_value` (for a delete `old_value`) holds all
    fields as JSON; `values()` decodes it. For an update, `field` changed from `old_value`
    to `new_value` (both text, None for empty)."""

    occurred_at: datetime
    user: str
    table_name: str
    row_id: str
    action: ChangeAction
    field: str | None
    old_value: str | None
    new_value: str | None
    reason: str

    def values(self) -> dict[str, str | None]:
        """The row's fields at insert (or just before delete); {} for an update."""
        raw = self.new_value if self.action is ChangeAction.INSERT else self.old_value
        if self.action is ChangeAction.UPDATE or not raw:
            return {}
        decoded: dict[str, str | None] = json.loads(raw)
        return decoded


@dataclass(frozen=True)
class FieldValue:
    """The value a field took at `occurred_at` (text as stored in the log; None = empty)."""

    occurred_at: datetime
    value: str | None
    user: str
    reason: str


def _table_name(table: str | type[Any]) -> str:
    return table if isinstance(table, str) else str(table.__tablename__)


def _change(row: ChangeLog) -> Change:
    return Change(
        occurred_at=row.occurred_at,
        user=row.user,
        table_name=row.table_name,
        row_id=row.row_id,
        action=ChangeAction(row.action),
        field=row.field,
        old_value=row.old_value,
        new_value=row.new_value,
        reason=row.reason,
    )


def _query(
    session: Session,
    where: ColumnElement[bool],
    *,
    limit: int | None,
    since: datetime | None,
    oldest_first: bool = False,
) -> list[ChangeLog]:
    conditions = [where]
    if since is not None:
        conditions.append(col(ChangeLog.occurred_at) > since)
    order = col(ChangeLog.occurred_at)
    query = select(ChangeLog).where(and_(*conditions))
    query = query.order_by(order.asc() if oldest_first else order.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.exec(query).all())


def changes_for_row(
    session: Session, row_id: str, *, limit: int | None = 50, since: datetime | None = None
) -> list[Change]:
    """The latest changes of one row (any table), newest first."""
    rows = _query(session, col(ChangeLog.row_id) == row_id, limit=limit, since=since)
    return [_change(r) for r in rows]


def changes_for_rows(
    session: Session,
    row_ids: Iterable[str],
    *,
    limit: int | None = 100,
    since: datetime | None = None,
) -> list[Change]:
    """The latest changes of any of `row_ids` (rows of any tables), newest first."""
    ids = sorted(set(row_ids))
    rows: list[ChangeLog] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows.extend(_query(session, col(ChangeLog.row_id).in_(chunk), limit=limit, since=since))
    rows.sort(key=lambda r: r.occurred_at, reverse=True)
    if limit is not None:
        rows = rows[:limit]
    return [_change(r) for r in rows]


def changes_for_table(
    session: Session,
    table: str | type[Any],
    *,
    limit: int | None = 100,
    since: datetime | None = None,
) -> list[Change]:
    """The latest changes to any row of `table` (a table name or a model), newest first."""
    where = col(ChangeLog.table_name) == _table_name(table)
    return [_change(r) for r in _query(session, where, limit=limit, since=since)]


def field_history(session: Session, row_id: str, field: str) -> list[FieldValue]:
    """The values one field of one row took over time, oldest first: its value when the
    row was inserted, then every change. Ends with None if the row was deleted."""
    where = and_(
        col(ChangeLog.row_id) == row_id,
        or_(
            col(ChangeLog.action) != ChangeAction.UPDATE,
            col(ChangeLog.field) == field,
        ),
    )
    out: list[FieldValue] = []
    for row in _query(session, where, limit=None, since=None, oldest_first=True):
        change = _change(row)
        if change.action is ChangeAction.INSERT:
            value = change.values().get(field)
        elif change.action is ChangeAction.UPDATE:
            value = change.new_value
        else:
            value = None
        out.append(FieldValue(change.occurred_at, value, change.user, change.reason))
    return out


# --- the charter ------------------------------------------------------------------------
# success_metric: the charter's metrics before revision 0009 made them engagement KPIs (same
# ids, so a KPI's history starts with its success-metric rows).
_CHARTER_CHILDREN = (
    "engagement_kpi",
    "success_metric",
    "escalation_level",
    "charter_site",
    "kickoff_attendee",
)


@dataclass(frozen=True)
class CharterHistory:
    """The charter's changes, newest first, and the names of the people and sites its rows
    refer to (id -> name; rows deleted since are not named)."""

    changes: list[Change]
    names: dict[str, str]


def charter_history(store: Store, engagement_id: str, limit: int = 300) -> CharterHistory:
    """Every logged change of the charter and of its metrics, escalation levels, sites and
    attendees (rows deleted since included), newest first, with the reasons given."""
    with store.read() as s:
        query = select(Charter).where(Charter.engagement_id == engagement_id)
        charter = s.exec(query).first()
        if charter is None:
            return CharterHistory([], {})
        owners = (f'%"engagement_id": "{engagement_id}"%', f'%"charter_id": "{charter.id}"%')
        children = s.exec(
            select(ChangeLog.row_id).where(
                col(ChangeLog.table_name).in_(_CHARTER_CHILDREN),
                ChangeLog.action == ChangeAction.INSERT,
                or_(*(col(ChangeLog.new_value).like(o) for o in owners)),
            )
        ).all()
        changes = changes_for_rows(s, [charter.id, *children], limit=limit)
        names = {m.id: m.name for m in s.exec(select(TeamMember)).all()}
        names.update({p.id: p.name for p in s.exec(select(PartnerSite)).all()})
    return CharterHistory(changes, names)


# --- erasures ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ErasureNote:
    """One erasure as the history shows it."""

    erased_at: datetime
    user: str
    kind: ErasureKind
    table_name: str
    row_id: str
    fields: tuple[str, ...]
    reason: str

    def sentence(self, day_text: Callable[[date], str]) -> str:
        """ "Erased by Dana on 2 Dec 2026: contact name, e-mail, phone — the reason"."""
        day = day_text(self.erased_at.date())
        return f"Erased by {self.user} on {day}: {self.what} — {self.reason}"

    @property
    def what(self) -> str:
        """ "contact name, e-mail, phone" / "agreement recitals, risk owner"."""
        subject = self.table_name.replace("_", " ")
        own = [f for f in self.fields if "." not in f]
        other = [f.replace(".", " ").replace("_", " ") for f in self.fields if "." in f]
        words = [_FIELD_WORDS.get(f, f.replace("_", " ")) for f in own]
        first = f"{subject} {', '.join(words)}" if words else subject
        return ", ".join([first, *other])


_FIELD_WORDS = {"email": "e-mail"}


def erasures(session: Session, row_ids: Iterable[str] | None = None) -> list[ErasureNote]:
    """The erasures (of these rows, or all), newest first: the log's entry of each says
    who erased what kind of data, when and why (store.erasure)."""
    query = select(Erasure).order_by(col(Erasure.erased_at).desc())
    if row_ids is not None:
        query = query.where(col(Erasure.row_id).in_(sorted(set(row_ids))))
    out = []
    for e in session.exec(query).all():
        try:
            names = tuple(str(f) for f in json.loads(e.fields or "[]"))
        except ValueError:
            names = ()
        out.append(
            ErasureNote(
                e.erased_at, e.user, ErasureKind(e.kind), e.table_name, e.row_id, names, e.reason
            )
        )
    return out
