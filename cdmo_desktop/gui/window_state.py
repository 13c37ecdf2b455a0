"""What the main window remembers between runs: the screen shown last, its geometry and
its toolbar state, and where it opens the first time (default_window_rect)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.pages import SCREEN_BY_KEY

DEFAULT_SIZE = QSize(1280, 800)
# GNOME's window manager maximises a new window whose frame covers more than 80 % of the
# work area ("auto-maximize"); each side of the first window's frame stays within 86 % of
# the screen's, so it covers at most 74 % and opens as placed.
FIRST_WINDOW_SIDE = 0.86
# The title bar and borders the window manager adds, not known before the window shows.
FRAME_ALLOWANCE = QMargins(4, 32, 4, 4)


def default_window_rect(available: QRect) -> QRect:
    """The window's (client) rectangle on first start: 1280x800, or on a smaller screen (a
    1366x768 laptop) as much as keeps its frame within `FIRST_WINDOW_SIDE` of each side,
    centred, so the title bar, menus and status bar are all on screen and the window is
    not maximised by the window manager."""
    frame = FRAME_ALLOWANCE
    extra_w, extra_h = frame.left() + frame.right(), frame.top() + frame.bottom()
    width = min(DEFAULT_SIZE.width(), int(available.width() * FIRST_WINDOW_SIDE) - extra_w)
    height = min(DEFAULT_SIZE.height(), int(available.height() * FIRST_WINDOW_SIDE) - extra_h)
    outer = QRect(0, 0, width + extra_w, height + extra_h)
    outer.moveCenter(available.center())
    return outer.marginsRemoved(frame)


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
