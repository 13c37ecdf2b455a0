"""Long work (building the demo, a backup, a restore, a schedule export) run off the GUI
thread with a busy cursor at once, and a progress dialog with Cancel once it has taken
half a second.

`run_with_progress(parent, title, text, work)` runs `work(progress, token)` on a worker
thread (gui/workers.py) and waits for it in a local event loop, so the window keeps
painting and the caller gets the result as if it had run inline. `progress(percent, text)`
moves the bar (a busy bar until the first call); `token.check()` raises `Cancelled` once
the user pressed Cancel, and the work then leaves nothing behind (files are written
through store.files.atomic_path, whose temporary file goes with the exception).

Until the dialog shows, clicks and keys wait in the queue (they are delivered when the
work is done), so nothing can touch a database that is closed for a restore meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.workers import Job

T = TypeVar("T")
ProgressFn = Callable[[int, str], None]
SHOW_AFTER_MS = 500


class Cancelled(Exception):
    """The user pressed Cancel; the work stopped and left nothing behind."""


class Token:
    """Cancel, as the work sees it."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


@dataclass
class Outcome(Generic[T]):
    value: T | None = None
    cancelled: bool = False
    failure: str = ""  # one sentence when the work raised

    @property
    def ok(self) -> bool:
        return not self.cancelled and not self.failure


_CANCELLED = object()


def run_with_progress(
    parent: QWidget | None,
    title: str,
    text: str,
    work: Callable[[ProgressFn, Token], T],
    *,
    cancellable: bool = True,
) -> Outcome[T]:
    """Run `work` off the GUI thread and wait for it with the window painting. `title`,
    `text` and the progress texts come in English (marked) or translated: shown through
    tr() / message()."""
    title, text = tr(title), tr(text)
    token = Token()
    box = QProgressDialog(text, tr("Cancel"), 0, 0, parent)
    box.setObjectName("longWorkProgress")
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(SHOW_AFTER_MS)
    box.setAutoClose(False)
    box.setAutoReset(False)
    if not cancellable:
        box.setCancelButton(None)
    outcome: Outcome[T] = Outcome()
    done = threading.Event()

    def on_cancel() -> None:
        if cancellable and not done.is_set():
            token.cancel()
            box.setLabelText(tr("Cancelling…"))

    def on_progress(percent: int, what: str) -> None:
        if token.cancelled:
            return
        box.setMaximum(100)
        box.setValue(max(0, min(percent, 99)))
        if what:
            box.setLabelText(tr("{step}…").format(step=message(what)))

    def on_finished(result: object) -> None:
        if result is _CANCELLED:
            outcome.cancelled = True
        else:
            outcome.value = result  # type: ignore[assignment]
        done.set()

    def on_failed(reason: str) -> None:
        outcome.failure = reason
        done.set()

    def run(progress: ProgressFn) -> object:
        try:
            return work(progress, token)
        except Cancelled:
            return _CANCELLED

    box.canceled.connect(on_cancel)
    job = Job(run)
    job.signals.progress.connect(on_progress)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        job.start()
        loop = QEventLoop()
        while not done.is_set():
            flags = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
            if not box.isVisible():  # input waits until the dialog (and its Cancel) shows
                flags |= QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
            loop.processEvents(flags)
    finally:
        QApplication.restoreOverrideCursor()
        box.canceled.disconnect(on_cancel)
        box.close()
        box.deleteLater()
    return outcome
