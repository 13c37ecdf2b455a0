"""`cdmo-desktop`: the window by default, sub-commands for work without it.

    cdmo-desktop [--db PATH | --demo]          open the window
    cdmo-desktop FILE.sqlite                   the same as --db FILE.sqlite (file managers)
    cdmo-desktop demo PATH [--force]           write the demo portfolio to a new file
    cdmo-desktop check [--db PATH]             schema, integrity and audit-trail check
    cdmo-desktop backup [--db PATH] [--to DIR] consistent backup, prints its path
    cdmo-desktop list partners|engagements|agreements [--db PATH]
    cdmo-desktop report status|agreement ...   PDF exports (see `report --help`)
    cdmo-desktop export KIND --db PATH --out FILE     registers, schedules, calendars
    cdmo-desktop import KIND FILE --db PATH           records or a schedule from a file
    cdmo-desktop erase --db PATH --contact ID --reason TEXT   erase a person (cli/erase.py)
    cdmo-desktop encrypt|decrypt --db PATH     encrypt a database with a passphrase, or not
    cdmo-desktop copy --from SRC --to DST [--force]   a whole workspace into another database
    cdmo-desktop server init|upgrade|grant|revoke|users --db URL   a team server (cli/server.py)
    cdmo-desktop sync clone|pack|apply|with|status|conflicts   replicas and sync files (cli/sync.py)

An encrypted database's passphrase comes from $CDMO_DESKTOP_PASSPHRASE, the keychain or a prompt.

Without --db the database is $CDMO_DESKTOP_DB, else the file in the user-data folder.
`check`, `list` and `backup` never change the database. Every error is one line on stderr
and a non-zero exit status. Arguments are parsed before the store (SQLModel) or Qt is
imported, so `--help` and usage errors are instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from cdmo_desktop.cli.target import HELP, METAVAR, Target, db_arg, is_server, resolve

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

    from cdmo_desktop.store.probe import Probe

EXIT_OK = 0
EXIT_FAILED = 1  # the database is unhealthy, or the operation failed
EXIT_USAGE = 2  # bad arguments, or a refusal such as overwriting a file

LISTS = {  # what `list` shows: table, label column
    "partners": ("partner", "name"),
    "engagements": ("engagement", "title"),
    "agreements": ("agreement", "title"),
}


class CliError(Exception):
    """A refusal or failure reported as one line on stderr with exit status `code`."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{self.prog} --help')", EXIT_USAGE)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=db_arg,
        default=argparse.SUPPRESS,
        metavar=METAVAR,
        help=f"{HELP} (default: $CDMO_DESKTOP_DB, else the file in the user-data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    from cdmo_desktop import __version__

    parser = _Parser(
        prog="cdmo-desktop",
        description="Partnership Desk: partner profiles, charters, risks, schedules, reports.",
        epilog="Without a command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser)
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh demo portfolio in a temporary folder"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    demo = commands.add_parser("demo", help="write the demo portfolio to a new database file")
    demo.add_argument(
        "path", type=db_arg, metavar=METAVAR, help="the file to create, or an empty team server"
    )
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")
    demo.set_defaults(func=_demo)
    check = commands.add_parser("check", help="print schema version and integrity check")
    _db_option(check)
    check.set_defaults(func=_check)
    backup = commands.add_parser("backup", help="take a consistent backup, print its path")
    _db_option(backup)
    backup.add_argument(
        "--to", type=Path, metavar="DIR", help="folder for the backup (default: backups/ beside)"
    )
    backup.set_defaults(func=_backup)
    listing = commands.add_parser("list", help="print id<TAB>name lines, sorted by name")
    listing.add_argument("what", choices=sorted(LISTS))
    _db_option(listing)
    listing.set_defaults(func=_list)
    _register_reports(commands)
    _register_exchange(commands)
    from cdmo_desktop.cli.erase import register as register_erase  # light: loads on use

    register_erase(commands)
    _register_encryption(commands)
    from cdmo_desktop.cli.transfer import register as register_copy  # light: loads on use

    register_copy(commands)

    from cdmo_desktop.cli.server import register as register_server  # light: loads on use

    register_server(commands)
    from cdmo_desktop.cli.sync import register as register_sync  # light: loads on use

    register_sync(commands)
    return parser


def _register_encryption(commands: Any) -> None:
    """`encrypt` and `decrypt` (the work is in cli/encryption.py)."""
    encrypt = commands.add_parser(
        "encrypt", help="encrypt a database with a passphrase (in place, after a backup)"
    )
    _db_option(encrypt)
    encrypt.set_defaults(func=_encrypt)
    decrypt = commands.add_parser("decrypt", help="remove the encryption of a database")
    _db_option(decrypt)
    decrypt.set_defaults(func=_decrypt)


def _encrypt(args: argparse.Namespace) -> int:
    from cdmo_desktop.cli import encryption

    path = _existing_file(_db_path(args))
    return _refusals(lambda: encryption.run_encrypt(path))


def _decrypt(args: argparse.Namespace) -> int:
    from cdmo_desktop.cli import encryption

    path = _existing_file(_db_path(args))
    return _refusals(lambda: encryption.run_decrypt(path))


def _existing_file(path: Target) -> Path:
    if isinstance(path, str):
        raise CliError(
            "encrypt and decrypt work on a database file; a team server's data is "
            "protected by the server (TLS, its disk encryption)",
            EXIT_USAGE,
        )
    if not path.is_file():
        raise CliError(f"The file {path} does not exist.")
    return path


def _unlock(args: argparse.Namespace) -> None:
    """The passphrase of an encrypted --db file, before the command reads it."""
    if args.command in (None, "demo", "encrypt", "server", "copy"):  # copy unlocks its own files
        return
    from cdmo_desktop.cli import encryption

    path = _db_path(args)
    if isinstance(path, str):  # a team server: its password comes from libpq or the keychain
        return
    _refusals(lambda: encryption.unlock(path))


def _refusals(work: Callable[[], int | None]) -> int:
    """Run `work`; a refusal of cli/encryption.py exits with status 2 (usage)."""
    from cdmo_desktop.cli.encryption import Refused

    try:
        return int(work() or 0)
    except Refused as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def _register_reports(commands: Any) -> None:
    """`report status|agreement` (cli/report.py, light to import: the store and the PDF
    builders load when a report is written)."""
    from cdmo_desktop.cli.report import register

    register(commands)


def _register_exchange(commands: Any) -> None:
    """`export KIND` and `import KIND FILE` (cli/exchange.py, light to import)."""
    from cdmo_desktop.cli.exchange import register

    register(commands)


def _db_path(args: argparse.Namespace) -> Target:
    """--db (a file or a server URL), else $CDMO_DESKTOP_DB, else the user-data file."""
    explicit = getattr(args, "db", None)
    if explicit is not None:
        return resolve(explicit)
    env = os.environ.get("CDMO_DESKTOP_DB")
    if env and is_server(env):
        return resolve(db_arg(env))
    from cdmo_desktop.store.paths import default_db_path

    return default_db_path()


def _probed(path: Path, *, full: bool | None = None) -> Probe:
    """The read-only probe of `path` (store/probe.py): a missing, foreign, damaged or
    newer file is refused (StoreError, one line) before anything reads it further."""
    from cdmo_desktop.store.probe import probe

    return probe(path, full=full)


def _gui(args: argparse.Namespace) -> int:
    if args.demo and getattr(args, "db", None) is not None:
        raise CliError(
            "--demo opens a fresh demo portfolio; it cannot be combined with --db", EXIT_USAGE
        )
    try:
        from cdmo_desktop.gui.app import run
    except ImportError as exc:
        raise CliError(f"the window cannot start: {exc}") from exc
    db = getattr(args, "db", None)
    target = resolve(db) if db is not None else None
    return int(run(target, bool(args.demo)))  # a URL: the window on that team server


def _demo(args: argparse.Namespace) -> int:
    from cdmo_desktop.store import sync
    from cdmo_desktop.store.demo import populate
    from cdmo_desktop.store.files import atomic_path
    from cdmo_desktop.store.lock import InstanceLock
    from cdmo_desktop.store.store import open_store

    if is_server(args.path):
        return _demo_on_server(str(args.path))
    path = Path(args.path).expanduser().absolute()
    if path.is_dir():
        raise CliError(
            f"{path} is a folder; give the name of the database file to create", EXIT_USAGE
        )
    if path.exists() and not args.force:
        raise CliError(f"{path} already exists; use --force to replace it", EXIT_USAGE)
    if not path.parent.is_dir():
        raise CliError(f"the folder {path.parent} does not exist", EXIT_USAGE)
    lock = InstanceLock(path)
    lock.acquire()  # never replace a database that is open in a window
    try:
        with atomic_path(path) as part:  # owner-only, fsynced, renamed into place
            with open_store(part, lock=False) as store:
                populate(store)
                sync.settle_location(store, path)  # renamed below, not copied
            if path.exists() and not args.force:
                raise CliError(f"{path} already exists; use --force to replace it", EXIT_USAGE)
            for side in ("-wal", "-shm", "-journal"):  # the old file's, never the new one's
                path.with_name(path.name + side).unlink(missing_ok=True)
    finally:
        lock.release()
    print(path)
    return EXIT_OK


def _demo_on_server(url: str) -> int:
    """The demo portfolio written to an empty team server (set up first when it is bare)."""
    from cdmo_desktop.store.demo import populate
    from cdmo_desktop.store.store import open_store

    with open_store(url, create=True) as store:
        if _has_rows(store):
            raise CliError(
                f"The team server {store.location} already holds a workspace; the demo is "
                "written only to an empty one",
                EXIT_USAGE,
            )
        populate(store)
        print(store.location)
    return EXIT_OK


def _has_rows(store: Any) -> bool:
    import sqlalchemy as sa

    with store.read() as s:
        return any(
            s.execute(sa.text(f'SELECT 1 FROM "{table}" LIMIT 1')).first() is not None
            for table in ("partner", "client", "engagement")
        )


def _schema_step(conn: sqlite3.Connection, found: Probe) -> str:
    kinds = [
        r[0] for r in conn.execute("SELECT type FROM sqlite_master WHERE name NOT LIKE 'sqlite%'")
    ]
    plural = {"table": "tables", "index": "indexes", "trigger": "triggers", "view": "views"}
    counts = ", ".join(f"{kinds.count(k)} {plural[k]}" for k in plural)
    return f"schema objects: ok ({counts}, as the migrations made them)"


def _integrity_step(conn: sqlite3.Connection, found: Probe) -> str:
    return "integrity_check: ok"  # the probe ran it (full=True) and refuses a failure


def _foreign_key_step(conn: sqlite3.Connection, found: Probe) -> str:
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({str(row[0]) for row in broken}))
        raise CliError(f"The file {found.path} has {len(broken)} broken references (in {tables}).")
    return "foreign_key_check: ok"


def _audit_step(conn: sqlite3.Connection, found: Probe) -> str:
    """The chained change log, its append-only triggers and the tables against it."""
    from cdmo_desktop.store.audit import verify_connection

    report = verify_connection(conn)
    if not report.ok:
        raise CliError(report.summary())
    return report.summary()


# What `check` verifies after the probe, in order: each step returns its line of output or
# raises CliError (exit 1, the problem found). Add a step here to check more.
CHECK_STEPS: list[Callable[[sqlite3.Connection, Probe], str]] = [
    _schema_step,
    _integrity_step,
    _foreign_key_step,
    _audit_step,
]


def _check(args: argparse.Namespace) -> int:
    from cdmo_desktop.store.migrate import HEAD_REVISION
    from cdmo_desktop.store.probe import reading

    path = _db_path(args)
    if isinstance(path, str):
        return _check_server(path)
    found = _probed(path, full=True)  # refuses a foreign schema or a failed integrity_check
    revision = found.revision
    if revision is None:
        raise CliError(f"The file {path} is empty: it holds no Partnership Desk schema.")
    if revision != HEAD_REVISION:
        raise CliError(
            f"The file {path} has schema {revision}, behind this version's {HEAD_REVISION}; "
            "opening it in the app upgrades it after a backup."
        )
    lines = [f"schema: {revision} (current)"]
    with reading(path, found.wal) as conn:
        lines += [step(conn, found) for step in CHECK_STEPS]
    if found.read_only:
        lines.append(f"read-only: {found.read_only_reason} (the app opens it read-only)")
    print("\n".join(lines))
    return EXIT_OK


def _check_server(url: str) -> int:
    """`check` on a team server: schema, the server's own constraint enforcement, the
    change log's protection and chain, and the tables against it."""
    from cdmo_desktop.store import server_security
    from cdmo_desktop.store.audit import verify
    from cdmo_desktop.store.store import open_store

    with open_store(url, create=False) as store:
        lines = [f"schema: {store_revision(store)} (current)"]
        with store.engine.connect() as conn:
            invalid = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n "
                "ON n.oid = c.connamespace WHERE n.nspname = current_schema() "
                "AND NOT c.convalidated"
            ).scalar()
            if invalid:
                raise CliError(
                    f"The team server {store.location} has {invalid} constraints that are "
                    "not validated."
                )
            lines.append("constraints: ok (foreign keys and checks enforced by the server)")
            if not server_security.sees_everything(conn):
                lines.append(
                    "audit trail: you see the entries of your clients only; an administrator "
                    "verifies the whole chain (check as an admin or the owner)"
                )
                print("\n".join(lines))
                return EXIT_OK
            report = verify(conn)
        if not report.ok:
            raise CliError(report.summary())
        lines.append(report.summary())
    print("\n".join(lines))
    return EXIT_OK


def store_revision(store: Any) -> str:
    with store.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar())


def _backup(args: argparse.Namespace) -> int:
    from cdmo_desktop.store.backup import backup_database

    path = _db_path(args)
    if isinstance(path, str):
        from cdmo_desktop.store.store import open_store

        with open_store(path, create=False) as store:
            print(store.backup(args.to.expanduser() if args.to is not None else None))
        return EXIT_OK
    found = _probed(path)
    if found.revision is None:
        raise CliError(f"The file {path} is empty: there is nothing to back up.")
    target = args.to.expanduser() if args.to is not None else None
    if found.read_only and target is None:
        raise CliError(
            f"The file {path} is read-only ({found.read_only_reason}): nothing is written "
            "beside it; give a folder for the backup with --to DIR.",
            EXIT_USAGE,
        )
    if target is not None and target.exists() and not target.is_dir():
        raise CliError(f"{target} is a file; --to takes a folder", EXIT_USAGE)
    print(backup_database(path, target))
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    import sqlite3

    from cdmo_desktop.store.probe import reading

    path = _db_path(args)
    table, label = LISTS[args.what]
    if isinstance(path, str):
        _print_rows(_server_rows(path, table, label))
        return EXIT_OK
    found = _probed(path)
    if found.revision is None:
        raise CliError(f"The file {path} is empty: it holds no Partnership Desk schema.")
    try:
        with reading(path, found.wal) as conn:
            rows = conn.execute(f'SELECT id, "{label}" FROM "{table}"').fetchall()
    except sqlite3.Error as exc:
        raise CliError(f"The file {path} cannot be listed ({exc}).") from exc
    _print_rows(rows)
    return EXIT_OK


def _server_rows(url: str, table: str, label: str) -> list[Any]:
    """The id and label of every row of `table` the server lets this user see."""
    import sqlalchemy as sa

    from cdmo_desktop.store.store import open_store

    with open_store(url, create=False) as store, store.read() as s:
        return list(s.execute(sa.text(f'SELECT id, "{label}" FROM "{table}"')).all())


def _print_rows(rows: list[Any]) -> None:
    rows.sort(key=lambda r: (str(r[1]).casefold(), str(r[1]), str(r[0])))
    out = sys.stdout
    for row_id, name in rows:
        out.write(f"{row_id}\t{' '.join(str(name).split())}\n")


def _say(line: str) -> None:
    """One line on stderr (there may be no stderr in a Windows windowed launch)."""
    if sys.stderr is not None:
        print(f"cdmo-desktop: error: {' '.join(line.split())}", file=sys.stderr)


DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def file_argument(argv: Sequence[str]) -> list[str]:
    """`cdmo-desktop FILE` (how a file manager or the desktop entry opens a database) means
    `cdmo-desktop --db FILE`: one argument that is no command or option, naming an existing
    file or a database file name. Tried only when the arguments do not parse as they are,
    so a command always wins; a mistyped command stays an error, never a new file."""
    args = list(argv)
    if len(args) == 1 and not args[0].startswith("-"):
        path = Path(args[0]).expanduser()
        if path.suffix.lower() in DATABASE_SUFFIXES or path.is_file():
            return ["--db", args[0]]
    return args


def plain_launch(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a plain window launch (`cdmo-desktop`, `--demo`, `--db PATH`, a
    lone database file), read without building the whole parser (every command's options:
    ~25 ms of CPU before the first paint); None for anything else, which the parser reads."""
    args = list(argv)
    plain = argparse.Namespace(command=None, demo=False)
    if not args:
        return plain
    if args == ["--demo"]:
        plain.demo = True
        return plain
    if len(args) == 2 and args[0] == "--db":
        text = args[1]
    elif len(args) == 1 and args[0].startswith("--db="):
        text = args[0].removeprefix("--db=")
    elif (
        len(args) == 1
        and not args[0].startswith("-")
        and Path(args[0]).suffix.lower() in DATABASE_SUFFIXES
    ):
        text = args[0]  # no command has a dot in its name: this is a file (file_argument)
    else:
        return None
    if not text or text.startswith("-"):
        return None
    try:
        plain.db = db_arg(text)
    except argparse.ArgumentTypeError:
        return None  # the parser says what is wrong with it
    return plain


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """The arguments; a lone database file (no command of that name) opens the window."""
    try:
        return parser.parse_args(argv)
    except CliError:
        as_file = file_argument(argv)
        if as_file == argv:
            raise
        return parser.parse_args(as_file)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 = success)."""
    if getattr(sys, "frozen", False):
        # In a frozen app the PDF worker process (gui/reports/pdf_process.py) is this same
        # executable started again: freeze_support runs the worker there and exits. (Only
        # there: importing multiprocessing costs ~20 ms of every start.)
        import multiprocessing

        multiprocessing.freeze_support()
    from cdmo_desktop.store import safe_log
    from cdmo_desktop.store.errors import StoreError
    from cdmo_desktop.store.files import private_umask

    private_umask()  # every file a command creates is owner-only
    safe_log.install()  # no log line carries SQL, its parameters or record contents
    try:
        given = sys.argv[1:] if argv is None else list(argv)
        args = plain_launch(given) or _parse(build_parser(), given)
        func = getattr(args, "func", None)
        if func is not None:
            _unlock(args)
        return int(func(args)) if func is not None else _gui(args)
    except CliError as exc:
        _say(str(exc))
        return exc.code
    except StoreError as exc:
        _say(exc.sentence())
        return EXIT_FAILED
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # `cdmo-desktop list partners | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # never its text: a database error's holds SQL and parameters
        _say(f"unexpected error: {safe_log.user_text(exc)}")
        return EXIT_FAILED
