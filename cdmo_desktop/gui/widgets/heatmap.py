"""The risk heat map on screen: reports.charts.heatmap drawn on a FigureCanvasQTAgg.

matplotlib is imported when the map is first shown, not when the screen is built, so the
register paints first. Clicking a cell emits `cell_clicked((kind, likelihood, impact))`;
clicking the highlighted cell again emits `cell_clicked(None)` (clear the cell filter).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.risk_matrix import HeatMapCounts

Selection = tuple[str, int, int] | None


class RiskHeatMap(QWidget):
    cell_clicked = Signal(object)  # (kind, likelihood, impact) or None
    canvas_ready = Signal()  # the canvas exists: counts may be drawn now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskHeatMap")
        self.counts = HeatMapCounts()
        self.selected: Selection = None
        self._canvas: Any = None
        self._artists: Any = None  # reports.charts.heatmap.HeatMapArtists once drawn
        self._background: Any = None
        self._artists_stacked = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel("Heat map loading…", self)
        self._placeholder.setObjectName("heatMapPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._placeholder)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def ready(self) -> bool:
        return self._canvas is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._canvas is None:
            QTimer.singleShot(0, self, self.ensure_canvas)

    def ensure_canvas(self) -> None:
        """Create the matplotlib canvas (first import of matplotlib happens here)."""
        if self._canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        canvas = FigureCanvasQTAgg(Figure(figsize=(6, 3), dpi=100))
        canvas.setObjectName("heatMapCanvas")
        canvas.setParent(self)
        canvas.setMouseTracking(True)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.mpl_connect("button_press_event", self._on_canvas_button_press)
        canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
        canvas.mpl_connect("draw_event", self._on_canvas_draw)
        self._layout.removeWidget(self._placeholder)
        self._placeholder.hide()
        self._layout.addWidget(canvas)
        self._canvas = canvas
        self.canvas_ready.emit()
        self.redraw()

    def set_counts(self, counts: HeatMapCounts, selected: Selection = None) -> None:
        self.counts, self.selected = counts, selected
        self.redraw()

    def redraw(self) -> None:
        """Show the current counts. The grids, ticks and labels are drawn once; later
        updates repaint only the cells, counts, titles and outline over a saved background
        (blitting), which keeps a refresh in the tens of milliseconds."""
        if self._canvas is None:
            return
        from cdmo_desktop.reports.charts.heatmap import draw_heatmap, update_heatmap

        stacked = self._stacked()
        if self._artists is None or stacked != self._artists_stacked:
            font = max(7.0, self.font().pointSizeF())
            figure = self._canvas.figure
            self._background = None
            self._artists = draw_heatmap(
                figure, self.counts, self.selected, font_size=font, stacked=stacked
            )
            self._artists_stacked = stacked
            if stacked:
                figure.subplots_adjust(left=0.2, right=0.95, bottom=0.08, top=0.93, hspace=0.4)
            else:
                figure.subplots_adjust(left=0.09, right=0.98, bottom=0.14, top=0.84, wspace=0.35)
            for artist in self._artists.dynamic():
                artist.set_animated(True)
            self._canvas.draw()  # the draw_event handler paints the dynamic part
            return
        update_heatmap(self._artists, self.counts, self.selected)
        if self._background is None:
            self._canvas.draw()
            return
        self._canvas.restore_region(self._background)
        self._paint_dynamic()
        self._canvas.blit(self._canvas.figure.bbox)

    def _stacked(self) -> bool:
        """One grid above the other in a tall panel, side by side in a wide one."""
        return self.height() > 1.1 * self.width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._artists is not None and self._stacked() != self._artists_stacked:
            self.redraw()

    def _paint_dynamic(self) -> None:
        figure = self._canvas.figure
        for artist in self._artists.dynamic():
            figure.draw_artist(artist)

    def _on_canvas_draw(self, _event: Any) -> None:
        """After a full draw (first show, resize): keep the static background and add the
        rest to the image the canvas is about to show (no blit: this may run mid-paint)."""
        if self._artists is None:
            return
        self._background = self._canvas.copy_from_bbox(self._canvas.figure.bbox)
        self._paint_dynamic()

    @property
    def _axes(self) -> dict[str, Any]:
        return self._artists.axes if self._artists is not None else {}

    def cell_at_event(self, event: Any) -> Selection:
        from cdmo_desktop.reports.charts.heatmap import cell_at

        for kind, ax in self._axes.items():
            if event.inaxes is ax:
                cell = cell_at(event.xdata, event.ydata)
                if cell is not None:
                    return (kind, cell[0], cell[1])
        return None

    def _on_canvas_button_press(self, event: Any) -> None:
        cell = self.cell_at_event(event)
        if cell is None:
            return
        self.cell_clicked.emit(None if cell == self.selected else cell)

    def _on_canvas_motion(self, event: Any) -> None:
        cell = self.cell_at_event(event)
        if cell is None:
            self._canvas.unsetCursor()
            QToolTip.hideText()
            return
        self._canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(self.cursor().pos(), self.describe(cell), self._canvas)

    def describe(self, cell: tuple[str, int, int]) -> str:
        kind, likelihood, impact = cell
        n = self.counts.count(likelihood, impact, residual=kind == "residual")
        level = risk_matrix.level(likelihood, impact)
        what = "after mitigation" if kind == "residual" else "now"
        action = "show all risks again" if cell == self.selected else "list them"
        return (
            f"{risk_matrix.LIKELIHOOD_LABELS[likelihood - 1]} ({likelihood}) x "
            f"{risk_matrix.IMPACT_LABELS[impact - 1].lower()} impact ({impact}): "
            f"{level.label.lower()}\n{n} risk{'s' if n != 1 else ''} {what} - click to {action}"
        )
