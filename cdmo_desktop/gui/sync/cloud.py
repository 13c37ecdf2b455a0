"""The warning when the open database file lies in a folder a cloud service keeps in sync.

OneDrive, Dropbox, Google Drive or iCloud copy a file while SQLite writes it, and two
laptops syncing the same file overwrite each other's edits: the live database belongs in a
local folder, and copies exchange their changes with Sync > Send / Receive. The warning is
a line in the status bar that stays, and once per file and session a message that does
not block the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.sync.common import named


def cloud_service_of(path: Path) -> str | None:
    """The cloud service whose synced folder holds `path` ("OneDrive"), or None."""
    from cdmo_desktop.store.cloud_folders import cloud_service

    return cloud_service(path)


def warning_text(path: Path, service: str) -> str:
    return tr(
        "{file} is in a folder that {service} keeps in sync. {service} can copy the "
        "file while it is being written and damage it, and two computers syncing it "
        "overwrite each other's edits."
    ).format(file=path.name, service=service)


ADVICE = QT_TR_NOOP(
    "Quit the app, move the file to a folder on this computer that is not synced and open "
    "it from there. Exchange changes with other copies through the Sync menu (Send "
    "changes to…, Receive changes…)."
)


class CloudFolderWarning(QObject):
    """Checks the database file on every open (`check`)."""

    def __init__(self, parent: QWidget, status_bar: QStatusBar) -> None:
        super().__init__(parent)
        self._parent = parent
        self.label = named(QLabel(), "cloudFolderWarningLabel", tr("Cloud folder warning"))
        theme.set_tone(self.label, "error")
        self.label.hide()
        status_bar.addWidget(self.label, 2)
        self.box: QMessageBox | None = None
        self._warned: set[Path] = set()

    def check(self, path: Path | None) -> str | None:
        """Warn when `path` (the open file; None on a team server) is in a cloud-synced
        folder; returns the service, or None (the warning hidden)."""
        service = cloud_service_of(path) if path is not None else None
        if path is None or service is None:
            self.label.hide()
            return None
        text = warning_text(path, service)
        self.label.setText(
            tr("Database in a {service} folder: move it to a local folder").format(service=service)
        )
        self.label.setToolTip("\n\n".join((text, tr(ADVICE))))
        self.label.show()
        if path not in self._warned:
            self._warned.add(path)
            self._show_box(text)
        return service

    def _show_box(self, text: str) -> None:
        if self.box is not None:
            self.box.close()
        box = self.box = QMessageBox(self._parent)
        named(box, "cloudFolderWarningBox", tr("Database in a cloud-synced folder"))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Database in a cloud-synced folder"))
        box.setText(text)
        box.setInformativeText(tr(ADVICE))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setModal(False)
        box.show()
