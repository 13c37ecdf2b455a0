"""What a team server answers, in one sentence: File > Connect's "Test connection" and the
reason a connection failed (so the window can offer the local copy when the server is
unreachable, and ask again for a password it refused).

Never the password, SQL or the driver's own text: each failure is named by its kind.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from cdmo_desktop.store import migrate
from cdmo_desktop.store.errors import (
    NewerSchemaError,
    ServerError,
    ServerLoginRefused,
    ServerUnreachable,
    StoreError,
)

if TYPE_CHECKING:
    import sqlalchemy as sa

    from cdmo_desktop.store.location import ServerURL

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_S = 5
ROLES = {"cdmo_admin": "admin", "cdmo_consultant": "consultant", "cdmo_viewer": "viewer"}


class Failure(Enum):
    NONE = ""
    UNREACHABLE = "unreachable"  # refused, unknown host, no answer: the offline offer
    PASSWORD = "password"  # refused or missing password: ask again
    NO_DATABASE = "no database"
    NO_ACCESS = "no access"  # logged in, but granted nothing: `server grant`
    NOT_SET_UP = "not set up"  # no Partnership Desk schema yet: `server init`
    NEWER = "newer"  # the server's schema is newer than this version
    OLDER = "older"  # older: the administrator runs `server upgrade`
    OTHER = "other"


@dataclass(frozen=True)
class ServerCheck:
    """One sentence for the user, and what it found."""

    sentence: str
    failure: Failure = Failure.NONE
    revision: str | None = None
    role: str = ""

    @property
    def ok(self) -> bool:
        return self.failure is Failure.NONE


def check_server(
    url: ServerURL, password: str | None = None, *, timeout: int = CONNECT_TIMEOUT_S
) -> ServerCheck:
    """Connect to `url` once (no migration, nothing written) and say what is there:
    reachable, its schema version against this version's, the user's role; or why not."""
    from cdmo_desktop.store.engine import make_server_engine

    try:
        engine = make_server_engine(url, password=password, read_only=True, pooled=False)
    except StoreError as exc:
        return ServerCheck(exc.sentence(), Failure.OTHER)
    try:
        with engine.connect() as conn:
            revision = _revision(conn)
            role = _role(conn)
    except Exception as exc:
        return describe_failure(exc, url)
    finally:
        engine.dispose()
    return _schema_check(url, revision, role)


def _revision(conn: sa.Connection) -> str | None:
    """The server's schema revision (None: empty); ServerError for another program's."""
    from cdmo_desktop.store import server

    return server.read_revision(conn)


def _role(conn: sa.Connection) -> str:
    """The user's Partnership Desk role (admin, consultant, viewer), or "superuser"."""
    import sqlalchemy as sa

    superuser = conn.execute(
        sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")
    ).scalar()
    if superuser:
        return "superuser"
    granted = set(
        conn.execute(
            sa.text(
                "SELECT rolname FROM pg_roles WHERE rolname IN :names "
                "AND pg_has_role(session_user, oid, 'MEMBER')"
            ).bindparams(sa.bindparam("names", expanding=True)),
            {"names": sorted(ROLES)},
        ).scalars()
    )
    return next((ROLES[name] for name in ROLES if name in granted), "")


def _schema_check(url: ServerURL, revision: str | None, role: str) -> ServerCheck:
    where = f"The team server {url.display}"
    if revision is None:
        return ServerCheck(
            f"{where} answers, but Partnership Desk is not set up there yet: ask the "
            "administrator to run `cdmo-desktop server init`.",
            Failure.NOT_SET_UP,
            role=role,
        )
    if revision not in migrate.KNOWN_REVISIONS:
        return ServerCheck(
            f"{where} has schema {revision}, newer than this version's "
            f"{migrate.HEAD_REVISION}: update Partnership Desk on this computer.",
            Failure.NEWER,
            revision,
            role,
        )
    if migrate.needs_upgrade(revision):
        return ServerCheck(
            f"{where} has schema {revision}, older than this version's "
            f"{migrate.HEAD_REVISION}: ask the administrator to run `cdmo-desktop server "
            "upgrade`.",
            Failure.OLDER,
            revision,
            role,
        )
    as_role = f"you are {_article(role)} {role}" if role else "you have no Partnership Desk role"
    return ServerCheck(
        f"Connected to the team server {url.display}: schema {revision} (up to date), {as_role}.",
        Failure.NONE,
        revision,
        role,
    )


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def describe_failure(exc: BaseException, url: ServerURL) -> ServerCheck:
    """Why connecting to `url` failed, from the exception (or what it was raised from)."""
    for cause in _chain(exc):
        if isinstance(cause, NewerSchemaError):
            return ServerCheck(cause.sentence(), Failure.NEWER)
        if isinstance(cause, ServerError) and "server upgrade" in cause.message:
            return ServerCheck(cause.sentence(), Failure.OLDER)
        if isinstance(cause, ServerError) and "server init" in cause.message:
            return ServerCheck(cause.sentence(), Failure.NOT_SET_UP)
    text = " ".join(str(c) for c in _chain(exc) if _is_driver_error(c)).lower()
    host = f"{url.host}:{url.port}"
    if "password authentication failed" in text:
        return ServerCheck(
            f"The server refused the password for {url.user}: check it and try again.",
            Failure.PASSWORD,
        )
    if "no password supplied" in text:
        return ServerCheck(f"The server asks for {url.user}'s password.", Failure.PASSWORD)
    if f'database "{url.database.lower()}" does not exist' in text:
        return ServerCheck(
            f"The server at {host} has no database {url.database}.", Failure.NO_DATABASE
        )
    if "role" in text and "does not exist" in text:
        return ServerCheck(f"The server at {host} has no user {url.user}.", Failure.PASSWORD)
    if "permission denied" in text or any(
        getattr(c, "sqlstate", None) == "42501" for c in _chain(exc)
    ):
        return ServerCheck(
            f"The team server {url.display} lets {url.user or 'this user'} in but gives no "
            "access to the workspace: ask the administrator to grant it (cdmo-desktop "
            "server grant).",
            Failure.NO_ACCESS,
        )
    if "no pg_hba.conf entry" in text:
        return ServerCheck(
            f"The server at {host} does not accept {url.user} from this computer: ask the "
            "administrator to allow it (pg_hba.conf).",
            Failure.OTHER,
        )
    if "connection refused" in text:
        return ServerCheck(
            f"The team server {url.display} cannot be reached: nothing answers at {host} "
            "(connection refused). The server may be down, or the address wrong.",
            Failure.UNREACHABLE,
        )
    if "resolve host" in text or "name or service not known" in text or "nodename" in text:
        return ServerCheck(
            f"The team server {url.display} cannot be reached: the host name {url.host} is "
            "not known (no network, or a typing error).",
            Failure.UNREACHABLE,
        )
    if "timeout" in text or "timed out" in text:
        return ServerCheck(
            f"The team server {url.display} cannot be reached: {host} did not answer in time.",
            Failure.UNREACHABLE,
        )
    for cause in _chain(exc):
        if isinstance(cause, ServerLoginRefused):
            return ServerCheck(cause.sentence(), Failure.PASSWORD)
        if isinstance(cause, ServerUnreachable):
            return ServerCheck(cause.sentence(), Failure.UNREACHABLE)
    if _is_connection_error(exc):
        return ServerCheck(f"{url.display} cannot be reached ({_kind(exc)}).", Failure.UNREACHABLE)
    if isinstance(exc, StoreError):
        return ServerCheck(exc.sentence(), Failure.OTHER)
    log.info("server check failed (%s)", _kind(exc))
    return ServerCheck(
        f"The team server {url.display} could not be used ({_kind(exc)}).", Failure.OTHER
    )


def _chain(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in out:
        out.append(current)
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's
        current = (
            orig if isinstance(orig, BaseException) else current.__cause__ or current.__context__
        )
    return out


def _is_driver_error(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in ("psycopg", "psycopg2", "sqlalchemy")


def _is_connection_error(exc: BaseException) -> bool:
    return any(
        isinstance(c, ConnectionError | TimeoutError)
        or (type(c).__name__ == "OperationalError" and _is_driver_error(c))
        for c in _chain(exc)
    )


def _kind(exc: BaseException) -> str:
    return type(_chain(exc)[-1]).__name__
