"""A database passphrase remembered in the OS keychain (the `keyring` package).

Never in the settings file. On a machine without a usable keychain (headless Linux has
keyring's "fail" backend) nothing is remembered and nothing fails: `remembered` gives None
and `remember` False. The entry is named by the database's absolute path.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from cdmo_desktop.store.crypto import Passphrase

if TYPE_CHECKING:
    from cdmo_desktop.store.location import ServerURL

SERVICE = "cdmo-desktop database passphrase"
log = logging.getLogger(__name__)


def _account(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def remembered(path: Path) -> Passphrase | None:
    """The passphrase kept for `path`, if the keychain has one."""
    try:
        import keyring

        secret = keyring.get_password(SERVICE, _account(path))
    except Exception as exc:  # no keychain, locked, D-Bus missing: just not remembered
        log.info("no passphrase read from the keychain (%s)", type(exc).__name__)
        return None
    return Passphrase(secret) if secret else None


def remember(path: Path, passphrase: Passphrase) -> bool:
    """Keep `passphrase` for `path` in the keychain; False when there is none to use."""
    try:
        import keyring

        keyring.set_password(SERVICE, _account(path), passphrase.reveal())
    except Exception as exc:
        log.info("passphrase not kept in the keychain (%s)", type(exc).__name__)
        return False
    return True


def forget_remembered(path: Path) -> None:
    """Remove the passphrase of `path` from the keychain (nothing when none is kept)."""
    try:
        import keyring

        keyring.delete_password(SERVICE, _account(path))
    except Exception as exc:
        log.info("no passphrase removed from the keychain (%s)", type(exc).__name__)


SERVER_SERVICE = "cdmo-desktop team server"


def server_password(account: str) -> str | None:
    """The password kept for a team-server account (`ServerURL.key`), if any."""
    try:
        import keyring

        return keyring.get_password(SERVER_SERVICE, account) or None
    except Exception as exc:
        log.info("no server password read from the keychain (%s)", type(exc).__name__)
        return None


def remember_server_password(url: ServerURL, password: str) -> bool:
    """Keep `password` for `url`'s user on that server (account `url.key`); False when
    there is no keychain to use."""
    try:
        import keyring

        keyring.set_password(SERVER_SERVICE, url.key, password)
    except Exception as exc:
        log.info("server password not kept in the keychain (%s)", type(exc).__name__)
        return False
    return True


def forget_server_password(url: ServerURL) -> None:
    """Remove the password of `url` from the keychain (nothing when none is kept)."""
    try:
        import keyring

        keyring.delete_password(SERVER_SERVICE, url.key)
    except Exception as exc:
        log.info("no server password removed from the keychain (%s)", type(exc).__name__)
