"""`encrypt` and `decrypt`, and the passphrase of an encrypted database for every command.

    cdmo-desktop encrypt --db PATH     encrypt a database in place (atomically, after a backup)
    cdmo-desktop decrypt --db PATH     remove its encryption

The passphrase comes from $CDMO_DESKTOP_PASSPHRASE, else a prompt when stdin is a terminal.
Without it (or with a wrong one) a command on an encrypted file exits with status 2 and
leaves the file as it was. Light to import: the store loads when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cdmo_desktop.store import crypto

EXIT_USAGE = 2


def register(commands: Any, db_option: Any) -> None:
    encrypt = commands.add_parser(
        "encrypt", help="encrypt a database with a passphrase (in place, after a backup)"
    )
    db_option(encrypt)
    encrypt.set_defaults(func=run_encrypt)
    decrypt = commands.add_parser("decrypt", help="remove the encryption of a database")
    db_option(decrypt)
    decrypt.set_defaults(func=run_decrypt)


def _fail(message: str) -> Exception:
    from cdmo_desktop.cli import CliError

    return CliError(message, EXIT_USAGE)


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
        raise _fail("the two passphrases differ; nothing was changed")
    return crypto.Passphrase(first)


def unlock(path: Path) -> None:
    """Before a command reads `path`: when it is encrypted, register its passphrase (from
    the environment or a prompt), or refuse with exit status 2. A plain file: nothing."""
    if not path.is_file() or not crypto.looks_encrypted(path):
        return
    key = _given(path)
    if key is None:
        raise _fail(
            f"The file {path} is encrypted (or not a database): give its passphrase in "
            f"${crypto.PASSPHRASE_ENV}, or run the command in a terminal to be asked for it."
        )
    try:
        crypto.verify(path, key)
    except crypto.WrongPassphraseError as exc:
        raise _fail(exc.sentence()) from None
    crypto.unlock(path, key)


def _db(args: argparse.Namespace) -> Path:
    from cdmo_desktop.cli import CliError, _db_path

    path = _db_path(args)
    if not path.is_file():
        raise CliError(f"The file {path} does not exist.")
    return path


def run_encrypt(args: argparse.Namespace) -> int:
    path = _db(args)
    if crypto.looks_encrypted(path):
        raise _fail(f"The file {path} is already encrypted (or is not a database).")
    key = _given(path, new=True)
    if key is None:
        raise _fail(
            f"Give the new passphrase in ${crypto.PASSPHRASE_ENV}, or run the command in a "
            "terminal to be asked for it; nothing was changed."
        )
    backup = crypto.encrypt_database(path, key)
    print(f"encrypted: {path}")
    print(f"backup (encrypted): {backup}")
    plain = crypto.plain_backups(path)
    if plain:
        print(
            f"warning: {len(plain)} earlier backups in {plain[0].parent} are not encrypted; "
            "delete them if they must not be readable",
            file=sys.stderr,
        )
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    path = _db(args)
    key = crypto.key_for(path)
    if key is None:
        raise _fail(f"The file {path} is not encrypted.")
    backup = crypto.decrypt_database(path, key)
    print(f"decrypted: {path}")
    print(f"backup (still encrypted): {backup}")
    return 0
