"""The measurement grid as an editable table: KPIs as rows, periods as columns.

Columns are the starts of the engagement's finest period (months when any KPI is monthly);
a quarterly or yearly KPI takes its values in the column where its period starts, the other
cells of its row are greyed and not editable. Every change (a typed value, a paste, Delete
on a block) goes to `writer` as one batch: one store write, one undo step. A batch with an
unreadable or out-of-range value is refused whole with a message naming the cell, and
nothing is written (`refused` carries the message and the cell to show it at).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiUnit, Rag
from cdmo_desktop.domain.kpi import kpi_status, measurement_error, period_start
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.kpis.kpi_text import (
    parse_value,
    period_text,
    status_tint,
    status_tint_text,
    value_text,
)
from cdmo_desktop.store.kpi_views import GridCell
from cdmo_desktop.store.kpis import KpiRow

AnyIndex = QModelIndex | QPersistentModelIndex
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 1
# (kpi id, period start) -> the new value (None clears the cell) and its comment.
Change = tuple[str, date, float | None, str]
Writer = Callable[[Sequence[Change]], str | None]  # None when written, else the reason


@dataclass(frozen=True)
class GridRefusal:
    message: str
    row: int
    column: int


class MeasurementGridModel(QAbstractTableModel):
    """Signals: refused(GridRefusal) when a batch was not written."""

    refused = Signal(object)

    def __init__(self, writer: Writer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.kpis: list[KpiRow] = []
        self.periods: list[date] = []
        self.column_period = KpiPeriod.MONTH
        self.cells: dict[tuple[str, date], GridCell] = {}

    # --- content --------------------------------------------------------------------------
    def set_content(
        self,
        kpis: Sequence[KpiRow],
        periods: Sequence[date],
        column_period: KpiPeriod,
        cells: Mapping[tuple[str, date], GridCell],
    ) -> None:
        """Show new content; the same KPIs over the same periods are updated in place (the
        current cell and an open editor stay), anything else resets the model."""
        same_shape = [k.id for k in kpis] == [k.id for k in self.kpis] and list(periods) == (
            self.periods
        )
        if not same_shape:
            self.beginResetModel()
        self.kpis, self.periods = list(kpis), list(periods)
        self.column_period = column_period
        self.cells = dict(cells)
        if same_shape:
            if self.kpis and self.periods:
                last = self.index(len(self.kpis) - 1, len(self.periods) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(len(self.kpis) - 1, 0))
        else:
            self.endResetModel()

    def cell(self, row: int, column: int) -> GridCell | None:
        return self.cells.get((self.kpis[row].id, self.periods[column]))

    def applies(self, row: int, column: int) -> bool:
        """Whether the KPI of `row` has a period starting at `column`'s date."""
        start = self.periods[column]
        return period_start(KpiPeriod(self.kpis[row].period), start) == start

    def column_of(self, start: date) -> int:
        return self.periods.index(start) if start in self.periods else -1

    # --- Qt overrides -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kpis)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.periods)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.periods):
            if role == Qt.ItemDataRole.DisplayRole:
                return period_text(self.column_period, self.periods[section])
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.kpis):
            kpi = self.kpis[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return kpi.name
            if role == Qt.ItemDataRole.ToolTipRole:
                unit = message(KpiUnit(kpi.unit).label)
                return f"{kpi.name} ({unit}, {message(KpiPeriod(kpi.period).label)})"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.applies(index.row(), index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        kpi = self.kpis[row]
        cell = self.cell(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(cell.value) if cell else None
        if role == Qt.ItemDataRole.EditRole:
            return value_text(cell.value) if cell else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not self.applies(row, column):
                return QBrush(theme.current().colour("neutral_bg"))
            if cell is not None:
                tint = status_tint(self._status(kpi, cell.value))
                return QBrush(tint) if tint is not None else None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None:
            if self.applies(row, column):
                return status_tint_text(self._status(kpi, cell.value))
            return None
        if role == COMMENT_ROLE:
            return cell.comment if cell else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, cell)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # the tint in words
            said = self._tooltip(row, column, cell)
            status = self._status(kpi, cell.value) if cell and self.applies(row, column) else None
            if not status:
                return said
            return tr("{cell}; status: {status}").format(
                cell=said, status=message(Rag(status).label)
            )
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        return self.apply({(index.row(), index.column()): text})

    # --- writing ------------------------------------------------------------------------
    def apply(self, typed: Mapping[tuple[int, int], str]) -> bool:
        """Write the texts typed or pasted into cells ((row, column) -> text; "" clears)
        as one batch. False, with `refused` emitted, when anything is wrong: nothing is
        written then."""
        changes: list[Change] = []
        for (row, column), text in sorted(typed.items()):
            problem = self._problem(row, column, text)
            if problem is not None:
                self.refused.emit(GridRefusal(self._where(row, column) + problem, row, column))
                return False
            kpi, start = self.kpis[row], self.periods[column]
            cell = self.cell(row, column)
            value = parse_value(text) if text else None
            if (cell.value if cell else None) == value:
                continue
            changes.append((kpi.id, start, value, cell.comment if cell else ""))
        return self._write(changes, *min(typed, default=(0, 0)))

    def set_comment(self, row: int, column: int, comment: str) -> bool:
        """Write the comment of a cell that holds a value."""
        cell = self.cell(row, column)
        if cell is None:
            self.refused.emit(
                GridRefusal(self._where(row, column) + tr("enter a value first."), row, column)
            )
            return False
        if cell.comment == comment.strip():
            return True
        kpi = self.kpis[row]
        return self._write(
            [(kpi.id, self.periods[column], cell.value, comment.strip())], row, column
        )

    def _write(self, changes: list[Change], row: int, column: int) -> bool:
        if not changes:
            return True
        reason = self.writer(changes)
        if reason is not None:
            self.refused.emit(GridRefusal(reason, row, column))
            return False
        for kpi_id, start, value, comment in changes:
            old = self.cells.get((kpi_id, start))
            if value is None:
                self.cells.pop((kpi_id, start), None)
            else:
                who = old.entered_by if old is not None else ""
                self.cells[(kpi_id, start)] = GridCell(value, comment, who)
            r = next(i for i, k in enumerate(self.kpis) if k.id == kpi_id)
            index = self.index(r, self.periods.index(start))
            self.dataChanged.emit(index, index)
        return True

    def _problem(self, row: int, column: int, text: str) -> str | None:
        if not (0 <= row < len(self.kpis) and 0 <= column < len(self.periods)):
            return tr("the values reach beyond the grid.")
        kpi = self.kpis[row]
        if not self.applies(row, column):
            return tr("this KPI is measured per {period}, not here.").format(
                period=message(KpiPeriod(kpi.period).label).lower()
            )
        if not text:
            return None
        try:
            value = parse_value(text)
        except ValueError as exc:
            return message(str(exc))
        problem = measurement_error(KpiUnit(kpi.unit), value)
        return message(problem) if problem else problem

    def _where(self, row: int, column: int) -> str:
        if not (0 <= row < len(self.kpis) and 0 <= column < len(self.periods)):
            return ""
        return f"{self.kpis[row].name}, {period_text(self.column_period, self.periods[column])}: "

    def _status(self, kpi: KpiRow, value: float) -> Any:
        return kpi_status(KpiDirection(kpi.direction), kpi.target, kpi.amber, kpi.red, value)

    def _tooltip(self, row: int, column: int, cell: GridCell | None) -> str:
        kpi = self.kpis[row]
        if not self.applies(row, column):
            return tr("{kpi} is measured per {period}.").format(
                kpi=kpi.name, period=message(KpiPeriod(kpi.period).label).lower()
            )
        head = f"{kpi.name}, {period_text(kpi.period, self.periods[column])}"
        if cell is None:
            return tr("{where}: no value yet").format(where=head)
        lines = [f"{head}: {value_text(cell.value, kpi.unit)}"]
        if cell.comment:
            lines.append(cell.comment)
        if cell.entered_by:
            lines.append(tr("Entered by {name}").format(name=cell.entered_by))
        return "\n".join(lines)
