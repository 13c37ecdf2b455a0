"""`encrypt` and `decrypt`, and the passphrase of an encrypted database for every command.

    cdmo-desktop encrypt --db PATH     encrypt a database in place (atomically, after a backup)
    cdmo-desktop decrypt --db PATH     remove its encryption

The passphrase comes from $CDMO_DESKTOP_PASSPHRASE, else the OS keychain (where the window
keeps it when "Remember" was ticked), else a prompt when stdin is a terminal.
Without it (or with a wrong one) a command on an encrypted file exits with status 2 and
leaves the file as it was. Light to import: the store loads when a command runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cdmo_desktop.store import crypto


class Refused(Exception):
    """A refusal the command line reports as one line with exit status 2 (usage)."""


def _prompt(text: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(text)


def _given(path: Path, *, new: bool = False) -> crypto.Passphrase | None:
    """The passphrase from the environment, else from a prompt (twice for a new one)."""
    key = crypto.passphrase_from_env()
    if key is not None:
        return key
    first = _prompt(f"Passphrase for {path.name}: ")
    if not first:
        return None
    if new and _prompt("The same passphrase again: ") != first:
        raise Refused("the two passphrases differ; nothing was changed")
    return crypto.Passphrase(first)


def _unlock_from_keychain(path: Path) -> bool:
    """Unlock `path` with the passphrase the keychain keeps for it; False when it keeps
    none or one that no longer opens the file (then the prompt asks)."""
    from cdmo_desktop.store import keys

    kept = keys.remembered(path)
    if kept is None:
        return False
    try:
        crypto.verify(path, kept)
    except crypto.WrongPassphraseError:
        return False
    crypto.unlock(path, kept)
    return True


def unlock(path: Path) -> None:
    """Before a command reads `path`: when it is encrypted, register its passphrase (from
    the environment or a prompt), or refuse with exit status 2. A plain file: nothing."""
    if not path.is_file() or not crypto.looks_encrypted(path):
        return
    if crypto.passphrase_from_env() is None and _unlock_from_keychain(path):
        return
    key = _given(path)
    if key is None:
        raise Refused(
            f"The file {path} is encrypted (or not a database): give its passphrase in "
            f"${crypto.PASSPHRASE_ENV}, keep it in the keychain from the window (Remember), "
            "or run the command in a terminal to be asked for it."
        )
    try:
        crypto.verify(path, key)
    except crypto.WrongPassphraseError as exc:
        raise Refused(exc.sentence()) from None
    crypto.unlock(path, key)


def run_encrypt(path: Path) -> int:
    from cdmo_desktop.store.encryption import encrypt_database, plain_backups

    if crypto.looks_encrypted(path):
        raise Refused(f"The file {path} is already encrypted (or is not a database).")
    key = _given(path, new=True)
    if key is None:
        raise Refused(
            f"Give the new passphrase in ${crypto.PASSPHRASE_ENV}, or run the command in a "
            "terminal to be asked for it; nothing was changed."
        )
    backup = encrypt_database(path, key)
    print(f"encrypted: {path}")
    print(f"backup (encrypted): {backup}")
    plain = plain_backups(path)
    if plain:
        print(
            f"warning: {len(plain)} earlier backups in {plain[0].parent} are not encrypted; "
            "delete them if they must not be readable",
            file=sys.stderr,
        )
    return 0


def run_decrypt(path: Path) -> int:
    from cdmo_desktop.store.encryption import decrypt_database

    key = crypto.key_for(path)
    if key is None:
        raise Refused(f"The file {path} is not encrypted.")
    backup = decrypt_database(path, key)
    print(f"decrypted: {path}")
    print(f"backup (still encrypted): {backup}")
    return 0
