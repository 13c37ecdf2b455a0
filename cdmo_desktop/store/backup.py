"""Consistent online backups with the SQLite backup API, their rotation, and restoring one.

A backup is a single self-contained file (rollback-journal mode, no -wal) named
`<db stem>-<UTC stamp>-<reason>.sqlite` in `backups/` beside the database, unless the
caller names another folder. Only the default folder is rotated.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store import crypto
from cdmo_desktop.store.engine import connect, connect_readonly
from cdmo_desktop.store.errors import StorageError, StoreError
from cdmo_desktop.store.files import atomic_path, private_dir, remove_stale_parts
from cdmo_desktop.store.paths import backup_dir

KEEP_MANUAL = 30  # backups the user asked for
KEEP_AUTOMATIC = 10  # before a migration or a restore, and the daily one
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
REASON = re.compile(r"^[a-z][a-z0-9-]*$")
STEP_PAGES = 1024  # pages copied between two progress calls (4 MB at 4 KiB pages)
Progress = Callable[[int, int], None]  # (pages copied, pages in all)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy(
    src: sqlite3.Connection,
    target: Path,
    key: crypto.Passphrase | None = None,
    progress: Progress | None = None,
) -> None:
    """Copy `src` into a new file `target` through the backup API and check the copy
    (encrypted with `key`, the source's passphrase, when the source is encrypted).
    `progress(done, total)` hears about every step of STEP_PAGES pages; an exception it
    raises stops the copy."""
    dst = connect(target, "rwc", isolation_level=None, key=key)
    try:
        if progress is None:
            src.backup(dst)
        else:
            src.backup(
                dst,
                pages=STEP_PAGES,
                progress=lambda _status, remaining, total: progress(total - remaining, total),
            )
        dst.execute("PRAGMA journal_mode=DELETE")
        result = dst.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise StoreError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "could not be backed up: the copy failed its check ({result})"
                    ),
                    result=result,
                )
            )
    finally:
        dst.close()
    _sync(target)


def _source(db_path: Path) -> sqlite3.Connection:
    """A plain read connection (not immutable): it sees what other connections commit and
    takes the usual shared locks, so the copy is one consistent snapshot. A file the user
    may not write is read through a read-only connection instead."""
    if not os.access(db_path, os.W_OK) or not os.access(db_path.parent, os.W_OK):
        return connect_readonly(db_path)
    src = connect(db_path, "rw")
    src.execute("PRAGMA query_only=ON")
    return src


def backup_database(
    db_path: Path,
    dest_dir: Path | None = None,
    reason: str = "manual",
    progress: Progress | None = None,
) -> Path:
    """Copy `db_path` through the SQLite backup API into `dest_dir` (default: backups/
    beside it). Safe while the app has the database open. Returns the new file's path.
    `progress(done, total)` follows the copy; an exception it raises (a cancel) stops it
    and no file is left."""
    db_path = Path(db_path)
    check_reason(reason)
    if not db_path.is_file():
        raise StoreError(msg(QT_TRANSLATE_NOOP("messages", "does not exist")), db_path)
    target = new_backup_path(
        db_path.stem,
        reason,
        dest_dir,
        backup_dir(db_path),
        lambda exc, folder: _fault(exc, db_path, f"cannot be backed up into {folder}"),
    )
    try:
        with atomic_path(target) as part:  # owner-only, fsynced, renamed into place
            src = _source(db_path)
            try:
                _copy(src, part, crypto.key_for(db_path), progress)
            finally:
                src.close()
    except (sqlite3.Error, OSError) as exc:
        raise _fault(
            exc, db_path, msg(QT_TRANSLATE_NOOP("messages", "could not be backed up"))
        ) from None
    if dest_dir is None:
        rotate(target.parent, db_path.stem)
    return target


def check_reason(reason: str) -> None:
    if not REASON.match(reason):
        raise ValueError(f"backup reason must be lower-case words with dashes: {reason!r}")


def new_backup_path(
    stem: str,
    reason: str,
    dest_dir: Path | None,
    default_dir: Path,
    fault: Callable[[OSError, Path], StoreError],
) -> Path:
    """The path of a new backup, `<stem>-<UTC stamp>-<reason>.sqlite`, in `dest_dir`, or in
    `default_dir` (made owner-only) when `dest_dir` is None; the folder is made if needed.
    A folder that cannot be made raises `fault(exc, folder)`. Callers rotate the default
    folder after writing (`rotate`)."""
    folder = default_dir if dest_dir is None else Path(dest_dir)
    try:
        if dest_dir is None:
            private_dir(folder)
        else:
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fault(exc, folder) from None
    return folder / f"{stem}-{datetime.now(UTC).strftime(STAMP_FORMAT)}-{reason}.sqlite"


def _fault(exc: sqlite3.Error | OSError, db_path: Path, doing: str) -> StoreError:
    """The sentence for a backup that failed: a full or read-only disk or an I/O error says
    what to do; another error gives its short reason (sqlite3 and OS texts hold no SQL)."""
    fault = StorageError.from_fault(exc, db_path, doing)
    if fault is not None:
        return fault
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return StoreError(f"{doing} ({reason})", db_path)


def remove_stale_backups(db_path: Path) -> None:
    """Remove what killed backups and restores left: partial backups in backups/ and a
    partial restore beside the database (never a file still being written)."""
    db_path = Path(db_path)
    remove_stale_parts(backup_dir(db_path))
    remove_stale_parts(db_path.parent, f".{db_path.name}.")
    remove_stale_parts(db_path.parent, f"{db_path.name}.restore")


def _parse(path: Path, stem: str) -> BackupInfo | None:
    rest = path.stem[len(stem) + 1 :]
    parts = rest.split("-", 3)
    if len(parts) < 4:
        return None
    try:
        taken = datetime.strptime("-".join(parts[:3]), STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    try:
        size = path.stat().st_size
    except FileNotFoundError:  # removed meanwhile (rotated by another window)
        return None
    return BackupInfo(path, taken, parts[3], size)


def list_backups(db_path: Path, dest_dir: Path | None = None) -> list[BackupInfo]:
    """Backups of `db_path` in `dest_dir` (default: backups/ beside it), newest first."""
    dest_dir = Path(dest_dir) if dest_dir else backup_dir(Path(db_path))
    stem = Path(db_path).stem
    if not dest_dir.is_dir():
        return []
    found = (_parse(p, stem) for p in dest_dir.glob(f"{stem}-*.sqlite"))
    return sorted((b for b in found if b), key=lambda b: b.taken_at, reverse=True)


def rotate(dest_dir: Path, stem: str) -> None:
    """Keep the newest KEEP_MANUAL manual backups and KEEP_AUTOMATIC of every other reason."""
    remove_stale_parts(dest_dir)
    backups = list_backups(Path(dest_dir) / f"{stem}.sqlite", dest_dir)
    manual = [b for b in backups if b.reason == "manual"]
    automatic = [b for b in backups if b.reason != "manual"]
    for b in manual[KEEP_MANUAL:] + automatic[KEEP_AUTOMATIC:]:
        b.path.unlink(missing_ok=True)


def _safety_copy(db_path: Path) -> Path:
    """A backup of the file about to be replaced; a byte copy when SQLite cannot read it
    (a damaged database is often the reason for restoring)."""
    try:
        return backup_database(db_path, reason="pre-restore")
    except StoreError:
        dest = private_dir(backup_dir(db_path))
        stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
        target = dest / f"{db_path.stem}-{stamp}-damaged.sqlite"
        with atomic_path(target) as part:
            shutil.copyfile(db_path, part)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            with atomic_path(target.with_name(target.name + "-wal")) as part:
                shutil.copyfile(wal, part)
        return target


def restore_backup(backup_path: Path, db_path: Path) -> Path:
    """Replace the contents of `db_path` with the backup at `backup_path`.

    The backup is checked first (a damaged, foreign or newer-schema file is refused and
    nothing changes). The current file is saved as a "pre-restore" backup, then the backup is
    copied in through the SQLite backup API and the result's integrity is checked; if that
    check fails the saved state is copied back. No Store may be open on `db_path`
    (DatabaseLockedError). Returns the safety backup's path, or `db_path` itself when there
    was no file to save. An older-schema backup is upgraded when the database is next opened.
    """
    from cdmo_desktop.store.lock import InstanceLock
    from cdmo_desktop.store.probe import probe_revision

    backup_path, db_path = Path(backup_path), Path(db_path)
    if not backup_path.is_file():
        raise StoreError(msg(QT_TRANSLATE_NOOP("messages", "does not exist")), backup_path)
    key = crypto.key_for(db_path)
    if key is not None and crypto.key_for(backup_path) is None:
        crypto.unlock(backup_path, key)  # a backup of an encrypted database, kept elsewhere
    if db_path.exists() and crypto.is_plain_file(backup_path) == crypto.looks_encrypted(db_path):
        raise StoreError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "is encrypted differently from the database (one of them is "
                    "plain): use `cdmo-desktop encrypt` or `decrypt` on the "
                    "database first",
                )
            ),
            backup_path,
        )
    revision = probe_revision(backup_path, full=True)  # a newer schema is refused there
    if revision is None:
        raise StoreError(msg(QT_TRANSLATE_NOOP("messages", "is empty, not a backup")), backup_path)
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        safety = _safety_copy(db_path) if db_path.exists() else db_path
        try:
            _copy_into(backup_path, db_path)
        except BaseException:
            if safety != db_path:
                _copy_into(safety, db_path)
            raise
        return safety
    finally:
        lock.release()


def _copy_into(source: Path, db_path: Path) -> None:
    """Overwrite `db_path` with `source` through the backup API (one transaction on the
    destination, so a crash leaves either the old or the new content). A destination SQLite
    cannot write (damaged, not a database) is replaced by a checked copy renamed into place."""
    src = connect_readonly(source)
    try:
        try:
            _backup_and_check(src, db_path)
        except sqlite3.DatabaseError:
            with atomic_path(db_path) as part:
                _backup_and_check(src, part)
                for side in ("-wal", "-shm", "-journal"):
                    db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    except (sqlite3.Error, OSError) as exc:
        raise _fault(
            exc, db_path, msg(QT_TRANSLATE_NOOP("messages", "could not be restored"))
        ) from None
    finally:
        src.close()


def _backup_and_check(src: sqlite3.Connection, db_path: Path) -> None:
    dst = connect(db_path, "rwc", isolation_level=None)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL")
        rows = dst.execute("PRAGMA integrity_check(5)").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            raise StoreError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "failed its check after the restore ({value})"),
                    value=rows[0][0],
                ),
                db_path,
            )
    finally:
        dst.close()
    _sync(db_path)
