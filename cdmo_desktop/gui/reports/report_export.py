"""Export dialog: a status report (with its form) or an agreement, written as PDF by the
worker process (gui/reports/pdf_process.py: the data is read and the pages laid out
there, so the window never stalls), then offered to preview, open or print. Cancel (or
Escape) stops a build; nothing is written then.

Opened by the engagement workspace (Ctrl+E) and by the Reports screen. A status report is
stored (form + data snapshot) once its PDF is written, so it can be printed again
identically; `report_id` opens such a stored report for printing again.

Preview renders the PDF inside the app and Print (Ctrl+P) goes through the system print
dialog (gui/reports/preview.py, printing.py): neither needs a PDF viewer. Ctrl+P before
the export writes the PDF first, then prints it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cdmo_desktop.domain.models import new_id
from cdmo_desktop.gui import settings
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.forms.ui_report_export import Ui_ReportExportDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.reports import pdf_process, printing, report_rag
from cdmo_desktop.gui.reports import report_export_form as form_io
from cdmo_desktop.gui.reports import report_output as output
from cdmo_desktop.gui.reports.pdf_build import StatusRequest
from cdmo_desktop.gui.reports.pdf_process import BuildResult, PdfBuild, WorkerBusy
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.status_reports import issue_printed_report

STATUS, AGREEMENT = 0, 1
log = logging.getLogger(__name__)
STORED = QT_TR_NOOP(" It is stored on the Reports screen and prints again as issued.")


def default_paper(qsettings: QSettings) -> str:
    saved = settings.get(qsettings, settings.REPORTS_PAPER)
    if saved in ("A4", "Letter"):
        return saved
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


class ExportDialog(RememberedGeometryDialog):
    """Signals: exported(str) with the written path; failed(str) with the reason."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str | None = None,
        agreement_id: str | None = None,
        parent: QWidget | None = None,
        *,
        report_id: str | None = None,
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx = ctx
        self.ui = Ui_ReportExportDialog()
        self.ui.setupUi(self)
        self.report_id = report_id
        self.written: Path | None = None
        self._build: PdfBuild | None = None
        self.preview: QWidget | None = None  # the last preview opened
        self._dirty = False
        self._chosen_folder: Path | None = None  # where the user typed or browsed to
        self._confirmed: Path | None = None  # a file the user agreed to replace
        self._rated: report_rag.Rated | None = None  # the issued report shown, if any
        ui = self.ui
        ui.kindCombo.addItems([tr("Status report"), tr("Agreement")])
        ui.paperCombo.addItems(["A4", "Letter"])
        ui.paperCombo.setCurrentText(default_paper(ctx.settings))
        self._print_when_written = False
        self.preview_button = self._add_preview_button()
        ui.openButton.setText(tr("&Open in viewer"))
        ui.openButton.setToolTip(tr("Open the PDF in your system's PDF viewer"))
        ui.openButton.setEnabled(False)
        ui.printButton.setEnabled(False)
        ui.progressBar.setVisible(False)
        self._align_labels()
        shortcut = QKeySequence(printing.PRINT_SHORTCUT).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        ui.printButton.setToolTip(
            tr("Print through the system print dialog ({shortcut})").format(shortcut=shortcut)
        )
        form_io.fill_choices(self, engagement_id, agreement_id)
        if report_id is not None:
            stored = form_io.load_stored(self, report_id)
            self._rated = report_rag.Rated(stored.data.engagement.id, stored.form.overall_status)
        elif agreement_id is not None:
            ui.kindCombo.setCurrentIndex(AGREEMENT)
        self._on_kind_combo_current_index_changed(ui.kindCombo.currentIndex())
        self._connect()
        self._suggest_path()
        self._validate()
        self._dirty = False
        try:
            pdf_process.worker().start()  # its imports run while the form is filled in
        except OSError:  # Export tries again and says why it cannot
            log.exception("the PDF worker did not start")

    # --- wiring ---------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        ui.engagementCombo.currentIndexChanged.connect(self._on_engagement_combo_changed)
        ui.agreementCombo.currentIndexChanged.connect(self._on_agreement_combo_changed)
        for day in (ui.periodStartEdit, ui.periodEndEdit):  # read when the user leaves it
            day.value_changed.connect(self._on_period_changed)
            day.message_changed.connect(self._on_period_changed)
        ui.preparedByEdit.textChanged.connect(self._on_form_edited)
        for edit in self._texts():
            edit.textChanged.connect(self._on_form_edited)
        for radio in (ui.greenRadio, ui.amberRadio, ui.redRadio):
            radio.toggled.connect(self._on_form_edited)
        ui.outputEdit.textEdited.connect(self._on_output_edit_text_edited)
        ui.outputEdit.textChanged.connect(self._validate)
        ui.paperCombo.currentIndexChanged.connect(self._on_form_edited)
        ui.browseButton.clicked.connect(self._on_browse_button_clicked)
        ui.exportButton.clicked.connect(self._on_export_button_clicked)
        ui.openButton.clicked.connect(self._on_open_button_clicked)
        ui.printButton.clicked.connect(self._on_print_button_clicked)
        ui.updateRagButton.clicked.connect(self._on_update_rag_button_clicked)
        ui.closeButton.clicked.connect(self.reject)
        self.ctx.day_changed.connect(self._on_day_changed)
        export = QShortcut(QKeySequence.StandardKey.Save, self)
        export.activated.connect(self._on_export_button_clicked)
        print_now = QShortcut(QKeySequence(printing.PRINT_SHORTCUT), self)
        print_now.activated.connect(self.print_now)

    def _add_preview_button(self) -> QPushButton:
        """Preview, beside Export: the PDF read inside the app."""
        button = QPushButton(tr("Pre&view"), self)
        button.setObjectName("previewButton")
        button.setToolTip(tr("Read the PDF here before printing it"))
        button.setEnabled(False)
        button.clicked.connect(self._on_preview_button_clicked)
        layout = self.ui.buttonLayout
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(layout.indexOf(self.ui.openButton), button)
        return button

    def _align_labels(self) -> None:
        """The three forms share one label column, so the fields line up."""
        ui = self.ui
        labels = [
            ui.kindForm.itemAt(0, QFormLayout.ItemRole.LabelRole),
            *(
                form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                for form in (ui.statusForm, ui.agreementForm, ui.outputForm)
                for row in range(form.rowCount())
            ),
        ]
        widgets = [
            label
            for item in labels
            if item is not None and isinstance(label := item.widget(), QLabel)
        ]
        width = max(w.sizeHint().width() for w in widgets)
        for w in widgets:
            w.setMinimumWidth(width)
            w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def _texts(self) -> list[QPlainTextEdit]:
        ui = self.ui
        return [ui.summaryEdit, ui.highlightsEdit, ui.asksPartnerEdit, ui.asksClientEdit]

    # --- state ----------------------------------------------------------------------------
    @property
    def kind(self) -> int:
        return self.ui.kindCombo.currentIndex()

    @property
    def running(self) -> bool:
        return self._build is not None

    def errors(self) -> dict[str, str]:
        return form_io.check(self)

    def _validate(self) -> bool:
        errors = self.errors()
        ui = self.ui
        ui.periodError.setText(message(errors.get("period", "")))
        ui.preparedByError.setText(message(errors.get("prepared_by", "")))
        ui.outputError.setText(message(errors.get("output", "")))
        for label in (ui.periodError, ui.preparedByError, ui.outputError):
            label.setVisible(bool(label.text()))
        ok = not errors and not self.running
        ui.exportButton.setEnabled(ok)
        return ok

    def _suggest_path(self) -> None:
        """A name of its own for the document now chosen, in the folder the user picked
        (else the last export's): never the file of another document."""
        folder = self._chosen_folder
        if folder is None or not folder.is_dir():
            folder = output.default_folder(self.ctx.settings)
        self._confirmed = None
        path = output.unused_path(folder / form_io.suggested_name(self))
        self.ui.outputEdit.setText(str(path))

    # --- slots ----------------------------------------------------------------------------
    def _on_kind_combo_current_index_changed(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        form_io.show_agreement_info(self)
        self._suggest_path()
        self._validate()

    def _on_engagement_combo_changed(self, _index: int) -> None:
        form_io.apply_defaults(self)
        self._suggest_path()
        self._validate()

    def _on_agreement_combo_changed(self, _index: int) -> None:
        form_io.show_agreement_info(self)
        self._suggest_path()
        self._validate()

    def _on_period_changed(self, _value: object) -> None:
        self._dirty = True
        self._suggest_path()
        self._validate()

    def _on_day_changed(self, _today: object) -> None:
        """Past midnight an untouched form reports up to the new today."""
        if not self.running and not self._dirty and self.report_id is None:
            form_io.apply_defaults(self)
            self._suggest_path()
            self._validate()

    def _on_form_edited(self, *_args: object) -> None:
        self._dirty = True
        self._validate()

    def _on_output_edit_text_edited(self, text: str) -> None:
        self._confirmed = None
        if text.strip():
            self._chosen_folder = Path(text.strip()).expanduser().parent

    def _on_browse_button_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Save PDF as"), self.ui.outputEdit.text(), tr("PDF files (*.pdf)")
        )
        if path:
            confirmed = path.lower().endswith(".pdf")  # the file dialog asked about replacing
            path = path if confirmed else path + ".pdf"
            self._chosen_folder = Path(path).parent
            self.ui.outputEdit.setText(path)
            self._confirmed = Path(path) if confirmed else None

    def _on_export_button_clicked(self) -> None:
        self.export()

    def _on_open_button_clicked(self) -> None:
        if self.written is None:
            return
        if output.open_in_viewer(self, self.written):
            # The system took the file; whether a viewer shows it is beyond the app's sight.
            self.ui.statusLabel.setText(
                tr("Handed {file} to your PDF viewer. If none appears, use Preview.").format(
                    file=self.written.name
                )
            )
        else:
            self.ui.statusLabel.setText(
                tr("No PDF viewer opened it: the file is {path}.").format(path=self.written)
            )

    def _on_preview_button_clicked(self) -> None:
        if self.written is not None:
            from cdmo_desktop.gui.reports.preview import show_preview

            self.preview = show_preview(self, self.written, self.ctx.settings)

    def _on_print_button_clicked(self) -> None:
        if self.written is None:
            return
        sent = printing.print_pdf(self, self.written)
        if sent:
            self.ui.statusLabel.setText(
                tr("Sent %n page(s) of {file} to the printer.", None, sent).format(
                    file=self.written.name
                )
            )

    def print_now(self) -> None:
        """Ctrl+P: print what is written; before that, write it first, then print."""
        if self.written is not None and not self._dirty:
            self._on_print_button_clicked()
        elif not self.running:
            self._print_when_written = self.export()

    def _on_update_rag_button_clicked(self) -> None:
        if self._rated is not None:
            report_rag.apply(self.ctx, self.ui, self._rated, self)

    # --- export ---------------------------------------------------------------------------
    def export(self) -> bool:
        """Start writing the PDF in the worker process; False when the form is not valid."""
        if self.running or not self._validate():
            return False
        target = Path(self.ui.outputEdit.text().strip()).expanduser()
        replacing = target.exists() and target != self._confirmed
        if replacing and not output.confirm_replace(self, target):
            self.ui.statusLabel.setText(
                tr("Nothing was written: {file} is kept. Choose another name.").format(
                    file=target.name
                )
            )
            return False
        request = form_io.request(self, target, self.ui.paperCombo.currentText())
        after = None
        if isinstance(request, StatusRequest) and self.report_id is None:
            after = self._issuer(request)  # a new status report is stored once printed
        build = PdfBuild(request, after)
        build.progress.connect(self._on_build_progress)
        build.finished.connect(self._on_build_finished)
        build.failed.connect(self._on_build_failed)
        build.cancelled.connect(self._on_build_cancelled)
        try:
            build.start()
        except WorkerBusy as exc:
            self._report_failure(message(str(exc)))
            return False
        except OSError as exc:
            log.exception("the PDF worker did not start")
            self._report_failure(
                tr("The PDF builder could not start: {reason}.").format(reason=exc.strerror or exc)
            )
            return False
        self._build = build
        self._set_busy(True)
        self.ui.statusLabel.setText(tr("Writing the PDF…"))
        return True

    def cancel_export(self) -> None:
        """Stop the PDF being written (nothing is written; a replaced file stays as it was)."""
        if self._build is not None:
            self._build.cancel()
            self.ui.closeButton.setEnabled(False)
            self.ui.statusLabel.setText(tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.kindCombo, ui.pages, ui.paperCombo, ui.outputEdit, ui.browseButton):
            widget.setEnabled(not busy)
        ui.closeButton.setEnabled(True)
        ui.closeButton.setText(tr("Cancel") if busy else tr("Close"))
        ui.closeButton.setToolTip(tr("Stop writing the PDF (Esc)") if busy else "")
        if busy:
            ui.ragOffer.setVisible(False)
            ui.progressBar.setVisible(True)
            ui.progressBar.setValue(0)
            ui.openButton.setEnabled(False)
            ui.printButton.setEnabled(False)
            self.preview_button.setEnabled(False)
        self._validate()

    def _on_build_progress(self, percent: int, text: str) -> None:
        self.ui.progressBar.setValue(percent)
        if self._build is not None and not self._build.cancelling:
            self.ui.statusLabel.setText(message(text) + "…")

    def _issuer(self, request: StatusRequest) -> Callable[[BuildResult], object]:
        """Storing the status report once its PDF is written, run by the build off the GUI
        thread (the snapshot is megabytes on a big engagement): the change set to commit,
        or the sentence saying why it was not stored."""
        store, report_id = self.ctx.store, new_id()

        def issue(result: BuildResult) -> object:
            try:
                return issue_printed_report(
                    store, request.engagement_id, request.form, result.snapshot_json, report_id
                )
            except REFUSALS as exc:
                return refusal_text(exc)

        return issue

    def _on_build_finished(self, result: BuildResult) -> None:
        request = self._build.request if self._build is not None else None
        self._build = None
        self.written = result.path
        self._confirmed = None  # it holds this export now: replacing it asks again
        stored = ""
        if isinstance(request, StatusRequest) and self.report_id is None:
            stored = self._stored_report(request, result.stored)
        elif self.kind == STATUS:
            stored = tr(STORED)
        settings.set(self.ctx.settings, settings.REPORTS_LAST_FOLDER, str(self.written.parent))
        settings.set(self.ctx.settings, settings.REPORTS_PAPER, self.ui.paperCombo.currentText())
        self._dirty = False
        self._set_busy(False)
        self.ui.progressBar.setValue(100)
        self.ui.statusLabel.setText(tr("Saved to {path}.").format(path=self.written) + stored)
        self.ui.openButton.setEnabled(True)
        self.ui.printButton.setEnabled(True)
        self.preview_button.setEnabled(True)
        self.preview_button.setFocus()
        self.exported.emit(str(self.written))
        if self._print_when_written:
            self._print_when_written = False
            self._on_print_button_clicked()

    def _stored_report(self, request: StatusRequest, stored: object) -> str:
        """Commit the status report the build stored (one undo step); the sentence to add."""
        if not isinstance(stored, ChangeSet):
            reason = message(stored) if isinstance(stored, str) else tr("the log has the details.")
            return tr(" It could not be stored: {reason}").format(reason=reason)
        commit(self.ctx, stored, initiator=self)
        self.report_id = next(iter(stored.ids("status_report")))
        self._rated = report_rag.Rated(request.engagement_id, request.form.overall_status)
        form_io.lock_form(self)
        report_rag.offer(self.ui, self.ctx.store, self._rated)
        return tr(STORED)

    def _on_build_failed(self, reason: str) -> None:
        self._build = None
        self._print_when_written = False
        self._set_busy(False)
        self.ui.progressBar.setValue(0)
        self._report_failure(reason)

    def _on_build_cancelled(self) -> None:
        self._build = None
        self._print_when_written = False
        self._set_busy(False)
        self.ui.progressBar.setValue(0)
        self.ui.statusLabel.setText(tr("Cancelled: nothing was written."))

    def _report_failure(self, reason: str) -> None:
        self.ui.statusLabel.setText(
            tr("Nothing was written. {reason}").format(reason=message(reason))
        )
        self.failed.emit(reason)

    # --- saving and leaving (gui.unsaved.Editable) ----------------------------------------
    def is_dirty(self) -> bool:
        """A filled-in status report that has not been exported (and stored) yet."""
        return self._dirty and self.kind == STATUS and self.report_id is None

    def save(self) -> bool:
        """Export the filled-in report: it is stored once its PDF is written. True when the
        export started."""
        return self.export()

    def discard(self) -> None:
        """Forget what was typed: the form shows the engagement's defaults again."""
        for edit in self._texts():
            edit.clear()
        self._dirty = False
        form_io.apply_defaults(self)
        self._dirty = False
        self._validate()

    def restore_geometry(self) -> bool:
        """The size the user left it at, shrunk to fit a small screen."""
        restored = super().restore_geometry()
        output.fit_on_screen(self)
        return restored

    def reject(self) -> None:
        if self.running:  # Cancel (the close button while busy) or Escape
            self.cancel_export()
            return
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                tr("Close without exporting?"),
                tr("The status report you filled in has not been exported. Close and discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
            self.discard()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)
