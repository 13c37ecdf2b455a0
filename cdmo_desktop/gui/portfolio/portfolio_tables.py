"""The Portfolio's two tables (engagements, agenda) as built (their header menus are
table_habits')."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

FIT_ROWS = 20  # about the rows a laptop shows: fitting measures these, not every row


def portfolio_table(name: str, lines: int = 1) -> QTableView:
    """A read-only table of whole rows, `lines` text lines high each."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    # Fitting a column measures the rows around those shown, not every row (thousands of
    # running engagements took seconds).
    table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * lines + 8)
    return table
