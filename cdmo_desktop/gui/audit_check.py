"""The audit-trail check the window runs in the background after a database opens.

`AuditWatch.check(path)` verifies the change log's chain and the tables against it
(store.audit.verify_file, a read-only connection of its own) on a worker thread; the window
keeps answering meanwhile. A clean result says nothing and remembers the chain's head for
this file in the settings, so the next check also notices history before it that was
deleted or rewritten (even by someone who recomputed the whole chain). A broken result shows
a non-modal warning naming the first broken entry.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.workers import Job

log = logging.getLogger(__name__)

AUDIT_HEAD = keys.KeyedSetting(
    "audit/head_{}", str, "", '"<seq>:<entry hash>" of the change log last seen clean, per file'
)


def _setting(path: Path) -> keys.Setting[str]:
    return AUDIT_HEAD.at(hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16])


def _anchor(text: str) -> tuple[int, str] | None:
    seq, _, digest = text.partition(":")
    return (int(seq), digest) if seq.isdigit() and digest else None


class AuditWatch(QObject):
    """Runs the audit-trail check for the window `parent` (one at a time)."""

    def __init__(self, parent: QWidget, settings: Any) -> None:
        super().__init__(parent)
        self.setObjectName("auditWatch")
        self._window = parent
        self._settings = settings
        self.job: Job | None = None
        self._path = Path()
        self.warning: QMessageBox | None = None

    def check(self, path: Path) -> None:
        from cdmo_desktop.store.audit import verify_file

        anchor = _anchor(keys.get(self._settings, _setting(path)))
        self._path = path
        job = self.job = Job(lambda _progress: verify_file(path, anchor))
        # Bound methods of this QObject: a window closed meanwhile hears nothing.
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.start()

    def _on_job_finished(self, report: Any) -> None:
        if self.job is None or self.sender() is not self.job.signals:
            return  # the check of a database swapped out since
        path = self._path
        if report.ok:
            if report.head is not None:
                seq, digest = report.head
                keys.set(self._settings, _setting(path), f"{seq}:{digest}")
            return
        log.warning("audit trail of %s: %s", path, report.summary())
        self._warn(path, report)

    def _on_job_failed(self, reason: str) -> None:
        log.warning("the audit-trail check could not run: %s", reason)

    def _warn(self, path: Path, report: Any) -> None:
        if self.warning is not None:
            self.warning.close()
        box = self.warning = QMessageBox(self._window)
        box.setObjectName("auditWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Audit trail broken"))
        shows = (
            tr("The audit trail of {file} shows changes made outside this app (1 problem).")
            if report.problems == 1
            else tr(
                "The audit trail of {file} shows changes made outside this app ({count} problems)."
            )
        )
        box.setText(shows.format(file=path.name, count=report.problems))
        box.setInformativeText(
            tr(
                "First: {problem}\n\nYou can keep working. Run 'cdmo-desktop check' for the "
                "details, and compare with a backup taken before the change."
            ).format(problem=message(report.first.line()))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setModal(False)
        box.show()
