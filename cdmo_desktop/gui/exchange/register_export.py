"""File > Export…: a register (or every register as one workbook) to a CSV or XLSX file,
for one engagement or all, written on a worker thread with progress; Cancel stops it and
nothing is written. A table's "Export these rows…" opens the same dialog for the rows it
shows, in its filter and order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.registers import REGISTERS
from cdmo_desktop.exchange.sheets import Cancelled, sheet_format
from cdmo_desktop.gui import settings
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.forms.ui_register_export import Ui_RegisterExportDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.reports.report_output import default_folder, fit_on_screen, unused_path
from cdmo_desktop.gui.workers import Job
from cdmo_desktop.store.status_reports import engagement_titles

WORKBOOK = "workbook"
FORMATS = ((QT_TR_NOOP("Excel workbook (.xlsx)"), "xlsx"), (QT_TR_NOOP("CSV, UTF-8 (.csv)"), "csv"))


class RegisterExportDialog(RememberedGeometryDialog):
    """What, which engagement, format and file; Export runs the write off the GUI thread.

    With `rows` (how many, and a function returning their ids, called on the worker
    thread) the dialog exports those rows of register `kind` in that order (a table's
    current filter and sort) and the choice of register and engagement is fixed."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        engagement_id: str | None = None,
        rows: tuple[int, Callable[[], list[str]]] | None = None,
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx = ctx
        self.rows = rows
        self.written: Path | None = None
        self.job: Job | None = None
        self._cancel = threading.Event()
        self.ui = Ui_RegisterExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.progressBar.setVisible(False)
        if rows is None:
            for register in REGISTERS.values():
                ui.registerCombo.addItem(message(register.title), register.kind)
            ui.registerCombo.addItem(tr("Every register (one workbook, a sheet each)"), WORKBOOK)
        else:
            title = REGISTERS[kind or "risks"].title
            ui.registerCombo.addItem(
                tr("{register}: the {count} rows shown").format(
                    register=message(title), count=rows[0]
                ),
                kind,
            )
            ui.registerCombo.setEnabled(False)
        if kind is not None:
            ui.registerCombo.setCurrentIndex(max(0, ui.registerCombo.findData(kind)))
        ui.engagementCombo.addItem(tr("All engagements"), None)
        for eid, name in engagement_titles(ctx.store, archived=True):
            ui.engagementCombo.addItem(name, eid)
        if engagement_id is not None:
            ui.engagementCombo.setCurrentIndex(max(0, ui.engagementCombo.findData(engagement_id)))
        ui.engagementCombo.setEnabled(rows is None)
        for label, fmt in FORMATS:
            ui.formatCombo.addItem(tr(label), fmt)
        ui.noteLabel.setText(
            tr(
                "XLSX keeps dates, numbers and amounts as such; CSV is UTF-8 with a byte-order "
                "mark. Text that a spreadsheet would run as a formula starts with a quote."
            )
        )
        ui.registerCombo.currentIndexChanged.connect(self._on_choice_changed)
        ui.engagementCombo.currentIndexChanged.connect(self._on_choice_changed)
        ui.formatCombo.currentIndexChanged.connect(self._on_choice_changed)
        ui.browseButton.clicked.connect(self._on_browse_button_clicked)
        ui.exportButton.clicked.connect(self._on_export_button_clicked)
        ui.closeButton.clicked.connect(self._on_close_button_clicked)
        self._on_choice_changed()
        fit_on_screen(self)

    # --- choices --------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.ui.registerCombo.currentData())

    @property
    def engagement_id(self) -> str | None:
        data = self.ui.engagementCombo.currentData()
        return str(data) if data else None

    @property
    def fmt(self) -> str:
        return str(self.ui.formatCombo.currentData())

    @property
    def running(self) -> bool:
        return self.job is not None

    def _suggested_name(self) -> str:
        what = "registers" if self.kind == WORKBOOK else self.kind
        if self.engagement_id is not None:
            what += " " + self.ui.engagementCombo.currentText()
        safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in what)
        return f"{' '.join(safe.split())[:60]} {date.today().isoformat()}.{self.fmt}"

    def _on_choice_changed(self, _index: int = 0) -> None:
        ui = self.ui
        workbook = self.kind == WORKBOOK
        csv_item = ui.formatCombo.model().item(1)  # type: ignore[attr-defined]
        csv_item.setEnabled(not workbook)
        if workbook and self.fmt == "csv":
            ui.formatCombo.setCurrentIndex(0)
            return  # called again by the format change
        current = Path(ui.pathEdit.text().strip()) if ui.pathEdit.text().strip() else None
        folder = current.parent if current is not None else default_folder(self.ctx.settings)
        ui.pathEdit.setText(str(unused_path(folder / self._suggested_name())))
        ui.statusLabel.setText("")

    def _on_browse_button_clicked(self) -> None:
        pattern = tr("Excel workbook (*.xlsx)") if self.fmt == "xlsx" else tr("CSV (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Export to"), self.ui.pathEdit.text(), pattern
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != f".{self.fmt}":
                path = path.with_name(path.name + f".{self.fmt}")
            self.ui.pathEdit.setText(str(path))

    # --- export ---------------------------------------------------------------------------
    def target(self) -> Path | None:
        """The file to write, or None with the reason shown."""
        text = self.ui.pathEdit.text().strip()
        if not text:
            self.ui.statusLabel.setText(tr("Give the file to write."))
            return None
        path = Path(text).expanduser()
        try:
            fmt = sheet_format(path)
        except ExchangeError as exc:
            self.ui.statusLabel.setText(message(exc))
            return None
        if self.kind == WORKBOOK and fmt != "xlsx":
            self.ui.statusLabel.setText(tr("Every register goes into one .xlsx workbook."))
            return None
        if not path.parent.is_dir():
            self.ui.statusLabel.setText(
                tr("The folder {folder} does not exist.").format(folder=path.parent)
            )
            return None
        return path

    def _on_export_button_clicked(self) -> None:
        path = self.target()
        if path is None or self.running:
            return
        if path.exists() and not self._confirm_replace(path):
            return
        self.start(path)

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Replace the file?"),
            tr("{file} already exists in {folder}.\n\nReplace it with this export?").format(
                file=path.name, folder=path.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start(self, path: Path) -> Job:
        """Write `path` on a worker thread; progress, the result and failures come back as
        signals to this dialog."""
        from cdmo_desktop.exchange.register_export import export_register, export_workbook

        store, kind, engagement_id = self.ctx.store, self.kind, self.engagement_id
        listed = self.rows[1] if self.rows is not None else None
        if listed is not None:
            engagement_id = None  # the rows shown are the filter
        cancel = self._cancel
        cancel.clear()

        def work(progress: Any) -> int | None:
            def report(percent: int, what: str) -> None:
                if cancel.is_set():
                    raise Cancelled
                progress(percent, what)

            try:
                ids = listed() if listed is not None else None
                if kind == WORKBOOK:
                    return export_workbook(
                        store, path, engagement_id=engagement_id, progress=report
                    )
                return export_register(
                    store, kind, path, engagement_id=engagement_id, ids=ids, progress=report
                )
            except Cancelled:
                return None

        job = Job(work)
        job.signals.progress.connect(self._on_job_progress)
        job.signals.finished.connect(lambda rows: self._on_job_finished(path, rows))
        job.signals.failed.connect(self._on_job_failed)
        self.job = job
        self._busy(True)
        self.ui.statusLabel.setText(tr("Writing {file}…").format(file=path.name))
        job.start()
        return job

    def cancel_export(self) -> None:
        if self.running:
            self._cancel.set()
            self.ui.statusLabel.setText(tr("Cancelling…"))

    def _busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.registerCombo, ui.engagementCombo):
            widget.setEnabled(not busy and self.rows is None)
        others: tuple[QWidget, ...] = (
            ui.formatCombo,
            ui.pathEdit,
            ui.browseButton,
            ui.exportButton,
        )
        for other in others:
            other.setEnabled(not busy)
        ui.progressBar.setVisible(busy)
        ui.progressBar.setValue(0)
        ui.closeButton.setText(tr("Cancel") if busy else tr("Close"))

    def _on_job_progress(self, percent: int, what: str) -> None:
        self.ui.progressBar.setValue(percent)
        if not self._cancel.is_set():
            self.ui.statusLabel.setText(
                tr("Writing {what}… {percent} %").format(what=message(what), percent=percent)
            )

    def _on_job_finished(self, path: Path, rows: object) -> None:
        self.job = None
        self._busy(False)
        if rows is None:
            self.ui.statusLabel.setText(tr("Cancelled: nothing was written."))
            return
        self.written = path
        settings.set(self.ctx.settings, settings.REPORTS_LAST_FOLDER, str(path.parent))
        self.ui.statusLabel.setText(
            tr("Wrote {count} rows to {file}.").format(count=rows, file=path)
        )

    def _on_job_failed(self, reason: str) -> None:
        self.job = None
        self._busy(False)
        self.ui.statusLabel.setText(
            tr("Nothing was written: {reason}").format(reason=message(reason))
        )

    # --- closing --------------------------------------------------------------------------
    def _on_close_button_clicked(self) -> None:
        if self.running:
            self.cancel_export()
        else:
            self.accept()

    def reject(self) -> None:  # Escape
        if self.running:
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel_export()
            if self.job is not None:
                self.job.wait(10)
        super().closeEvent(event)
