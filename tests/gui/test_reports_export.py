"""The export dialog: the status-report form, a PDF built off the GUI thread, the stored
report, open/print through the system viewer, remembered folder and paper."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QUrl
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from cdmo_desktop.domain.models import Agreement, Engagement, StatusReport
from cdmo_desktop.gui.reports.reports import ExportDialog
from tests.reports.pdfcheck import text_of

PROCESS = "ART-417 process development and first GMP campaign"
TIMEOUT = 30_000


def _engagement_id(ctx) -> str:
    with ctx.store.read() as s:
        return s.exec(select(Engagement.id).where(Engagement.title == PROCESS)).one()


def _reports(ctx) -> list[StatusReport]:
    with ctx.store.read() as s:
        return list(s.exec(select(StatusReport)).all())


@pytest.fixture
def dialog(qtbot, demo_ctx, tmp_path):
    dlg = ExportDialog(demo_ctx, engagement_id=_engagement_id(demo_ctx))
    qtbot.addWidget(dlg)
    dlg.ui.outputEdit.setText(str(tmp_path / "status.pdf"))
    return dlg


def test_status_report_is_read_and_built_in_another_process_and_stored(
    qtbot, dialog, demo_ctx, tmp_path, monkeypatch
):
    import os

    from cdmo_desktop.reports import status_report
    from cdmo_desktop.store import snapshots

    here: list[str] = []  # what ran in this (the window's) process
    monkeypatch.setattr(status_report, "build_status_report", lambda *a, **k: here.append("b"))
    monkeypatch.setattr(snapshots, "status_report_snapshot", lambda *a, **k: here.append("r"))
    before = len(_reports(demo_ctx))
    ui = dialog.ui
    ui.amberRadio.setChecked(True)
    ui.summaryEdit.setPlainText("Batch 3 slipped two weeks; <b>no</b> impact & on budget.")
    ui.asksPartnerEdit.setPlainText("- Confirm the QC slot")
    threads: list[object] = []
    dialog.ui.progressBar.valueChanged.connect(lambda _v: threads.append(QThread.currentThread()))
    from cdmo_desktop.gui.reports.pdf_process import BuildResult

    results: list[BuildResult] = []
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as blocker:
        assert dialog.export()
        assert dialog.running and not ui.exportButton.isEnabled()
        dialog._build.finished.connect(results.append)
    path = Path(blocker.args[0])
    assert path == tmp_path / "status.pdf"
    assert here == []  # neither the snapshot read nor the layout ran in this process
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)  # queued after `exported`
    assert results[0].pid != os.getpid()
    text = " ".join(text_of(path).split())
    assert PROCESS in text and "<b>no</b> impact & on budget" in text and "AMBER" in text
    assert ui.openButton.isEnabled() and ui.printButton.isEnabled()
    assert ui.progressBar.value() == 100
    assert all(t is QThread.currentThread() for t in threads)  # UI updated on the GUI thread
    rows = _reports(demo_ctx)
    assert len(rows) == before + 1
    assert demo_ctx.undo_stack.undoText() == "Issue status report"
    assert demo_ctx.settings.value("reports/last_folder") == str(tmp_path)


def test_invalid_form_cannot_export(dialog):
    ui = dialog.ui
    ui.periodEndEdit.commit(date(2020, 1, 1))
    ui.periodStartEdit.commit(date(2020, 2, 1))
    assert "cannot end before" in ui.periodError.text()
    assert not ui.exportButton.isEnabled()
    assert dialog.export() is False
    ui.periodStartEdit.commit(date(2019, 12, 1))
    ui.outputEdit.setText("/no/such/folder/x.pdf")
    assert "does not exist" in ui.outputError.text()
    assert not ui.exportButton.isEnabled()


def test_failure_is_reported_and_nothing_written(qtbot, demo_ctx, tmp_path, monkeypatch):
    with demo_ctx.store.session() as s:
        a = s.exec(select(Agreement).where(Agreement.status == "draft")).first()
        a.recitals = "This refers to {unknown_thing}."
        agreement_id = a.id
    dlg = ExportDialog(demo_ctx, agreement_id=agreement_id)
    qtbot.addWidget(dlg)
    assert dlg.ui.pages.currentIndex() == 1 and "DRAFT" in dlg.ui.agreementInfo.text()
    dlg.ui.outputEdit.setText(str(tmp_path / "a.pdf"))
    with qtbot.waitSignal(dlg.failed, timeout=TIMEOUT) as blocker:
        dlg.export()
    assert "{unknown_thing}" in blocker.args[0]
    assert "Nothing was written" in dlg.ui.statusLabel.text()
    assert "Recitals" in blocker.args[0]
    assert [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []
    assert dlg.ui.exportButton.isEnabled()


def test_agreement_export_prints_through_the_print_dialog_and_opens_in_the_viewer(
    qtbot, demo_ctx, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    with demo_ctx.store.read() as s:
        agreement_id = s.exec(select(Agreement.id).where(Agreement.kind == "quality")).first()
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    printed = tmp_path / "printer.pdf"

    def to_pdf_printer(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr("cdmo_desktop.gui.reports.report_output.QDesktopServices.openUrl", open_url)
    monkeypatch.setattr(QPrintDialog, "exec", to_pdf_printer)
    dlg = ExportDialog(demo_ctx, agreement_id=agreement_id)
    qtbot.addWidget(dlg)
    dlg.ui.paperCombo.setCurrentText("Letter")
    dlg.ui.outputEdit.setText(str(tmp_path / "qa #1 ü.pdf"))
    with qtbot.waitSignal(dlg.exported, timeout=TIMEOUT):
        dlg.export()
    dlg.ui.printButton.click()
    assert opened == []  # printing needs no PDF viewer
    written = PdfReader(tmp_path / "qa #1 ü.pdf").pages
    pages = PdfReader(printed).pages
    assert len(pages) == len(written) > 1
    assert float(pages[0].mediabox.width) == pytest.approx(612, abs=1.5)  # Letter
    assert f"Sent {len(pages)} pages" in dlg.ui.statusLabel.text()
    dlg.ui.openButton.click()
    assert opened == [str(tmp_path / "qa #1 ü.pdf")]
    assert "If none appears, use Preview" in dlg.ui.statusLabel.text()
    assert demo_ctx.settings.value("reports/paper") == "Letter"


def test_preview_shows_the_written_pdf_and_ctrl_p_before_export_writes_then_prints(
    qtbot, dialog, tmp_path, monkeypatch
):
    from cdmo_desktop.gui.reports import printing

    printed: list[Path] = []

    def print_pdf(_parent: object, path: Path) -> int:
        printed.append(path)
        return 1

    monkeypatch.setattr(printing, "print_pdf", print_pdf)
    assert not dialog.preview_button.isEnabled()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=2000)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        qtbot.keyClick(dialog.ui.outputEdit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: printed == [tmp_path / "status.pdf"], timeout=TIMEOUT)
    assert dialog.preview_button.isEnabled()
    dialog.preview_button.click()
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    assert preview.path == tmp_path / "status.pdf" and len(preview.pages) > 1
    assert preview.page_label.pixmap() is not None and not preview.page_label.pixmap().isNull()
    preview.close()


def test_closing_a_filled_form_asks_first(qtbot, dialog, monkeypatch):
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.show()
    dialog.ui.summaryEdit.setPlainText("Half written")
    dialog.reject()
    assert asked and dialog.isVisible()


def test_stored_report_prints_again_identically(qtbot, dialog, demo_ctx, tmp_path):
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        dialog.export()
    first = text_of(tmp_path / "status.pdf")
    report_id = dialog.report_id
    with demo_ctx.store.session() as s:
        e = s.get(Engagement, _engagement_id(demo_ctx))
        e.title = "Renamed after the report"
    again = ExportDialog(demo_ctx, report_id=report_id)
    qtbot.addWidget(again)
    assert not again.ui.summaryEdit.isEnabled() or again.ui.summaryEdit.isReadOnly()
    again.ui.outputEdit.setText(str(tmp_path / "again.pdf"))
    with qtbot.waitSignal(again.exported, timeout=TIMEOUT):
        again.export()
    assert text_of(tmp_path / "again.pdf") == first
    assert len([r for r in _reports(demo_ctx) if r.id == report_id]) == 1


def test_empty_database_explains_why_nothing_can_be_exported(qtbot, ctx):
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    assert "no engagement" in dlg.ui.periodError.text()
    assert not dlg.ui.exportButton.isEnabled()
    dlg.ui.kindCombo.setCurrentIndex(1)
    assert "no agreement yet" in dlg.ui.agreementInfo.text()
    assert not dlg.ui.exportButton.isEnabled() and dlg.export() is False


def test_job_outlives_the_references_the_window_drops(qtbot) -> None:
    """The window lets go of a job when it reports; the job's thread must still own it until
    its function has returned (a QRunnable was freed under the pool thread here)."""
    import gc
    import threading

    from cdmo_desktop.gui.workers import Job, wait_for_jobs

    release = threading.Event()
    from cdmo_desktop.gui.reports.pdf_process import BuildResult

    results: list[BuildResult] = []

    def work(progress):
        progress(50, "half way")
        release.wait(5)
        return "done"

    job = Job(work)
    job.signals.finished.connect(results.append)
    job.start()
    del job
    gc.collect()
    release.set()
    assert wait_for_jobs(timeout=10)
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)


def test_a_period_outside_the_bounds_is_refused(qtbot, dialog):
    from PySide6.QtCore import Qt

    assert dialog.ui.exportButton.isEnabled()
    field = dialog.ui.periodEndEdit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "9999-12-31")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "between 1900 and 2199" in dialog.ui.periodError.text()
    assert not dialog.ui.exportButton.isEnabled() and dialog.export() is False
