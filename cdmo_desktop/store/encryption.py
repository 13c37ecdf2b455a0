"""Encrypting and decrypting a database in place: an atomic conversion through a copy.

The copy is written beside the file by `crypto.export_copy` (sqlcipher_export), checked,
fsynced and renamed over it, after a backup, while this process holds the instance lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store.backup import STAMP_FORMAT, backup_database, list_backups, rotate
from cdmo_desktop.store.crypto import (
    Passphrase,
    export_copy,
    forget,
    key_for,
    looks_encrypted,
    unlock,
    verify,
)
from cdmo_desktop.store.engine import connect
from cdmo_desktop.store.errors import StoreError
from cdmo_desktop.store.files import atomic_path, private_dir
from cdmo_desktop.store.lock import InstanceLock
from cdmo_desktop.store.paths import backup_dir
from cdmo_desktop.store.probe import probe_revision


def encrypt_database(path: Path, passphrase: Passphrase) -> Path:
    """Encrypt the plain database at `path` with `passphrase`, in place and atomically.

    An encrypted copy is written beside it (`.part`), checked, fsynced and renamed over the
    file; the "pre-encrypt" backup taken first is encrypted too. Refused while another
    window holds the file. Returns the backup's path. Earlier backups stay as they were
    (plain): `plain_backups` lists them."""
    return _rekey(path, old=None, new=passphrase, reason="pre-encrypt")


def decrypt_database(path: Path, passphrase: Passphrase) -> Path:
    """Remove the encryption of `path` (whose passphrase is `passphrase`), atomically."""
    return _rekey(path, old=passphrase, new=None, reason="pre-decrypt")


def plain_backups(path: Path) -> list[Path]:
    """Backups beside the encrypted database `path` that are not encrypted."""
    return [b.path for b in list_backups(path) if not looks_encrypted(b.path)]


@contextmanager
def _registered(path: Path, key: Passphrase | None) -> Iterator[None]:
    """`key` registered for `path` (none when None) for the block, then as before."""
    previous = key_for(path)
    if key is None:
        forget(path)
    else:
        unlock(path, key)
    try:
        yield
    finally:
        if previous is None:
            forget(path)
        else:
            unlock(path, previous)


def _rekey(path: Path, *, old: Passphrase | None, new: Passphrase | None, reason: str) -> Path:
    path = Path(path).expanduser().absolute()
    encrypted = looks_encrypted(path)
    if old is None and encrypted:
        raise StoreError(msg(QT_TRANSLATE_NOOP("messages", "is already encrypted")), path)
    if old is not None and not encrypted:
        raise StoreError(msg(QT_TRANSLATE_NOOP("messages", "is not encrypted")), path)
    lock = InstanceLock(path)
    lock.acquire()  # never convert a database that is open in a window
    try:
        with _registered(path, old):
            if old is not None:
                verify(path, old)
            probe_revision(path, full=True)  # a foreign or newer schema is refused there
            conn = connect(path, "rw")
            try:  # fold the WAL into the file: the copy reads the file alone
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error as exc:
                raise StoreError(
                    msg(QT_TRANSLATE_NOOP("messages", "could not be converted ({exc})"), exc=exc),
                    path,
                ) from None
            finally:
                conn.close()
            # The safety copy is never plainer than the result: encrypted with the new
            # passphrase when encrypting, a backup of the encrypted file when decrypting.
            backup = (
                backup_database(path, reason=reason)
                if old
                else _encrypted_backup(path, new, reason)
            )
        with atomic_path(path) as part:  # owner-only, fsynced, renamed over the database
            try:
                export_copy(path, part, source_key=old, target_key=new)
                if new is not None:
                    verify(part, new)
            finally:
                _remove_sides(part)
            for side in ("-wal", "-shm", "-journal"):
                path.with_name(path.name + side).unlink(missing_ok=True)
        if new is None:
            forget(path)
        else:
            unlock(path, new)
        return backup
    finally:
        lock.release()


def _remove_sides(part: Path) -> None:
    for side in ("-journal", "-wal", "-shm"):
        part.with_name(part.name + side).unlink(missing_ok=True)


def _encrypted_backup(path: Path, key: Passphrase | None, reason: str) -> Path:
    """A backup of the plain `path` in its backups folder, encrypted with `key`
    (the backup API copies pages as they are; sqlcipher_export re-keys)."""
    folder = private_dir(backup_dir(path))
    target = folder / f"{path.stem}-{datetime.now(UTC).strftime(STAMP_FORMAT)}-{reason}.sqlite"
    with atomic_path(target) as part:
        try:
            export_copy(path, part, source_key=None, target_key=key)
        finally:
            _remove_sides(part)
    rotate(folder, path.stem)
    return target
