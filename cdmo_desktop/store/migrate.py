"""Schema migrations with Alembic, run at start-up after a backup.

Alembic is imported only when the schema is behind: the revision check reads
`alembic_version` directly, so an up-to-date database opens without loading Alembic.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

from cdmo_desktop.store.engine import make_engine
from cdmo_desktop.store.errors import NewerSchemaError, NotADatabaseError, StoreError

# Every revision this version knows, oldest first. A test keeps this equal to the scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_changelog_append_only")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def script_location() -> str:
    return str(resources.files("cdmo_desktop.store") / "migrations")


def alembic_config(connection: object | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", script_location())
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def read_revision(conn: sqlite3.Connection) -> str | None:
    """The schema revision of an open database, None for an empty one.

    Raises NotADatabaseError for an SQLite file that is not one of ours."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        user_tables = {t for t in tables if not t.startswith("sqlite_")}
        if user_tables:
            raise NotADatabaseError(
                "is an SQLite database of another program (no partnership desk schema)"
            )
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def check_revision(revision: str | None) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"was written by a newer version of cdmo-desktop (schema {revision}); "
            f"this version knows schemas up to {HEAD_REVISION}. Update the app to open it"
        )


def needs_upgrade(revision: str | None) -> bool:
    return revision != HEAD_REVISION


def upgrade(path: Path) -> None:
    """Bring the database at `path` to the head revision.

    Foreign keys are OFF during the migration: batch mode rebuilds tables, and with foreign
    keys on, SQLite would cascade-delete child rows. A foreign_key_check runs afterwards."""
    from alembic import command

    engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        with engine.connect() as conn:
            command.upgrade(alembic_config(conn), "head")
            conn.commit()
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreError(
                    f"the schema upgrade left {len(problems)} broken references; "
                    "the database before the upgrade is in the backups folder"
                )
    finally:
        engine.dispose()
