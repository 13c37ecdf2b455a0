"""Large databases for benchmarks, written in bulk around the store's flush hook.

Each generator adds rows to the database at `path` (creating and migrating it through
`open_store` first) in one bulk load (`BulkLoad`): a raw sqlite3 connection with the journal
and fsync off and a big page cache, the app's secondary indexes and triggers of the tables
written dropped before the rows and recreated from their exact stored SQL after them (a
sorted build beats a million random B-tree inserts), keys generated in ascending order so
the indexes SQLite cannot drop (primary keys, UNIQUE constraints) grow at their end, then
the derived data the flush hook would have kept (`rebuild_derived`: the parts of
`cdmo_desktop.store.bulk.rebuild_derived` the tables written feed). Partners, engagements
and risks are made with their stored sort keys and search words (computed with the store's
own functions, once per distinct value where they repeat) and the risks' tallies are
counted as the rows pass, so no UPDATE rewrites a million rows afterwards; the full-text
indexes are filled from the rows. The file ends as a normal WAL database.

Two cores: once the rows are in, they are copied whole into a side file where a second
thread (its own connection; Python's sqlite3 lets go of the interpreter while SQLite works)
makes their chained change-log entries and, on a fresh risk table, a third thread fills the
risks' full-text index in another, while the main connection builds the indexes and the
rest of the derived data; the side files' tables come back in whole at the end (an empty
table takes another's records and indexes as they are). At 1M risks the load was 240 s
CPU in one thread (loaded machine), then 180 s over three threads (91 s in the loading
thread); with the derived columns made with the rows, 141 s at a load of 10 (70 s in the
loading thread, half of it the risks' 16 indexes; the side threads 71 s).

Rows bypass the session hook (no change log, no per-row validation), so every value is
chosen to satisfy the tables' CHECK constraints and the app's validation rules; the tests
check a small generated database with the app's own `check` and validation.

Ratios follow a consultant's portfolio: about 50 risks and 5 milestones per engagement,
an engagement per 5 partners in a risk portfolio (thousands of partners at 1M risks), a
client per 20 engagements; a partner register has a site for every other partner, one or
two contacts each and an engagement per 10 partners.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
import random
import shutil
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from operator import itemgetter
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite as sqlite_dialect

from bench import vocabulary as vocab
from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import (
    EngagementStatus,
    KpiPeriod,
    MilestoneKind,
    MilestoneStatus,
    PartnerKind,
    Phase,
    QualificationStatus,
    Rag,
    RiskCategory,
    RiskStatus,
    Side,
)
from cdmo_desktop.domain.kpi import last_periods, shipped_library
from cdmo_desktop.domain.models import (
    ChangeLog,
    Client,
    Contact,
    Engagement,
    EngagementKpi,
    KpiMeasurement,
    Milestone,
    MilestoneDependency,
    Partner,
    PartnerSite,
    Risk,
)
from cdmo_desktop.domain.models.engagement import ENGAGEMENT_DERIVED
from cdmo_desktop.domain.models.partner import PARTNER_SORT_KEYS
from cdmo_desktop.domain.models.risk import NO_REVIEW, RISK_SORT_KEYS
from cdmo_desktop.store import (
    bulk,
    chain,
    derived_engagements,
    derived_kpis,
    derived_risks,
    fulltext,
    open_store,
    partner_list,
    partner_marks,
    portfolio_keys,
    search_indexes,
    sync_clock,
)
from cdmo_desktop.store.changelog import to_text
from cdmo_desktop.store.demo.kpis import story

# Bump when the generated data changes: cached databases are keyed by it.
GENERATOR_VERSION = 4  # 3: change-log entries for the rows; 4: partners keyed at insert
_WINDOW = 40  # a link reaches back at most this many items, like a real plan
TODAY = date(2026, 11, 20)
CACHE_MB = 512
MMAP_BYTES = 16 << 30
RISKS_PER_ENGAGEMENT = 50
MILESTONES_PER_ENGAGEMENT = 5
# Tables whose rebuilder (store.bulk.REBUILDERS) rewrites every row in place without
# dropping its own indexes and triggers first: theirs are made after the derived data, so
# the rewrite touches the bare table (the others drop and make theirs themselves).
REBUILT_BARE = frozenset({"risk"})


@dataclass
class Timings:
    """Where a bulk load spent its time, and how many rows it wrote per table."""

    rows_s: float = 0.0  # values made in Python and inserted (secondary indexes off)
    indexes_s: float = 0.0  # the app's indexes and triggers recreated
    derived_s: float = 0.0  # bulk.rebuild_derived
    log_s: float = 0.0  # waiting for the change log made beside the rest, and copying it in
    cpu_s: float = 0.0  # CPU time of this process (and SQLite's sorter threads) throughout
    main_cpu_s: float = 0.0  # of the loading thread alone (the critical path on 2 idle cores)
    side_cpu_s: float = 0.0  # of the thread making the change log and full-text index beside it
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total_s(self) -> float:
        return self.rows_s + self.indexes_s + self.derived_s + self.log_s

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "total_s": self.total_s}


# --- the bulk load --------------------------------------------------------------------
def _literal(value: Any) -> str:
    """SQL literal of a model default (our own constants, never user text)."""
    if isinstance(value, Enum):
        value = value.value
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _scalar_defaults(table: sa.Table, given: set[str]) -> dict[str, Any]:
    """The model defaults of the columns a row leaves out."""
    out: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.key in given or default is None or not getattr(default, "is_scalar", False):
            continue
        out[column.key] = default.arg  # type: ignore[attr-defined]
    return out


def _text_of(column: sa.Column[Any]) -> Callable[[Any], str | None] | None:
    """The stored value of `column` as the change log writes it (changelog.to_text of the
    value the column's type reads back); None when the stored value is that text already."""
    kind = column.type
    dialect = sqlite_dialect.dialect()
    process = kind.dialect_impl(dialect).result_processor(dialect, None)
    if isinstance(kind, sa.Date | sa.Enum) and not isinstance(kind, sa.DateTime):
        return None  # stored as the text the log holds (ISO date, enum value)
    if isinstance(kind, sa.String) and process is None:
        return None
    if isinstance(kind, sa.Boolean):
        return lambda v: None if v is None else ("true" if v else "false")
    if process is None:
        return lambda v: v if v is None or type(v) is str else to_text(v)
    return lambda v: None if v is None else to_text(process(v))


def _snapshot_sql(conn: sqlite3.Connection, table: sa.Table) -> str:
    """SQL of a row's snapshot as the change log holds it (changelog.snapshot: every column
    in its text form, keys sorted) made by SQLite's json_object: text and integers cast to
    text, booleans as "true"/"false", ISO dates and enum values as stored; the columns whose
    text needs Python (times, money) through a function registered on `conn`."""
    parts = []
    as_default = _LOGGED_AS_DEFAULT.get(table.name, ())
    for name in sorted(table.columns.keys()):
        column = table.c[name]
        quoted = f'"{name}"'
        if name in as_default:
            quoted = _literal(column.default.arg)  # type: ignore[union-attr]
        kind = column.type
        dialect = sqlite_dialect.dialect()
        process = kind.dialect_impl(dialect).result_processor(dialect, None)
        text = _text_of(column)
        if text is None:
            value = quoted
        elif isinstance(kind, sa.Boolean):
            value = f"CASE WHEN {quoted} IS NULL THEN NULL WHEN {quoted} THEN 'true' "
            value += "ELSE 'false' END"
        elif process is None and not isinstance(kind, sa.Float | sa.Numeric):
            value = f"CAST({quoted} AS TEXT)"
        else:
            function = f"bench_text_{table.name}_{name}"
            conn.create_function(function, 1, functools.lru_cache(4096)(text), deterministic=True)
            value = f"{function}({quoted})"
        parts.append(f"'{name}', {value}")
    return f"json_object({', '.join(parts)})"


def _table(model: Any) -> sa.Table:
    table: sa.Table = model.__table__
    return table


def _stamp() -> str:
    """created_at/updated_at exactly as the column type stores them."""
    dialect = sqlite_dialect.dialect()
    column = _table(Partner).c.created_at
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    now = datetime.now(UTC)
    value = process(now) if process else now
    return str(value)


class BulkLoad:
    """One bulk load into an existing, migrated database (see the module docstring).

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
            "threads=2",  # helper threads for the sorts of CREATE INDEX
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
        conn.execute("BEGIN")
        for kind, name, _sql, _table in self._saved:
            conn.execute(f'DROP {kind.upper()} "{name}"')
        return self

    def columns(self, table: str) -> set[str]:
        assert self.conn is not None
        return {row[1] for row in self.conn.execute(f'PRAGMA table_info("{table}")')}

    def count(self, table: str) -> int:
        assert self.conn is not None
        return int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def insert(self, model: Any, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> None:
        """Insert tuples of storage-form values (ISO dates, 0/1, enum values) in the order of
        `columns`; the model's scalar defaults fill the columns left out. Columns the
        table no longer has are left out (another revision may have moved them)."""
        assert self.conn is not None
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

    def _stage_log(self) -> _LogBuilder:
        """Copy the rows just written (committed) into a side file and start the thread
        that makes their change-log entries there (`_LogBuilder`), beside the indexes and
        derived data this connection builds meanwhile. SQLite copies a table it may
        append whole (`INSERT INTO ... SELECT *` into an empty table) as raw records."""
        assert self.conn is not None
        conn = self.conn
        side = _side_path(self.path)
        _unlink_database(side)
        engine = sa.create_engine("sqlite://", creator=lambda: conn, poolclass=sa.pool.StaticPool)
        with engine.connect() as sa_conn:
            sa_conn.exec_driver_sql("BEGIN")
            chained = _Chain(sa_conn, _stamp(), "Benchmark generator", _LOG_COLUMNS)
            sa_conn.exec_driver_sql("COMMIT")
        conn.execute("ATTACH DATABASE ? AS bench_log", (str(side),))
        for pragma in ("journal_mode=OFF", "synchronous=OFF"):
            conn.execute(f"PRAGMA bench_log.{pragma}")
        conn.execute("BEGIN")
        made: set[str] = set()
        ranges: list[tuple[sa.Table, int, int]] = []
        for name in [*(t.name for t, _f, _l in self._written), "change_log"]:
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
        indexes = [s for s in self._saved if s[3] == "change_log" and s[0] == "index"]
        builder = _LogBuilder(side, ranges, chained, [sql for _k, _n, sql, _t in indexes])
        fts = derived_risks.FTS_INDEX
        schema = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name IN (?, ?) ORDER BY type = 'table'",
            (f"{fts}_content", fts),
        ).fetchall()
        if "risk" in whole and len(schema) == 2:  # the view, then the index
            # A third thread, on a file of its own with a copy of the risks: the log
            # alone keeps one core as busy as the indexes and derived data keep the other.
            search = _side_path(self.path, "search")
            _unlink_database(search)
            conn.execute("ATTACH DATABASE ? AS bench_search", (str(search),))
            conn.execute("PRAGMA bench_search.journal_mode=OFF")
            conn.execute("BEGIN")
            (sql,) = conn.execute(
                "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = 'risk'"
            ).fetchone()
            conn.execute(sql.replace("CREATE TABLE ", "CREATE TABLE bench_search.", 1))
            conn.execute('INSERT INTO bench_search."risk" SELECT * FROM "risk"')
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE bench_search")
            builder.companion = _LogBuilder(search, [], chained, [])
            builder.companion.fts = (fts, [sql for (sql,) in schema])
            builder.companion.start()
        builder.start()
        return builder

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
                conn.execute("DROP TABLE sqlite_stat1")
                return
            conn.execute(f"DELETE FROM sqlite_stat1 WHERE tbl IN ({marks})", tables)
            conn.executemany("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", kept)

        return restore

    def _log_in(self, builder: _LogBuilder) -> None:
        """Wait for the change log made beside the load and copy it in after the log's
        head, with its indexes (made on the side too: an empty table with the same
        indexes takes the side file's tables and indexes as they are)."""
        assert self.conn is not None
        conn = self.conn
        for side in builder.threads():
            side.join()
            if side.error is not None:
                raise side.error
            self.timings.side_cpu_s += side.cpu_s
        conn.execute("ATTACH DATABASE ? AS bench_log", (str(builder.path),))
        search = builder.companion
        if search is not None:
            conn.execute("ATTACH DATABASE ? AS bench_search", (str(search.path),))
        engine = sa.create_engine("sqlite://", creator=lambda: conn, poolclass=sa.pool.StaticPool)
        try:
            with engine.connect() as sa_conn:
                sa_conn.exec_driver_sql("BEGIN")
                _check_first_entry(conn, sa_conn)
                for kind, _name, sql, table in self._saved:
                    if table == "change_log" and kind == "index":
                        conn.execute(sql)
                conn.execute("INSERT INTO change_log SELECT * FROM bench_log.change_log")
                if search is not None and search.fts is not None:  # FTS5's own tables
                    name = search.fts[0]
                    for part in ("data", "idx", "docsize"):
                        conn.execute(f"DELETE FROM {name}_{part}")
                        conn.execute(
                            f"INSERT INTO {name}_{part} SELECT * FROM bench_search.{name}_{part}"
                        )
                builder.chained.save_clock(sa_conn)
                sa_conn.exec_driver_sql("COMMIT")
        finally:
            conn.execute("DETACH DATABASE bench_log")
            if search is not None:
                conn.execute("DETACH DATABASE bench_search")
            for side in builder.threads():
                _unlink_database(side.path)

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        conn = self.conn
        assert conn is not None
        builder: _LogBuilder | None = None
        try:
            if exc is not None:
                conn.execute("ROLLBACK")
                return
            conn.execute("COMMIT")
            builder = self._stage_log()
            rows_done = time.perf_counter()
            self.timings.rows_s = rows_done - self._start
            later = [s for s in self._saved if s[3] in REBUILT_BARE]
            conn.execute("BEGIN")
            for _kind, _name, sql, table in self._saved:
                if table not in REBUILT_BARE and table != "change_log":
                    conn.execute(sql)
            # Statistics for the derived data's queries: with none, SQLite counted a
            # partner's active engagements through the `archived` index (every engagement
            # per partner: 21 s CPU at 1M risks) instead of the partner's.
            stats = self._sample_statistics()
            conn.execute("COMMIT")
            indexes_done = time.perf_counter()
            engine = sa.create_engine(
                "sqlite://", creator=lambda: conn, poolclass=sa.pool.StaticPool
            )
            with engine.connect() as sa_conn:
                sa_conn.exec_driver_sql("BEGIN")
                written = {t.name for t, _first, _last in self._written}
                rebuild_derived(
                    sa_conn,
                    written,
                    side_fts=builder.companion is not None,
                    tallied=self.tallied,
                )
                stats()
                sa_conn.exec_driver_sql("COMMIT")
            derived_done = time.perf_counter()
            self.timings.derived_s = derived_done - indexes_done
            conn.execute("BEGIN")
            for _kind, _name, sql, _table in later:
                conn.execute(sql)
            conn.execute("COMMIT")
            later_done = time.perf_counter()
            self.timings.indexes_s = indexes_done - rows_done + later_done - derived_done
            self._log_in(builder)
            builder = None
            conn.execute("BEGIN")
            for kind_, _name, sql, table in self._saved:  # the log's triggers, after its rows
                if table == "change_log" and kind_ == "trigger":
                    conn.execute(sql)
            conn.execute("COMMIT")
            self.timings.log_s = time.perf_counter() - later_done
            self.timings.cpu_s = time.process_time() - self._cpu
            self.timings.main_cpu_s = time.thread_time() - self._thread_cpu
            conn.execute("PRAGMA ignore_check_constraints=OFF")
            conn.execute("PRAGMA locking_mode=NORMAL")
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            if builder is not None:  # failed meanwhile: let the threads end, drop their files
                for side in builder.threads():
                    side.join()
                    _unlink_database(side.path)
            conn.close()
            self.conn = None


def _partner_derived(connection: sa.Connection) -> None:
    """partner_list.rebuild for rows that carry their search words, scale keys and sort
    keys (made as the store makes them: `_Maker.partners`): the full-text index and the
    tallies and the register's marks (store.partner_marks)."""
    fulltext.rebuild(connection, partner_list.FULLTEXT)
    partner_list.rebuild_tally(connection)
    partner_list.rebuild_scale_tally(connection)
    partner_marks.rebuild(connection)


def _engagement_derived(connection: sa.Connection) -> None:
    """derived_engagements.rebuild for rows that carry their derived columns (made with
    derived_engagements.sort_keys: `_Maker.with_partners`): the full-text index and the
    counts."""
    fulltext.rebuild(connection, derived_engagements.FTS_INDEX)
    derived_engagements.recount(connection)


def _search_derived(written: set[str]) -> Callable[[sa.Connection], None]:
    def rebuild(connection: sa.Connection) -> None:
        for name in search_indexes.SEARCH_INDEXES:
            if fulltext.INDEXES[name].table in written:
                fulltext.rebuild(connection, name)

    return rebuild


def rebuild_derived(
    connection: sa.Connection,
    written: Iterable[str],
    *,
    side_fts: bool = False,
    tallied: Iterable[str] = (),
) -> None:
    """store.bulk.rebuild_derived for what the tables `written` feed (a rebuilder this
    module does not know runs always); the engagements', risks' and partners' rows carry
    their own sort keys; with `side_fts` the risks' full-text index is left to the side file
    (`_LogBuilder`): derived_risks.rebuild without its full-text step; the maintained
    counts of the tables `tallied` were added by the generator (`_RiskTallies`)."""
    tables = set(written)
    fed_by: dict[Callable[[sa.Connection], None], set[str]] = {
        derived_risks.rebuild: {"risk"},
        partner_list.rebuild: {"partner", "partner_site", "contact", "engagement"},
        derived_engagements.rebuild: {"engagement", "client", "partner"},
        derived_kpis.rebuild: {"engagement_kpi", "kpi_measurement"},
        portfolio_keys.rebuild: {"engagement", "risk", "milestone", "action_item"},
        search_indexes.rebuild: {fulltext.INDEXES[n].table for n in search_indexes.SEARCH_INDEXES},
    }
    instead: dict[Callable[[sa.Connection], None], Callable[[sa.Connection], None]] = {
        partner_list.rebuild: _partner_derived,
        derived_engagements.rebuild: _engagement_derived,
        search_indexes.rebuild: _search_derived(tables),
    }
    for rebuild in bulk.REBUILDERS:
        if rebuild in fed_by and not fed_by[rebuild] & tables:
            continue
        if rebuild is derived_risks.rebuild:  # the rows carry their sort keys
            if not side_fts:
                fulltext.rebuild(connection, derived_risks.FTS_INDEX)
            if "risk" not in tallied:
                derived_risks.rebuild_tallies(connection)
                derived_risks.rebuild_facet_tallies(connection)
        else:
            instead.get(rebuild, rebuild)(connection)


_CHAINED = ("seq", "values_digest", "entry_hash", "origin", "origin_seq")


def _check_first_entry(conn: sqlite3.Connection, sa_conn: sa.Connection) -> None:
    """The side file's first entry chains after the database's head exactly as
    store.chain would chain it (hashes, sequence, sync counter)."""
    cursor = conn.execute("SELECT * FROM bench_log.change_log ORDER BY seq LIMIT 1")
    names = [d[0] for d in cursor.description]
    first = cursor.fetchone()
    if first is None:
        return
    made = dict(zip(names, first, strict=True))
    unchained = {k: v for k, v in made.items() if k not in (*_CHAINED, "hlc", "base_hlc")}
    (expected,) = list(chain.chained_rows(sa_conn, [unchained]))
    if any(expected[k] != made[k] for k in _CHAINED):
        raise AssertionError("the generator's chain differs from store.chain")


def _side_path(path: Path, part: str = "change-log") -> Path:
    return path.with_name(f"{path.name}.{part}.sqlite")


def _unlink_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


_LOG_COLUMNS: list[str] = list(ChangeLog.__table__.columns.keys())  # type: ignore[attr-defined]
# The order `_Chain.entries` makes an entry's values in.
_ENTRY_ORDER = [
    "id",
    "occurred_at",
    "user",
    "table_name",
    "row_id",
    "action",
    "field",
    "old_value",
    "new_value",
    "reason",
    "seq",
    "values_digest",
    "entry_hash",
    "origin",
    "origin_seq",
    "hlc",
    "base_hlc",
]


class _LogBuilder(threading.Thread):
    """Makes the insert entries of the rows copied into a side file (its own connection,
    so SQLite and the chain's hashing run on the second core while the main connection
    builds indexes and derived data): what the flush hook would have logged, the row's
    snapshot in the change log's text form before its derived data (SQLite writes each
    snapshot: `_snapshot_sql`; Python only chains them: `_Chain`), chained in the order
    written, then the log's indexes. Its `companion` (no ranges, `fts` set) fills the
    risks' full-text index in a file of its own at the same time."""

    def __init__(
        self,
        path: Path,
        ranges: Sequence[tuple[sa.Table, int, int]],
        chained: _Chain,
        indexes: Sequence[str],
    ) -> None:
        super().__init__(name="bench-change-log", daemon=True)
        self.path, self.ranges, self.chained, self.indexes = path, ranges, chained, indexes
        # A full-text index filled here too (name, the SQL of its content view and of the
        # index), when the side file holds every row of its table: the main connection
        # then copies its tables in instead of filling it (`rebuild_derived`).
        self.fts: tuple[str, list[str]] | None = None
        self.companion: _LogBuilder | None = None  # the thread filling the full-text index
        self.error: BaseException | None = None
        self.cpu_s = 0.0

    def threads(self) -> list[_LogBuilder]:
        return [self] if self.companion is None else [self, self.companion]

    def run(self) -> None:
        start = time.thread_time()
        try:
            self._build()
        except BaseException as error:  # handed to the main thread, which raises it
            self.error = error
        self.cpu_s = time.thread_time() - start

    def _build(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            for pragma in (
                "journal_mode=OFF",
                "synchronous=OFF",
                f"cache_size=-{CACHE_MB * 1024 // 2}",
                "temp_store=MEMORY",
                "locking_mode=EXCLUSIVE",
            ):
                conn.execute(f"PRAGMA {pragma}")
            quoted = ", ".join(f'"{c}"' for c in _LOG_COLUMNS)
            insert = (
                f"INSERT INTO change_log ({quoted}) VALUES ({', '.join('?' * len(_LOG_COLUMNS))})"
            )
            ids = _Ids(random.Random(os.urandom(16)))
            conn.execute("BEGIN")
            for table, first, last in self.ranges:
                snapshot = _snapshot_sql(conn, table)
                rows = conn.execute(
                    f'SELECT id, {snapshot} FROM "{table.name}" WHERE rowid BETWEEN ? AND ? '
                    "ORDER BY rowid",
                    (first, last),
                )
                entries = self.chained.entries(table.name, ids, rows)
                while batch := list(itertools.islice(entries, 10_000)):
                    conn.executemany(insert, batch)
            for sql in self.indexes:
                conn.execute(sql)
            conn.execute("COMMIT")
            if self.fts is not None:
                name, schema = self.fts
                for sql in schema:
                    conn.execute(sql)
                engine = sa.create_engine(
                    "sqlite://", creator=lambda: conn, poolclass=sa.pool.StaticPool
                )
                with engine.connect() as sa_conn:
                    sa_conn.exec_driver_sql("BEGIN")
                    fulltext.rebuild(sa_conn, name)  # the app's own fill, in key order
                    sa_conn.exec_driver_sql("COMMIT")
        finally:
            conn.close()


class _Chain:
    """Chained insert entries of the change log, made as fast as Python makes them: the
    same hashes as store.chain (each table's first entry checked against
    chain.values_digest and chain.entry_hash), with the constant parts of each hashed list
    serialised once. The head and the replica's clock are read at construction; nothing
    else touches the database until `save_clock`."""

    def __init__(
        self, sa_conn: sa.Connection, occurred_at: str, user: str, columns: Sequence[str]
    ) -> None:
        chain.lock_head(sa_conn)
        self.key, self.seq, self.previous, _ = chain.head(sa_conn)
        self.occurred_at, self.user = occurred_at, user
        self.columns = list(columns)
        self._ipad, self._opad = _pads(self.key)
        # The sync stamp (store/sync_clock.stamp) of insert entries: this replica's id, its
        # counter and hybrid clock moved on per entry; no base (inserts have none).
        replica = sync_clock.identity(sa_conn)
        self.origin, self.clock = str(replica.id), str(replica.clock or "")
        self.origin_seq = int(replica.last_seq or 0)
        self.now = sync_clock.wall_ms()

    def save_clock(self, sa_conn: sa.Connection) -> None:
        """Store the replica's clock and counter as the last entry left them."""
        sa_conn.execute(
            sa.update(sync_clock.SYNC_REPLICA).values(clock=self.clock, last_seq=self.origin_seq)
        )

    def _mac(self, data: str) -> str:
        inner = self._ipad.copy()
        inner.update(data.encode())
        outer = self._opad.copy()
        outer.update(inner.digest())
        return outer.hexdigest()

    def entries(
        self, table: str, ids: _Ids, rows: Iterable[tuple[str, str]]
    ) -> Iterator[tuple[Any, ...]]:
        """Each row (id, snapshot) of `table` as a change_log tuple in `columns` order."""
        quote = json.encoder.encode_basestring
        when = chain.time_text(self.occurred_at)
        # The entry hash covers [previous, seq, id, occurred_at, user, table_name, row_id,
        # action, field, reason, values_digest] (chain.HASHED after the previous hash).
        compact = (",", ":")
        middle = "," + json.dumps([when, self.user, table], ensure_ascii=False, separators=compact)
        middle = middle[:-1].replace(",[", ",", 1) + ","
        tail = "," + json.dumps(["insert", None, ""], separators=compact)[1:-1] + ","
        pick = (
            None
            if self.columns == _ENTRY_ORDER
            else itemgetter(*map(_ENTRY_ORDER.index, self.columns))
        )
        mac, tick = self._mac, sync_clock.tick
        occurred_at, user, origin, now = self.occurred_at, self.user, self.origin, self.now
        seq, previous, clock, origin_seq = self.seq, self.previous, self.clock, self.origin_seq
        checked = False
        try:
            for row_id, snapshot in rows:
                seq += 1
                entry_id = ids()
                digest = mac("[null," + quote(snapshot) + "]")
                rid = str(row_id)
                link = mac(
                    "["
                    + quote(previous)
                    + f",{seq},"
                    + quote(entry_id)
                    + middle
                    + quote(rid)
                    + tail
                    + quote(digest)
                    + "]"
                )
                clock = tick(clock, origin, now)
                origin_seq += 1
                entry = (
                    entry_id,
                    occurred_at,
                    user,
                    table,
                    rid,
                    "insert",
                    None,
                    None,
                    snapshot,
                    "",
                    seq,
                    digest,
                    link,
                    origin,
                    origin_seq,
                    clock,
                    None,
                )
                if not checked:  # this table's first entry, as store.chain hashes it
                    fields = dict(zip(_ENTRY_ORDER, entry, strict=True))
                    if (
                        chain.values_digest(self.key, None, snapshot) != digest
                        or chain.entry_hash(self.key, previous, fields) != link
                    ):
                        raise AssertionError("the generator's chain differs from store.chain")
                    checked = True
                previous = link
                yield entry if pick is None else pick(entry)
        finally:
            self.seq, self.previous, self.clock, self.origin_seq = seq, previous, clock, origin_seq


def _pads(key: bytes) -> tuple[Any, Any]:
    """HMAC-SHA256's inner and outer hashes with the key's pads fed (RFC 2104)."""
    block = hashlib.sha256().block_size
    padded = (hashlib.sha256(key).digest() if len(key) > block else key).ljust(block, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in padded))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in padded))
    return inner, outer


class _Counter:
    """Passes rows through, counting them."""

    def __init__(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self._it = iter(rows)
        self.n = 0

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return self

    def __next__(self) -> tuple[Any, ...]:
        row = next(self._it)
        self.n += 1
        return row


# --- values ---------------------------------------------------------------------------
def _day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


class _Ids:
    """UUID-4-shaped keys that ascend in the order they are made (a sequence number in
    front, random bits behind): every primary-key index grows at its end."""

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits
        self._seq = itertools.count(rng.randrange(1 << 20) << 8)

    def __call__(self) -> str:
        r = self._bits(76)
        return (
            f"{next(self._seq):08x}-{r >> 60:04x}-4{(r >> 48) & 0xFFF:03x}-"
            f"{0x8000 | ((r >> 34) & 0x3FFF):04x}-{r & 0x3FFFFFFFF:012x}"
        )


_CLIENT_COLUMNS = ("id", "created_at", "updated_at", "name", "country")
_PARTNER_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "name",
    "name_key",
    "legal_name",
    "kind",
    "registered_address",
    "website",
    "country",
    "city",
    "region",
    "time_zone",
    "languages",
    "capabilities",
    "scales",
    "qualification_status",
    "last_audit_date",
    "next_audit_due",
    "cda_signed_date",
    "cda_expiry_date",
    "archived",
    "search_extra",
    "scale_tags",
    *PARTNER_SORT_KEYS,
)
# The sort keys the generator stores with each engagement, risk and partner row, where the
# store sets them after the flush with a plain UPDATE (derived_engagements.after_flush,
# derived_risks.after_flush, derived_partners.refresh_sort_keys): the change log's insert
# entry holds the column's default, as it holds what the row was before its derived data.
_LOGGED_AS_DEFAULT = {
    "engagement": ENGAGEMENT_DERIVED,
    "risk": RISK_SORT_KEYS,
    "partner": PARTNER_SORT_KEYS,
}
_SITE_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "partner_id",
    "name",
    "city",
    "country",
    "time_zone",
    "capabilities",
    "scales",
)
_CONTACT_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "partner_id",
    "site_id",
    "name",
    "role",
    "email",
    "is_primary",
)
_ENGAGEMENT_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "title",
    "client_id",
    "partner_id",
    "program",
    "compound",
    "phase",
    "status",
    "start_date",
    "end_date",
    "rag",
    "archived",
    *ENGAGEMENT_DERIVED,
)
_MILESTONE_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "engagement_id",
    "name",
    "kind",
    "owner_side",
    "planned_start",
    "planned_finish",
    "baseline_start",
    "baseline_finish",
    "actual_start",
    "actual_finish",
    "percent_complete",
    "status",
    "contract_fixed",
    "position",
)
_RISK_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "engagement_id",
    "number",
    "title",
    "category",
    "likelihood",
    "impact",
    "score",
    "level",
    "owner",
    "status",
    "raised_by",
    "raised_date",
    "review_cadence_days",
    "next_review_date",
    "milestone_id",
    "closed_date",
    "closure_note",
    "mitigation",
    "level_rank",
    "status_rank",
    "review_key",
    "milestone_name",
    "engagement_title",
)


class _RiskTallies:
    """The risks' maintained counts (derived_risks.rebuild_tallies and
    rebuild_facet_tallies: the same groups) counted in Python as the rows pass, then
    added to the counts already stored: a GROUP BY of a million rows per count cost
    SQLite seconds each."""

    def __init__(self) -> None:
        self.cells: Counter[tuple[Any, ...]] = Counter()
        self.owners: Counter[tuple[Any, ...]] = Counter()
        self.reviews: Counter[tuple[Any, ...]] = Counter()
        self.due: Counter[tuple[Any, ...]] = Counter()

    def count(self, rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        """Pass `rows` (in _RISK_COLUMNS order) through, counting them; residual
        likelihood and impact are not generated (unassessed counts as 0)."""
        at = _RISK_COLUMNS.index
        cell = itemgetter(at("status"), at("category"), at("level"), at("likelihood"), at("impact"))
        owner = itemgetter(at("owner"), at("status"), at("level"), at("likelihood"), at("impact"))
        review = itemgetter(at("status"), at("level"), at("next_review_date"))
        who, what = itemgetter(at("owner"), at("status")), itemgetter(at("category"))
        day = at("next_review_date")
        cells, owners, reviews, due = self.cells, self.owners, self.reviews, self.due
        for row in rows:
            cells[cell(row)] += 1
            owners[owner(row)] += 1
            if row[day] is not None:
                reviews[review(row)] += 1
                person, status = who(row)
                due["owner", person, status, row[day]] += 1
                due["category", what(row), status, row[day]] += 1
            yield row

    def save(self, conn: sqlite3.Connection) -> None:
        def add(table: str, keys: Sequence[str], counts: Counter[tuple[Any, ...]]) -> None:
            names = ", ".join(keys)
            conn.executemany(
                f"INSERT INTO {table} ({names}, n) VALUES ({', '.join('?' * (len(keys) + 1))}) "
                f"ON CONFLICT ({names}) DO UPDATE SET n = n + excluded.n",
                [(*k, n) for k, n in counts.items()],
            )

        unassessed = (0, 0)
        add(
            "risk_tally",
            derived_risks.TALLY_KEYS,
            Counter({(*k, *unassessed): n for k, n in self.cells.items()}),
        )
        add(
            "risk_owner_tally",
            derived_risks.OWNER_TALLY_KEYS,
            Counter({(*k, *unassessed): n for k, n in self.owners.items()}),
        )
        add("risk_review_tally", ("status", "level", "day"), self.reviews)
        add("risk_due_tally", ("facet", "value", "status", "day"), self.due)


class _Maker:
    """Rows of every kind, from one random stream; pools drawn once keep the per-row work
    to a few list lookups."""

    def __init__(self, seed: int) -> None:
        rng = self.rng = random.Random(seed)
        self.rand = rng.random
        # Keys from fresh entropy: a second load into the same file with the same seed
        # must not repeat them (the values stay reproducible from the seed).
        self.id = _Ids(random.Random(os.urandom(16)))
        self.stamp = _stamp()
        self.caps = [
            "; ".join(rng.sample(vocab.CAPABILITIES, rng.randint(2, 5))) for _ in range(512)
        ]
        self.scales = ["; ".join(rng.sample(vocab.SCALES, rng.randint(1, 3))) for _ in range(64)]
        self.kinds = [(k.value, vocab.SUFFIXES[k]) for k in PartnerKind]
        self.quals = [q.value for q in QualificationStatus]
        self.places = [
            (c, city, zone, region.value, langs) for c, city, zone, region, langs in vocab.PLACES
        ]
        self.days = [_day(d) for d in range(-1000, 800)]  # index 0 is 1000 days ago

    def pick(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.rand() * len(seq))]

    # --- clients and partners ---------------------------------------------------------
    def clients(self, n: int, start: int) -> list[tuple[Any, ...]]:
        s = self.stamp
        return [
            (self.id(), s, s, f"{self.pick(vocab.PREFIXES)} Therapeutics {i:06d}", "US")
            for i in range(start + 1, start + n + 1)
        ]

    def partner_names(self, n: int, start: int) -> list[tuple[str, str, int]]:
        """(name key, name, kind index), sorted by key: the unique name-key index grows at
        its end."""
        rand, kinds = self.rand, self.kinds
        out = []
        for i in range(start + 1, start + n + 1):
            kind = int(rand() * len(kinds))
            name = (
                f"{self.pick(vocab.PREFIXES)} {self.pick(vocab.MIDDLES)} "
                f"{self.pick(kinds[kind][1])} {i:07d}"
            )
            out.append((name.casefold(), name, kind))
        out.sort()
        return out

    def partners(
        self,
        names: list[tuple[str, str, int]],
        sites_out: list[tuple[Any, ...]] | None,
        contacts_out: list[tuple[Any, ...]] | None,
        active: Sequence[int] = (),
    ) -> Iterator[tuple[Any, ...]]:
        """Partner rows; with the lists, a site for every other partner and one or two
        contacts each (the first one primary) are collected there, and the partner's
        derived search words, scale keys and register sort keys are computed from them as
        the store would (`active`: each partner's active engagements, by position)."""
        from cdmo_desktop.store import derived_partners as dp

        search_words = dp.search_words
        scale_keys = functools.lru_cache(maxsize=None)(
            lambda text, site: dp.scale_keys(text, () if site is None else (site,))
        )
        country_key = functools.lru_cache(maxsize=None)(dp.country_key)
        contact_key = functools.lru_cache(maxsize=None)(dp.sort_text)
        last = dp.LAST
        rand, days, s, pick = self.rand, self.days, self.stamp, self.pick
        for position, (key, name, kind) in enumerate(names):
            pid = self.id()
            country, city, zone, region, languages = pick(self.places)
            audit = 100 + int(rand() * 890)  # 900..10 days ago
            legal = f"{name}, Inc."
            scale_text = pick(self.scales)
            site_rows: list[tuple[str, str, str, str, str]] = []
            names_of_contacts: list[str] = []
            if sites_out is not None and rand() < 0.5:
                site_city = pick(vocab.SITE_CITIES)
                site_id = self.id()
                site_caps, site_scale = pick(self.caps), pick(self.scales)
                site = (site_id, s, s, pid, f"{site_city} plant", site_city, country, zone)
                sites_out.append((*site, site_caps, site_scale))
                site_rows.append((f"{site_city} plant", site_city, site_caps, site_scale, ""))
            else:
                site_id = None
            if contacts_out is not None:
                for k in range(1 if rand() < 0.5 else 2):
                    person = f"{pick(vocab.FIRST_NAMES)} {pick(vocab.LAST_NAMES)}"
                    names_of_contacts.append(person)
                    email = f"{person.split()[0].lower()}.{k}@{pid[:8]}.example"
                    contacts_out.append(
                        (
                            self.id(),
                            s,
                            s,
                            pid,
                            site_id if k else None,
                            person,
                            pick(vocab.CONTACT_ROLES),
                            email,
                            k == 0,
                        )
                    )
            words = search_words(legal, "", scale_text, site_rows, names_of_contacts)
            tags = scale_keys(scale_text, site_rows[0][3] if site_rows else None)
            due = days[audit + (365 if rand() < 0.5 else 730)]
            primary = names_of_contacts[0] if names_of_contacts else ""
            yield (
                pid,
                s,
                s,
                name,
                key,
                legal,
                self.kinds[kind][0],
                f"{100 + int(rand() * 9000)} Research Drive\n{city}",
                f"https://www.{key.replace(' ', '-')}.example",
                country,
                city,
                region,
                zone,
                languages,
                pick(self.caps),
                scale_text,
                pick(self.quals),
                days[audit],
                due,
                days[audit - 60],
                days[audit + 700],
                rand() < 0.02,
                words,
                tags,
                country_key(country),
                region or last,
                due,
                active[position] if active else 0,
                primary,
                contact_key(primary) if primary else last,
            )

    # --- engagements, milestones, risks -------------------------------------------------
    def engagements(
        self, n: int, start: int, client_ids: Sequence[str], n_partners: int
    ) -> list[tuple[Any, ...]]:
        """Engagement rows in ascending id order, each with the position of its partner
        (among `n_partners` to come) where the partner's id goes (`_with_partners`): the
        partners are written after them with their active engagements counted."""
        rand, s, pick = self.rand, self.stamp, self.pick
        phases = [p.value for p in Phase]
        statuses = [e.value for e in EngagementStatus]
        rags = [None, *(r.value for r in Rag)]
        out = []
        for i in range(start + 1, start + n + 1):
            begin = int(rand() * 730) - 700
            out.append(
                (
                    self.id(),
                    s,
                    s,
                    f"Program {i:07d} {pick(vocab.MILESTONE_NAMES)}",
                    pick(client_ids),
                    int(rand() * n_partners),
                    f"{pick(vocab.PREFIXES)} program",
                    f"{pick(vocab.COMPOUND_PREFIXES)}-{100 + int(rand() * 900)}",
                    pick(phases),
                    pick(statuses),
                    _day(begin),
                    _day(begin + 90 + int(rand() * 630)),
                    pick(rags),
                    rand() < 0.02,
                )
            )
        return out

    @staticmethod
    def active_per_partner(engagements: Sequence[tuple[Any, ...]], n_partners: int) -> list[int]:
        """Each partner's active engagements (active, not archived), by position."""
        active = [0] * n_partners
        status = EngagementStatus.ACTIVE.value
        for row in engagements:
            if row[9] == status and not row[13]:
                active[row[5]] += 1
        return active

    @staticmethod
    def with_partners(
        engagements: Sequence[tuple[Any, ...]],
        partner_ids: Sequence[str],
        partner_names: Sequence[tuple[str, str, int]],
        client_names: dict[str, str],
    ) -> list[tuple[Any, ...]]:
        """The engagements with their partner's id in place of its position, and their
        derived columns (derived_engagements.sort_keys) after the columns written."""
        keys = derived_engagements.sort_keys
        out = []
        for row in engagements:
            (_id, _c, _u, title, client_id, at, program, compound, phase, status) = row[:10]
            start, end, rag = row[10:13]
            partner = partner_names[at][1]
            derived = keys(
                title,
                program,
                compound,
                phase,
                status,
                rag,
                start,
                end,
                client_names[client_id],
                partner,
            )
            out.append(
                (
                    *row[:5],
                    partner_ids[at],
                    *row[6:],
                    *(derived[k] for k in ENGAGEMENT_DERIVED),
                )
            )
        return out

    def milestone(
        self, mid: str, engagement_id: str, position: int, begin: date, kind: MilestoneKind
    ) -> tuple[tuple[Any, ...], date]:
        """A valid milestone row starting at `begin`, and its finish date."""
        dur = 0 if kind != MilestoneKind.TASK else 1 + int(self.rand() * 30)
        end = begin + timedelta(days=max(dur - 1, 0))
        done, started = end < TODAY, begin <= TODAY
        b, e = begin.isoformat(), end.isoformat()
        status = (
            MilestoneStatus.DONE
            if done
            else MilestoneStatus.IN_PROGRESS
            if started
            else MilestoneStatus.NOT_STARTED
        )
        row = (
            mid,
            self.stamp,
            self.stamp,
            engagement_id,
            f"{self.pick(vocab.MILESTONE_NAMES)} {position + 1:05d}",
            kind.value,
            Side.PARTNER.value,
            b,
            e,
            b,
            e,
            b if started else None,
            e if done else None,
            100 if done else (50 if started else 0),
            status.value,
            self.rand() < 0.02,
            position,
        )
        return row, end

    def milestones(
        self, engagement_ids: Sequence[str], per: int, out_ids: dict[str, list[str]]
    ) -> Iterator[tuple[Any, ...]]:
        kinds = (MilestoneKind.TASK, MilestoneKind.TASK, MilestoneKind.MILESTONE)
        for eid in engagement_ids:
            mine = out_ids.setdefault(eid, [])
            begin = TODAY + timedelta(days=-300 + int(self.rand() * 200))
            for position in range(per):
                mid = self.id()
                mine.append(mid)
                kind = MilestoneKind.DECISION_GATE if position == per - 1 else kinds[position % 3]
                row, end = self.milestone(mid, eid, position, begin, kind)
                begin = end + timedelta(days=1)
                yield row

    def risks(
        self,
        engagement_ids: Sequence[str],
        per: dict[str, int],
        first_number: dict[str, int],
        milestones: dict[str, list[str]],
        names: dict[str, str],
    ) -> Iterator[tuple[Any, ...]]:
        """Risks grouped by engagement, numbered on from `first_number`, in ascending id
        order: the primary key and (engagement, number) indexes grow at their end. Each
        row carries its sort keys (derived_risks: level and status ranks, review key, the
        names of its milestone and engagement from `names`, by id)."""
        rand, s = self.rand, self.stamp
        level_rank = {v: i for i, v in enumerate(derived_risks.LEVEL_VALUES)}
        status_rank = {v: i for i, v in enumerate(derived_risks.STATUS_VALUES)}
        no_review = NO_REVIEW.isoformat()
        categories = [c.value for c in RiskCategory]
        statuses = [x.value for x in RiskStatus]
        sides = [x.value for x in Side]
        matrix = {
            (li, im): (risk_matrix.score(li, im), risk_matrix.level(li, im).value)
            for li in range(1, 6)
            for im in range(1, 6)
        }
        days = [_day(d) for d in range(-400, 60)]  # index 0 is 400 days ago
        closed_value = RiskStatus.CLOSED.value
        titles, owners = vocab.RISK_TITLES, vocab.RISK_OWNERS
        mitigations = vocab.MITIGATIONS
        for eid in engagement_ids:
            linked = milestones.get(eid, [])
            start = first_number.get(eid, 0)
            title = names.get(eid, "")
            for number in range(start + 1, start + per.get(eid, 0) + 1):
                lik, imp = 1 + int(rand() * 5), 1 + int(rand() * 5)
                score, level = matrix[lik, imp]
                status = statuses[int(rand() * len(statuses))]
                raised = int(rand() * 399)  # index into days: 400..1 days ago
                closed = status == closed_value
                review = None if closed else days[raised + int(rand() * 60)]
                milestone = linked[int(rand() * len(linked))] if linked and rand() < 0.2 else None
                yield (
                    self.id(),
                    s,
                    s,
                    eid,
                    number,
                    titles[int(rand() * len(titles))],
                    categories[int(rand() * len(categories))],
                    lik,
                    imp,
                    score,
                    level,
                    owners[int(rand() * len(owners))],
                    status,
                    sides[int(rand() * len(sides))],
                    days[raised],
                    30,
                    review,
                    milestone,
                    days[raised + int(rand() * (399 - raised))] if closed else None,
                    "Mitigation effective; no recurrence." if closed else "",
                    mitigations[int(rand() * len(mitigations))],
                    level_rank.get(level, len(level_rank)),
                    status_rank.get(status, len(status_rank)),
                    review or no_review,
                    names.get(milestone, "") if milestone else "",
                    title,
                )


# --- the generators -----------------------------------------------------------------------
def _done(timings: Timings | None, load: BulkLoad) -> None:
    if timings is not None:
        timings.rows_s += load.timings.rows_s
        timings.indexes_s += load.timings.indexes_s
        timings.derived_s += load.timings.derived_s
        timings.log_s += load.timings.log_s
        timings.cpu_s += load.timings.cpu_s
        timings.main_cpu_s += load.timings.main_cpu_s
        timings.side_cpu_s += load.timings.side_cpu_s
        for k, v in load.timings.rows.items():
            timings.rows[k] = timings.rows.get(k, 0) + v


def _portfolio(
    load: BulkLoad,
    make: _Maker,
    n_engagements: int,
    n_partners: int,
    n_clients: int,
) -> list[tuple[Any, ...]]:
    """Clients, partners (no sites or contacts) and engagements; returns the engagement
    rows in ascending id order."""
    clients = make.clients(n_clients, load.count("client"))
    load.insert(Client, _CLIENT_COLUMNS, clients)
    planned = make.engagements(
        n_engagements, load.count("engagement"), [c[0] for c in clients], n_partners
    )
    partner_ids: list[str] = []
    names = make.partner_names(n_partners, load.count("partner"))

    def partner_rows() -> Iterator[tuple[Any, ...]]:
        active = make.active_per_partner(planned, n_partners)
        for row in make.partners(names, None, None, active):
            partner_ids.append(row[0])
            yield row

    load.insert(Partner, _PARTNER_COLUMNS, partner_rows())
    engagements = make.with_partners(planned, partner_ids, names, {c[0]: c[3] for c in clients})
    load.insert(Engagement, _ENGAGEMENT_COLUMNS, engagements)
    return engagements


def generate_risks(
    path: Path | str,
    n_risks: int,
    n_engagements: int | None = None,
    seed: int = 1,
    *,
    milestones_per_engagement: int = MILESTONES_PER_ENGAGEMENT,
    timings: Timings | None = None,
) -> list[str]:
    """Add a risk portfolio: `n_engagements` engagements (default: one per 50 risks) with
    their clients (one per 20 engagements), partners (one per 5 engagements) and
    milestones, and `n_risks` risks spread over them (numbered R-001.. per engagement,
    scores and levels from the risk matrix, a fifth linked to a milestone). Returns the
    new engagements' ids."""
    n_eng = max(1, n_engagements or n_risks // RISKS_PER_ENGAGEMENT)
    make = _Maker(seed)
    tables = ["client", "partner", "engagement", "milestone", "risk"]
    with BulkLoad(path, tables) as load:
        names: dict[str, str] = {}
        engagements = _portfolio(load, make, n_eng, max(1, n_eng // 5), max(1, n_eng // 20))
        engagement_ids = [e[0] for e in engagements]
        names.update((e[0], e[3]) for e in engagements)
        milestone_ids: dict[str, list[str]] = {}

        def milestones() -> Iterator[tuple[Any, ...]]:
            for row in make.milestones(engagement_ids, milestones_per_engagement, milestone_ids):
                names[row[0]] = row[4]
                yield row

        load.insert(Milestone, _MILESTONE_COLUMNS, milestones())
        rand = make.rand
        per: dict[str, int] = dict.fromkeys(engagement_ids, 0)
        for _ in range(n_risks):
            per[engagement_ids[int(rand() * n_eng)]] += 1
        tallies = _RiskTallies()
        risks = make.risks(engagement_ids, per, {}, milestone_ids, names)
        load.insert(Risk, _RISK_COLUMNS, tallies.count(risks))
        if load.conn is not None and load.columns("risk_tally"):
            tallies.save(load.conn)
            load.tallied.add("risk")
    _done(timings, load)
    return engagement_ids


def generate_partners(
    path: Path | str,
    n: int,
    seed: int = 1,
    *,
    people: bool = True,
    engagements_per_partner: float = 0.1,
    timings: Timings | None = None,
) -> None:
    """Add `n` partners with unique names, valid countries, zones and audit dates; with
    `people`, a site for about every other partner and one or two contacts each, plus
    engagements (0.1 per partner by default, over a client per 20 engagements) so the
    register's active-engagement counts have something to count."""
    make = _Maker(seed)
    tables = ["client", "partner", "partner_site", "contact", "engagement"]
    with BulkLoad(path, tables) as load:
        n_eng = int(n * engagements_per_partner) if people else 0
        planned: list[tuple[Any, ...]] = []
        clients: list[tuple[Any, ...]] = []
        if n_eng:
            clients = make.clients(max(1, n_eng // 20), load.count("client"))
            load.insert(Client, _CLIENT_COLUMNS, clients)
            planned = make.engagements(n_eng, load.count("engagement"), [c[0] for c in clients], n)
        names = make.partner_names(n, load.count("partner"))
        sites: list[tuple[Any, ...]] | None = [] if people else None
        contacts: list[tuple[Any, ...]] | None = [] if people else None
        partner_ids: list[str] = []

        def rows() -> Iterator[tuple[Any, ...]]:
            active = make.active_per_partner(planned, n)
            for row in make.partners(names, sites, contacts, active):
                partner_ids.append(row[0])
                yield row

        load.insert(Partner, _PARTNER_COLUMNS, rows())
        if sites:
            load.insert(PartnerSite, _SITE_COLUMNS, sites)
        if contacts:
            load.insert(Contact, _CONTACT_COLUMNS, contacts)
        if planned:
            client_names = {c[0]: c[3] for c in clients}
            engagements = make.with_partners(planned, partner_ids, names, client_names)
            load.insert(Engagement, _ENGAGEMENT_COLUMNS, engagements)
    _done(timings, load)


def generate_engagements(
    path: Path | str, n: int, seed: int = 1, *, timings: Timings | None = None
) -> list[str]:
    """Add `n` engagements over a partner per 20 engagements and a client per 100."""
    make = _Maker(seed)
    with BulkLoad(path, ["client", "partner", "engagement"]) as load:
        rows = _portfolio(load, make, n, max(1, n // 20), max(1, n // 100))
    _done(timings, load)
    return [e[0] for e in rows]


def generate_schedule(
    path: Path | str,
    n_milestones: int,
    n_dependencies: int,
    seed: int = 1,
    *,
    timings: Timings | None = None,
) -> str:
    """Add one engagement with `n_milestones` tasks/milestones/gates and up to
    `n_dependencies` finish-to-start links (acyclic, dates consistent); returns its id."""
    make = _Maker(seed)
    rng = make.rng
    pairs: set[tuple[int, int]] = set()
    possible = sum(min(s, _WINDOW) for s in range(1, n_milestones))
    target = min(n_dependencies, possible)
    while len(pairs) < target:  # each link goes from an earlier to a later position
        succ = rng.randint(1, n_milestones - 1)
        pred = rng.randint(max(0, succ - _WINDOW), succ - 1)
        pairs.add((pred, succ))
    preds: dict[int, list[int]] = {}
    for pred, succ in pairs:
        preds.setdefault(succ, []).append(pred)
    tables = ["client", "partner", "engagement", "milestone", "milestone_dependency"]
    with BulkLoad(path, tables) as load:
        engagement_id = str(_portfolio(load, make, 1, 1, 1)[0][0])
        ms_ids = [make.id() for _ in range(n_milestones)]
        finish: list[date] = []
        rows = []
        for i in range(n_milestones):
            roll = rng.random()
            kind = (
                MilestoneKind.DECISION_GATE
                if roll < 0.03
                else MilestoneKind.MILESTONE
                if roll < 0.1
                else MilestoneKind.TASK
            )
            gap = 1 if kind == MilestoneKind.TASK else 0
            begin = TODAY + timedelta(days=-200 + rng.randint(0, 30))
            for p in preds.get(i, ()):
                begin = max(begin, finish[p] + timedelta(days=gap))
            row, end = make.milestone(ms_ids[i], engagement_id, i, begin, kind)
            finish.append(end)
            rows.append(row)
        load.insert(Milestone, _MILESTONE_COLUMNS, rows)
        s = make.stamp
        deps = [(make.id(), s, s, ms_ids[p], ms_ids[q], "fs", 0) for p, q in sorted(pairs)]
        load.insert(
            MilestoneDependency,
            (
                "id",
                "created_at",
                "updated_at",
                "predecessor_id",
                "successor_id",
                "kind",
                "lag_days",
            ),
            deps,
        )
    _done(timings, load)
    return engagement_id


# --- cached databases -----------------------------------------------------------------------
_KPI_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "engagement_id",
    "position",
    "library_key",
    "name",
    "description",
    "unit",
    "direction",
    "period",
    "target",
    "amber",
    "red",
    "data_source",
)
_MEASUREMENT_COLUMNS = ("id", "created_at", "updated_at", "kpi_id", "period_start", "value")
KPIS_PER_ENGAGEMENT = 10
KPI_PERIODS = 36


def generate_kpis(
    path: Path | str,
    n_engagements: int,
    kpis_per_engagement: int = KPIS_PER_ENGAGEMENT,
    periods: int = KPI_PERIODS,
    seed: int = 1,
    *,
    timings: Timings | None = None,
) -> list[str]:
    """Add a KPI portfolio: `n_engagements` engagements with risks and milestones (as
    generate_risks makes them, 10 risks each), each with `kpis_per_engagement` monthly
    KPIs from the shipped library and `periods` months of values up to last month (the
    first KPI of each engagement drifting red, the second recovering, the rest steady).
    Returns the engagement ids."""
    engagement_ids = generate_risks(path, n_engagements * 10, n_engagements, seed, timings=timings)
    make = _Maker(seed + 1)
    library = shipped_library()
    months = [d.isoformat() for d in last_periods(KpiPeriod.MONTH, TODAY, periods + 1)[:-1]]
    shapes = ["drifting", "recovering"] + ["steady"] * max(0, kpis_per_engagement - 2)
    series = {
        (i, shape): story(t, shape, len(months), salt=i)
        for i, t in enumerate(library)
        for shape in set(shapes)
    }
    s = make.stamp
    kpi_rows: list[tuple[Any, ...]] = []
    measurement_rows: list[tuple[Any, ...]] = []
    for n, engagement_id in enumerate(engagement_ids):
        for j in range(kpis_per_engagement):
            i = (n + j) % len(library)
            t = library[i]
            kpi_id = make.id()
            kpi_rows.append(
                (
                    kpi_id,
                    s,
                    s,
                    engagement_id,
                    j,
                    t.key,
                    t.name,
                    t.description,
                    t.unit.value,
                    t.direction.value,
                    KpiPeriod.MONTH.value,
                    t.target,
                    t.amber,
                    t.red,
                    "Partner monthly KPI report",
                )
            )
            values = series[(i, shapes[j % len(shapes)])]
            measurement_rows.extend(
                (make.id(), s, s, kpi_id, month, value)
                for month, value in zip(months, values, strict=True)
            )
    with BulkLoad(path, ["engagement_kpi", "kpi_measurement"]) as load:
        load.insert(EngagementKpi, _KPI_COLUMNS, kpi_rows)
        load.insert(KpiMeasurement, _MEASUREMENT_COLUMNS, measurement_rows)
    _done(timings, load)
    return engagement_ids


GENERATORS: dict[str, Callable[..., Any]] = {
    "risks": lambda path, n, timings: generate_risks(path, n, timings=timings),
    "partners": lambda path, n, timings: generate_partners(path, n, timings=timings),
    "engagements": lambda path, n, timings: generate_engagements(path, n, timings=timings),
    "kpis": lambda path, n, timings: generate_kpis(path, n, timings=timings),
}


def cache_dir() -> Path:
    """$BENCH_CACHE, else ~/.cache/cdmo-bench."""
    env = os.environ.get("BENCH_CACHE", "").strip()
    return Path(env) if env else Path.home() / ".cache" / "cdmo-bench"


def cache_key(kind: str, n: int) -> str:
    """File name of a cached database: the data set, its size, the generator's version and
    the schema revision (a new revision or generator makes a new file)."""
    from cdmo_desktop.store.migrate import HEAD_REVISION

    return f"{kind}-{n}-g{GENERATOR_VERSION}-{HEAD_REVISION}.sqlite"


def cached_database(kind: str, n: int, folder: Path | None = None) -> tuple[Path, Timings | None]:
    """The generated database `kind` ("risks", "partners", "engagements") with `n` rows,
    built once and reused (written under a temporary name, renamed when complete). The
    timings come back when this call built it. Callers that write must use a copy."""
    folder = folder or cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / cache_key(kind, n)
    if target.exists():
        return target, None
    tmp = target.with_name(f"{target.stem}.{os.getpid()}.building.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    timings = Timings()
    GENERATORS[kind](tmp, n, timings)
    _analyze(tmp)
    _checkpoint(tmp)
    tmp.replace(target)
    return target, timings


def _analyze(path: Path) -> None:
    """The query planner's statistics, as a user's database has them once it has grown
    (store.planner takes them when a store opens): a bulk load has none."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("ANALYZE")
        conn.commit()
    finally:
        conn.close()


def _checkpoint(path: Path) -> None:
    """Fold any WAL into the main file so the file alone is the database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_database(source: Path, target: Path) -> None:
    """A copy of a (checkpointed, closed) generated database to write on."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
