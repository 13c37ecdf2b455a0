"""Where a database lives: a file on this machine, or a team server's PostgreSQL URL.

A server is named by a libpq-style URL, ``postgresql://user@host:5432/database?sslmode=require``
(``postgres://`` too). The password is never part of what the app keeps or shows: it comes
from the OS keychain (store/keys.py) or libpq's own sources (PGPASSWORD, ~/.pgpass, a service
file), and a password written into the URL is used for that connection only and cut from
every text made from it (`display`, `redacted`). TLS follows the URL's ``sslmode``; without
one libpq's default ("prefer": TLS when the server offers it) applies.

Nothing here imports SQLAlchemy or a driver: the command line and the connect dialog parse
and check URLs before the store loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store.errors import BadServerURL

if TYPE_CHECKING:
    import sqlalchemy as sa

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# libpq parameters the app passes on; anything else in the query is refused by name.
_KNOWN_PARAMS = frozenset(
    {
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "connect_timeout",
        "service",
        "target_session_attrs",
        "options",
        "application_name",
        "passfile",
    }
)
_NAME = re.compile(r"^[^\s/?#]+$")


def is_server_url(target: object) -> bool:
    """True for a text that names a team server (``postgresql://...``); False for a file
    path (a `Path` is always a file, even one named like a URL)."""
    if isinstance(target, PurePath) or not isinstance(target, str):
        return False
    scheme = target.split(":", 1)[0].lower() if "://" in target else ""
    return scheme in SCHEMES


@dataclass(frozen=True)
class ServerURL:
    """A parsed team-server URL (its password, if one was written in it, kept apart)."""

    host: str
    port: int
    database: str
    user: str = ""
    query: dict[str, str] = field(default_factory=dict)
    password: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def parse(cls, text: str) -> ServerURL:
        """The URL in `text`, or BadServerURL saying what is wrong with it."""
        text = (text or "").strip()
        if not is_server_url(text):
            raise BadServerURL(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "is not a team-server address: it must start with "
                        "postgresql:// (for example "
                        "postgresql://dana@db.example.com:5432/desk)",
                    )
                )
            )
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError:
            raise BadServerURL(
                msg(
                    QT_TRANSLATE_NOOP("messages", "has a port that is not a number from 1 to 65535")
                )
            ) from None
        host = unquote(parts.hostname or "")
        if not host:
            raise BadServerURL(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "names no server: add the host after postgresql://"
                    )
                )
            )
        database = unquote(parts.path.lstrip("/"))
        if not database:
            raise BadServerURL(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "names no database: add /desk (the database name) after the host",
                    )
                )
            )
        if not _NAME.match(database):
            raise BadServerURL(
                msg(QT_TRANSLATE_NOOP("messages", "has a database name with spaces or slashes"))
            )
        query: dict[str, str] = {}
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            if key not in _KNOWN_PARAMS:
                raise BadServerURL(
                    msg(QT_TRANSLATE_NOOP("messages", "has an unknown setting '{key}'"), key=key)
                )
            query[key] = value
        mode = query.get("sslmode")
        if mode is not None and mode not in SSL_MODES:
            raise BadServerURL(
                msg(
                    QT_TRANSLATE_NOOP("messages", "has sslmode '{mode}'; use one of {value}"),
                    mode=mode,
                    value=", ".join(SSL_MODES),
                )
            )
        return cls(
            host=host,
            port=port or DEFAULT_PORT,
            database=database,
            user=unquote(parts.username or ""),
            query=query,
            password=unquote(parts.password) if parts.password is not None else None,
        )

    @property
    def display(self) -> str:
        """How the app names the server to the user: "desk on db:5432 as dana"."""
        who = f" as {self.user}" if self.user else ""
        return f"{self.database} on {self.host}:{self.port}{who}"

    @property
    def redacted(self) -> str:
        """The URL without a password: what the recent-servers list and messages keep."""
        user = quote(self.user, safe="") + "@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = "?" + urlencode(self.query) if self.query else ""
        return f"postgresql://{user}{host}:{self.port}/{quote(self.database, safe='')}{query}"

    @property
    def key(self) -> str:
        """The keychain account and local-copy name of this server and user."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def sqlalchemy_url(self, password: str | None = None) -> sa.URL:
        """SQLAlchemy's URL for psycopg 3; `password` (else the one written in the URL, else
        none: libpq looks in its own sources)."""
        import sqlalchemy as sa

        return sa.URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password if password is not None else self.password,
            host=self.host,
            port=self.port,
            database=self.database,
            query=self.query,
        )

    def __str__(self) -> str:
        return self.redacted
