"""PDFs are built in a worker process, so a long report never stalls the window.

A thread would share the window's interpreter: a 190-page report laid out on one froze
the event loop for 126 ms at the median and 409 ms at the 95th percentile. The worker is
a separate interpreter started with the 'spawn' method (the same on Linux, macOS and
Windows, and in a frozen app, whose entry point calls `multiprocessing.freeze_support()`).
It is started on first use (the export dialog asks for it when it opens, so its imports
overlap with filling in the form), kept for the next build, and stopped when the
application quits.

`PdfBuild` sends one request (gui/reports/pdf_build.py: the database path and ids, so the
snapshot is read in the worker too) and turns the worker's answers into signals, read on
a thread of its own that only waits on the pipe. Cancelling sets an event the worker
checks at every flowable and page; a worker that does not stop within CANCEL_GRACE_S is
ended and its temporary file removed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import multiprocessing
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.reports import pdf_build

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import SpawnProcess
    from multiprocessing.synchronize import Event

log = logging.getLogger(__name__)

CANCEL_GRACE_S = 5.0  # a worker that has not stopped by then is ended
POLL_S = 0.1
STOPPED = QT_TR_NOOP("The PDF builder stopped unexpectedly; nothing was written.")
BUSY = QT_TR_NOOP("Another PDF is still being written; export again when it is done.")


class WorkerBusy(RuntimeError):
    """The worker is building another PDF."""


class PdfWorker:
    """One worker process, started on demand and kept warm between builds."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: SpawnProcess | None = None
        self._conn: Connection | None = None
        self._cancel: Event | None = None
        self.busy = False
        self.pid: int | None = None  # the worker's, once it said it is ready
        self.import_s: float | None = None  # what its imports took
        self._quit_hooked = False

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def start(self) -> None:
        """Start the worker unless it runs (returns at once; it imports in the background)."""
        with self._lock:
            if self.alive:
                return
            self._discard()
            context = multiprocessing.get_context("spawn")
            conn, child_conn = context.Pipe(duplex=True)
            cancel = context.Event()
            process = context.Process(
                target=pdf_build.serve,
                args=(child_conn, cancel),
                name="cdmo-desktop PDF worker",
                daemon=True,  # never outlives the window, even when it crashes
            )
            process.start()
            child_conn.close()
            self._process, self._conn, self._cancel = process, conn, cancel
            app = QCoreApplication.instance()
            if app is not None and not self._quit_hooked:
                app.aboutToQuit.connect(self.stop)
                self._quit_hooked = True

    def wait_ready(self, timeout: float = 60.0) -> bool:
        """Start the worker and block until it has imported the PDF stack (benchmarks,
        tests); False when it did not within `timeout`. Only between builds."""
        self.start()
        with self._lock:
            if self.pid is not None:
                return True
            assert self._conn is not None and not self.busy
            if not self._conn.poll(timeout):
                return False
            message = self._conn.recv()
            if message[0] == "ready":
                self.pid, self.import_s = message[1], message[2]
            return True

    def submit(self, request: pdf_build.Request) -> Connection:
        """Send `request`; the connection its answers arrive on."""
        self.start()
        with self._lock:
            if self.busy:
                raise WorkerBusy(tr(BUSY))
            assert self._conn is not None and self._cancel is not None
            self._cancel.clear()
            unlock = pdf_build.unlock_message(request.db_path)
            if unlock is not None:
                self._conn.send(unlock)
            self._conn.send(request)
            self.busy = True
            return self._conn

    def cancel(self) -> None:
        with self._lock:
            if self._cancel is not None:
                self._cancel.set()

    def done(self) -> None:
        """The current build has answered (the reader calls this)."""
        with self._lock:
            self.busy = False

    def stop(self, timeout: float = 2.0) -> None:
        """Ask the worker to exit; end it if it does not within `timeout`."""
        with self._lock:
            process, conn = self._process, self._conn
            if process is None or conn is None:
                return
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
            process.join(timeout)
            self._discard()

    def kill(self) -> None:
        """End the worker now (a build that ignores its cancel, or a broken pipe)."""
        with self._lock:
            self._discard()

    def _discard(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join(2.0)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(2.0)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = self._cancel = None
        self.busy = False
        self.pid = None


_worker = PdfWorker()


def worker() -> PdfWorker:
    """The application's PDF worker."""
    return _worker


@dataclass(frozen=True)
class BuildResult:
    path: Path
    snapshot_json: str  # the new status report's snapshot to store, else ""
    pid: int  # the process that built it
    stored: object = None  # what the `after` step returned


_active: set[PdfBuild] = set()
_active_lock = threading.Lock()


class PdfBuild(QObject):
    """One PDF written by the worker: connect to the signals, then `start()`.

    progress(int, str): percent done and what is happening.
    finished(object): a BuildResult.
    failed(str): one sentence; nothing was written (details are in the log).
    cancelled(): stopped on request; nothing was written.
    """

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    _delivered = Signal()

    def __init__(
        self,
        request: pdf_build.Request,
        after: Callable[[BuildResult], object] | None = None,
    ) -> None:
        """`after(result)` runs off the GUI thread once the PDF is written (storing the
        issued report: a large snapshot is a slow write); `finished` carries what it
        returned as `result.stored`."""
        super().__init__()
        self.request = request
        self._after = after
        self._worker = _worker
        self._cancel_at: float | None = None
        self._thread = threading.Thread(target=self._main, name="cdmo-desktop PDF", daemon=True)
        self._delivered.connect(self._on_delivered)

    def start(self) -> None:
        """Hand the request to the worker; WorkerBusy when it is building another PDF."""
        self._conn = self._worker.submit(self.request)
        with _active_lock:
            _active.add(self)
        self._thread.start()

    def cancel(self) -> None:
        """Stop the build; `cancelled` follows (or `finished`, when it was already done)."""
        if self._cancel_at is None:
            self._cancel_at = time.monotonic()
            self._worker.cancel()

    @property
    def cancelling(self) -> bool:
        return self._cancel_at is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has answered; False if `timeout` ran out first."""
        if not self._thread.is_alive():
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _on_delivered(self) -> None:
        with _active_lock:
            _active.discard(self)

    def _main(self) -> None:
        try:
            self._read()
        finally:
            self._delivered.emit()

    def _read(self) -> None:
        conn = self._conn
        try:
            while True:
                if conn.poll(POLL_S):
                    if self._answer(conn.recv()):
                        return
                elif not self._worker.alive:
                    break
                elif (
                    self._cancel_at is not None
                    and time.monotonic() - self._cancel_at > CANCEL_GRACE_S
                ):
                    log.warning("the PDF worker ignored a cancel; ending it")
                    self._worker.kill()
                    remove_parts(Path(self.request.out_path))
                    self.cancelled.emit()
                    return
        except (EOFError, OSError):
            pass
        log.error("the PDF worker stopped while writing %s", self.request.out_path)
        self._worker.kill()
        remove_parts(Path(self.request.out_path))
        self.failed.emit(tr(STOPPED))

    def _answer(self, message: tuple[Any, ...]) -> bool:
        """Handle one message; True when it closes the build."""
        kind = message[0]
        if kind == "ready":
            self._worker.pid, self._worker.import_s = message[1], message[2]
            return False
        if kind == "progress":
            self.progress.emit(message[1], message[2])
            return False
        self._worker.done()
        if kind == "done":
            self.finished.emit(self._finish(BuildResult(Path(message[1]), message[2], message[3])))
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            log.error("PDF build failed: %s\n%s", message[1], message[2])
            self.failed.emit(message[1])
        return True

    def _finish(self, result: BuildResult) -> BuildResult:
        if self._after is None:
            return result
        try:
            return dataclasses.replace(result, stored=self._after(result))
        except Exception:  # the PDF is written all the same; the dialog says what is missing
            log.exception("the step after the PDF build failed")
            return result


def remove_parts(target: Path) -> None:
    """Temporary files a build of `target` may have left when its worker was ended."""
    prefix = f".{target.name}."
    with contextlib.suppress(OSError):
        for part in target.parent.iterdir():
            if part.name.startswith(prefix) and part.name.endswith(".part"):
                part.unlink(missing_ok=True)


def wait_for_builds(timeout: float = 30.0) -> bool:
    """Block until every started build has answered (tests, application exit)."""
    with _active_lock:
        builds = list(_active)
    return all(b.wait(timeout) for b in builds)
