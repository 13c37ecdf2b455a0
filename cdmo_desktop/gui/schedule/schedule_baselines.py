"""Named baselines on the Schedule screen: the name a new baseline is kept under, and the
baseline the chart compares the plan with (each item's latest one, or any named one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument
from cdmo_desktop.store import schedule as sched
from cdmo_desktop.store.schedule import BaselineInfo
from cdmo_desktop.store.schedule_edits import FIRST_BASELINE

if TYPE_CHECKING:
    from cdmo_desktop.gui.schedule.schedule_edits import Outcome, ScheduleEditor
    from cdmo_desktop.store.store import Store

BASELINE_TABLES = ("schedule_baseline", "baseline_date")

LATEST = QT_TR_NOOP("vs. latest baseline")


def suggested_name(existing: list[str]) -> str:
    """ "Baseline" for the first, then "Baseline 2", "Baseline 3"… (a name not yet used)."""
    if FIRST_BASELINE not in existing:
        return FIRST_BASELINE
    n = 2
    while f"{FIRST_BASELINE} {n}" in existing:
        n += 1
    return f"{FIRST_BASELINE} {n}"


def ask_baseline_name(parent: QWidget, title: str, existing: list[str]) -> str | None:
    """The name to keep the current plan under (None: cancelled). A new name keeps the
    earlier baselines; an existing one (offered in the list) is replaced."""
    names = [suggested_name(existing), *reversed(existing)]
    name, ok = QInputDialog.getItem(
        parent,
        tr("Set baseline"),
        tr(
            "Keep the current plan of {title} as the baseline named\n"
            "(a new name keeps the earlier baselines for comparison):"
        ).format(title=title),
        names,
        0,
        True,
    )
    name = " ".join(name.split())
    return name if ok and name else None


class BaselineChooser(QComboBox):
    """What the chart compares the plan with: each item's latest baseline, or a named one.

    Signals:
        chosen(str baseline_id): "" for the latest baseline.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_compare")
        self.setToolTip(tr("The baseline the chart and the variance compare the plan with"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(14)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.infos: dict[str, BaselineInfo] = {}
        self.activated.connect(self._on_activated)
        self.fill([], {})

    def fill(self, baselines: list[BaselineInfo], titles: dict[str, str]) -> None:
        """The named baselines (newest first; prefixed with the engagement's title when
        there are several engagements), keeping the choice when it is still there."""
        current = self.current_id()
        several = len({b.engagement_id for b in baselines}) > 1
        self.blockSignals(True)
        self.clear()
        self.addItem(tr(LATEST), "")
        self.infos = {b.id: b for b in baselines}
        for b in reversed(baselines):
            title = titles.get(b.engagement_id, "").split(" · ")[0]
            prefix = f"{title}: " if several and title else ""
            shown = tr("vs. {prefix}{name} ({date})")
            self.addItem(shown.format(prefix=prefix, name=b.name, date=date_text(b.set_on)), b.id)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def current_id(self) -> str:
        return str(self.currentData() or "")

    def label_of(self, baseline_id: str) -> str:
        info = self.infos.get(baseline_id)
        return info.name if info is not None else ""

    def _on_activated(self, _index: int) -> None:
        self.chosen.emit(self.current_id())


class BaselineCompare(QObject):
    """Keeps a chooser's list and the document's comparison in step with the store.

    Signals:
        compared(): the document compares with another baseline (or other dates of it).
    """

    compared = Signal()

    def __init__(
        self,
        store: Store,
        document: ScheduleDocument,
        chooser: BaselineChooser,
        engagement_id: str | None,
    ) -> None:
        super().__init__(chooser)
        self.store, self.doc, self.chooser = store, document, chooser
        self.engagement_id = engagement_id
        chooser.chosen.connect(self._on_chooser_chosen)
        self.refresh()

    def names(self, engagement_id: str) -> list[str]:
        return [b.name for b in sched.baselines(self.store, engagement_id)]

    def refresh(self) -> None:
        """Baselines were set (or the plan read again): list them, compare again."""
        self.chooser.fill(
            sched.baselines(self.store, self.engagement_id), self.doc.engagement_titles
        )
        self._compare(self.chooser.current_id())

    def _on_chooser_chosen(self, baseline_id: str) -> None:
        self._compare(baseline_id)

    def _compare(self, baseline_id: str) -> None:
        name = self.chooser.label_of(baseline_id)
        dates = sched.baseline_dates(self.store, baseline_id) if name else {}
        self.doc.compare_with(name, dates)
        self.compared.emit()


class ManageBaselinesDialog(QDialog):
    """The named baselines of one engagement, to rename or delete (each one undo step on
    the Schedule screen's stack; the list shows the store's state after every change)."""

    def __init__(
        self,
        store: Store,
        editor: ScheduleEditor,
        engagement_id: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("manage_baselines")
        self.setWindowTitle(tr("Baselines of {title}").format(title=title))
        self.store, self.editor, self.engagement_id = store, editor, engagement_id
        self.list = QListWidget(self)
        self.list.setObjectName("baseline_list")
        self.list.setAccessibleName(tr("Baselines"))
        self.rename_button = QPushButton(tr("&Rename…"), self)
        self.rename_button.setObjectName("rename_baseline")
        self.delete_button = QPushButton(tr("&Delete"), self)
        self.delete_button.setObjectName("delete_baseline")
        self.message = QLabel(self)
        self.message.setObjectName("baseline_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.rename_button)
        side.addWidget(self.delete_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.resize(460, 300)
        self.fill()

    def fill(self, select_id: str = "") -> None:
        self.list.clear()
        for b in reversed(sched.baselines(self.store, self.engagement_id)):
            item = QListWidgetItem(f"{b.name}  ({date_text(b.set_on)})")
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, b.name)
            self.list.addItem(item)
            if b.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            self.message.setText(tr("This engagement has no baseline yet: use “Set baseline…”."))
        self._enable()

    def _selected(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), str(
            item.data(Qt.ItemDataRole.UserRole + 1)
        )

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _show(self, outcome: Outcome) -> None:
        self.message.setText(outcome.message)
        theme.set_tone(self.message, "error" if outcome.error else None)

    def rename_selected(self, name: str | None = None) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        baseline_id, old = chosen
        if name is None:
            name, ok = QInputDialog.getText(self, tr("Rename baseline"), tr("New name:"), text=old)
            if not ok:
                return
        self._show(self.editor.rename_baseline(baseline_id, name))
        self.fill(baseline_id)

    def delete_selected(self, *, confirm: bool = True) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        baseline_id, name = chosen
        if confirm:
            answer = QMessageBox.question(
                self,
                tr("Delete baseline"),
                tr(
                    "Delete the baseline “{name}”? Items whose latest baseline it is are then "
                    "compared with their previous baseline. Undo (Ctrl+Z) brings it back."
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._show(self.editor.delete_baseline(baseline_id))
        self.fill()
