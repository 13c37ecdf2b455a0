"""Where the database, its backups and the logs live."""

from __future__ import annotations

import os
from pathlib import Path

from cdmo_desktop import APP_NAME, ORG_NAME

ENV_DB = "CDMO_DESKTOP_DB"
DB_FILENAME = "partnership-desk.sqlite"
BACKUP_DIRNAME = "backups"
SERVER_COPIES_DIRNAME = "servers"


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


def server_copies_dir() -> Path:
    """Where the local copies of team servers live (one SQLite file per server database),
    opened read-only when the server cannot be reached."""
    return user_data_dir() / SERVER_COPIES_DIRNAME


def server_copy_path(host: str, port: int, database: str) -> Path:
    """The local copy of one server database: `servers/<host>-<port>-<database>.sqlite`
    (characters a file name cannot hold become `_`)."""
    name = "-".join(_file_safe(part) for part in (host or "localhost", str(port), database))
    return server_copies_dir() / f"{name}.sqlite"


def _file_safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "._" else "_" for c in text) or "_"
