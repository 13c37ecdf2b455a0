"""The measurement grid's table view: entry as in a spreadsheet.

Typing on a cell starts editing it; Tab / Shift+Tab write and move across, Enter writes and
moves down, Delete or Backspace clear the selected cells, Ctrl+C copies the selection as
tab-separated text and Ctrl+V pastes a column or block from a spreadsheet at the current
cell. A cell with a comment has a small mark in its corner; Shift+F2 edits the comment.
A refused value shows its reason at the cell (tooltip) and in the grid's message line.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.kpis.grid_model import COMMENT_ROLE, GridRefusal, MeasurementGridModel
from cdmo_desktop.gui.kpis.kpi_text import widest_period_text
from cdmo_desktop.gui.widgets import table_habits

AnyIndex = QModelIndex | QPersistentModelIndex


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from text copied out of a spreadsheet (tab-separated, one line per
    row; a trailing line break ends the block, it adds no row)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


class CommentMarkDelegate(QStyledItemDelegate):
    """Draws a cell as usual plus a corner mark when it has a comment."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        if not index.data(COMMENT_ROLE):
            return
        r = option.rect
        size = max(5, r.height() // 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.current().comment_mark))
        painter.drawPolygon(
            QPolygon(
                [
                    QPoint(r.right() - size, r.top()),
                    QPoint(r.right(), r.top()),
                    QPoint(r.right(), r.top() + size),
                ]
            )
        )
        painter.restore()


class MeasurementGridView(QTableView):
    """Signals: message(str) the reason of a refused entry ("" once a write went through)."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiGrid")
        self.setItemDelegate(CommentMarkDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(widest_period_text(self.fontMetrics()) + 18)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)
        self._refused = False

    def grid(self) -> MeasurementGridModel:
        model = self.model()
        assert isinstance(model, MeasurementGridModel)
        return model

    def setModel(self, model: MeasurementGridModel) -> None:  # type: ignore[override]
        super().setModel(model)
        model.refused.connect(self._on_model_refused)
        model.dataChanged.connect(self._on_model_written)

    # --- keys ---------------------------------------------------------------------------
    def updateGeometries(self) -> None:
        """Scrolled to its end, the grid shows whole periods: the range ends where a period
        starts at the left edge, leaving a blank band after the latest one where the width
        is not a whole number of periods (as a spreadsheet does). Ending where the latest
        period meets the right edge cut the period at the left edge ("l 2026")."""
        super().updateGeometries()
        bar = self.horizontalScrollBar()
        end = bar.maximum()
        header = self.horizontalHeader()
        if end <= 0 or header.count() == 0:
            return
        column = header.logicalIndexAt(end - header.offset())  # the period cut at the end
        start = header.sectionPosition(column) if column >= 0 else end
        if start < end:
            bar.setMaximum(start + header.sectionSize(column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
                self.clear_selection()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
            if (
                event.key() == Qt.Key.Key_F2
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.edit_comment()
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        refused, self._refused = self._refused, False
        if refused:  # the value stays where it was typed: show the cell, not the next one
            hint = QAbstractItemDelegate.EndEditHint.NoHint
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.move_down()

    def move_down(self) -> None:
        index = self.currentIndex()
        if index.isValid() and index.row() + 1 < self.grid().rowCount():
            below = self.grid().index(index.row() + 1, index.column())
            self.setCurrentIndex(below)

    # --- clipboard and blocks -----------------------------------------------------------
    def _selected_block(self) -> tuple[int, int, int, int] | None:
        cells = self.selectionModel().selectedIndexes()
        if not cells:
            index = self.currentIndex()
            if not index.isValid():
                return None
            return index.row(), index.column(), index.row(), index.column()
        rows = [i.row() for i in cells]
        columns = [i.column() for i in cells]
        return min(rows), min(columns), max(rows), max(columns)

    def copy_selection(self) -> None:
        block = self._selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        model = self.grid()
        lines = [
            "\t".join(
                str(model.index(r, c).data(Qt.ItemDataRole.EditRole) or "")
                for c in range(left, right + 1)
            )
            for r in range(top, bottom + 1)
        ]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def paste(self, text: str | None = None) -> bool:
        """Paste a block (the clipboard's text unless given) with its top left at the
        current cell: one write, one undo step."""
        index = self.currentIndex()
        if not index.isValid():
            return False
        block = parse_block(QGuiApplication.clipboard().text() if text is None else text)
        if not block:
            return False
        typed = {
            (index.row() + i, index.column() + j): value.strip()
            for i, line in enumerate(block)
            for j, value in enumerate(line)
        }
        written = self.grid().apply(typed)
        if written:
            bottom = index.row() + len(block) - 1
            right = index.column() + max(len(line) for line in block) - 1
            model = self.grid()
            last = model.index(
                min(bottom, model.rowCount() - 1), min(right, model.columnCount() - 1)
            )
            self.select_block(index, last)
        return written

    def select_block(self, first: QModelIndex, last: QModelIndex) -> None:
        """Select the cells from `first` to `last` (corners of a block)."""
        self.selectionModel().select(
            QItemSelection(first, last), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def clear_selection(self) -> bool:
        block = self._selected_block()
        if block is None:
            return False
        top, left, bottom, right = block
        model = self.grid()
        typed = {
            (r, c): ""
            for r in range(top, bottom + 1)
            for c in range(left, right + 1)
            if model.applies(r, c) and model.cell(r, c) is not None
        }
        return model.apply(typed) if typed else True

    def edit_comment(self) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        model = self.grid()
        cell = model.cell(index.row(), index.column())
        text, ok = QInputDialog.getMultiLineText(
            self,
            tr("Comment"),
            tr("Comment on {kpi}, {period}:").format(
                kpi=model.kpis[index.row()].name,
                period=model.headerData(index.column(), Qt.Orientation.Horizontal),
            ),
            cell.comment if cell else "",
        )
        if ok:
            model.set_comment(index.row(), index.column(), text)

    # --- messages -----------------------------------------------------------------------
    def _on_model_refused(self, refusal: GridRefusal) -> None:
        self._refused = self.state() == QAbstractItemView.State.EditingState
        model = self.grid()
        if 0 <= refusal.row < model.rowCount() and 0 <= refusal.column < model.columnCount():
            index = model.index(refusal.row, refusal.column)
            if not self._refused:  # an open editor stays on its cell anyway
                self.setCurrentIndex(index)
            rect = self.visualRect(index)
            QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), refusal.message, self)
        self.message.emit(refusal.message)

    def _on_model_written(self, *_: object) -> None:
        self.message.emit("")

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        menu = QMenu(self)
        copy = menu.addAction(tr("Copy"), self.copy_selection)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        paste = menu.addAction(tr("Paste"), self.paste)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        menu.addAction(tr("Clear"), self.clear_selection).setShortcut(
            QKeySequence.StandardKey.Delete
        )
        if index.isValid() and self.grid().cell(index.row(), index.column()) is not None:
            menu.addSeparator()
            menu.addAction(tr("Comment…"), self.edit_comment).setShortcut(QKeySequence("Shift+F2"))
        table_habits.add_select_all(menu, self)
        menu.exec(self.viewport().mapToGlobal(pos))
