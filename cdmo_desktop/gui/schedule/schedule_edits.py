"""Turning what the user did on the chart or in the table into schedule edits.

Every edit is a store use case (`store.schedule_edits`) whose ChangeSet goes on the undo
stack through `gui.undo.commit`, with the screen as initiator: the screen has already shown
the edit, the context's `changed` notice updates every other open schedule. A chart drag
is shown at once and written right after the repaint (a drag then feels immediate on big
plans); should the store refuse it, the preview is withdrawn and the reason shown, and
nothing reaches the undo stack.

Each method returns an `Outcome`: whether something was written and the message to show
(refusals, pushed successors, conflicts with contract-fixed dates).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus, Phase, Side
from cdmo_desktop.domain.models import new_id
from cdmo_desktop.domain.scheduling import (
    CycleError,
    ScheduleItem,
    ScheduleLink,
    ShiftResult,
    fmt_date,
)
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule_changes import DocumentEdit
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.store import schedule as sched
from cdmo_desktop.store import schedule_edits as edits

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet

NAME_MAX = 300
Write = Callable[[], "ChangeSet"]


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


class ScheduleEditor:
    def __init__(self, ctx: AppContext, document: ScheduleDocument, screen: EditedScreen) -> None:
        self.ctx = ctx
        self.doc = document
        self.screen = screen
        self._pending: tuple[DocumentEdit, Write] | None = None

    # --- writing ------------------------------------------------------------------------
    def _write(self, write: Write) -> ChangeSet | str:
        """Write now; the change set, or the reason the store refused it."""
        self.flush()
        try:
            cs = write()
        except REFUSALS as exc:
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

    def _save(self, write: Write, preview: tuple[DocumentEdit, DocumentEdit], *, soon: bool) -> str:
        """Write now, or with `soon` show `preview` (shown, withdrawn) at once and write
        right after the repaint. The reason the store refused it now, or ""."""
        if soon:
            self._write_soon(*preview, write)
            return ""
        written = self._write(write)
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
            cs = write()
        except REFUSALS as exc:
            self.screen.show_edit(withdrawn)
            self.screen.show_outcome(refused(f"Not saved: {refusal_text(exc)}"))
            return False
        commit(self.ctx, cs, initiator=self.screen)
        return True

    def withdraw(self) -> None:
        """Forget the edit shown but not yet written."""
        if self._pending is not None:
            self.screen.show_edit(self._pending[0])
            self._pending = None

    def _dates_edit(self, dates: dict[str, tuple[date, date]]) -> tuple[DocumentEdit, DocumentEdit]:
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
            parts.append(f"{pushed} later item{'s' if pushed != 1 else ''} moved to keep order.")
        parts += result.notes
        error = bool(result.conflicts)
        for conflict in result.conflicts:
            name = self.doc.items[self.doc.index[conflict.item_id]].name
            parts.append(f"Conflict: {name}: {conflict.reason}")
        return Outcome(True, " ".join(parts), error=error)

    # --- moving -------------------------------------------------------------------------
    def move(self, item: ScheduleItem, start: date, finish: date, *, soon: bool = False) -> Outcome:
        """Move or resize an item; successors are pushed, contract-fixed items never move.
        `soon`: show it at once and write it right after the repaint (chart drags)."""
        if item.contract_fixed:
            return refused(
                f"{item.name} is contract-fixed on {fmt_date(item.start)}: "
                "clear its Fixed mark in the table before moving it."
            )
        if finish < start:
            return refused(f"Finish cannot be before start ({fmt_date(start)}).")
        if item.is_point:
            start = finish
        result = self.doc.graph.shift({item.id: (start, finish)})
        if not result.changes:
            return Outcome(False, " ".join(result.notes), error=bool(result.notes))
        dates = result.changes
        new_start, new_finish = dates.get(item.id, (item.start, item.finish))
        when = (
            fmt_date(new_finish)
            if item.is_point
            else f"{fmt_date(new_start)} – {fmt_date(new_finish)}"
        )
        store, item_id = self.ctx.store, item.id
        refusal = self._save(
            lambda: edits.move_items(store, item_id, dates), self._dates_edit(dates), soon=soon
        )
        if refusal:
            return refused(refusal)
        return self._describe(result, f"{item.name}: {when}.")

    # --- table edits --------------------------------------------------------------------
    def edit_cell(self, item: ScheduleItem, column: int, value: Any) -> Outcome:
        store, item_id = self.ctx.store, item.id
        if column == cols.NAME:
            name = str(value).strip()
            if not name:
                return refused("A name is required.")
            if len(name) > NAME_MAX:
                return refused(f"The name is too long (at most {NAME_MAX} characters).")
            return self._fields(lambda: edits.rename_item(store, item_id, name))
        if column in (cols.START, cols.FINISH):
            if not isinstance(value, date):
                return refused("Enter a date.")
            if column == cols.START:
                return self.move(item, value, value + (item.finish - item.start))
            if item.is_point:
                return self.move(item, value, value)
            if value < item.start:
                return refused(f"Finish cannot be before start ({fmt_date(item.start)}).")
            return self.move(item, item.start, value)
        if column == cols.DURATION:
            days = _int(value)
            if days is None or days < 1:
                return refused("Duration is at least 1 day (use a milestone for a single date).")
            if days > 3650:
                return refused("Duration is at most 3650 days.")
            return self.move(item, item.start, item.start + timedelta(days=days - 1))
        if column == cols.PERCENT:
            pct = _int(value)
            if pct is None or not 0 <= pct <= 100:
                return refused("Percent complete must be from 0 to 100.")
            return self._fields(lambda: edits.set_progress(store, item_id, pct))
        if column == cols.STATUS:
            status = MilestoneStatus(value)
            return self._fields(lambda: edits.set_status(store, item_id, status))
        if column == cols.OWNER:
            side = Side(value)
            return self._fields(lambda: edits.set_owner(store, item_id, side))
        if column == cols.KIND:
            kind = MilestoneKind(value)
            if kind is item.kind:
                return Outcome(False)
            return self._fields(lambda: edits.change_kind(store, item_id, kind))
        if column == cols.FIXED:
            fixed = bool(value)
            return self._fields(lambda: edits.set_fixed(store, item_id, fixed))
        return refused("This column cannot be edited.")

    def _fields(self, write: Write) -> Outcome:
        written = self._write(write)
        return refused(written) if isinstance(written, str) else Outcome(True)

    # --- dependencies -------------------------------------------------------------------
    def link(self, pred: ScheduleItem, succ: ScheduleItem, *, soon: bool = False) -> Outcome:
        """Make `succ` wait for `pred` to finish, pushing it (and what follows) if need be."""
        if pred.engagement_id != succ.engagement_id:
            return refused("Dependencies link items of the same engagement.")
        for existing in self.doc.links_of(succ.id):
            if existing.predecessor_id == pred.id and existing.successor_id == succ.id:
                return refused(f"{succ.name} already depends on {pred.name}.")
        try:
            self.doc.graph.check_link(pred.id, succ.id)
        except CycleError as exc:
            return refused(str(exc))
        link = ScheduleLink(new_id(), pred.id, succ.id, DependencyKind.FINISH_TO_START, 0)
        result = self._shift_with_links(add=[link])
        dates, store = result.changes, self.ctx.store
        shown, withdrawn = self._dates_edit(dates)
        shown.links_added.append(link)
        withdrawn.links_removed.append(link.id)
        refusal = self._save(
            lambda: edits.link_items(store, link, dates), (shown, withdrawn), soon=soon
        )
        if refusal:
            return refused(refusal)
        return self._describe_links(f"Link {pred.name} → {succ.name}", result, [succ])

    def change_links(
        self,
        item: ScheduleItem,
        *,
        remove: list[ScheduleLink],
        change: list[tuple[ScheduleLink, ScheduleLink]],
    ) -> Outcome:
        """Remove links and change others' type or lag ((old, new) pairs), pushing the
        successors that now have to wait."""
        result = self._shift_with_links(remove=remove, change=change)
        dates, store = result.changes, self.ctx.store
        removed, changed = [x.id for x in remove], [new for _old, new in change]
        written = self._write(
            lambda: edits.edit_dependencies(
                store, item.id, remove=removed, change=changed, dates=dates
            )
        )
        if isinstance(written, str):
            return refused(written)
        successors = [self.doc.items[self.doc.index[new.successor_id]] for new in changed]
        return self._describe_links(f"Dependencies of {item.name}", result, successors)

    def _shift_with_links(
        self,
        *,
        add: list[ScheduleLink] | None = None,
        remove: list[ScheduleLink] | None = None,
        change: list[tuple[ScheduleLink, ScheduleLink]] | None = None,
    ) -> ShiftResult:
        """Where the successors of new or changed links have to go (the graph is put back
        as it was afterwards)."""
        add, remove, change = add or [], remove or [], change or []
        graph, doc = self.doc.graph, self.doc
        incoming = [*add, *(new for _old, new in change)]
        successors = [doc.items[doc.index[link.successor_id]] for link in incoming]
        for link in remove:
            graph.remove_link(link.id)
        for old, new in change:
            graph.remove_link(old.id)
            graph.add_link(new)
        for link in add:
            graph.add_link(link)
        try:
            return graph.shift(
                {s.id: (s.start, s.finish) for s in successors if not s.contract_fixed}
            )
        finally:
            for link in add:
                graph.remove_link(link.id)
            for old, new in change:
                graph.remove_link(new.id)
                graph.add_link(old)
            for link in remove:
                graph.add_link(link)

    def _describe_links(
        self, text: str, result: ShiftResult, successors: list[ScheduleItem]
    ) -> Outcome:
        doc = self.doc
        parts = [f"{text}."]
        moved = len(result.changes)
        if moved:
            parts.append(f"{moved} item{'s' if moved != 1 else ''} moved later to respect it.")
        error = False
        analysis = doc.analysis
        for item in [*successors, *(doc.items[doc.index[c.item_id]] for c in result.conflicts)]:
            reason = analysis.conflicts.get(doc.index[item.id]) if item.contract_fixed else None
            if reason and f"{item.name}: {reason}" not in " ".join(parts):
                parts.append(f"Conflict: {item.name}: {reason}")
                error = True
        return Outcome(True, " ".join(parts), error=error)

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
        written = self._write(
            lambda: edits.insert_item(store, item_id, engagement_id, kind, start, finish, phase)
        )
        if isinstance(written, str):
            return refused(written), item_id
        return Outcome(True, f"{edits.NEW_ITEM_NAMES[kind]} added: type its name."), item_id

    def delete_items(self, items: list[ScheduleItem]) -> Outcome:
        if not items:
            return refused("Select the items to delete.")
        store, ids = self.ctx.store, [item.id for item in items]
        written = self._write(lambda: edits.delete_items(store, ids))
        if isinstance(written, str):
            return refused(written)
        return Outcome(True, f"{written.label.replace('Delete', 'Deleted')} (Undo brings it back).")

    def set_baseline(self, engagement_id: str) -> Outcome:
        store = self.ctx.store
        written = self._write(lambda: edits.set_baseline(store, engagement_id))
        if isinstance(written, str):
            return refused(written)
        if written.empty:
            return Outcome(False, "The baseline already matches the plan.")
        title = self.doc.engagement_titles.get(engagement_id, "this engagement")
        return Outcome(True, f"Baseline set for {len(written.ids('milestone'))} items of {title}.")


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
