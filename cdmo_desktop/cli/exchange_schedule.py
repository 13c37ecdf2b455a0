"""The schedule and calendar kinds of `cdmo-desktop export` / `import`:

    cdmo-desktop import schedule FILE --db PATH --engagement REF [--dry-run]
    cdmo-desktop export schedule --db PATH --engagement REF --out FILE.xml
    cdmo-desktop export calendar --db PATH [--engagement REF] --out FILE.ics
    cdmo-desktop import holidays FILE.ics --db PATH --site REF-or-"Partner / Site"

An import file is MS Project XML or GanttProject, told apart by its content. Refusals are
ExchangeError (one line, exit 2); nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cdmo_desktop.cli.target import Target, is_server, resolve
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.store.files import write_bytes_atomic

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store


def _open(db: Target, *, write: bool) -> Store:
    from cdmo_desktop.store import StoreError, open_store

    try:
        return open_store(resolve(db), create=False, lock=write)
    except StoreError as exc:
        if not is_server(db):
            exc.path = exc.path or Path(db)
        raise


def _engagement(store: Store, ref: str | None) -> str:
    from cdmo_desktop.store.references import resolve_engagement
    from cdmo_desktop.store.snapshots import NotFoundError

    if not ref:
        raise ExchangeError("Give the engagement with --engagement (its id or title).")
    try:
        return resolve_engagement(store, ref)
    except NotFoundError as exc:
        raise ExchangeError(str(exc)) from None


def write_atomically(out: Path, data: bytes) -> None:
    """Write `data` to `out` through a temporary file beside it (no half-written file)."""
    out = out.expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir() or not folder.is_dir():
        raise ExchangeError(f"Cannot write {out}: give a file in an existing folder.")
    write_bytes_atomic(out, data)


def import_schedule(args: argparse.Namespace) -> int:
    from cdmo_desktop.exchange.schedules import read_schedule, write_plan

    preview = read_schedule(args.file)  # before opening the database: a refusal touches nothing
    store = _open(args.db, write=not args.dry_run)
    try:
        engagement_id = _engagement(store, args.engagement)
        if not args.dry_run:
            write_plan(store, engagement_id, preview)
    finally:
        store.close()
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {preview.summary()} from {preview.source} ({preview.fmt}).")
    for warning in preview.warnings:
        print(f"  warning: {warning}")
    return 0


def export_schedule(args: argparse.Namespace) -> int:
    from cdmo_desktop.exchange.mspdi import to_xml
    from cdmo_desktop.store.schedule import load_plan

    store = _open(args.db, write=False)
    try:
        engagement_id = _engagement(store, args.engagement)
        plan = load_plan(store, engagement_id)
    finally:
        store.close()
    title = plan.engagements[0][1] if plan.engagements else "Schedule"
    write_atomically(args.out, to_xml(plan, title))
    print(args.out)
    return 0


def export_calendar(args: argparse.Namespace) -> int:
    from cdmo_desktop.exchange.calendar import calendar_bytes

    store = _open(args.db, write=False)
    try:
        engagement_id = _engagement(store, args.engagement) if args.engagement else None
        data = calendar_bytes(store, engagement_id)
    finally:
        store.close()
    write_atomically(args.out, data)
    print(args.out)
    return 0


def import_holidays(args: argparse.Namespace) -> int:
    from cdmo_desktop.exchange.holidays import read_holidays, resolve_site, write_holidays

    days = read_holidays(args.file)
    store = _open(args.db, write=not args.dry_run)
    try:
        site_id = resolve_site(store, args.site or "")
        if not args.dry_run:
            write_holidays(store, site_id, days, source=args.file.name)
    finally:
        store.close()
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {len(days)} closed day(s) from {args.file.name}.")
    return 0
