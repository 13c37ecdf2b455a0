"""Dropping a database file on the window opens it; any other file is refused, saying why.

A database is a file that starts with SQLite's header, or looks like an SQLCipher file
(encrypted: no header, random-looking pages; store/crypto.py). The drag is accepted for
one local file only, so the cursor already says "no" over the window for several files,
folders or web links; a file that turns out not to be a database is refused with a message
on drop (the contents are read then, not while dragging over).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox

from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.store.crypto import SQLITE_MAGIC, looks_encrypted

if TYPE_CHECKING:
    from cdmo_desktop.gui.database_actions import DatabaseActions


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file being dragged, else None."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if not path.is_dir() else None


def is_database_file(path: Path) -> bool:
    """Whether `path` is an SQLite database, plain or encrypted."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return head == SQLITE_MAGIC or looks_encrypted(path)


class FileDrop(QObject):
    """Event filter on the main window: accepts a dragged file and opens it on drop."""

    def __init__(self, actions: DatabaseActions) -> None:
        super().__init__(actions.parent_widget)
        self.setObjectName("fileDrop")
        self.actions_ = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if dropped_file(event.mimeData()) is not None and self.can_open():
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = dropped_file(event.mimeData())
            if path is None or not self.can_open():
                event.ignore()
                return True
            event.acceptProposedAction()
            self.open(path)
            return True
        return super().eventFilter(watched, event)

    def can_open(self) -> bool:
        return self.actions_.open_action.isEnabled()

    def open(self, path: Path) -> None:
        if not is_database_file(path):
            QMessageBox.information(
                self.actions_.parent_widget,
                tr("Not a database"),
                tr(
                    "{file} is not a Partnership Desk database, so it was not opened.\n\n"
                    "Drop a database file (.sqlite) here to open it; to bring in records from "
                    "a spreadsheet use File > Import from a spreadsheet."
                ).format(file=path.name),
            )
            return
        self.actions_.open_file(path)


def install(actions: DatabaseActions) -> FileDrop:
    """Let files be dropped anywhere on the window of `actions`."""
    drop = FileDrop(actions)
    window = actions.parent_widget
    window.setAcceptDrops(True)
    window.installEventFilter(drop)
    return drop
