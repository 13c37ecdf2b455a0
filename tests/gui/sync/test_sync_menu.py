"""The Sync menu in the main window, and the warning when the database file lies in a
folder a cloud service keeps in sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMenuBar, QMessageBox, QStatusBar, QWidget
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.sync import install_sync_menu
from cdmo_desktop.store import Store, open_store
from tests.conftest import _copy_db

pytestmark = pytest.mark.gui


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    return w


def test_the_sync_menu_sits_before_help_with_mnemonics_and_names(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["S&ync", "&Help"]
    menu = window.sync_menu.menu
    assert menu.objectName() == "syncMenu"
    texts = {a.objectName(): a.text() for a in menu.actions() if a.objectName()}
    assert texts == {
        "syncSendAction": "&Send changes to…",
        "syncReceiveAction": "&Receive changes…",
        "syncConflictsAction": "&Conflicts…",
    }
    mnemonics = [t[t.index("&") + 1].lower() for t in texts.values()]
    assert len(set(mnemonics)) == len(mnemonics)
    assert all(a.isEnabled() for a in menu.actions() if a.objectName())


def test_a_read_only_database_can_neither_send_nor_receive(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.read_only_reason = "the folder is read-only"
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        sync = window.sync_menu
        sync.menu.aboutToShow.emit()
        assert not sync.send_action.isEnabled()
        assert not sync.receive_action.isEnabled()
        assert sync.conflicts_action.isEnabled()  # reading them is fine
    finally:
        ctx.store.read_only_reason = ""


def test_a_database_in_a_cloud_synced_folder_is_warned_about_without_blocking(
    demo_template: Path, tmp_path: Path, settings: object, qtbot: QtBot
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / ".dropbox").write_text("")  # the marker Dropbox keeps in its folder
    path = folder / "desk.sqlite"
    _copy_db(demo_template, path)
    store = open_store(path, user="Test Consultant")
    try:
        window = MainWindow(AppContext(store, settings))  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        box = window.findChild(QMessageBox, "cloudFolderWarningBox")
        assert box is not None and box.isVisible()
        assert not box.isModal()  # the window answers meanwhile
        assert "Dropbox" in box.text() and "desk.sqlite" in box.text()
        assert "move the file" in box.informativeText()
        label = window.findChild(QLabel, "cloudFolderWarningLabel")
        assert label is not None and label.isVisible()
        assert "Dropbox" in label.text()
        assert label.accessibleName()
        box.close()
        window.database_changed()  # the same file again: the line stays, no second box
        assert label.isVisible() and not box.isVisible()
        window.close()
    finally:
        store.close()


def test_a_database_in_an_ordinary_folder_shows_no_warning(window: MainWindow) -> None:
    window.show()
    assert window.findChild(QMessageBox, "cloudFolderWarningBox") is None
    label = window.findChild(QLabel, "cloudFolderWarningLabel")
    assert label is not None and not label.isVisible()


class _Window(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.bar, self.status = QMenuBar(self), QStatusBar(self)

    def menuBar(self) -> QMenuBar:
        return self.bar

    def statusBar(self) -> QStatusBar:
        return self.status


def test_the_actions_wait_for_the_store_opened_after_the_first_paint(
    store: Store, settings: QSettings, qtbot: QtBot
) -> None:
    ctx = AppContext(None, settings, path=store.path)
    window = _Window(ctx)
    qtbot.addWidget(window)
    sync = install_sync_menu(window)
    sync.database_changed()  # the path is known before the store: checked at once
    assert not sync.send_action.isEnabled() and not sync.conflicts_action.isEnabled()
    ctx.attach_store(store)
    assert sync.send_action.isEnabled() and sync.receive_action.isEnabled()
    assert sync.conflicts_action.isEnabled()
