"""What a value typed into a cell of the task table does: checked here (a message when it
cannot be), then written through the editor as the store use case of that column."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from cdmo_desktop.domain.enums import MilestoneKind, MilestoneStatus, Side
from cdmo_desktop.domain.scheduling import ScheduleItem
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule_edits import Outcome, ScheduleEditor, Write, refused
from cdmo_desktop.store import schedule_edits as edits

NAME_MAX = 300


def edit_cell(editor: ScheduleEditor, item: ScheduleItem, column: int, value: Any) -> Outcome:
    store, item_id = editor.ctx.store, item.id
    if column == cols.NAME:
        name = str(value).strip()
        if not name:
            return refused(tr("A name is required."))
        if len(name) > NAME_MAX:
            return refused(
                tr("The name is too long (at most {count} characters).").format(count=NAME_MAX)
            )
        return _fields(editor, lambda: edits.rename_item(store, item_id, name))
    if column in (cols.START, cols.FINISH):
        return _planned(editor, item, column, value)
    if column in (cols.ACTUAL_START, cols.ACTUAL_FINISH):
        return _actual(editor, item, column, value)
    if column == cols.DURATION:
        days = _int(value)
        if days is None or days < 1:
            return refused(tr("Duration is at least 1 day (use a milestone for a single date)."))
        if days > 3650:
            return refused(tr("Duration is at most 3650 days."))
        return editor.move(item, item.start, item.start + timedelta(days=days - 1))
    if column == cols.PERCENT:
        pct = _int(value)
        if pct is None or not 0 <= pct <= 100:
            return refused(tr("Percent complete must be from 0 to 100."))
        return _fields(editor, lambda: edits.set_progress(store, item_id, pct))
    if column == cols.STATUS:
        status = MilestoneStatus(value)
        return _fields(editor, lambda: edits.set_status(store, item_id, status))
    if column == cols.OWNER:
        side = Side(value)
        return _fields(editor, lambda: edits.set_owner(store, item_id, side))
    if column == cols.KIND:
        kind = MilestoneKind(value)
        if kind is item.kind:
            return Outcome(False)
        return _fields(editor, lambda: edits.change_kind(store, item_id, kind))
    if column == cols.FIXED:
        fixed = bool(value)
        return _fields(editor, lambda: edits.set_fixed(store, item_id, fixed))
    return refused(tr("This column cannot be edited."))


def _planned(editor: ScheduleEditor, item: ScheduleItem, column: int, value: Any) -> Outcome:
    if not isinstance(value, date):
        return refused(tr("Enter a date."))
    try:
        if column == cols.START:
            return editor.move(item, value, value + (item.finish - item.start))
    except OverflowError:
        return refused(
            tr("{date} leaves no room for {days} days.").format(
                date=date_text(value), days=item.duration_days
            )
        )
    if item.is_point:
        return editor.move(item, value, value)
    if value < item.start:
        return refused(
            tr("Finish cannot be before start ({date}).").format(date=date_text(item.start))
        )
    return editor.move(item, item.start, value)


def _actual(editor: ScheduleEditor, item: ScheduleItem, column: int, value: Any) -> Outcome:
    """An actual date typed or cleared (None). A milestone has one actual date."""
    if value is not None and not isinstance(value, date):
        return refused(tr("Enter a date, or clear it."))
    start, finish = item.actual_start, item.actual_finish
    if item.is_point:
        start = finish = value
    elif column == cols.ACTUAL_START:
        start = value
    else:
        finish = value
    if not item.is_point and start is None and finish is not None:
        return refused(tr("Enter the actual start first: work finishes after it starts."))
    if start is not None and finish is not None and finish < start:
        return refused(
            tr("Actual finish cannot be before the actual start ({date}).").format(
                date=date_text(start)
            )
        )
    if (start, finish) == (item.actual_start, item.actual_finish):
        return Outcome(False)
    store, item_id = editor.ctx.store, item.id
    written = editor.write(lambda: edits.set_actual_dates(store, item_id, start, finish))
    if isinstance(written, str):
        return refused(written)
    if finish is not None:
        return Outcome(
            True,
            tr("{name} finished on {date}: marked done.").format(
                name=item.name, date=date_text(finish)
            ),
        )
    if start is not None:
        return Outcome(
            True, tr("{name} started on {date}.").format(name=item.name, date=date_text(start))
        )
    return Outcome(True, tr("Actual dates of {name} cleared.").format(name=item.name))


def _fields(editor: ScheduleEditor, write: Write) -> Outcome:
    written = editor.write(write)
    return refused(written) if isinstance(written, str) else Outcome(True)


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
