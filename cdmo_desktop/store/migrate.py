"""Schema migrations with Alembic, run at start-up after a backup.

Alembic is imported only when the schema is behind: the revision check reads
`alembic_version` directly, so an up-to-date database opens without loading Alembic.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any

from cdmo_desktop.store.engine import make_engine
from cdmo_desktop.store.errors import NewerSchemaError, NotADatabaseError, StoreError

# Every revision this version knows, oldest first. A test keeps this equal to the scripts.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_changelog_append_only",
    "0003_money_minor_units",
    "0004_site_tags",
    "0005_named_baselines",
    "0006_risk_scale",
    "0007_partner_scale",
    "0008_engagement_scale",
    "0009_kpis",
    "0010_reassessment",
    "0011_site_closures",
    "0012_kpi_latest",
    "0013_audit_chain",
    "0014_erasure",
    "0015_scale_rest",
    "0016_row_versions",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


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


def read_revision(conn: sqlite3.Connection) -> str | None:
    """The schema revision of an open database, None for an empty one.

    Raises NotADatabaseError for an SQLite file that is not one of ours."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        user_tables = {t for t in tables if not t.startswith("sqlite_")}
        if user_tables:
            raise NotADatabaseError(
                "is an SQLite database of another program (no Partnership Desk schema)"
            )
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def check_revision(revision: str | None, path: Path | None = None) -> None:
    """Refuse a schema this version does not know (written by a newer version)."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"was written by a newer version of cdmo-desktop (schema {revision}); "
            f"this version knows schemas up to {HEAD_REVISION}. Update the app to open it",
            path,
        )


def needs_upgrade(revision: str | None) -> bool:
    return revision != HEAD_REVISION


def upgrade(path: Path, *, location: str | None = None, target: str = "head") -> None:
    """Bring the database at `path` to `target` in one transaction.

    Foreign keys are OFF while the scripts run: batch mode rebuilds a table by copying it,
    dropping the original and renaming the copy, and with foreign keys on SQLite would
    cascade the drop into every child table. Before committing, `foreign_key_check` must
    come back empty; otherwise everything is rolled back and the file is as before.
    `location` points at another script directory (tests)."""
    from alembic import command
    from sqlalchemy.exc import SQLAlchemyError

    engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        with engine.connect() as conn, conn.begin():
            if conn.exec_driver_sql("PRAGMA foreign_keys").scalar() != 0:
                raise StoreError("cannot turn foreign keys off for the upgrade", path)
            command.upgrade(alembic_config(conn, location), target)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                tables = sorted({str(p[0]) for p in problems})
                raise StoreError(
                    f"could not be upgraded: the new schema would leave {len(problems)} "
                    f"broken references (in {', '.join(tables)}); nothing was changed",
                    path,
                )
    except (SQLAlchemyError, sqlite3.Error) as exc:
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(f"could not be upgraded ({reason}); nothing was changed", path) from exc
    finally:
        engine.dispose()
