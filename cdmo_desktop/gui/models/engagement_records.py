"""A table model over plain records (dicts of column values) for the workspace registers:
team, channels, data shares, decisions and action items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Record = dict[str, Any]
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RecordColumn:
    header: str
    text: Callable[[Record], str]
    tooltip: Callable[[Record], str] | None = None


@dataclass(frozen=True)
class RowStyle:
    """How a whole row looks (overdue actions, rule violations)."""

    background: str | None = None
    foreground: str | None = None
    bold: bool = False
    tooltip: str = ""


class RecordTableModel(QAbstractTableModel):
    """Read-only rows; editing happens in the form next to the table."""

    def __init__(
        self,
        columns: Sequence[RecordColumn],
        style: Callable[[Record], RowStyle | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._style = style
        self._rows: list[Record] = []

    def set_rows(self, rows: Sequence[Record]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()

    @property
    def rows(self) -> list[Record]:
        return list(self._rows)

    def record(self, row: int) -> Record:
        return self._rows[row]

    def row_of(self, record_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.get("id") == record_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(column.text(record).split())
        style = self._style(record) if self._style else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(record) if column.tooltip else column.text(record)
            extra = style.tooltip if style else ""
            return "\n".join(t for t in (tip, extra) if t) or None
        if style is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and style.background:
            return QBrush(QColor(style.background))
        if role == Qt.ItemDataRole.ForegroundRole and style.foreground:
            return QBrush(QColor(style.foreground))
        if role == Qt.ItemDataRole.FontRole and style.bold:
            font = QFont()
            font.setBold(True)
            return font
        return None
