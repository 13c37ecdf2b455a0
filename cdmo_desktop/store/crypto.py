"""Encryption at rest: the passphrase of an encrypted database and its connections.

An encrypted database is an SQLCipher 4 file (the `sqlcipher3` module of the
`sqlcipher3-wheels` package): every page, the WAL and every backup are encrypted with a key
derived from the passphrase. A plain database never loads SQLCipher: `engine.connect`
asks `key_for(path)` and only a registered passphrase sends it here.

The one way a passphrase reaches the store is `unlock(path, passphrase)` (after `verify`
has proved it opens the file). From then on every connection to that file, and to its
backups in the backups folder beside it, starts with `PRAGMA key`. `forget` drops it.

Connections to an encrypted file are wrapped so that they raise the stdlib `sqlite3`
exceptions (OperationalError for "database is locked" or "database or disk is full",
DatabaseError for "file is not a database"): code that catches `sqlite3.Error`, and
SQLAlchemy (whose sqlite dialect wraps only its own DB-API's exceptions), treat an
encrypted database exactly like a plain one.

`export_copy` writes a re-keyed copy with `sqlcipher_export` (store/encryption.py converts
a database in place with it). This module imports no other store module but the errors.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store.errors import NotADatabaseError, StoreError

PASSPHRASE_ENV = "CDMO_DESKTOP_PASSPHRASE"
SQLITE_MAGIC = b"SQLite format 3\x00"
KDF_ITERATIONS = 256_000  # SQLCipher 4's default, the files this app writes
SALT_BYTES = 16
# An SQLCipher file is a whole number of pages; its page size is a power of two >= 512.
_MIN_PAGE = 512
_SAMPLE = 1024
_MIN_DISTINCT = 160  # of 256 byte values in the first KiB (random: 251 on average)


class EncryptedError(NotADatabaseError):
    """The file may be an encrypted database: it opens only with its passphrase."""


class WrongPassphraseError(EncryptedError):
    """The passphrase given does not open the file (or the file is not a database)."""


class Passphrase:
    """A passphrase that does not show itself in a repr, a log line or a traceback."""

    __slots__ = ("_raw", "_secret")

    def __init__(self, secret: str) -> None:
        if not secret:
            raise ValueError("a passphrase cannot be empty")
        self._secret = secret
        self._raw: dict[bytes, str] = {}  # database salt -> `PRAGMA key` with the raw key

    def reveal(self) -> str:
        return self._secret

    def pragma(self) -> str:
        """The `PRAGMA key` statement (the passphrase as an SQL string literal)."""
        return "PRAGMA key = '" + self._secret.replace("'", "''") + "'"

    def pragma_for(self, salt: bytes | None) -> str:
        """`PRAGMA key` for a database whose salt (its first 16 bytes) is `salt`: the raw
        key, derived once per salt as SQLCipher 4 derives it (PBKDF2-HMAC-SHA512, 256000
        iterations, 32 bytes), so each further connection skips the key derivation (about
        0.2-0.4 s each). A new file (no salt yet: a backup, a copy) takes the salt of a
        database already opened with this passphrase, so its copy costs no derivation
        either (each page still gets its own random IV); else the passphrase itself."""
        if salt is None:
            salt = next(iter(self._raw), None)
            if salt is None:
                return self.pragma()
        raw = self._raw.get(salt)
        if raw is None:
            import hashlib

            derived = hashlib.pbkdf2_hmac(
                "sha512", self._secret.encode("utf-8"), salt, KDF_ITERATIONS, 32
            )
            raw = f"PRAGMA key = \"x'{derived.hex()}{salt.hex()}'\""
            self._raw[salt] = raw
        return raw

    def __repr__(self) -> str:
        return "Passphrase(<hidden>)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Passphrase) and other._secret == self._secret

    def __hash__(self) -> int:
        return hash(self._secret)


_KEYS: dict[Path, Passphrase] = {}
_KEYS_LOCK = threading.Lock()


def _resolved(path: Path) -> Path:
    return Path(path).expanduser().resolve()


def unlock(path: Path, passphrase: Passphrase) -> None:
    """Every connection to `path` (and its backups beside it) from now on uses `passphrase`."""
    with _KEYS_LOCK:
        _KEYS[_resolved(path)] = passphrase


def forget(path: Path | None = None) -> None:
    """Drop the passphrase of `path` (of every file when None)."""
    with _KEYS_LOCK:
        if path is None:
            _KEYS.clear()
        else:
            _KEYS.pop(_resolved(path), None)


def key_for(path: Path) -> Passphrase | None:
    """The passphrase registered for `path`, or for the database whose backups folder
    holds it; None for a plain database (the usual case: one dict look-up)."""
    if not _KEYS:
        return None
    path = _resolved(path)
    with _KEYS_LOCK:
        key = _KEYS.get(path)
        if key is not None:
            return key
        from cdmo_desktop.store.paths import backup_dir

        for db, passphrase in _KEYS.items():
            if path.parent == backup_dir(db) and path.name.startswith(db.stem + "-"):
                return passphrase
    return None


def looks_encrypted(path: Path) -> bool:
    """True when `path` could be an SQLCipher file: no SQLite header, a whole number of
    pages, and a first page of random-looking bytes (its salt and ciphertext: 1 KiB of them
    holds ~250 distinct byte values, text or zeros far fewer). Without the passphrase an
    encrypted file and random bytes still look the same."""
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as fh:
            head = fh.read(_SAMPLE)
    except OSError:
        return False
    return (
        size >= _MIN_PAGE
        and size % _MIN_PAGE == 0
        and not head.startswith(SQLITE_MAGIC)
        and len(set(head)) >= _MIN_DISTINCT
    )


def is_plain_file(path: Path) -> bool:
    """True when `path` starts with the plain SQLite header (False when it is missing)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _module() -> Any:
    import sqlcipher3

    # SQLCipher writes "hmac check failed" lines to stderr on every wrong key: the app
    # reports a wrong passphrase in its own words.
    if not getattr(_module, "quiet", False):
        probe = sqlcipher3.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE")
        finally:
            probe.close()
        _module.quiet = True  # type: ignore[attr-defined]
    return sqlcipher3


def _translate(exc: BaseException) -> sqlite3.Error:
    """The stdlib exception for an SQLCipher one (same class name, message and codes)."""
    cls = getattr(sqlite3, type(exc).__name__, None)
    if not (isinstance(cls, type) and issubclass(cls, sqlite3.Error)):
        cls = sqlite3.DatabaseError
    new = cls(*exc.args)
    new.sqlite_errorcode = int(getattr(exc, "sqlite_errorcode", 0) or 0)
    new.sqlite_errorname = str(getattr(exc, "sqlite_errorname", "") or "")
    return new


class _Cursor:
    """An SQLCipher cursor raising stdlib sqlite3 exceptions."""

    __slots__ = ("_cursor", "_error")

    def __init__(self, cursor: Any, error: type[BaseException]) -> None:
        self._cursor = cursor
        self._error = error

    def execute(self, sql: str, parameters: Any = ()) -> _Cursor:
        try:
            self._cursor.execute(sql, parameters)
        except self._error as exc:
            raise _translate(exc) from None
        return self

    def executemany(self, sql: str, seq: Any) -> _Cursor:
        try:
            self._cursor.executemany(sql, seq)
        except self._error as exc:
            raise _translate(exc) from None
        return self

    def executescript(self, script: str) -> _Cursor:
        try:
            self._cursor.executescript(script)
        except self._error as exc:
            raise _translate(exc) from None
        return self

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except self._error as exc:
            raise _translate(exc) from None

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            if size is None:
                return cast(list[Any], self._cursor.fetchmany())
            return cast(list[Any], self._cursor.fetchmany(size))
        except self._error as exc:
            raise _translate(exc) from None

    def fetchall(self) -> list[Any]:
        try:
            return cast(list[Any], self._cursor.fetchall())
        except self._error as exc:
            raise _translate(exc) from None

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        try:
            return next(self._cursor)
        except self._error as exc:
            raise _translate(exc) from None

    def close(self) -> None:
        self._cursor.close()

    def __getattr__(self, name: str) -> Any:  # description, rowcount, lastrowid, ...
        return getattr(self._cursor, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _Cursor.__slots__:
            object.__setattr__(self, name, value)
        else:
            setattr(self._cursor, name, value)


class EncryptedConnection:
    """An SQLCipher connection keyed with the passphrase, raising stdlib sqlite3
    exceptions; everything else is passed through."""

    __slots__ = ("_connection", "_error")

    def __init__(self, connection: Any, error: type[BaseException]) -> None:
        self._connection = connection
        self._error = error

    @property
    def raw(self) -> Any:
        return self._connection

    def cursor(self) -> _Cursor:
        return _Cursor(self._connection.cursor(), self._error)

    def execute(self, sql: str, parameters: Any = ()) -> _Cursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, seq: Any) -> _Cursor:
        return self.cursor().executemany(sql, seq)

    def executescript(self, script: str) -> _Cursor:
        return self.cursor().executescript(script)

    def commit(self) -> None:
        try:
            self._connection.commit()
        except self._error as exc:
            raise _translate(exc) from None

    def rollback(self) -> None:
        try:
            self._connection.rollback()
        except self._error as exc:
            raise _translate(exc) from None

    def close(self) -> None:
        self._connection.close()

    def backup(self, target: Any, **kwargs: Any) -> None:
        """The SQLite backup API into another encrypted connection (same passphrase)."""
        if not isinstance(target, EncryptedConnection):
            raise sqlite3.NotSupportedError(
                msg(QT_TRANSLATE_NOOP("messages", "an encrypted database backs up only into one"))
            )
        try:
            self._connection.backup(target.raw, **kwargs)
        except self._error as exc:
            raise _translate(exc) from None

    def __enter__(self) -> EncryptedConnection:
        self._connection.__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> Any:
        try:
            return self._connection.__exit__(*exc_info)
        except self._error as exc:
            raise _translate(exc) from None

    def __getattr__(self, name: str) -> Any:  # in_transaction, total_changes, ...
        return getattr(self._connection, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in EncryptedConnection.__slots__:
            object.__setattr__(self, name, value)
        else:
            setattr(self._connection, name, value)  # isolation_level


def file_uri(path: Path, query: str) -> str:
    """An SQLite URI for `path` (percent-encoded, so '#', '?' and spaces are safe)."""
    return Path(path).resolve().as_uri() + "?" + query


def _salt(path: Path) -> bytes | None:
    """The salt of the SQLCipher file `path` (its first bytes), None for a new file."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == SQLITE_MAGIC:
        return None
    return head


def connect_encrypted(
    path: Path, uri: str, passphrase: Passphrase, *, timeout: float, **kwargs: Any
) -> sqlite3.Connection:
    """An SQLCipher connection on `uri` (the file `path`) keyed with `passphrase` (PRAGMA
    key comes first, before anything reads the file). Typed as sqlite3.Connection: it
    behaves as one."""
    module = _module()
    try:
        raw = module.connect(uri, uri=True, timeout=timeout, **kwargs)
    except module.Error as exc:
        raise _translate(exc) from None
    try:
        raw.execute(passphrase.pragma_for(_salt(path)))
    except module.Error as exc:
        raw.close()
        raise _translate(exc) from None
    except BaseException:
        raw.close()
        raise
    return cast(sqlite3.Connection, EncryptedConnection(raw, module.Error))


def verify(path: Path, passphrase: Passphrase) -> None:
    """Raise WrongPassphraseError unless `passphrase` opens `path` (read-only: nothing is
    written or created beside the file)."""
    wal = Path(path).with_name(Path(path).name + "-wal")
    query = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "mode=ro&immutable=1"
    try:
        conn = connect_encrypted(path, file_uri(path, query), passphrase, timeout=10.0)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB" or "not a database" in str(exc):
            raise WrongPassphraseError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "cannot be opened: the passphrase is wrong (or the file is not a database)",
                    )
                ),
                path,
            ) from None
        raise StoreError(
            msg(QT_TRANSLATE_NOOP("messages", "cannot be opened ({exc})"), exc=exc), path
        ) from None


def passphrase_from_env() -> Passphrase | None:
    secret = os.environ.get(PASSPHRASE_ENV, "")
    return Passphrase(secret) if secret else None


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def export_copy(
    source: Path, target: Path, *, source_key: Passphrase | None, target_key: Passphrase | None
) -> None:
    """Write a new file `target` holding `source`'s database re-keyed: encrypted with
    `target_key`, or plain when it is None (sqlcipher_export, then checked and fsynced).
    `source` is only read. Raises StoreError; on failure `target` is removed."""
    module = _module()
    target = Path(target)
    for side in ("-journal", "-wal", "-shm"):
        target.with_name(target.name + side).unlink(missing_ok=True)
    if target.exists() and target.stat().st_size:  # an empty file (files.atomic_path) is kept
        target.unlink()
    try:
        src = module.connect(file_uri(source, "mode=ro"), uri=True, isolation_level=None)
        try:
            if source_key is not None:
                src.execute(source_key.pragma())
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            attach_key = (
                "''" if target_key is None else ("'" + target_key.reveal().replace("'", "''") + "'")
            )
            src.execute(
                f"ATTACH DATABASE ? AS converted KEY {attach_key}", (file_uri(target, "mode=rwc"),)
            )
            src.execute("BEGIN")
            src.execute("SELECT sqlcipher_export('converted')")
            version = src.execute("PRAGMA main.user_version").fetchone()[0]
            src.execute(f"PRAGMA converted.user_version = {int(version)}")
            src.execute("COMMIT")
            src.execute("DETACH DATABASE converted")
        finally:
            src.close()
        check = module.connect(file_uri(target, "mode=rw"), uri=True, isolation_level=None)
        try:
            if target_key is not None:
                check.execute(target_key.pragma())
            check.execute("PRAGMA journal_mode=DELETE")
            rows = check.execute("PRAGMA integrity_check(5)").fetchall()
        finally:
            check.close()
        if [r[0] for r in rows] != ["ok"]:
            raise StoreError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "could not be converted: the copy failed its check ({value})"
                    ),
                    value=rows[0][0],
                ),
                source,
            )
        _sync(target)
    except module.Error as exc:
        target.unlink(missing_ok=True)
        text = str(_translate(exc))
        if "not a database" in text:
            raise WrongPassphraseError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "cannot be opened: the passphrase is wrong (or the file is not a database)",
                    )
                ),
                source,
            ) from None
        raise StoreError(
            msg(QT_TRANSLATE_NOOP("messages", "could not be converted ({text})"), text=text), source
        ) from None
    except BaseException:
        target.unlink(missing_ok=True)
        raise
