"""Opening, creating and choosing database files from the GUI, with refusals explained.

A refused file (not a database, damaged, newer schema, open in another window) is never
written to: the store only reads it to find out why, and the user picks another way on.

At start-up an existing, up-to-date database is only probed (stdlib sqlite3, read-only)
and locked before the window paints (`PendingStore`); the Store itself, which loads the
ORM, is opened right after the first paint on a thread of its own (`StoreOpener`), so the
window answers while SQLAlchemy, SQLModel and the tables load. The store stack is imported
only when a Store is opened.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.settings import consultant_name
from cdmo_desktop.store import StoreError
from cdmo_desktop.store.lock import InstanceLock

if TYPE_CHECKING:
    from cdmo_desktop.store import Store

log = logging.getLogger(__name__)
Opened = TypeVar("Opened")

FILE_FILTER = QT_TR_NOOP("Partnership Desk databases (*.sqlite *.db);;All files (*)")
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
        raise StoreError(
            tr("cannot be opened or created ({reason})").format(reason=exc.strerror or exc)
        ) from exc


@dataclass
class PendingStore:
    """An existing database at the current schema, probed read-only and locked for this
    window, whose Store is still to be opened (`open_pending`). Until then nobody else can
    open the file, and nothing has been written to it."""

    path: Path
    revision: str
    lock: InstanceLock
    integrity_checked: bool = True  # False: quick_check only (see store.probe)
    # The full integrity check a file below store.probe.FULL_CHECK_BELOW gets before its
    # store opens, left for after the first paint (`check_pending`).
    check_due: bool = False
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
    from cdmo_desktop.store.probe import FULL_CHECK_BELOW, probe

    path = Path(path).expanduser().absolute()
    if not os.path.lexists(path):
        return None
    # Refuses what must not be opened, before the lock is taken. Its quick_check finds a
    # damaged page; the full check (an index that no longer matches its table) of a file
    # that gets it before opening follows the first paint (`check_pending`).
    found = probe(path, full=False)
    revision = found.revision
    if revision is None or migrate.needs_upgrade(revision) or found.read_only or found.wal:
        # Opened in full before the window: a new, older or read-only database, or one
        # with a -wal (left by a crash: recovered now, not read around by the first paint).
        return None
    lock = InstanceLock(path)
    lock.acquire()
    return PendingStore(
        path, revision, lock, found.fully_checked, check_due=found.size < FULL_CHECK_BELOW
    )


def check_pending(pending: PendingStore) -> None:
    """The full integrity check the probe left for after the first paint (`check_due`),
    before the store opens: a damaged file is refused with the probe's sentence (StoreError,
    the lock released), as it would have been before the paint; nothing was written."""
    if not pending.check_due:
        return
    from cdmo_desktop.store.probe import damaged, full_check

    problem = full_check(pending.path, immutable=True)  # locked by us: nothing writes it
    if problem:
        pending.release()
        raise damaged(problem, pending.path)
    pending.check_due = False
    pending.integrity_checked = True


def open_pending(pending: PendingStore, user: str) -> Store:
    """The Store for a probed and locked database, writing as `user`; it takes the lock
    over (with the daily backup, as `open_database`). On failure the lock is released and
    StoreError raised. Safe off the GUI thread (no settings are read)."""
    from cdmo_desktop.store.store import open_locked_store

    try:
        store = open_locked_store(
            pending.path,
            pending.lock,
            revision=pending.revision,
            user=user,
            daily_backup=True,
            integrity_checked=pending.integrity_checked,
        )
    except OSError as exc:
        pending.release()
        raise StoreError(
            tr("cannot be opened ({reason})").format(reason=exc.strerror or exc), pending.path
        ) from exc
    except BaseException:
        pending.release()
        raise
    pending.handed_over = True
    return store


class StoreOpener(QObject):
    """Opens the Store of a probed and locked database (`open_pending`) on a thread of its
    own, then imports `modules` there too (the screen about to be built), so the GUI
    thread never waits for the ORM. The thread first runs the file's full integrity check
    if it is due (`check_pending`): `check()` starts it for that alone, the store opening
    once `start()` is called (`start()` alone does both); `cancel()` lets a thread waiting
    for `start()` end without opening anything.

    Signals (delivered in the GUI thread):
        opened(Store): the store is open; it holds the lock.
        refused(StoreError): it could not be opened; the lock was released.

    `wait()` joins the thread; `store` is the opened store (also when the event loop ended
    before `opened` was delivered: whoever waits closes it)."""

    opened = Signal(object)
    refused = Signal(object)
    # Emitted on the opening thread; received in the GUI thread (this object lives there),
    # which passes them on as `opened` / `refused` to whatever is connected to those.
    _opened_off_thread = Signal(object)
    _refused_off_thread = Signal(object)

    def __init__(
        self,
        pending: PendingStore,
        settings: QSettings,
        modules: Sequence[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pending = pending
        # Read in the GUI thread (QSettings), without the fallback to the system's user
        # name, which lives in the store layer (the ORM): the thread falls back.
        self.user = keys.get(settings, keys.CONSULTANT_NAME).strip()
        self.modules = tuple(modules)
        self.store: Store | None = None
        self._go = threading.Event()
        self._cancelled = False
        self._thread = threading.Thread(target=self._main, name="cdmo-desktop open", daemon=True)
        self._opened_off_thread.connect(self.opened)
        self._refused_off_thread.connect(self.refused)

    def check(self) -> None:
        """Start the thread: the due integrity check now, the store once `start` is called."""
        if self._thread.ident is None:
            self._thread.start()

    def start(self) -> None:
        self._go.set()
        self.check()

    def cancel(self) -> None:
        self._cancelled = True
        self._go.set()

    @property
    def opening(self) -> bool:
        """Whether the store is to be opened (`start` was called, not `cancel`)."""
        return self._go.is_set() and not self._cancelled

    def wait(self, timeout: float | None = None) -> bool:
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _main(self) -> None:
        try:
            check_pending(self.pending)
        except StoreError as exc:
            self._refused_off_thread.emit(exc)
            return
        self._go.wait()
        if self._cancelled:
            return  # the lock is the caller's to release (PendingStore.release)
        try:
            if not self.user:
                from cdmo_desktop.store.changelog import os_user

                self.user = os_user()
            store = open_pending(self.pending, self.user)
        except StoreError as exc:
            self._refused_off_thread.emit(exc)
            return
        self.store = store
        warm_up(self.modules)
        self._opened_off_thread.emit(store)


def warm_up(modules: Sequence[str]) -> None:
    """Load what the first screen needs: the mappers of every table, and `modules`. A
    module that fails to import is left to fail where the screen is built, and logged."""
    from cdmo_desktop.store.store import prepare_tables

    prepare_tables()
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:
            log.exception("loading %s ahead of its screen", name)


def create_demo(
    path: Path, settings: QSettings, step: Callable[[int, str], None] | None = None
) -> Store:
    """A new database at `path` filled with the demo portfolio. If filling it fails (or
    `step`, told of each part, raises: a cancel), the half-made file is removed again."""
    from cdmo_desktop.store.demo import populate

    store = open_database(path, settings)
    try:
        populate(store, step=step)
    except BaseException:
        store.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return store


def choose_existing_file(parent: QWidget | None, directory: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Open database"), str(directory or Path.home()), tr(FILE_FILTER)
    )
    return Path(name) if name else None


def choose_new_file(parent: QWidget | None, directory: Path | None = None) -> Path | None:
    """A path for a new database; an existing file is refused (never overwritten)."""
    while True:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            tr("New database"),
            str(directory or Path.home()),
            tr(FILE_FILTER),
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
            tr("File already exists"),
            tr(
                "{path} already exists. A new database never replaces a file: choose another "
                "name, or use File > Open to open that file."
            ).format(path=path),
        )
        directory = path.parent


def ask_after_refusal(parent: QWidget | None, path: Path, reason: str) -> Refusal:
    """Explain why `path` was refused and ask how to go on."""
    box = QMessageBox(parent)
    box.setObjectName("refusedDatabaseBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Cannot open the database"))
    box.setText(tr("The file {path} {reason}.").format(path=path, reason=message(reason)))
    box.setInformativeText(
        tr("The file has not been changed. Choose another file, create a new database, or quit.")
    )
    other = box.addButton(tr("Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
    other.setObjectName("chooseOtherButton")
    new = box.addButton(tr("Create new…"), QMessageBox.ButtonRole.ActionRole)
    new.setObjectName("createNewButton")
    quit_ = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
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
    from cdmo_desktop.gui.dialogs.passphrase import unlock_or_ask

    while True:
        try:
            if not unlock_or_ask(path, parent):
                raise StoreError(tr("is encrypted, and no passphrase was given"))
            return opener(path)
        except StoreError as exc:
            log.warning("refused %s: %s", path, exc)
            answer = ask_after_refusal(parent, path, message(exc))
        if answer is Refusal.QUIT:
            return None
        chooser = choose_existing_file if answer is Refusal.OTHER_FILE else choose_new_file
        chosen = chooser(parent, path.parent)
        if chosen is not None:
            path = chosen
