"""What every screen is given: the store, the undo stack, settings and app-wide signals."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from cdmo_desktop.store import Store
    from cdmo_desktop.store.changesets import ChangeSet


class AppContext(QObject):
    """Shared by the main window and every screen.

    At start-up the window may paint before the store is open (the ORM loads right after
    the first paint): then the context is made with `store=None` and the database `path`,
    `has_store` is False and `store_ready` follows once `attach_store` hands it the Store.
    Until then only the Portfolio screen shows (from a read-only look at the file).

    Signals:
        changed(ChangeSet, initiator): something was written (an edit, its undo or redo);
            screens refresh what it touched. `initiator` is the screen that made the edit
            (None for undo/redo) and may skip its own refresh.
        refused(str): an undo or redo the database refused, as one sentence to show.
        open_partner_requested(str): show a partner's profile (partner id).
        open_engagement_requested(str): show an engagement's workspace (engagement id).
        open_engagement_tab_requested(str, str): show an engagement's workspace at one of
            its tabs (engagement id, tab key such as "kpis").
        saved(): a write reached the database (the status bar shows the time).
        store_ready(): the store was attached after the first paint.
        day_changed(date): the local date moved on (midnight); "overdue" and "due" marks
            are to be worked out again (the main window's gui.clock.DayWatcher emits it).
    """

    changed = Signal(object, object)
    refused = Signal(str)
    open_partner_requested = Signal(str)
    open_engagement_requested = Signal(str)
    open_engagement_tab_requested = Signal(str, str)
    saved = Signal()
    store_ready = Signal()
    day_changed = Signal(object)

    def __init__(
        self,
        store: Store | None,
        settings: QSettings | None = None,
        undo_stack: QUndoStack | None = None,
        parent: QObject | None = None,
        *,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        if store is None and path is None:
            raise ValueError("an AppContext without a store needs the database path")
        self._store = store
        self._path = path
        self.settings = settings if settings is not None else QSettings()
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the database is still being opened (see AppContext.has_store)")
        return self._store

    @store.setter
    def store(self, store: Store) -> None:
        self._store = store

    @property
    def has_store(self) -> bool:
        return self._store is not None

    @property
    def database_path(self) -> Path:
        """The open database's file (known before the store is attached). On a team
        server there is no file: the folder of the local data stands in (see `location`)."""
        if not self.has_store:
            return Path(str(self._path))
        path = self.store.file
        if path is None:
            from cdmo_desktop.store.paths import user_data_dir

            return user_data_dir()
        return path

    @property
    def local_file(self) -> Path:
        """The file that side files of this database (charter drafts) are named after:
        the database file, or on a team server the path of its local copy."""
        url = self.store.server if self.has_store else None
        if url is None:
            return self.database_path
        from cdmo_desktop.store.paths import local_copy_path

        return local_copy_path(url)

    @property
    def on_server(self) -> bool:
        """The window shows a team server's database (not a file)."""
        return self.has_store and self.store.server is not None

    @property
    def location(self) -> str:
        """What the window's title and messages call the database: the file's name, or
        the server's "desk on db:5432 as dana"."""
        if not self.has_store:
            return Path(str(self._path)).name
        return self.store.location

    def attach_store(self, store: Store) -> None:
        """Hand over the store opened after the first paint; screens enable themselves."""
        self._store = store
        self.store_ready.emit()

    def announce(self, changeset: ChangeSet, initiator: object = None) -> None:
        """Tell every screen what a write changed (see gui.undo.commit)."""
        if changeset.tables:
            self.saved.emit()
            self.changed.emit(changeset, initiator)
