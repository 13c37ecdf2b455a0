"""`cdmo-desktop export KIND` and `cdmo-desktop import KIND FILE`: the exchange without the
window.

    cdmo-desktop export KIND --db PATH --out FILE [--engagement REF]
    cdmo-desktop import KIND FILE --db PATH [--engagement REF] [--dry-run] [--skip-refused]

The format comes from the file's extension. Each kind is a function `run(args) -> int` in a
module of its own, named here as "module:function" so the parser stays light to import: the
store and the formats load when the command runs. A refused file (malformed, hostile, a row
that cannot be written) is one line on stderr and exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from cdmo_desktop.cli.target import HELP, METAVAR, db_arg

EXIT_REFUSED = 2  # the file or its content was refused; nothing was written
EXIT_FAILED = 1  # the database could not be read or written

# kind -> ("module:function", help). Each exchange adds its kinds here.
EXPORTS: dict[str, tuple[str, str]] = {}
_REGISTERS = "cdmo_desktop.cli.export_registers:run"
EXPORTS.update(
    {
        "partners": (_REGISTERS, "partners (.csv/.xlsx)"),
        "sites": (_REGISTERS, "partner sites"),
        "contacts": (_REGISTERS, "contacts at partners"),
        "clients": (_REGISTERS, "the clients you work for"),
        "client-contacts": (_REGISTERS, "contacts at clients"),
        "engagements": (_REGISTERS, "engagements"),
        "risks": (_REGISTERS, "the risk register"),
        "reviews": (_REGISTERS, "risk reviews"),
        "decisions": (_REGISTERS, "the decision log"),
        "actions": (_REGISTERS, "action items"),
        "milestones": (_REGISTERS, "schedule items with their predecessors"),
        "dependencies": (_REGISTERS, "links between schedule items"),
        "channels": (_REGISTERS, "the communication plan"),
        "datashares": (_REGISTERS, "the information-sharing register"),
        "kpis": (_REGISTERS, "the KPIs agreed per engagement"),
        "measurements": (_REGISTERS, "KPI values per period"),
        "changes": (_REGISTERS, "the change log"),
        "workbook": (_REGISTERS, "every register, one sheet each (.xlsx)"),
    }
)
IMPORTS: dict[str, tuple[str, str]] = {}
_SCHEDULES = "cdmo_desktop.cli.exchange_schedule"
EXPORTS["schedule"] = (
    f"{_SCHEDULES}:export_schedule",
    "an engagement's schedule (MS Project .xml)",
)
EXPORTS["calendar"] = (f"{_SCHEDULES}:export_calendar", "dated items and meetings (.ics)")
IMPORTS["schedule"] = (f"{_SCHEDULES}:import_schedule", "MS Project .xml or GanttProject .gan")
IMPORTS["holidays"] = (f"{_SCHEDULES}:import_holidays", "a site's closed days (.ics, --site)")
_RECORDS = "cdmo_desktop.cli.sheet_import:run"
IMPORTS.update(
    {
        "partners": (_RECORDS, "partners from .csv/.xlsx"),
        "contacts": (_RECORDS, "contacts at partners"),
        "clients": (_RECORDS, "clients from .csv/.xlsx"),
        "client-contacts": (_RECORDS, "contacts at clients"),
        "risks": (_RECORDS, "an engagement's risks (--engagement)"),
        "actions": (_RECORDS, "an engagement's action items (--engagement)"),
        "measurements": (_RECORDS, "an engagement's KPI values by KPI and period (--engagement)"),
    }
)


def register(commands: Any) -> None:
    """Add `export` and `import` to a CLI's subparsers."""
    export = commands.add_parser(
        "export", help="export a register, a schedule or a calendar to a file"
    )
    export.add_argument("kind", choices=sorted(EXPORTS), metavar="KIND", help=_kinds(EXPORTS))
    _db(export)
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")
    export.add_argument("--engagement", metavar="REF", help="engagement id or title")
    export.set_defaults(func=functools.partial(_run, EXPORTS))
    imp = commands.add_parser("import", help="import records or a schedule from a file")
    imp.add_argument("kind", choices=sorted(IMPORTS), metavar="KIND", help=_kinds(IMPORTS))
    imp.add_argument("file", type=Path, metavar="FILE", help="the file to read")
    _db(imp)
    imp.add_argument("--engagement", metavar="REF", help="engagement id or title")
    imp.add_argument("--site", metavar="REF", help="partner site id or 'Partner / Site'")
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.add_argument(
        "--skip-refused", action="store_true", help="write the good rows, skip refused ones"
    )
    imp.set_defaults(func=functools.partial(_run, IMPORTS))


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=db_arg, metavar=METAVAR, help=HELP)


def _kinds(table: Mapping[str, tuple[str, str]]) -> str:
    return "; ".join(f"{kind}: {help_}" for kind, (_, help_) in sorted(table.items()))


def _handler(target: str) -> Callable[[argparse.Namespace], int]:
    module, _, function = target.partition(":")
    handler: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(module), function
    )
    return handler


def _run(table: Mapping[str, tuple[str, str]], args: argparse.Namespace) -> int:
    """Run one kind; refusals become one line on stderr."""
    from cdmo_desktop.exchange.errors import ExchangeError
    from cdmo_desktop.store.errors import StoreError

    try:
        return int(_handler(table[args.kind][0])(args))
    except ExchangeError as exc:
        _say(str(exc))
        return EXIT_REFUSED
    except StoreError as exc:
        _say(exc.sentence())
        return EXIT_FAILED
    except OSError as exc:
        from cdmo_desktop.store.files import fault_sentence

        fault = fault_sentence(exc)  # a full or read-only disk: what to do
        name = exc.filename or "the file"
        _say(f"{name} was not written. {fault}" if fault else f"{name}: {exc.strerror or exc}.")
        return EXIT_FAILED


def _say(message: str) -> None:
    if sys.stderr is not None:
        print(f"cdmo-desktop: error: {' '.join(message.split())}", file=sys.stderr)
