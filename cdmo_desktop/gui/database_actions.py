"""The main window's database actions (New, Open, Backup now, Restore from backup) plus
Preferences and About, which also speak about the open database.

Swapping the database asks every page whether it may close first (unsaved edits), then
drops the pages, clears the undo stack and rebuilds the current screen on the new store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QStatusBar, QWidget

from cdmo_desktop import APP_DISPLAY_NAME
from cdmo_desktop.gui import database
from cdmo_desktop.gui.format import datetime_text
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.store import StoreError, safe_log

T = TypeVar("T")

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.pages import Screen
    from cdmo_desktop.store import Store

log = logging.getLogger(__name__)


class DatabaseWindow(Protocol):
    """What the actions need of the main window that owns them."""

    ctx: AppContext
    remember_database: bool

    def window(self) -> QWidget: ...  # the main window itself: parent of the dialogs
    def statusBar(self) -> QStatusBar: ...
    def current_screen(self) -> Screen | None: ...
    def show_screen(self, key: str) -> QWidget: ...
    def drop_all_pages(self) -> None: ...
    def database_changed(self) -> None: ...
    def pages_allow_close(self) -> bool: ...


class DatabaseActions(QObject):
    def __init__(self, window: DatabaseWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.parent_widget = window.window()

        def action(text: str, name: str, slot: object, shortcut: str = "") -> QAction:
            a = QAction(text, self.parent_widget)
            a.setObjectName(name)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            return a

        # Ctrl+N stays free for the screens' own "new row" actions.
        self.new_action = action(
            tr("&New database…"), "newDatabaseAction", self.new_database, "Ctrl+Shift+N"
        )
        self.open_action = action(tr("&Open…"), "openDatabaseAction", self.open_database)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.connect_action = action(
            tr("Connect to team &server…"),
            "connectServerAction",
            self.connect_server,
            "Ctrl+Shift+O",
        )
        self.connect_action.setStatusTip(tr("Work on the practice's shared PostgreSQL database"))
        self.backup_action = action(tr("&Backup now"), "backupNowAction", self.backup_now)
        self.restore_action = action(
            tr("&Restore from backup…"), "restoreBackupAction", self.restore_from_backup
        )
        self.encryption_action = action(
            tr("&Encrypt database…"), "encryptionAction", self.change_encryption
        )
        self.preferences_action = action(tr("&Preferences…"), "preferencesAction", self.preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        prefs = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcuts(prefs or [QKeySequence("Ctrl+,")])
        self.about_action = action(
            tr("&About {app}").format(app=APP_DISPLAY_NAME), "aboutAction", self.about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    @property
    def ctx(self) -> AppContext:
        return self.window.ctx

    def store_actions(self) -> list[QAction]:
        """The actions that need the open store (disabled until it is attached)."""
        return [
            self.new_action,
            self.open_action,
            self.connect_action,
            self.backup_action,
            self.restore_action,
            self.encryption_action,
            self.preferences_action,
        ]

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addAction(self.connect_action)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        menu.addAction(self.encryption_action)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        menu.addSeparator()
        menu.addAction(self.preferences_action)

    def _on_menu_about_to_show(self) -> None:
        """The file actions fit the database shown: a team server has no file to back up
        beside, restore or encrypt (its backups are the server's)."""
        from cdmo_desktop.gui.dialogs.passphrase import encrypted

        if not self.ctx.has_store:
            return
        path = self.ctx.store.file
        for file_action in (self.backup_action, self.restore_action, self.encryption_action):
            file_action.setEnabled(path is not None)
        if path is not None:
            text = tr("Remove &encryption…") if encrypted(path) else tr("&Encrypt database…")
            self.encryption_action.setText(text)

    def _folder(self) -> Path:
        """Where the file choosers start: the open file's folder, else the data folder."""
        path = self.ctx.store.file
        if path is not None:
            return path.parent
        from cdmo_desktop.store.paths import default_db_path

        return default_db_path().parent

    # --- swapping the database ----------------------------------------------------------
    def switch_to(self, store: Store, *, remember: bool = True) -> None:
        """Show `store` in the window; the current store is closed. The caller has checked
        that the pages may close."""
        w = self.window
        screen = w.current_screen()
        key = screen.key if screen else "portfolio"
        w.drop_all_pages()
        w.ctx.undo_stack.clear()
        old, w.ctx.store = w.ctx.store, store
        old.close()
        w.remember_database = remember
        w.database_changed()
        w.show_screen(key)
        w.statusBar().showMessage(
            tr("Opened {database}").format(database=store.file or store.location), 5000
        )

    def _open_other(self, path: Path) -> None:
        current = self.ctx.store.file
        if current is not None and path.resolve() == current.resolve():
            self.window.statusBar().showMessage(
                tr("{file} is already open").format(file=path.name), 5000
            )
            return
        if not self.window.pages_allow_close():
            return
        from cdmo_desktop.gui.dialogs.passphrase import unlock_or_ask

        if not unlock_or_ask(path, self.parent_widget):
            return  # cancelled: the encrypted file is untouched, the current one stays open
        try:
            store = database.open_database(path, self.ctx.settings)
        except StoreError as exc:
            QMessageBox.warning(
                self.parent_widget,
                tr("Cannot open the database"),
                tr(
                    "The file {path} {reason}.\n\nThe file has not been changed. "
                    "{current} stays open."
                ).format(path=path, reason=message(str(exc)), current=self.ctx.location),
            )
            return
        self.switch_to(store)

    def open_file(self, path: Path) -> None:
        """Open `path` in this window (Open Recent, a dropped file, a second launch)."""
        self._open_other(path)

    def new_database(self) -> None:
        from cdmo_desktop.gui.dialogs.passphrase import choose_encryption

        path = database.choose_new_file(self.parent_widget, self._folder())
        if path is not None and choose_encryption(path, self.parent_widget):
            self._open_other(path)

    def open_database(self) -> None:
        path = database.choose_existing_file(self.parent_widget, self._folder())
        if path is not None:
            self._open_other(path)

    # --- team server --------------------------------------------------------------------
    def connect_server(self) -> None:
        """File > Connect to team server: the dialog connects (or finds the server
        unreachable and offers the local copy); the window then shows that store."""
        from cdmo_desktop.gui import team
        from cdmo_desktop.gui.dialogs.connect_server import ConnectServerDialog

        current = self.ctx.store.server
        dialog = ConnectServerDialog(
            self.ctx.settings, self.parent_widget, url=current.redacted if current else ""
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        store, url = dialog.store, dialog.url
        reason, copy = dialog.result_label.text(), dialog.local_copy
        dialog.deleteLater()
        if not accepted:
            return
        if store is None and url is not None and dialog.offline:
            store = team.offer_local_copy(self.parent_widget, url, reason, copy)
            if store is None:
                return
            remember = False  # the copy is a stand-in: the server stays the last database
        else:
            remember = True
        if store is None:
            return
        if not self.window.pages_allow_close():
            store.close()
            return
        self.switch_to(store, remember=remember)

    # --- backups ------------------------------------------------------------------------
    def backup_now(self) -> Path | None:
        """Off the GUI thread, with progress and Cancel (gui/long_tasks.py)."""
        from cdmo_desktop.gui.long_tasks import take_backup

        outcome = take_backup(self.parent_widget, self.ctx.store)
        if outcome.cancelled:
            self.window.statusBar().showMessage(tr("Backup cancelled: no file was written"), 10000)
        elif outcome.failure:  # a full or read-only disk, an I/O error: what to do
            log.warning("backup failed: %s", outcome.failure)
            QMessageBox.warning(
                self.parent_widget,
                tr("Backup failed"),
                tr("No backup was made. {reason}").format(reason=message(outcome.failure)),
            )
        elif outcome.value is not None:
            self.window.statusBar().showMessage(
                tr("Backup saved: {file}").format(file=outcome.value), 10000
            )
        return outcome.value

    def restore_from_backup(self) -> None:
        from cdmo_desktop.gui.dialogs.restore import RestoreBackupDialog

        w = self.window
        db_path = self.ctx.store.path
        dialog = RestoreBackupDialog(db_path, self.parent_widget, self.ctx.settings)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected is None:
            return
        chosen = dialog.selected
        taken = datetime_text(chosen.taken_at)
        answer = QMessageBox.question(
            self.parent_widget,
            tr("Restore from backup"),
            tr(
                "Replace everything in {file} with the backup taken {taken}?\n\n"
                "The current database is backed up first, so this can be undone by restoring "
                "that backup."
            ).format(file=db_path.name, taken=taken),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not w.pages_allow_close():
            return

        def restore() -> str:
            try:
                from cdmo_desktop.store.backup import restore_backup

                restore_backup(chosen.path, db_path)
            except Exception as exc:
                log.exception("restore of %s failed", chosen.path)
                return safe_log.shown_text(exc)  # never SQL or record contents
            return ""

        from cdmo_desktop.gui.long_tasks import restore as restore_with_progress

        failure = self._with_file_closed(lambda: restore_with_progress(self.parent_widget, restore))
        if failure is None:
            return
        if failure:
            QMessageBox.warning(
                self.parent_widget,
                tr("Restore failed"),
                tr(
                    "The backup was not restored: {reason}\n\nThe database is as it was before."
                ).format(reason=message(failure)),
            )
        else:
            w.statusBar().showMessage(
                tr("Restored the backup taken {taken}").format(taken=taken), 10000
            )

    def _with_file_closed(self, work: Callable[[], T]) -> T | None:
        """Run `work` on the database file with the store closed (screens dropped, undo
        cleared), then open the file again on the screen the user was on. None: the file
        could not be opened again and the window closes."""
        w = self.window
        db_path = self.ctx.store.path
        screen = w.current_screen()
        key = screen.key if screen else "portfolio"
        w.drop_all_pages()
        w.ctx.undo_stack.clear()
        self.ctx.store.close()
        result = work()
        store = database.open_or_ask(db_path, self.ctx.settings, self.parent_widget)
        if store is None:
            self.parent_widget.close()
            return None
        self.ctx.store = store
        w.database_changed()
        w.show_screen(key)
        return result

    # --- encryption ---------------------------------------------------------------------
    def change_encryption(self) -> None:
        """Encrypt the open database with a new passphrase, or remove its encryption: the
        store is closed, the file converted in place (after a backup) and opened again."""
        from cdmo_desktop.gui.dialogs import passphrase

        w = self.window
        db_path = self.ctx.store.path
        decrypting = passphrase.encrypted(db_path)
        if decrypting:
            if not passphrase.confirm_decrypt(db_path, self.parent_widget):
                return
        else:
            if not passphrase.choose_encryption(db_path, self.parent_widget, required=True):
                return
        if not w.pages_allow_close():
            passphrase.forget_unused(db_path)
            return
        outcome = self._with_file_closed(lambda: passphrase.convert(db_path, decrypting))
        if outcome is None:
            return
        if outcome.failure:
            QMessageBox.warning(
                self.parent_widget,
                tr("Encryption not changed"),
                tr("{reason}\n\nThe database is as it was before.").format(
                    reason=message(outcome.failure)
                ),
            )
        elif outcome.plain_backups:
            QMessageBox.information(
                self.parent_widget,
                tr("Database encrypted"),
                tr(
                    "{file} is encrypted. {count} earlier backups in {folder} are not: delete "
                    "them if they must not be readable."
                ).format(
                    file=db_path.name,
                    count=outcome.plain_backups,
                    folder=db_path.parent / "backups",
                ),
            )
        else:
            done = tr("{file} is decrypted") if decrypting else tr("{file} is encrypted")
            w.statusBar().showMessage(done.format(file=db_path.name), 10000)

    # --- preferences and about ----------------------------------------------------------
    def preferences(self) -> None:
        from cdmo_desktop.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.ctx.settings, self.ctx.store.file, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted and not self.ctx.on_server:
            self.ctx.store.user = dialog.name  # on a server: the authenticated user

    def about(self) -> None:
        from cdmo_desktop.gui.dialogs.about import AboutDialog

        where = self.ctx.location if self.ctx.on_server else self.ctx.database_path
        AboutDialog(where, self.parent_widget, self.ctx.settings).exec()
