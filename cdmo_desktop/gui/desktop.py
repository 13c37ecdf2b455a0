"""The window's desktop integration, installed in one call (main_window.py):
later launches reach it (single_instance.py), File > Open Recent (recent_files.py),
dropped database files open (file_drop.py), Help > Open log folder (crash_log.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cdmo_desktop.gui import crash_log, file_drop, recent_files, single_instance

if TYPE_CHECKING:
    from cdmo_desktop.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    single_instance.install(window)
    recent_files.install(window)
    file_drop.install(window)
    crash_log.install(window)


def database_changed(window: MainWindow) -> None:
    """The window shows another database: listen for its launches, list it as recent."""
    single_instance.follow(window)
    recent_files.database_changed(window)
