"""One bulk load into a migrated database (`BulkLoad`): indexes and triggers off while the
rows go in, back exactly as they were after them, then the derived data and the change log
(see the package docstring)."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.generate.beside import RowsFromBeside
from bench.generate.change_log import _Chain, _SearchBuilder
from bench.generate.common import (
    CACHE_MB,
    MMAP_BYTES,
    Timings,
    _Counter,
    _literal,
    _scalar_defaults,
    _side_path,
    _sorted_in_parts,
    _stamp,
    _table,
    _unlink_database,
)
from bench.generate.derived import REBUILT_BARE, cut_marks, rebuild_derived
from bench.generate.log_beside import LOG_FORK_FROM, LogBeside
from cdmo_desktop.store import (
    derived_risks,
    open_store,
)


class BulkLoad(RowsFromBeside):
    """One bulk load into an existing, migrated database (see the package docstring).

    `with BulkLoad(path, ["partner", "risk"]) as load: load.insert(...)`; on exit the
    indexes and triggers come back exactly as they were (same SQL, same names), the derived
    data is rebuilt and the journal is WAL again. `timings` says where the time went."""

    def __init__(self, path: Path | str, tables: Sequence[str], *, drop: bool = True) -> None:
        self.path = Path(path)
        self.drop = drop
        # The change log gets an insert entry per row (chained, as the flush hook writes
        # them), so a generated database passes `check`; its indexes are rebuilt too.
        self.tables = [*tables, "change_log"]
        self._written: list[tuple[sa.Table, int, int]] = []  # table, rowid range inserted
        # Tables whose maintained counts the generator added itself (`_RiskTallies`).
        self.tallied: set[str] = set()
        self.timings = Timings()
        self._saved: list[tuple[str, str, str, str]] = []
        self._start = self._cpu = self._thread_cpu = 0.0
        self.conn: sqlite3.Connection | None = None
        self._log: LogBeside | None = None  # the change log's entries made beside the load
        self._search: _SearchBuilder | None = None  # the risks' full-text index beside it

    def __enter__(self) -> BulkLoad:
        store = open_store(self.path, user="Benchmark generator")  # create or migrate
        store.close()
        self._start = time.perf_counter()
        self._cpu = time.process_time()
        self._thread_cpu = time.thread_time()
        conn = self.conn = sqlite3.connect(self.path, isolation_level=None)
        for pragma in (
            "journal_mode=OFF",
            "synchronous=OFF",
            f"cache_size=-{CACHE_MB * 1024}",
            "temp_store=MEMORY",
            "foreign_keys=OFF",
            "locking_mode=EXCLUSIVE",
            # Every value is made valid by construction (the tests check a generated file
            # with the app's validation and `check`); the CHECKs cost 3x on insert here.
            "ignore_check_constraints=ON",
            "threads=2",  # helper threads for the sorts of CREATE INDEX (`_sorted_in_parts`)
            # Reads straight from the file's pages (each CREATE INDEX scans the table).
            f"mmap_size={MMAP_BYTES}",
        ):
            conn.execute(f"PRAGMA {pragma}")
        marks = ",".join("?" * len(self.tables))
        self._saved = conn.execute(
            "SELECT type, name, sql, tbl_name FROM sqlite_master "
            "WHERE type IN ('index', 'trigger') "
            f"AND sql IS NOT NULL AND tbl_name IN ({marks}) ORDER BY rowid",
            self.tables,
        ).fetchall()
        if not self.drop:
            self._saved = [s for s in self._saved if s[0] == "trigger"]
        # The change log's indexes stay: its entries come in sequence order
        # (`_drain`), so they grow at their end, cheaper than sorting a million entries.
        self._saved = [s for s in self._saved if s[0] == "trigger" or s[3] != "change_log"]
        conn.execute("BEGIN")
        for kind, name, _sql, _tbl in self._saved:
            conn.execute(f'DROP {kind.upper()} "{name}"')
        return self

    def columns(self, table: str) -> set[str]:
        assert self.conn is not None
        return {row[1] for row in self.conn.execute(f'PRAGMA table_info("{table}")')}

    def count(self, table: str) -> int:
        assert self.conn is not None
        return int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def _insert_sql(self, model: Any, columns: Sequence[str]) -> tuple[str, list[int]]:
        """The INSERT of rows in the order of `columns` (the model's scalar defaults fill
        the columns left out), and the positions of the columns the table still has."""
        table = _table(model)
        present = self.columns(table.name)
        keep = [i for i, c in enumerate(columns) if c in present]
        names = [columns[i] for i in keep]
        defaults = {k: v for k, v in _scalar_defaults(table, set(columns)).items() if k in present}
        values = ["?"] * len(names) + [_literal(v) for v in defaults.values()]
        sql = (
            f'INSERT INTO "{table.name}" ({", ".join([*names, *defaults])}) '
            f"VALUES ({', '.join(values)})"
        )
        return sql, keep

    def insert(self, model: Any, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> None:
        """Insert tuples of storage-form values (ISO dates, 0/1, enum values) in the order of
        `columns`; the model's scalar defaults fill the columns left out. Columns the
        table no longer has are left out (another revision may have moved them)."""
        assert self.conn is not None
        table = _table(model)
        sql, keep = self._insert_sql(model, columns)
        if len(keep) != len(columns):
            pick = itemgetter(*keep)
            rows = ((pick(r),) if len(keep) == 1 else pick(r) for r in rows)
        counter = _Counter(rows)
        first = self._max_rowid(table.name) + 1
        self.conn.executemany(sql, counter)
        self._written.append((table, first, self._max_rowid(table.name)))
        self.timings.rows[table.name] = self.timings.rows.get(table.name, 0) + counter.n

    def _max_rowid(self, table: str, schema: str = "main") -> int:
        assert self.conn is not None
        sql = f'SELECT coalesce(max(rowid), 0) FROM {schema}."{table}"'
        return int(self.conn.execute(sql).fetchone()[0])

    def _stage_log(self) -> None:
        """Copy the rows just written (committed) into a side file and start making their
        change-log entries from it (`LogBeside`: forked from LOG_FORK_FROM rows), beside
        the indexes and derived data this connection builds meanwhile, and the risks'
        full-text index on a thread (`_SearchBuilder`). SQLite copies a table it may
        append whole (`INSERT INTO ... SELECT *` into an empty table) as raw records."""
        assert self.conn is not None
        conn = self.conn
        side = _side_path(self.path)
        _unlink_database(side)
        engine = sa.create_engine("sqlite://", creator=lambda: conn, poolclass=sa.pool.StaticPool)
        with engine.connect() as sa_conn:
            sa_conn.exec_driver_sql("BEGIN")
            chained = _Chain(sa_conn, _stamp(), "Benchmark generator")
            if self._written:
                chained.check_against_store(sa_conn, self._written[0][0].name)
            sa_conn.exec_driver_sql("ROLLBACK")
        conn.execute("ATTACH DATABASE ? AS bench_log", (str(side),))
        for pragma in ("journal_mode=OFF", "synchronous=OFF"):
            conn.execute(f"PRAGMA bench_log.{pragma}")
        conn.execute("BEGIN")
        made: set[str] = set()
        ranges: list[tuple[sa.Table, int, int]] = []
        for name in (t.name for t, _f, _l in self._written):
            if name not in made:
                made.add(name)
                (sql,) = conn.execute(
                    "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?",
                    (name,),
                ).fetchone()
                conn.execute(sql.replace("CREATE TABLE ", "CREATE TABLE bench_log.", 1))
        whole: set[str] = set()  # tables whose every row is in the side file, same rowids
        for table, first, last in self._written:
            before = self._max_rowid(table.name, "bench_log")
            if before == 0 and first == 1 and last == self._max_rowid(table.name):
                conn.execute(f'INSERT INTO bench_log."{table.name}" SELECT * FROM "{table.name}"')
                whole.add(table.name)
            else:
                conn.execute(
                    f'INSERT INTO bench_log."{table.name}" SELECT * FROM "{table.name}" '
                    "WHERE rowid BETWEEN ? AND ?",
                    (first, last),
                )
            ranges.append((table, before + 1, self._max_rowid(table.name, "bench_log")))
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE bench_log")
        # Forked before the search thread starts: no other thread of this process is in
        # SQLite (holding one of its locks) while the child is made.
        rows = sum(last - first + 1 for _t, first, last in ranges)
        self._log = LogBeside(side, self.path, ranges, chained, fork=rows >= LOG_FORK_FROM)
        self._log.attach(conn)
        fts = derived_risks.FTS_INDEX
        schema = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name IN (?, ?) ORDER BY type = 'table'",
            (f"{fts}_content", fts),
        ).fetchall()
        if "risk" in whole and len(schema) == 2:  # the view, then the index
            # A thread on a file of its own: the log alone keeps one core as busy as the
            # indexes and derived data keep the other. It copies the risks' columns the
            # index reads from the rows' side file itself.
            search = _side_path(self.path, "search")
            _unlink_database(search)
            view = schema[0][0]
            read = [
                (name, kind)
                for _cid, name, kind, *_rest in conn.execute('PRAGMA table_info("risk")')
                if re.search(rf"\b{re.escape(name)}\b", view)
            ]
            self._search = _SearchBuilder(
                search, (fts, [sql for (sql,) in schema]), (side, "risk", read)
            )
            self._search.start()

    def _sample_statistics(self) -> Callable[[], None]:
        """Sampled planner statistics of the load's tables whose indexes are back, for the
        derived data's queries; returns what puts the statistics back as they were (the
        file's own are taken once it is complete: `cached_database`)."""
        assert self.conn is not None
        conn = self.conn
        tables = [
            t
            for t in dict.fromkeys(self.tables)
            if t not in REBUILT_BARE and t != "change_log" and self.columns(t)
        ]
        had = bool(self.columns("sqlite_stat1"))
        marks = ", ".join("?" * len(tables))
        kept = (
            conn.execute(f"SELECT * FROM sqlite_stat1 WHERE tbl IN ({marks})", tables).fetchall()
            if had
            else []
        )
        conn.execute("PRAGMA analysis_limit=1000")
        for table in tables:
            conn.execute(f'ANALYZE "{table}"')

        def restore() -> None:
            if not had:
                conn.execute("DROP TABLE IF EXISTS sqlite_stat1")  # none made: no table analysed
                return
            conn.execute(f"DELETE FROM sqlite_stat1 WHERE tbl IN ({marks})", tables)
            conn.executemany("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", kept)

        return restore

    def _drain(self, wait: float | None = 0.0) -> bool:
        """Copy the change-log entries made so far into the change log (`LogBeside.drain`;
        its indexes kept: entries come in sequence order, so they grow at their end),
        between this connection's other statements; with `wait` None, every entry to the
        last. True once the last entry is in."""
        assert self.conn is not None and self._log is not None
        start = time.thread_time()
        try:
            return self._log.drain(self.conn, wait)
        finally:
            self.timings.log_insert_cpu_s += time.thread_time() - start

    def _between(self) -> None:
        """`_drain` within a transaction of this connection, committed first so that the
        read sees the entries made since the last (the journal is off: a commit only
        writes the changed pages)."""
        assert self.conn is not None
        self.conn.execute("COMMIT")
        self._drain()
        self.conn.execute("BEGIN")

    def _search_in(self, search: _SearchBuilder) -> None:
        """Wait for the risks' full-text index made beside the load (writing the change
        log's entries meanwhile) and copy FTS5's own tables in, while the change log is
        still being made: the copy leaves the serial end of the load."""
        assert self.conn is not None and self._log is not None
        conn = self.conn
        while search.is_alive():
            if self._log.ended:
                search.join()
            else:
                self._drain(0.05)
        search.join()
        if search.error is not None:
            raise search.error
        self.timings.side_cpu_s += search.cpu_s
        self.timings.search_thread_cpu_s += search.cpu_s
        conn.execute("ATTACH DATABASE ? AS bench_search", (str(search.path),))
        try:
            conn.execute("BEGIN")
            name = search.fts[0]
            for part in ("data", "idx", "docsize"):
                conn.execute(f"DELETE FROM {name}_{part}")
                conn.execute(f"INSERT INTO {name}_{part} SELECT * FROM bench_search.{name}_{part}")
            conn.execute("COMMIT")
        finally:
            conn.execute("DETACH DATABASE bench_search")
            _unlink_database(search.path)

    def _log_in(self) -> None:
        """Write the rest of the change log's entries as they are made and move the
        replica's clock on to the last; the risks' full-text index first, as soon as its
        thread is done (`_search_in`)."""
        assert self.conn is not None and self._log is not None
        conn, log = self.conn, self._log
        if self._search is not None:
            self._search_in(self._search)
        self._drain(None)  # outside a transaction: the read sees the last batch
        self.timings.side_cpu_s += log.cpu_s
        self.timings.log_thread_cpu_s += log.cpu_s
        engine = sa.create_engine("sqlite://", creator=lambda: conn, poolclass=sa.pool.StaticPool)
        with engine.connect() as sa_conn:
            sa_conn.exec_driver_sql("BEGIN")
            log.chained.save_clock(sa_conn)
            sa_conn.exec_driver_sql("COMMIT")

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        conn = self.conn
        assert conn is not None
        try:
            if exc is not None:
                conn.execute("ROLLBACK")
                return
            conn.execute("COMMIT")
            self._stage_log()
            rows_done, rows_cpu = time.perf_counter(), time.thread_time()
            self.timings.rows_s = rows_done - self._start
            self.timings.rows_cpu_s = rows_cpu - self._thread_cpu
            later = [s for s in self._saved if s[3] in REBUILT_BARE]
            conn.execute("BEGIN")
            for _kind, _name, sql, table in self._saved:
                if table not in REBUILT_BARE and table != "change_log":
                    conn.execute(sql)
                    self._between()
            # Statistics for the derived data's queries: with none, SQLite counted a
            # partner's active engagements through the `archived` index (every engagement
            # per partner: 21 s CPU at 1M risks) instead of the partner's.
            stats = self._sample_statistics()
            conn.execute("COMMIT")
            self._drain()
            indexes_done, indexes_cpu = time.perf_counter(), time.thread_time()
            engine = sa.create_engine(
                "sqlite://", creator=lambda: conn, poolclass=sa.pool.StaticPool
            )
            with engine.connect() as sa_conn:
                sa_conn.exec_driver_sql("BEGIN")
                written = {t.name for t, _first, _last in self._written}
                rebuild_derived(
                    sa_conn, written, side_fts=self._search is not None, tallied=self.tallied
                )
                stats()
                sa_conn.exec_driver_sql("COMMIT")
            self._drain()
            derived_done, derived_cpu = time.perf_counter(), time.thread_time()
            self.timings.derived_s = derived_done - indexes_done
            self.timings.derived_cpu_s = derived_cpu - indexes_cpu
            conn.execute("BEGIN")
            with _sorted_in_parts(conn):
                for _kind, _name, sql, _table in later:
                    conn.execute(sql)
                    self._between()
            cut_marks(conn, written, self.timings, self._between)
            conn.execute("COMMIT")
            later_done, later_cpu = time.perf_counter(), time.thread_time()
            self.timings.indexes_s = indexes_done - rows_done + later_done - derived_done
            self.timings.indexes_cpu_s = indexes_cpu - rows_cpu + later_cpu - derived_cpu
            self._log_in()
            conn.execute("BEGIN")
            for kind_, _name, sql, table in self._saved:  # the log's triggers, after its rows
                if table == "change_log" and kind_ == "trigger":
                    conn.execute(sql)
            conn.execute("COMMIT")
            self.timings.log_s = time.perf_counter() - later_done
            forked = self._log.cpu_s if self._log is not None and self._log.forked else 0.0
            self.timings.cpu_s = (
                time.process_time() - self._cpu + self.timings.rows_beside_cpu_s + forked
            )
            end_cpu = time.thread_time()
            self.timings.main_cpu_s = end_cpu - self._thread_cpu
            self.timings.log_cpu_s = end_cpu - later_cpu
            conn.execute("PRAGMA ignore_check_constraints=OFF")
            conn.execute("PRAGMA locking_mode=NORMAL")
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            # Failed meanwhile: the maker stopped, the search thread let end, files dropped.
            if self._log is not None:
                self._log.close(conn)
                self._log = None
            if self._search is not None:
                self._search.join()
                _unlink_database(self._search.path)
                self._search = None
            _unlink_database(_side_path(self.path))
            conn.close()
            self.conn = None
