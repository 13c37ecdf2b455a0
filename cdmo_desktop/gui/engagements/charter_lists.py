"""The charter form's lists and tables: success metrics, escalation levels, partner sites,
kickoff attendees, decision points and the kickoff checklist."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
)

from cdmo_desktop.domain.completeness import Completeness
from cdmo_desktop.domain.models import new_id
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.store.charters import EscalationRow, MetricRow

ID_ROLE = Qt.ItemDataRole.UserRole


def setup_table(table: QTableWidget) -> None:
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setWordWrap(True)


def _cell(text: str, row_id: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if row_id is not None:
        item.setData(ID_ROLE, row_id)
    return item


def set_rows(table: QTableWidget, rows: Sequence[Sequence[str]], ids: Sequence[str]) -> None:
    table.blockSignals(True)
    table.setRowCount(0)
    for values, row_id in zip(rows, ids, strict=True):
        append_row(table, values, row_id)
    table.blockSignals(False)


def append_row(table: QTableWidget, values: Sequence[str], row_id: str | None = None) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for col, text in enumerate(values):
        table.setItem(row, col, _cell(text, (row_id or new_id()) if col == 0 else None))
    return row


def cell_text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item is not None else ""


def row_id(table: QTableWidget, row: int) -> str:
    item = table.item(row, 0)
    value = item.data(ID_ROLE) if item is not None else None
    if not value:
        value = new_id()
        if item is None:
            item = _cell("")
            table.setItem(row, 0, item)
        item.setData(ID_ROLE, value)
    return str(value)


def move_row(table: QTableWidget, row: int, step: int) -> int:
    other = row + step
    if not (0 <= row < table.rowCount() and 0 <= other < table.rowCount()):
        return row
    for col in range(table.columnCount()):
        a, b = table.takeItem(row, col), table.takeItem(other, col)
        table.setItem(row, col, b)
        table.setItem(other, col, a)
    table.setCurrentCell(other, table.currentColumn())
    return other


def remove_current(table: QTableWidget) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)


class RowButtons(QObject):
    """The Add / Remove (and Move up / Move down) buttons of an editable table. A new row
    opens its first cell for typing. Signals: changed() after each."""

    changed = Signal()

    def __init__(
        self,
        table: QTableWidget,
        add: QAbstractButton,
        remove: QAbstractButton,
        up: QAbstractButton | None = None,
        down: QAbstractButton | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        add.clicked.connect(self._on_add_clicked)
        remove.clicked.connect(self._on_remove_clicked)
        if up is not None and down is not None:
            up.clicked.connect(lambda: self._move(-1))
            down.clicked.connect(lambda: self._move(1))

    def _on_add_clicked(self) -> None:
        table = self.table
        table.blockSignals(True)
        row = append_row(table, [""] * table.columnCount())
        table.blockSignals(False)
        table.setCurrentCell(row, 0)
        if (item := table.item(row, 0)) is not None:
            table.editItem(item)
        self.changed.emit()

    def _on_remove_clicked(self) -> None:
        remove_current(self.table)
        self.changed.emit()

    def _move(self, step: int) -> None:
        self.table.blockSignals(True)
        move_row(self.table, self.table.currentRow(), step)
        self.table.blockSignals(False)
        self.changed.emit()


def is_blank(table: QTableWidget, row: int) -> bool:
    return not any(cell_text(table, row, c) for c in range(table.columnCount()))


def metrics_of(table: QTableWidget) -> tuple[MetricRow, ...]:
    return tuple(
        MetricRow(
            cell_text(table, r, 0), cell_text(table, r, 1), cell_text(table, r, 2), row_id(table, r)
        )
        for r in range(table.rowCount())
        if not is_blank(table, r)
    )


def escalation_of(table: QTableWidget) -> tuple[tuple[EscalationRow, ...], str]:
    """The levels in order, and a message when a response time is not a number."""
    levels: list[EscalationRow] = []
    problem = ""
    for r in range(table.rowCount()):
        if is_blank(table, r):
            continue
        hours_text = cell_text(table, r, 2).lower().removesuffix("h").removesuffix("hours").strip()
        hours: int | None = None
        if hours_text:
            if hours_text.isdigit():
                hours = int(hours_text)
            elif not problem:
                problem = tr("Level {number}: response time is a whole number of hours.").format(
                    number=len(levels) + 1
                )
        levels.append(
            EscalationRow(cell_text(table, r, 0), cell_text(table, r, 1), hours, row_id(table, r))
        )
    return tuple(levels), problem


def show_metrics(table: QTableWidget, metrics: Iterable[MetricRow]) -> None:
    rows = list(metrics)
    set_rows(table, [(m.metric, m.target, m.how_measured) for m in rows], [m.id for m in rows])


def show_escalation(table: QTableWidget, levels: Iterable[EscalationRow]) -> None:
    rows = list(levels)
    set_rows(
        table,
        [
            (
                x.who,
                x.when_to_escalate,
                "" if x.response_time_hours is None else str(x.response_time_hours),
            )
            for x in rows
        ],
        [x.id for x in rows],
    )


def fill_check_list(
    widget: QListWidget, items: Iterable[tuple[str, str, str]], checked: Iterable[str]
) -> None:
    """Checkable rows (id, text, tooltip); rows for checked ids that are gone are dropped."""
    wanted = set(checked)
    widget.blockSignals(True)
    widget.clear()
    for item_id, text, tip in items:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, item_id)
        item.setToolTip(tip)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if item_id in wanted else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def checked_ids(widget: QListWidget) -> frozenset[str]:
    return frozenset(
        str(widget.item(i).data(ID_ROLE))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def set_checkable(widget: QListWidget, enabled: bool) -> None:
    widget.blockSignals(True)
    for i in range(widget.count()):
        item = widget.item(i)
        if not item.data(ID_ROLE):
            continue
        flags = item.flags()
        if enabled:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        else:
            flags &= ~Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
    widget.blockSignals(False)


def show_checklist(widget: QListWidget, result: Completeness) -> None:
    widget.clear()
    for entry in result.items:
        label, hint = message(entry.label), message(entry.hint)
        text = f"✓  {label}" if entry.ok else f"✗  {label}\n     {hint}"
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, entry.key)
        item.setToolTip(hint or tr("Answered"))
        item.setForeground(QBrush(theme.current().colour("ok" if entry.ok else "error")))
        widget.addItem(item)
