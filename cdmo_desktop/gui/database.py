"""Opening, creating and choosing database files from the GUI, with refusals explained.

A refused file (not a database, damaged, newer schema, open in another window) is never
written to: the store only reads it to find out why, and the user picks another way on.

At start-up an existing, up-to-date database is only probed (stdlib sqlite3, read-only)
and locked before the window paints (`PendingStore`); the Store itself, which loads the
ORM, is opened right after the first paint (`open_pending`). The store stack is imported
only when a Store is opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cdmo_desktop.gui.settings import consultant_name
from cdmo_desktop.store import StoreError
from cdmo_desktop.store.lock import InstanceLock

if TYPE_CHECKING:
    from cdmo_desktop.store import Store

log = logging.getLogger(__name__)
Opened = TypeVar("Opened")

FILE_FILTER = "Partnership Desk databases (*.sqlite *.db);;All files (*)"
DB_SUFFIX = ".sqlite"


class Refusal(Enum):
    OTHER_FILE = "other"
    NEW_FILE = "new"
    QUIT = "quit"


def open_database(path: Path, settings: QSettings) -> Store:
    """Open (or create) `path` for this window: locked against a second instance, upgraded
    after a backup, with a daily backup. Raises StoreError with the reason."""
    from cdmo_desktop.store.store import open_store

    try:
        return open_store(path, user=consultant_name(settings), lock=True, daily_backup=True)
    except OSError as exc:
        raise StoreError(f"cannot be opened or created ({exc.strerror or exc})") from exc


@dataclass
class PendingStore:
    """An existing database at the current schema, probed read-only and locked for this
    window, whose Store is still to be opened (`open_pending`). Until then nobody else can
    open the file, and nothing has been written to it."""

    path: Path
    revision: str
    lock: InstanceLock
    handed_over: bool = field(default=False, init=False)

    def release(self) -> None:
        """Give the lock back unless a Store has taken it over."""
        if not self.handed_over:
            self.lock.release()


def probe_database(path: Path) -> PendingStore | None:
    """The first half of `open_database` without the ORM: read-only checks, then the
    instance lock. None when the full open must run now (no file yet, or its schema needs
    an upgrade). Raises StoreError with the reason, like `open_database`."""
    from cdmo_desktop.store import migrate

    path = Path(path).expanduser().absolute()
    if not path.is_file():
        return None
    revision = migrate.probe(path)
    migrate.check_revision(revision, path)
    if revision is None or migrate.needs_upgrade(revision):
        return None
    lock = InstanceLock(path)
    lock.acquire()
    return PendingStore(path, revision, lock)


def open_pending(pending: PendingStore, settings: QSettings) -> Store:
    """The Store for a probed and locked database; it takes the lock over (with the daily
    backup, as `open_database`). On failure the lock is released and StoreError raised."""
    from cdmo_desktop.store.store import open_locked_store

    try:
        store = open_locked_store(
            pending.path,
            pending.lock,
            revision=pending.revision,
            user=consultant_name(settings),
            daily_backup=True,
        )
    except OSError as exc:
        pending.release()
        raise StoreError(f"cannot be opened ({exc.strerror or exc})", pending.path) from exc
    except BaseException:
        pending.release()
        raise
    pending.handed_over = True
    return store


def create_demo(path: Path, settings: QSettings) -> Store:
    """A new database at `path` filled with the demo portfolio. If filling it fails, the
    half-made file is removed again."""
    from cdmo_desktop.store.demo import populate

    store = open_database(path, settings)
    try:
        populate(store)
    except BaseException:
        store.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return store


def choose_existing_file(parent: QWidget | None, directory: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, "Open database", str(directory or Path.home()), FILE_FILTER
    )
    return Path(name) if name else None


def choose_new_file(parent: QWidget | None, directory: Path | None = None) -> Path | None:
    """A path for a new database; an existing file is refused (never overwritten)."""
    while True:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            "New database",
            str(directory or Path.home()),
            FILE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(DB_SUFFIX)
        if not path.exists():
            return path
        QMessageBox.warning(
            parent,
            "File already exists",
            f"{path} already exists. A new database never replaces a file: choose another "
            "name, or use File > Open to open that file.",
        )
        directory = path.parent


def ask_after_refusal(parent: QWidget | None, path: Path, reason: str) -> Refusal:
    """Explain why `path` was refused and ask how to go on."""
    box = QMessageBox(parent)
    box.setObjectName("refusedDatabaseBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Cannot open the database")
    box.setText(f"The file {path} {reason}.")
    box.setInformativeText(
        "The file has not been changed. Choose another file, create a new database, or quit."
    )
    other = box.addButton("Choose another file…", QMessageBox.ButtonRole.AcceptRole)
    other.setObjectName("chooseOtherButton")
    new = box.addButton("Create new…", QMessageBox.ButtonRole.ActionRole)
    new.setObjectName("createNewButton")
    quit_ = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    quit_.setObjectName("quitButton")
    box.setDefaultButton(other)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return Refusal.OTHER_FILE
    if clicked is new:
        return Refusal.NEW_FILE
    return Refusal.QUIT


def open_or_ask(path: Path, settings: QSettings, parent: QWidget | None = None) -> Store | None:
    """Open `path`; while the chosen file is refused, say why and let the user choose another
    file or a new one. None when the user quits."""
    return _ask_until_opened(path, parent, lambda p: open_database(p, settings))


def probe_or_ask(
    path: Path, settings: QSettings, parent: QWidget | None = None
) -> Store | PendingStore | None:
    """`open_or_ask` for start-up: a database that needs no upgrade comes back probed and
    locked (PendingStore, the ORM not loaded yet); any other is opened in full."""
    return _ask_until_opened(
        path, parent, lambda p: probe_database(p) or open_database(p, settings)
    )


def _ask_until_opened(
    path: Path, parent: QWidget | None, opener: Callable[[Path], Opened]
) -> Opened | None:
    while True:
        try:
            return opener(path)
        except StoreError as exc:
            log.warning("refused %s: %s", path, exc)
            answer = ask_after_refusal(parent, path, str(exc))
        if answer is Refusal.QUIT:
            return None
        chooser = choose_existing_file if answer is Refusal.OTHER_FILE else choose_new_file
        chosen = chooser(parent, path.parent)
        if chosen is not None:
            path = chosen
