"""What the main window remembers between runs: the screen shown last, its geometry and
its toolbar state, and where it opens the first time (see fitting.default_window_rect)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.pages import SCREEN_BY_KEY
from cdmo_desktop.gui.widgets.fitting import DEFAULT_SIZE, default_window_rect


def start_screen(settings: QSettings) -> str:
    """The screen the window opens on: the one shown last, else the Portfolio."""
    start = keys.get(settings, keys.MAIN_SCREEN)
    return start if start in SCREEN_BY_KEY else keys.MAIN_SCREEN.default


def restore(window: QMainWindow, settings: QSettings) -> None:
    """The geometry of the last run where it still fits a screen (Qt refuses one that does
    not), else the first-start rectangle on the window's screen; then the toolbar state."""
    geometry = keys.get(settings, keys.MAIN_GEOMETRY)
    if not (geometry and window.restoreGeometry(geometry)):
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(default_window_rect(screen.availableGeometry()))
        else:
            window.resize(DEFAULT_SIZE)
    state = keys.get(settings, keys.MAIN_STATE)
    if state:
        window.restoreState(state)


def save(window: QMainWindow, settings: QSettings) -> None:
    keys.set(settings, keys.MAIN_GEOMETRY, window.saveGeometry())
    keys.set(settings, keys.MAIN_STATE, window.saveState())
    settings.sync()
