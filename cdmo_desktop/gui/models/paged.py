"""A table model whose rows are sorted and filtered in SQL and arrive in pages.

QSortFilterProxyModel over 100k rows is far too slow (see FACTS); subclasses answer two
questions in SQL instead: how many rows match the filters, and which rows form one page in
the requested order. Views get more rows through canFetchMore()/fetchMore() as they scroll.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt

from cdmo_desktop.gui.models.rows import AnyIndex, ListTableModel

Row = TypeVar("Row")


class PagedSource(Protocol[Row]):
    """The SQL side of a paged table: what the rows are, how many match, one page of them."""

    headers: Sequence[str]

    def count(self, filters: dict[str, Any]) -> int: ...

    def fetch(
        self, filters: dict[str, Any], sort_column: int, descending: bool, offset: int, limit: int
    ) -> list[Row]: ...

    def display(self, row: Row, column: int) -> Any: ...

    def key(self, row: Row) -> str: ...


class PagedTableModel(ListTableModel[Row]):
    """Rows from a PagedSource, loaded by refresh()/fetchMore() (not set_rows). Subclasses
    may override `cell_data` for roles other than DisplayRole (colours, tooltips,
    alignment)."""

    page_size = 200

    def __init__(self, source: PagedSource[Row], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.headers = list(source.headers)
        self._total = 0
        self._filters: dict[str, Any] = {}
        self._sort_column = 0
        self._descending = False

    def display(self, row: Row, column: int) -> Any:
        return self.source.display(row, column)

    def row_key(self, row: Row) -> str:
        return self.source.key(row)

    # --- state --------------------------------------------------------------------------
    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    @property
    def total(self) -> int:
        """Rows matching the filters (loaded or not)."""
        return self._total

    @property
    def sort_state(self) -> tuple[int, bool]:
        return self._sort_column, self._descending

    def set_filters(self, filters: dict[str, Any]) -> None:
        self._filters = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query with the current filters and sort; loads the first page again
        (or as many rows as were loaded, so the view keeps its scroll position)."""
        keep = max(self.page_size, len(self._rows))
        self.beginResetModel()
        self._total = self.source.count(self._filters)
        self._rows = (
            self.source.fetch(
                self._filters, self._sort_column, self._descending, 0, min(keep, self._total)
            )
            if self._total
            else []
        )
        self.endResetModel()

    def key_at(self, index: int) -> str:
        return self.row_key(self._rows[index])

    def find_key(self, key: str, load: bool = True) -> int:
        """Row number of the row whose key is `key`, fetching further pages if needed;
        -1 when no row matches the filters."""
        while True:
            for i, row in enumerate(self._rows):
                if self.row_key(row) == key:
                    return i
            if not (load and self.canFetchMore(QModelIndex())):
                return -1
            self.fetchMore(QModelIndex())

    # --- Qt overrides -------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        more = self.source.fetch(
            self._filters, self._sort_column, self._descending, start, self.page_size
        )
        if not more:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.headers):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._total = self.source.count(self._filters)
        old = len(self._rows)
        rows = (
            self.source.fetch(
                self._filters,
                column,
                self._descending,
                0,
                min(max(old, self.page_size), self._total),
            )
            if self._total
            else []
        )
        if len(rows) != old:
            # Row count changed under us (another write): fall back to a reset.
            self.layoutChanged.emit()
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        self._rows = rows
        self.layoutChanged.emit()
