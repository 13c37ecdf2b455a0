"""Where the database, its backups and the logs live, and a team server's local copies."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from cdmo_desktop import APP_NAME, ORG_NAME

if TYPE_CHECKING:
    from cdmo_desktop.store.location import ServerURL

ENV_DB = "CDMO_DESKTOP_DB"
DB_FILENAME = "partnership-desk.sqlite"
BACKUP_DIRNAME = "backups"


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def user_cache_dir() -> Path:
    """What the app may rebuild at any time (the schemas it has checked: schema_check)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, ORG_NAME))


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


SERVERS_DIRNAME = "servers"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def server_file_stem(url: ServerURL) -> str:
    """`<host>-<port>-<database>-<login>`, safe as a file name on every platform (anything
    but letters, digits, dots, dashes and underscores becomes `_`). The login is part of it:
    a copy holds what that login may see, so another login on this machine never opens it."""
    parts = [url.host, str(url.port), url.database]
    if url.user:
        parts.append(url.user)
    return "-".join(_UNSAFE.sub("_", part) for part in parts)


def local_copy_path(url: ServerURL) -> Path:
    """The last local copy of a team server for one login (what that user may see), opened
    read-only when the server cannot be reached: `servers/<host>-<port>-<database>-<login>.sqlite`
    in the user-data folder."""
    return user_data_dir() / SERVERS_DIRNAME / f"{server_file_stem(url)}.sqlite"


def server_backup_dir(url: ServerURL) -> Path:
    """Where Backup on a team server connection writes its SQLite copies (`servers/backups`
    in the user-data folder, named after the server like its local copy)."""
    return backup_dir(local_copy_path(url))
