"""Print preview and printing: a PDF rendered inside the app (pypdfium2), printed through
QPrinter (here to a PDF file, read back with pypdf), pages chosen in the print dialog,
Cancel leaving no file, and the preview's page navigation, zoom and Ctrl+P."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui.reports import preview, printing

A4_PT = (595.27, 841.89)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A three-page A4 PDF with a big black block at a different height on each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "source.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(3):
        c.setFont("Helvetica", 24)
        c.drawString(72, 760, f"Page {n + 1} of the status report")
        c.rect(72, 600 - n * 200, 200, 100, fill=1)
        c.showPage()
    c.save()
    return path


def _activate(qtbot: QtBot, dlg: preview.PdfPreviewDialog) -> None:
    """Shortcuts reach the active window only."""
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=2000)
    dlg.area.setFocus()


def _pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def _dark_rows(page: object) -> list[int]:
    """Rows (0..99, top to bottom) of the page's printed image that hold dark pixels."""
    from PIL import Image

    (image_file,) = page.images  # type: ignore[attr-defined]
    img = Image.open(BytesIO(image_file.data)).convert("L").resize((100, 100))
    return sorted({y for y in range(100) for x in range(100) if int(img.getpixel((x, y))) < 80})  # type: ignore[arg-type]


def test_prints_every_page_to_a_pdf_printer_at_the_papers_size(
    qtbot: QtBot, source: Path, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    pages = printing.PdfPages(source)
    printer = _pdf_printer(out)
    printing.prepare_printer(printer, pages)
    assert printing.print_pages(pages, printer) == 3
    pages.close()
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(A4_PT[0], abs=1.5)
        assert float(box.height) == pytest.approx(A4_PT[1], abs=1.5)
    # Each page carries its own content: the block sits lower on every next page.
    tops = [min(r for r in _dark_rows(p) if r > 15) for p in reader.pages]
    assert tops[0] < tops[1] < tops[2]


def test_print_dialog_page_range_prints_only_those_pages(
    qtbot: QtBot, source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "range.pdf"

    def accept(dialog: QPrintDialog) -> int:
        assert dialog.windowTitle() == "Print source.pdf"
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert printing.print_pdf(None, source) == 2
    assert len(PdfReader(out).pages) == 2


def test_cancelling_the_print_leaves_no_file(qtbot: QtBot, source: Path, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    pages = printing.PdfPages(source)
    printer = _pdf_printer(out)
    printing.prepare_printer(printer, pages)
    seen: list[int] = []

    def progress(done: int, _total: int) -> bool:
        seen.append(done)
        return done < 2  # Cancel while the third page is due

    assert printing.print_pages(pages, printer, progress) == 0
    pages.close()
    assert seen == [0, 1, 2]
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [source]


def test_a_file_that_is_no_pdf_is_refused_with_a_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "notes.pdf"
    bad.write_text("not a PDF")
    with pytest.raises(printing.PdfError, match="could not be read as a PDF"):
        printing.PdfPages(bad)


def test_preview_turns_pages_zooms_and_fits_the_width(qtbot: QtBot, source: Path) -> None:
    dlg = preview.PdfPreviewDialog(source)
    qtbot.addWidget(dlg)
    dlg.resize(900, 700)
    dlg.show()
    _activate(qtbot, dlg)
    assert dlg.of_label.text().strip() == "of 3"
    assert dlg.fit == preview.FIT_WIDTH and dlg.fit_width_action.isChecked()
    # Fit width: the page is as wide as the view (less its grey margin).
    room = dlg.area.viewport().width() - 2 * preview.PAGE_GAP
    shown = dlg.page_label.pixmap().deviceIndependentSize().width()
    assert room - 12 <= shown <= room
    assert not dlg.previous_action.isEnabled() and dlg.next_action.isEnabled()
    qtbot.keyClick(dlg.area, Qt.Key.Key_PageDown)
    assert dlg.page == 1 and dlg.page_spin.value() == 2
    qtbot.keyClick(dlg.area, Qt.Key.Key_End)
    assert dlg.page == 2 and not dlg.next_action.isEnabled()
    dlg.page_spin.setValue(1)
    assert dlg.page == 0
    dlg.set_zoom(100)
    at_100 = dlg.page_label.pixmap().deviceIndependentSize().width()
    dlg.zoom_in_action.trigger()
    assert dlg.zoom == 125 and dlg.fit is None and not dlg.fit_width_action.isChecked()
    assert dlg.page_label.pixmap().deviceIndependentSize().width() == pytest.approx(
        at_100 * 1.25, rel=0.02
    )
    assert dlg.zoom_combo.currentText() == "125 %"
    dlg.fit_page_action.trigger()
    page_h = dlg.page_label.pixmap().deviceIndependentSize().height()
    assert page_h <= dlg.area.viewport().height() - 2 * preview.PAGE_GAP
    dlg.resize(900, 900)  # a fitted page follows the window
    qtbot.waitUntil(lambda: dlg.page_label.pixmap().deviceIndependentSize().height() != page_h)


def test_ctrl_p_in_the_preview_prints_the_file(
    qtbot: QtBot, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[Path] = []

    def print_pdf(_parent: object, path: Path) -> int:
        printed.append(path)
        return 3

    monkeypatch.setattr(printing, "print_pdf", print_pdf)
    dlg = preview.PdfPreviewDialog(source)
    qtbot.addWidget(dlg)
    dlg.show()
    _activate(qtbot, dlg)
    assert QKeySequence(QKeySequence.StandardKey.Print) in dlg.print_action.shortcuts()
    qtbot.keyClick(dlg.area, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [source]


def test_show_preview_of_an_unreadable_file_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    assert preview.show_preview(None, bad) is None
    assert said and "x.pdf could not be read" in said[0]
