"""Generic undo commands for writing one row: insert, update fields, delete.

Each command writes through one short store session and tells the screens what changed.
The first redo() is the edit itself; undo() restores the values read before it. Insert and
delete are one-row change sets (store.changesets); edits of several rows at once use
commands.engagements.ChangeSetCommand, whose undo also notes "Undo: ..." in the change log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlmodel import SQLModel

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.store.changesets import RowState, apply_states, new_state, read_state


class UpdateRowCommand(QUndoCommand):
    """Set some fields of one row. Raises ValidationError from the first redo() when the
    values are refused (the command is then not pushed: use `push`). Unlike a change set it
    reads and restores only the named fields, and a row deleted meanwhile is an error, not
    re-created."""

    def __init__(
        self,
        ctx: AppContext,
        model: type[SQLModel],
        row_id: str,
        changes: dict[str, Any],
        text: str,
        *,
        reason: str = "",
    ) -> None:
        super().__init__(text)
        self._ctx, self._model, self._id, self._reason = ctx, model, row_id, reason
        self._after = dict(changes)
        with ctx.store.read() as s:
            obj = s.get(model, row_id)
            if obj is None:
                raise LookupError(f"{model.__name__} {row_id} no longer exists")
            self._before = {k: getattr(obj, k) for k in self._after}

    def _write(self, values: dict[str, Any]) -> None:
        with self._ctx.store.session(reason=self._reason) as s:
            obj = s.get(self._model, self._id)
            if obj is None:
                raise LookupError(f"{self._model.__name__} {self._id} no longer exists")
            for k, v in values.items():
                setattr(obj, k, v)
        self._ctx.notify({self._model.__tablename__})  # type: ignore[attr-defined]

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


class RowStateCommand(QUndoCommand):
    """Write one row's target state; undo writes the state it had before."""

    def __init__(self, ctx: AppContext, text: str, after: RowState, before: RowState) -> None:
        super().__init__(text)
        self._ctx, self._after, self._before = ctx, after, before
        self.row_id: str = after.id

    def _write(self, state: RowState) -> None:
        with self._ctx.store.session() as s:
            tables = apply_states(s, [state])
        self._ctx.notify(tables)

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


class InsertRowCommand(RowStateCommand):
    def __init__(self, ctx: AppContext, obj: SQLModel, text: str) -> None:
        state = new_state(obj)
        super().__init__(ctx, text, state, RowState(state.model, state.id, None))


class DeleteRowCommand(RowStateCommand):
    """Delete a child row (a contact, a site, a metric...). Partners and engagements are
    archived, never deleted."""

    def __init__(self, ctx: AppContext, model: type[SQLModel], row_id: str, text: str) -> None:
        with ctx.store.read() as s:
            current = read_state(s, model, row_id)
        if current.values is None:
            raise LookupError(f"{model.__name__} {row_id} no longer exists")
        super().__init__(ctx, text, RowState(model, row_id, None), current)


def push(ctx: AppContext, command: QUndoCommand) -> None:
    """Run the command's first redo() and put it on the stack only if it succeeded, so a
    refused edit (ValidationError) leaves neither the database nor the stack changed."""
    command.redo()
    ctx.undo_stack.push(_AlreadyDone(command))


class _AlreadyDone(QUndoCommand):
    """Wraps a command whose first redo() has run, so QUndoStack.push does not repeat it."""

    def __init__(self, inner: QUndoCommand) -> None:
        super().__init__(inner.text())
        self._inner = inner
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._inner.redo()

    def undo(self) -> None:
        self._inner.undo()
