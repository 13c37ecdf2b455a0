"""Administering a team server: `cdmo-desktop server init|upgrade` (the logins and their
clients, `grant|revoke|users`, are store/server_users.py).

Each function takes an engine on the server (as the login running the command) and does its
work in one transaction. Refusals raise ServerRefused (a StoreError: one sentence, exit 2 in
the CLI); nothing is changed then. Which rows each role sees is store/server_security.py.
"""

from __future__ import annotations

import sqlalchemy as sa

from cdmo_desktop.store import migrate, server_log, server_security
from cdmo_desktop.store.errors import StoreError
from cdmo_desktop.store.server import server_app_version
from cdmo_desktop.store.server_security import ADMIN, CONSULTANT, ROLES, VIEWER

APP_PREFIX = "cdmo-desktop "  # application_name: "cdmo-desktop <version> schema <revision>"


class ServerRefused(StoreError):
    """A server command refused: not set up, not an administrator, an unknown client or
    login, older clients still connected. Nothing was changed."""


def application_name(version: str, revision: str) -> str:
    return f"{APP_PREFIX}{version} schema {revision}"


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def scalar(conn: sa.Connection, sql: str, **params: object) -> object:
    return conn.execute(sa.text(sql), params).scalar()


def _is_owner(conn: sa.Connection) -> bool:
    """Whether this login owns the desk's tables (or is a superuser)."""
    return bool(
        scalar(
            conn,
            "SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class AS c "
            "WHERE c.oid = to_regclass('public.alembic_version')",
        )
    )


def _is_set_up(conn: sa.Connection) -> bool:
    found = conn.execute(
        sa.text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:r)"), {"r": list(ROLES)}
    ).scalar()
    scope = scalar(conn, "SELECT to_regprocedure('cdmo_scope_of(text, text, jsonb)')")
    return found == len(ROLES) and scope is not None


def require_set_up(conn: sa.Connection) -> None:
    if not _is_set_up(conn):
        raise ServerRefused(
            f"the database {conn.engine.url.database} is not set up as a team server; "
            "run 'cdmo-desktop server init --db URL' as its owner first"
        )


def require_admin(conn: sa.Connection) -> None:
    admin = scalar(conn, f"SELECT pg_has_role(session_user, '{ADMIN}', 'MEMBER')")
    if not admin and not _is_owner(conn):
        user = scalar(conn, "SELECT session_user")
        raise ServerRefused(
            f"the login {user} is not an administrator of this server (role {ADMIN})"
        )


def _require_owner(conn: sa.Connection, command: str) -> None:
    if not _is_owner(conn):
        user = scalar(conn, "SELECT session_user")
        raise ServerRefused(
            f"server {command} changes the schema, so it must run as the owner of the "
            f"tables, not as {user}"
        )


def _revision(conn: sa.Connection) -> str | None:
    """The server's schema revision (None for an empty database); a newer one is refused."""
    revision = None
    if scalar(conn, "SELECT to_regclass('public.alembic_version')") is not None:
        revision = scalar(conn, "SELECT version_num FROM alembic_version")
    elif scalar(conn, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"):
        raise ServerRefused(
            f"the database {conn.engine.url.database} holds tables of another program "
            "(no Partnership Desk schema); use an empty database"
        )
    if revision is not None and revision not in migrate.KNOWN_REVISIONS:
        from cdmo_desktop import __version__

        by = server_app_version(conn)
        raise ServerRefused(
            f"the server's schema {revision}{f' ({by})' if by else ''} is newer than this "
            f"version's {migrate.HEAD_REVISION} (cdmo-desktop {__version__}); update "
            "cdmo-desktop to administer it"
        )
    return str(revision) if revision is not None else None


def _migrate(conn: sa.Connection) -> None:
    """The migrations, in the caller's transaction, one client at a time (the lock the
    app takes when it sets up an empty server)."""
    from alembic import command

    from cdmo_desktop.store.server import MIGRATION_LOCK_ID

    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")
    command.upgrade(migrate.alembic_config(conn), "head")


def may_create_roles(conn: sa.Connection) -> bool:
    return bool(
        scalar(conn, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user")
    )


def _create_roles(conn: sa.Connection) -> None:
    existing = set(
        conn.execute(
            sa.text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:r)"), {"r": list(ROLES)}
        ).scalars()
    )
    missing = [role for role in ROLES if role not in existing]
    if missing and not may_create_roles(conn):
        user = scalar(conn, "SELECT session_user")
        raise ServerRefused(
            f"the roles {', '.join(missing)} do not exist yet and the login {user} may not "
            "create roles; run server init as a login with CREATEROLE (see docs/team-server.md)"
        )
    for role in missing:
        conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    # An administrator hands out the other two roles (`server grant` as an admin).
    conn.exec_driver_sql(f"GRANT {CONSULTANT}, {VIEWER} TO {ADMIN} WITH ADMIN OPTION")


def _secure(conn: sa.Connection) -> None:
    from cdmo_desktop import __version__

    try:
        server_log.install(conn)
        server_security.install_policies(conn)
    except server_security.UnclassifiedTables as exc:
        raise ServerRefused(
            f"this version does not know who may see the tables {exc}; nothing was changed"
        ) from None
    conn.exec_driver_sql(f"COMMENT ON TABLE alembic_version IS {literal(APP_PREFIX + __version__)}")


def init(engine: sa.Engine) -> str:
    """Migrate the database to this version's schema, create the three roles when missing,
    and install the grants, row-level security and the change log's protection. Running it
    again changes nothing. Returns what was done, in one line."""
    with engine.connect() as conn, conn.begin():
        revision = _revision(conn)
        if revision is not None:
            _require_owner(conn, "init")
        if migrate.needs_upgrade(revision):
            _migrate(conn)
        _create_roles(conn)
        _secure(conn)
        database = conn.engine.url.database
    return (
        f"{database} is a team server at schema {migrate.HEAD_REVISION} with roles "
        f"{', '.join(ROLES)}"
    )


def older_clients(conn: sa.Connection) -> list[str]:
    """'login (cdmo-desktop <version> schema <revision>)' for each other connection of an
    app whose schema is older than this version's."""
    rows = conn.execute(
        sa.text(
            "SELECT usename, application_name FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND application_name LIKE :prefix ORDER BY usename, application_name"
        ),
        {"prefix": APP_PREFIX + "%"},
    ).all()
    head = migrate.KNOWN_REVISIONS.index(migrate.HEAD_REVISION)
    out = []
    for user, app in rows:
        revision = str(app).rpartition(" schema ")[2]
        if revision in migrate.KNOWN_REVISIONS[:head]:
            out.append(f"{user} ({app})")
    return out


def upgrade(engine: sa.Engine) -> str:
    """Migrate a team server after an app update; refused while clients of an older
    version are connected (they would write with the old rules)."""
    with engine.connect() as conn, conn.begin():
        require_set_up(conn)
        _require_owner(conn, "upgrade")
        revision = _revision(conn)
        older = older_clients(conn)
        if older:
            raise ServerRefused(
                f"{len(older)} connection(s) of an older version are open: "
                f"{'; '.join(older)}; ask them to close the app, then run server upgrade "
                "again (nothing was changed)"
            )
        if migrate.needs_upgrade(revision):
            _migrate(conn)
        _secure(conn)
    if revision == migrate.HEAD_REVISION:
        return f"already at schema {revision}; grants and policies checked"
    return f"upgraded from schema {revision} to {migrate.HEAD_REVISION}"
