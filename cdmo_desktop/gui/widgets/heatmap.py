"""The risk heat map on screen: reports.charts.heatmap drawn on a FigureCanvasQTAgg.

matplotlib loads on a thread of its own (`preload`, which the app calls once the window
answers), never on the GUI thread when the map is shown: until it is there the map says
"Heat map loading…" and the register works. Clicking a cell emits
`cell_clicked((kind, likelihood, impact))`; clicking the highlighted cell again emits
`cell_clicked(None)` (clear the cell filter).

New counts are drawn once per turn of the event loop however many arrive (a filter, a
search and an edit in a row draw once), and counts equal to those on show draw nothing.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.risk_matrix import HeatMapCounts
from cdmo_desktop.gui.widgets.heatmap_layout import Plan, Room, plan_layout

log = logging.getLogger(__name__)
Selection = tuple[str, int, int] | None
DPI = 100
SAME, MOVED, REBUILT = "same", "moved", "rebuilt"  # what fitting to the panel did
# What the map needs of matplotlib (and the chart code that draws with it).
MATPLOTLIB_MODULES = (
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_qtagg",
    "cdmo_desktop.reports.charts.heatmap",
)


class MatplotlibLoader(QObject):
    """Imports MATPLOTLIB_MODULES on a thread of its own, once; `loaded` follows in the
    GUI thread (also when an import failed: the map then fails where it is drawn, as
    before, and the reason is logged)."""

    loaded = Signal()
    _loaded_off_thread = Signal()  # received in the GUI thread, passed on as `loaded`

    def __init__(self) -> None:
        super().__init__()
        self.done = False
        self._thread: threading.Thread | None = None
        self._loaded_off_thread.connect(self.loaded)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._main, name="cdmo-desktop matplotlib", daemon=True
            )
            self._thread.start()

    def _main(self) -> None:
        import importlib

        try:
            for name in MATPLOTLIB_MODULES:
                importlib.import_module(name)
        except Exception:
            log.exception("loading matplotlib in the background")
        self.done = True
        self._loaded_off_thread.emit()


_loader: MatplotlibLoader | None = None


def matplotlib_loader() -> MatplotlibLoader:
    """The one loader (made in the GUI thread on first use)."""
    global _loader
    if _loader is None:
        _loader = MatplotlibLoader()
    return _loader


def preload() -> None:
    """Start loading matplotlib in the background (the app calls it once the window
    answers and the store is open)."""
    matplotlib_loader().start()


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
        self._margins: tuple[dict[str, float], dict[str, float]] | None = None
        self._measured: dict[tuple[str, int, float], tuple[float, float]] = {}
        self._drawn: tuple[HeatMapCounts, Selection] | None = None  # what the canvas shows
        self._draw_due = False
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
            loader = matplotlib_loader()
            if loader.done:
                QTimer.singleShot(0, self, self.ensure_canvas)
            else:  # the canvas follows the import, which never runs on the GUI thread
                loader.loaded.connect(self._on_loader_loaded, Qt.ConnectionType.UniqueConnection)
                loader.start()

    def _on_loader_loaded(self) -> None:
        if self.isVisible():
            self.ensure_canvas()

    def ensure_canvas(self) -> None:
        """Create the matplotlib canvas (importing matplotlib now if `preload` has not)."""
        if self._canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        # The panel's size from the start (inches of 100 logical pixels), so the first
        # draw already fits it: the canvas gets its size only once it shows.
        size = (max(self.width(), 1) / DPI, max(self.height(), 1) / DPI)
        canvas = FigureCanvasQTAgg(Figure(figsize=size, dpi=DPI))
        canvas.setObjectName("heatMapCanvas")
        canvas.setParent(self)
        canvas.setMouseTracking(True)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.mpl_connect("button_press_event", self._on_canvas_button_press)
        canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
        canvas.mpl_connect("draw_event", self._on_canvas_draw)
        canvas.mpl_connect("resize_event", self._on_canvas_resize)
        self._layout.removeWidget(self._placeholder)
        self._placeholder.hide()
        self._layout.addWidget(canvas)
        self._canvas = canvas
        self.canvas_ready.emit()
        self.redraw()

    def set_counts(self, counts: HeatMapCounts, selected: Selection = None) -> None:
        """Show `counts` (with the `selected` cell outlined): drawn at the end of this turn
        of the event loop, once however many arrive; nothing when they are on show."""
        self.counts, self.selected = counts, selected
        if self._canvas is None or self._drawn == (counts, selected):
            return
        if self._artists is not None:  # texts and colours now, the pixels once
            from cdmo_desktop.reports.charts.heatmap import update_heatmap

            update_heatmap(self._artists, counts, selected)
        if not self._draw_due:
            self._draw_due = True
            QTimer.singleShot(0, self, self._draw_if_due)

    def _draw_if_due(self) -> None:
        if self._draw_due:
            self.redraw()

    def redraw(self) -> None:
        """Show the current counts now. The grids, ticks and labels are drawn once; later
        updates repaint only the cells, counts, titles and outline over a saved background
        (blitting), which keeps a refresh in the tens of milliseconds."""
        self._draw_due = False
        if self._canvas is None:
            return
        from cdmo_desktop.reports.charts.heatmap import update_heatmap

        self._drawn = (self.counts, self.selected)
        if self._artists is None:
            self._rebuild(stacked=self.height() > self.width())  # a first guess
            return
        update_heatmap(self._artists, self.counts, self.selected)
        fitted = self._fit()
        if fitted == REBUILT:
            return
        if fitted == MOVED or self._background is None:
            self._canvas.draw()  # new margins (a title grew): everything moves
            return
        self._canvas.restore_region(self._background)
        self._paint_dynamic()
        self._canvas.blit(self._canvas.figure.bbox)

    def _draw_grids(self, stacked: bool) -> None:
        from cdmo_desktop.reports.charts.heatmap import draw_heatmap

        self._background = None
        self._margins = None
        self._artists = draw_heatmap(
            self._canvas.figure,
            self.counts,
            self.selected,
            font_size=self._font_size(),
            stacked=stacked,
        )
        self._artists_stacked = stacked
        for artist in self._artists.dynamic():
            artist.set_animated(True)

    def _rebuild(self, *, stacked: bool) -> None:
        """Draw both grids anew, in the arrangement that gives them the most room."""
        self._draw_grids(stacked)
        plan = self._plan()
        if plan.stacked != self._artists_stacked:
            self._draw_grids(plan.stacked)  # the same labels: the same plan holds
        self._apply(plan)
        self._canvas.draw()  # the draw_event handler paints the dynamic part

    def _font_size(self) -> float:
        return max(7.0, self.font().pointSizeF())

    def _fit(self) -> str:
        """Fit the grids to the canvas's size now: SAME when nothing moved, MOVED when
        the margins changed (draw everything again), REBUILT when the other arrangement
        suits the panel better (already drawn)."""
        plan = self._plan()
        if plan.stacked != self._artists_stacked:
            self._rebuild(stacked=plan.stacked)
            return REBUILT
        return MOVED if self._apply(plan) else SAME

    def _plan(self) -> Plan:
        width, height = (float(v) * 72 for v in self._canvas.figure.get_size_inches())
        return plan_layout(width, height, self._room())

    def _apply(self, plan: Plan) -> bool:
        """Margins of `plan`, and titles shrunk to the width they have; True if anything
        changed."""
        adjust = plan.adjust()
        font = self._font_size()
        sizes = {
            kind: font * min(1.0, plan.title_room[kind] / max(needed, 1.0))
            for kind, needed in self._title_widths(font).items()
        }
        if (adjust, sizes) == self._margins:
            return False
        self._canvas.figure.subplots_adjust(**adjust)
        for kind, size in sizes.items():
            self._artists.titles[kind].set_fontsize(size)
        self._margins = (adjust, sizes)
        return True

    def _measure(self, text: Any, value: str, size: float) -> tuple[float, float]:
        """(width, height) in points of `value` set in the font of `text` at `size`
        (remembered: every count update fits the grids again)."""
        properties = text.get_fontproperties().copy()
        properties.set_size(size)
        dpi = self._canvas.figure.dpi
        key = (value, hash(properties), dpi)
        if key not in self._measured:
            renderer = self._canvas.get_renderer()
            w, h, _d = renderer.get_text_width_height_descent(value, properties, ismath=False)
            self._measured[key] = (float(w) * 72 / dpi, float(h) * 72 / dpi)
        return self._measured[key]

    def _title_widths(self, font: float) -> dict[str, float]:
        """The widest line of each title at the full font size, with room for two more
        digits in its counts (a later count need not move the grids)."""
        widths = {}
        for kind, title in self._artists.titles.items():
            lines = str(title.get_text()).split("\n")
            widths[kind] = max(self._measure(title, line + "00", font)[0] for line in lines)
        return widths

    def _room(self) -> Room:
        """What the labels around a grid take (both grids are labelled alike)."""
        from matplotlib import rcParams

        ax = self._artists.axes["current"]
        title = self._artists.titles["current"]
        tick = ax.get_xticklabels()[0]
        tick_size, label_size = tick.get_fontsize(), ax.xaxis.label.get_fontsize()
        tick_h = self._measure(tick, "lp", tick_size)[1]
        label_h = self._measure(ax.xaxis.label, "lp", label_size)[1]
        tick_w = max(self._measure(tick, str(n), tick_size)[0] for n in range(1, 6))
        tick_pad, label_pad = rcParams["xtick.major.pad"], rcParams["axes.labelpad"]
        font = self._font_size()
        title_h = self._measure(title, "lp", font)[1]
        return Room(
            above=rcParams["axes.titlepad"] + 2.3 * title_h,
            below=tick_pad + tick_h + label_pad + label_h,
            beside=tick_pad + tick_w + label_pad + label_h,
            titles=self._title_widths(font),
        )

    def _on_canvas_resize(self, _event: Any) -> None:
        """The figure has the canvas's new size: new margins before it is drawn."""
        if self._artists is not None:
            self._fit()

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
