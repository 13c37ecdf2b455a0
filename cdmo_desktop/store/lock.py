"""One running instance per database file: an OS lock on `<db>.lock` beside it.

The OS releases the lock when the process dies, so a crash never leaves a stale lock."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from cdmo_desktop.store.errors import DatabaseLockedError


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(Path(db_path).resolve()) + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held while running)
        try:
            _lock(fh)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise DatabaseLockedError(
                f"is already open in another Partnership Desk window ({holder}); "
                "close that window first"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            _unlock(self._fh)
        finally:
            self._fh.close()
            self._fh = None
            self.path.unlink(missing_ok=True)

    @property
    def held(self) -> bool:
        return self._fh is not None


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
