"""Pick KPIs from the library (the consultant's own first, then the shipped ones) with their
default unit, direction, period, target and thresholds; several at once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod
from cdmo_desktop.domain.kpi import KpiTemplate
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.kpis.kpi_dialog import DIRECTION_WORDS
from cdmo_desktop.gui.kpis.kpi_text import unit_label, value_text

HEADERS = (
    QT_TR_NOOP("KPI"),
    QT_TR_NOOP("Unit"),
    QT_TR_NOOP("Better"),
    QT_TR_NOOP("Per"),
    QT_TR_NOOP("Target"),
    QT_TR_NOOP("Amber"),
    QT_TR_NOOP("Red"),
    QT_TR_NOOP("For"),
    QT_TR_NOOP("Source"),
)
KEY_ROLE = Qt.ItemDataRole.UserRole


class LibraryPicker(RememberedGeometryDialog):
    """`chosen()` gives the keys of the checked KPIs once accepted. KPIs the engagement
    already has (`taken` keys) are listed but cannot be picked again."""

    def __init__(
        self,
        templates: Sequence[KpiTemplate],
        own_keys: set[str],
        taken: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kpiLibraryPicker")
        self.setWindowTitle(tr("Add KPIs from the library"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("kpiLibraryFilter")
        self.filter_edit.setPlaceholderText(tr("Filter by name…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table = QTableWidget(len(templates), len(HEADERS))
        self.table.setObjectName("kpiLibraryTable")
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, t in enumerate(templates):
            texts = (
                t.name,
                unit_label(t.unit),
                tr(DIRECTION_WORDS[KpiDirection(t.direction)]),
                message(KpiPeriod(t.period).label),
                value_text(t.target, t.unit),
                value_text(t.amber, t.unit),
                value_text(t.red, t.unit),
                " ".join(t.applies_to).upper(),
                tr("Own") if t.key in own_keys else tr("Library"),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column == 0:
                    item.setData(KEY_ROLE, t.key)
                    item.setToolTip(t.description or t.name)
                    if t.key in taken:
                        item.setFlags(Qt.ItemFlag.NoItemFlags)
                        item.setToolTip(tr("Already agreed for this engagement"))
                    else:
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                        item.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        self.count = QLabel(tr("None chosen"))
        self.count.setObjectName("kpiLibraryCount")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(tr("Add"))
        self.add_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(900, 520)

    def _key_item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None
        return item

    def chosen(self) -> list[str]:
        keys = []
        for row in range(self.table.rowCount()):
            item = self._key_item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and (
                item.checkState() == Qt.CheckState.Checked
            ):
                keys.append(str(item.data(KEY_ROLE)))
        return keys

    def check(self, key: str, checked: bool = True) -> None:
        for row in range(self.table.rowCount()):
            item = self._key_item(row)
            if item.data(KEY_ROLE) == key and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        n = len(self.chosen())
        self.count.setText(tr("{count} chosen").format(count=n) if n else tr("None chosen"))
        self.add_button.setEnabled(bool(n))

    def _on_table_cell_double_clicked(self, row: int, _column: int) -> None:
        item = self._key_item(row)
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            name = self._key_item(row).text().casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in name)
