"""Schema migrations with Alembic, run at start-up after a backup.

Alembic is imported only when the schema is behind: the revision check reads
`alembic_version` directly, so an up-to-date database opens without loading Alembic.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store.engine import make_engine
from cdmo_desktop.store.errors import NewerSchemaError, NotADatabaseError, StoreError
from cdmo_desktop.store.revisions import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    import sqlalchemy as sa


def script_location() -> str:
    return str(resources.files("cdmo_desktop.store") / "migrations")


def alembic_config(connection: object | None = None, location: str | None = None) -> Any:
    """An Alembic Config without alembic.ini: the scripts ship inside the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", location or script_location())
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def read_revision(conn: sqlite3.Connection | sa.Connection) -> str | None:
    """The schema revision of an open database, None for an empty one.

    `conn` is a stdlib sqlite3 connection (the read-only probe) or an SQLAlchemy connection
    on either backend (SQLite or PostgreSQL: there the tables of the connection's current
    schema count). Raises NotADatabaseError for a database that is not one of ours."""
    # A DB-API connection (stdlib sqlite3, or an encrypted database's SQLCipher connection)
    # has no exec_driver_sql; an SQLAlchemy connection has.
    dbapi: Any = conn if not hasattr(conn, "exec_driver_sql") else None
    if dbapi is not None:
        tables = {r[0] for r in dbapi.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        kind = "an SQLite database"
    else:
        import sqlalchemy as sa

        assert isinstance(conn, sa.Connection)
        tables = set(sa.inspect(conn).get_table_names())
        kind = "an SQLite database" if conn.dialect.name == "sqlite" else "a database"
    if "alembic_version" not in tables:
        user_tables = {t for t in tables if not t.startswith("sqlite_")}
        if user_tables:
            raise NotADatabaseError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "is {kind} of another program (no Partnership Desk schema)"
                    ),
                    kind=kind,
                )
            )
        return None
    select = "SELECT version_num FROM alembic_version"
    if dbapi is not None:
        row = dbapi.execute(select).fetchone()
    else:
        assert isinstance(conn, sa.Connection)
        row = conn.exec_driver_sql(select).fetchone()
    return row[0] if row else None


def check_revision(revision: str | None, path: Path | None = None) -> None:
    """Refuse a schema this version does not know (written by a newer version)."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "was written by a newer version of cdmo-desktop (schema "
                    "{revision}); this version knows schemas up to "
                    "{head_revision}. Update the app to open it",
                ),
                revision=revision,
                head_revision=HEAD_REVISION,
            ),
            path,
        )


def needs_upgrade(revision: str | None) -> bool:
    return revision != HEAD_REVISION


def upgrade(path: Path, *, location: str | None = None, target: str = "head") -> None:
    """Bring the SQLite database at `path` to `target` in one transaction.

    Foreign keys are OFF while the scripts run: batch mode rebuilds a table by copying it,
    dropping the original and renaming the copy, and with foreign keys on SQLite would
    cascade the drop into every child table. Before committing, `foreign_key_check` must
    come back empty; otherwise everything is rolled back and the file is as before.
    `location` points at another script directory (tests)."""
    from sqlalchemy.exc import SQLAlchemyError

    engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        upgrade_engine(engine, target, location=location)
    except StoreError as exc:
        exc.path = Path(path)
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "could not be upgraded ({reason}); nothing was changed"
                ),
                reason=reason,
            ),
            path,
        ) from exc
    finally:
        engine.dispose()


def upgrade_engine(engine: sa.Engine, target: str = "head", *, location: str | None = None) -> None:
    """Bring the database behind `engine` (SQLite or PostgreSQL) to `target` in one
    transaction; on failure nothing is changed.

    SQLite: the engine's connections must have foreign keys off (`make_engine(path,
    foreign_keys=False)`, see `upgrade`); `foreign_key_check` runs before the commit.
    PostgreSQL: DDL is transactional and every constraint stays enforced while the
    scripts run (a broken reference fails the statement that makes it). Database errors
    propagate (SQLAlchemyError); a broken-reference refusal is a StoreError."""
    with engine.connect() as conn, conn.begin():
        upgrade_connection(conn, target, location)


def upgrade_connection(
    conn: sa.Connection, target: str = "head", location: str | None = None
) -> None:
    """`upgrade_engine`'s work inside a transaction the caller holds (a team server takes its
    migration lock in the same transaction first)."""
    from alembic import command

    if conn.dialect.name == "sqlite":
        _upgrade_sqlite(conn, target, location)
    else:
        command.upgrade(alembic_config(conn, location), target)


def _upgrade_sqlite(conn: sa.Connection, target: str, location: str | None) -> None:
    from alembic import command

    if conn.exec_driver_sql("PRAGMA foreign_keys").scalar() != 0:
        raise StoreError(
            msg(QT_TRANSLATE_NOOP("messages", "cannot turn foreign keys off for the upgrade"))
        )
    command.upgrade(alembic_config(conn, location), target)
    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        tables = sorted({str(p[0]) for p in problems})
        raise StoreError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "could not be upgraded: the new schema would leave {count} "
                    "broken references (in {value}); nothing was changed",
                ),
                count=len(problems),
                value=", ".join(tables),
            )
        )


def downgrade_engine(engine: sa.Engine, target: str) -> None:
    """Run the revisions' downgrades down to `target` in one transaction (tests, and an
    administrator undoing an upgrade); SQLite engines need foreign keys off as for
    `upgrade_engine`."""
    from alembic import command

    with engine.connect() as conn, conn.begin():
        command.downgrade(alembic_config(conn), target)
