"""The window's desktop integration, installed in one call (main_window.py): later
launches reach it (single_instance.py), File > Open Recent (recent_files.py), dropped
database files open (file_drop.py), Help > Open log folder (crash_log.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cdmo_desktop.gui import crash_log, file_drop, recent_files, single_instance

if TYPE_CHECKING:
    from cdmo_desktop.gui.database_actions import DatabaseActions


def install(actions: DatabaseActions) -> None:
    """Into the window of `actions`, whose menus are built (File, Help)."""
    window = actions.parent_widget
    file_menu = window.findChild(QMenu, "fileMenu")
    help_menu = window.findChild(QMenu, "helpMenu")
    data_folder = window.findChild(QAction, "showDataFolderAction")
    assert file_menu is not None and help_menu is not None and data_folder is not None
    single_instance.install(actions)
    recent_files.install(actions, file_menu)
    file_drop.install(actions)
    crash_log.install(window, help_menu, data_folder)


def database_changed(actions: DatabaseActions) -> None:
    """The window shows another database: listen for its launches, list it as recent."""
    single_instance.follow(actions)
    recent_files.database_changed(actions)
