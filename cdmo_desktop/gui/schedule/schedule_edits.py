"""Turning what the user did on the chart or in the table into undoable schedule edits.

Each method returns an `Outcome`: whether something was written and the message to show
(refusals, pushed successors, conflicts with contract-fixed dates).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus, Phase, Side
from cdmo_desktop.domain.models import Engagement, new_id
from cdmo_desktop.domain.scheduling import (
    CycleError,
    ScheduleItem,
    ScheduleLink,
    ShiftResult,
    fmt_date,
)
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.gui.commands.rows import push
from cdmo_desktop.gui.commands.schedule import (
    DeleteItemCommand,
    InsertItemCommand,
    PlanEditCommand,
    push_soon,
)
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule_document import FIELD_TO_ATTR, ScheduleDocument
from cdmo_desktop.store import schedule as sched

NAME_MAX = 300
_DATE_FIELDS = ("planned_start", "planned_finish")


@dataclass
class Outcome:
    ok: bool
    message: str = ""
    error: bool = False


def refused(message: str) -> Outcome:
    return Outcome(False, message, error=True)


class ScheduleEditor:
    def __init__(
        self,
        ctx: AppContext,
        document: ScheduleDocument,
        refused_later: Callable[[str], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.doc = document
        self.refused_later = refused_later or (lambda _message: None)

    # --- helpers ------------------------------------------------------------------------
    def _push(self, command: Any) -> Outcome | None:
        try:
            push(self.ctx, command)
        except ValidationError as exc:
            return refused(" ".join(exc.errors.values()) or str(exc))
        except LookupError as exc:
            return refused(str(exc))
        return None

    def _before(self, changes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        before: dict[str, dict[str, Any]] = {}
        for item_id, values in changes.items():
            item = self.doc.items[self.doc.index[item_id]]
            before[item_id] = {k: _current(item, k) for k in values}
        return before

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

    def _apply_shift(
        self, result: ShiftResult, text: str, *, soon: bool = False, **links: Any
    ) -> Outcome | None:
        after = {
            item_id: {"planned_start": s, "planned_finish": f}
            for item_id, (s, f) in result.changes.items()
        }
        command = PlanEditCommand(
            self.ctx, text, before=self._before(after), after=after, reason=text, **links
        )
        if soon:
            push_soon(self.ctx, command, self.refused_later)
            return None
        return self._push(command)

    # --- moving -------------------------------------------------------------------------
    def move(
        self, item: ScheduleItem, start: date, finish: date, text: str = "", *, soon: bool = False
    ) -> Outcome:
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
        resized = (finish - start) != (item.finish - item.start)
        text = text or (f"Change length of {item.name}" if resized else f"Move {item.name}")
        failed = self._apply_shift(result, text, soon=soon)
        if failed:
            return failed
        new_start, new_finish = result.changes.get(item.id, (item.start, item.finish))
        when = (
            fmt_date(new_finish)
            if item.is_point
            else (f"{fmt_date(new_start)} – {fmt_date(new_finish)}")
        )
        return self._describe(result, f"{item.name}: {when}.")

    # --- table edits --------------------------------------------------------------------
    def edit_cell(self, item: ScheduleItem, column: int, value: Any) -> Outcome:
        if column == cols.NAME:
            name = str(value).strip()
            if not name:
                return refused("A name is required.")
            if len(name) > NAME_MAX:
                return refused(f"The name is too long (at most {NAME_MAX} characters).")
            return self._fields(item, {"name": name}, f"Rename {item.name}")
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
            values: dict[str, Any] = {"percent_complete": pct}
            if pct == 100:
                values["status"] = MilestoneStatus.DONE
            elif pct > 0 and item.status is MilestoneStatus.NOT_STARTED:
                values["status"] = MilestoneStatus.IN_PROGRESS
            return self._fields(item, values, f"Progress of {item.name}")
        if column == cols.STATUS:
            status = MilestoneStatus(value)
            values = {"status": status}
            if status is MilestoneStatus.DONE:
                values["percent_complete"] = 100
            return self._fields(item, values, f"Status of {item.name}")
        if column == cols.OWNER:
            return self._fields(item, {"owner_side": Side(value)}, f"Owner of {item.name}")
        if column == cols.KIND:
            return self._change_kind(item, MilestoneKind(value))
        if column == cols.FIXED:
            word = "Fix" if value else "Unfix"
            return self._fields(item, {"contract_fixed": bool(value)}, f"{word} {item.name}")
        return refused("This column cannot be edited.")

    def _fields(self, item: ScheduleItem, values: dict[str, Any], text: str) -> Outcome:
        after = {item.id: values}
        failed = self._push(
            PlanEditCommand(self.ctx, text, before=self._before(after), after=after)
        )
        return failed or Outcome(True)

    def _change_kind(self, item: ScheduleItem, kind: MilestoneKind) -> Outcome:
        if kind is item.kind:
            return Outcome(False)
        values: dict[str, Any] = {"kind": kind}
        if kind is not MilestoneKind.TASK:
            values["planned_start"] = item.finish  # a milestone marks the end of the work
            if item.baseline_finish is not None:
                values["baseline_start"] = item.baseline_finish
        return self._fields(item, values, f"Make {item.name} a {kind.label.lower()}")

    # --- dependencies -------------------------------------------------------------------
    def link(self, pred: ScheduleItem, succ: ScheduleItem, *, soon: bool = False) -> Outcome:
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
        return self.change_links(add=[link], text=f"Link {pred.name} → {succ.name}", soon=soon)

    def change_links(
        self,
        *,
        add: list[ScheduleLink] | None = None,
        remove: list[ScheduleLink] | None = None,
        change: list[tuple[ScheduleLink, ScheduleLink]] | None = None,
        text: str,
        soon: bool = False,
    ) -> Outcome:
        """Add/remove/change links and push the successors that now have to wait."""
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
            result = graph.shift(
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
        failed = self._apply_shift(
            result, text, soon=soon, add_links=add, remove_links=remove, change_links=change
        )
        if failed:
            return failed
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
        start = after.finish + timedelta(days=1) if after else self.doc.today
        finish = start if kind is not MilestoneKind.TASK else start + timedelta(days=4)
        with self.ctx.store.read() as s:
            position = sched.next_position(s, engagement_id)
            if phase is None and after is None:
                engagement = s.get(Engagement, engagement_id)
                phase = engagement.phase if engagement is not None else None
        names = {
            MilestoneKind.TASK: "New task",
            MilestoneKind.MILESTONE: "New milestone",
            MilestoneKind.DECISION_GATE: "New decision gate",
        }
        values = {
            "id": new_id(),
            "engagement_id": engagement_id,
            "name": names[kind],
            "kind": kind,
            "phase": phase,
            "planned_start": start,
            "planned_finish": finish,
            "position": position,
        }
        failed = self._push(InsertItemCommand(self.ctx, values, f"Add {names[kind].lower()}"))
        return failed or Outcome(True, f"{names[kind]} added: type its name."), values["id"]

    def delete_items(self, items: list[ScheduleItem]) -> Outcome:
        if not items:
            return refused("Select the items to delete.")
        stack = self.ctx.undo_stack
        text = f"Delete {items[0].name}" if len(items) == 1 else f"Delete {len(items)} items"
        stack.beginMacro(text)
        try:
            for item in items:
                failed = self._push(DeleteItemCommand(self.ctx, item.id, f"Delete {item.name}"))
                if failed:
                    return failed
        finally:
            stack.endMacro()
        return Outcome(True, f"{text.replace('Delete', 'Deleted')} (Undo brings it back).")

    def set_baseline(self, engagement_id: str, title: str) -> Outcome:
        with self.ctx.store.read() as s:
            before, after = sched.baseline_changes(s, engagement_id)
        if not after:
            return Outcome(False, "The baseline already matches the plan.")
        failed = self._push(
            PlanEditCommand(self.ctx, f"Set baseline for {title}", before=before, after=after)
        )
        return failed or Outcome(True, f"Baseline set for {len(after)} items of {title}.")


def _current(item: ScheduleItem, field: str) -> Any:
    return getattr(item, FIELD_TO_ATTR[field])


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
