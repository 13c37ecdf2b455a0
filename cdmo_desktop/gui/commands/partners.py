"""Undoable edits of a partner profile: save, archive/restore, and each site, contact,
audit or inspection added, changed or removed.

Each command is a change set (store.changesets.RowState): the target states of a few rows
and the states read just before, so undo is exact (removing a site brings back its links to
contacts and audits; a new primary contact gives the flag back to the previous one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import Session, SQLModel

from cdmo_desktop.domain.models import new_id
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.store import partners as store_partners
from cdmo_desktop.store.changesets import RowState

log = logging.getLogger(__name__)


class PartnerChangeCommand(QUndoCommand):
    """Apply one change set of a partner's rows; undo applies the states read before it.

    `execute` raises ValidationError when a row is refused (nothing is written and the
    stack is left alone). A later undo/redo that the database refuses (say an
    engagement now points at a partner whose creation is being undone) is reported and the
    command is dropped from the stack. (Not engagements.ChangeSetCommand: this one
    recomputes the partner's derived fields after each write and reports a refused replay.)"""

    def __init__(self, ctx: AppContext, partner_id: str, after: list[RowState], text: str) -> None:
        super().__init__(text)
        self._ctx, self.partner_id, self._after = ctx, partner_id, list(after)
        with ctx.store.read() as s:
            self._before = store_partners.read_states(s, self._after)
        self._skip_redo = False

    def execute(self, stack: QUndoStack) -> None:
        """Write the change now (raising ValidationError if refused), then put the command
        on `stack` without running it twice."""
        self._apply(self._after)
        self._skip_redo = True
        stack.push(self)

    def _apply(self, states: list[RowState]) -> None:
        with self._ctx.store.session() as s:
            tables = store_partners.apply_partner_change(s, self.partner_id, states)
        self._ctx.notify(tables)

    def _replay(self, states: list[RowState]) -> None:
        try:
            self._apply(states)
        except (ValidationError, sa.exc.IntegrityError, LookupError) as exc:
            log.warning("could not replay %r: %s", self.text(), exc)
            self.setObsolete(True)
            QMessageBox.warning(
                QApplication.activeWindow(),
                "Cannot undo",
                f"“{self.text()}” can no longer be undone or redone: {_reason(exc)}",
            )

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._replay(self._after)

    def undo(self) -> None:
        self._replay(self._before)


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return str(exc)
    if isinstance(exc, sa.exc.IntegrityError):
        return "other records now depend on it"
    return "the record no longer exists"


def run(
    ctx: AppContext,
    partner_id: str,
    text: str,
    build: Callable[[Session], list[RowState]],
) -> PartnerChangeCommand:
    """Build the target states in a read session, then write them as one undoable command.
    Raises ValidationError (nothing written, nothing pushed) when a row is refused."""
    with ctx.store.read() as s:
        after = build(s)
    command = PartnerChangeCommand(ctx, partner_id, after, text)
    command.execute(ctx.undo_stack)
    return command


def create_partner(ctx: AppContext, values: dict[str, Any]) -> str:
    partner_id = new_id()
    run(
        ctx,
        partner_id,
        f"Create partner {values.get('name', '')}",
        lambda s: [store_partners.partner_state(partner_id, values)],
    )
    return partner_id


def save_partner(ctx: AppContext, partner_id: str, changes: dict[str, Any], name: str) -> None:
    run(
        ctx,
        partner_id,
        f"Edit partner {name}",
        lambda s: [store_partners.partner_state(partner_id, changes)],
    )


def set_archived(ctx: AppContext, partner_id: str, archived: bool, name: str) -> None:
    now = datetime.now(UTC)
    run(
        ctx,
        partner_id,
        f"{'Archive' if archived else 'Restore'} partner {name}",
        lambda s: [store_partners.archive_state(s, partner_id, archived, now)],
    )


def save_child(
    ctx: AppContext,
    partner_id: str,
    model: type[SQLModel],
    row_id: str | None,
    values: dict[str, Any],
    text: str,
) -> str:
    """Add (row_id None) or change one site/contact/audit/inspection; returns its id."""
    rid = row_id or new_id()
    full = {**values, "partner_id": partner_id}
    run(ctx, partner_id, text, lambda s: store_partners.child_save_states(s, model, rid, full))
    return rid


def remove_child(
    ctx: AppContext, partner_id: str, model: type[SQLModel], row_id: str, text: str
) -> None:
    run(ctx, partner_id, text, lambda s: store_partners.child_delete_states(s, model, row_id))
