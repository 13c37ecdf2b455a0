"""A written PDF, rendered by PDFium (pypdfium2) into Qt images: the pages of the in-app
preview (gui/reports/preview.py) and what goes to a printer through QPrinter and the
system print dialog.

QtPdf would do both, but it is not in PySide6-Essentials (PySide6-Addons is a 167 MB
wheel, and the separate PySide6-Pdf exists only for Qt 6.12, which aborts on Python 3.11);
pypdfium2 is a 4 MB wheel for every platform the app ships on.

PDFium is not thread-safe: every page is rendered on the GUI thread, one at a time.
Printing sends the pages one by one with a progress dialog whose Cancel aborts the job
(a file printer then leaves no file).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from cdmo_desktop.gui.i18n import message, tr

log = logging.getLogger(__name__)

POINTS_PER_INCH = 72.0
PRINT_DPI = 300  # pages go to the printer as images at most this fine (text stays sharp)
PRINT_SHORTCUT = QKeySequence.StandardKey.Print


class PdfError(Exception):
    """The PDF could not be read (one sentence for the user)."""


@dataclass(frozen=True)
class PageSize:
    width_pt: float
    height_pt: float


class PdfPages:
    """An open PDF: its page count and sizes, and a page rendered to a QImage."""

    def __init__(self, path: Path) -> None:
        import pypdfium2 as pdfium

        self.path = Path(path)
        try:
            self._doc = pdfium.PdfDocument(str(self.path))
        except (pdfium.PdfiumError, OSError) as exc:
            raise PdfError(
                tr("{file} could not be read as a PDF ({reason}).").format(
                    file=self.path.name, reason=exc
                )
            ) from None
        self.sizes = [PageSize(*self._doc.get_page_size(i)) for i in range(len(self._doc))]

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, dpi: float) -> QImage:
        """Page `index` (from 0) at `dpi`, on white."""
        page = self._doc[index]
        try:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True)
            try:
                # BGRx bytes are Qt's RGB32 on every little-endian machine Qt ships for.
                image = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB32,
                ).copy()  # own the pixels: the buffer goes with the bitmap
            finally:
                bitmap.close()
        finally:
            page.close()
        return image

    def close(self) -> None:
        self._doc.close()


def _layout_for(size: PageSize) -> QPageLayout:
    """A page of the PDF's own size and orientation, with no margins (the PDF has its own)."""
    portrait = size.height_pt >= size.width_pt
    short, long = sorted((size.width_pt, size.height_pt))
    page_size = QPageSize(
        QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    orientation = (
        QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    )
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0))


def prepare_printer(printer: QPrinter, pages: PdfPages) -> None:
    """Paper of the PDF's first page, no extra margins, every page offered in the dialog."""
    printer.setFullPage(True)
    if len(pages):
        printer.setPageLayout(_layout_for(pages.sizes[0]))
    printer.setDocName(pages.path.stem)
    printer.setFromTo(1, max(len(pages), 1))


def page_numbers(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the print dialog asked for: a range, else all of them."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0 or printer.printRange() == QPrinter.PrintRange.AllPages:
        return list(range(count))
    return list(range(max(first, 1) - 1, min(last, count)))


def print_pages(
    pages: PdfPages,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint the chosen pages onto `printer`, each scaled to fit its paper and centred.
    `progress(done, total)` returns False to stop: the job is aborted (a PDF printer
    leaves no file). The number of pages sent; 0 when nothing was printed."""
    numbers = page_numbers(printer, len(pages))
    if not numbers:
        return 0
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfError(tr("The printer did not accept the job."))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    sent = 0
    try:
        for n, index in enumerate(numbers):
            if progress is not None and not progress(n, len(numbers)):
                painter.end()
                printer.abort()
                _remove_output(printer)
                return 0
            if n:
                printer.newPage()
            image = pages.render(index, dpi)
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            box = QRectF(
                target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h
            )
            painter.drawImage(box, image)
            sent += 1
    finally:
        if painter.isActive():
            painter.end()
    if progress is not None:
        progress(len(numbers), len(numbers))
    return sent


def _remove_output(printer: QPrinter) -> None:
    """A cancelled print to a PDF file leaves no half-written file."""
    name = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and name:
        Path(name).unlink(missing_ok=True)


def print_pdf(parent: QWidget | None, path: Path, printer: QPrinter | None = None) -> int:
    """Print `path` through the system print dialog (`printer` given: straight to it, no
    dialog), with progress and Cancel. The pages sent; 0 when cancelled or refused, with a
    message saying why when it failed."""
    try:
        pages = PdfPages(path)
    except PdfError as exc:
        QMessageBox.warning(parent, tr("Print"), message(exc))
        return 0
    try:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            prepare_printer(printer, pages)
            dialog = QPrintDialog(printer, parent)
            dialog.setObjectName("printDialog")
            dialog.setWindowTitle(tr("Print {file}").format(file=path.name))
            dialog.setMinMax(1, max(len(pages), 1))
            dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return 0
        else:
            prepare_printer(printer, pages)
        return _print_with_progress(parent, pages, printer)
    finally:
        pages.close()


def _print_with_progress(parent: QWidget | None, pages: PdfPages, printer: QPrinter) -> int:
    box = QProgressDialog(tr("Sending the pages to the printer…"), tr("Cancel"), 0, 1, parent)
    box.setObjectName("printProgress")
    box.setWindowTitle(tr("Print"))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(500)  # only for a job that takes a while
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def progress(done: int, total: int) -> bool:
        box.setMaximum(total)
        box.setValue(done)
        box.setLabelText(
            tr("Sending page {number} of {count} to the printer…").format(
                number=min(done + 1, total), count=total
            )
        )
        QApplication.processEvents()
        return not box.wasCanceled()

    try:
        sent = print_pages(pages, printer, progress)
    except PdfError as exc:
        QMessageBox.warning(parent, tr("Print"), message(exc))
        return 0
    finally:
        QApplication.restoreOverrideCursor()
        box.close()
        box.deleteLater()
    if sent == 0 and box.wasCanceled():
        log.info("printing %s cancelled", pages.path.name)
    return sent
