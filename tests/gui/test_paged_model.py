"""The paged model pages, sorts and filters through its source and passes qtmodeltester."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from cdmo_desktop.gui.models.paged import PagedTableModel

pytestmark = pytest.mark.gui

Row = tuple[str, str, int]


class ListSource:
    headers: Sequence[str] = ("Name", "Size")

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.fetches = 0

    def _match(self, filters: dict[str, Any]) -> list[Row]:
        text = filters.get("text", "")
        return [r for r in self.rows if text.lower() in r[1].lower()]

    def count(self, filters: dict[str, Any]) -> int:
        return len(self._match(filters))

    def fetch(
        self, filters: dict[str, Any], sort_column: int, descending: bool, offset: int, limit: int
    ) -> list[Row]:
        self.fetches += 1
        rows = sorted(self._match(filters), key=lambda r: r[1 + sort_column], reverse=descending)
        return rows[offset : offset + limit]

    def display(self, row: Row, column: int) -> Any:
        return row[1 + column]

    def key(self, row: Row) -> str:
        return row[0]


def _model(n: int = 450) -> tuple[PagedTableModel[Row], ListSource]:
    src = ListSource([(f"id{i}", f"Partner {i:04d}", n - i) for i in range(n)])
    model: PagedTableModel[Row] = PagedTableModel(src)
    model.refresh()
    return model, src


def test_rows_arrive_in_pages(qtmodeltester) -> None:
    model, _ = _model()
    assert model.rowCount() == 200 and model.total == 450
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_sort_and_filter_go_to_the_source_and_find_key_loads_pages() -> None:
    model, _ = _model()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 1)) == 1
    model.set_filters({"text": "partner 04"})
    assert model.total == 50 and model.data(model.index(0, 0)) == "Partner 0449"
    model.set_filters({})
    assert model.find_key("id3") == 446  # beyond the first page: fetched on demand
