"""File > Restore from backup: pick one of the database's backups, newest first."""

from __future__ import annotations

import html
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTreeWidgetItem, QWidget

from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.format import datetime_text, number_text
from cdmo_desktop.gui.forms.ui_restore_backup import Ui_RestoreBackupDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.store.backup import BackupInfo, list_backups
from cdmo_desktop.store.paths import backup_dir

REASONS = {
    "manual": QT_TR_NOOP("Backup now"),
    "daily": QT_TR_NOOP("Daily, automatic"),
    "pre-migration": QT_TR_NOOP("Before a schema upgrade"),
    "pre-restore": QT_TR_NOOP("Before a restore"),
}


def reason_label(reason: str) -> str:
    if reason in REASONS:
        return tr(REASONS[reason])
    return reason.replace("-", " ").replace("_", " ").capitalize()


def size_label(size: int) -> str:
    if size < 1024 * 1024:
        return tr("{size} KB").format(size=number_text(max(1, round(size / 1024))))
    return tr("{size} MB").format(size=number_text(Decimal(size) / (1024 * 1024), 1))


class RestoreBackupDialog(RememberedGeometryDialog):
    """`exec()`, then `selected` is the backup to restore (None when cancelled)."""

    def __init__(
        self, db_path: Path, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent, settings)
        self.ui = Ui_RestoreBackupDialog()
        self.ui.setupUi(self)
        self.backups: list[BackupInfo] = list_backups(db_path)
        self.selected: BackupInfo | None = None
        folder = backup_dir(db_path)
        if self.backups:
            self.ui.introLabel.setText(
                tr(
                    "Backups of <b>{file}</b> in {folder}, newest first. Restoring replaces the "
                    "whole database with the backup you choose."
                ).format(file=html.escape(db_path.name), folder=html.escape(str(folder)))
            )
        else:
            self.ui.introLabel.setText(
                tr("There are no backups of {file} in {folder} yet.").format(
                    file=db_path.name, folder=folder
                )
            )
        tree = self.ui.backupTree
        items: list[QTreeWidgetItem] = []
        for b in self.backups:
            taken = datetime_text(b.taken_at, seconds=True)
            item = QTreeWidgetItem([taken, reason_label(b.reason), size_label(b.size), b.path.name])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(3, str(b.path))
            tree.addTopLevelItem(item)
            items.append(item)
        for col in range(tree.columnCount()):
            tree.resizeColumnToContents(col)
        self.restore_button = QPushButton(tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.ui.buttonBox.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.accept)
        tree.currentItemChanged.connect(self._on_backup_tree_current_item_changed)
        tree.itemDoubleClicked.connect(lambda *_: self.accept())
        if self.backups:
            tree.setCurrentItem(items[0])

    def _on_backup_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self.restore_button.setEnabled(current is not None)

    def accept(self) -> None:
        current = self.ui.backupTree.currentItem()
        row = -1 if current is None else self.ui.backupTree.indexOfTopLevelItem(current)
        if not 0 <= row < len(self.backups):
            return
        self.selected = self.backups[row]
        super().accept()
