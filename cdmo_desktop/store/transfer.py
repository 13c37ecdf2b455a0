"""Copy a whole workspace from one database to another (SQLite or PostgreSQL, either way).

Every row of every table of the models is copied as it is, ids included, and so is the
change log with its chain columns and the database's audit key (store/chain.py): the audit
trail verifies on the target as it did on the source. Rows go in as plain inserts, around
the flush hook: they are already validated, derived and logged.

- Tables are copied parents first (`SQLModel.metadata.sorted_tables`); a table that refers
  to itself (a reassessment's previous one) is read earlier rows first.
- Rows are read in batches from one consistent snapshot of the source (SQLite: one read
  transaction; PostgreSQL: REPEATABLE READ, read-only) and written in one transaction on
  the target: a failure, a refusal or a cancel leaves the target as it was.
- Derived data that lives outside the models' tables is rebuilt on the target, not copied:
  SQLite's full-text indexes and tally tables (store/bulk.rebuild_derived, with their
  triggers off while the rows go in); PostgreSQL's sequences (if any) are set past the
  copied values. The derived columns of the rows themselves (sort keys, search words) are
  copied with the rows.
- Both databases must be at this version's schema; a target holding rows is refused
  unless `force`, which replaces them in the same transaction.

How rows go into each kind of target (the SQLite-only and PostgreSQL-only steps) is in
store/transfer_targets.py.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import sqlalchemy as sa

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store import backup, chain, migrate, paths
from cdmo_desktop.store import transfer_targets as targets
from cdmo_desktop.store.engine import connect, connect_readonly, make_engine
from cdmo_desktop.store.errors import StorageError, StoreError
from cdmo_desktop.store.files import atomic_path, private_dir
from cdmo_desktop.store.transfer_targets import data_tables

if TYPE_CHECKING:
    from cdmo_desktop.store.location import ServerURL

BATCH = 2000  # rows read and inserted at a time


class CopyRefused(StoreError):
    """The copy was not started: a schema behind or ahead, a target holding rows, the same
    database on both sides. Nothing was written."""


class CopyCancelled(StoreError):
    """The caller's `cancel` asked to stop; the target was left as it was."""


@dataclass(frozen=True)
class CopyProgress:
    """Where a copy stands: `table` being copied (or "derived data" at the end), rows done
    out of `total` (every table)."""

    table: str
    done: int
    total: int


ProgressFn = Callable[[CopyProgress], None]
CancelFn = Callable[[], bool]


@dataclass
class CopyReport:
    """What was copied: rows per table, and how long it took."""

    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def read_revision(conn: sa.Connection) -> str | None:
    """The schema revision of an open database (either backend); None when it has none."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(sa.text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def check_revisions(
    source: str | None, target: str | None, source_name: str, target_name: str
) -> None:
    """Refuse unless both schemas are this version's (naming the one behind or ahead)."""
    head = migrate.HEAD_REVISION
    for name, revision in ((source_name, source), (target_name, target)):
        if revision is None:
            raise CopyRefused(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name} holds no Partnership Desk schema; nothing was copied"
                    ),
                    name=name,
                )
            )
        if revision not in migrate.KNOWN_REVISIONS:
            raise CopyRefused(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} has schema {revision}, newer than this version's "
                        "{head}: update the app first; nothing was copied",
                    ),
                    name=name,
                    revision=revision,
                    head=head,
                )
            )
        if revision != head:
            raise CopyRefused(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} has schema {revision}, behind this version's {head}: "
                        "upgrade it first (open it in the app, or `server upgrade` on "
                        "a server); nothing was copied",
                    ),
                    name=name,
                    revision=revision,
                    head=head,
                )
            )


def count_rows(conn: sa.Connection) -> dict[str, int]:
    """Rows per data table."""
    return {
        t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
        for t in data_tables()
    }


def holds_rows(conn: sa.Connection) -> bool:
    return any(
        conn.execute(sa.select(sa.literal(1)).select_from(t).limit(1)).first()
        for t in data_tables()
    )


def copy_database(
    source: sa.Engine,
    target: sa.Engine,
    *,
    force: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    batch_size: int = BATCH,
    source_name: str = "the source",
    target_name: str = "the target",
) -> CopyReport:
    """Copy every row of `source` into `target` (see the module docstring); returns what
    was copied. Refusals raise CopyRefused, a cancel CopyCancelled, a failed disk or
    server StorageError/StoreError; in every such case the target is as it was."""
    if source.url == target.url and source.dialect.name == "postgresql":
        raise CopyRefused(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "{source_name} and {target_name} are the same database"
                ),
                source_name=source_name,
                target_name=target_name,
            )
        )
    started = time.perf_counter()
    with _reading(source) as src:
        total_rows = count_rows(src)
        with target.connect() as dst:
            try:
                with dst.begin():
                    check_revisions(
                        read_revision(src), read_revision(dst), source_name, target_name
                    )
                    if not force and holds_rows(dst):
                        raise CopyRefused(
                            msg(
                                QT_TRANSLATE_NOOP(
                                    "messages",
                                    "{target_name} already holds data; nothing was copied (to "
                                    "replace its data with the copy, use --force)",
                                ),
                                target_name=target_name,
                            )
                        )
                    report = _copy(src, dst, total_rows, force, progress, cancel, batch_size)
            except (CopyRefused, CopyCancelled):
                raise
            except sa.exc.DBAPIError as exc:
                raise _failed(exc, target_name) from None
    report.seconds = time.perf_counter() - started
    return report


def _failed(exc: sa.exc.DBAPIError, target_name: str) -> StoreError:
    """One sentence for a copy the database refused (never SQL or row values)."""
    doing = msg(
        QT_TRANSLATE_NOOP("messages", "Nothing was copied into {target_name}"),
        target_name=target_name,
    )
    fault = StorageError.from_fault(exc, None, doing)
    if fault is not None:
        return fault
    reason = type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__
    if isinstance(exc, sa.exc.IntegrityError):
        reason = msg(QT_TRANSLATE_NOOP("messages", "a row broke a rule of the target's schema"))
    return StoreError(
        msg(
            QT_TRANSLATE_NOOP(
                "messages", "{doing}: the copy failed ({reason}); the target is as it was"
            ),
            doing=doing,
            reason=reason,
        )
    )


@contextmanager
def _reading(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A connection reading one consistent snapshot of `engine`, never writing."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin() as transaction:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            yield conn
            transaction.rollback()


def _copy(
    src: sa.Connection,
    dst: sa.Connection,
    total_rows: dict[str, int],
    force: bool,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    batch_size: int,
) -> CopyReport:
    raw = src.dialect.name == dst.dialect.name
    chain.lock_head(dst)  # PostgreSQL: other writers of the chain wait for the copy
    prepared = targets.prepare(dst, force)
    _copy_audit_key(src, dst)
    report = CopyReport()
    total = sum(total_rows.values())
    done = 0
    tables = data_tables()
    if progress is not None:
        progress(CopyProgress(tables[0].name, 0, total))
    for table in tables:
        copied = 0
        insert = targets.inserter(dst, table, prepared, raw=raw)
        for rows in _batches(src, table, batch_size, raw=raw):
            if cancel is not None and cancel():
                raise CopyCancelled(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages", "the copy was cancelled; the target is as it was"
                        )
                    )
                )
            insert(rows)
            copied += len(rows)
            done += len(rows)
            if progress is not None:
                progress(CopyProgress(table.name, done, total))
        if copied != total_rows[table.name]:
            raise StoreError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the copy of {table_name} read {copied} rows, not {value}; "
                        "nothing was copied",
                    ),
                    table_name=table.name,
                    copied=copied,
                    value=total_rows[table.name],
                )
            )
        report.rows[table.name] = copied
    if cancel is not None and cancel():
        raise CopyCancelled(
            msg(QT_TRANSLATE_NOOP("messages", "the copy was cancelled; the target is as it was"))
        )
    if progress is not None:
        progress(CopyProgress("derived data", done, total))
    targets.finish(dst, prepared)
    return report


def _batches(
    src: sa.Connection, table: sa.Table, size: int, *, raw: bool
) -> Iterator[Sequence[Any]]:
    """The rows of `table` (values in column order), `size` at a time, streamed from the
    source; `raw`: as the driver gives them (for a target of the same kind), else as the
    columns' types read them."""
    query = _ordered(table)
    if raw:
        typeless = (sa.type_coerce(c, sa.types.NullType()) for c in table.columns)
        query = cast(sa.Select[Any], query.with_only_columns(*typeless, maintain_column_froms=True))
    result = src.execution_options(yield_per=size).execute(query)
    yield from result.partitions()


def _ordered(table: sa.Table) -> sa.Select[Any]:
    """SELECT of every row in primary-key order (the target's key index grows at its end);
    a table with a reference to itself in the order rows can be inserted (those it refers
    to first: a recursive walk from the rows that refer to none)."""
    own = [fk for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        return sa.select(table).order_by(*table.primary_key.columns)
    ref, key = own[0].parent, own[0].column
    inner = table.alias("earlier")
    roots = sa.select(table.c[key.name].label("key"), sa.literal(0).label("depth")).where(
        sa.or_(
            ref.is_(None),
            ~sa.exists().where(inner.c[key.name] == ref),
        )
    )
    walk = roots.cte("walk", recursive=True)
    walk = walk.union_all(
        sa.select(table.c[key.name], walk.c.depth + 1).join(walk, ref == walk.c.key)
    )
    return (
        sa.select(table)
        .join(walk, table.c[key.name] == walk.c.key)
        .order_by(walk.c.depth, table.c[key.name])
    )


def _copy_audit_key(src: sa.Connection, dst: sa.Connection) -> None:
    """The source's audit key replaces the target's: the copied chain was sealed with it."""
    table = sa.table(chain.KEY_TABLE, sa.column("id"), sa.column("key"))
    if not sa.inspect(src).has_table(chain.KEY_TABLE):
        return
    rows = [dict(r._mapping) for r in src.execute(sa.select(table.c.id, table.c.key))]
    if not rows:
        return
    dst.execute(sa.delete(table))
    dst.execute(sa.insert(table), rows)


# --- a new SQLite file holding a copy ---------------------------------------------------------


def sqlite_source(path: Path) -> sa.Engine:
    """An engine reading the SQLite file at `path` without writing to it or beside it (the
    file may be open in a window meanwhile: its committed changes in the -wal are seen)."""
    return sa.create_engine(
        "sqlite://", creator=lambda: connect_readonly(path), poolclass=sa.pool.NullPool
    )


def write_sqlite_copy(
    source: sa.Engine,
    target: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    source_name: str = "the source",
    replace: bool = True,
) -> CopyReport:
    """Copy `source` into a new SQLite file at `target`: made beside it under a temporary
    name (owner-only, migrated to this version's schema, filled, checked) and renamed into
    place, a self-contained file (no -wal). On any error or a cancel nothing is left and an
    existing `target` is untouched; without `replace` an existing `target` is refused."""
    target = Path(target)
    with atomic_path(target) as part:
        migrate.upgrade(part)
        engine = make_engine(part, pooled=False)
        try:
            report = copy_database(
                source,
                engine,
                progress=progress,
                cancel=cancel,
                source_name=source_name,
                target_name=msg(QT_TRANSLATE_NOOP("messages", "the file {target}"), target=target),
            )
        finally:
            engine.dispose()
        done = connect(part, "rw", isolation_level=None)
        try:
            done.execute("PRAGMA journal_mode=DELETE")
        finally:
            done.close()
        if not replace and os.path.lexists(target):
            raise CopyRefused(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "the file {target} appeared meanwhile; nothing was copied"
                    ),
                    target=target,
                )
            )
    return report


# --- a team server's copies on this machine ----------------------------------------------------


class ServerStore(Protocol):
    """What the copies of a team server need of a Store (store.store.Store)."""

    engine: sa.Engine
    server: ServerURL | None

    @property
    def location(self) -> str: ...


def _server_of(store: ServerStore) -> ServerURL:
    if store.server is None:
        raise StoreError(
            msg(QT_TRANSLATE_NOOP("messages", "is a database file, not a team server"))
        )
    return store.server


def backup_server(
    store: ServerStore,
    dest_dir: Path | None = None,
    reason: str = "manual",
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Path:
    """Backup on a team server connection: an SQLite copy of what the connected user may
    see (the copy reads as that user, so row-level security leaves out the rest), named
    `<host>-<port>-<database>-<UTC stamp>-<reason>.sqlite` in `dest_dir` (default: the
    server's backups folder, paths.server_backup_dir, rotated like a file's backups). The
    server's own backups are the administrator's (pg_dump). Returns the new file."""
    url = _server_of(store)
    backup.check_reason(reason)
    stem = paths.server_file_stem(url)
    target = backup.new_backup_path(
        stem,
        reason,
        dest_dir,
        paths.server_backup_dir(url),
        lambda exc, folder: _disk_fault(
            exc,
            folder,
            msg(
                QT_TRANSLATE_NOOP("messages", "No backup was written into {folder}"), folder=folder
            ),
        ),
    )
    _sqlite_copy_of(store, target, progress, cancel)
    if dest_dir is None:
        backup.rotate(target.parent, stem)
    return target


def write_local_copy(
    store: ServerStore, *, progress: ProgressFn | None = None, cancel: CancelFn | None = None
) -> Path:
    """Replace the team server's local copy on this machine (paths.local_copy_path: what
    the connected user may see, owner-only, written whole or not at all) with a copy of
    the server now; the window opens it read-only when the server cannot be reached.
    Returns its path."""
    target = paths.local_copy_path(_server_of(store))
    try:
        private_dir(target.parent)
    except OSError as exc:
        raise _disk_fault(
            exc, target.parent, msg(QT_TRANSLATE_NOOP("messages", "The local copy was not written"))
        ) from None
    _sqlite_copy_of(store, target, progress, cancel)
    _drop_unnamed_copy(_server_of(store), target)
    return target


def _drop_unnamed_copy(url: ServerURL, kept: Path) -> None:
    """A copy from before copies were kept per login (named without one): whose view it
    holds is unknown, so it goes once this login's own copy is written."""
    unnamed = paths.local_copy_path(replace(url, user=""))
    if unnamed != kept:
        unnamed.unlink(missing_ok=True)


def _sqlite_copy_of(
    store: ServerStore, target: Path, progress: ProgressFn | None, cancel: CancelFn | None
) -> None:
    try:
        write_sqlite_copy(
            store.engine,
            target,
            progress=progress,
            cancel=cancel,
            source_name=msg(
                QT_TRANSLATE_NOOP("messages", "the team server {store_location}"),
                store_location=store.location,
            ),
        )
    except OSError as exc:
        raise _disk_fault(
            exc,
            target,
            msg(
                QT_TRANSLATE_NOOP("messages", "No copy of {store_location} was written"),
                store_location=store.location,
            ),
        ) from None


def _disk_fault(exc: OSError, path: Path, doing: str) -> StoreError:
    fault = StorageError.from_fault(exc, path, doing)
    if fault is not None:
        return fault
    return StoreError(f"{doing} ({exc.strerror or type(exc).__name__})")
