"""Opening a database safely and handing out short sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from cdmo_desktop.store import changelog, migrate
from cdmo_desktop.store.backup import backup_database, list_backups
from cdmo_desktop.store.engine import make_engine
from cdmo_desktop.store.errors import NotADatabaseError, StoreError
from cdmo_desktop.store.lock import InstanceLock

SQLITE_MAGIC = b"SQLite format 3\x00"
DAILY_BACKUP_AFTER = timedelta(hours=20)


@dataclass
class Store:
    path: Path
    engine: sa.Engine
    user: str = ""
    lock: InstanceLock | None = None
    last_backup: Path | None = None
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(
            bind=self.engine, class_=Session, expire_on_commit=False, autoflush=False
        )
        changelog.install(self._factory)

    @contextmanager
    def session(self, *, reason: str = "") -> Iterator[Session]:
        """One unit of work: commits on success, rolls back (writing nothing) on error."""
        s = self._factory()
        s.info["user"] = self.user or changelog.os_user()
        s.info["reason"] = reason
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only; never commits."""
        s = self._factory()
        try:
            yield s
        finally:
            s.close()  # ends the transaction; loaded rows stay readable (not expired)

    def backup(self, dest_dir: Path | None = None, reason: str = "manual") -> Path:
        self.last_backup = backup_database(self.path, dest_dir, reason)
        return self.last_backup

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def inspect_file(path: Path) -> str | None:
    """Read-only look at an existing file: its schema revision (None if empty).

    Raises NotADatabaseError / NewerSchemaError with the reason; never writes to the file."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise NotADatabaseError(f"cannot be read ({exc.strerror})") from exc
    if not head:
        return None
    if head != SQLITE_MAGIC:
        raise NotADatabaseError("is not a Partnership Desk database (not an SQLite file)")
    uri = Path(path).resolve().as_uri().replace("file://", "file:", 1) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"cannot be opened ({exc})") from exc
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise NotADatabaseError(f"is damaged ({result[0] if result else 'no answer'})")
        revision = migrate.read_revision(conn)
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(f"is damaged or not a database ({exc})") from exc
    finally:
        conn.close()
    migrate.check_revision(revision)
    return revision


def open_store(
    path: Path | str,
    *,
    user: str = "",
    create: bool = True,
    lock: bool = False,
    daily_backup: bool = False,
) -> Store:
    """Open (or create) the database at `path`, upgrading its schema after a backup.

    Refusals raise StoreError subclasses whose text completes "The file <path> ...".
    With `lock=True` a second instance on the same file is refused."""
    path = Path(path).expanduser()
    exists = path.exists()
    if not exists and not create:
        raise StoreError("does not exist")
    revision = inspect_file(path) if exists else None
    instance_lock: InstanceLock | None = None
    if lock:
        instance_lock = InstanceLock(path)
        instance_lock.acquire()
    try:
        if not exists:
            path.parent.mkdir(parents=True, exist_ok=True)
        last_backup = None
        if migrate.needs_upgrade(revision):
            if revision is not None:
                last_backup = backup_database(path, reason="pre-migration")
            migrate.upgrade(path)
        elif daily_backup:
            latest = next(iter(list_backups(path)), None)
            if latest is None or datetime.now(UTC) - latest.taken_at > DAILY_BACKUP_AFTER:
                last_backup = backup_database(path, reason="daily")
        store = Store(path=path, engine=make_engine(path), user=user, lock=instance_lock)
        store.last_backup = last_backup
        return store
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise
