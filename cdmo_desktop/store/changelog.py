"""The audit trail: one session hook records every insert, update and delete.

Rows are derived and validated in the same hook, so no form can write an invalid row or
forget the change log. Rows the database removes or clears by itself (ON DELETE CASCADE /
SET NULL) are logged too, and bulk INSERT/UPDATE/DELETE statements through a session are
refused, because they would change rows behind the hook's back.
"""

from __future__ import annotations

import getpass
import json
import threading
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session
from sqlmodel import SQLModel

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import ChangeLog, utcnow
from cdmo_desktop.domain.validation import ValidationError, validate
from cdmo_desktop.store import chain, changesets, derived, sync_clock

_SKIP_FIELDS = {"created_at", "updated_at", "row_version"}
# session.info key: the (table, row_id) a sync merge writes while it logs the sender's
# entries for them itself (store/sync.py); the hook records none of its own for those.
QUIET = "sync_quiet"
_clock_lock = threading.Lock()
_last_time = utcnow()


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry / no login name
        return "unknown"


def change_time() -> datetime:
    """UTC now, strictly increasing within the process, so the log's order is the order in
    which the changes were made even when two fall in the same microsecond."""
    global _last_time
    with _clock_lock:
        now = utcnow()
        if now <= _last_time:
            now = _last_time + timedelta(microseconds=1)
        _last_time = now
        return now


def to_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _columns(obj: Any) -> list[sa.Column[Any]]:
    return list(sa.inspect(type(obj)).columns)


def snapshot(values: Mapping[str, Any]) -> str:
    """A row's values as the change log holds them (insert and delete entries)."""
    return json.dumps(
        {k: to_text(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True
    )


def _snapshot(obj: Any) -> str:
    return snapshot(
        {c.key: getattr(obj, c.key, None) for c in _columns(obj) if c.key != "row_version"}
    )


def _entry(session: Session, table: str, row_id: Any, action: ChangeAction, **kw: Any) -> ChangeLog:
    return ChangeLog(
        user=session.info.get("user") or os_user(),
        table_name=table,
        row_id=str(row_id),
        action=action,
        reason=kw.pop("reason", None) or session.info.get("reason", ""),
        occurred_at=change_time(),
        **kw,
    )


def _checked(obj: Any) -> None:
    derive.apply(obj)
    errors = validate(obj)
    if errors:
        raise ValidationError(errors, type(obj).__name__)


def _update_entries(session: Session, obj: Any) -> list[ChangeLog]:
    state = sa.inspect(obj)
    out = []
    for col in _columns(obj):
        if col.key in _SKIP_FIELDS:
            continue
        hist = state.attrs[col.key].history
        if not hist.has_changes():
            continue
        old = to_text(hist.deleted[0] if hist.deleted else None)
        new = to_text(hist.added[0] if hist.added else None)
        if old != new:
            out.append(
                _entry(
                    session,
                    obj.__tablename__,
                    obj.id,
                    ChangeAction.UPDATE,
                    field=col.key,
                    old_value=old,
                    new_value=new,
                )
            )
    return out


def _old_values(obj: Any) -> dict[str, Any]:
    """The row as the database holds it, before this flush's changes to `obj`."""
    state = sa.inspect(obj)
    out = {}
    for col in _columns(obj):
        hist = state.attrs[col.key].history
        if hist.deleted:
            out[col.key] = hist.deleted[0]
        elif hist.unchanged:
            out[col.key] = hist.unchanged[0]
        elif not hist.added:
            out[col.key] = getattr(obj, col.key)
        else:  # set without ever being loaded: read what the database holds
            table = type(obj).__table__
            row = session_of(obj).execute(sa.select(table).where(table.c.id == obj.id)).first()
            return dict(row._asdict()) if row is not None else {}
    return out


def session_of(obj: Any) -> Session:
    session = sa.orm.object_session(obj)
    assert session is not None
    return session


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    derived.before_flush(session)
    entries: list[ChangeLog] = []
    for obj in list(session.new):
        if isinstance(obj, ChangeLog) or not hasattr(obj, "__tablename__"):
            continue
        changesets.note_before(session, type(obj), obj.id, None)
        _checked(obj)
        entries.append(
            _entry(
                session, obj.__tablename__, obj.id, ChangeAction.INSERT, new_value=_snapshot(obj)
            )
        )
    for obj in list(session.dirty):
        if not hasattr(obj, "__tablename__") or not session.is_modified(
            obj, include_collections=False
        ):
            continue
        if isinstance(obj, ChangeLog):
            raise ValidationError(
                {
                    "change_log": msg(
                        QT_TRANSLATE_NOOP("messages", "The change log is append-only.")
                    )
                },
                "ChangeLog",
            )
        changesets.note_before(session, type(obj), obj.id, _old_values(obj))
        _checked(obj)
        changes = _update_entries(session, obj)
        if changes and hasattr(obj, "updated_at"):
            obj.updated_at = utcnow()
        entries.extend(changes)
    deleted: dict[str, set[str]] = {}
    for obj in list(session.deleted):
        if isinstance(obj, ChangeLog):
            raise ValidationError(
                {
                    "change_log": msg(
                        QT_TRANSLATE_NOOP("messages", "The change log is append-only.")
                    )
                },
                "ChangeLog",
            )
        changesets.note_before(session, type(obj), obj.id, _old_values(obj))
        entries.append(
            _entry(
                session, obj.__tablename__, obj.id, ChangeAction.DELETE, old_value=_snapshot(obj)
            )
        )
        deleted.setdefault(obj.__tablename__, set()).add(str(obj.id))
    if deleted:
        entries.extend(_cascade_entries(session, deleted))
    quiet = session.info.get(QUIET)
    if quiet:  # a merge writes these rows and logs the sender's entries (store/sync.py)
        entries = [e for e in entries if (e.table_name, e.row_id) not in quiet]
    if entries:
        chain.lock_head(session.connection())  # before the counter is read (PostgreSQL)
    sync_clock.stamp(session.connection(), entries, session.info.get("location"))
    chain.seal(session.connection(), entries)
    session.add_all(entries)


def _cascade_entries(session: Session, deleted: dict[str, set[str]]) -> list[ChangeLog]:
    """Entries for the rows the database will delete (ON DELETE CASCADE) or clear
    (ON DELETE SET NULL) when the rows in `deleted` ({table: ids}) go."""
    conn = session.connection()
    tables = SQLModel.metadata.tables
    gone: dict[str, set[str]] = {t: set(ids) for t, ids in deleted.items()}
    cleared: list[tuple[str, str, str, str, str]] = []  # table, id, column, old, parent
    out: list[ChangeLog] = []
    frontier = dict(deleted)
    while frontier:
        next_frontier: dict[str, set[str]] = {}
        for parent, ids in frontier.items():
            for child, fk in _referencing(tables.values(), parent):
                rule = (fk.ondelete or "").upper()
                if rule not in ("CASCADE", "SET NULL") or "id" not in child.c:
                    continue
                rows = conn.execute(sa.select(child).where(fk.parent.in_(sorted(ids)))).all()
                for row in rows:
                    data = row._asdict()
                    row_id = str(data["id"])
                    model = changesets.model_for_table(child.name)
                    changesets.note_before(session, model, row_id, data)
                    if rule == "SET NULL":
                        old = str(data[fk.parent.name])
                        cleared.append((child.name, row_id, fk.parent.name, old, parent))
                    elif row_id not in gone.setdefault(child.name, set()):
                        gone[child.name].add(row_id)
                        next_frontier.setdefault(child.name, set()).add(row_id)
                        out.append(
                            _entry(
                                session,
                                child.name,
                                row_id,
                                ChangeAction.DELETE,
                                old_value=snapshot(data),
                                reason=_cascade_reason(session, parent),
                            )
                        )
        frontier = next_frontier
    for table, row_id, column, old, parent in cleared:
        if row_id in gone.get(table, set()):
            continue
        out.append(
            _entry(
                session,
                table,
                row_id,
                ChangeAction.UPDATE,
                field=column,
                old_value=old,
                new_value=None,
                reason=_cascade_reason(session, parent),
            )
        )
    return out


def _referencing(tables: Iterable[sa.Table], parent: str) -> list[tuple[sa.Table, sa.ForeignKey]]:
    return [(t, fk) for t in tables for fk in t.foreign_keys if fk.column.table.name == parent]


def _cascade_reason(session: Session, parent: str) -> str:
    why = f"{parent.replace('_', ' ')} deleted"
    reason = session.info.get("reason", "")
    return f"{reason} ({why})" if reason else why


class BulkWriteError(RuntimeError):
    """A bulk INSERT/UPDATE/DELETE statement through a store session (a programming error)."""


def _refuse_bulk_dml(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        raise BulkWriteError(
            "bulk INSERT/UPDATE/DELETE statements through a store session bypass validation "
            "and the change log; add, change or delete the objects instead"
        )


def _after_flush(session: Session, _ctx: Any) -> None:
    derived.after_flush(session)


def install(session_class: Any) -> None:
    """Attach the hooks to a sessionmaker / Session subclass (idempotent)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
    if not event.contains(session_class, "do_orm_execute", _refuse_bulk_dml):
        event.listen(session_class, "do_orm_execute", _refuse_bulk_dml)
