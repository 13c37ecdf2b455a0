"""The generator's shared pieces: its constants, where a load's time went (`Timings`),
values in the form the column types store them, and ascending keys (`_Ids`)."""

from __future__ import annotations

import contextlib
import itertools
import random
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite as sqlite_dialect

from cdmo_desktop.domain.models import (
    Partner,
)

# Bump when the generated data changes: cached databases are keyed by it.
GENERATOR_VERSION = 6  # 3: change-log entries for the rows; 4: partners keyed at insert;
# 5: from 100,000 risks, most made in a second process (its own random stream); 6: half
# of them, and the change log's snapshots without row_version (as the flush hook writes
# them; the other data sets' cached files keep it in theirs)
KIND_VERSIONS = {"risks": 6}
"""The version each data set was last changed at (GENERATOR_VERSION's notes; 4 for the
others): a change to how risks are made leaves the partner and engagement sets cached."""


def version_of(kind: str) -> int:
    """The generator version a cached data set of `kind` is keyed by."""
    return KIND_VERSIONS.get(kind, 4)


_WINDOW = 40  # a link reaches back at most this many items, like a real plan
TODAY = date(2026, 11, 20)
CACHE_MB = 512
MMAP_BYTES = 16 << 30
SORT_PART_MB = 64  # the sorter's parts while the risks' indexes are built
FTS_HASH_BYTES = 256 << 20  # FTS5's pending terms before it writes a segment (side file)
RISKS_PER_ENGAGEMENT = 50
MILESTONES_PER_ENGAGEMENT = 5


@dataclass
class Timings:
    """Where a bulk load spent its time, and how many rows it wrote per table."""

    rows_s: float = 0.0  # values made in Python and inserted (secondary indexes off)
    indexes_s: float = 0.0  # the app's indexes and triggers recreated
    derived_s: float = 0.0  # bulk.rebuild_derived
    log_s: float = 0.0  # waiting for the change log made beside the rest, and copying it in
    # CPU time of this process (and SQLite's sorter threads) and the processes it forked
    cpu_s: float = 0.0
    main_cpu_s: float = 0.0  # of the loading thread alone (the critical path on 2 idle cores)
    side_cpu_s: float = 0.0  # of making the change log and full-text index beside it
    # The loading thread's CPU per phase (rows_s and so on: on an idle core, about the
    # phase's wall time) and each side thread's.
    rows_cpu_s: float = 0.0
    indexes_cpu_s: float = 0.0
    derived_cpu_s: float = 0.0
    log_cpu_s: float = 0.0
    log_thread_cpu_s: float = 0.0
    search_thread_cpu_s: float = 0.0
    # Of the loading thread's CPU (within its phases), copying in the change log's entries
    # made beside it (log_thread_cpu_s: their maker's, a forked process from 100,000 rows).
    log_insert_cpu_s: float = 0.0
    # Of a second process making most of the risks beside the rows phase (`RowsBeside`).
    rows_beside_cpu_s: float = 0.0
    # Of the loading thread's, cutting the risk register's counted spans (store.risk_marks).
    marks_cpu_s: float = 0.0
    # How long the loading thread waited for that process's rows (wall time).
    rows_beside_wait_s: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total_s(self) -> float:
        return self.rows_s + self.indexes_s + self.derived_s + self.log_s

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "total_s": self.total_s}

    def add(self, other: Timings) -> None:
        """Add another load's times and row counts to these."""
        for name, value in asdict(other).items():
            if isinstance(value, float):
                setattr(self, name, getattr(self, name) + value)
        for table, n in other.rows.items():
            self.rows[table] = self.rows.get(table, 0) + n


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


def _side_path(path: Path, part: str = "change-log") -> Path:
    return path.with_name(f"{path.name}.{part}.sqlite")


def _unlink_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


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

    # The version (4) and variant (RFC 4122) bits of the 96 behind the sequence number.
    _FIXED = (4 << 76) | (2 << 62)
    _RANDOM = ((1 << 96) - 1) & ~(0xF << 76) & ~(3 << 62)

    def skip(self, n: int) -> None:
        """Leave the next `n` keys to another maker (a second process making rows)."""
        self._seq = itertools.count(next(self._seq) + n)

    def __call__(self) -> str:
        # One hex formatting of the whole 128 bits, then cut: half the cost of formatting
        # each group (a million risks make two million keys with their log entries).
        h = "%032x" % ((next(self._seq) << 96) | (self._bits(96) & self._RANDOM) | self._FIXED)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@contextlib.contextmanager
def _sorted_in_parts(conn: sqlite3.Connection) -> Iterator[None]:
    """SQLite's sorter with its helper threads for the risks' index builds, the loading
    thread's last work (the side threads' end leaves a core free): it sorts in memory
    on the loading thread alone while the whole sort fits the page cache, and never hands
    parts to helpers while temporary data stays in memory. At 1M risks the builds took
    the loading thread 15 s CPU instead of 25 (the helpers 14 s more)."""
    (cache,) = conn.execute("PRAGMA cache_size").fetchone()
    (temp,) = conn.execute("PRAGMA temp_store").fetchone()
    conn.execute(f"PRAGMA cache_size=-{SORT_PART_MB * 1024}")
    conn.execute("PRAGMA temp_store=FILE")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA temp_store={temp}")
        conn.execute(f"PRAGMA cache_size={cache}")
