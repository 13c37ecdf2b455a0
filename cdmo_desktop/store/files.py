"""Every file the app writes for its user: owner-only modes and the one atomic write.

A file is written to a temporary file beside it (created owner-only, exclusively), flushed
and fsynced, renamed over the target, and the folder is fsynced; on any error the
temporary file is removed and the target is left exactly as it was. Everything the app
creates is private to its owner on POSIX: files 0600, folders 0700 (the database, its
-wal/-shm, backups, the log, the settings and every export).

Temporary files are named `.<target name>.<random>.part`; while one is being written this
process remembers it and (on POSIX) holds a `flock` on it, so `remove_stale_parts` can tell
a file left by a killed process from one still being written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg

FILE_MODE = 0o600
DIR_MODE = 0o700
PRIVATE_UMASK = 0o077
PART_SUFFIX = ".part"
SIDECARS = ("-journal", "-wal", "-shm")
POSIX = os.name == "posix"

_active: set[str] = set()  # temporary files this process is writing
_active_lock = threading.Lock()


def private_umask() -> None:
    """Files and folders created from now on by this process (SQLite's, Qt's, the log's)
    are owner-only: for the entry points (window and command line)."""
    if POSIX:
        os.umask(PRIVATE_UMASK)


def make_private(path: Path | str) -> None:
    """Take group and others' permissions off an existing file or folder (POSIX); the
    owner's stay as they are (a read-only file stays read-only). A file of another owner,
    which chmod refuses, is left as it is; an owner-only one is not touched."""
    if not POSIX:
        return
    with contextlib.suppress(FileNotFoundError, PermissionError):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & PRIVATE_UMASK:
            os.chmod(path, mode & ~PRIVATE_UMASK)


def make_private_database(path: Path | str) -> None:
    """0600 on a database and whichever of its -wal, -shm and -journal exist."""
    path = Path(path)
    for side in ("", *SIDECARS):
        make_private(path.with_name(path.name + side))


def private_dir(path: Path | str) -> Path:
    """Create the folder (and its parents) if needed; the folder itself is made 0700. For
    folders the app owns (backups/, the log, the settings and the app data folders)."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    make_private(folder)
    return folder


def _fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows cannot open a folder)."""
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flock(fd: int) -> None:
    if POSIX:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _named(exc: OSError, path: Path) -> OSError:
    """The same error naming the file the user asked for, not the temporary one."""
    return type(exc)(exc.errno, exc.strerror, str(path))


def _remove_part(part: Path) -> None:
    for side in ("", *SIDECARS):
        with contextlib.suppress(OSError):
            part.with_name(part.name + side).unlink(missing_ok=True)


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield the path of a new empty owner-only temporary file beside `path`, for a writer
    that needs a file name (reportlab, matplotlib, openpyxl, SQLite); when the block ends
    without error it is fsynced and renamed over `path` (atomically) and the folder is
    fsynced. On any error the temporary file is removed and `path` is untouched."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    part = folder / f".{target.name}.{secrets.token_hex(6)}{PART_SUFFIX}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(part, flags, FILE_MODE)
    except OSError as exc:
        raise _named(exc, target) from None
    with _active_lock:
        _active.add(str(part))
    held = [fd]

    def close() -> None:
        if held:
            os.close(held.pop())

    try:
        _flock(fd)
        yield part
        os.fsync(fd)
        if not POSIX:
            close()  # Windows neither renames nor removes an open file
        os.replace(part, target)
        _fsync_dir(folder)
    except OSError as exc:
        if not POSIX:
            close()
        _remove_part(part)
        if exc.filename is not None and str(part) in str(exc.filename):
            raise _named(exc, target) from exc  # the file asked for, not the temporary one
        raise
    except BaseException:
        if not POSIX:
            close()
        _remove_part(part)
        raise
    finally:
        close()  # POSIX: the flock is held until the file has its name
        with _active_lock:
            _active.discard(str(part))


@contextmanager
def atomic_write(
    path: Path | str, mode: str = "wb", *, encoding: str | None = None, newline: str | None = None
) -> Iterator[IO[Any]]:
    """A file object to write `path` through `atomic_path` ("wb" or "w")."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write writes a new file: mode 'w' or 'wb', not {mode!r}")
    if mode == "w" and encoding is None:
        encoding = "utf-8"
    with atomic_path(path) as part, open(part, mode, encoding=encoding, newline=newline) as fh:
        yield fh
        fh.flush()


def write_bytes_atomic(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path` atomically (owner-only); returns the path."""
    with atomic_write(path, "wb") as fh:
        fh.write(data)
    return Path(path)


def write_text_atomic(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    with atomic_write(path, "w", encoding=encoding) as fh:
        fh.write(text)
    return Path(path)


def is_part(path: Path) -> bool:
    """A temporary file of an atomic write or a backup (or one of SQLite's files beside it)."""
    name = path.name
    for side in SIDECARS:
        name = name.removesuffix(side)
    return name.endswith(PART_SUFFIX)


def _part_in_use(part: Path) -> bool:
    """Being written, by this process or (POSIX: it holds the flock) another one."""
    with _active_lock:
        if str(part) in _active:
            return True
    if not POSIX:
        return False
    try:
        fd = os.open(part, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: leave it
    try:
        _flock(fd)
    except OSError:
        return True
    finally:
        os.close(fd)  # a flock, unlike SQLite's fcntl locks, is dropped with this fd only
    return False


def remove_stale_parts(folder: Path | str, prefix: str = "") -> list[Path]:
    """Remove the temporary files (and their SQLite -journal/-wal/-shm) that a killed
    write or backup left in `folder`, whose names start with `prefix`; never one that is
    being written. Returns what was removed; a file that cannot be removed stays."""
    folder = Path(folder)
    try:
        names = sorted(p for p in folder.iterdir() if p.name.startswith(prefix) and is_part(p))
    except OSError:
        return []
    removed = []
    for path in names:
        base = path
        for side in SIDECARS:
            if path.name.endswith(side):
                base = path.with_name(path.name.removesuffix(side))
        if _part_in_use(base):
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue
        removed.append(path)
    return removed


# --- what a failed read or write means for the user ---------------------------------------
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26

DISK_FULL = msg(
    QT_TRANSLATE_NOOP(
        "messages",
        "The disk is full: free some space, then try again. Your last saved change is safe.",
    )
)
READ_ONLY = msg(
    QT_TRANSLATE_NOOP(
        "messages",
        "The disk is read-only (it may have been switched to read-only "
        "after an error): nothing could be written. Check the disk, "
        "then try again; your last saved change is safe.",
    )
)
IO_ERROR = msg(
    QT_TRANSLATE_NOOP(
        "messages",
        "An input/output error occurred on the disk: nothing more "
        "could be written. Check the disk (or copy the database "
        "elsewhere), then try again; your last saved change is safe.",
    )
)
LOCKED = msg(
    QT_TRANSLATE_NOOP(
        "messages",
        "The database is locked by another program: close that program "
        "(or wait for it to finish), then try again. Nothing was "
        "written.",
    )
)
NO_PERMISSION = msg(
    QT_TRANSLATE_NOOP(
        "messages", "Permission denied: you may not write there. Choose another folder or file."
    )
)
DAMAGED = msg(
    QT_TRANSLATE_NOOP(
        "messages",
        "The database file is damaged: nothing was written. Restore a "
        "backup (File > Restore) or run 'cdmo-desktop check'.",
    )
)
CANNOT_OPEN = msg(
    QT_TRANSLATE_NOOP(
        "messages",
        "The database file cannot be opened: it was moved, deleted or is not accessible.",
    )
)

_ERRNO = {
    errno.ENOSPC: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EIO: IO_ERROR,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
}
if hasattr(errno, "EDQUOT"):
    _ERRNO[errno.EDQUOT] = DISK_FULL
_SQLITE = {
    SQLITE_FULL: DISK_FULL,
    SQLITE_READONLY: READ_ONLY,
    SQLITE_IOERR: IO_ERROR,
    SQLITE_BUSY: LOCKED,
    SQLITE_LOCKED: LOCKED,
    SQLITE_CORRUPT: DAMAGED,
    SQLITE_NOTADB: DAMAGED,
    SQLITE_CANTOPEN: CANNOT_OPEN,
}
# Messages of sqlite3 errors, for drivers that give no error code.
_SQLITE_TEXT = (
    ("database or disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("disk i/o error", IO_ERROR),
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("malformed", DAMAGED),
    ("file is not a database", DAMAGED),
)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [getattr(item, "orig", None), item.__cause__, item.__context__]


def fault_sentence(exc: BaseException, path: Path | str | None = None) -> str | None:
    """What a failed disk or database operation means and what to do, as one or two plain
    sentences (never SQL, parameters or record contents); None when `exc` is no disk or
    database fault. With the `path` written, an I/O error on a full disk is said to be
    a full disk: SQLite reports its -shm file that cannot grow as "disk I/O error"."""
    sentence = _sentence(exc)
    if sentence == IO_ERROR and path is not None and _disk_full(Path(path)):
        return DISK_FULL
    return sentence


FULL_BELOW = 1 << 20  # bytes free: less is a full disk for a database and its backup


def _disk_full(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return False
    return usage.free < FULL_BELOW


def _sentence(exc: BaseException) -> str | None:
    for item in _chain(exc):
        if isinstance(item, OSError) and item.errno in _ERRNO:
            return _ERRNO[item.errno]
        if isinstance(item, sqlite3.Error):
            code = getattr(item, "sqlite_errorcode", None)
            if isinstance(code, int) and code & 0xFF in _SQLITE:
                return _SQLITE[code & 0xFF]
            text = str(item).lower()
            for needle, sentence in _SQLITE_TEXT:
                if needle in text:
                    return sentence
    return None
