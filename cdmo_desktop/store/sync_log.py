"""The change log as the merge of sync reads and writes it (store/sync_merge.py): the
received entries sealed into this database's chain, the entries the merge makes itself
(stamped as this replica's), each row's entries, and logged text turned back into values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Union, get_args, get_origin

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.models import ChangeLog
from cdmo_desktop.store import audit, chain, changelog, sync_clock, sync_fold

RENUMBER_REASON = "renumbered by sync: the same number was made on another replica"
RENAME_REASON = "renamed by sync: the same name was made on another replica"
RECOMPUTE_REASON = "recomputed by sync from merged values"
# Logged columns the store derives from others (domain/derive.py, store/derived_*.py):
# merged, they are recomputed, and two values of them are no conflict.
DERIVED = frozenset({"name_key", "region", "score", "level", "last_audit_date", "next_audit_due"})
NOT_LOGGED = audit.NOT_LOGGED | {"row_version"}
_log = ChangeLog.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Full(sync_fold.Logged):
    origin: str = ""
    origin_seq: int = 0
    user: str = ""
    occurred_at: str = ""
    reason: str = ""


@dataclass
class Outcome:
    """What a merge did (store/sync.py turns it into a SyncReport)."""

    by_kind: dict[str, int] = field(default_factory=dict)
    conflict_keys: list[str] = field(default_factory=list)
    # The rows the merge writes: what their logs say (None: deleted).
    targets: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    renumbered: list[tuple[str, str, str, str]] = field(default_factory=list)  # table, id, old, new
    # The later row of a pair merged into the row kept (store/sync_children.py): its key ->
    # the kept row's id; and the rows here that belonged to it, put back under the kept row.
    merged: dict[tuple[str, str], str] = field(default_factory=dict)
    stashed: dict[tuple[str, str], list[tuple[str, str, dict[str, Any]]]] = field(
        default_factory=dict
    )


# --- values -------------------------------------------------------------------------------


def _annotation(model: type[SQLModel], name: str) -> Any:
    kind = model.model_fields[name].annotation
    if get_origin(kind) in (Union, getattr(__import__("types"), "UnionType", Union)):
        args = [a for a in get_args(kind) if a is not type(None)]
        kind = args[0] if args else str
    return kind


def typed(model: type[SQLModel], name: str, text: str | None) -> Any:
    """A logged text as the column's Python value."""
    if text is None:
        return None
    kind = _annotation(model, name)
    if isinstance(kind, type):
        if issubclass(kind, Enum):
            return kind(text)
        if issubclass(kind, bool):
            return text == "true"
        if issubclass(kind, int):
            return int(text)
        if issubclass(kind, Decimal):
            return Decimal(text)
        if issubclass(kind, datetime):
            moment = datetime.fromisoformat(text)
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        if issubclass(kind, date):
            return date.fromisoformat(text)
        if issubclass(kind, float):
            return float(text)
    return text


def columns(model: type[SQLModel]) -> list[str]:
    return [c.key for c in model.__table__.columns]  # type: ignore[attr-defined]


# --- the log ------------------------------------------------------------------------------


def action_text(value: Any) -> str:
    return str(getattr(value, "value", value))


def row_entries(
    conn: sa.Connection, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], list[Full]]:
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    out: dict[tuple[str, str], list[Full]] = {}
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = sa.select(
                _log.c.id,
                _log.c.row_id,
                _log.c.action,
                _log.c.field,
                _log.c.new_value,
                _log.c.hlc,
                _log.c.base_hlc,
                _log.c.seq,
                _log.c.origin,
                _log.c.origin_seq,
                _log.c.user,
                _log.c.occurred_at,
                _log.c.reason,
            ).where(_log.c.table_name == table, _log.c.row_id.in_(chunk))
            for r in conn.execute(query):
                out.setdefault((table, str(r.row_id)), []).append(
                    Full(
                        str(r.id),
                        action_text(r.action),
                        r.field,
                        r.new_value,
                        r.hlc or "",
                        r.base_hlc,
                        int(r.seq or 0),
                        str(r.origin or ""),
                        int(r.origin_seq or 0),
                        str(r.user or ""),
                        chain.time_text(r.occurred_at),
                        str(r.reason or ""),
                    )
                )
    for entries in out.values():
        entries.sort(key=lambda e: (e.hlc, e.seq))
    return out


def insert_entries(session: Session, entries: Sequence[ChangeLog]) -> None:
    """Seal `entries` (ChangeLog objects with their sync columns) into the chain and
    insert them with Core (so live.py shows them as others' changes)."""
    if not entries:
        return
    conn = session.connection()
    chain.seal(conn, entries)
    names = columns(ChangeLog)
    rows = []
    for e in entries:
        row = {n: getattr(e, n) for n in names}
        row["action"] = action_text(row["action"])
        rows.append(row)
    for start in range(0, len(rows), 2000):
        conn.execute(sa.insert(_log), rows[start : start + 2000])


def local_entries(session: Session, entries: list[ChangeLog]) -> None:
    """Entries of changes the merge decided: stamped as this replica's, then inserted."""
    if entries:
        chain.lock_head(session.connection())
        sync_clock.stamp(session.connection(), entries)
        insert_entries(session, entries)


def row_entry(
    session: Session, table: str, row_id: str, action: ChangeAction, snapshot: str, reason: str
) -> ChangeLog:
    """An insert (`snapshot` its new values) or delete (its old values) the merge decided."""
    return ChangeLog(
        user=session.info.get("user") or changelog.os_user(),
        table_name=table,
        row_id=row_id,
        action=action,
        new_value=snapshot if action is ChangeAction.INSERT else None,
        old_value=snapshot if action is ChangeAction.DELETE else None,
        reason=reason,
        occurred_at=changelog.change_time(),
    )


def log_entry(
    session: Session, table: str, row_id: str, name: str, old: Any, new: Any, reason: str
) -> ChangeLog:
    return ChangeLog(
        user=session.info.get("user") or changelog.os_user(),
        table_name=table,
        row_id=row_id,
        action=ChangeAction.UPDATE,
        field=name,
        old_value=old,
        new_value=new,
        reason=reason,
        occurred_at=changelog.change_time(),
    )
