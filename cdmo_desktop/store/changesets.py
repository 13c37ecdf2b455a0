"""Change sets: undoable writes of a few rows at once.

A change set is a list of `RowState` (a row's column values, or None for "this row does
not exist"). A screen reads the current states of the rows an edit touches
(`read_states`), builds the target states, and `apply_states` writes either list, so every
edit can be undone exactly (deleting a team member brings its RACI cells back on undo).

`skip` names the columns a state leaves out: the bookkeeping columns always, plus any
column the store derives after the write (a partner's search words).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, SQLModel

BOOKKEEPING: frozenset[str] = frozenset({"id", "created_at", "updated_at"})


@dataclass(frozen=True)
class RowState:
    """One row as it should be: its column values, or None when it should not exist."""

    model: type[SQLModel]
    id: str
    values: dict[str, Any] | None

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)


def values_of(obj: SQLModel, skip: Collection[str] = BOOKKEEPING) -> dict[str, Any]:
    """The row's column values, without the columns in `skip`."""
    table = type(obj).__table__  # type: ignore[attr-defined]
    return {c.key: getattr(obj, c.key) for c in table.columns if c.key not in skip}


def read_state(
    session: Session, model: type[SQLModel], row_id: str, skip: Collection[str] = BOOKKEEPING
) -> RowState:
    obj = session.get(model, row_id)
    return RowState(model, row_id, None if obj is None else values_of(obj, skip))


def read_states(
    session: Session, states: Iterable[RowState], skip: Collection[str] = BOOKKEEPING
) -> list[RowState]:
    """The current states of the rows named by `states` (same order)."""
    return [read_state(session, st.model, st.id, skip) for st in states]


def new_state(obj: SQLModel) -> RowState:
    """The state that inserts `obj` (a new, unsaved row)."""
    return RowState(type(obj), obj.id, values_of(obj))  # type: ignore[attr-defined]


def changed_state(session: Session, model: type[SQLModel], row_id: str, **changes: Any) -> RowState:
    """The row as it is now with `changes` on top; LookupError when it is gone."""
    current = read_state(session, model, row_id)
    if current.values is None:
        raise LookupError(f"{model.__name__} {row_id} no longer exists")
    return RowState(model, row_id, {**current.values, **changes})


def apply_states(session: Session, states: Sequence[RowState]) -> set[str]:
    """Make the database hold `states` and return the tables written. List parents before
    children: rows to remove go last-first, rows to write first-last, one flush each so
    foreign keys hold throughout. Each flush derives, validates and change-logs the row; a
    refused row raises and the caller's session rolls back, writing nothing."""
    for st in reversed(states):
        if st.values is None and (obj := session.get(st.model, st.id)) is not None:
            session.delete(obj)
            session.flush()
    for st in states:
        if st.values is None:
            continue
        obj = session.get(st.model, st.id)
        if obj is None:
            session.add(st.model(id=st.id, **st.values))
        else:
            for key, value in st.values.items():
                if getattr(obj, key) != value:
                    setattr(obj, key, value)
        session.flush()
    return {st.table for st in states}
