"""`cdmo-desktop copy`: a whole workspace into another database (store/transfer.py).

    cdmo-desktop copy --from SRC --to DST [--force]

SRC and DST are database files or team servers (postgresql://user@host:5432/database,
the password from the keychain or libpq's sources as for --db). Every row keeps its id
and the change log is copied as it is, so `check` on the copy verifies the audit trail.
A missing DST file is created (and migrated), as is the schema of an empty team server;
a DST holding data is refused unless --force, which replaces its data. Both must be at
this version's schema. A refusal is one line on stderr with exit status 2 and nothing
written; a failure half-way (exit 1) leaves DST as it was. Big copies report their
progress on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdmo_desktop.store.location import ServerURL

if TYPE_CHECKING:
    import sqlalchemy as sa

    from cdmo_desktop.store.store import Store
    from cdmo_desktop.store.transfer import CopyProgress, CopyReport

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2  # as cdmo_desktop.cli: a refusal, nothing written
PROGRESS_FROM = 20_000  # rows: smaller copies print no progress
PROGRESS_STEP = 10  # percent between two progress lines


class Refused(Exception):
    """A copy refused before anything was written (exit status 2)."""


def register(subparsers: Any) -> argparse.ArgumentParser:
    copy = subparsers.add_parser(
        "copy",
        help="copy a whole workspace into another database, keeping ids and the change log",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    copy.add_argument("--from", dest="source", required=True, metavar="SRC", help="copy from")
    copy.add_argument("--to", dest="target", required=True, metavar="DST", help="copy into")
    copy.add_argument("--force", action="store_true", help="replace the data DST holds")
    copy.set_defaults(func=run)
    return copy


def run(args: argparse.Namespace) -> int:
    from cdmo_desktop.store.errors import StoreError
    from cdmo_desktop.store.transfer import CopyRefused

    try:
        report, source, target = _copy(args)
    except (Refused, CopyRefused) as exc:
        return _refused(exc.sentence() if isinstance(exc, StoreError) else str(exc))
    print(f"Copied {report.total} rows in {len(report.rows)} tables from {source} to {target}.")
    return EXIT_OK


def _refused(line: str) -> int:
    if sys.stderr is not None:
        print(f"cdmo-desktop: error: {' '.join(line.split())}", file=sys.stderr)
    return EXIT_USAGE


def _copy(args: argparse.Namespace) -> tuple[CopyReport, str, str]:
    source = _location(args.source)
    target = _location(args.target)
    if _same(source, target):
        raise Refused(f"--from and --to name the same database ({source}); nothing was copied")
    progress = _Progress()
    with _opened_source(source) as (engine, source_name):
        if isinstance(target, Path):
            report = _into_file(engine, source_name, target, args.force, progress)
        else:
            report = _into_server(engine, source_name, target, args.force, progress)
    progress.finish()
    return report, _shown(source), _shown(target)


Location = Path | ServerURL


def _location(text: str) -> Location:
    """A database file (the path as given) or a team server (its URL, checked)."""
    from cdmo_desktop.store.errors import BadServerURL
    from cdmo_desktop.store.location import ServerURL, is_server_url

    if not text.strip():
        raise Refused("--from and --to take a database file or a postgresql:// URL")
    if is_server_url(text):
        try:
            return ServerURL.parse(text)
        except BadServerURL as exc:
            raise Refused(exc.sentence()) from None
    return Path(text).expanduser().absolute()


def _same(a: Location, b: Location) -> bool:
    if isinstance(a, Path) and isinstance(b, Path):
        return a.resolve() == b.resolve()
    if isinstance(a, Path) or isinstance(b, Path):
        return False
    return (a.host, a.port, a.database) == (b.host, b.port, b.database)


def _shown(location: Location) -> str:
    return str(location) if isinstance(location, Path) else location.display


@contextmanager
def _opened_source(location: Location) -> Iterator[tuple[sa.Engine, str]]:
    """An engine reading the source, and how sentences name it; refusals (missing, not
    ours, another schema) before anything is written anywhere."""

    if isinstance(location, Path):
        engine = _source_engine(location)
        try:
            yield engine, f"the file {location}"
        finally:
            engine.dispose()
        return
    with _server_store(location, create=False) as store:
        yield store.engine, f"the team server {store.location}"


def _server_store(url: ServerURL, *, create: bool) -> Store:
    """The team server opened for a copy; a refusal (not ours, another schema, no right)
    becomes `Refused`, an unreachable server stays what it is."""
    from cdmo_desktop.store.errors import ServerError, ServerUnreachable
    from cdmo_desktop.store.store import open_store

    try:
        return open_store(url.redacted, create=create, password=url.password)
    except ServerUnreachable:
        raise
    except ServerError as exc:
        raise Refused(exc.sentence()) from None


def _into_server(
    source: sa.Engine, source_name: str, url: ServerURL, force: bool, progress: _Progress
) -> CopyReport:
    """Copy into a team server (an empty database is set up first) in one transaction."""
    from cdmo_desktop.store.transfer import copy_database

    with _server_store(url, create=True) as store:
        return copy_database(
            source,
            store.engine,
            force=force,
            progress=progress,
            source_name=source_name,
            target_name=f"the team server {store.location}",
        )


def _source_engine(path: Path) -> sa.Engine:
    """A read-only engine on an existing database file of ours (refusals: missing, not
    ours, damaged, newer; its schema is checked by the copy)."""
    from cdmo_desktop.cli import encryption
    from cdmo_desktop.store.errors import StoreError
    from cdmo_desktop.store.probe import probe
    from cdmo_desktop.store.transfer import sqlite_source

    if not path.is_file():
        raise Refused(f"The file {path} does not exist; nothing was copied.")
    try:
        encryption.unlock(path)
        found = probe(path)
    except encryption.Refused as exc:
        raise Refused(str(exc)) from None
    except StoreError as exc:
        raise Refused(exc.sentence()) from None
    _refuse_behind(path, found.revision)
    if found.wal == "crash":
        raise Refused(
            f"The file {path} was not closed cleanly: open it in the app once, then copy it."
        )
    return sqlite_source(path)


def _into_file(
    source: sa.Engine, source_name: str, path: Path, force: bool, progress: _Progress
) -> CopyReport:
    """Copy into the database file `path`: a missing (or empty) file is made afresh and
    renamed into place; an existing one is written in one transaction, under its lock."""
    from cdmo_desktop.cli import encryption
    from cdmo_desktop.store.errors import StoreError
    from cdmo_desktop.store.lock import InstanceLock
    from cdmo_desktop.store.probe import probe
    from cdmo_desktop.store.store import open_store
    from cdmo_desktop.store.transfer import copy_database, write_sqlite_copy

    if path.is_dir():
        raise Refused(f"{path} is a folder; give the name of the database file to copy into.")
    if not path.parent.is_dir():
        raise Refused(f"The folder {path.parent} does not exist; nothing was copied.")
    revision = None
    if os.path.lexists(path):
        try:
            encryption.unlock(path)
            revision = probe(path).revision
        except encryption.Refused as exc:
            raise Refused(str(exc)) from None
        except StoreError as exc:
            raise Refused(exc.sentence()) from None
    if revision is None:
        lock = InstanceLock(path)
        lock.acquire()  # never replace a file that is open in a window
        try:
            return write_sqlite_copy(
                source,
                path,
                progress=progress,
                source_name=source_name,
                replace=os.path.lexists(path),
            )
        finally:
            lock.release()
    _refuse_behind(path, revision)
    with open_store(path, create=False) as store:
        if store.read_only:
            raise Refused(f"The file {path} is read-only ({store.read_only_reason}).")
        return copy_database(
            source,
            store.engine,
            force=force,
            progress=progress,
            source_name=source_name,
            target_name=f"the file {path}",
        )


def _refuse_behind(path: Path, revision: str | None) -> None:
    """Before anything is made: a file with no schema or an older one (opening an older
    target would upgrade it) is refused."""
    from cdmo_desktop.store.migrate import HEAD_REVISION

    if revision is None:
        raise Refused(f"The file {path} is empty: there is nothing to copy.")
    if revision != HEAD_REVISION:
        raise Refused(
            f"The file {path} has schema {revision}, behind this version's {HEAD_REVISION}: "
            "open it in the app once to upgrade it; nothing was copied."
        )


class _Progress:
    """Progress lines on stderr for big copies: every PROGRESS_STEP percent."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, step: CopyProgress) -> None:
        if step.total < PROGRESS_FROM or sys.stderr is None:
            return
        percent = 100 * step.done // max(step.total, 1)
        if percent // PROGRESS_STEP > self.shown // PROGRESS_STEP or step.table == "derived data":
            self.shown = percent
            what = "rebuilding derived data" if step.table == "derived data" else step.table
            print(f"copying: {percent}% ({step.done}/{step.total} rows; {what})", file=sys.stderr)

    def finish(self) -> None:
        if self.shown >= 0 and sys.stderr is not None:
            print("copying: done", file=sys.stderr)
