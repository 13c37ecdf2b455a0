"""Where the database, its backups and the logs live."""

from __future__ import annotations

import os
from pathlib import Path

from cdmo_desktop import APP_NAME, ORG_NAME

ENV_DB = "CDMO_DESKTOP_DB"
DB_FILENAME = "partnership-desk.sqlite"
BACKUP_DIRNAME = "backups"


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def default_db_path() -> Path:
    """`CDMO_DESKTOP_DB` if set, else the file in the platform's user-data folder."""
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return Path(env).expanduser()
    return user_data_dir() / DB_FILENAME


def backup_dir(db_path: Path) -> Path:
    return db_path.resolve().parent / BACKUP_DIRNAME


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))
