"""The shared base of the list-backed table models: headers, display text per cell, other
roles through cell_data, and a reset when the rows are replaced."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from cdmo_desktop.gui.models.rows import ListTableModel


class _Fruit(ListTableModel[tuple[str, int]]):
    headers = ("Fruit", "Count")

    def display(self, row: tuple[str, int], column: int) -> Any:
        return row[column] if column == 0 else str(row[column])

    def cell_data(self, row: tuple[str, int], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row[1]} {row[0]}"
        return None

    def header_tooltip(self, column: int) -> str | None:
        return "How many are left" if column == 1 else None


def test_rows_headers_and_roles(qtbot, qtmodeltester) -> None:
    model = _Fruit()
    assert model.rowCount() == 0 and model.columnCount() == 2
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([("apples", 3), ("pears", 12)])
    qtmodeltester.check(model)

    assert model.rowCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0  # a table, no children
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "How many are left"
    )
    assert model.data(model.index(1, 1)) == "12"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "12 pears"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(QModelIndex()) is None
    assert model.row_at(0) == ("apples", 3)

    model.set_rows([])
    assert model.rowCount() == 0
