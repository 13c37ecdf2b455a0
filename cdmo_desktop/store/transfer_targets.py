"""How a copy (store/transfer.py) writes into each kind of target: the SQLite-only and
PostgreSQL-only steps of a copy, in one place.

- `prepare` before the rows: SQLite defers foreign keys to the commit and drops the
  secondary indexes and the triggers that maintain derived data; PostgreSQL drops the
  secondary indexes of the tables the user owns and, when it owns them all (or with
  `force`), empties them in this transaction (TRUNCATE) so that COPY may freeze the rows.
  With `force` both empty the tables. A team server's tally triggers (store.triggers.
  SERVER_TALLIES) are paused when the user owns the tables they watch.
- `inserter`: PostgreSQL's COPY where row-level security does not apply to the writer
  (FREEZE into the tables emptied in this transaction), else the driver's executemany of
  plain INSERTs.
- `finish` after the rows: the dropped indexes made again in one pass each, SQLite's
  derived data rebuilt (store/bulk.rebuild_derived: full-text indexes, tallies) and its
  triggers made again, broken references refused; PostgreSQL's deferred triggers run,
  its tallies counted again from the rows and their triggers resumed, sequences set past
  the copied values and the tables the user owns analysed.

On PostgreSQL the last two matter at a million rows: a count or a jump into the middle of
a list is answered along an index alone (an index-only scan) only where the visibility map
says the table's pages are all visible, which frozen rows set at once and otherwise only a
VACUUM sets (autovacuum, minutes later); without statistics the planner guesses. Right
after a copy without them, a jump to the middle of a million risks read 500,000 rows
from the table instead of from the index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

import cdmo_desktop.domain.models  # noqa: F401  (registers every table in the metadata)
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store import bulk, triggers
from cdmo_desktop.store.errors import StoreError

CHANGE_LOG = "change_log"
Dropped = list[tuple[str, str]]  # (name, SQL to make it again)
_Bind = Callable[[Any], Any] | None  # a column's conversion of a value for the driver


@dataclass(frozen=True)
class Prepared:
    """What `prepare` did that the rest of the copy builds on: the objects it dropped
    (`finish` makes them again) and, on PostgreSQL, the tables emptied in this transaction
    (COPY FREEZE goes into those) and those the user owns (analysed at the end)."""

    dropped: Dropped
    emptied: frozenset[str] = frozenset()
    owned: frozenset[str] = frozenset()
    paused: tuple[tuple[str, str], ...] = ()  # PostgreSQL: (trigger, table) paused


def data_tables() -> list[sa.Table]:
    """The tables a copy moves, parents first: every table of the models. Full-text index
    tables, tally tables and alembic_version are no model tables; the audit key is copied
    on its own (store/transfer.py)."""
    return list(SQLModel.metadata.sorted_tables)


def inserter(
    dst: sa.Connection, table: sa.Table, prepared: Prepared, *, raw: bool
) -> Callable[[Sequence[Any]], None]:
    """How rows go into `table` on the target: plain INSERTs, or on PostgreSQL COPY (many
    times faster) where row-level security does not apply to the writer (COPY FROM refuses
    tables whose policies apply), frozen into a table `prepare` emptied. `raw` rows (from
    a source of the same kind) go in as they are, others converted by the columns' types."""
    binds: list[_Bind] = [None for _ in table.columns] if raw else _binds(dst, table)
    if dst.dialect.name == "postgresql" and not _row_security_active(dst, table):
        freeze = table.name in prepared.emptied
        return lambda rows: _postgresql_copy(dst, table, rows, binds, freeze=freeze)
    quote = dst.dialect.identifier_preparer.quote
    mark = "?" if dst.dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in table.columns)}) "
        f"VALUES ({', '.join(mark for _ in table.columns)})"
    )

    def insert(rows: Sequence[Any]) -> None:
        dst.exec_driver_sql(statement, [_bound(row, binds) for row in rows])

    return insert


def _binds(dst: sa.Connection, table: sa.Table) -> list[_Bind]:
    """Each column's conversion of a value to what the target's driver takes."""
    return [c.type.dialect_impl(dst.dialect).bind_processor(dst.dialect) for c in table.columns]


def _bound(row: Sequence[Any], binds: list[_Bind]) -> tuple[Any, ...]:
    if not any(binds):
        return tuple(row)
    return tuple(v if b is None else b(v) for v, b in zip(row, binds, strict=True))


# --- SQLite target --------------------------------------------------------------------------


_SCHEMA_OBJECTS = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = ? ORDER BY rowid"


def _sqlite_prepare(dst: sa.Connection, force: bool) -> list[tuple[str, str]]:
    """Defer foreign keys to the commit; drop the data tables' secondary indexes (built
    again in one sorted pass each after the rows are in) and the triggers that maintain
    derived data (with `force` also the change log's append-only ones); with `force`
    empty the tables. Returns the dropped objects' (name, SQL), indexes first."""
    dst.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    tables = {t.name for t in data_tables()}
    indexes = [
        (name, sql)
        for name, table, sql in dst.exec_driver_sql(_SCHEMA_OBJECTS, ("index",))
        if sql is not None and table in tables
    ]
    triggers = [
        (name, sql)
        for name, table, sql in dst.exec_driver_sql(_SCHEMA_OBJECTS, ("trigger",))
        if force or table != CHANGE_LOG
    ]
    for name, _sql in indexes:
        dst.exec_driver_sql(f'DROP INDEX "{name}"')
    for name, _sql in triggers:
        dst.exec_driver_sql(f'DROP TRIGGER "{name}"')
    if force:
        for table in reversed(data_tables()):
            dst.execute(sa.delete(table))
    return indexes + triggers


def _sqlite_finish(dst: sa.Connection, dropped: list[tuple[str, str]]) -> None:
    """Make the dropped indexes again, rebuild the derived data, make the dropped triggers
    again (those the rebuild did not make itself) and refuse broken references before the
    commit."""

    def make_again(kind: str) -> None:
        present = {r[0] for r in dst.exec_driver_sql(_SCHEMA_OBJECTS, (kind,))}
        for name, sql in dropped:
            if name not in present and sql.lstrip().upper().startswith(_CREATE[kind]):
                dst.exec_driver_sql(sql)

    make_again("index")
    bulk.rebuild_derived(dst)
    make_again("trigger")
    broken = dst.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        tables = ", ".join(sorted({str(r[0]) for r in broken}))
        raise StoreError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the copy would leave {count} broken references (in {tables}); "
                    "nothing was copied",
                ),
                count=len(broken),
                tables=tables,
            )
        )


_CREATE = {"index": ("CREATE INDEX", "CREATE UNIQUE INDEX"), "trigger": ("CREATE TRIGGER",)}


# --- PostgreSQL target ----------------------------------------------------------------------


_SECONDARY_INDEXES = """
SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
FROM pg_index i
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema() AND t.relname = ANY(%(tables)s)
  AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
  AND pg_has_role(t.relowner, 'MEMBER')
ORDER BY i.indexrelid
"""


_OWNED = """
SELECT t.relname
FROM pg_class t
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema() AND t.relname = ANY(%(tables)s)
  AND pg_has_role(t.relowner, 'MEMBER')
"""


def _postgresql_prepare(dst: sa.Connection, force: bool) -> Prepared:
    """Empty every data table at once (TRUNCATE) with `force`, or when this user owns them
    all (they hold no rows then: the copy checked): COPY then writes the rows frozen, their
    pages all-visible from the start (module docstring). The change log's append-only
    triggers guard rows, not the table; CASCADE: tables outside the models that refer to
    them, such as a server's index of the change log by client, are emptied too (without
    `force` they can hold no row that refers to one) and refilled by their own triggers as
    the rows come in. Drop the secondary indexes of the tables this user owns (made again
    in one pass each after the rows are in: the trigram indexes of the searches cost most
    per row); constraints' indexes stay."""
    tables = [t.name for t in data_tables()]
    owned = frozenset(str(r[0]) for r in dst.exec_driver_sql(_OWNED, {"tables": tables}))
    emptied: frozenset[str] = frozenset()
    if force or owned == set(tables):
        names = ", ".join(f'"{name}"' for name in tables)
        dst.exec_driver_sql(f"TRUNCATE TABLE {names} CASCADE")
        emptied = frozenset(tables)
    indexes = [
        (str(n), str(d)) for n, d in dst.exec_driver_sql(_SECONDARY_INDEXES, {"tables": tables})
    ]
    for name, _definition in indexes:
        dst.exec_driver_sql(f"DROP INDEX {name}")
    return Prepared(indexes, emptied, owned, _pause_tallies(dst, owned))


_TALLY_TRIGGERS = """
SELECT g.tgname, t.relname
FROM pg_trigger g
JOIN pg_class t ON t.oid = g.tgrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema() AND g.tgname = ANY(%(names)s)
ORDER BY g.tgname
"""


def _pause_tallies(dst: sa.Connection, owned: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Switch off the tally triggers (one counting upsert per row per tally otherwise)
    when this user owns the tables they watch; `finish` counts the tallies from the rows
    and switches them on again. A copy by anyone else keeps them counting row by row."""
    names = [f"{t}_{e}" for t in triggers.SERVER_TALLIES for e in ("ai", "ad", "au")]
    found = [(str(g), str(t)) for g, t in dst.exec_driver_sql(_TALLY_TRIGGERS, {"names": names})]
    if not found or not {t for _g, t in found} <= owned:
        return ()
    for trigger, table in found:
        dst.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER "{trigger}"')
    return tuple(found)


def _row_security_active(dst: sa.Connection, table: sa.Table) -> bool:
    query = sa.text("SELECT row_security_active(CAST(:t AS regclass))")
    return bool(dst.execute(query, {"t": table.name}).scalar())


def _postgresql_copy(
    dst: sa.Connection,
    table: sa.Table,
    rows: Sequence[Any],
    binds: list[_Bind],
    *,
    freeze: bool = False,
) -> None:
    """COPY the rows in through the driver, each value converted by `binds`; `freeze`:
    written frozen and all-visible (the table was emptied in this transaction)."""
    quote = dst.dialect.identifier_preparer.quote
    columns = ", ".join(quote(c.name) for c in table.columns)
    driver = dst.connection.driver_connection
    assert driver is not None
    statement = f"COPY {quote(table.name)} ({columns}) FROM STDIN"
    if freeze:
        statement += " WITH (FREEZE)"
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(_bound(row, binds))


_SEQUENCES = """
SELECT s.relname, t.relname, a.attname
FROM pg_class s
JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
JOIN pg_class t ON t.oid = d.refobjid
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
JOIN pg_namespace n ON n.oid = s.relnamespace
WHERE s.relkind = 'S' AND n.nspname = current_schema()
"""


def _postgresql_finish(dst: sa.Connection, prepared: Prepared) -> None:
    """Make the dropped indexes again (after the deferred triggers of the copied rows ran:
    PostgreSQL builds no index on a table with trigger events pending); count the paused
    tallies from the rows and resume their triggers; every sequence
    owned by a column of a data table continues after the copied values; the tables this
    user owns analysed (the planner's statistics, and the count of all-visible pages read
    from the visibility map)."""
    dst.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
    for _name, definition in prepared.dropped:
        dst.exec_driver_sql(definition)
    if prepared.paused:
        bulk.recount_tallies(dst)
        for trigger, table in prepared.paused:
            dst.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER "{trigger}"')
    tables = {t.name for t in data_tables()}
    for sequence, table, column in dst.exec_driver_sql(_SEQUENCES).all():
        if table not in tables:
            continue
        dst.exec_driver_sql(
            f'SELECT setval(\'"{sequence}"\', coalesce((SELECT max("{column}") '
            f'FROM "{table}"), 0) + 1, false)'
        )
    if prepared.owned:
        quote = dst.dialect.identifier_preparer.quote
        dst.exec_driver_sql(f"ANALYZE {', '.join(quote(n) for n in sorted(prepared.owned))}")


def prepare(dst: sa.Connection, force: bool) -> Prepared:
    """Before the rows go in (see the module docstring); returns what `inserter` and
    `finish` build on."""
    if dst.dialect.name == "sqlite":
        return Prepared(_sqlite_prepare(dst, force))
    return _postgresql_prepare(dst, force)


def finish(dst: sa.Connection, prepared: Prepared) -> None:
    """After the rows are in, before the commit (see the module docstring)."""
    if dst.dialect.name == "sqlite":
        _sqlite_finish(dst, prepared.dropped)
    else:
        _postgresql_finish(dst, prepared)
