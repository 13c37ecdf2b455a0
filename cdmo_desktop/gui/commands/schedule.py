"""Undoable schedule edits: moves (with the successors they push), resizes, table edits,
new and removed dependencies, baselines, new and deleted items.

A drag is one command: the moved item and every successor it pushed are written in one
session and undone together. After writing, a command broadcasts a SchedulePatch on the
context's ScheduleBus so open schedule screens update their rows in place, then tells every
screen which tables changed (`ctx.notify`); schedule screens skip reloading for a change
they already received as a patch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from cdmo_desktop.domain.scheduling import ScheduleLink
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.gui.commands.rows import push
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.store import schedule as sched

Changes = dict[str, dict[str, Any]]
SCHEDULE_TABLES = {"milestone", "milestone_dependency"}


@dataclass
class SchedulePatch:
    """What an edit changed, precisely enough to update a loaded schedule in place."""

    changes: Changes = field(default_factory=dict)
    links_added: list[ScheduleLink] = field(default_factory=list)
    links_removed: list[str] = field(default_factory=list)
    links_updated: list[ScheduleLink] = field(default_factory=list)


class ScheduleBus(QObject):
    """Per-context channel for schedule patches.

    Signals:
        patched(SchedulePatch): an edit was written; apply it to what you show.
    """

    patched = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_bus")
        self.applying = False

    @contextmanager
    def broadcasting(self, patch: SchedulePatch) -> Iterator[None]:
        """Emit the patch; while the block runs, `applying` tells screens it was delivered."""
        self.applying = True
        try:
            self.patched.emit(patch)
            yield
        finally:
            self.applying = False


def bus_for(ctx: AppContext) -> ScheduleBus:
    bus = ctx.findChild(ScheduleBus, "schedule_bus")
    if bus is None:
        bus = ScheduleBus(ctx)
    return bus


class PlanEditCommand(QUndoCommand):
    """Field changes on several items and added/removed/changed links, as one undo step.

    `before`/`after` map item ids to {milestone field: value}. The first redo() raises
    ValidationError or LookupError when the store refuses the edit (nothing is written)."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        *,
        before: Changes | None = None,
        after: Changes | None = None,
        add_links: Sequence[ScheduleLink] = (),
        remove_links: Sequence[ScheduleLink] = (),
        change_links: Sequence[tuple[ScheduleLink, ScheduleLink]] = (),
        reason: str = "",
    ) -> None:
        super().__init__(text)
        self._ctx, self._reason = ctx, reason
        self._before = before or {}
        self._after = after or {}
        self._add = list(add_links)
        self._remove = list(remove_links)
        self._change = list(change_links)

    def _forward(self) -> SchedulePatch:
        return SchedulePatch(
            self._after,
            list(self._add),
            [x.id for x in self._remove],
            [new for _old, new in self._change],
        )

    def _backward(self) -> SchedulePatch:
        return SchedulePatch(
            self._before,
            list(self._remove),
            [x.id for x in self._add],
            [old for old, _new in self._change],
        )

    def redo(self) -> None:
        self._write(self._forward())

    def undo(self) -> None:
        self._write(self._backward())

    def preview(self) -> None:
        """Show the edit on open schedule screens without writing it (see push_soon)."""
        bus_for(self._ctx).patched.emit(self._forward())

    def withdraw_preview(self) -> None:
        bus_for(self._ctx).patched.emit(self._backward())

    def _write(self, patch: SchedulePatch) -> None:
        with self._ctx.store.session(reason=self._reason) as s:
            sched.remove_links(s, patch.links_removed)
            for link in patch.links_updated:
                sched.update_link(s, link)
            sched.apply_changes(s, patch.changes)
            sched.add_links(s, patch.links_added)
        tables = set()
        if patch.changes:
            tables.add("milestone")
        if patch.links_added or patch.links_removed or patch.links_updated:
            tables.add("milestone_dependency")
        with bus_for(self._ctx).broadcasting(patch):
            self._ctx.notify(tables)


def push_soon(ctx: AppContext, command: PlanEditCommand, refused: Callable[[str], None]) -> None:
    """Show a plan edit at once and write it right after the screen has repainted.

    A drag then feels immediate on big plans: the write (validation, change log, a durable
    commit) follows within the same moment. Should the store refuse it, the preview is
    withdrawn and `refused` gets the reason; nothing reaches the undo stack."""
    command.preview()

    def commit() -> None:
        try:
            push(ctx, command)
        except (ValidationError, LookupError) as exc:
            command.withdraw_preview()
            errors = getattr(exc, "errors", None)
            refused(" ".join(errors.values()) if errors else str(exc))

    QTimer.singleShot(0, commit)


class InsertItemCommand(QUndoCommand):
    """A new task, milestone or decision gate (`values` are Milestone columns with an id)."""

    def __init__(self, ctx: AppContext, values: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self._ctx, self._values = ctx, dict(values)
        self.item_id: str = values["id"]

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            sched.insert_item(s, self._values)
        self._ctx.notify({"milestone"})

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            sched.delete_item(s, self.item_id)
        self._ctx.notify(SCHEDULE_TABLES)


class DeleteItemCommand(QUndoCommand):
    """Delete an item with its dependencies; undo brings both back."""

    def __init__(self, ctx: AppContext, item_id: str, text: str) -> None:
        super().__init__(text)
        self._ctx, self.item_id = ctx, item_id
        with ctx.store.read() as s:
            self._values = sched.item_values(s, item_id)
            self._links = sched.links_of(s, item_id)

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            sched.delete_item(s, self.item_id)
        self._ctx.notify(SCHEDULE_TABLES)

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            sched.insert_item(s, self._values)
            sched.add_links(s, self._links)
        self._ctx.notify(SCHEDULE_TABLES)
