"""The Portfolio's two tables (engagements, agenda) as built (their header menus are
table_habits'), and what shows instead while nothing runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

FIT_ROWS = 20  # about the rows a laptop shows: fitting measures these, not every row


def portfolio_table(name: str, parent: QWidget, lines: int = 1) -> QTableView:
    """A read-only table of whole rows, `lines` text lines high each, built in `parent`
    (moving a built table to another parent restyles each of its parts again)."""
    table = QTableView(parent)
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


def empty_label(html: str, parent: QWidget) -> QLabel:
    """The centred, word-wrapped note shown instead of the tables."""
    label = QLabel(html, parent)
    label.setObjectName("portfolioEmpty")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label
