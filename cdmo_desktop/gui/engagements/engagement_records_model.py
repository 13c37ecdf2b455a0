"""A table model over plain records (dicts of column values) for the workspace registers:
team, channels, data shares, decisions and action items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont

from cdmo_desktop.gui import theme
from cdmo_desktop.gui.models.rows import ListTableModel

Record = dict[str, Any]


@dataclass(frozen=True)
class RecordColumn:
    header: str
    text: Callable[[Record], str]
    tooltip: Callable[[Record], str] | None = None


@dataclass(frozen=True)
class RowStyle:
    """How a whole row looks (overdue actions, rule violations): theme roles by name
    (gui/theme.py); a background without a foreground gets the text paired with it."""

    background: str | None = None
    foreground: str | None = None
    bold: bool = False
    tooltip: str = ""


class RecordTableModel(ListTableModel[Record]):
    """Read-only rows; editing happens in the form next to the table."""

    def __init__(
        self,
        columns: Sequence[RecordColumn],
        style: Callable[[Record], RowStyle | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.headers = [c.header for c in self.columns]
        self._style = style

    def set_rows(self, rows: Sequence[Record]) -> None:
        super().set_rows([dict(r) for r in rows])

    @property
    def rows(self) -> list[Record]:
        return list(self._rows)

    def record(self, row: int) -> Record:
        return self._rows[row]

    def row_of(self, record_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.get("id") == record_id), -1)

    def display(self, record: Record, column: int) -> str:
        return " ".join(self.columns[column].text(record).split())

    def cell_data(self, record: Record, column: int, role: int) -> Any:
        col = self.columns[column]
        style = self._style(record) if self._style else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = col.tooltip(record) if col.tooltip else col.text(record)
            extra = style.tooltip if style else ""
            return "\n".join(t for t in (tip, extra) if t) or None
        if style is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and style.background:
            return QBrush(theme.current().colour(style.background))
        if role == Qt.ItemDataRole.ForegroundRole and (style.foreground or style.background):
            name = style.foreground or str(style.background).replace("_bg", "_fg")
            return QBrush(theme.current().colour(name))
        if role == Qt.ItemDataRole.FontRole and style.bold:
            font = QFont()
            font.setBold(True)
            return font
        return None
