"""Widgets and layout of a workspace register: toolbar and table on the left, the record's
form with its Save / Discard bar on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui.engagements.engagement_records_model import RecordTableModel
from cdmo_desktop.gui.engagements.record_phrases import phrases
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.widgets.fitting import VerticalScrollArea
from cdmo_desktop.gui.widgets.wrapping_row import WrappingRow


def build_editor_layout(editor: Any) -> None:
    """Create the editor's model, table, buttons and splitter (attributes of `editor`)."""
    editor.model = RecordTableModel(editor.columns(), editor.row_style, editor)
    editor.table = QTableView()
    editor.table.setObjectName(f"{editor.noun.replace(' ', '_')}_table")
    editor.table.setModel(editor.model)
    editor.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    editor.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    editor.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    editor.table.setAlternatingRowColors(True)
    editor.table.setWordWrap(False)
    editor.table.verticalHeader().hide()
    header = editor.table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(130)

    said = phrases(editor.noun)
    editor.new_button = QPushButton(said.new)
    editor.new_button.setObjectName("new_button")
    editor.delete_button = QPushButton(tr("Delete"))
    editor.delete_button.setObjectName("delete_button")
    editor.delete_button.setToolTip(said.delete_tip)
    editor.count_label = QLabel()
    editor.count_label.setObjectName("count_label")
    editor.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    # The count moves under the buttons where the list pane is narrow (German at 150 %).
    editor.toolbar = WrappingRow()
    editor.toolbar.setObjectName("record_toolbar")
    editor.toolbar.add_group(editor.new_button, editor.delete_button, None)
    editor.toolbar.add_group(editor.count_label, stretch=[1])

    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(editor.toolbar)
    left_layout.addWidget(editor.table)

    scroll = VerticalScrollArea(widget=editor.form)
    scroll.setObjectName("form_scroll")
    editor.message_label = QLabel()
    editor.message_label.setObjectName("message_label")
    editor.message_label.setWordWrap(True)
    editor.discard_button = QPushButton(tr("Discard changes"))
    editor.discard_button.setObjectName("discard_button")
    editor.save_button = QPushButton(tr("Save"))
    editor.save_button.setObjectName("save_button")
    editor.save_button.setToolTip(said.save_tip)
    bar = QHBoxLayout()
    bar.addWidget(editor.message_label, 1)
    bar.addWidget(editor.discard_button)
    bar.addWidget(editor.save_button)
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.addWidget(scroll)
    right_layout.addLayout(bar)
    # On a wide screen the list takes the extra width; a form wider than this reads no better.
    right.setMaximumWidth(max(600, right.minimumSizeHint().width()))

    editor.splitter = QSplitter(Qt.Orientation.Horizontal)
    editor.splitter.setObjectName("record_splitter")
    editor.splitter.addWidget(left)
    editor.splitter.addWidget(right)
    editor.splitter.setStretchFactor(0, 3)
    editor.splitter.setStretchFactor(1, 2)
    editor.splitter.setSizes([600, 400])  # weights: the list gets 60 % at any width
    editor.splitter.setChildrenCollapsible(False)
    editor.page_layout = QVBoxLayout(editor)
    editor.page_layout.setContentsMargins(0, 0, 0, 0)
    editor.page_layout.addWidget(editor.splitter)

    delete_action = QAction(said.delete, editor.table)
    delete_action.setObjectName("delete_action")
    delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete_action.triggered.connect(editor._on_delete_button_clicked)
    editor.table.addAction(delete_action)
