"""Other sessions' writes, read back from the change log (live updates in team mode).

Every write logs its rows in the change log, numbered by `seq` in the order the writes
committed (the chain is sealed in the write transaction). A window on a shared database
keeps the last `seq` it has seen and asks `changes_since` every few seconds: the entries
after it that another session wrote become one ChangeSet naming the touched tables and
rows (as they stand now), the same notice a local edit gives, so open screens refresh.

Which entries are "this session's own" is noted as they are flushed (`after_flush` on
every store session), per engine: a window never refreshes for the edits it has already
announced, even when another laptop writes under the same user name.

Works on any Store: two Stores on one SQLite file, or a PostgreSQL server.
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import ChangeLog
from cdmo_desktop.store import changesets
from cdmo_desktop.store.changesets import CAPTURE_SKIP, ChangeSet, RowState
from cdmo_desktop.store.store import Store, StoreSession

# A remote write touches these tables' derived columns too (store/derived_*.py): a screen
# that shows them refreshes as it does after the same edit made locally.
DERIVED_FROM: dict[str, frozenset[str]] = {
    "engagement": frozenset({"engagement", "client", "partner"}),
    "partner": frozenset({"partner", "partner_site", "contact", "partner_audit", "engagement"}),
    "risk": frozenset({"risk", "milestone", "engagement"}),
    "engagement_kpi": frozenset({"engagement_kpi", "kpi_measurement"}),
}
BATCH = 2000  # log entries read per query
MAX_ROWS = 2000  # rows whose current values a notice carries; beyond: the tables only

_log = ChangeLog.__table__  # type: ignore[attr-defined]
_own_lock = threading.Lock()
_own: weakref.WeakKeyDictionary[sa.Engine, set[str]] = weakref.WeakKeyDictionary()


def _note_own_entries(session: Session, _flush_context: Any) -> None:
    """Remember the ids of the change-log entries this session is writing, by engine."""
    ids = [obj.id for obj in session.new if isinstance(obj, ChangeLog)]
    if not ids:
        return
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, sa.Connection) else bind
    with _own_lock:
        _own.setdefault(engine, set()).update(ids)


event.listen(StoreSession, "after_flush", _note_own_entries)


@dataclass(frozen=True)
class RemoteChanges:
    """What other sessions wrote after a cursor: the notice for the screens (None when
    there was nothing), the cursor to ask from next time, and who wrote it."""

    changeset: ChangeSet | None
    cursor: int
    users: tuple[str, ...] = ()


def log_head(store: Store) -> int:
    """The `seq` of the newest change-log entry this session can see (0 for none)."""
    with store.read() as s:
        return int(s.execute(sa.select(sa.func.max(_log.c.seq))).scalar() or 0)


def changes_since(store: Store, cursor: int) -> RemoteChanges:
    """The writes of other sessions logged after `cursor` (a `seq`), as one ChangeSet."""
    entries: list[Any] = []
    with store.read() as s:
        while True:
            batch = s.execute(
                sa.select(
                    _log.c.seq,
                    _log.c.id,
                    _log.c.user,
                    _log.c.table_name,
                    _log.c.row_id,
                    _log.c.action,
                    _log.c.field,
                    _log.c.old_value,
                )
                .where(_log.c.seq > cursor)
                .order_by(_log.c.seq)
                .limit(BATCH)
            ).all()
            if not batch:
                break
            entries.extend(batch)
            cursor = int(batch[-1].seq)
            if len(batch) < BATCH:
                break
        others = _drop_own(store.engine, entries)
        if not others:
            return RemoteChanges(None, cursor)
        changeset = _changeset(s, others)
    users = tuple(dict.fromkeys(str(e.user) for e in others if e.user))
    return RemoteChanges(changeset, cursor, users)


def _drop_own(engine: sa.Engine, entries: list[Any]) -> list[Any]:
    """The entries another session wrote; this session's own are forgotten once seen."""
    with _own_lock:
        own = _own.get(engine, set())
        seen = {str(e.id) for e in entries} & own
        own -= seen
    return [e for e in entries if str(e.id) not in seen]


def _changeset(s: Session, entries: list[Any]) -> ChangeSet:
    touched: dict[tuple[str, str], list[Any]] = {}
    for entry in entries:
        touched.setdefault((str(entry.table_name), str(entry.row_id)), []).append(entry)
    tables = {table for table, _ in touched}
    tables |= {derived for derived, sources in DERIVED_FROM.items() if sources & tables}
    before: list[RowState] = []
    after: list[RowState] = []
    if len(touched) <= MAX_ROWS:
        models = _models()
        current = _current_rows(s, touched, models)
        for key, logged in touched.items():
            model = models.get(key[0])
            if model is None:
                continue
            now = current.get(key)
            before.append(RowState(model, key[1], _before(now, logged)))
            after.append(RowState(model, key[1], now))
    users = ", ".join(dict.fromkeys(str(e.user) for e in entries if e.user))
    label = (
        msg(QT_TRANSLATE_NOOP("messages", "Changes by {users}"), users=users)
        if users
        else msg(QT_TRANSLATE_NOOP("messages", "Changes by another user"))
    )
    return ChangeSet(
        label,
        tuple(changesets.sort_parents_first(before)),
        tuple(changesets.sort_parents_first(after)),
        frozenset(tables),
    )


def _models() -> dict[str, type[Any]]:
    """Every table's model, by table name (read once per poll, not once per row)."""
    from sqlmodel import SQLModel

    out: dict[str, type[Any]] = {}
    for mapper in SQLModel._sa_registry.mappers:
        name = getattr(mapper.class_, "__tablename__", None)
        if isinstance(name, str):
            out.setdefault(name, mapper.class_)
    return out


def _current_rows(
    s: Session, touched: Iterable[tuple[str, str]], models: dict[str, type[Any]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """The touched rows as they stand now (absent: deleted since, or not visible)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in touched:
        by_table.setdefault(table, []).append(row_id)
    current: dict[tuple[str, str], dict[str, Any]] = {}
    for table_name, ids in by_table.items():
        model = models.get(table_name)
        if model is None:
            continue
        table = model.__table__
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in s.execute(sa.select(table).where(table.c.id.in_(chunk))):
                data = row._asdict()
                current[(table_name, str(data["id"]))] = {
                    k: v for k, v in data.items() if k not in CAPTURE_SKIP
                }
    return current


def _before(now: dict[str, Any] | None, logged: list[Any]) -> dict[str, Any] | None:
    """The row before the logged entries, as far as the log tells (values as logged text):
    nothing for an insert, the logged snapshot for a delete, the old field values over
    the current ones for updates."""
    first = logged[0]
    if _action(first.action) is ChangeAction.INSERT:
        return None
    if _action(first.action) is ChangeAction.DELETE and first.old_value:
        try:
            snapshot = json.loads(first.old_value)
        except ValueError:
            return None
        return {k: v for k, v in snapshot.items() if k not in CAPTURE_SKIP}
    values = dict(now or {})
    for entry in reversed(logged):
        if _action(entry.action) is ChangeAction.UPDATE and entry.field:
            values[str(entry.field)] = entry.old_value
    return values


def _action(value: Any) -> ChangeAction | None:
    if isinstance(value, ChangeAction):
        return value
    for member in ChangeAction:
        if value in (member.name, member.value):
            return member
    return None
