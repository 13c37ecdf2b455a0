"""`cdmo-desktop import partners|contacts|risks|actions FILE --db PATH`: records from a
CSV or XLSX file, all or nothing.

Prints the summary (new, updated, unchanged, refused) and each refused row as
"row 7: <reason>" (never the row's contents), then near-duplicate warnings. With a refused
row nothing is written and the exit status is 2, unless --skip-refused writes the others;
--dry-run checks every row and writes nothing.
"""

from __future__ import annotations

import argparse

from cdmo_desktop.cli.exchange import EXIT_REFUSED

SHOWN_WARNINGS = 50


def run(args: argparse.Namespace) -> int:
    from cdmo_desktop.cli.target import resolve
    from cdmo_desktop.exchange.errors import ExchangeError
    from cdmo_desktop.exchange.import_kinds import KINDS, SHEET_NAMES, auto_mapping
    from cdmo_desktop.exchange.imports import apply_import, plan_import
    from cdmo_desktop.exchange.sheet_reader import read_sheet
    from cdmo_desktop.store.references import resolve_engagement
    from cdmo_desktop.store.store import open_store

    kind = KINDS[args.kind]
    if kind.needs_engagement and not args.engagement:
        raise ExchangeError(f"Importing {kind.key} needs --engagement REF (an id or title).")
    sheet = read_sheet(
        args.file, sheet=SHEET_NAMES[kind.key]
    )  # refused files before the database opens
    store = open_store(resolve(args.db), create=False)
    try:
        engagement_id = (
            resolve_engagement(store, args.engagement) if kind.needs_engagement else None
        )
        plan = plan_import(
            store, kind.key, sheet, engagement_id=engagement_id, file_name=args.file.name
        )
        print(f"{args.file.name}: {plan.summary()}")
        ignored = [
            h
            for h, f in zip(sheet.headers, auto_mapping(kind, sheet.headers), strict=True)
            if not f
        ]
        if ignored:
            print(f"columns not imported: {', '.join(ignored)}")
        for row in plan.refused:
            print(f"row {row.row}: {row.reason}")
        warned = [(r.row, w) for r in plan.rows for w in r.warnings]
        for number, warning in warned[:SHOWN_WARNINGS]:
            print(f"row {number}: warning: {warning}")
        if len(warned) > SHOWN_WARNINGS:
            print(f"... and {len(warned) - SHOWN_WARNINGS} more warnings")
        if args.dry_run:
            print("dry run: nothing was written")
            return EXIT_REFUSED if plan.refused else 0
        changeset = apply_import(store, plan, skip_refused=args.skip_refused)
    finally:
        store.close()
    if changeset is None:
        print("nothing to write")
        return EXIT_REFUSED if plan.refused else 0
    skipped = f", {len(plan.refused)} refused rows skipped" if plan.refused else ""
    print(f"written as one change: {plan.label}{skipped}")
    return 0
