"""Administering a team server: `cdmo-desktop server init|upgrade|grant|revoke|users`.

Each function takes an engine on the server (as the login running the command) and does its
work in one transaction. Refusals raise ServerRefused (a StoreError: one sentence, exit 2 in
the CLI); nothing is changed then. Which rows each role sees is store/server_security.py.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import col

from cdmo_desktop.store import migrate, server_security
from cdmo_desktop.store.errors import StoreError
from cdmo_desktop.store.server import server_app_version
from cdmo_desktop.store.server_security import ADMIN, CONSULTANT, ROLES, VIEWER

ROLE_NAMES = {"admin": ADMIN, "consultant": CONSULTANT, "viewer": VIEWER}
APP_PREFIX = "cdmo-desktop "  # application_name: "cdmo-desktop <version> schema <revision>"
_LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


class ServerRefused(StoreError):
    """A server command refused: not set up, not an administrator, an unknown client or
    login, older clients still connected. Nothing was changed."""


@dataclass(frozen=True)
class ServerUser:
    name: str
    role: str  # "admin", "consultant", "viewer" or "" (a login with no desk role)
    clients: tuple[str, ...]  # client names, sorted


def application_name(version: str, revision: str) -> str:
    return f"{APP_PREFIX}{version} schema {revision}"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677): the
    password itself never travels to the server or into its statement log."""
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _scalar(conn: sa.Connection, sql: str, **params: object) -> object:
    return conn.execute(sa.text(sql), params).scalar()


def _is_owner(conn: sa.Connection) -> bool:
    """Whether this login owns the desk's tables (or is a superuser)."""
    return bool(
        _scalar(
            conn,
            "SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class AS c "
            "WHERE c.oid = to_regclass('public.alembic_version')",
        )
    )


def _is_set_up(conn: sa.Connection) -> bool:
    found = conn.execute(
        sa.text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:r)"), {"r": list(ROLES)}
    ).scalar()
    scope = _scalar(conn, "SELECT to_regprocedure('cdmo_scope_of(text, text, jsonb)')")
    return found == len(ROLES) and scope is not None


def _require_set_up(conn: sa.Connection) -> None:
    if not _is_set_up(conn):
        raise ServerRefused(
            f"the database {conn.engine.url.database} is not set up as a team server; "
            "run 'cdmo-desktop server init --db URL' as its owner first"
        )


def _require_admin(conn: sa.Connection) -> None:
    admin = _scalar(conn, f"SELECT pg_has_role(session_user, '{ADMIN}', 'MEMBER')")
    if not admin and not _is_owner(conn):
        user = _scalar(conn, "SELECT session_user")
        raise ServerRefused(
            f"the login {user} is not an administrator of this server (role {ADMIN})"
        )


def _require_owner(conn: sa.Connection, command: str) -> None:
    if not _is_owner(conn):
        user = _scalar(conn, "SELECT session_user")
        raise ServerRefused(
            f"server {command} changes the schema, so it must run as the owner of the "
            f"tables, not as {user}"
        )


def _revision(conn: sa.Connection) -> str | None:
    """The server's schema revision (None for an empty database); a newer one is refused."""
    revision = None
    if _scalar(conn, "SELECT to_regclass('public.alembic_version')") is not None:
        revision = _scalar(conn, "SELECT version_num FROM alembic_version")
    elif _scalar(conn, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"):
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


def _create_roles(conn: sa.Connection) -> None:
    existing = set(
        conn.execute(
            sa.text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:r)"), {"r": list(ROLES)}
        ).scalars()
    )
    for role in ROLES:
        if role not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    # An administrator hands out the other two roles (`server grant` as an admin).
    conn.exec_driver_sql(f"GRANT {CONSULTANT}, {VIEWER} TO {ADMIN} WITH ADMIN OPTION")


def _secure(conn: sa.Connection) -> None:
    from cdmo_desktop import __version__

    try:
        server_security.install_functions(conn)
        server_security.install_policies(conn)
    except server_security.UnclassifiedTables as exc:
        raise ServerRefused(
            f"this version does not know who may see the tables {exc}; nothing was changed"
        ) from None
    conn.exec_driver_sql(
        f"COMMENT ON TABLE alembic_version IS {_literal(APP_PREFIX + __version__)}"
    )


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
        _require_set_up(conn)
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


def _client(conn: sa.Connection, name: str) -> tuple[str, str]:
    rows = conn.execute(
        sa.text(
            "SELECT id, name FROM client WHERE id = :n OR lower(name) = lower(:n) ORDER BY name"
        ),
        {"n": name.strip()},
    ).all()
    if len(rows) == 1:
        return str(rows[0][0]), str(rows[0][1])
    if rows:
        raise ServerRefused(f"{len(rows)} clients are named {name!r}; give the client's id")
    known = conn.execute(sa.text("SELECT name FROM client ORDER BY name")).scalars().all()
    listed = ", ".join(known[:10]) + (", ..." if len(known) > 10 else "")
    raise ServerRefused(f"there is no client named {name!r} (clients: {listed or 'none'})")


def _check_login_name(name: str) -> None:
    if not _LOGIN.match(name) or name in ROLES or name.lower().startswith("pg_"):
        raise ServerRefused(f"{name!r} cannot be a server login name")


def _login_exists(conn: sa.Connection, name: str) -> bool:
    return bool(_scalar(conn, "SELECT count(*) FROM pg_roles WHERE rolname = :n", n=name))


def _desk_role(conn: sa.Connection, name: str) -> str:
    rows = conn.execute(
        sa.text(
            "SELECT g.rolname FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid "
            "JOIN pg_roles AS u ON u.oid = m.member WHERE u.rolname = :n AND g.rolname = ANY(:r)"
        ),
        {"n": name, "r": list(ROLES)},
    ).scalars()
    held = set(rows)
    return next((short for short, role in ROLE_NAMES.items() if role in held), "")


def _log_session(conn: sa.Connection) -> sa.orm.Session:
    """A store session on `conn`: its rows are validated and change-logged as everywhere,
    in the name of the server login."""
    from cdmo_desktop.store.store import StoreSession

    s = StoreSession(bind=conn, expire_on_commit=False, autoflush=False)
    s.info["user"] = str(_scalar(conn, "SELECT session_user"))
    s.info["reason"] = "server access"
    return s


def grant(
    engine: sa.Engine,
    user: str,
    client: str | None,
    role: str | None = None,
    *,
    password: str | None = None,
) -> str:
    """Let `user` see `client` as `role` (default: the role they hold, else consultant).
    With `password` the login is created when missing; otherwise it must exist."""
    from cdmo_desktop.domain.models import ClientAccess

    _check_login_name(user)
    with engine.connect() as conn, conn.begin():
        _require_set_up(conn)
        _require_admin(conn)
        found = _client(conn, client) if client is not None else None
        if not _login_exists(conn, user):
            if password is None:
                raise ServerRefused(
                    f"there is no server login named {user}; add --create to make it"
                )
            if not _scalar(
                conn, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user"
            ):
                raise ServerRefused(
                    "this login may not create logins (CREATEROLE); ask the server's owner"
                )
            verifier = scram_verifier(password)
            conn.exec_driver_sql(f"CREATE ROLE {_quote(user)} LOGIN PASSWORD {_literal(verifier)}")
        current = _desk_role(conn, user)
        wanted = role or current or "consultant"
        if wanted != "admin" and found is None:
            raise ServerRefused("give the client the login may see (--client NAME)")
        for short, group in ROLE_NAMES.items():
            if short == wanted:
                conn.exec_driver_sql(f"GRANT {group} TO {_quote(user)}")
            elif short == current:
                conn.exec_driver_sql(f"REVOKE {group} FROM {_quote(user)}")
        said = f"{user} is {'an' if wanted == 'admin' else 'a'} {wanted}"
        if found is None:
            return f"{said} (sees every client)"
        client_id, client_name = found
        known = _scalar(
            conn,
            "SELECT count(*) FROM client_access WHERE user_name = :u AND client_id = :c",
            u=user,
            c=client_id,
        )
        if not known:
            with _log_session(conn) as s:
                s.add(ClientAccess(user_name=user, client_id=client_id))
                s.flush()
    return f"{said} and sees {client_name}"


def revoke(engine: sa.Engine, user: str, client: str | None) -> str:
    """Take `client` away from `user`; without a client, every client and the desk role
    (the login itself stays: dropping it is the server owner's business)."""
    from cdmo_desktop.domain.models import ClientAccess

    with engine.connect() as conn, conn.begin():
        _require_set_up(conn)
        _require_admin(conn)
        found = _client(conn, client) if client is not None else None
        if not _login_exists(conn, user):
            raise ServerRefused(f"there is no server login named {user}")
        with _log_session(conn) as s:
            query = sa.select(ClientAccess).where(col(ClientAccess.user_name) == user)
            if found is not None:
                query = query.where(col(ClientAccess.client_id) == found[0])
            rows = list(s.execute(query).scalars())
            for row in rows:
                s.delete(row)
            s.flush()
        if found is not None:
            if not rows:
                raise ServerRefused(f"the login {user} was not granted {found[1]}")
            return f"{user} no longer sees {found[1]}"
        role = _desk_role(conn, user)
        if role:
            conn.exec_driver_sql(f"REVOKE {ROLE_NAMES[role]} FROM {_quote(user)}")
    return f"{user} no longer has a desk role or any client"


def users(engine: sa.Engine) -> list[ServerUser]:
    """Every login with a desk role or a client, by name."""
    with engine.connect() as conn, conn.begin():
        _require_set_up(conn)
        _require_admin(conn)
        members = conn.execute(
            sa.text(
                "SELECT u.rolname, g.rolname FROM pg_auth_members AS m "
                "JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS u ON u.oid = m.member "
                "WHERE g.rolname = ANY(:r) AND u.rolcanlogin"
            ),
            {"r": list(ROLES)},
        ).all()
        access = conn.execute(
            sa.text(
                "SELECT a.user_name, c.name FROM client_access AS a "
                "JOIN client AS c ON c.id = a.client_id"
            )
        ).all()
    roles: dict[str, set[str]] = {}
    for name, group in members:
        roles.setdefault(str(name), set()).add(str(group))
    clients: dict[str, set[str]] = {}
    for name, client in access:
        clients.setdefault(str(name), set()).add(str(client))
    out = []
    for name in sorted(roles.keys() | clients.keys()):
        held = roles.get(name, set())
        role = next((short for short, group in ROLE_NAMES.items() if group in held), "")
        out.append(ServerUser(name, role, tuple(sorted(clients.get(name, set())))))
    return out
