"""The change log's entries made beside the load (`LogBeside`): from 100,000 rows in a
forked process, so its Python (hashing the chain) never waits for the loading thread's
interpreter lock nor makes it wait; below that, or where nothing forks, on a thread. Either
way the entries go into a file of their own in WAL mode, a batch per transaction, and the
loading thread copies what is committed so far into the change log with one
`INSERT ... SELECT` per call (`drain`): SQLite copies them without a Python value per
entry, in sequence order, so the log's indexes grow at their end."""

from __future__ import annotations

import itertools
import os
import pickle
import random
import select
import signal
import sqlite3
import threading
import time
import traceback
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.generate.beside import _children_cpu, can_fork
from bench.generate.change_log import _MADE, _Chain, _snapshot_sql
from bench.generate.common import CACHE_MB, _Ids, _literal, _side_path, _unlink_database

# Loads of fewer rows make their entries on a thread (a fork costs more than it saves).
LOG_FORK_FROM = 100_000
_BATCH = 10_000
# The entries' file's pages: each entry holds its row's snapshot (about a kilobyte), and
# bigger pages make fewer WAL frames to write and look up.
_PAGE_SIZE = 65536
_SCHEMA = "bench_entries"
# The entry's own values and its table; the other values every insert entry shares are
# written into the copy's SQL (`_Chain.shared`).
_KEPT = (*_MADE, "table_name")


class LogBeside:
    """Makes the insert entries of the rows copied into the side file `rows` (the ranges
    of `ranges`) chained after `chained`, into the file `path`, started at once (forked
    with `fork`, else on a thread); `drain` copies the committed ones into a connection's
    change log (the last ones: waits for them and moves `chained` on to where it ended)."""

    def __init__(
        self,
        rows: Path,
        database: Path,
        ranges: Sequence[tuple[sa.Table, int, int]],
        chained: _Chain,
        *,
        fork: bool,
    ) -> None:
        self.rows, self.ranges, self.chained = rows, ranges, chained
        self.path = _side_path(database, "log-entries")
        _unlink_database(self.path)
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA page_size={_PAGE_SIZE}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(f"CREATE TABLE entry ({', '.join(_KEPT)})")
        finally:
            conn.close()
        self.cpu_s = 0.0
        self.copied = 0  # the last entry (rowid) copied into the database
        self.drained = False
        self._ended: tuple[str, Any] | None = None
        self._pid = self._read = 0
        self._before = 0.0  # the ended children's CPU when the maker was forked
        self._thread: threading.Thread | None = None
        self.forked = fork and can_fork()
        if self.forked:
            self._fork()
        else:
            self._thread = threading.Thread(target=self._on_thread, name="bench-change-log")
            self._thread.daemon = True
            self._thread.start()

    # --- making the entries (the child process or the thread) ---------------------------
    def _make(self) -> tuple[Any, ...]:
        source = sqlite3.connect(self.rows, isolation_level=None)
        out = sqlite3.connect(self.path, isolation_level=None)
        try:
            source.execute(f"PRAGMA cache_size=-{CACHE_MB * 1024 // 2}")
            out.execute("PRAGMA synchronous=OFF")
            ids = _Ids(random.Random(os.urandom(16)))
            for table, first, last in self.ranges:
                # Each snapshot made once (OFFSET keeps the subquery), and also quoted as
                # the JSON string the values digest hashes: SQLite's json_quote escapes as
                # json.dumps does (checked per table by `_Chain`), at a quarter of its cost.
                made = source.execute(
                    "SELECT id, s, json_quote(s || '') FROM (SELECT id, "
                    f'{_snapshot_sql(source, table, first)} AS s FROM "{table.name}" '
                    "WHERE rowid BETWEEN ? AND ? ORDER BY rowid LIMIT -1 OFFSET 0)",
                    (first, last),
                )
                entries = self.chained.entries(table.name, ids, made)
                marks = ", ".join("?" * len(_MADE))
                insert = f"INSERT INTO entry VALUES ({marks}, {_literal(table.name)})"
                while batch := list(itertools.islice(entries, _BATCH)):
                    out.execute("BEGIN")
                    out.executemany(insert, batch)
                    out.execute("COMMIT")
        finally:
            source.close()
            out.close()
        chained = self.chained
        return chained.seq, chained.previous, chained.clock, chained.origin_seq

    def _on_thread(self) -> None:
        start = time.thread_time()
        try:
            self._ended = ("ok", self._make())
        except BaseException:
            self._ended = ("error", traceback.format_exc())
        finally:
            self.cpu_s = time.thread_time() - start

    def _fork(self) -> None:
        self._before = _children_cpu()
        read, write = os.pipe()
        with warnings.catch_warnings():
            # Python 3.12 warns of forking a process with threads (a test runner's): the
            # child only runs Python, connections of its own and a pipe, then _exit.
            warnings.filterwarnings("ignore", ".*fork", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # the child: make the entries, send where the chain ended, leave
            os.close(read)
            try:
                payload: tuple[str, Any] = ("ok", self._make())
            except BaseException:
                payload = ("error", traceback.format_exc())
            with os.fdopen(write, "wb") as out:
                pickle.dump(payload, out)
            os._exit(0)
        os.close(write)
        self._pid, self._read = pid, read

    # --- the loading thread ---------------------------------------------------------------
    @property
    def ended(self) -> bool:
        """The maker has ended (seen by a `drain`): what is left is in the file."""
        return self._ended is not None

    def attach(self, conn: sqlite3.Connection) -> None:
        """Attach the entries' file to the loading connection (outside a transaction),
        read as WAL (the connection's exclusive locking would lock the maker out)."""
        # Attaching reads the file's schema at once: NORMAL before, or the connection holds
        # its lock (and WAL index) for good; the database's own lock is taken again at
        # its next write.
        (mode,) = conn.execute("PRAGMA main.locking_mode").fetchone()
        conn.execute("PRAGMA locking_mode=NORMAL")
        conn.execute(f"ATTACH DATABASE ? AS {_SCHEMA}", (str(self.path),))
        conn.execute(f"PRAGMA main.locking_mode={mode}")

    def _ended_within(self, wait: float | None) -> bool:
        if self._thread is not None:
            self._thread.join(wait)
            return not self._thread.is_alive()
        if self._ended is not None:
            return True
        if wait is not None and not select.select([self._read], [], [], wait)[0]:
            return False
        with os.fdopen(self._read, "rb") as pipe:
            data = pipe.read()
        os.waitpid(self._pid, 0)
        self.cpu_s = _children_cpu() - self._before
        self._pid = 0
        if not data:
            raise RuntimeError("the process making the change log ended without a word")
        self._ended = pickle.loads(data)
        return True

    def drain(self, conn: sqlite3.Connection, wait: float | None = 0.0) -> bool:
        """Copy the entries committed so far into `conn`'s change log (what the
        connection's read of the file sees: a transaction open on it sees what was there
        when it first read); with `wait` None, wait for the last and copy every entry.
        True once the last entry is in."""
        if self.drained:
            return True
        ended = self._ended_within(wait)
        (top,) = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {_SCHEMA}.entry").fetchone()
        if top > self.copied:
            shared = self.chained.shared("")
            del shared["table_name"]
            names = ", ".join(f'"{c}"' for c in (*_KEPT, *shared))
            values = ", ".join([*_KEPT, *(_literal(v) for v in shared.values())])
            conn.execute(
                f"INSERT INTO change_log ({names}) SELECT {values} "
                f"FROM {_SCHEMA}.entry WHERE rowid > ? AND rowid <= ? ORDER BY rowid",
                (self.copied, top),
            )
            self.copied = top
        if not ended:
            return False
        assert self._ended is not None
        kind, value = self._ended
        if kind == "error":
            raise RuntimeError(f"making the change log beside the load failed:\n{value}")
        if wait is not None:
            return False  # ended, but this read may predate its last batches
        made = sum(last - first + 1 for _table, first, last in self.ranges)
        if self.copied != made:
            raise AssertionError(f"{self.copied} change-log entries made for {made} rows")
        chained = self.chained
        chained.seq, chained.previous, chained.clock, chained.origin_seq = value
        self.drained = True
        return True

    def close(self, conn: sqlite3.Connection | None) -> None:
        """Detach and drop the entries' file (stopping the maker if it still runs)."""
        if self._pid:
            os.close(self._read)
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0
        elif self._thread is not None:
            self._thread.join()
        if conn is not None:
            names = [r[1] for r in conn.execute("PRAGMA database_list")]
            if _SCHEMA in names:
                conn.execute(f"DETACH DATABASE {_SCHEMA}")
        _unlink_database(self.path)
