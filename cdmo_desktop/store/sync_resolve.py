"""The conflicts a sync merge listed (store/sync_rules.py), and settling them: keep this
side's value or the other's (an ordinary edit that travels), merge duplicate partners.
Re-exported by store/sync.py, the module to use."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models.sync import SYNC_CONFLICT
from cdmo_desktop.store import changesets, sync_clock, sync_log
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.errors import StoreError
from cdmo_desktop.store.store import Store
from cdmo_desktop.store.sync_types import Conflict


def _label(s: Session, table: str, row_id: str) -> str:
    try:
        model = changesets.model_for_table(table)
    except LookupError:
        return table
    obj = s.get(model, row_id)
    if obj is None:
        return table.replace("_", " ")
    if table == "risk":
        from cdmo_desktop.domain.risk_review import code

        return f"{code(obj.number)} {obj.title}"  # type: ignore[attr-defined]
    for name in ("name", "title", "label"):
        value = getattr(obj, name, None)
        if isinstance(value, str) and value:
            return value
    return table.replace("_", " ")


def read_conflicts(
    s: Session, *, keys: list[str] | None = None, open_only: bool = False, one: str | None = None
) -> list[Conflict]:
    query = sa.select(SYNC_CONFLICT).order_by(SYNC_CONFLICT.c.detected_at, SYNC_CONFLICT.c.id)
    if keys is not None:
        if not keys:
            return []
        query = query.where(SYNC_CONFLICT.c.key.in_(sorted(set(keys))))
    if open_only:
        query = query.where(SYNC_CONFLICT.c.resolved_at.is_(None))
    if one is not None:
        query = query.where(SYNC_CONFLICT.c.id == one)
    out = []
    for r in s.connection().execute(query).all():
        when = r.other_hlc or ""
        out.append(
            Conflict(
                id=r.id,
                kind=r.kind,
                table=r.table_name,
                row_id=r.row_id,
                record_label=_label(s, r.table_name, r.row_id),
                field=r.field,
                here_value=r.here_value,
                other_value=r.other_value,
                other_user=r.other_user,
                other_when=_when(when),
                resolved=r.resolved_at is not None,
            )
        )
    return out


def _when(hlc: str) -> str:
    """The time of a change as ISO 8601 UTC, from its hlc ("" when unknown)."""
    if not hlc:
        return ""
    wall = sync_clock.parse(hlc)[0]
    return datetime.fromtimestamp(wall / 1000, UTC).isoformat(timespec="seconds")


def conflicts(store: Store, *, open_only: bool = True) -> list[Conflict]:
    with store.read() as s:
        return read_conflicts(s, open_only=open_only)


def merge_duplicate(store: Store, conflict_id: str, *, keep_first: bool = True) -> ChangeSet:
    """Settle a possible duplicate by merging: the pair's first partner (the one the list
    names, `Conflict.row_id`) is kept and the other folded into it, or, with `keep_first`
    False, the other way round."""
    with store.read() as s:
        key = (
            s.connection()
            .execute(
                sa.select(SYNC_CONFLICT.c.key).where(
                    SYNC_CONFLICT.c.id == conflict_id,
                    SYNC_CONFLICT.c.kind == "duplicate",
                    SYNC_CONFLICT.c.resolved_at.is_(None),
                )
            )
            .scalar()
        )
    if key is None:
        raise StoreError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "the conflict is no longer listed; nothing was changed"
                )
            )
        )
    _, first, second = str(key).split(":", 2)
    return (
        merge_partners(store, first, second) if keep_first else merge_partners(store, second, first)
    )


def resolve_conflict(store: Store, conflict_id: str, keep: str) -> ChangeSet:
    """Settle a conflict: keep "here" (the value this database holds) or "other" (the value
    that lost: written now as an ordinary edit, so it travels to the other replicas). A
    deleted-and-edited record: "here" keeps it, "other" deletes it. Possible duplicates:
    "here" keeps both partners, "other" merges the later one into the earlier."""
    if keep not in ("here", "other"):
        raise ValueError(f"keep must be 'here' or 'other', not {keep!r}")
    with store.read() as s:
        found = read_conflicts(s, one=conflict_id)
        key = (
            s.connection()
            .execute(sa.select(SYNC_CONFLICT.c.key).where(SYNC_CONFLICT.c.id == conflict_id))
            .scalar()
        )
    if not found or key is None:
        raise StoreError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "the conflict is no longer listed; nothing was changed"
                )
            )
        )
    conflict = found[0]
    if conflict.kind == "duplicate" and keep == "other":
        _, first, second = str(key).split(":", 2)
        return merge_partners(store, first, second)

    def work(s: Session) -> None:
        if keep == "other" and conflict.kind == "field" and conflict.field:
            model = changesets.model_for_table(conflict.table)
            obj = s.get(model, conflict.row_id)
            if obj is not None:
                setattr(
                    obj,
                    conflict.field,
                    sync_log.typed(model, conflict.field, conflict.other_value),
                )
        elif keep == "other" and conflict.kind == "delete_edit":
            obj = s.get(changesets.model_for_table(conflict.table), conflict.row_id)
            if obj is not None:
                s.delete(obj)
        s.flush()
        _mark(s, conflict.id, f"kept {keep}")

    return store.write(msg(QT_TRANSLATE_NOOP("messages", "Resolve sync conflict")), work)


def _mark(s: Session, conflict_id: str, resolution: str) -> None:
    s.connection().execute(
        sa.update(SYNC_CONFLICT)
        .where(SYNC_CONFLICT.c.id == conflict_id)
        .values(resolved_at=datetime.now(UTC), resolution=resolution)
    )


def merge_partners(store: Store, keep_id: str, duplicate_id: str) -> ChangeSet:
    """Fold the partner `duplicate_id` into `keep_id`: its engagements, sites, contacts,
    audits and other rows point to the kept partner, and the duplicate is archived."""
    from sqlmodel import SQLModel

    from cdmo_desktop.domain.models import Partner

    if keep_id == duplicate_id:
        raise StoreError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "a partner cannot be merged into itself; nothing was changed"
                )
            )
        )

    def work(s: Session) -> None:
        keep, dup = s.get(Partner, keep_id), s.get(Partner, duplicate_id)
        if keep is None or dup is None:
            raise StoreError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "one of the two partners no longer exists; nothing was changed"
                    )
                )
            )
        for table in SQLModel.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table.name != "partner" or "id" not in table.c:
                    continue
                model = changesets.model_for_table(table.name)
                column = fk.parent.name
                for row_id in (
                    s.connection()
                    .execute(sa.select(table.c.id).where(fk.parent == duplicate_id))
                    .scalars()
                ):
                    obj = s.get(model, row_id)
                    if obj is None:
                        continue
                    if _would_repeat(s, table, obj, column, keep_id):
                        s.delete(obj)  # the kept partner already has the same pair
                    else:
                        setattr(obj, column, keep_id)
                    s.flush()
        dup.archived = True
        dup.archived_at = datetime.now(UTC)
        s.flush()
        first, second = sorted((keep_id, duplicate_id))
        s.connection().execute(
            sa.update(SYNC_CONFLICT)
            .where(SYNC_CONFLICT.c.key == f"duplicate:{first}:{second}")
            .values(resolved_at=datetime.now(UTC), resolution="merged")
        )

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Merge duplicate partners")),
        work,
        reason="merged duplicate partners",
    )


def _would_repeat(s: Session, table: sa.Table, obj: Any, column: str, keep_id: str) -> bool:
    """Whether re-pointing `obj` to `keep_id` would break a unique pair of `table`."""
    for constraint in table.constraints:
        if not isinstance(constraint, sa.UniqueConstraint):
            continue
        names = [c.name for c in constraint.columns]
        if column not in names:
            continue
        where = [table.c[n] == (keep_id if n == column else getattr(obj, n)) for n in names]
        if s.connection().execute(sa.select(table.c.id).where(*where)).first():
            return True
    return False
