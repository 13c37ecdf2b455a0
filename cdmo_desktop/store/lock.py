"""One running instance per database file: an OS lock on `<db>.lock` beside it.

The OS releases the lock when the process dies, so a crash never leaves a stale lock. The
lock file is removed while still locked, and a process that locked a file which has since
been removed tries again, so two processes can never both believe they hold it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store.errors import DatabaseLockedError, StoreError

_ATTEMPTS = 5


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = Path(str(self.db_path.resolve()) + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError naming the holder."""
        if self._fh is not None:
            return
        for _ in range(_ATTEMPTS):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held while open)
            except OSError as exc:
                raise StoreError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "cannot be opened for writing: {parent} is not writable ({value})",
                        ),
                        parent=self.path.parent,
                        value=exc.strerror or exc,
                    ),
                    self.db_path,
                ) from exc
            try:
                _lock(fh)
            except OSError:
                holder = _read_holder(fh)
                fh.close()
                raise self._refusal(holder) from None
            if _same_file(fh, self.path):
                break
            _unlock(fh)  # the holder removed the file between our open and our lock
            fh.close()
        else:
            raise DatabaseLockedError(
                msg(QT_TRANSLATE_NOOP("messages", "is being opened and closed by another window")),
                self.db_path,
            )
        _write_holder(fh)
        self._fh = fh

    def _refusal(self, holder: str) -> DatabaseLockedError:
        if holder == f"pid {os.getpid()}":
            return DatabaseLockedError("is already open in this window", self.db_path)
        who = f" (process {holder.removeprefix('pid ')})" if holder.startswith("pid ") else ""
        return DatabaseLockedError(
            f"is already open in another Partnership Desk window{who}; "
            "close it there first, or open a different file",
            self.db_path,
        )

    def release(self) -> None:
        if self._fh is None:
            return
        fh, self._fh = self._fh, None
        if sys.platform == "win32":  # an open file cannot be removed there
            try:
                _unlock(fh)
            finally:
                fh.close()
            with contextlib.suppress(OSError):  # another process has it open: harmless
                self.path.unlink(missing_ok=True)
            return
        try:
            self.path.unlink(missing_ok=True)  # while still locked: see the module docstring
            _unlock(fh)
        finally:
            fh.close()

    @property
    def held(self) -> bool:
        return self._fh is not None


def _write_holder(fh: IO[str]) -> None:
    """Write who holds the lock, for the refusal another window shows. Best effort: on a
    full disk the lock is held all the same (a lock on an open file needs no space)."""
    fd = fh.fileno()
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"pid {os.getpid()}".encode())
    except OSError:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)


def _read_holder(fh: IO[str]) -> str:
    try:
        fh.seek(0)
        return fh.read(100).strip()
    except OSError:  # Windows refuses to read a locked region
        return ""


def _same_file(fh: IO[str], path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fh.fileno())
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


if sys.platform == "win32":
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
