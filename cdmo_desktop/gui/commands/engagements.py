"""Undo commands for engagements and everything in their workspace.

Every edit is a change set (see store.changesets.RowState): the rows it touches as they
were and as they should be. Redo writes the target states, undo the saved ones, each in
one store session, and the screens hear which tables changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlmodel import Session, SQLModel

from cdmo_desktop.gui.commands.rows import push
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.store.changesets import (
    RowState,
    apply_states,
    changed_state,
    new_state,
    read_states,
)
from cdmo_desktop.store.engagements import delete_states


class ChangeSetCommand(QUndoCommand):
    """Write `after`; undo writes `before` back. `reason` goes into the change log."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        after: Sequence[RowState],
        before: Sequence[RowState],
        *,
        reason: str = "",
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self.after = list(after)
        self.before = list(before)
        self.reason = reason

    def _write(self, states: Sequence[RowState], reason: str) -> None:
        with self._ctx.store.session(reason=reason) as s:
            tables = apply_states(s, states)
        self._ctx.notify(tables)

    def redo(self) -> None:
        self._write(self.after, self.reason)

    def undo(self) -> None:
        self._write(
            self.before, f"Undo: {self.text()}" + (f" ({self.reason})" if self.reason else "")
        )


def push_changes(
    ctx: AppContext,
    text: str,
    build: Callable[[Session], Sequence[RowState]],
    *,
    reason: str = "",
) -> ChangeSetCommand:
    """Build the target states in a read session, then run and stack the command.
    A refused write (ValidationError) raises here and leaves nothing behind."""
    with ctx.store.read() as s:
        after = list(build(s))
        before = read_states(s, after)
    command = ChangeSetCommand(ctx, text, after, before, reason=reason)
    push(ctx, command)
    return command


def insert_row(ctx: AppContext, obj: SQLModel, text: str) -> ChangeSetCommand:
    state = new_state(obj)
    return push_changes(ctx, text, lambda _s: [state])


def update_row(
    ctx: AppContext, model: type[SQLModel], row_id: str, changes: dict[str, Any], text: str
) -> ChangeSetCommand:
    return push_changes(ctx, text, lambda s: [changed_state(s, model, row_id, **changes)])


def delete_row(ctx: AppContext, model: type[SQLModel], row_id: str, text: str) -> ChangeSetCommand:
    """Delete a workspace row and what follows it; undo brings all of it back."""
    return push_changes(ctx, text, lambda s: delete_states(s, model, row_id))
