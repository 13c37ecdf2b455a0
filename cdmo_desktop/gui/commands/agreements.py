"""Undoable edits of agreements and their clauses.

Each command writes in one short store session and tells the screens what changed. A
clause text with an unknown placeholder is refused before anything is written
(ValidationError naming the placeholder), so a refused edit never reaches the stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlmodel import select

from cdmo_desktop.domain.models import Agreement, AgreementClause
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.store.agreements import (
    clauses_of,
    default_clauses,
    ensure_clause_valid,
    set_clause_order,
)
from cdmo_desktop.store.changesets import values_of

TABLES = {"agreement", "agreement_clause"}


def _order(ctx: AppContext, agreement_id: str) -> list[str]:
    with ctx.store.read() as s:
        return [c.id for c in clauses_of(s, agreement_id)]


class CreateAgreementCommand(QUndoCommand):
    """A new agreement together with the clause set of its kind."""

    def __init__(self, ctx: AppContext, agreement: Agreement, *, with_clauses: bool = True):
        super().__init__(f"New agreement {agreement.title!r}")
        self._ctx = ctx
        self.agreement_id: str = agreement.id
        self._values = values_of(agreement)
        self._clauses = [
            (c.id, values_of(c))
            for c in (default_clauses(agreement.id, agreement.kind) if with_clauses else [])
        ]

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            s.add(Agreement(id=self.agreement_id, **self._values))
            s.flush()
            s.add_all(AgreementClause(id=cid, **values) for cid, values in self._clauses)
        self._ctx.notify(TABLES)

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            for c in s.exec(
                select(AgreementClause).where(AgreementClause.agreement_id == self.agreement_id)
            ).all():
                s.delete(c)
            s.flush()
            row = s.get(Agreement, self.agreement_id)
            if row is not None:
                s.delete(row)
        self._ctx.notify(TABLES)


class AddClauseCommand(QUndoCommand):
    """Insert a clause at `index` (0-based; None = at the end) and renumber."""

    def __init__(
        self,
        ctx: AppContext,
        agreement_id: str,
        heading: str,
        body: str,
        clause_key: str = "",
        index: int | None = None,
    ) -> None:
        super().__init__(f"Add clause {heading!r}")
        ensure_clause_valid(heading, body)
        self._ctx, self._agreement_id = ctx, agreement_id
        self._before = _order(ctx, agreement_id)
        clause = AgreementClause(
            agreement_id=agreement_id, heading=heading, body=body, clause_key=clause_key
        )
        self.clause_id: str = clause.id
        self._values = values_of(clause)
        at = len(self._before) if index is None else max(0, min(index, len(self._before)))
        self._after = [*self._before[:at], self.clause_id, *self._before[at:]]
        self._values["position"] = at + 1

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            s.add(AgreementClause(id=self.clause_id, **self._values))
            s.flush()
            set_clause_order(s, self._agreement_id, self._after)
        self._ctx.notify({"agreement_clause"})

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            row = s.get(AgreementClause, self.clause_id)
            if row is not None:
                s.delete(row)
            s.flush()
            set_clause_order(s, self._agreement_id, self._before)
        self._ctx.notify({"agreement_clause"})


class EditClauseCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, clause_id: str, heading: str, body: str) -> None:
        super().__init__(f"Edit clause {heading!r}")
        ensure_clause_valid(heading, body)
        self._ctx, self._id = ctx, clause_id
        with ctx.store.read() as s:
            row = s.get(AgreementClause, clause_id)
            if row is None:
                raise LookupError("This clause no longer exists.")
            self._before = {"heading": row.heading, "body": row.body}
        self._after = {"heading": heading, "body": body}

    def _write(self, values: dict[str, Any]) -> None:
        with self._ctx.store.session() as s:
            row = s.get(AgreementClause, self._id)
            if row is not None:
                row.heading, row.body = values["heading"], values["body"]
        self._ctx.notify({"agreement_clause"})

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


class RemoveClauseCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, clause_id: str) -> None:
        with ctx.store.read() as s:
            row = s.get(AgreementClause, clause_id)
            if row is None:
                raise LookupError("This clause no longer exists.")
            self._values = values_of(row)
        super().__init__(f"Remove clause {self._values['heading']!r}")
        self._ctx, self.clause_id = ctx, clause_id
        self._agreement_id = str(self._values["agreement_id"])
        self._before = _order(ctx, self._agreement_id)

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            row = s.get(AgreementClause, self.clause_id)
            if row is not None:
                s.delete(row)
            s.flush()
            set_clause_order(
                s, self._agreement_id, [c for c in self._before if c != self.clause_id]
            )
        self._ctx.notify({"agreement_clause"})

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            s.add(AgreementClause(id=self.clause_id, **self._values))
            s.flush()
            set_clause_order(s, self._agreement_id, self._before)
        self._ctx.notify({"agreement_clause"})


class MoveClauseCommand(QUndoCommand):
    """Move one clause up (-1) or down (+1) in the numbering."""

    def __init__(self, ctx: AppContext, agreement_id: str, clause_id: str, step: int) -> None:
        super().__init__("Move clause up" if step < 0 else "Move clause down")
        self._ctx, self._agreement_id = ctx, agreement_id
        self._before = _order(ctx, agreement_id)
        i = self._before.index(clause_id)
        j = max(0, min(len(self._before) - 1, i + step))
        after = list(self._before)
        after.insert(j, after.pop(i))
        self._after = after
        self.moved = i != j

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            set_clause_order(s, self._agreement_id, self._after)
        self._ctx.notify({"agreement_clause"})

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            set_clause_order(s, self._agreement_id, self._before)
        self._ctx.notify({"agreement_clause"})
