"""The audit trail: one session hook records every insert, update and delete.

Rows are derived and validated in the same hook, so no form can write an invalid row or
forget the change log.
"""

from __future__ import annotations

import getpass
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.models import ChangeLog, utcnow
from cdmo_desktop.domain.validation import ValidationError, validate

_SKIP_FIELDS = {"created_at", "updated_at"}


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry / no login name
        return "unknown"


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


def _snapshot(obj: Any) -> str:
    data = {c.key: to_text(getattr(obj, c.key, None)) for c in _columns(obj)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _entry(session: Session, obj: Any, action: ChangeAction, **kw: Any) -> ChangeLog:
    return ChangeLog(
        user=session.info.get("user") or os_user(),
        table_name=type(obj).__tablename__,
        row_id=str(obj.id),
        action=action,
        reason=session.info.get("reason", ""),
        occurred_at=utcnow(),
        **kw,
    )


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    entries: list[ChangeLog] = []
    now = utcnow()
    for obj in list(session.new):
        if isinstance(obj, ChangeLog) or not hasattr(obj, "__tablename__"):
            continue
        derive.apply(obj)
        errors = validate(obj)
        if errors:
            raise ValidationError(errors, type(obj).__name__)
        entries.append(_entry(session, obj, ChangeAction.INSERT, new_value=_snapshot(obj)))
    for obj in list(session.dirty):
        if isinstance(obj, ChangeLog) or not session.is_modified(obj, include_collections=False):
            continue
        derive.apply(obj)
        errors = validate(obj)
        if errors:
            raise ValidationError(errors, type(obj).__name__)
        state = sa.inspect(obj)
        changed = False
        for col in _columns(obj):
            if col.key in _SKIP_FIELDS:
                continue
            hist = state.attrs[col.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if to_text(old) == to_text(new):
                continue
            changed = True
            entries.append(
                _entry(
                    session,
                    obj,
                    ChangeAction.UPDATE,
                    field=col.key,
                    old_value=to_text(old),
                    new_value=to_text(new),
                )
            )
        if changed and hasattr(obj, "updated_at"):
            obj.updated_at = now
    for obj in list(session.deleted):
        if isinstance(obj, ChangeLog):
            raise ValidationError({"change_log": "The change log is append-only."}, "ChangeLog")
        entries.append(_entry(session, obj, ChangeAction.DELETE, old_value=_snapshot(obj)))
    session.add_all(entries)


def install(session_class: Any) -> None:
    """Attach the hook to a sessionmaker / Session subclass (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
