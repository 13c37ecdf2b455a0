"""The logins of a team server and the clients they see: `cdmo-desktop server
grant|revoke|users`. A login holds one of the three desk roles (store/server_security.py);
`client_access` lists its clients, written through a store session so each grant and revoke
is in the change log, in the administrator's name.
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

from cdmo_desktop.store.server_admin import (
    ServerRefused,
    literal,
    may_create_roles,
    require_admin,
    require_set_up,
    scalar,
)
from cdmo_desktop.store.server_security import ADMIN, CONSULTANT, ROLES, VIEWER

ROLE_NAMES = {"admin": ADMIN, "consultant": CONSULTANT, "viewer": VIEWER}
_LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


@dataclass(frozen=True)
class ServerUser:
    name: str
    role: str  # "admin", "consultant", "viewer" or "" (a login with no desk role)
    clients: tuple[str, ...]  # client names, sorted


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


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
    return bool(scalar(conn, "SELECT count(*) FROM pg_roles WHERE rolname = :n", n=name))


def _desk_roles(conn: sa.Connection, name: str) -> set[str]:
    """The desk roles `name` holds, by short name ("admin", ...)."""
    rows = conn.execute(
        sa.text(
            "SELECT g.rolname FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid "
            "JOIN pg_roles AS u ON u.oid = m.member WHERE u.rolname = :n AND g.rolname = ANY(:r)"
        ),
        {"n": name, "r": list(ROLES)},
    ).scalars()
    held = set(rows)
    return {short for short, role in ROLE_NAMES.items() if role in held}


def _desk_role(conn: sa.Connection, name: str) -> str:
    """The strongest desk role `name` holds ("" for none)."""
    held = _desk_roles(conn, name)
    return next((short for short in ROLE_NAMES if short in held), "")


def _set_role(conn: sa.Connection, user: str, group: str, *, granted: bool) -> None:
    """GRANT or REVOKE a desk role, refused in one sentence when this login may not hand it
    out (an admin hands out consultant and viewer; only the owner makes admins)."""
    allowed = may_create_roles(conn) or scalar(
        conn, "SELECT pg_has_role(session_user, :g, 'MEMBER WITH ADMIN OPTION')", g=group
    )
    if not allowed:
        me = scalar(conn, "SELECT session_user")
        raise ServerRefused(
            f"the login {me} may not hand out or take away the role {group}; ask the server's owner"
        )
    if granted:
        conn.exec_driver_sql(f"GRANT {group} TO {_quote(user)}")
    else:
        conn.exec_driver_sql(f"REVOKE {group} FROM {_quote(user)}")


def _log_session(conn: sa.Connection) -> sa.orm.Session:
    """A store session on `conn`: its rows are validated and change-logged as everywhere,
    in the name of the server login."""
    from cdmo_desktop.store.store import StoreSession

    s = StoreSession(bind=conn, expire_on_commit=False, autoflush=False)
    s.info["user"] = str(scalar(conn, "SELECT session_user"))
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
        require_set_up(conn)
        require_admin(conn)
        found = _client(conn, client) if client is not None else None
        if not _login_exists(conn, user):
            if password is None:
                raise ServerRefused(
                    f"there is no server login named {user}; add --create to make it"
                )
            if not may_create_roles(conn):
                raise ServerRefused(
                    "this login may not create logins (CREATEROLE); ask the server's owner"
                )
            verifier = scram_verifier(password)
            conn.exec_driver_sql(f"CREATE ROLE {_quote(user)} LOGIN PASSWORD {literal(verifier)}")
        current = _desk_role(conn, user)
        held = _desk_roles(conn, user)
        wanted = role or current or "consultant"
        if wanted != "admin" and found is None:
            raise ServerRefused("give the client the login may see (--client NAME)")
        for short, group in ROLE_NAMES.items():
            if short == wanted and short not in held:
                _set_role(conn, user, group, granted=True)
            elif short != wanted and short in held:  # one desk role per login
                _set_role(conn, user, group, granted=False)
        said = f"{user} is {'an' if wanted == 'admin' else 'a'} {wanted}"
        if found is None:
            return f"{said} (sees every client)"
        client_id, client_name = found
        known = scalar(
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
        require_set_up(conn)
        require_admin(conn)
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
        for role in _desk_roles(conn, user):
            _set_role(conn, user, ROLE_NAMES[role], granted=False)
    return f"{user} no longer has a desk role or any client"


def users(engine: sa.Engine) -> list[ServerUser]:
    """Every login with a desk role or a client, by name."""
    with engine.connect() as conn, conn.begin():
        require_set_up(conn)
        require_admin(conn)
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
