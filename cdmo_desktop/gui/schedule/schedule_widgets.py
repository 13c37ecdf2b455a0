"""The task table widget and its cell editors (dates, durations, percentages, choices)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cdmo_desktop.domain.enums import MilestoneKind, MilestoneStatus, Side
from cdmo_desktop.domain.timeline import HEADER_HEIGHT, ROW_HEIGHT
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule_columns import ColumnFit
from cdmo_desktop.gui.widgets.text_fields import DateField

AnyIndex = QModelIndex | QPersistentModelIndex
_CHOICES = {cols.KIND: MilestoneKind, cols.OWNER: Side, cols.STATUS: MilestoneStatus}


class ScheduleDelegate(QStyledItemDelegate):
    """Editors that only offer valid values: typed dates (or the calendar), bounded spin
    boxes, choice lists for kind, owner and status. A date that cannot be read is refused
    with its reason (the model's `edit_refused`)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        col = index.column()
        if col in cols.DATE_COLUMNS:
            editor = DateField(parent)
            editor.setObjectName("schedule_date_editor")
            if col not in cols.OPTIONAL_DATES:
                editor.setClearButtonEnabled(False)
            return editor
        if col in (cols.DURATION, cols.PERCENT):
            spin = QSpinBox(parent)
            if col == cols.DURATION:
                spin.setRange(1, 3650)
                spin.setSuffix(tr(" d"))
            else:
                spin.setRange(0, 100)
                spin.setSingleStep(5)
                spin.setSuffix(" %")
            spin.setObjectName("schedule_number_editor")
            return spin
        if col in _CHOICES:
            combo = QComboBox(parent)
            for value, label in _CHOICES[col].choices():
                combo.addItem(message(label), value)
            combo.setObjectName("schedule_choice_editor")
            return combo
        line = QLineEdit(parent)
        line.setMaxLength(300)
        line.setObjectName("schedule_name_editor")
        return line

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateField):
            valid = isinstance(value, QDate) and value.isValid()
            editor.set_value(date(value.year(), value.month(), value.day()) if valid else None)
            editor.selectAll()
        elif isinstance(editor, QSpinBox) and value is not None:
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, DateField):
            try:
                typed = editor.value()
            except ValueError as exc:
                refused = getattr(model, "edit_refused", None)
                if refused is not None:
                    refused.emit(message(exc))
                return
            model.setData(index, QDate(typed.year, typed.month, typed.day) if typed else QDate())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


class ScheduleTable(QTableView):
    """The task table: fixed row height shared with the timeline, headings toggle on
    click, Space, Left and Right; items numbered in the row headers; the columns that fit
    (see schedule_columns; the header's menu chooses).

    Signals:
        toggle_requested(int row): a heading was clicked or its key pressed (collapse/expand).
        menu_requested(QPoint global_position): the context menu key or a right click.
    """

    toggle_requested = Signal(int)
    menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_table")
        self.setItemDelegate(ScheduleDelegate(self))
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(True)
        vertical = self.verticalHeader()
        vertical.setObjectName("schedule_row_numbers")
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setMinimumSectionSize(int(ROW_HEIGHT))
        vertical.setDefaultSectionSize(int(ROW_HEIGHT))
        header = self.horizontalHeader()
        header.setFixedHeight(int(HEADER_HEIGHT))
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        self.columns = ColumnFit(self, settings)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.horizontalHeader().setSectionResizeMode(cols.NAME, QHeaderView.ResizeMode.Stretch)
        self.columns.apply()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.columns.refit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu_requested.emit(event.globalPos())
        event.accept()

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("schedule_columns_menu")
        self.columns.fill_menu(menu)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def _is_group(self, row: int) -> bool:
        model = self.model()
        doc = getattr(model, "doc", None)
        return doc is not None and doc.rows.is_heading(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        if self._is_group(row) and event.key() in (
            Qt.Key.Key_Space,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            collapsed = self.model().doc.rows[row].key in self.model().doc.collapsed  # type: ignore[attr-defined]
            wants = {Qt.Key.Key_Left: False, Qt.Key.Key_Right: True}.get(Qt.Key(event.key()))
            if wants is None or wants == collapsed:
                self.toggle_requested.emit(row)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and index.column() == cols.NAME
            and self._is_group(index.row())
        ):
            self.setCurrentIndex(index)
            self.toggle_requested.emit(index.row())
            event.accept()
            return
        super().mousePressEvent(event)
