"""Native crashes leave their traceback in the log folder; Help > Open log folder.

A crash inside Qt or another C library (a segmentation fault, an abort) kills the process
before Python's logging can write anything. faulthandler writes the Python stack of every
thread to `crash.log` in the log folder at that moment, straight to the file descriptor.
The file is opened for appending at start (owner-only), and started afresh once it grows
past CRASH_LOG_LIMIT, so it keeps the last crashes without growing without end.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import time
from pathlib import Path
from typing import IO

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from cdmo_desktop import __version__
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.store.paths import log_dir

log = logging.getLogger(__name__)
CRASH_LOG = "crash.log"
CRASH_LOG_LIMIT = 1024 * 1024

_file: IO[str] | None = None


def enable(folder: Path | None = None) -> Path | None:
    """Write native crashes to `folder`/crash.log (the log folder by default); returns the
    file, None when it cannot be written (the app runs on without it)."""
    global _file
    folder = folder if folder is not None else log_dir()
    path = folder / CRASH_LOG
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mode = "w" if path.is_file() and path.stat().st_size > CRASH_LOG_LIMIT else "a"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "a" else 0), 0o600)
        if mode == "w":
            os.ftruncate(fd, 0)
        handle = os.fdopen(fd, mode, encoding="utf-8")
    except OSError as exc:
        log.warning("no crash log in %s: %s", folder, exc.strerror or exc)
        return None
    # Which run a traceback belongs to: one line per start (written now, while it can be).
    stamp = time.strftime("%Y-%m-%d %H:%M:%S %z")
    handle.write(f"--- {stamp} pid {os.getpid()} version {__version__} python {sys.version}\n")
    handle.flush()
    disable()
    faulthandler.enable(handle, all_threads=True)
    _file = handle
    return path


def disable() -> None:
    """Stop writing to the crash log (at the end of the run)."""
    global _file
    if _file is None:
        return
    faulthandler.disable()
    _file.close()
    _file = None
    # Back to the default, tracebacks on stderr, where there is a real one (not under
    # gui-scripts on Windows, not a test's captured stream).
    with contextlib.suppress(AttributeError, ValueError, OSError):
        faulthandler.enable()


def open_log_folder(window: QWidget) -> bool:
    """Show the log folder in the file manager; say where it is when that cannot be done."""
    folder = log_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    if folder.is_dir() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.information(
        window,
        tr("Log folder"),
        tr("The log folder could not be shown in a file manager. It is:\n\n{folder}").format(
            folder=folder
        ),
    )
    return False


def install(window: QWidget, help_menu: QMenu, after: QAction) -> QAction:
    """Help > Open log folder, after the action `after` (Show data folder)."""
    action = QAction(tr("Open &log folder"), window)
    action.setObjectName("openLogFolderAction")
    action.setStatusTip(
        tr("Show the folder of the log and crash files ({folder})").format(folder=log_dir())
    )
    action.triggered.connect(lambda: open_log_folder(window))
    actions = help_menu.actions()
    at = actions.index(after) + 1 if after in actions else len(actions)
    if at < len(actions):
        help_menu.insertAction(actions[at], action)
    else:
        help_menu.addAction(action)
    return action
