"""The Portfolio's reads before the store is open, through one read-only connection.

Each new SQLite connection parses the whole schema on its first statement (~2.5 ms for
ours); the Portfolio's first paint reads its totals, agenda, count and first page, four
readings that each opened one. Before the store is open the app holds the file's lock and
nothing writes it, so one connection serves them all, one read transaction per reading;
it is closed once the event loop turns (the first paint's readings come in one go) or
the store is there. A reading on another thread opens its own.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QTimer

from cdmo_desktop.store.engine import connect_readonly
from cdmo_desktop.store.portfolio_list import file_reading
from cdmo_desktop.store.portfolio_sql import Reader, sqlite_reader


class PreviewReading:
    """A `Reading` (store.portfolio_list) straight from the file at `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._thread = threading.get_ident()

    @contextlib.contextmanager
    def __call__(self) -> Iterator[Reader]:
        if threading.get_ident() != self._thread:
            with file_reading(self.path)() as read:
                yield read
            return
        if self._conn is None:
            self._conn = connect_readonly(self.path)
            self._conn.isolation_level = None
            weakref.finalize(self, self._conn.close)
            QTimer.singleShot(0, self.close)
        conn = self._conn
        outer = not conn.in_transaction
        if outer:
            conn.execute("BEGIN")
        try:
            yield sqlite_reader(conn)
        except sqlite3.Error:
            self.close()  # read anew, through a new connection, next time
            raise
        finally:
            if outer and self._conn is conn:
                conn.execute("ROLLBACK")

    def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()
