"""The task table beside the timeline: one row per visible heading or item, editable.

The model never writes: an edit goes to `edit_handler(item, column, value)` (the screen),
which validates it, writes it (undoably) and returns None, or returns the reason it
was refused (then `edit_refused` carries the message and the cell keeps its value).

Items are numbered in plan order (the row headers), so a dependency can name its
predecessor by number. Dates, durations and percentages follow the locale (gui.format).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from cdmo_desktop.domain.enums import MilestoneKind, MilestoneStatus, Side
from cdmo_desktop.domain.scheduling import ScheduleItem
from cdmo_desktop.domain.timeline import CHART_FIRST, CHART_LAST
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.models.roles import EDITABLE_ROLES as _ANSWERED
from cdmo_desktop.gui.schedule import schedule_reader
from cdmo_desktop.gui.schedule.schedule_document import GROUP, ScheduleDocument

AnyIndex = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[ScheduleItem, int, Any], "str | None"]

(
    NAME,
    KIND,
    OWNER,
    START,
    FINISH,
    DURATION,
    PERCENT,
    STATUS,
    FIXED,
    ACTUAL_START,
    ACTUAL_FINISH,
) = range(11)
HEADERS = (
    QT_TR_NOOP("Name"),
    QT_TR_NOOP("Kind"),
    QT_TR_NOOP("Owner"),
    QT_TR_NOOP("Start"),
    QT_TR_NOOP("Finish"),
    QT_TR_NOOP("Duration"),
    QT_TR_NOOP("% done"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Fixed"),
    QT_TR_NOOP("Actual start"),
    QT_TR_NOOP("Actual finish"),
)
HEADER_TIPS = {
    OWNER: QT_TR_NOOP("Which side of the partnership delivers the item"),
    START: QT_TR_NOOP("Planned start"),
    FINISH: QT_TR_NOOP("Planned finish"),
    DURATION: QT_TR_NOOP("Calendar days, first and last day included"),
    FIXED: QT_TR_NOOP("Contract-fixed: the date is set by the agreement and never moves"),
    ACTUAL_START: QT_TR_NOOP("When the work really started (empty: not yet)"),
    ACTUAL_FINISH: QT_TR_NOOP("When the work really finished (empty: not yet); sets it done"),
}
# The header is two bands high (beside the timeline's): long titles take two lines.
HEADER_LINES = {
    ACTUAL_START: QT_TR_NOOP("Actual\nstart"),
    ACTUAL_FINISH: QT_TR_NOOP("Actual\nfinish"),
}
DATE_COLUMNS = (START, FINISH, ACTUAL_START, ACTUAL_FINISH)
OPTIONAL_DATES = (ACTUAL_START, ACTUAL_FINISH)
_ENUM_COLUMNS = {KIND: MilestoneKind, OWNER: Side, STATUS: MilestoneStatus}


class ScheduleTableModel(QAbstractTableModel):
    """Rows of a ScheduleDocument as a table.

    Signals:
        edit_refused(str): an edit was not accepted; the message says why.
    """

    edit_refused = Signal(str)

    def __init__(self, document: ScheduleDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.edit_handler: EditHandler | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # --- structure ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.doc.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(section)
            return tr(tip) if tip else None
        return None

    def _row_header(self, row: int, role: int) -> Any:
        """Items' numbers in plan order ("3"), blank beside headings."""
        if not 0 <= row < len(self.doc.rows):
            return None
        entry = self.doc.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if entry.kind == GROUP else str(entry.item + 1)
        if role == Qt.ItemDataRole.ToolTipRole and entry.kind != GROUP:
            return tr("Item {number}: type this number to name it as a predecessor").format(
                number=entry.item + 1
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def reset(self, change: Callable[[], object] | None = None) -> None:
        """Rows were rebuilt (load, collapse): tell the views."""
        self.beginResetModel()
        if change is not None:
            change()
        self.endResetModel()

    def items_changed(self, item_indices: Iterable[int]) -> None:
        """Cells of these items (and the headings above them) show new values."""
        doc = self.doc
        touched = list(item_indices)
        rows = {doc.row_of_item[i] for i in touched}
        for key in {k for i in touched for k in doc.group_keys(doc.items[i])}:
            rows.add(doc.group_rows.get(key, -1))
        rows.discard(-1)
        if len(rows) > 200:
            self.everything_changed()
            return
        last = len(HEADERS) - 1
        for r in sorted(rows):
            self.dataChanged.emit(self.index(r, 0), self.index(r, last))

    def everything_changed(self) -> None:
        if self.doc.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.doc.rows) - 1, len(HEADERS) - 1)
            )

    # --- reading ------------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item = self.doc.item_at_row(index.row())
        if item is None:
            return base
        col = index.column()
        if col == FIXED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col == DURATION and item.is_point:
            return base
        if col in (START, FINISH, DURATION) and item.contract_fixed:
            return base
        if col == ACTUAL_START and item.is_point:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not 0 <= index.row() < len(self.doc.rows):
            return None  # painting a cell asks a dozen roles: most have no answer
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # the row's bar, in words
            return schedule_reader.bar_description(self.doc, index.row())
        entry = self.doc.rows[index.row()]
        col = index.column()
        if entry.kind == GROUP:
            return self._group_data(entry, col, role)
        item = self.doc.items[entry.item]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col, entry.level)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == FIXED:
            return Qt.CheckState.Checked if item.contract_fixed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(entry.item, item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry.item, item)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (DURATION, PERCENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _group_data(self, entry: Any, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                arrow = "▸" if entry.key in self.doc.collapsed else "▾"
                indent = "    " * entry.level
                return f"{indent}{arrow} {entry.title}  ({entry.count})"
            if col == START and entry.start:
                return date_text(entry.start)
            if col == FINISH and entry.finish:
                return date_text(entry.finish)
            if col == DURATION and entry.start and entry.finish:
                return _days((entry.finish - entry.start).days + 1)
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(theme.current().colour("neutral_bg"))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(theme.current().colour("neutral_fg"))
        if role == Qt.ItemDataRole.ToolTipRole and col == NAME:
            if entry.key in self.doc.collapsed:
                return tr("Click the arrow or press Space to expand")
            return tr("Click the arrow or press Space to collapse")
        return None

    @staticmethod
    def _display(item: ScheduleItem, col: int, level: int) -> Any:
        if col == NAME:
            return "    " * level + item.name
        if col == KIND:
            return message(item.kind.label)
        if col == OWNER:
            return message(item.owner_side.label)
        if col == START:
            return date_text(item.start)
        if col == FINISH:
            return date_text(item.finish)
        if col == ACTUAL_START:
            return date_text(item.actual_start)
        if col == ACTUAL_FINISH:
            return date_text(item.actual_finish)
        if col == DURATION:
            return "–" if item.is_point else _days(item.duration_days)
        if col == PERCENT:
            return f"{number_text(item.percent_complete)} %"
        if col == STATUS:
            return message(item.status.label)
        return None

    @staticmethod
    def _edit_value(item: ScheduleItem, col: int) -> Any:
        if col == NAME:
            return item.name
        if col in _ENUM_COLUMNS:
            return {KIND: item.kind, OWNER: item.owner_side, STATUS: item.status}[col].value
        if col in DATE_COLUMNS:
            return _qdate(
                {
                    START: item.start,
                    FINISH: item.finish,
                    ACTUAL_START: item.actual_start,
                    ACTUAL_FINISH: item.actual_finish,
                }[col]
            )
        if col == DURATION:
            return item.duration_days
        if col == PERCENT:
            return item.percent_complete
        return None

    def _foreground(self, i: int, item: ScheduleItem) -> Any:
        analysis = self.doc.last_analysis
        if (analysis is not None and i in analysis.conflicts) or off_chart(item):
            return QBrush(theme.current().colour("error"))
        if item.is_overdue(self.doc.today):
            return QBrush(theme.current().colour("warning"))
        return None

    def _tooltip(self, i: int, item: ScheduleItem) -> str:
        lines = [item.name]
        analysis = self.doc.last_analysis
        if analysis is not None:
            conflict = analysis.conflicts.get(i)
            if conflict:
                lines.append(tr("Conflict: {reason}").format(reason=message(conflict)))
        if item.is_overdue(self.doc.today):
            lines.append(
                tr("Overdue: planned to finish {date}").format(date=date_text(item.finish))
            )
        if off_chart(item):
            lines.append(
                tr("Dated outside {first}–{last}, so not on the chart: correct its dates").format(
                    first=CHART_FIRST.year, last=CHART_LAST.year
                )
            )
        if item.contract_fixed:
            lines.append(tr("Contract-fixed: clear Fixed to move it"))
        return "\n".join(lines)

    # --- editing ------------------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.doc.item_at_row(index.row()) if index.isValid() else None
        if item is None or self.edit_handler is None:
            return False
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == FIXED:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or col == FIXED:
            return False
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day()) if value.isValid() else None
        error = self.edit_handler(item, col, value)
        if error:
            self.edit_refused.emit(error)
            return False
        return True


def _qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d is not None else QDate()


def _days(n: int) -> str:
    return tr("{days} d").format(days=number_text(n))


def header_text(col: int) -> str:
    """The column's title as the header shows it (long ones on two lines)."""
    return tr(HEADER_LINES.get(col, HEADERS[col]))


def header_name(col: int) -> str:
    """The column's title on one line (menus)."""
    return tr(HEADERS[col])


def off_chart(item: ScheduleItem) -> bool:
    """Dated outside the years a chart shows (stored before validation bounded dates)."""
    return not (item.start >= CHART_FIRST and item.finish <= CHART_LAST)
