"""`cdmo-desktop sync`: replicas that exchange their edits as files (store/sync.py).

    cdmo-desktop sync clone --db SRC --out DST        a new replica of a file or team server
    cdmo-desktop sync pack --db PATH --out FILE [--for PEER] [--encrypt]
    cdmo-desktop sync apply FILE --db PATH            merge a sync file (after a backup)
    cdmo-desktop sync with --db PATH --server URL     both directions with a team server
    cdmo-desktop sync status [--db PATH]              this replica, its peers, open conflicts
    cdmo-desktop sync conflicts [--db PATH] [--all]   the conflicts a merge found

A sync file (.cdmosync) travels by any means: a USB stick, e-mail, a shared folder with
an outbox per replica. `--for PEER` (a peer's name or id, see `sync status`) packs only
what that peer has not seen; without it every change is packed. `--encrypt` protects the
file with a passphrase (AES-256-GCM): from $CDMO_SYNC_PASSPHRASE, else a prompt; `apply`
asks for it the same way. Every refusal (a damaged, truncated, newer-schema or encrypted
file without its passphrase, a file for another replica) is one line on stderr with exit
status 2, and the database is left as it was; a file already applied is a no-op with a
message. The live database must not sit in a cloud-synced folder (Dropbox, OneDrive...):
the commands warn when it does.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cdmo_desktop.cli.sync_report as sync_report
from cdmo_desktop.cli.target import HELP, METAVAR, Target, db_arg, is_server, resolve
from cdmo_desktop.domain.formats import amount_text

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store
    from cdmo_desktop.store.sync import SyncBatch

EXIT_OK = 0
EXIT_USAGE = 2
PASSPHRASE_ENV = "CDMO_SYNC_PASSPHRASE"
BACKUP_REASON = "before-sync"


class Refused(Exception):
    """A refusal: one line on stderr, exit status 2, nothing written."""


def _guarded(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except Refused as exc:
            if sys.stderr is not None:
                print(f"cdmo-desktop: error: {' '.join(str(exc).split())}", file=sys.stderr)
            return EXIT_USAGE

    return run


def register(subparsers: Any) -> argparse.ArgumentParser:
    sync = subparsers.add_parser(
        "sync",
        help="exchange edits with other replicas through sync files",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verbs = sync.add_subparsers(dest="verb", metavar="VERB", required=True)
    clone = verbs.add_parser("clone", help="make a new replica (an SQLite file) of a database")
    _db(clone, required=True, text="the database to clone: a file or a team server")
    clone.add_argument("--out", type=Path, required=True, metavar="DST", help="the new file")
    clone.set_defaults(func=_guarded(_clone))
    pack = verbs.add_parser("pack", help="write the changes a peer has not seen to a file")
    _db(pack)
    pack.add_argument("--out", type=Path, required=True, metavar="FILE", help="the sync file")
    pack.add_argument("--for", dest="peer", metavar="PEER", help="a peer's name or id")
    pack.add_argument("--encrypt", action="store_true", help="protect it with a passphrase")
    pack.add_argument("--force", action="store_true", help="replace FILE if it exists")
    pack.set_defaults(func=_guarded(_pack))
    apply = verbs.add_parser("apply", help="merge a sync file into the database")
    apply.add_argument("file", type=Path, metavar="FILE", help="the .cdmosync file")
    _db(apply)
    apply.set_defaults(func=_guarded(_apply))
    both = verbs.add_parser("with", help="sync both ways with a team server")
    _db(both)
    both.add_argument("--server", type=db_arg, required=True, metavar="URL", help="the server")
    both.set_defaults(func=_guarded(_with))
    status = verbs.add_parser("status", help="this replica, its peers and open conflicts")
    _db(status)
    status.set_defaults(func=_guarded(_status))
    conflicts = verbs.add_parser("conflicts", help="list the conflicts merges found")
    _db(conflicts)
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.set_defaults(func=_guarded(_conflicts))
    return sync


def _db(parser: argparse.ArgumentParser, *, required: bool = False, text: str = HELP) -> None:
    parser.add_argument(
        "--db",
        type=db_arg,
        required=required,
        default=argparse.SUPPRESS,
        metavar=METAVAR,
        help=text if required else f"{text} (default: $CDMO_DESKTOP_DB, else the user's file)",
    )


# --- shared --------------------------------------------------------------------------------


def _refused(text: str) -> Exception:
    return Refused(text)


def _target(args: argparse.Namespace) -> Target:
    """--db (a file or a server URL), else $CDMO_DESKTOP_DB, else the user-data file (as
    every command: cdmo_desktop.cli)."""
    explicit = getattr(args, "db", None)
    if explicit is not None:
        return resolve(explicit)
    env = os.environ.get("CDMO_DESKTOP_DB")
    if env and is_server(env):
        return resolve(db_arg(env))
    from cdmo_desktop.store.paths import default_db_path

    return default_db_path()


def _warn(line: str) -> None:
    if sys.stderr is not None:
        print(f"cdmo-desktop: warning: {' '.join(line.split())}", file=sys.stderr)


def _cloud_warning(target: Target) -> None:
    """One line on stderr when the database file sits in a cloud-synced folder."""
    if isinstance(target, str):
        return
    from cdmo_desktop.store.cloud_folders import warning

    text = warning(target)
    if text is not None:
        _warn(text)


@contextmanager
def _opened(target: Target, *, write: bool = True) -> Iterator[Store]:
    """The store at `target` (an existing file or a team server); refusals exit 2."""
    from cdmo_desktop.store.errors import ServerUnreachable, StorageError, StoreError
    from cdmo_desktop.store.store import open_store

    if isinstance(target, Path) and not target.is_file():
        raise _refused(f"The file {target} does not exist; nothing was changed.")
    _cloud_warning(target)
    try:
        store = open_store(target if isinstance(target, str) else resolve(target), create=False)
    except (ServerUnreachable, StorageError):
        raise
    except StoreError as exc:
        raise _refused(exc.sentence()) from None
    with store:
        if write and store.read_only:
            raise _refused(
                f"{store.location} is open read-only ({store.read_only_reason}); nothing "
                "was changed."
            )
        yield store


@contextmanager
def _refusals() -> Iterator[None]:
    """A sync refusal (a file, a batch, a write the server refused) exits 2."""
    from cdmo_desktop.store.errors import WriteRefused
    from cdmo_desktop.store.sync import SyncRefused
    from cdmo_desktop.store.sync_file import SyncFileError

    try:
        yield
    except (SyncFileError, SyncRefused) as exc:
        raise _refused(exc.sentence()) from None
    except WriteRefused as exc:
        raise _refused(f"{exc} Nothing was changed.") from None


def _prompt(text: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(text) or None


def _passphrase(name: str, *, new: bool) -> str:
    """The sync file's passphrase: $CDMO_SYNC_PASSPHRASE, else a prompt (twice when new)."""
    given = os.environ.get(PASSPHRASE_ENV) or _prompt(f"Passphrase for {name}: ")
    if not given:
        raise _refused(
            f"{name} {'is to be' if new else 'is'} encrypted: give its passphrase in "
            f"${PASSPHRASE_ENV}, or run the command in a terminal to be asked for it; "
            "nothing was changed."
        )
    if new and PASSPHRASE_ENV not in os.environ and _prompt("The same again: ") != given:
        raise _refused("the two passphrases differ; nothing was written.")
    return given


# --- clone ---------------------------------------------------------------------------------


def _clone(args: argparse.Namespace) -> int:
    from cdmo_desktop.store.sync_clone import clone

    source = resolve(args.db)
    out = Path(args.out).expanduser().absolute()
    if os.path.lexists(out):
        raise _refused(f"{out} already exists; choose a new file for the replica.")
    if not out.parent.is_dir():
        raise _refused(f"The folder {out.parent} does not exist; nothing was copied.")
    _cloud_warning(out)
    with _opened(source, write=False) as store, _refusals():
        try:
            new_id = clone(store, out)
        except Exception as exc:
            from cdmo_desktop.store.transfer import CopyRefused

            if isinstance(exc, CopyRefused):
                raise _refused(exc.sentence()) from None
            raise
        print(f"Cloned {store.location} into {out}: replica {new_id}.")
    return EXIT_OK


# --- pack ----------------------------------------------------------------------------------


def _peer_id(store: Store, wanted: str | None) -> str | None:
    """The id of the peer named (or identified, or id-prefixed) by `wanted`."""
    from cdmo_desktop.store import sync

    if wanted is None:
        return None
    known = sync.peers(store)
    for match in (
        lambda p: p.id == wanted,
        lambda p: p.name.casefold() == wanted.casefold(),
        lambda p: p.id.startswith(wanted),
    ):
        found = [p for p in known if match(p)]
        if len(found) == 1:
            return str(found[0].id)
        if len(found) > 1:
            raise _refused(f"more than one peer matches {wanted!r}; give its id.")
    names = ", ".join(f"{p.name} ({p.id[:8]})" for p in known) or "none yet"
    raise _refused(
        f"no peer {wanted!r} is known here (known: {names}); pack without --for to send "
        "every change, nothing was written."
    )


def _pack(args: argparse.Namespace) -> int:
    from cdmo_desktop.store import sync
    from cdmo_desktop.store.sync_file import SUFFIX, write_sync_file

    out = Path(args.out).expanduser().absolute()
    if out.is_dir():
        raise _refused(f"{out} is a folder; give the name of the sync file to write.")
    if not out.parent.is_dir():
        raise _refused(f"The folder {out.parent} does not exist; nothing was written.")
    if os.path.lexists(out) and not args.force:
        raise _refused(f"{out} already exists; use --force to replace it.")
    passphrase = _passphrase(out.name, new=True) if args.encrypt else None
    with _opened(_target(args)) as store, _refusals():
        sync.ensure_identity(store)
        batch = sync.pack(store, _peer_id(store, args.peer))
        size = write_sync_file(batch, out, passphrase=passphrase)
        sync.mark_sent(store, batch)
    note = "encrypted, " if passphrase else ""
    size_text = amount_text(size, decimals=0)
    print(f"Packed {len(batch.entries)} changes into {out} ({note}{size_text} bytes).")
    if out.suffix != SUFFIX:
        _warn(f"sync files are usually named *{SUFFIX}; {out.name} is not")
    return EXIT_OK


# --- apply ---------------------------------------------------------------------------------


def _read(path: Path) -> SyncBatch:
    """The batch in the sync file `path` (checksum, format, schema checked first; the
    passphrase asked for only when the file is encrypted). Refusals exit 2."""
    from cdmo_desktop.store.sync_file import describe, read_sync_file

    path = path.expanduser()
    with _refusals():
        info = describe(path)
        passphrase = _passphrase(path.name, new=False) if info.encrypted else None
        return read_sync_file(path, passphrase=passphrase)


def _news(store: Store, batch: SyncBatch, name: str) -> bool:
    """Whether `batch` brings anything this database lacks; refuses (exit 2, nothing
    written, no backup) a batch made here, one for another replica, or one with a gap."""
    from cdmo_desktop.store import sync

    me = sync.ensure_identity(store)
    if batch.sender == me:
        raise _refused(f"{name} was made by this database itself; nothing was changed.")
    try:
        sync.refuse_misaddressed(store, batch.for_peer, batch.sender_name)
    except sync.SyncRefused as exc:
        raise _refused(
            f"{exc.sentence()} On {batch.sender_name}'s side: cdmo-desktop sync pack "
            f"--for {me[:8]} (or without --for)."
        ) from None
    with store.engine.connect() as conn:
        held = sync.holdings(conn)
    new = False
    for origin, (first, last) in batch.ranges().items():
        have = held.get(origin, 0)
        if first > have + 1:
            raise _refused(
                f"{name} starts after changes this database has not received from "
                f"{batch.sender_name}; apply the earlier files first (or ask for a file "
                "packed without --for); nothing was changed."
            )
        new = new or last > have
    return new


def _apply(args: argparse.Namespace) -> int:
    from cdmo_desktop.store import sync

    batch = _read(args.file)
    name = f"The sync file {args.file.name}"
    with _opened(_target(args)) as store, _refusals():
        if not _news(store, batch, name):
            print(
                f"Nothing new: every change in {args.file.name} is already here (from "
                f"{batch.sender_name}, {sync_report.when(batch.created_at)}); nothing was changed."
            )
            return EXIT_OK
        backup = store.backup(reason=BACKUP_REASON)
        report = sync.apply(store, batch)
    print(f"Backup before applying: {backup}")
    sync_report.print_report(report, f"from {batch.sender_name}")
    return EXIT_OK


# --- with a team server --------------------------------------------------------------------


def _with(args: argparse.Namespace) -> int:
    from cdmo_desktop.store import sync

    target = _target(args)
    server_url = resolve(args.server)
    if isinstance(target, str) or not isinstance(server_url, str):
        raise _refused("--db is this machine's replica (a file); --server is the team server.")
    with _opened(target) as laptop, _opened(server_url) as server, _refusals():
        laptop_id = sync.ensure_identity(laptop)
        server_id = sync.ensure_identity(server)
        if laptop_id == server_id:
            raise _refused("--db and --server are the same replica; nothing was changed.")
        outgoing = _as_login(sync.pack(laptop, for_peer=server_id), laptop_id, server.user)
        sent = sync.apply(server, outgoing)
        sync.mark_sent(laptop, outgoing)
        incoming = sync.pack(server, for_peer=laptop_id)
        backup = None
        if incoming.entries:
            backup = laptop.backup(reason=BACKUP_REASON)
        received = sync.apply(laptop, incoming)
        sync.mark_sent(server, incoming)
        sync_report.print_report(sent, f"to {server.location}")
        sync_report.print_report(received, f"from {server.location}")
        if backup is not None:
            print(f"Backup before applying: {backup}")
    return EXIT_OK


def _as_login(batch: SyncBatch, own: str, login: str) -> SyncBatch:
    """The laptop's own edits (origin `own`) in the name of the server login that sends
    them: the server logs a change only in the name of the login making it (store/
    server_log.py), and the one running `sync with` is the laptop's user. Edits relayed
    from other replicas keep their author (the server refuses them for a login that is not
    its owner: they reach it through their own replica's `sync with`)."""
    import dataclasses

    if not login:
        return batch
    entries = tuple(
        dataclasses.replace(e, user=login) if e.origin == own and e.user != login else e
        for e in batch.entries
    )
    return dataclasses.replace(batch, entries=entries)


# --- status and conflicts ------------------------------------------------------------------


def _status(args: argparse.Namespace) -> int:
    from cdmo_desktop.domain.models.sync import SYNC_REPLICA
    from cdmo_desktop.store import sync

    with _opened(_target(args), write=False) as store:
        import sqlalchemy as sa

        me = sync.replica_id(store) if store.read_only else sync.ensure_identity(store)
        with store.engine.connect() as conn:
            row = conn.execute(sa.select(SYNC_REPLICA.c.cloned_from)).first()
            held = sync.holdings(conn)
        print(f"replica: {me}")
        if row is not None and row[0]:
            print(f"cloned from: {row[0]}")
        replicas = "1 replica" if len(held) == 1 else f"{len(held)} replicas"
        print(f"changes held: {sum(held.values())} from {replicas}")
        known = sync.peers(store)
        if not known:
            print("peers: none yet")
        for p in known:
            sent = sync_report.when(sync_report.iso(p.last_sent_at))
            received = sync_report.when(sync_report.iso(p.last_received_at))
            print(f"peer: {p.name} ({p.id}); last sent {sent}, last received {received}")
        print(f"open conflicts: {len(sync.conflicts(store, open_only=True))}")
    return EXIT_OK


def _conflicts(args: argparse.Namespace) -> int:
    from cdmo_desktop.store import sync

    with _opened(_target(args), write=False) as store:
        found = sync.conflicts(store, open_only=not args.all)
    if not found:
        print("No open conflicts." if not args.all else "No conflicts.")
    for c in found:
        print(f"{c.id}\t{c.kind}\t{sync_report.conflict_line(c)}")
    return EXIT_OK
