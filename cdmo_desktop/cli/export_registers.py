"""`cdmo-desktop export KIND --db PATH --out FILE [--engagement REF]` for the registers.

The format comes from FILE's extension (.csv or .xlsx; anything else is refused before the
database is opened). `workbook` writes every register as the sheets of one .xlsx file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

WORKBOOK = "workbook"


def run(args: argparse.Namespace) -> int:
    from cdmo_desktop.cli.target import resolve
    from cdmo_desktop.exchange.errors import ExchangeError
    from cdmo_desktop.exchange.register_export import export_register, export_workbook
    from cdmo_desktop.exchange.sheets import sheet_format
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.references import resolve_engagement
    from cdmo_desktop.store.snapshots import NotFoundError

    out = Path(args.out).expanduser()
    fmt = sheet_format(out)
    if args.kind == WORKBOOK and fmt != "xlsx":
        raise ExchangeError(f"{out.name}: the workbook holds every register; name it .xlsx.")
    if out.is_dir():
        raise ExchangeError(f"{out} is a folder: give a file name ending in .csv or .xlsx.")
    # Exports only read: no instance lock, so they run beside an open window (WAL).
    store = open_store(resolve(args.db), create=False, lock=False)
    try:
        try:
            engagement_id = resolve_engagement(store, args.engagement) if args.engagement else None
        except NotFoundError as exc:
            raise ExchangeError(str(exc)) from None
        if args.kind == WORKBOOK:
            rows = export_workbook(store, out, engagement_id=engagement_id)
        else:
            rows = export_register(store, args.kind, out, engagement_id=engagement_id)
    finally:
        store.close()
    print(f"{out}\t{rows} rows")
    return 0
