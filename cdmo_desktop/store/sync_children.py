"""The rows that belong to the later row of a pair (store/sync_pairs.py) go over to the row
kept: a second charter of one engagement, made on another replica, is merged into the first
one, and the sites and attendees it listed are kept under the first.

Every replica decides alike which row is kept (the earlier insert), so each moves the
children it holds the same way; a move is logged as an update of the reference that
travels, so a copy that hears of the pair later ends the same way. Only children nothing
else refers to are moved (a charter's sites and kickoff attendees); the database keeps
refusing a file that would need more.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from cdmo_desktop.store import changelog
from cdmo_desktop.store.sync_log import Outcome, local_entries, log_entry

Key = tuple[str, str]
MOVED_REASON = (
    "moved by sync: the record it belonged to was merged with the same one made elsewhere"
)


@functools.cache
def _references() -> dict[str, tuple[tuple[sa.Table, str], ...]]:
    """For each table, the (table, column) pairs that refer to it."""
    out: dict[str, list[tuple[sa.Table, str]]] = {}
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            out.setdefault(fk.column.table.name, []).append((table, fk.parent.name))
    return {name: tuple(pairs) for name, pairs in out.items()}


def movable(name: str) -> bool:
    """Whether the rows referring to `name` can all go over to another row of it: each is a
    row nothing else refers to."""
    return all(child.name not in _references() for child, _col in _references().get(name, ()))


def repoint(model: type[SQLModel], target: dict[str, Any], outcome: Outcome) -> dict[str, str]:
    """Point `target`'s references to a row merged away at the row kept: {column: reason}."""
    moved: dict[str, str] = {}
    table = model.__table__  # type: ignore[attr-defined]
    for fk in table.foreign_keys:
        column = fk.parent.name
        kept = outcome.merged.get((fk.column.table.name, str(target.get(column))))
        if target.get(column) is not None and kept is not None:
            target[column] = kept
            moved[column] = MOVED_REASON
    return moved


def detach(session: Session, name: str, dropped: str, kept: Key, outcome: Outcome) -> None:
    """Take away, quietly, the rows here that refer to `name` row `dropped`, to be put back
    under the row `kept` once it is written (`reattach`)."""
    conn = session.connection()
    for child, column in _references().get(name, ()):
        rows = conn.execute(sa.select(child).where(child.c[column] == dropped)).all()
        if not rows:
            continue
        ids = [r.id for r in rows]
        for row_id in ids:
            obj = session.identity_map.get(session.identity_key(_model(child.name), row_id))
            if obj is not None:
                session.expunge(obj)
        conn.execute(child.delete().where(child.c.id.in_(ids)))
        stash = outcome.stashed.setdefault(kept, [])
        stash.extend((child.name, column, r._asdict()) for r in rows)


Settle = Callable[
    [Session, type[SQLModel], Key, dict[str, Any], dict[Key, list[Any]], Outcome],
    tuple[bool, dict[str, str]],
]


def reattach(
    session: Session, kept: Key, logs: dict[Key, list[Any]], outcome: Outcome, settle: Settle
) -> None:
    """Put back the rows `detach` took, under `kept`, each settled against a row of the
    same pair there already by `settle` (sync_pairs.same_pair: the later goes), and log
    each move."""
    conn = session.connection()
    for child_name, column, values in outcome.stashed.pop(kept, []):
        model = _model(child_name)
        old = values[column]
        values = {**values, column: kept[1]}
        key = (child_name, str(values["id"]))
        target = {n: changelog.to_text(v) for n, v in values.items()}
        write, _moved = settle(session, model, key, target, logs, outcome)
        if not write:
            continue
        conn.execute(sa.insert(model.__table__).values(**values))  # type: ignore[attr-defined]
        entry = log_entry(session, child_name, key[1], column, old, kept[1], MOVED_REASON)
        local_entries(session, [entry])


def _model(name: str) -> type[SQLModel]:
    from cdmo_desktop.store import changesets

    return changesets.model_for_table(name)
