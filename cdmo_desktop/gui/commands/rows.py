"""Generic undo commands for writing rows: insert, update fields, delete.

Each command writes through one short store session and tells the screens what changed.
The first redo() is the edit itself; undo() restores the values read before it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlmodel import SQLModel

from cdmo_desktop.gui.context import AppContext

_SKIP = {"id", "created_at", "updated_at"}


def row_values(obj: SQLModel) -> dict[str, Any]:
    table = type(obj).__table__  # type: ignore[attr-defined]
    return {c.key: getattr(obj, c.key) for c in table.columns if c.key not in _SKIP}


class UpdateRowCommand(QUndoCommand):
    """Set some fields of one row. Raises ValidationError from the first redo() when the
    values are refused (the command is then not pushed: use `push_update`)."""

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


class InsertRowCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, obj: SQLModel, text: str) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._model = type(obj)
        self._values = row_values(obj)
        self.row_id: str = obj.id  # type: ignore[attr-defined]

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            s.add(self._model(id=self.row_id, **self._values))
        self._ctx.notify({self._model.__tablename__})  # type: ignore[attr-defined]

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            obj = s.get(self._model, self.row_id)
            if obj is not None:
                s.delete(obj)
        self._ctx.notify({self._model.__tablename__})  # type: ignore[attr-defined]


class DeleteRowCommand(QUndoCommand):
    """Delete a child row (a contact, a site, a metric...). Partners and engagements are
    archived, never deleted."""

    def __init__(self, ctx: AppContext, model: type[SQLModel], row_id: str, text: str) -> None:
        super().__init__(text)
        self._ctx, self._model, self.row_id = ctx, model, row_id
        with ctx.store.read() as s:
            obj = s.get(model, row_id)
            if obj is None:
                raise LookupError(f"{model.__name__} {row_id} no longer exists")
            self._values = row_values(obj)

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            obj = s.get(self._model, self.row_id)
            if obj is not None:
                s.delete(obj)
        self._ctx.notify({self._model.__tablename__})  # type: ignore[attr-defined]

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            s.add(self._model(id=self.row_id, **self._values))
        self._ctx.notify({self._model.__tablename__})  # type: ignore[attr-defined]


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
