"""The in-app PDF preview: every report and agreement the app writes can be read here
before it is printed, whether or not the system has a PDF viewer.

One page at a time, rendered by PDFium (gui/reports/printing.py) at the zoom and the
screen's pixel ratio, so it stays sharp at 150 % and 200 %. Page Up/Down (and the arrows
in the tool bar) turn pages, Home/End go to the first and last; Ctrl++ / Ctrl+- zoom,
Ctrl+wheel too; "Fit width" and "Whole page" follow the window as it is resized. Print
(Ctrl+P) goes through the system print dialog; "Open in PDF viewer" hands the file to the
system viewer and says so honestly when none is there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.reports import printing
from cdmo_desktop.gui.reports.report_output import fit_on_screen, open_in_viewer

ZOOMS = (25, 50, 75, 100, 125, 150, 200, 300, 400)
FIT_WIDTH, FIT_PAGE = "width", "page"
PAGE_GAP = 16  # pixels of grey around the page


class PageArea(QScrollArea):
    """The scrolling page; Ctrl+wheel zooms instead of scrolling."""

    def __init__(self, preview: PdfPreviewDialog) -> None:
        super().__init__(preview)
        self._preview = preview

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._preview.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._preview.viewport_resized()


class PdfPreviewDialog(RememberedGeometryDialog):
    """Shows `path`; raises printing.PdfError when it cannot be read."""

    def __init__(
        self, path: Path, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent, settings)
        self.setObjectName("pdfPreviewDialog")
        self.path = Path(path)
        self.pages = printing.PdfPages(self.path)
        self.setWindowTitle(tr("Preview – {file}").format(file=self.path.name))
        self.setAccessibleName(tr("PDF preview"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.page = 0
        self.zoom = 100  # percent of the paper's real size
        self.fit: str | None = FIT_WIDTH
        self._build()
        self.resize(900, 760)
        self.finished.connect(self._on_finished)

    # --- layout -----------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: object, *keys: QKeySequence) -> QAction:
        a = QAction(text, self)
        a.setObjectName(name)
        a.setShortcuts(list(keys))
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if keys:
            native = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(tr("{action} ({keys})").format(action=text.replace("&", ""), keys=native))
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build(self) -> None:
        K = QKeySequence
        bar = QToolBar(self)
        bar.setObjectName("previewToolBar")
        bar.setAccessibleName(tr("Preview tools"))
        self.previous_action = self._action(
            "previousPageAction",
            tr("Previous page"),
            self.previous_page,
            K(K.StandardKey.MoveToPreviousPage),
        )
        arrows = self.style()
        self.previous_action.setIcon(arrows.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_action = self._action(
            "nextPageAction", tr("Next page"), self.next_page, K(K.StandardKey.MoveToNextPage)
        )
        self.next_action.setIcon(arrows.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.first_action = self._action(
            "firstPageAction", tr("First page"), lambda: self.show_page(0), K("Home")
        )
        self.last_action = self._action(
            "lastPageAction", tr("Last page"), lambda: self.show_page(len(self.pages) - 1), K("End")
        )
        bar.addAction(self.previous_action)
        self.page_spin = QSpinBox(bar)
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setAccessibleName(tr("Page number"))
        self.page_spin.setRange(1, max(len(self.pages), 1))
        self.page_spin.valueChanged.connect(lambda n: self.show_page(n - 1))
        bar.addWidget(self.page_spin)
        self.of_label = QLabel(tr(" of {count} ").format(count=len(self.pages)), bar)
        self.of_label.setObjectName("pageCountLabel")
        bar.addWidget(self.of_label)
        bar.addAction(self.next_action)
        bar.addSeparator()
        self.zoom_out_action = self._action(
            "zoomOutAction",
            tr("Zoom out"),
            lambda: self.zoom_by(-1),
            K(K.StandardKey.ZoomOut),
            K("Ctrl+-"),
        )
        self.zoom_in_action = self._action(
            "zoomInAction",
            tr("Zoom in"),
            lambda: self.zoom_by(1),
            K(K.StandardKey.ZoomIn),
            K("Ctrl+="),
        )
        self.zoom_combo = QComboBox(bar)
        self.zoom_combo.setObjectName("zoomCombo")
        self.zoom_combo.setAccessibleName(tr("Zoom"))
        self.zoom_combo.setEditable(True)  # shows any zoom; typing is not needed
        self.zoom_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.zoom_combo.lineEdit()
        assert line is not None  # editable
        line.setReadOnly(True)
        line.setAccessibleName(tr("Zoom"))
        for z in ZOOMS:
            percent = f"{z} %"
            self.zoom_combo.addItem(percent, z)
        self.zoom_combo.activated.connect(self._on_zoom_combo_activated)
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_combo)
        bar.addAction(self.zoom_in_action)
        self.fit_width_action = self._action(
            "fitWidthAction", tr("Fit width"), lambda: self.set_fit(FIT_WIDTH), K("Ctrl+2")
        )
        self.fit_page_action = self._action(
            "fitPageAction", tr("Whole page"), lambda: self.set_fit(FIT_PAGE), K("Ctrl+0")
        )
        for a in (self.fit_width_action, self.fit_page_action):
            a.setCheckable(True)
            bar.addAction(a)
        bar.addSeparator()
        self.print_action = self._action(
            "printAction", tr("&Print…"), self.print_document, K(printing.PRINT_SHORTCUT)
        )
        self.open_action = self._action(
            "openInViewerAction", tr("Open in PDF viewer"), self.open_in_viewer
        )
        self._action("closePreviewAction", tr("Close"), self.reject, K(K.StandardKey.Close))
        bar.addAction(self.print_action)
        bar.addAction(self.open_action)

        self.area = PageArea(self)
        self.area.setObjectName("pageArea")
        self.area.setAccessibleName(tr("Page"))
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setBackgroundRole(self.palette().ColorRole.Dark)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageImage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.area.setWidget(self.page_label)
        self.area.setWidgetResizable(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.area, 1)

    # --- pages and zoom ---------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if not len(self.pages):
            return
        self.page = max(0, min(index, len(self.pages) - 1))
        self.draw_page()

    def next_page(self) -> None:
        self.show_page(self.page + 1)

    def previous_page(self) -> None:
        self.show_page(self.page - 1)

    def set_zoom(self, percent: int) -> None:
        self.fit = None
        self.zoom = max(ZOOMS[0], min(percent, ZOOMS[-1]))
        self.draw_page()

    def zoom_by(self, steps: int) -> None:
        current = self.zoom
        if steps > 0:
            bigger = [z for z in ZOOMS if z > current]
            self.set_zoom(bigger[0] if bigger else ZOOMS[-1])
        else:
            smaller = [z for z in ZOOMS if z < current]
            self.set_zoom(smaller[-1] if smaller else ZOOMS[0])

    def set_fit(self, fit: str) -> None:
        self.fit = fit
        self.draw_page()

    def viewport_resized(self) -> None:
        if self.fit is not None and self.isVisible():
            self.draw_page()

    def _screen_dpi(self) -> float:
        return float(self.logicalDpiX()) or 96.0

    def _fitted_zoom(self) -> int:
        size = self.pages.sizes[self.page]
        view = self.area.viewport().size()
        dpi = self._screen_dpi()
        room_w = max(view.width() - 2 * PAGE_GAP, 50)
        room_h = max(view.height() - 2 * PAGE_GAP, 50)
        by_width = room_w / (size.width_pt / printing.POINTS_PER_INCH * dpi)
        if self.fit == FIT_PAGE:
            by_width = min(by_width, room_h / (size.height_pt / printing.POINTS_PER_INCH * dpi))
        return max(10, int(by_width * 100))

    def draw_page(self) -> None:
        if not len(self.pages):
            self.page_label.setText(tr("This PDF has no pages."))
            return
        if self.fit is not None:
            self.zoom = self._fitted_zoom()
        ratio = self.devicePixelRatioF()
        image = self.pages.render(self.page, self._screen_dpi() * self.zoom / 100 * ratio)
        image.setDevicePixelRatio(ratio)
        self.page_label.setPixmap(QPixmap.fromImage(image))
        self.page_label.adjustSize()
        self.page_label.setAccessibleDescription(
            tr("Page {number} of {count}").format(number=self.page + 1, count=len(self.pages))
        )
        self._sync_controls()

    def _sync_controls(self) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(self.page + 1)
        self.page_spin.blockSignals(False)
        self.previous_action.setEnabled(self.page > 0)
        self.first_action.setEnabled(self.page > 0)
        self.next_action.setEnabled(self.page < len(self.pages) - 1)
        self.last_action.setEnabled(self.page < len(self.pages) - 1)
        index = self.zoom_combo.findData(self.zoom)
        self.zoom_combo.setCurrentIndex(index)
        self.zoom_combo.setEditText(f"{self.zoom} %")  # a fitted zoom is rarely in the list
        self.fit_width_action.setChecked(self.fit == FIT_WIDTH)
        self.fit_page_action.setChecked(self.fit == FIT_PAGE)
        self.zoom_out_action.setEnabled(self.zoom > ZOOMS[0])
        self.zoom_in_action.setEnabled(self.zoom < ZOOMS[-1])

    def _on_zoom_combo_activated(self, index: int) -> None:
        self.set_zoom(int(self.zoom_combo.itemData(index)))

    def restore_geometry(self) -> bool:
        """The size the user left it at, shrunk to fit a small screen."""
        restored = super().restore_geometry()
        fit_on_screen(self)
        return restored

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.draw_page()
        self.area.setFocus()  # Page Up/Down turn pages, the arrows scroll

    # --- print and open ---------------------------------------------------------------
    def print_document(self) -> int:
        return printing.print_pdf(self, self.path)

    def open_in_viewer(self) -> bool:
        return open_in_viewer(self, self.path)

    def _on_finished(self, _result: int) -> None:
        self.pages.close()


def show_preview(
    parent: QWidget | None, path: Path, settings: QSettings | None = None
) -> PdfPreviewDialog | None:
    """Open the preview of `path` (not modal: the window stays usable); a message instead
    when the file cannot be read. The dialog, which deletes itself when closed."""
    try:
        dialog = PdfPreviewDialog(path, parent, settings)
    except printing.PdfError as exc:
        QMessageBox.warning(parent, tr("Preview"), message(exc))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
