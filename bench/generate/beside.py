"""Rows made in a second process while the loading thread makes others (`RowsBeside`):
the rows phase is Python making values, one core's work; a forked copy of the process
makes half of the risks (`BESIDE_SHARE`) into a file of its own on the other core, and the
loading thread appends them after its own (`BulkLoad.append`)."""

from __future__ import annotations

import os
import pickle
import signal
import sqlite3
import time
import traceback
import warnings
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.generate.common import CACHE_MB, Timings, _side_path, _table, _unlink_database

# Loads of fewer rows make them in one process (a fork costs more than it saves).
BESIDE_FROM = 100_000
# The second process's share of the risks. It is forked once the other tables are made, so
# what the loading thread does meanwhile is its own share of the risks (the same work per
# risk); appending the second process's rows and copying them for the side threads comes
# after the join whatever the share. Half each keeps both cores busy until the join: with
# three quarters the loading thread waited for the other process (at 1M risks its own
# risks took it 2.3 s CPU, the other's 7.3 s) with a core idle.
BESIDE_SHARE = 0.5


def can_fork() -> bool:
    return hasattr(os, "fork")


class RowsBeside:
    """Rows of one table made by `make` in a forked child process into a side file (the
    table as the database declares it, the same INSERT), started at once; `join` waits for
    it and returns what `report` gave in the child (pickled), or raises what failed
    there."""

    def __init__(
        self,
        database: Path,
        create_sql: str,
        insert_sql: str,
        make: Callable[[], Iterable[tuple[Any, ...]]],
        report: Callable[[], Any],
    ) -> None:
        self.path = _side_path(database, "rows")
        _unlink_database(self.path)
        self.cpu_s = 0.0
        self.start = 0  # the first rowid the rows took in the database (`BulkLoad.append`)
        self._before = _children_cpu()
        read, write = os.pipe()
        with warnings.catch_warnings():
            # Python 3.12 warns of forking a process with threads (a test runner's): the
            # child only runs Python, a connection of its own and a pipe, then _exit.
            warnings.filterwarnings("ignore", ".*fork", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # the child: make the rows, send the report, leave without cleanup
            os.close(read)
            try:
                self._make(create_sql, insert_sql, make)
                payload: tuple[str, Any] = ("ok", report())
            except BaseException:
                payload = ("error", traceback.format_exc())
            with os.fdopen(write, "wb") as out:
                pickle.dump(payload, out)
            os._exit(0)
        os.close(write)
        self._pid, self._read = pid, read

    def _make(
        self, create_sql: str, insert_sql: str, make: Callable[[], Iterable[tuple[Any, ...]]]
    ) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            for pragma in (
                "journal_mode=OFF",
                "synchronous=OFF",
                f"cache_size=-{CACHE_MB * 1024 // 2}",
                "locking_mode=EXCLUSIVE",
                "ignore_check_constraints=ON",  # valid by construction, as in the load
            ):
                conn.execute(f"PRAGMA {pragma}")
            conn.execute("BEGIN")
            conn.execute(create_sql)
            conn.executemany(insert_sql, make())
            conn.execute("COMMIT")
        finally:
            conn.close()

    def join(self) -> Any:
        with os.fdopen(self._read, "rb") as pipe:
            data = pipe.read()  # before waiting: the report may not fit the pipe
        os.waitpid(self._pid, 0)
        self.cpu_s = _children_cpu() - self._before
        if not data:
            raise RuntimeError("the process making rows beside the load ended without a word")
        kind, value = pickle.loads(data)
        if kind == "error":
            raise RuntimeError(f"the process making rows beside the load failed:\n{value}")
        return value

    def discard(self) -> None:
        _unlink_database(self.path)

    def abandon(self) -> None:
        """Stop the child (the load failed) and drop its file."""
        os.close(self._read)
        os.kill(self._pid, signal.SIGKILL)
        os.waitpid(self._pid, 0)
        self.discard()


def _children_cpu() -> float:
    """CPU of the ended children (microseconds where `resource` exists: os.times counts
    clock ticks)."""
    try:
        import resource
    except ImportError:
        times = os.times()
        return times.children_user + times.children_system
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class RowsFromBeside:
    """`BulkLoad`'s rows made in a second process: `beside` starts them, `append` adds
    them after the rows inserted meanwhile."""

    path: Path
    conn: sqlite3.Connection | None
    timings: Timings
    _written: list[tuple[sa.Table, int, int]]

    _insert_sql: Callable[[Any, Sequence[str]], tuple[str, list[int]]]
    _max_rowid: Callable[[str], int]

    def beside(
        self,
        model: Any,
        columns: Sequence[str],
        make: Callable[[], Iterable[tuple[Any, ...]]],
        report: Callable[[], Any],
    ) -> RowsBeside:
        """Start making rows (as `insert` takes them) in a second process (`RowsBeside`)
        while this one makes others; `append` adds them after what is inserted here."""
        assert self.conn is not None
        sql, keep = self._insert_sql(model, columns)
        pick = itemgetter(*keep)
        (create,) = self.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
            (_table(model).name,),
        ).fetchone()
        full = len(keep) == len(columns)
        return RowsBeside(
            self.path,
            create,
            sql,
            lambda: make() if full else ((pick(r),) if len(keep) == 1 else pick(r) for r in make()),
            report,
        )

    def append(self, model: Any, rows: RowsBeside) -> Any:
        """Wait for the rows made beside, append them to the table (in their order) and
        return the child's report."""
        assert self.conn is not None
        conn, table = self.conn, _table(model)
        try:
            waited = time.perf_counter()
            report = rows.join()
            self.timings.rows_beside_wait_s += time.perf_counter() - waited
            self.timings.rows_beside_cpu_s += rows.cpu_s
            conn.execute("COMMIT")
            conn.execute("ATTACH DATABASE ? AS bench_rows", (str(rows.path),))
            conn.execute("BEGIN")
            first = rows.start = self._max_rowid(table.name) + 1
            conn.execute(f'INSERT INTO "{table.name}" SELECT * FROM bench_rows."{table.name}"')
            last = self._max_rowid(table.name)
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE bench_rows")
            conn.execute("BEGIN")
        finally:
            rows.discard()
        if self._written and self._written[-1][0] is table and self._written[-1][2] == first - 1:
            first = self._written.pop()[1]  # one range with the rows inserted here before
        else:
            self.timings.rows[table.name] = self.timings.rows.get(table.name, 0)
        self._written.append((table, first, last))
        self.timings.rows[table.name] += last - rows.start + 1
        return report
