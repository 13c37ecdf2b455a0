"""A record kept by a merge keeps the records it belongs to (store/sync_merge.py).

A record deleted on one side and edited on the other is kept (store/sync_fold.py). When the
deleted record is a parent (a risk with its reviews, a milestone with its links) and the
edit was to one of its children, the child's delete is void but the parent's is not: the
child would be written under a parent that is gone. The merge then keeps the parent too:

- a row the merge keeps (or a row alive here that the merge leaves alone) whose parent is
  going or gone brings the parent back, as its log had it before the delete, up the chain;
- the parent's return is logged as an insert made by this replica (so the audit's replay
  and every other replica agree), and a "deleted on one side, edited on the other"
  conflict is listed under the parent's delete, as for a record edited itself.

A reference whose foreign key sets NULL on delete (a contact's site) does not keep its
parent: the kept row loses the reference, as the database does for a delete.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.store import changelog, sync_fold
from cdmo_desktop.store.sync_log import Full, local_entries, row_entries, row_entry

Key = tuple[str, str]
Targets = dict[Key, dict[str, Any] | None]
KEPT_REASON = "kept by sync: a record that belongs to it was edited on another replica"


def _references(table: sa.Table) -> Iterator[tuple[str, str, bool]]:
    """(column, parent table, sets NULL on delete) of each foreign key of `table`."""
    for fk in table.foreign_keys:
        yield fk.parent.name, fk.column.table.name, (fk.ondelete or "").upper() == "SET NULL"


def _children(models: dict[str, type[SQLModel]], parent: str) -> list[tuple[sa.Table, str]]:
    """(table, column) of the references to `parent` whose delete is not SET NULL."""
    out = []
    for model in models.values():
        table = model.__table__  # type: ignore[attr-defined]
        for column, target, nulls in _references(table):
            if target == parent and not nulls:
                out.append((table, column))
    return out


def keep_parents(
    session: Session,
    models: dict[str, type[SQLModel]],
    targets: Targets,
    logs: dict[Key, list[Full]],
) -> tuple[set[Key], dict[Key, set[str]]]:
    """Bring back the parents the merge's kept rows need (adding them to `targets` and
    `logs`); returns (the keys brought back, per kept row the SET NULL references to
    parents that are gone, to be written as NULL)."""
    conn = session.connection()
    revived: set[Key] = set()
    queue: list[Key] = []

    def revive(key: Key) -> None:
        found = logs.get(key)
        if found is None:
            found = row_entries(conn, [key]).get(key, [])
        if not any(e.action == "insert" for e in found):
            return  # never known here: nothing to bring back
        state = sync_fold.fold(found, keep_deleted=True)
        if state is None:
            return
        targets[key] = state
        logs[key] = found
        revived.add(key)
        queue.append(key)

    for key, target in list(targets.items()):
        if target is None and _has_staying_children(conn, models, key, targets):
            revive(key)
    queue.extend(k for k, v in targets.items() if v is not None and k not in revived)
    nulls: dict[Key, set[str]] = {}
    present: dict[Key, bool] = {}  # rows the merge leaves alone: here or not
    while queue:
        key = queue.pop()
        target = targets.get(key)
        if target is None or key[0] not in models:
            continue
        table = models[key[0]].__table__  # type: ignore[attr-defined]
        for column, parent, sets_null in _references(table):
            value = target.get(column)
            if not value or parent not in models:
                continue
            pkey = (parent, str(value))
            if pkey in targets:
                gone = targets[pkey] is None
            else:
                if pkey not in present:
                    present[pkey] = session.get(models[parent], pkey[1]) is not None
                gone = not present[pkey]
            if not gone:
                continue
            if sets_null:
                nulls.setdefault(key, set()).add(column)
            else:
                revive(pkey)
    return revived, nulls


def _has_staying_children(
    conn: sa.Connection, models: dict[str, type[SQLModel]], key: Key, targets: Targets
) -> bool:
    """Whether a row alive here that the merge does not delete refers to `key`."""
    for table, column in _children(models, key[0]):
        for (child_id,) in conn.execute(sa.select(table.c.id).where(table.c[column] == key[1])):
            child = (table.name, str(child_id))
            if child not in targets or targets[child] is not None:
                return True
    return False


def log_returns(session: Session, models: dict[str, type[SQLModel]], revived: set[Key]) -> None:
    """An insert entry for each parent brought back, with its values as written."""
    entries = []
    for table, row_id in sorted(revived):
        model = models[table]
        obj = session.get(model, row_id)
        if obj is None:
            continue
        columns = sa.inspect(model).columns
        values = {c.key: getattr(obj, c.key, None) for c in columns if c.key != "row_version"}
        snapshot = changelog.snapshot(values)
        entries.append(
            row_entry(session, table, row_id, ChangeAction.INSERT, snapshot, KEPT_REASON)
        )
    local_entries(session, entries)


def returned(touched: dict[Key, None], logs: dict[Key, list[Full]], new_ids: set[str]) -> set[Key]:
    """The rows another replica brought back (a received insert with KEPT_REASON): their
    conflict is listed here too, under the same key."""
    return {
        key
        for key in touched
        if any(
            e.action == "insert" and e.reason == KEPT_REASON and e.id in new_ids
            for e in logs.get(key, [])
        )
    }


def last_delete(entries: list[Full]) -> Full | None:
    deletes = [e for e in sync_fold.ordered(entries) if e.action == "delete"]
    return deletes[-1] if deletes else None  # type: ignore[return-value]
