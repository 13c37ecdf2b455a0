"""The base of the read-only table models over plain rows.

Subclasses name their column `headers` and answer two questions about one row: its text in
a column (`display`) and any other role (`cell_data`: colours, tooltips, ids, alignment);
`header_tooltip` explains a column. Headers and header tooltips are shown through tr():
subclasses mark them with QT_TR_NOOP (gui/i18n.py). `RowTableModel` is the part shared by
the list model (`ListTableModel`, every row in a Python list) and the virtual paged model
(gui.models.paged, rows read a page at a time): it asks `row_at`/`has_row` for a row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cdmo_desktop.gui.i18n import tr

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Columns, headers and roles of a table whose rows come from `row_at`."""

    headers: Sequence[str] = ()
    # The row at a position: a list lookup (ListTableModel) or a page read (PagedTableModel).
    row_at: Callable[[int], Row]

    def has_row(self, index: int) -> bool:
        """Whether row `index` can be shown now (the paged model may find it gone)."""
        return 0 <= index < self.rowCount()

    def display(self, row: Row, column: int) -> Any:
        """The DisplayRole value of one cell."""
        return None

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        """Any other role of one cell."""
        return None

    def header_tooltip(self, column: int) -> str | None:
        """What a column header explains when hovered."""
        return None

    # --- Qt overrides -------------------------------------------------------------------
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.headers[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.header_tooltip(section)
            return tr(tip) if tip else tip
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.has_row(index.row()):
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        return self.cell_data(row, index.column(), role)


class ListTableModel(RowTableModel[Row]):
    """Rows are kept in order as given; `set_rows` replaces them all (a model reset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int) -> Row:
        return self._rows[index]

    def has_row(self, index: int) -> bool:
        return 0 <= index < len(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
