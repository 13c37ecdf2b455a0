"""Opening a database safely and handing out short sessions."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store import (
    changelog,
    changesets,
    conflicts,
    files,
    mark_splits,
    migrate,
    planner,
    probe,
    server,
    server_security,
)
from cdmo_desktop.store.backup import backup_database, list_backups, remove_stale_backups
from cdmo_desktop.store.changesets import ChangeSet, RowState
from cdmo_desktop.store.engine import make_engine, make_server_engine
from cdmo_desktop.store.errors import ServerError, StorageError, StoreError, WriteRefused
from cdmo_desktop.store.location import ServerURL, is_server_url
from cdmo_desktop.store.lock import InstanceLock

log = logging.getLogger(__name__)

DAILY_BACKUP_AFTER = timedelta(hours=20)


class StoreSession(Session):
    """Every store session validates, derives and change-logs on flush.

    The hooks are attached once, to this class, rather than to each sessionmaker: a
    per-sessionmaker registration is keyed by the generated class's identity, and a new
    sessionmaker can reuse the address of a collected one, making the "already installed"
    check skip the hooks (seen as a missing change log under garbage-collector pressure)."""


changelog.install(StoreSession)
conflicts.install(StoreSession)


@dataclass
class Store:
    """An open database. Create it with `open_store`; close it when done (or use `with`).

    A file on this machine (`file`, also `path`) or a team server (`server`; `file` is None
    and `path` refuses: code that needs a file checks `server` first)."""

    file: Path | None
    engine: sa.Engine
    user: str = ""
    lock: InstanceLock | None = None
    last_backup: Path | None = None
    read_only_reason: str = ""  # why the file is open read-only ("" when it is writable)
    # False: only quick_check ran before it opened (a big file); the app runs the full
    # integrity_check in the background (probe.full_check) and sets it.
    integrity_checked: bool = True
    # Why the daily backup was skipped when the store opened (a full disk, say): the
    # window shows it. None when it was taken or not due.
    backup_warning: str | None = None
    server: ServerURL | None = None
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    # One writer at a time, whatever the thread: SQLite serialises writers anyway, and
    # concurrent writers/checkpointers are what its WAL-reset bug needs.
    _write_lock: threading.RLock = field(init=False, repr=False, default_factory=threading.RLock)
    # Set by `close` (under the write lock): a write a worker starts afterwards is refused,
    # so nothing writes to a file whose lock was given back (a restore may replace it).
    _closed: bool = field(init=False, repr=False, default=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(
            bind=self.engine, class_=StoreSession, expire_on_commit=False, autoflush=False
        )

    @contextmanager
    def session(self, *, reason: str = "") -> Iterator[Session]:
        """One unit of work: commits on success, rolls back (writing nothing) on error.

        Every flush derives, validates and change-logs the rows (as `self.user`, with
        `reason`)."""
        if self.read_only:
            raise WriteRefused(
                f"{self.location} is open read-only ({self.read_only_reason}); nothing "
                "was changed. "
                + (
                    "Your role on the team server does not allow changes."
                    if self.server is not None
                    else "To edit it, make the file and its folder writable and open it again."
                )
            )
        with self._write_lock:
            if self._closed:
                closed = QT_TRANSLATE_NOOP("messages", "was closed: nothing was saved")
                raise StoreError(msg(closed), self.file)
            s = self._factory()
            s.info["user"] = self.user or changelog.os_user()
            s.info["reason"] = reason
            # A file found at another path is a copy: new replica id (store/sync_clock.py).
            s.info["location"] = str(self.file.resolve()) if self.file is not None else None
            try:
                yield s
                if self.server is None:  # spans the writes grew past their bound are cut
                    s.flush()
                    mark_splits.settle_session(s)
                s.commit()
            except BaseException as exc:
                with contextlib.suppress(sa.exc.SQLAlchemyError):  # a failed disk fails this too
                    s.rollback()
                _raise_fault(
                    exc,
                    self.file,
                    msg(QT_TRANSLATE_NOOP("messages", "could not be saved")),
                    self.server,
                )
                raise
            finally:
                s.close()

    def write(
        self,
        label: str,
        work: Callable[[Session], object],
        *,
        reason: str = "",
        expect: Mapping[conflicts.Key, int] | None = None,
    ) -> ChangeSet:
        """Run `work` in one unit of work and return what it changed (see ChangeSet).

        `expect` ({(model, id): row_version}, plus those of `conflicts.expecting` blocks):
        the rows the caller read, checked first. A refused write raises ValidationError (a
        rule), ConflictError (someone else saved a row meanwhile) or WriteRefused (other
        records) and writes nothing."""
        expectations = conflicts.expected(expect)
        stale: list[tuple[conflicts.Key, int]] = []
        try:
            with self.session(reason=reason) as s:
                conflicts.check(s, expectations)
                try:
                    work(s)
                    s.flush()
                except sa.orm.exc.StaleDataError:
                    stale = conflicts.stale_candidates(s)
                    raise
                changeset = changesets.collect(s, label)
                conflicts.advance(expectations, changeset.versions)
                return changeset
        except sa.exc.IntegrityError as exc:
            raise WriteRefused.from_constraint(str(exc.orig)) from None
        except sa.exc.DataError:
            if self.server is None:
                raise
            # PostgreSQL refuses what SQLite stores: a NUL character in a text (psycopg
            # refuses it before sending), a number beyond its column's range.
            log.warning("team server refused a value (DataError)")
            raise WriteRefused(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A value is outside what the team server accepts (a NUL "
                        "character in a text, or a number too large); nothing was "
                        "changed.",
                    )
                )
            ) from None
        except sa.orm.exc.StaleDataError:
            with self.read() as s:
                raise conflicts.stale_conflicts(s, stale) from None

    def replay(
        self,
        states: Sequence[RowState],
        label: str,
        *,
        reason: str = "",
        current: Sequence[RowState] = (),
    ) -> ChangeSet:
        """Make the database hold `states` (a change set's `before` to undo it, its `after`
        to redo it), all or nothing. `current`: the states the rows must still be in (the
        `after` to undo, the `before` to redo); a row someone else changed since raises
        ConflictError and nothing is written."""

        def work(s: Session) -> None:
            conflicts.check_states(s, current)
            changesets.apply_states(s, states)

        return self.write(label, work, reason=reason)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only (one consistent snapshot); never commits."""
        s = self._factory()
        try:
            yield s
        except sa.exc.DBAPIError as exc:
            _raise_fault(
                exc, self.file, msg(QT_TRANSLATE_NOOP("messages", "could not be read")), self.server
            )
            raise
        finally:
            s.close()  # ends the transaction; loaded rows stay readable (not expired)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def path(self) -> Path:
        """The database file; StoreError on a team server, which has none."""
        if self.file is None:
            raise StoreError(
                msg(QT_TRANSLATE_NOOP("messages", "is a team server: this needs a database file"))
            )
        return self.file

    @property
    def address(self) -> str:
        """What another process of the app opens this database by: the file's path, or the
        server's URL without its password (see `server.session_password`)."""
        return self.server.redacted if self.server is not None else str(self.path)

    @property
    def backend(self) -> str:
        """ "sqlite" for a file, "postgresql" for a team server."""
        return str(self.engine.dialect.name)

    @property
    def location(self) -> str:
        """How messages and the window title name the database: the file's name, or the
        server as "desk on db:5432 as dana" (never a password)."""
        if self.server is not None:
            return self.server.display
        return self.path.name

    def backup(
        self,
        dest_dir: Path | None = None,
        reason: str = "manual",
        progress: Callable[[int, int], None] | None = None,
    ) -> Path:
        """A consistent copy through the SQLite backup API (default: backups/ beside it;
        a read-only database takes no backup beside it). On a team server: an SQLite copy
        of what this user may see (store/transfer.py; the server's own backups are
        pg_dump's), by default in the server's folder of backups on this machine."""
        if self.server is not None:
            from cdmo_desktop.store import transfer

            self.last_backup = transfer.backup_server(self, dest_dir, reason)
            return self.last_backup
        if self.read_only and dest_dir is None:
            raise StoreError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "is open read-only ({read_only_reason}), so no backup is "
                        "written beside it; choose another folder for a copy",
                    ),
                    read_only_reason=self.read_only_reason,
                ),
                self.path,
            )
        self.last_backup = backup_database(self.path, dest_dir, reason, progress)
        return self.last_backup

    def close(self) -> None:
        """Close the database; a write running on a worker (the Portfolio's key roll, an
        import) is waited for first, and later writes are refused (StoreError)."""
        with self._write_lock:
            self._closed = True
            with contextlib.suppress(
                sa.exc.SQLAlchemyError
            ):  # the last checkpoint, on a failed disk
                self.engine.dispose()
            if self.lock is not None:
                self.lock.release()
                self.lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _raise_fault(
    exc: BaseException, path: Path | None, doing: str, server: ServerURL | None = None
) -> None:
    """Raise the StorageError a database error stands for (a full or read-only disk, an I/O
    error, a lock held by another program), logging only its kind: SQLAlchemy's own text
    carries the statement and its parameters (record contents). Returns for any other
    error, a refused write (IntegrityError) included."""
    if not isinstance(exc, sa.exc.DBAPIError) or isinstance(exc, sa.exc.IntegrityError):
        return
    if server is not None:
        _raise_server_fault(exc, server, doing)
        return
    fault = StorageError.from_fault(exc, path, doing)
    if fault is not None:
        log.warning("%s: %s", type(exc.orig).__name__, fault.sentence())
        raise fault from None


def _raise_server_fault(exc: sa.exc.DBAPIError, server: ServerURL, doing: str) -> None:
    """A lost connection, a refused privilege or a write that lost a race with another
    user's, as one sentence; the driver's text (with the statement) is only logged by kind."""
    sqlstate = str(getattr(exc.orig, "sqlstate", "") or "")
    if sqlstate == "42501":  # insufficient_privilege (a viewer, or another client's rows)
        log.warning("server refused a privilege (%s)", sqlstate)
        raise WriteRefused.from_server(str(exc.orig)) from None
    if sqlstate in ("40001", "40P01"):  # serialization failure, deadlock
        log.warning("server transaction conflict (%s)", sqlstate)
        raise WriteRefused(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Someone else was saving the same records at the same moment; "
                    "nothing was changed. Try again.",
                )
            )
        ) from None
    if isinstance(exc, sa.exc.OperationalError) or exc.connection_invalidated:
        log.warning("team server connection failed (%s)", type(exc.orig).__name__)
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{doing}: the team server {server_display} cannot be reached. "
                    "Check the network, then try again. Your last saved change is "
                    "safe",
                ),
                doing=doing,
                server_display=server.display,
            )
        ) from None


def inspect_file(path: Path) -> str | None:
    """Read-only look at an existing file: its schema revision (None if empty).

    Raises NotADatabaseError / NewerSchemaError with the reason; never writes to the file
    and creates nothing beside it (see store/probe.py)."""
    return probe.probe(path).revision


def open_store(
    path: Path | str,
    *,
    user: str = "",
    create: bool = True,
    lock: bool = True,
    daily_backup: bool = False,
    password: str | None = None,
) -> Store:
    """Open (or create) the database at `path`, upgrading its schema after a backup.

    Refusals raise StoreError subclasses (see `StoreError.sentence()`): a file that is not a
    database or is damaged, a newer schema, a missing file with `create=False`, and (with
    `lock=True`, the default) a file another Store already holds, in this process or another.
    A refused file is left exactly as it was. A file or folder the user may not write opens
    read-only (`Store.read_only`), with no lock, backup or -wal beside it.

    A `postgresql://` URL (a str) opens a team server instead (store/server.py): the user
    is the server's authenticated one, an empty database is set up when `create`, and
    `password` (else the keychain's, else libpq's sources) is used for the login."""
    if is_server_url(path):
        return _open_server(str(path), create=create, password=password)
    path = Path(path).expanduser().absolute()
    exists = os.path.lexists(path)  # a dangling link is refused, never created through
    if not exists and not create:
        raise StoreError(msg(QT_TRANSLATE_NOOP("messages", "does not exist")), path)
    found = probe.probe(path) if exists else None
    if found is not None and found.read_only:
        return _open_read_only(found, user)
    revision = found.revision if found is not None else None
    instance_lock = InstanceLock(path) if lock else None
    if instance_lock is not None:
        instance_lock.acquire()
    try:
        store = _open_checked(path, exists, revision, instance_lock, user, daily_backup)
        store.integrity_checked = found is None or found.fully_checked
        return store
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise


def open_locked_store(
    path: Path | str,
    lock: InstanceLock,
    *,
    revision: str | None,
    user: str = "",
    daily_backup: bool = False,
    integrity_checked: bool = True,
) -> Store:
    """Open an existing database that the caller has already probed (`inspect_file` gave
    `revision`) and locked (`lock` is held on it since before that probe's result was
    used), without probing it again: the second half of `open_store`, for a window that
    painted from a read-only look at the file first and loads the ORM afterwards.

    The store takes the lock over (it is released when the store closes); when opening
    fails, the lock stays with the caller. Schema upgrades still happen here if needed."""
    path = Path(path).expanduser().absolute()
    if not lock.held or lock.db_path.resolve() != path.resolve():
        raise StoreError(msg(QT_TRANSLATE_NOOP("messages", "is not locked for this window")), path)
    store = _open_checked(path, True, revision, lock, user, daily_backup)
    store.integrity_checked = integrity_checked
    return store


def _open_checked(
    path: Path,
    exists: bool,
    revision: str | None,
    instance_lock: InstanceLock | None,
    user: str,
    daily_backup: bool,
) -> Store:
    """Upgrade (after a backup) or take the daily backup, then the Store. The file has
    been inspected; `instance_lock`, when given, is held."""
    last_backup = None
    if instance_lock is not None:
        remove_stale_backups(path)  # left by a killed backup or restore
    upgrade = migrate.needs_upgrade(revision)
    if upgrade:
        if exists:
            revision = inspect_file(path)  # again, now that nobody else can change it
        if revision is not None:
            last_backup = backup_database(path, reason="pre-migration")
        _upgrade(path, created=not exists)
    backup_warning = None
    if not upgrade and daily_backup:
        latest = next(iter(list_backups(path)), None)
        if latest is None or datetime.now(UTC) - latest.taken_at > DAILY_BACKUP_AFTER:
            try:
                last_backup = backup_database(path, reason="daily")
            except StoreError as exc:  # a full disk must not keep the user from their data
                reason = getattr(exc, "advice", "") or exc.sentence()
                backup_warning = msg(
                    QT_TRANSLATE_NOOP("messages", "The daily backup was skipped. {reason}"),
                    reason=reason,
                )
                log.warning("%s", backup_warning)
    files.make_private_database(path)
    store = Store(file=path, engine=make_engine(path), user=user, lock=instance_lock)
    store.last_backup = last_backup
    store.backup_warning = backup_warning
    try:
        planner.refresh(store.engine)  # statistics of registers that grew (usually none)
    except sa.exc.OperationalError:  # busy or read-only: the plans only stay a guess
        log.warning("query planner statistics not refreshed for %s", path, exc_info=True)
    return store


def _open_read_only(found: probe.Probe, user: str) -> Store:
    """A Store that reads `found.path` through an immutable connection and refuses every
    write with a sentence; nothing is created beside the file."""
    path = found.path
    if found.revision is None:
        raise StoreError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "is empty and {read_only_reason}: there is nothing to show"
                ),
                read_only_reason=found.read_only_reason,
            ),
            path,
        )
    if migrate.needs_upgrade(found.revision):
        raise StoreError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "has schema {revision}, older than this version's "
                    "{head_revision}, and {read_only_reason}, so it cannot be "
                    "upgraded: make it writable and open it again",
                ),
                revision=found.revision,
                head_revision=migrate.HEAD_REVISION,
                read_only_reason=found.read_only_reason,
            ),
            path,
        )
    engine = make_engine(path, read_only=True)
    store = Store(file=path, engine=engine, user=user, read_only_reason=found.read_only_reason)
    store.integrity_checked = found.fully_checked
    return store


def _open_server(
    text: str,
    *,
    create: bool = False,
    password: str | None = None,
    read_only: bool = False,
) -> Store:
    """Open the team server named by `text` (a postgresql:// URL).

    `create`: an empty database is set up (migrated to the head) instead of refused."""
    url = ServerURL.parse(text)
    engine = make_server_engine(url, password=password, read_only=read_only)
    try:
        try:
            with engine.connect() as conn:
                revision = server.read_revision(conn)
                user = str(conn.exec_driver_sql("SELECT session_user").scalar())
                app = server.server_app_version(conn) if revision is not None else None
        except ServerError as exc:
            exc.where = exc.where or url.display
            raise
        except sa.exc.DBAPIError as exc:
            raise server.connection_error(exc, url) from None
        if revision is None and create and not read_only:
            try:
                server.migrate_server(engine)
            except ServerError as exc:
                exc.where = url.display
                raise
            revision = migrate.HEAD_REVISION
        server.check_server_revision(revision, url, app)
    except BaseException:
        engine.dispose()
        raise
    if password is not None:
        server.keep_session_password(url, password)
    reason = (
        msg(QT_TRANSLATE_NOOP("messages", "your connection to the team server is read-only"))
        if read_only
        else ""
    )
    if not reason and not server_security.may_write(engine):
        reason = msg(QT_TRANSLATE_NOOP("messages", "your login on the team server may only read"))
    return Store(file=None, engine=engine, user=user, server=url, read_only_reason=reason)


def prepare_tables() -> None:
    """Set up every table class's mapper now (the first query does it otherwise): for a
    caller that opens the store off the GUI thread, so the window's first query does not
    pay for it."""
    sa.orm.configure_mappers()


def _upgrade(path: Path, *, created: bool) -> None:
    if created:
        path.parent.mkdir(parents=True, exist_ok=True, mode=files.DIR_MODE)
        # Created owner-only before SQLite opens it: its -wal and -shm take its mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.FILE_MODE))
    try:
        migrate.upgrade(path)
    except BaseException:
        if created:  # leave nothing behind for a database that never came to be
            for suffix in ("", "-wal", "-shm", "-journal"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
