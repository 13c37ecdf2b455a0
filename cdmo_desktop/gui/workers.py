"""Running slow work (PDF builds) off the GUI thread with progress.

A `Job` runs a function on a Python thread of its own; the function receives a
`progress(percent, text)` callback. The `JobSignals` object lives in the GUI thread, so its
signals reach the window through queued connections.

A Python thread (not a QRunnable) keeps the job alive until its function has returned: with
a QRunnable the window could drop the last reference on `finished` while the pool thread was
still returning from `run()`, freeing the runnable under it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from cdmo_desktop.gui.i18n import message, tr

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, str], None]


class JobSignals(QObject):
    """Signals of one job.

    progress(int, str): percent done and what is happening.
    finished(object): the function's result (e.g. the written path).
    failed(str): a one-sentence reason; nothing was written.
    """

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)
    _delivered = Signal()


_running: set[Job] = set()
_running_lock = threading.Lock()


class Job:
    """`fn(progress)` to run once off the GUI thread: connect to `signals`, then `start()`."""

    def __init__(self, fn: Callable[[ProgressFn], Any]) -> None:
        self._fn = fn
        self.signals = JobSignals()
        # Queued after finished/failed, so the job is let go in the GUI thread only once its
        # last signal has been delivered (a job nobody else holds still reports).
        self.signals._delivered.connect(self._on_signals_delivered)
        self._thread = threading.Thread(target=self._main, name="cdmo-desktop job", daemon=True)

    def _on_signals_delivered(self) -> None:
        with _running_lock:
            _running.discard(self)

    def start(self) -> None:
        with _running_lock:
            _running.add(self)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function has returned; False if `timeout` ran out first."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _main(self) -> None:
        try:
            self.run()
        finally:
            self.signals._delivered.emit()

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progress.emit)
        except Exception as exc:  # reported to the user; the job's file was not written
            log.exception("background job failed")
            self.signals.failed.emit(_reason(exc))
        else:
            self.signals.finished.emit(result)


def _reason(exc: Exception) -> str:
    """One sentence: a full or read-only disk says what to do; a database error never
    shows its SQL or parameters."""
    from cdmo_desktop.store.errors import StoreError
    from cdmo_desktop.store.files import fault_sentence

    if isinstance(exc, StoreError):
        return message(exc.sentence())
    fault = fault_sentence(exc)
    if fault is not None:
        return tr("The file could not be written. {reason}").format(reason=message(fault))
    if hasattr(exc, "statement"):  # SQLAlchemy's text holds the statement and parameters
        return tr("The file could not be written because of a database error ({kind}).").format(
            kind=type(exc).__name__
        )
    if isinstance(exc, OSError) and exc.strerror:
        return tr("The file could not be written: {reason}.").format(reason=exc.strerror)
    text = " ".join(message(exc).split()) or type(exc).__name__
    return text if text.endswith(".") else text + "."


def wait_for_jobs(timeout: float = 30.0) -> bool:
    """Block until every started job has returned (application exit, tests)."""
    with _running_lock:
        jobs = list(_running)
    return all(job.wait(timeout) for job in jobs)
