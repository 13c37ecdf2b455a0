"""The one undo command: a change set that a store use case has written.

Every edit travels the same way: a screen reads its widgets into plain values, calls a
store use case, which writes in one session and returns a `ChangeSet`; `commit` wraps it in
a `ChangeCommand` on the application's undo stack and announces it through the context.
Undo and redo apply the change set backwards and forwards through the store
(`Store.replay`), all or nothing. A drag or live preview passes a `merge` key, so each step
merges into the command already on top and one Ctrl+Z undoes the whole gesture.

When the database refuses an undo or redo (a risk number taken meanwhile, a partner that
engagements now depend on), nothing is written, the context's `refused` signal carries the
reason for the window to show, and the command leaves the stack: the commands below it stay
undoable, the stack and the database agree.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from cdmo_desktop.domain.messages import Message, msg
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.gui.format import moment_text
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.store.errors import NOTHING_SAVED, ConflictError, StorageError, WriteRefused

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store.changesets import ChangeSet, RowState

log = logging.getLogger(__name__)
# StorageError: a full or read-only disk, an I/O error, a lock held by another program.
REFUSALS = (ValidationError, WriteRefused, LookupError, StorageError)
_merge_ids: dict[str, int] = {}


def refusal_text(exc: Exception) -> str:
    """One sentence for the user (never SQL, never record contents beyond the rule)."""
    if isinstance(exc, ValidationError):
        return " ".join(message(m) for m in exc.errors.values()) or message(exc)
    if isinstance(exc, ConflictError):
        return message(msg(NOTHING_SAVED, sentence=exc.sentence(moment_text)))
    if isinstance(exc, WriteRefused):
        return message(exc)
    if isinstance(exc, StorageError):
        return message(exc.sentence())
    said = exc.args[0] if isinstance(exc, LookupError) and len(exc.args) == 1 else None
    if isinstance(said, Message) and not any(key.endswith("id") for key in said.params):
        return message(said)  # "Dana deleted this risk at 14:02."; never a record's id
    return tr("The record no longer exists.")


def _merge_id(key: str) -> int:
    return _merge_ids.setdefault(key, len(_merge_ids) + 1)


class ChangeCommand(QUndoCommand):
    """A change set on the undo stack. It has already been written when it is pushed, so
    the first redo() (QUndoStack.push calls it) only announces it."""

    def __init__(
        self,
        ctx: AppContext,
        changeset: ChangeSet,
        *,
        initiator: object = None,
        merge: str = "",
    ) -> None:
        super().__init__(message(changeset.label))  # the label is a Message: translated here
        self._ctx = ctx
        self.changeset = changeset
        self._initiator = initiator
        self._merge = merge
        self._done = False

    def id(self) -> int:
        return _merge_id(self._merge) if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other._merge != self._merge:
            return False
        self.changeset = self.changeset.followed_by(other.changeset)
        if self.changeset.empty:
            self.setObsolete(True)  # the gesture came back to where it started
        return True

    def redo(self) -> None:
        if not self._done:
            self._done = True
            self._ctx.announce(self.changeset, self._initiator)
            return
        self._replay(self.changeset.after, str(self.changeset.label), self.changeset.before)

    def undo(self) -> None:
        label = str(self.changeset.label)  # the change log keeps the English label
        self._replay(self.changeset.before, f"Undo: {label}", self.changeset.after)

    def _replay(self, states: Sequence[RowState], reason: str, current: Sequence[RowState]) -> None:
        """Write `states` if the rows are still `current`: an undo or redo never overwrites
        what someone else saved since (then it is refused like any other write)."""
        try:
            written = self._ctx.store.replay(
                states, self.changeset.label, reason=reason, current=current
            )
        except REFUSALS as exc:
            log.warning("could not replay %r: %s", str(self.changeset.label), type(exc).__name__)
            self.setObsolete(True)
            self._ctx.refused.emit(
                tr("“{change}” can no longer be undone or redone: {reason}").format(
                    change=self.text(), reason=message(refusal_text(exc))
                )
            )
            return
        self._ctx.announce(written, None)


def commit(
    ctx: AppContext, changeset: ChangeSet, *, initiator: object = None, merge: str = ""
) -> ChangeSet:
    """Put a written change set on the undo stack and announce it to every screen
    (`initiator`, the screen that made it, may skip its own refresh). An empty change set
    (a save that changed nothing) is neither stacked nor announced."""
    if changeset.empty:
        return changeset
    ctx.undo_stack.push(ChangeCommand(ctx, changeset, initiator=initiator, merge=merge))
    return changeset


def commit_or_report(
    ctx: AppContext, write: Callable[[], ChangeSet], *, initiator: object = None
) -> ChangeSet | None:
    """Run a use case and commit what it changed. A refusal (the record deleted meanwhile,
    a rule broken) is reported through `ctx.refused`, which the window shows, and nothing is
    written or stacked: then None."""
    try:
        changeset = write()
    except REFUSALS as exc:
        ctx.refused.emit(refusal_text(exc))
        return None
    return commit(ctx, changeset, initiator=initiator)
