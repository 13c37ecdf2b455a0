"""The Sync menu: exchange changes with other copies of the database as files.

`install_sync_menu(window)` adds it to the main window (Send changes to…, Receive
changes…, Conflicts…) and returns the `SyncMenu`, whose `database_changed()` the window
calls when a database opens: it warns when the file lies in a cloud-synced folder.
Nothing here imports the store until an action runs (the window paints first).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QStatusBar, QWidget

from cdmo_desktop.gui.i18n import tr

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.sync.cloud import CloudFolderWarning
    from cdmo_desktop.gui.sync.conflicts_view import ConflictsDialog
    from cdmo_desktop.gui.sync.progress import SyncProgressDialog
    from cdmo_desktop.gui.sync.receive import Received
    from cdmo_desktop.gui.sync.report import SyncReportDialog

log = logging.getLogger(__name__)


class SyncWindow(Protocol):
    """What the menu needs of the main window."""

    ctx: AppContext

    def window(self) -> QWidget: ...
    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...


class SyncMenu(QObject):
    def __init__(self, window: SyncWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.parent_widget = window.window()
        menu = self.menu = window.menuBar().addMenu(tr("S&ync"))
        menu.setObjectName("syncMenu")
        self.send_action = self._action(
            tr("&Send changes to…"),
            "syncSendAction",
            tr("Write the changes another copy has not seen into a file"),
            self.send_changes,
        )
        self.receive_action = self._action(
            tr("&Receive changes…"),
            "syncReceiveAction",
            tr("Take in a sync file from another copy (a backup is taken first)"),
            self.receive_changes,
        )
        menu.addSeparator()
        self.conflicts_action = self._action(
            tr("&Conflicts…"),
            "syncConflictsAction",
            tr("Edits that collided with another copy's, and possible duplicate partners"),
            self.show_conflicts,
        )
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.cloud: CloudFolderWarning | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.report_dialog: SyncReportDialog | None = None
        self.progress: SyncProgressDialog | None = None
        self.ctx.store_ready.connect(self._update_enabled)
        self._update_enabled()

    @property
    def ctx(self) -> AppContext:
        return self.window.ctx

    def _action(self, text: str, name: str, tip: str, slot: object) -> QAction:
        action = QAction(text, self.parent_widget)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _update_enabled(self) -> None:
        """Sending and receiving write (the peer's record, the changes): not on a database
        opened read-only, nor before the store is open."""
        writable = self.ctx.has_store and not self.ctx.store.read_only
        self.send_action.setEnabled(writable)
        self.receive_action.setEnabled(writable)
        self.conflicts_action.setEnabled(self.ctx.has_store)

    def _on_menu_about_to_show(self) -> None:
        self._update_enabled()
        self.conflicts_action.setText(self._conflicts_text())

    def _conflicts_text(self) -> str:
        if not self.ctx.has_store:
            return tr("&Conflicts…")
        from cdmo_desktop.store import StoreError, sync

        try:
            count = len(sync.conflicts(self.ctx.store, open_only=True))
        except StoreError as exc:
            log.warning("conflicts not counted: %s", exc.message)
            return tr("&Conflicts…")
        return tr("&Conflicts ({count} open)…").format(count=count) if count else tr("&Conflicts…")

    # --- the database ---------------------------------------------------------------------
    def database_changed(self) -> None:
        """Another database is shown: its conflicts, and the cloud-folder check."""
        from cdmo_desktop.gui.sync.cloud import CloudFolderWarning

        if self.conflicts_dialog is not None:
            self.conflicts_dialog.close()
            self.conflicts_dialog.deleteLater()
            self.conflicts_dialog = None
        if self.cloud is None:
            self.cloud = CloudFolderWarning(self.parent_widget, self.window.statusBar())
        self.cloud.check(None if self.ctx.on_server else self.ctx.database_path)

    # --- actions --------------------------------------------------------------------------
    def send_changes(self) -> SyncProgressDialog | None:
        from cdmo_desktop.gui.sync.send import send_changes

        self.progress = send_changes(self.ctx, self.parent_widget)
        return self.progress

    def receive_changes(self) -> SyncProgressDialog | None:
        from cdmo_desktop.gui.sync.receive import receive_changes

        self.progress = receive_changes(self.ctx, self.parent_widget, on_received=self.show_report)
        return self.progress

    def show_report(self, received: Received) -> SyncReportDialog:
        from cdmo_desktop.gui.sync.report import SyncReportDialog

        if self.report_dialog is not None:
            self.report_dialog.close()
        dialog = self.report_dialog = SyncReportDialog(
            received, self.show_conflicts, self.parent_widget, self.ctx.settings
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_report_destroyed)
        dialog.open()
        return dialog

    def _on_report_destroyed(self) -> None:
        self.report_dialog = None

    def show_conflicts(self) -> ConflictsDialog:
        """The conflicts window (one per database, modeless)."""
        from cdmo_desktop.gui.sync.conflicts_view import ConflictsDialog

        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.ctx, self.parent_widget)
        else:
            self.conflicts_dialog.reload()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        self.conflicts_dialog.activateWindow()
        return self.conflicts_dialog


def install_sync_menu(window: SyncWindow) -> SyncMenu:
    """Add the Sync menu to `window`'s menu bar."""
    return SyncMenu(window)
