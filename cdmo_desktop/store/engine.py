"""SQLite engine with the PRAGMAs every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

BUSY_TIMEOUT_S = 10.0


def _set_pragmas(dbapi_connection: Any, _record: Any, *, foreign_keys: bool) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    finally:
        cursor.close()


def make_engine(path: Path, *, foreign_keys: bool = True, pooled: bool = True) -> sa.Engine:
    """An engine on `path`: WAL, synchronous=FULL, foreign keys on (off only for migrations)."""
    kwargs: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_S}}
    if not pooled:
        kwargs["poolclass"] = sa.pool.NullPool
    engine = sa.create_engine(f"sqlite:///{path}", **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        _set_pragmas(dbapi_connection, record, foreign_keys=foreign_keys)

    return engine
