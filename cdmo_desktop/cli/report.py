"""`cdmo-desktop report status|agreement|scorecard|reassessment`: PDF exports without
the window.

    cdmo-desktop report status --db desk.sqlite --engagement "ART-417 API scale-up" \\
        --out status.pdf [--from 2026-11-01 --to 2026-11-20] [--paper Letter]
    cdmo-desktop report agreement --db desk.sqlite --agreement REF --out msa.pdf
    cdmo-desktop report scorecard --db desk.sqlite --partner "Hollis Ridge" --out card.pdf
    cdmo-desktop report reassessment --db desk.sqlite --engagement REF --out reassess.pdf

An agreement is named by its id, its reference (e.g. NLB-GLP-MSA-01) or its title, an
engagement by its id or its title, a partner by its id or its name (each without regard
to case). Errors print one line
and exit non-zero; the output file is written through a temporary file, so a failed
export leaves nothing behind.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from cdmo_desktop.cli.target import HELP, METAVAR, Target, db_arg, is_server, resolve

PAPERS = ("A4", "Letter")
KINDS = "{status,agreement,scorecard,reassessment}"
EXIT_ERROR = 1


class ReportCliError(Exception):
    """A refusal printed as one line."""


def _date(text: str) -> date:
    from cdmo_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise argparse.ArgumentTypeError(
            f"{text} is outside {EARLIEST_DATE.year}–{LATEST_DATE.year}"
        )
    return day


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=db_arg, metavar=METAVAR, help=HELP)
    parser.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    parser.add_argument("--paper", choices=PAPERS, default="A4", help="paper size (A4)")


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `report` command (`status`, `agreement`, `scorecard`) to a CLI's subparsers."""
    report = subparsers.add_parser(
        "report", help="export a status report or an agreement as PDF", description=__doc__
    )
    kinds = report.add_subparsers(dest="report_kind", metavar=KINDS)
    kinds.required = True
    status = kinds.add_parser("status", help="status report of one engagement for a period")
    _common(status)
    status.add_argument("--engagement", required=True, help="engagement id or title")
    status.add_argument("--from", dest="date_from", type=_date, help="period start (YYYY-MM-DD)")
    status.add_argument("--to", dest="date_to", type=_date, help="period end (default today)")
    status.add_argument(
        "--status", choices=("green", "amber", "red"), help="overall status (default: the RAG)"
    )
    status.add_argument("--summary", default="", help="one-paragraph summary")
    status.add_argument("--prepared-by", default="", help="name printed as the author")
    status.set_defaults(func=functools.partial(guarded, run_status))
    agreement = kinds.add_parser("agreement", help="a partnership agreement")
    _common(agreement)
    agreement.add_argument(
        "--agreement", required=True, help="agreement reference (e.g. NLB-GLP-MSA-01), id or title"
    )
    agreement.set_defaults(func=functools.partial(guarded, run_agreement))
    scorecard = kinds.add_parser("scorecard", help="KPI scorecard of one partner")
    _common(scorecard)
    scorecard.add_argument("--partner", required=True, help="partner name or id")
    scorecard.set_defaults(func=functools.partial(guarded, run_scorecard))
    reassessment = kinds.add_parser(
        "reassessment", help="the latest completed partner reassessment of an engagement"
    )
    _common(reassessment)
    reassessment.add_argument("--engagement", required=True, help="engagement id or title")
    reassessment.set_defaults(func=functools.partial(guarded, run_reassessment))
    return report


def _check_out(path: Path) -> Path:
    path = path.expanduser()
    if path.is_dir():
        raise ReportCliError(f"{path} is a folder: give a file name ending in .pdf.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportCliError(f"Cannot write {path}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReportCliError(f"Cannot write {path}: permission denied.")
    return path


def _open(db: Target) -> Any:
    """The database for reading only. No instance lock: exports only read (WAL lets them
    run beside an open window), so a report can be printed while the app is running."""
    from cdmo_desktop.store import StoreError, open_store

    try:
        return open_store(resolve(db), create=False, lock=False)
    except StoreError as exc:
        if not is_server(db):
            exc.path = exc.path or Path(db)
        raise ReportCliError(exc.sentence()) from None


def run_status(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from cdmo_desktop.domain import clock
    from cdmo_desktop.reports.status_report import build_status_report
    from cdmo_desktop.store.changelog import os_user
    from cdmo_desktop.store.references import resolve_engagement
    from cdmo_desktop.store.snapshots import take_status_report_snapshot
    from cdmo_desktop.store.status_reports import default_form

    out = _check_out(args.out)
    today = clock.today()
    end = args.date_to or today
    start = args.date_from or end - timedelta(days=27)
    if start > end:
        raise ReportCliError("--from must not be after --to.")
    store = _open(args.db)
    try:
        engagement_id = resolve_engagement(store, args.engagement)
        form = default_form(store, engagement_id, today, args.prepared_by or os_user())
        form = replace(form, period_start=start, period_end=end, summary=args.summary)
        if args.status:
            form = replace(form, overall_status=args.status)
        snapshot = take_status_report_snapshot(store, engagement_id, form)
    finally:
        store.close()
    build_status_report(snapshot, out, paper=args.paper)
    print(out)
    return 0


def run_agreement(args: argparse.Namespace) -> int:
    from cdmo_desktop.reports.agreement import build_agreement
    from cdmo_desktop.store.references import resolve_agreement
    from cdmo_desktop.store.snapshots import take_agreement_snapshot

    out = _check_out(args.out)
    store = _open(args.db)
    try:
        snapshot = take_agreement_snapshot(store, resolve_agreement(store, args.agreement))
    finally:
        store.close()
    build_agreement(snapshot, out, paper=args.paper)
    print(out)
    return 0


def run_scorecard(args: argparse.Namespace) -> int:
    from cdmo_desktop.domain import clock
    from cdmo_desktop.reports.scorecard import build_scorecard
    from cdmo_desktop.store.kpis import partner_scorecard
    from cdmo_desktop.store.references import resolve_partner

    out = _check_out(args.out)
    store = _open(args.db)
    try:
        card = partner_scorecard(store, resolve_partner(store, args.partner), clock.today())
    finally:
        store.close()
    build_scorecard(card, out, paper=args.paper)
    print(out)
    return 0


def run_reassessment(args: argparse.Namespace) -> int:
    from cdmo_desktop.reports.reassessment import build_reassessment
    from cdmo_desktop.store.reassessments import take_reassessment_summary
    from cdmo_desktop.store.references import resolve_engagement

    out = _check_out(args.out)
    store = _open(args.db)
    try:
        engagement_id = resolve_engagement(store, args.engagement)
        summary = take_reassessment_summary(store, engagement_id)
    finally:
        store.close()
    if summary is None:
        raise ReportCliError(
            f"The engagement {args.engagement!r} has no completed partner reassessment yet."
        )
    build_reassessment(summary, out, paper=args.paper)
    print(out)
    return 0


def guarded(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a `report` command; refusals become one line on stderr and exit status 1.

    This is what `args.func(args)` calls, so a host CLI needs no error handling of its own."""
    from cdmo_desktop.domain.placeholders import PlaceholderError
    from cdmo_desktop.store.snapshots import NotFoundError

    stderr = sys.stderr
    try:
        return func(args)
    except (ReportCliError, NotFoundError, PlaceholderError) as exc:
        message = str(exc)
    except OSError as exc:
        from cdmo_desktop.store.files import fault_sentence

        fault = fault_sentence(exc)  # a full or read-only disk: what to do
        message = (
            f"Cannot write {args.out}. {fault}"
            if fault
            else (f"Cannot write {args.out}: {exc.strerror or exc}.")
        )
    print(f"cdmo-desktop: error: {' '.join(message.split())}", file=stderr)
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry (`python -m cdmo_desktop.cli.report report ...`)."""
    parser = argparse.ArgumentParser(prog="cdmo-desktop")
    subparsers = parser.add_subparsers(dest="command", required=True)
    register(subparsers)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
