"""The Gantt chart for a screen reader: its bars in words.

The chart is painted, so its bars are exposed through the task table beside it (the
keyboard's way through the plan): every row's accessible description (the model's
AccessibleDescriptionRole) says what its bar shows - planned dates, baseline, actual
dates, progress, critical or overdue - and the chart's own description follows the table's
current row, so a screen reader on the chart says the bar of the task in hand.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QWidget

from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.schedule.schedule_document import GROUP, ScheduleDocument


def bar_description(doc: ScheduleDocument, row: int) -> str:
    """What row `row`'s bar (or heading band) on the chart shows, in words."""
    if not 0 <= row < len(doc.rows):
        return ""
    entry = doc.rows[row]
    if entry.kind == GROUP:
        if entry.start and entry.finish:
            return tr("{title}: from {start} to {finish}, %n item(s)", None, entry.count).format(
                title=entry.title, start=date_text(entry.start), finish=date_text(entry.finish)
            )
        return entry.title
    item = doc.items[entry.item]
    if item.is_point:
        parts = [
            tr("{name}, {kind} on {day}").format(
                name=item.name, kind=message(item.kind.label).lower(), day=date_text(item.finish)
            )
        ]
    else:
        parts = [
            tr("{name}, {kind} from {start} to {finish}").format(
                name=item.name,
                kind=message(item.kind.label).lower(),
                start=date_text(item.start),
                finish=date_text(item.finish),
            ),
            tr("{percent}% done").format(percent=item.percent_complete),
        ]
    if item.baseline_start and item.baseline_finish:
        parts.append(
            tr("baseline {start} to {finish}").format(
                start=date_text(item.baseline_start), finish=date_text(item.baseline_finish)
            )
        )
    if item.actual_start:
        parts.append(tr("started {day}").format(day=date_text(item.actual_start)))
    if item.actual_finish:
        parts.append(tr("finished {day}").format(day=date_text(item.actual_finish)))
    analysis = doc.last_analysis
    critical = analysis.critical if analysis is not None else []
    if entry.item < len(critical) and critical[entry.item]:
        parts.append(tr("on the critical path"))
    if item.is_overdue(doc.today):
        parts.append(tr("overdue"))
    if item.contract_fixed:
        parts.append(tr("contract-fixed"))
    return "; ".join(parts)


def follow_current_row(table: QAbstractItemView, chart: QWidget, doc: ScheduleDocument) -> None:
    """Keep `chart`'s accessible description on the bar of `table`'s current row."""
    selection = table.selectionModel()
    if selection is None:
        return

    def describe(current: QModelIndex, _previous: QModelIndex) -> None:
        bar = bar_description(doc, current.row()) if current.isValid() else ""
        chart.setAccessibleDescription(
            tr(
                "The bars of the tasks and milestones listed in the table beside it; move "
                "through them, and edit their dates, in the table. Current row: {bar}"
            ).format(bar=bar or tr("none"))
        )

    selection.currentRowChanged.connect(describe)
    describe(table.currentIndex(), QModelIndex())
