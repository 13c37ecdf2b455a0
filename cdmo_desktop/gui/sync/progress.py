"""A sync file written or applied off the GUI thread, in a small window with progress.

The window shows what is happening and a bar; Cancel (or Escape) asks the work to stop
(the apply then rolls back: all of the file or nothing). When the work ends the window
either says the outcome itself (the button becomes Close) or hands the result on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.sync.common import named
from cdmo_desktop.gui.workers import Job, ProgressFn

Work = Callable[[ProgressFn, Callable[[], bool]], Any]


class SyncProgressDialog(QDialog):
    """Runs `work(progress, cancelled)` on a Job (see `start`).

    Signals:
        succeeded(object): the work's result.
        failed(str): one sentence; `was_cancelled` says whether the user asked to stop.
    """

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self, title: str, text: str, parent: QWidget | None = None, *, cancellable: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncProgressDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self._stop = threading.Event()
        self.running = False
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        self.heading = named(QLabel(text), "syncProgressHeading", tr("What is being done"))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        self.bar = named(QProgressBar(), "syncProgressBar", tr("Progress"))
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.step = named(QLabel(), "syncProgressStep", tr("Current step"))
        self.step.setWordWrap(True)
        self.step.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.step)
        self.outcome = named(QLabel(), "syncProgressOutcome", tr("Outcome"))
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox()
        self.cancel_button = named(
            QPushButton(tr("Cancel")), "syncProgressCancelButton", tr("Cancel")
        )
        self.cancel_button.setVisible(cancellable)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = named(QPushButton(tr("Close")), "syncProgressCloseButton", tr("Close"))
        self.close_button.hide()
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    @property
    def was_cancelled(self) -> bool:
        return self._stop.is_set()

    def start(self, work: Work) -> Job:
        """Show the window and run `work` off the GUI thread."""
        self.running = True
        job = self.job = Job(lambda progress: work(progress, self._stop.is_set))
        job.signals.progress.connect(self._on_job_progress)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        self.open()
        job.start()
        return job

    def finish(self, text: str, *, error: bool = False) -> None:
        """Say how it ended in the window itself; Close (Enter or Escape) dismisses it."""
        self.heading.setVisible(error)  # "Writing …" is over; a failure keeps its context
        self.bar.hide()
        self.step.hide()
        self.cancel_button.hide()
        self.outcome.setText(text)
        theme.set_tone(self.outcome, "error" if error else None)
        self.outcome.show()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _on_job_progress(self, percent: int, text: str) -> None:
        if percent > 0 and self.bar.maximum() == 0:
            self.bar.setRange(0, 100)
        if self.bar.maximum():
            self.bar.setValue(percent)
        if text:
            self.step.setText(text)

    def _on_job_finished(self, result: object) -> None:
        self.running = False
        self.succeeded.emit(result)

    def _on_job_failed(self, reason: str) -> None:
        self.running = False
        self.failed.emit(reason)

    def reject(self) -> None:
        """Escape, Cancel or the close button: while working, ask the work to stop (the
        window closes when it has); afterwards, close."""
        if self.running:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.step.setText(tr("Cancelling… nothing is changed."))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
