"""Turning what the user did on the chart or in the table into schedule edits.

Every edit is a store use case (`store.schedule_edits`) whose ChangeSet goes on the undo
stack through `gui.undo.commit`, with the screen as initiator: the screen has already shown
the edit, the context's `changed` notice updates every other open schedule. A chart drag
is shown at once and written right after the repaint (a drag then feels immediate on big
plans); should the store refuse it, the preview is withdrawn and the reason shown, and
nothing reaches the undo stack.

Each method returns an `Outcome`: whether something was written and the message to show
(refusals, pushed successors, conflicts with contract-fixed dates). Edits typed into the
task table are in `schedule_table_edits`, dependencies in `schedule_link_edits`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer

from cdmo_desktop.domain.enums import MilestoneKind, Phase
from cdmo_desktop.domain.models import Milestone, new_id
from cdmo_desktop.domain.scheduling import ScheduleItem, ShiftResult
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.schedule.schedule_changes import DocumentEdit
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.store import conflicts
from cdmo_desktop.store import schedule as sched
from cdmo_desktop.store import schedule_edits as edits
from cdmo_desktop.store.errors import ConflictError

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet

Write = Callable[[], "ChangeSet"]
STILL_READING = QT_TR_NOOP("The rest of the plan is still being read: try again in a moment.")


@dataclass
class Outcome:
    ok: bool
    message: str = ""
    error: bool = False


def refused(message: str) -> Outcome:
    return Outcome(False, message, error=True)


class EditedScreen(Protocol):
    """What the editor needs of the screen it edits for."""

    def show_edit(self, edit: DocumentEdit) -> None: ...
    def show_change(self, cs: ChangeSet) -> None: ...
    def show_outcome(self, outcome: Outcome) -> None: ...
    def reload(self) -> None: ...


class ScheduleEditor:
    def __init__(self, ctx: AppContext, document: ScheduleDocument, screen: EditedScreen) -> None:
        self.ctx = ctx
        self.doc = document
        self.screen = screen
        self._pending: tuple[DocumentEdit, Write] | None = None

    # --- writing ------------------------------------------------------------------------
    def write(self, write: Write) -> ChangeSet | str:
        """Write now; the change set, or the reason the store refused it (or that the
        screen shows only the plan's first rows yet: an edit needs the whole plan)."""
        if not self.doc.complete:
            return tr(STILL_READING)
        self.flush()
        try:
            cs = self._checked(write)
        except REFUSALS as exc:
            self._after_refusal(exc)
            return refusal_text(exc)
        self.screen.show_change(cs)
        commit(self.ctx, cs, initiator=self.screen)
        return cs

    def _write_soon(self, shown: DocumentEdit, withdrawn: DocumentEdit, write: Write) -> None:
        """Show `shown` at once and write right after the repaint (see `flush`)."""
        self.flush()
        self.screen.show_edit(shown)
        self._pending = (withdrawn, write)
        QTimer.singleShot(0, self.flush)

    def save(self, write: Write, preview: tuple[DocumentEdit, DocumentEdit], *, soon: bool) -> str:
        """Write now, or with `soon` show `preview` (shown, withdrawn) at once and write
        right after the repaint. The reason the store refused it now, or ""."""
        if not self.doc.complete:
            return tr(STILL_READING)
        if soon:
            self._write_soon(*preview, write)
            return ""
        written = self.write(write)
        return written if isinstance(written, str) else ""

    @property
    def pending(self) -> bool:
        """An edit is shown but not yet written."""
        return self._pending is not None

    def flush(self) -> bool:
        """Write the edit shown but not yet written; False when the store refused it (the
        preview is then withdrawn and the reason shown)."""
        if self._pending is None:
            return True
        withdrawn, write = self._pending
        self._pending = None
        try:
            cs = self._checked(write)
        except REFUSALS as exc:
            self.screen.show_edit(withdrawn)
            self._after_refusal(exc)
            self.screen.show_outcome(
                refused(tr("Not saved: {reason}").format(reason=refusal_text(exc)))
            )
            return False
        commit(self.ctx, cs, initiator=self.screen)
        return True

    def _checked(self, write: Write) -> ChangeSet:
        """`write`, refused (ConflictError) when an item it changes was saved by someone
        else since the plan was read."""
        with conflicts.expecting(conflicts.TouchedVersions(Milestone, self.doc.plan.versions)):
            return write()

    def note_versions(self, cs: ChangeSet) -> None:
        """Expect the item versions a change left (an undo, a redo, another screen's edit
        shown in place rather than read again)."""
        versions = self.doc.plan.versions
        for (table, row_id), version in cs.versions.items():
            if table == "milestone" and row_id in versions:
                versions[row_id] = version

    def _after_refusal(self, exc: Exception) -> None:
        """Someone else saved an item meanwhile: show the plan as it is saved now."""
        if isinstance(exc, ConflictError):
            self.screen.reload()

    def withdraw(self) -> None:
        """Forget the edit shown but not yet written."""
        if self._pending is not None:
            self.screen.show_edit(self._pending[0])
            self._pending = None

    def dates_edit(self, dates: dict[str, tuple[date, date]]) -> tuple[DocumentEdit, DocumentEdit]:
        """(shown, withdrawn): the document with the new dates, and as it is now."""
        shown, withdrawn = DocumentEdit(), DocumentEdit()
        for item_id, (start, finish) in dates.items():
            item = self.doc.items[self.doc.index[item_id]]
            shown.changes[item_id] = {"planned_start": start, "planned_finish": finish}
            withdrawn.changes[item_id] = {
                "planned_start": item.start,
                "planned_finish": item.finish,
            }
        return shown, withdrawn

    def _describe(self, result: ShiftResult, first: str) -> Outcome:
        parts = [first]
        pushed = len(result.changes) - 1
        if pushed > 0:
            moved = (
                tr("{count} later item moved to keep order.")
                if pushed == 1
                else tr("{count} later items moved to keep order.")
            )
            parts.append(moved.format(count=pushed))
        parts += [message(note) for note in result.notes]
        error = bool(result.conflicts)
        for conflict in result.conflicts:
            name = self.doc.items[self.doc.index[conflict.item_id]].name
            told = tr("Conflict: {name}: {reason}")
            parts.append(told.format(name=name, reason=message(conflict.reason)))
        return Outcome(True, " ".join(parts), error=error)

    # --- moving -------------------------------------------------------------------------
    def move(self, item: ScheduleItem, start: date, finish: date, *, soon: bool = False) -> Outcome:
        """Move or resize an item; successors are pushed, contract-fixed items never move.
        `soon`: show it at once and write it right after the repaint (chart drags)."""
        if item.contract_fixed:
            return refused(
                tr(
                    "{name} is contract-fixed on {date}: "
                    "clear its Fixed mark in the table before moving it."
                ).format(name=item.name, date=date_text(item.start))
            )
        if finish < start:
            return refused(
                tr("Finish cannot be before start ({date}).").format(date=date_text(start))
            )
        if item.is_point:
            start = finish
        result = self.doc.graph.shift({item.id: (start, finish)})
        if not result.changes:
            notes = [message(note) for note in result.notes]
            return Outcome(False, " ".join(notes), error=bool(notes))
        dates = result.changes
        new_start, new_finish = dates.get(item.id, (item.start, item.finish))
        when = (
            date_text(new_finish)
            if item.is_point
            else f"{date_text(new_start)} – {date_text(new_finish)}"
        )
        store, item_id = self.ctx.store, item.id
        refusal = self.save(
            lambda: edits.move_items(store, item_id, dates), self.dates_edit(dates), soon=soon
        )
        if refusal:
            return refused(refusal)
        return self._describe(result, tr("{name}: {when}.").format(name=item.name, when=when))

    # --- items --------------------------------------------------------------------------
    def add_item(
        self,
        engagement_id: str,
        kind: MilestoneKind,
        *,
        after: ScheduleItem | None,
        phase: Phase | None,
    ) -> tuple[Outcome, str]:
        """A new item after `after` (or from today), named for the user to type over."""
        store, item_id = self.ctx.store, new_id()
        start = after.finish + timedelta(days=1) if after else self.doc.today
        finish = start if kind is not MilestoneKind.TASK else start + timedelta(days=4)
        if phase is None and after is None:
            phase = sched.engagement_phase(store, engagement_id)
        written = self.write(
            lambda: edits.insert_item(store, item_id, engagement_id, kind, start, finish, phase)
        )
        if isinstance(written, str):
            return refused(written), item_id
        added = tr("{item} added: type its name.").format(item=message(edits.NEW_ITEM_NAMES[kind]))
        return Outcome(True, added), item_id

    def delete_items(self, items: list[ScheduleItem]) -> Outcome:
        if not items:
            return refused(tr("Select the items to delete."))
        store, ids = self.ctx.store, [item.id for item in items]
        written = self.write(lambda: edits.delete_items(store, ids))
        if isinstance(written, str):
            return refused(written)
        done = message(edits.done_text(written.label))
        return Outcome(True, tr("{done} (Undo brings it back).").format(done=done))

    def set_baseline(self, engagement_id: str, name: str) -> Outcome:
        store = self.ctx.store
        written = self.write(lambda: edits.set_baseline(store, engagement_id, name))
        if isinstance(written, str):
            return refused(written)
        if written.empty:
            return Outcome(
                False, tr("The baseline “{name}” already matches the plan.").format(name=name)
            )
        title = self.doc.engagement_titles.get(engagement_id) or tr("this engagement")
        count = sum(1 for it in self.doc.items if it.engagement_id == engagement_id)
        done = tr("Baseline set for {count} items of {title} (“{name}”).")
        return Outcome(True, done.format(count=count, title=title, name=name))

    def rename_baseline(self, baseline_id: str, name: str) -> Outcome:
        store = self.ctx.store
        written = self.write(lambda: edits.rename_baseline(store, baseline_id, name))
        if isinstance(written, str):
            return refused(written)
        if written.empty:
            return Outcome(False, tr("The baseline already has that name."))
        done = message(edits.done_text(written.label))
        return Outcome(True, tr("{done}.").format(done=done))

    def delete_baseline(self, baseline_id: str) -> Outcome:
        store = self.ctx.store
        written = self.write(lambda: edits.delete_baseline(store, baseline_id))
        if isinstance(written, str):
            return refused(written)
        done = message(edits.done_text(written.label))
        return Outcome(True, tr("{done} (Undo brings it back).").format(done=done))
