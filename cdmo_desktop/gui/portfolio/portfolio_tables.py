"""The Portfolio's two tables (engagements, agenda) as built (their header menus are
table_habits'), their first column fitting, and what shows instead while nothing runs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

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


def measured_rows(rows: QHeaderView, count: int, precision: int) -> list[int]:
    """The rows Qt measures before a table is shown: the first `precision` of its `count`
    rows not hidden (every row when `precision` is 0), looked at only that far (the
    Portfolio may list a million engagements)."""
    measured: list[int] = []
    for row in range(count):
        if 0 < precision <= len(measured):
            break
        if not rows.isSectionHidden(row):
            measured.append(row)
    return measured


def fit_columns(table: QTableView) -> None:
    """`table.resizeColumnsToContents()` to the pixel, made cheaper before the table is
    first shown (the Portfolio at start-up): Qt asks the model for eight roles of every
    cell it measures, each a call into Python; here two (its text and whether it shows a
    decoration), and the style measures each distinct text once. For tables of text and
    decorations drawn by the standard delegate (no check boxes, fonts or size hints from
    the model); shown, the table is fitted by Qt (it measures the rows in view), as is
    one with a delegate of its own."""
    model, delegate = table.model(), table.itemDelegate()
    if model is None or table.isVisible() or type(delegate) is not QStyledItemDelegate:
        table.resizeColumnsToContents()
        return
    table.ensurePolished()
    header, rows = table.horizontalHeader(), table.verticalHeader()
    precision = header.resizeContentsPrecision()
    measured = measured_rows(rows, model.rowCount(), precision)
    locale, style = table.locale(), table.style()
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    widths: dict[tuple[str | None, bool], int] = {}

    def width(value: object, decorated: bool) -> int:
        text = None if value is None else delegate.displayText(value, locale)
        key = (text, decorated)
        if key not in widths:
            cell = QStyleOptionViewItem(option)
            if text is not None:
                cell.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
                cell.text = text
            if decorated:
                cell.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, cell, QSize(), table)
            widths[key] = size.width()
        return widths[key]

    decoration = Qt.ItemDataRole.DecorationRole
    grid = 1 if table.showGrid() else 0
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        hint = 0
        for row in measured:
            index = model.index(row, column)
            hint = max(hint, width(index.data(), index.data(decoration) is not None))
        size = max(hint + grid, header.sectionSizeHint(column))
        size = max(header.minimumSectionSize(), min(size, header.maximumSectionSize()))
        table.setColumnWidth(column, size)
