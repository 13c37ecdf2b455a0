"""The dependencies of one item: change a link's type or lag, or remove it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain.enums import DependencyKind
from cdmo_desktop.domain.scheduling import ScheduleItem, ScheduleLink
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument

_COLUMNS = ("Predecessor", "Successor", "Type", "Lag (days)", "Remove")


class DependencyDialog(QDialog):
    def __init__(
        self, document: ScheduleDocument, item: ScheduleItem, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dependency_dialog")
        self.setWindowTitle(f"Dependencies of {item.name}")
        self._links = document.links_of(item.id)
        names = {it.id: it.name for it in document.items}
        intro = QLabel(
            "A successor waits for its predecessor: finish-to-start (starts after it finishes)"
            " or start-to-start (starts once it has started), plus the lag in days.",
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._links), len(_COLUMNS), self)
        self.table.setObjectName("dependency_table")
        self.table.setHorizontalHeaderLabels(list(_COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._kinds: list[QComboBox] = []
        self._lags: list[QSpinBox] = []
        self._removes: list[QCheckBox] = []
        for row, link in enumerate(self._links):
            for col, item_id in ((0, link.predecessor_id), (1, link.successor_id)):
                cell = QTableWidgetItem(names.get(item_id, ""))
                self.table.setItem(row, col, cell)
            kind = QComboBox(self.table)
            kind.setObjectName(f"dependency_kind_{row}")
            for value, label in DependencyKind.choices():
                kind.addItem(label, value)
            kind.setCurrentIndex(kind.findData(link.kind.value))
            lag = QSpinBox(self.table)
            lag.setObjectName(f"dependency_lag_{row}")
            lag.setRange(-365, 365)
            lag.setValue(link.lag_days)
            remove = QCheckBox(self.table)
            remove.setObjectName(f"dependency_remove_{row}")
            self.table.setCellWidget(row, 2, kind)
            self.table.setCellWidget(row, 3, lag)
            self.table.setCellWidget(row, 4, remove)
            self._kinds.append(kind)
            self._lags.append(lag)
            self._removes.append(remove)
        if not self._links:
            intro.setText(
                f"{item.name} has no dependencies. Drag from one item onto another on the "
                "chart to link them."
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("dependency_buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 120 + 30 * max(2, len(self._links)))

    def removed(self) -> list[ScheduleLink]:
        return [
            link for link, box in zip(self._links, self._removes, strict=True) if box.isChecked()
        ]

    def changed(self) -> list[tuple[ScheduleLink, ScheduleLink]]:
        out = []
        for link, kind, lag, box in zip(
            self._links, self._kinds, self._lags, self._removes, strict=True
        ):
            if box.isChecked():
                continue
            new = replace(link, kind=DependencyKind(kind.currentData()), lag_days=lag.value())
            if new != link:
                out.append((link, new))
        return out

    def has_changes(self) -> bool:
        return bool(self.removed() or self.changed())
