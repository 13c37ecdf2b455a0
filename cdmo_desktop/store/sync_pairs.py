"""The same pair made on two replicas (store/sync_merge.py): the same site added to a
charter, the same link between two schedule items, a KPI's value for the same month, a
baseline of the same name, each made on both sides under different ids.

The database holds one row per pair, so the merge keeps the row made first (by the hlc of
its insert, then id; every replica decides alike) and:

- a row nothing else refers to (a link, a RACI cell, a KPI value) that was made later is
  removed, logged as a delete that travels; each field where it differed from the row
  kept (a RACI letter, a lag, a value) is listed as a conflict on the kept row, so the user
  can take the other value;
- a named row others refer to (a baseline with its dates) that was made later takes the
  next free name, "Baseline 1 (2)", as a partner's name does (store/sync_rules.py).

A pair whose later row has rows referring to it and no name to move (a second charter of
one engagement) is merged into the row kept: its differing fields are listed as conflicts
as above, and the rows that belonged to it go over to the row kept
(store/sync_children.py).
"""

from __future__ import annotations

import functools
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.store import changelog, sync_children, sync_fold
from cdmo_desktop.store.sync_log import (
    DERIVED,
    NOT_LOGGED,
    RENAME_REASON,
    Full,
    Outcome,
    columns,
    local_entries,
    row_entry,
    typed,
)
from cdmo_desktop.store.sync_rules import _later, _move, _version, record

Key = tuple[str, str]
SAME_REASON = "merged by sync: the same record was made on another replica"
# Unique values that move instead (store/sync_rules.py), and the log itself.
_ELSEWHERE = frozenset({"risk", "partner", "change_log"})
# Not listed as conflicts: bookkeeping, and who entered a value (it goes with the value).
_NOT_COMPARED = frozenset({"id", "created_at", "updated_at", "entered_by"})


@functools.cache
def _pairs(table: sa.Table) -> tuple[tuple[str, ...], ...]:
    """The column sets of `table`'s unique constraints and unique indexes (not `id`)."""
    found = [
        tuple(c.name for c in con.columns)
        for con in table.constraints
        if isinstance(con, sa.UniqueConstraint)
    ]
    found += [tuple(c.name for c in ix.columns) for ix in table.indexes if ix.unique]
    return tuple(cols for cols in found if cols and cols != ("id",))


@functools.cache
def _referred_to(name: str) -> bool:
    return any(
        fk.column.table.name == name
        for table in SQLModel.metadata.sorted_tables
        for fk in table.foreign_keys
    )


def same_pair(
    session: Session,
    model: type[SQLModel],
    key: Key,
    target: dict[str, Any],
    logs: dict[Key, list[Full]],
    outcome: Outcome,
) -> tuple[bool, dict[str, str]]:
    """Settle a collision of the row the merge is about to write (`target`, logged values)
    with another row of the same pair: (whether to write it at all, {field: reason} of
    what changed in `target`)."""
    name = key[0]
    if name in _ELSEWHERE:
        return True, {}
    table = model.__table__  # type: ignore[attr-defined]
    for cols in _pairs(table):
        if any(target.get(c) is None for c in cols):
            continue
        where = [table.c[c] == typed(model, c, target[c]) for c in cols]
        other_id = session.execute(
            sa.select(table.c.id).where(*where, table.c.id != key[1])
        ).scalar()
        if other_id is None:
            continue
        other: Any = session.get(model, str(other_id))
        if other is None:
            continue
        oid = str(other_id)
        mine = (_version(logs.get(key, []), ""), key[1])
        mine_later = _later(session, name, mine, oid, "", logs)
        if "name" in cols and _referred_to(name):
            moved = _rename(session, name, model, key, target, other, mine_later, cols, outcome)
            return True, moved
        if _referred_to(name) and not sync_children.movable(name):
            return True, {}  # left to the database (see sync_children)
        theirs = {n: changelog.to_text(getattr(other, n)) for n in columns(model)}
        pair = (session, name, model, cols, logs, outcome)
        if mine_later:
            _differences(*pair, kept=(oid, theirs), dropped=(key[1], target))
            _drop(session, name, key[1], target, outcome)
            outcome.merged[key] = oid
            return False, {}
        _differences(*pair, kept=(key[1], target), dropped=(oid, theirs))
        sync_children.detach(session, name, oid, key, outcome)
        _drop(session, name, oid, theirs, outcome, obj=other)
        outcome.merged[(name, oid)] = key[1]
    return True, {}


def list_received(
    session: Session,
    models: dict[str, type[SQLModel]],
    touched: dict[Key, None],
    logs: dict[Key, list[Full]],
    new_ids: set[str],
    outcome: Outcome,
) -> None:
    """List here too the conflicts of a pair another replica settled: for each received
    delete of a later row, the fields where it differed from the row kept."""
    for key in touched:
        entries = logs.get(key, [])
        if not any(
            e.action == "delete" and e.reason == SAME_REASON and e.id in new_ids for e in entries
        ):
            continue
        model = models.get(key[0])
        dropped = sync_fold.fold(entries, keep_deleted=True)
        if model is None or dropped is None:
            continue
        table = model.__table__  # type: ignore[attr-defined]
        for cols in _pairs(table):
            if any(dropped.get(c) is None for c in cols):
                continue
            where = [table.c[c] == typed(model, c, dropped[c]) for c in cols]
            kept: Any = session.execute(
                sa.select(table).where(*where, table.c.id != key[1])
            ).first()
            if kept is None:
                continue
            theirs = {n: changelog.to_text(v) for n, v in kept._asdict().items()}
            _differences(
                session,
                key[0],
                model,
                cols,
                logs,
                outcome,
                kept=(str(kept.id), theirs),
                dropped=(key[1], dropped),
            )


def _differences(
    session: Session,
    name: str,
    model: type[SQLModel],
    cols: tuple[str, ...],
    logs: dict[Key, list[Full]],
    outcome: Outcome,
    *,
    kept: tuple[str, dict[str, Any]],
    dropped: tuple[str, dict[str, Any]],
) -> None:
    """A field conflict on the kept row for each value the dropped row held otherwise."""
    kept_id, kept_values = kept
    dropped_id, dropped_values = dropped
    loser = next(
        (e for e in reversed(logs.get((name, dropped_id), [])) if e.action == "insert"), None
    )
    keys = outcome.conflict_keys
    for field in columns(model):
        if field in NOT_LOGGED or field in DERIVED or field in _NOT_COMPARED or field in cols:
            continue
        mine, theirs = kept_values.get(field), dropped_values.get(field)
        if mine == theirs:
            continue
        keys.append(
            record(
                session,
                "field",
                name,
                kept_id,
                field,
                mine,
                theirs,
                None,
                loser,
                "",
                f"same:{name}:{dropped_id}:{field}",
            )
        )


def _drop(
    session: Session,
    name: str,
    row_id: str,
    values: dict[str, Any],
    outcome: Outcome,
    obj: Any = None,
) -> None:
    """Remove the later row of a pair (quietly, if it is here) and log its delete."""
    key = (name, row_id)
    if obj is not None:
        quiet: set[Key] = session.info.setdefault(changelog.QUIET, set())
        added = key not in quiet
        quiet.add(key)
        try:
            session.delete(obj)
            session.flush()
        finally:
            if added:
                quiet.discard(key)
    snapshot = changelog.snapshot({k: v for k, v in values.items() if k != "row_version"})
    entry = row_entry(session, name, row_id, ChangeAction.DELETE, snapshot, SAME_REASON)
    local_entries(session, [entry])
    if key in outcome.targets:
        outcome.targets[key] = None


def _rename(
    session: Session,
    name: str,
    model: type[SQLModel],
    key: Key,
    target: dict[str, Any],
    other: Any,
    mine_later: bool,
    cols: tuple[str, ...],
    outcome: Outcome,
) -> dict[str, str]:
    """The later of two named rows takes the next free name ("Baseline 1 (2)")."""
    table = model.__table__  # type: ignore[attr-defined]
    scope = [table.c[c] == typed(model, c, target[c]) for c in cols if c != "name"]
    taken = set(session.execute(sa.select(table.c.name).where(*scope)).scalars())
    base, n = str(target["name"]), 2
    while f"{base} ({n})" in taken:
        n += 1
    free = f"{base} ({n})"
    moved = key[1] if mine_later else str(other.id)
    if mine_later:
        target["name"] = free
    else:
        _move(session, name, other, {"name": free}, RENAME_REASON, outcome)
    outcome.renumbered.append((name, moved, base, free))
    key_of = record(
        session,
        "renumbered",
        name,
        moved,
        "name",
        base,
        free,
        None,
        None,
        "",
        f"renumbered:{name}:{moved}:{base}",
        resolved="renumbered",
        label=free,
    )
    outcome.conflict_keys.append(key_of)
    return {"name": RENAME_REASON} if mine_later else {}
