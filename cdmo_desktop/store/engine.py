"""Engines: an SQLite file with the PRAGMAs every connection needs (and read-only probing),
or a team server (PostgreSQL, `make_server_engine`).

SQLAlchemy is imported inside `make_engine`: the read-only probe (stdlib sqlite3) runs
before the window's first paint, and the ORM stack loads only after it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdmo_desktop.store import crypto
from cdmo_desktop.store.crypto import file_uri

if TYPE_CHECKING:
    import sqlalchemy as sa

    from cdmo_desktop.store.crypto import Passphrase
    from cdmo_desktop.store.location import ServerURL

BUSY_TIMEOUT_S = 10.0


def _set_pragmas(dbapi_connection: Any, *, foreign_keys: bool) -> None:
    # Real transactions: the driver's legacy mode would run DDL and reads outside any
    # transaction, so a migration could stop half-way and a session would not read one
    # consistent snapshot. BEGIN is emitted in the "begin" handler below instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        # Per connection, and a no-op inside a transaction: set it before any BEGIN.
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    finally:
        cursor.close()


def make_engine(
    path: Path,
    *,
    foreign_keys: bool = True,
    pooled: bool = True,
    read_only: bool = False,
    key: Passphrase | None = None,
) -> sa.Engine:
    """An engine on `path`: WAL, synchronous=FULL, foreign keys on (off only for migrations).
    `read_only`: immutable connections that can write nothing, not even beside the file.

    Connections come from `connect` (the file exactly as named: a '?', '#' or '%' in the
    path is part of the file name, not a URL's query). An encrypted file's connections
    (crypto.py) raise the stdlib sqlite3 exceptions, so this dialect wraps them as usual."""
    import sqlalchemy as sa
    from sqlalchemy import event

    path = Path(path)
    # A plain "sqlite://" URL would mean an in-memory database and its one-connection
    # pool: name the file pool (or none) explicitly. A pooled connection moves between
    # threads (workers read off the GUI thread), one at a time, as SQLAlchemy's own file
    # URLs allow with check_same_thread off.
    engine = sa.create_engine(
        "sqlite://",
        creator=lambda: connect(
            path, "ro-immutable" if read_only else "rwc", check_same_thread=False, key=key
        ),
        poolclass=sa.pool.QueuePool if pooled else sa.pool.NullPool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if read_only:
            dbapi_connection.isolation_level = None
        else:
            _set_pragmas(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def connect(
    path: Path,
    mode: str = "rw",
    *,
    timeout: float = BUSY_TIMEOUT_S,
    key: Passphrase | None = None,
    **kwargs: Any,
) -> sqlite3.Connection:
    """The one way the product opens an SQLite file: through a percent-encoded URI, so
    the file opened is exactly the one named. `mode` is SQLite's: "ro", "rw" (the file
    must exist) or "rwc" (created when missing); "ro-immutable" reads a file that nothing
    may change while it is open, without any lock and without creating anything beside it.

    An encrypted database (its passphrase is `key`, else the one registered with
    `crypto.unlock`; a file with the plain SQLite header, such as a backup taken before the
    database was encrypted, stays plain) is opened through SQLCipher with `PRAGMA key`
    first; the connection raises the same sqlite3 exceptions as a plain one."""
    query = "mode=ro&immutable=1" if mode == "ro-immutable" else f"mode={mode}"
    if key is None:
        key = crypto.key_for(path)
    if key is not None and not crypto.is_plain_file(path):
        return crypto.connect_encrypted(path, file_uri(path, query), key, timeout=timeout, **kwargs)
    return sqlite3.connect(file_uri(path, query), uri=True, timeout=timeout, **kwargs)


def connect_readonly(path: Path, *, key: Passphrase | None = None) -> sqlite3.Connection:
    """A connection that can neither write `path` nor create anything beside it.

    Without a `-wal` file the database is opened immutable (no -wal/-shm appear, no lock is
    taken); with one (the file is open elsewhere, or a crash left it) it is opened read-only
    so the committed frames in the WAL are seen."""
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    mode = "ro" if wal.exists() and wal.stat().st_size > 0 else "ro-immutable"
    return connect(path, mode, key=key)


def application_name() -> str:
    """How a client names itself on a team server (pg_stat_activity.application_name):
    `server upgrade` reads the app and schema versions of the connected clients from it."""
    from cdmo_desktop import __version__
    from cdmo_desktop.store.revisions import HEAD_REVISION

    return f"cdmo-desktop {__version__} schema {HEAD_REVISION}"


SERVER_CONNECT_TIMEOUT_S = 10


def make_server_engine(
    url: ServerURL, *, password: str | None = None, read_only: bool = False, pooled: bool = True
) -> sa.Engine:
    """An engine on a team server (PostgreSQL through psycopg 3).

    The password is `password`, else one written in the URL, else the keychain's for this
    server and user, else none (libpq then looks in PGPASSWORD, ~/.pgpass and the service
    file). Connections give up after SERVER_CONNECT_TIMEOUT_S unless the URL says otherwise,
    check themselves before use (a server restart or a dropped network is noticed on the
    next action, not as a failure in the middle of it) and, with `read_only`, run every
    transaction read-only on the server side."""
    import sqlalchemy as sa

    if password is None and url.password is None:
        from cdmo_desktop.store import keys

        password = keys.server_password(url.key)
    connect_args: dict[str, Any] = {"application_name": application_name()}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = SERVER_CONNECT_TIMEOUT_S
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    return sa.create_engine(
        url.sqlalchemy_url(password),
        connect_args=connect_args,
        pool_pre_ping=True,
        poolclass=sa.pool.QueuePool if pooled else sa.pool.NullPool,
    )
