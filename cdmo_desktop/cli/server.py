"""`cdmo-desktop server`: set up and administer a team server (PostgreSQL).

    cdmo-desktop server init --db URL        migrate, create the roles, install the rules
    cdmo-desktop server upgrade --db URL     migrate after an app update (refused while
                                             clients of an older version are connected)
    cdmo-desktop server grant --db URL --user NAME --client NAME [--role ROLE] [--create]
    cdmo-desktop server revoke --db URL --user NAME [--client NAME]
    cdmo-desktop server users --db URL       logins, their roles and clients

URL is postgresql://LOGIN@HOST:PORT/DATABASE (?sslmode=verify-full for TLS). The password
of LOGIN comes from the keyring, PGPASSWORD, ~/.pgpass or the service file. `grant
--create` makes the login with the password in $CDMO_DESKTOP_NEW_PASSWORD, else the one
typed at the prompt. See docs/team-server.md.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlalchemy as sa

    from cdmo_desktop.store.location import ServerURL

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2  # bad input or a refusal: nothing changed
NEW_PASSWORD_ENV = "CDMO_DESKTOP_NEW_PASSWORD"
ROLES = ("consultant", "viewer", "admin")


class ServerCommandError(Exception):
    """One line for stderr and the exit status."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def register(subparsers: Any) -> argparse.ArgumentParser:
    server = subparsers.add_parser(
        "server",
        help="set up and administer a team server (PostgreSQL)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    for name, text in (
        ("init", "migrate the database, create the roles and install the access rules"),
        ("upgrade", "migrate the server after an app update"),
        ("users", "list the logins, their roles and clients"),
    ):
        _db(actions.add_parser(name, help=text)).set_defaults(func=run, server_action=name)
    grant = _db(actions.add_parser("grant", help="let a login see a client"))
    grant.add_argument("--user", required=True, metavar="NAME", help="the server login")
    grant.add_argument("--client", metavar="NAME", help="the client's name or id")
    grant.add_argument("--role", choices=ROLES, help="consultant (default), viewer or admin")
    grant.add_argument(
        "--create",
        action="store_true",
        help=f"create the login (password from ${NEW_PASSWORD_ENV} or a prompt)",
    )
    grant.set_defaults(func=run, server_action="grant")
    revoke = _db(actions.add_parser("revoke", help="take a client (or every client) away"))
    revoke.add_argument("--user", required=True, metavar="NAME", help="the server login")
    revoke.add_argument("--client", metavar="NAME", help="only this client")
    revoke.set_defaults(func=run, server_action="revoke")
    return server


def _db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--db", required=True, metavar="URL", help="postgresql://LOGIN@HOST/DB")
    return parser


def _say(message: str) -> None:
    if sys.stderr is not None:
        print(f"cdmo-desktop: error: {' '.join(message.split())}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Run one `server` action; refusals are one line on stderr (exit 2), never a
    traceback, SQL or a password."""
    try:
        print(_run(args))
        return EXIT_OK
    except ServerCommandError as exc:
        _say(str(exc))
        return exc.code


def _run(args: argparse.Namespace) -> str:
    from cdmo_desktop.store import server_admin, server_users
    from cdmo_desktop.store.errors import StoreError

    action = args.server_action
    password = _new_password() if action == "grant" and args.create else None
    engine, url = _engine(str(args.db))
    try:
        if action == "init":
            return server_admin.init(engine)
        if action == "upgrade":
            return server_admin.upgrade(engine)
        if action == "grant":
            return server_users.grant(engine, args.user, args.client, args.role, password=password)
        if action == "revoke":
            return server_users.revoke(engine, args.user, args.client)
        return _users_table(server_users.users(engine))
    except StoreError as exc:
        raise ServerCommandError(exc.sentence()) from None
    except Exception as exc:
        raise ServerCommandError(_database_error(exc, url), EXIT_FAILED) from None
    finally:
        engine.dispose()


def _users_table(users: list[Any]) -> str:
    if not users:
        return "no logins have a role or a client yet (see 'server grant')"
    lines = [f"{u.name}\t{u.role or '-'}\t{', '.join(u.clients) or '-'}" for u in users]
    return "\n".join(lines)


def _new_password() -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin or not sys.stdin.isatty():
        raise ServerCommandError(
            f"--create needs the new login's password: set ${NEW_PASSWORD_ENV} or run it "
            "in a terminal"
        )
    first = getpass.getpass("Password of the new login: ")
    if not first or getpass.getpass("The same password again: ") != first:
        raise ServerCommandError("the two passwords differ (or are empty); nothing was changed")
    return first


def _engine(text: str) -> tuple[sa.Engine, ServerURL]:
    from cdmo_desktop.store.engine import make_server_engine
    from cdmo_desktop.store.errors import BadServerURL
    from cdmo_desktop.store.location import ServerURL

    try:
        url = ServerURL.parse(text)
    except BadServerURL as exc:
        raise ServerCommandError(exc.sentence()) from None
    return make_server_engine(url, pooled=False), url


def _database_error(exc: BaseException, url: ServerURL) -> str:
    """A failed connection as the app says it, else the server's own first line (never
    the SQL or its parameters)."""
    import sqlalchemy as sa

    from cdmo_desktop.store.server import connection_error

    if isinstance(exc, sa.exc.OperationalError):
        return connection_error(exc, url).sentence()
    orig = getattr(exc, "orig", None) if isinstance(exc, sa.exc.DBAPIError) else None
    if orig is None:
        return f"the server command failed ({type(exc).__name__})"
    text = str(orig).strip()
    return f"the server refused: {text.splitlines()[0] if text else type(orig).__name__}"
