"""Opening a team server (PostgreSQL) as a Store.

The same tables and migrations as the laptop's file; what differs is how the database is
reached and who the user is: the change log records the server's authenticated user
(`session_user`), not a name typed in Preferences. A server is never migrated by a client
that happens to be newer: an older schema is refused with the administrator's command
(`cdmo-desktop server upgrade`), except for a database that is still empty, which a client
may set up (`cdmo-desktop demo URL`, `server init`).
"""

from __future__ import annotations

import logging

import sqlalchemy as sa

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store import migrate
from cdmo_desktop.store.errors import (
    NewerSchemaError,
    ServerError,
    ServerLoginRefused,
    ServerUnreachable,
)
from cdmo_desktop.store.location import ServerURL

log = logging.getLogger(__name__)

# Held while a client migrates an empty server, so two first clients do not both do it.
MIGRATION_LOCK_ID = 0x6364_6D6F  # "cdmo"

_LOGIN_REFUSED = (
    "password authentication failed",
    "no password supplied",
    'role "',  # role "x" does not exist
    "peer authentication failed",
    "ident authentication failed",
    "pg_hba.conf rejects",
)


def connection_error(exc: BaseException, url: ServerURL) -> ServerError:
    """The sentence for a failed connection: refused login, missing database, or no answer.
    Never the password, never the driver's raw text beyond its kind."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if getattr(orig, "sqlstate", None) == "42501":  # logged in, but may read nothing
        return ServerLoginRefused(
            f"lets {url.user or 'this user'} in but gives them no access to the workspace: "
            "ask the administrator to grant it (cdmo-desktop server grant)",
            url.display,
        )
    if any(needle in text for needle in _LOGIN_REFUSED):
        return ServerLoginRefused(
            f"refused the login of {url.user or 'this user'}: check the user name and "
            "password (or the keychain, PGPASSWORD and ~/.pgpass)",
            url.display,
        )
    if "database" in text and "does not exist" in text:
        return ServerError(
            f"has no database named {url.database}: ask the administrator to create it",
            url.display,
        )
    return ServerUnreachable(
        "cannot be reached: check the network and the address, then try again",
        url.display,
    )


def read_revision(conn: sa.Connection) -> str | None:
    """The schema revision on the server, None for an empty database."""
    present = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
    if present is None:
        tables = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
        ).scalar()
        if tables:
            raise ServerError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "holds tables of another program (no Partnership Desk schema)"
                    )
                ),
            )
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def server_app_version(conn: sa.Connection) -> str | None:
    """The app that last set up or upgraded the server ("cdmo-desktop 1.2.0"): `server init`
    and `server upgrade` keep it as the comment of alembic_version."""
    value = conn.exec_driver_sql(
        "SELECT obj_description(to_regclass('alembic_version'), 'pg_class')"
    ).scalar()
    return str(value) if value else None


def check_server_revision(revision: str | None, url: ServerURL, app: str | None = None) -> None:
    """Refuse a server whose schema this version cannot use, naming both versions (and the
    app version that set the server up, `app`, when known)."""
    if revision is None:
        raise ServerError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "is not set up yet: ask the administrator to run 'cdmo-desktop "
                    "server init --db {url_redacted}'",
                ),
                url_redacted=url.redacted,
            ),
            url.display,
        )
    if revision not in migrate.KNOWN_REVISIONS:
        from cdmo_desktop import __version__

        by = f" ({app})" if app else ""
        raise NewerSchemaError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The team server {server} has schema {revision}{by}, newer "
                    "than this version's {head_revision} (cdmo-desktop "
                    "{version}): update the app to connect to it",
                ),
                server=url.display,
                revision=revision,
                by=by,
                head_revision=migrate.HEAD_REVISION,
                version=__version__,
            )
        )
    if revision != migrate.HEAD_REVISION:
        raise ServerError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "has schema {revision}, older than this version's "
                    "{head_revision}: ask the administrator to run 'cdmo-desktop "
                    "server upgrade --db {url_redacted}'",
                ),
                revision=revision,
                head_revision=migrate.HEAD_REVISION,
                url_redacted=url.redacted,
            ),
            url.display,
        )


def migrate_server(engine: sa.Engine, target: str = "head") -> None:
    """Run the migrations on a server in one transaction (PostgreSQL's DDL is
    transactional), one client at a time."""
    try:
        with engine.connect() as conn, conn.begin():
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")
            migrate.upgrade_connection(conn, target)
    except sa.exc.SQLAlchemyError as exc:
        log.warning("server migration failed (%s)", type(exc).__name__)
        raise ServerError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "could not be brought to schema {head_revision} ({model}); nothing was changed",
                ),
                head_revision=migrate.HEAD_REVISION,
                model=type(getattr(exc, "orig", exc)).__name__,
            )
        ) from None


# Passwords typed for this run of the app (never written anywhere): a worker process the app
# starts (the PDF builder) is handed the one of its server, as it is an encrypted file's
# passphrase.
_session_passwords: dict[str, str] = {}


def keep_session_password(url: ServerURL, password: str) -> None:
    _session_passwords[url.key] = password


def session_password(url: ServerURL) -> str | None:
    """The password typed for `url` in this run of the app, if one was."""
    return _session_passwords.get(url.key)
