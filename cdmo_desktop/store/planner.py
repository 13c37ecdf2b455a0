"""The query planner's statistics (sqlite_stat1 and ANALYZE on SQLite; PostgreSQL's ANALYZE).

Without statistics SQLite guesses how many rows a filter keeps, and guesses wrong for the
registers' filters: for "one owner" (a fifth of the risks) sorted by score it reads every
risk of that owner through the owner's index and sorts them, where walking the score index
and skipping the other owners stops after one page. With statistics it chooses the walk.

A database gets its statistics when it is opened and its registers have grown well past
the statistics on record (or have none yet): the check is a few index reads, the ANALYZE
it may start runs once per growth by GROWTH (a register of 100,000 rows takes about half a
second). `PRAGMA optimize` would be SQLite's own way, but before SQLite 3.46 it analyses
only tables the same connection has queried, which a freshly opened store has not.

PostgreSQL (a team server): its autovacuum daemon takes statistics as tables grow; the same
rule applies where it has not caught up yet, with the rows counted by the server's
statistics (`pg_stat_user_tables.n_live_tup`) and those on record in `pg_class.reltuples`
(-1 before the first ANALYZE): no table is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlalchemy as sa

REGISTERS = ("risk", "partner", "engagement", "milestone")
"""The tables whose lists filter and sort at scale."""
MIN_ROWS = 2000
"""Below this many rows any plan is fast: no statistics are taken."""
GROWTH = 4
"""Statistics are taken again when a register has this many times the rows on record."""


def _rows_on_record(connection: sa.Connection, table: str) -> int | None:
    if connection.dialect.name != "sqlite":
        recorded = connection.exec_driver_sql(
            "SELECT c.reltuples FROM pg_class c WHERE c.oid = to_regclass(%(t)s)", {"t": table}
        ).scalar()
        return None if recorded is None or recorded < 0 else int(recorded)
    has_stats = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).first()
    if has_stats is None:
        return None
    row = connection.exec_driver_sql(
        "SELECT stat FROM sqlite_stat1 WHERE tbl = ? AND idx IS NOT NULL LIMIT 1", (table,)
    ).first()
    if row is None or not str(row[0]).split():
        return None
    return int(str(row[0]).split()[0])


def _rows(connection: sa.Connection, table: str) -> int:
    """About how many rows `table` has (SQLite: its largest rowid, one index read;
    PostgreSQL: the server's count of live rows)."""
    if connection.dialect.name != "sqlite":
        live = connection.exec_driver_sql(
            "SELECT n_live_tup FROM pg_stat_user_tables WHERE relid = to_regclass(%(t)s)",
            {"t": table},
        ).scalar()
        return int(live or 0)
    return int(connection.exec_driver_sql(f'SELECT max(rowid) FROM "{table}"').scalar() or 0)


def stale_tables(connection: sa.Connection) -> list[str]:
    """The registers with at least MIN_ROWS rows whose statistics are missing, or were
    taken when they had under 1/GROWTH of their rows."""
    stale = []
    for table in REGISTERS:
        rows = _rows(connection, table)
        if rows < MIN_ROWS:
            continue
        recorded = _rows_on_record(connection, table)
        if recorded is None or rows > GROWTH * recorded:
            stale.append(table)
    return stale


def refresh(engine: sa.Engine) -> list[str]:
    """Take the statistics of the registers that need them (see `stale_tables`); the
    tables analysed."""
    with engine.begin() as connection:
        stale = stale_tables(connection)
        for table in stale:
            connection.exec_driver_sql(f'ANALYZE "{table}"')
    return stale
