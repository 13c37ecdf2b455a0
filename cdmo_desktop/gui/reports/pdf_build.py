"""What the PDF worker process runs. No Qt here: this is the module a spawned child
imports (gui/reports/pdf_process.py starts it and talks to it).

A request names the database file and the ids, never live objects: the child opens the
file itself, reads the snapshot, lays out the pages and writes the PDF through a temporary
file renamed into place, so neither the read nor the layout runs in the window's
interpreter. The child answers over its end of a pipe:

    ("ready", pid, import_s)         once, when the worker has imported the PDF stack
    ("progress", percent, text)      only when either changes
    ("done", path, snapshot_json, pid)
                                     snapshot_json: a new status report's snapshot, as
                                     the store keeps it ("" for other documents)
    ("failed", sentence, details)    one sentence for the user, the traceback for the log
    ("cancelled",)                   the cancel event was seen; nothing was written

The cancel event is checked at every progress step (each flowable and each page laid
out); `build_pdf` removes the temporary file when the build stops.
"""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.snapshot import StatusForm

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.synchronize import Event

    from cdmo_desktop.domain.kpi_scorecard import Scorecard
    from cdmo_desktop.domain.snapshot import AgreementSnapshot, StatusReportSnapshot
    from cdmo_desktop.store.store import Store

Progress = Callable[[int, str], None]
# The child has no translators: it sends these English sentences, templates of the
# "messages" catalogue, and the window shows them through i18n.message.
READING = QT_TRANSLATE_NOOP("messages", "Reading the data")
NOT_WRITTEN = QT_TRANSLATE_NOOP("messages", "The PDF could not be written. {fault}")
FILE_NOT_WRITTEN = QT_TRANSLATE_NOOP("messages", "The file could not be written: {reason}.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "messages",
    "The PDF could not be built because of an unexpected error ({error}); the log has the details.",
)


@dataclass(frozen=True)
class StatusRequest:
    """A new status report of `engagement_id` with the form as typed."""

    db_path: str
    engagement_id: str
    form: StatusForm
    out_path: str
    paper: str
    now: datetime  # the window's clock: the child's "today" for this build


@dataclass(frozen=True)
class StoredStatusRequest:
    """A stored status report printed again from its own snapshot."""

    db_path: str
    report_id: str
    out_path: str
    paper: str
    now: datetime


@dataclass(frozen=True)
class AgreementRequest:
    db_path: str
    agreement_id: str
    out_path: str
    paper: str
    now: datetime


@dataclass(frozen=True)
class ScorecardRequest:
    """A partner's KPI scorecard as it stands today."""

    db_path: str
    partner_id: str
    out_path: str
    paper: str
    now: datetime


Request = StatusRequest | StoredStatusRequest | AgreementRequest | ScorecardRequest


class Cancelled(Exception):
    """The user cancelled the build."""


def _open(db_path: str) -> Store:
    """The database for reading only: no instance lock (the window holds it), no schema
    check (the window has opened and upgraded it)."""
    from cdmo_desktop.store.engine import make_engine, make_server_engine
    from cdmo_desktop.store.location import ServerURL, is_server_url
    from cdmo_desktop.store.server import session_password
    from cdmo_desktop.store.store import Store

    if is_server_url(db_path):  # a team server: the password the window sent, else its own
        url = ServerURL.parse(db_path)
        engine = make_server_engine(url, password=session_password(url), pooled=False)
        return Store(file=None, engine=engine, server=url)
    path = Path(db_path)
    return Store(file=path, engine=make_engine(path, pooled=False))


def _read(store: Store, request: Request) -> StatusReportSnapshot | AgreementSnapshot | Scorecard:
    from cdmo_desktop.store import snapshots, status_reports

    if isinstance(request, ScorecardRequest):
        from cdmo_desktop.store.kpis import partner_scorecard

        return partner_scorecard(store, request.partner_id, request.now.date())
    if isinstance(request, StatusRequest):
        return snapshots.take_status_report_snapshot(store, request.engagement_id, request.form)
    if isinstance(request, StoredStatusRequest):
        return status_reports.stored_snapshot(store, request.report_id)
    return snapshots.take_agreement_snapshot(store, request.agreement_id, request.now.date())


def build(request: Request, progress: Progress) -> str:
    """Read the snapshot and write the PDF; the snapshot JSON to store ("" when there is
    nothing to store)."""
    from cdmo_desktop.domain import clock
    from cdmo_desktop.domain.kpi_scorecard import Scorecard
    from cdmo_desktop.domain.snapshot import AgreementSnapshot, to_json
    from cdmo_desktop.reports.agreement import build_agreement
    from cdmo_desktop.reports.status_report import build_status_report

    clock.set_now(request.now)
    try:
        progress(1, READING)
        store = _open(request.db_path)
        try:
            snapshot = _read(store, request)
        finally:
            store.close()
        if isinstance(snapshot, AgreementSnapshot):
            build_agreement(snapshot, request.out_path, request.paper, progress)
            return ""
        if isinstance(snapshot, Scorecard):
            from cdmo_desktop.reports.scorecard import build_scorecard

            build_scorecard(snapshot, request.out_path, request.paper, progress)
            return ""
        build_status_report(snapshot, request.out_path, request.paper, progress)
        return to_json(snapshot) if isinstance(request, StatusRequest) else ""
    finally:
        clock.set_now(None)


def sentence(exc: BaseException) -> str:
    """What the user reads when a build fails: one sentence, never a traceback."""
    from cdmo_desktop.domain.placeholders import PlaceholderError
    from cdmo_desktop.store.errors import StoreError
    from cdmo_desktop.store.files import fault_sentence

    if isinstance(exc, StoreError):
        return exc.sentence()
    fault = fault_sentence(exc)
    if fault is not None:
        return msg(NOT_WRITTEN, fault=fault)
    if isinstance(exc, OSError) and exc.strerror:
        return msg(FILE_NOT_WRITTEN, reason=exc.strerror)
    if isinstance(exc, PlaceholderError | LookupError | OSError):
        text = " ".join(str(exc).split()) or type(exc).__name__
        return text if text.endswith(".") else text + "."
    return msg(UNEXPECTED, error=type(exc).__name__)


def run(
    request: Request, send: Callable[[tuple[Any, ...]], None], cancelled: Callable[[], bool]
) -> tuple[Any, ...]:
    """Build `request`, sending progress through `send`; the closing message."""
    last: list[tuple[int, str]] = []

    def progress(percent: int, text: str) -> None:
        if cancelled():
            raise Cancelled
        if not last or last[0] != (percent, text):
            last[:] = [(percent, text)]
            send(("progress", percent, text))

    try:
        snapshot_json = build(request, progress)
    except Cancelled:
        return ("cancelled",)
    except Exception as exc:
        return ("failed", sentence(exc), traceback.format_exc())
    return ("done", request.out_path, snapshot_json, os.getpid())


def _warm() -> float:
    """Import what every build needs (and register the fonts) before the first request."""
    start = time.perf_counter()
    from cdmo_desktop.reports import agreement, fonts, status_report  # noqa: F401
    from cdmo_desktop.store import snapshots, status_reports, store  # noqa: F401

    fonts.register_fonts()
    return time.perf_counter() - start


@dataclass(frozen=True)
class Unlock:
    """The passphrase of an encrypted database, sent ahead of a request on it: a spawned
    worker does not share the window's unlocked passphrases."""

    db_path: str
    secret: str = field(repr=False)


def unlock_message(db_path: str) -> Unlock | None:
    """What the window sends before a request on `db_path` (None for a plain database)."""
    from cdmo_desktop.store import crypto
    from cdmo_desktop.store.location import ServerURL, is_server_url
    from cdmo_desktop.store.server import session_password

    if is_server_url(db_path):
        password = session_password(ServerURL.parse(db_path))
        return None if password is None else Unlock(db_path, password)
    key = crypto.key_for(Path(db_path))
    return None if key is None else Unlock(db_path, key.reveal())


def _unlock(message: Unlock) -> None:
    from cdmo_desktop.store import crypto
    from cdmo_desktop.store.location import ServerURL, is_server_url
    from cdmo_desktop.store.server import keep_session_password

    if is_server_url(message.db_path):
        keep_session_password(ServerURL.parse(message.db_path), message.secret)
        return
    crypto.unlock(Path(message.db_path), crypto.Passphrase(message.secret))


def serve(conn: Connection, cancel: Event) -> None:
    """The worker process: one request at a time until None arrives or the pipe closes
    (the window has gone)."""
    try:
        conn.send(("ready", os.getpid(), _warm()))
        while True:
            request = conn.recv()
            if request is None:
                return
            if isinstance(request, Unlock):
                _unlock(request)
                continue
            conn.send(run(request, conn.send, cancel.is_set))
    except (EOFError, OSError, KeyboardInterrupt):
        return
