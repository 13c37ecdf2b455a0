"""`cdmo-desktop erase`: erasure on request without the window (store.erasure).

    cdmo-desktop erase --db desk.sqlite --contact ID --reason TEXT [--purge-backups]
    cdmo-desktop erase --db desk.sqlite --record TABLE:ID --fields a,b --reason TEXT

Erases a person (a contact, also a deleted one, by its id) or some fields of a record from
the record, the change log and the full-text indexes, in one transaction; the erasure is
logged (who, when, what kind of data, why). It cannot be undone. Backups taken before it
still hold the values: they are listed, and deleted with --purge-backups.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cdmo_desktop.cli.target import HELP, METAVAR, db_arg, resolve

EXIT_OK = 0
EXIT_USAGE = 2  # as cdmo_desktop.cli: a refusal, nothing changed


def _refused(message: str) -> int:
    """One line on stderr, as the other commands print their errors."""
    if sys.stderr is not None:
        print(f"cdmo-desktop: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def register(subparsers: Any) -> argparse.ArgumentParser:
    erase = subparsers.add_parser(
        "erase",
        help="erase a person or a record's confidential values (cannot be undone)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    erase.add_argument("--db", required=True, type=db_arg, metavar=METAVAR, help=HELP)
    which = erase.add_mutually_exclusive_group(required=True)
    which.add_argument("--contact", metavar="ID", help="the contact (person) to erase")
    which.add_argument("--record", metavar="TABLE:ID", help="the record whose values to erase")
    erase.add_argument("--fields", default="", help="with --record: comma-separated fields")
    erase.add_argument("--reason", required=True, help="why (kept in the change log)")
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help="also delete the backups taken before the erasure (they hold the values)",
    )
    erase.set_defaults(func=run)
    return erase


def run(args: argparse.Namespace) -> int:
    from cdmo_desktop.domain.validation import ValidationError
    from cdmo_desktop.store import erasure
    from cdmo_desktop.store.changelog import os_user
    from cdmo_desktop.store.errors import WriteRefused
    from cdmo_desktop.store.store import open_store

    path = resolve(args.db)
    if isinstance(path, Path) and not path.is_file():
        return _refused(f"The file {path} does not exist.")
    if args.record is not None and ":" not in args.record:
        return _refused("--record takes TABLE:ID, e.g. agreement:1f0c…")
    with open_store(path, create=False, user=os_user()) as store:
        try:
            if args.contact is not None:
                result = erasure.erase_person(store, args.contact, args.reason)
            else:
                table, row_id = str(args.record).split(":", 1)
                fields = [f.strip() for f in args.fields.split(",") if f.strip()]
                result = erasure.erase_record(store, table, row_id, fields, args.reason)
        except ValidationError as exc:
            return _refused(" ".join(exc.errors.values()))
        except LookupError as exc:
            return _refused(f"Nothing erased: {exc}.")
        except WriteRefused as exc:  # a team server's login other than its owner, a viewer
            return _refused(f"Nothing erased. {exc}")
    plan = result.plan
    print(f"Erased {', '.join(plan.field_names)} of {plan.table} {plan.row_id}.")
    print(f"{result.redacted} change-log entries now read “[erased]”.")
    if result.backups:
        if args.purge_backups:
            count = erasure.purge_backups(result.backups)
            print(f"Deleted {count} backups taken before the erasure.")
        else:
            print(f"{len(result.backups)} backups taken before this erasure still hold the data:")
            for backup in result.backups:
                print(f"  {backup.path}")
            print("Run again with --purge-backups, or delete them, to remove it from them.")
    return EXIT_OK
