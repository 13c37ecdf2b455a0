"""The `--db` argument of every command: a database file, or a team server's URL.

    cdmo-desktop list partners --db ~/desk.sqlite
    cdmo-desktop list partners --db postgresql://dana@db.example.com:5432/desk

A URL is checked as it is parsed (a bad one is a usage error naming what is wrong); its
password never comes from the command line's output or the log."""

from __future__ import annotations

import argparse
from pathlib import Path

from cdmo_desktop.store.errors import BadServerURL
from cdmo_desktop.store.location import ServerURL, is_server_url

Target = Path | str  # a file, or a server URL (str)

METAVAR = "PATH|URL"
HELP = "the database file, or a team server as postgresql://user@host:5432/database"


def db_arg(text: str) -> Target:
    """argparse `type=` for --db: a server URL stays text, anything else is a path."""
    if is_server_url(text):
        try:
            ServerURL.parse(text)
        except BadServerURL as exc:
            raise argparse.ArgumentTypeError(exc.sentence()) from None
        return text
    return Path(text)


def resolve(target: Target) -> Target:
    """The file with ~ expanded, or the URL as given."""
    return target if isinstance(target, str) else Path(target).expanduser()


def is_server(target: object) -> bool:
    return is_server_url(target)
