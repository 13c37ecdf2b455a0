"""Team mode in the window: the recent servers, opening a server store, and the local copy
offered read-only when the server cannot be reached.

Passwords never reach the settings file: the recent list holds redacted URLs (no
password), and a password the user asks to keep goes to the system keychain
(store.keys). The store stack is imported only when a server is opened.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.format import datetime_text
from cdmo_desktop.gui.i18n import message, tr

if TYPE_CHECKING:
    from cdmo_desktop.store import Store
    from cdmo_desktop.store.location import ServerURL

log = logging.getLogger(__name__)
RECENT_LIMIT = 8


# --- the recent servers (redacted URLs, newest first) -----------------------------------
def recent_servers(settings: QSettings) -> list[str]:
    text = keys.get(settings, keys.RECENT_SERVERS)
    return [line for line in text.splitlines() if line.strip()][:RECENT_LIMIT]


def remember_recent(settings: QSettings, url: ServerURL) -> None:
    """Put `url` (without its password) first in the recent list."""
    entry = url.redacted
    rest = [u for u in recent_servers(settings) if u != entry]
    keys.set(settings, keys.RECENT_SERVERS, "\n".join([entry, *rest][:RECENT_LIMIT]))


def forget_recent(settings: QSettings, entry: str) -> None:
    rest = [u for u in recent_servers(settings) if u != entry]
    keys.set(settings, keys.RECENT_SERVERS, "\n".join(rest))


# --- URL text -------------------------------------------------------------------------
def split_password(text: str) -> tuple[str, str]:
    """`text` without a password typed into it, and that password ("" for none)."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return text, ""
    if parts.password is None:
        return text, ""
    host = parts.netloc.rsplit("@", 1)[-1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    netloc = f"{user}@{host}" if user else host
    return urlunsplit(parts._replace(netloc=netloc)), unquote(parts.password)


def with_user(text: str, user: str) -> str:
    """`text` with `user` as the user it connects as (unchanged when `user` is empty)."""
    user = user.strip()
    if not user:
        return text
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return text
    if not parts.scheme or not parts.netloc:
        return text
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{quote(user, safe='')}@{host}"))


# --- opening ----------------------------------------------------------------------------
def open_server(url: ServerURL, password: str | None) -> Store:
    """The Store on the server (its schema must be current: nothing is migrated from
    here). Safe off the GUI thread. Raises what store.server_check.describe_failure
    explains."""
    from cdmo_desktop.store.store import open_store

    return open_store(url.redacted, password=password or url.password, create=False)


def local_copy(url: ServerURL) -> Path | None:
    """The newest copy of the server database `url` names on this machine: its local copy
    (kept on each connection), or a Backup made on a connection to it."""
    from cdmo_desktop.store.paths import local_copy_path, server_backup_dir, server_file_stem

    path = local_copy_path(url)
    candidates = [path] if path.is_file() else []
    backups = server_backup_dir(url)
    if backups.is_dir():
        stem = server_file_stem(url)
        candidates += [p for p in backups.glob(f"{stem}-*.sqlite") if p.is_file()]
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)


def open_local_copy(path: Path, url: ServerURL) -> Store:
    """The local copy at `path`, read-only; the banner names the server it copies."""
    from cdmo_desktop.store.offline import open_local_copy as open_copy

    return open_copy(path, url.display)


def offline_box(parent: QWidget | None, reason: str, copy: Path | None) -> QMessageBox:
    """The server cannot be reached: `reason` (one sentence, never a password), and the
    offer to open the local copy read-only when there is one."""
    box = QMessageBox(parent)
    box.setObjectName("serverOfflineBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Server unreachable"))
    box.setText(message(reason))
    if copy is None:
        box.setInformativeText(tr("There is no local copy of this server's data on this computer."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        return box
    taken = datetime_text(datetime.fromtimestamp(copy.stat().st_mtime, UTC))
    box.setInformativeText(
        tr(
            "Open the local copy from {taken} read-only? You can read and export everything; "
            "edits wait until the server answers again."
        ).format(taken=taken)
    )
    box.setDetailedText(str(copy))
    open_button = box.addButton(tr("&Open the local copy"), QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("openLocalCopyButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    return box


def ask_open_local_copy(parent: QWidget | None, reason: str, copy: Path | None) -> bool:
    """Say the server cannot be reached; True when the user chose to open `copy`."""
    box = offline_box(parent, reason, copy)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "openLocalCopyButton"


def offer_local_copy(
    parent: QWidget | None, url: ServerURL, reason: str, copy: Path | None
) -> Store | None:
    """Say why `url` cannot be reached and offer its local copy; the copy opened read-only,
    or None (declined, none there, or it cannot be shown: said in a sentence)."""
    from cdmo_desktop.store import StoreError

    if not ask_open_local_copy(parent, reason, copy) or copy is None:
        return None
    try:
        return open_local_copy(copy, url)
    except StoreError as exc:
        QMessageBox.warning(parent, tr("Cannot open the local copy"), message(exc.sentence()))
        return None
