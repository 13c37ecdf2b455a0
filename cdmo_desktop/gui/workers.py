"""Running slow work (PDF builds) off the GUI thread with progress.

A `Job` runs a function on QThreadPool's global pool; the function receives a
`progress(percent, text)` callback. The `JobSignals` object lives in the GUI thread, so its
signals reach the window through queued connections.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


class Job(QRunnable):
    """`fn(progress)` to run once on the global pool: connect to `signals`, then `start()`.

    Keep a reference to the job until it reports, so its signals outlive the run."""

    def __init__(self, fn: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.signals = JobSignals()
        self.setAutoDelete(False)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progress.emit)
        except Exception as exc:  # reported to the user; the job's file was not written
            log.exception("background job failed")
            self.signals.failed.emit(_reason(exc))
        else:
            self.signals.finished.emit(result)


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"The file could not be written: {exc.strerror}."
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if text.endswith(".") else text + "."
