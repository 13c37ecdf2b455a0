"""The full trend chart of one KPI: its values by period, the target line and the green,
amber and red bands of its thresholds, drawn with matplotlib.

matplotlib is imported on a thread of its own (gui.widgets.matplotlib_loader; never on the GUI
thread when the chart is shown): until it is there the chart says "Chart loading…".
The bands are where `domain.kpi.kpi_status` puts a value, sampled up the axis, so the
chart and the status column can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, Rag
from cdmo_desktop.domain.kpi import kpi_status
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.kpis.kpi_text import (
    period_text,
    status_html_colour,
    status_tint,
    unit_label,
)
from cdmo_desktop.gui.widgets.matplotlib_loader import matplotlib_loader

DPI = 100
BAND_SAMPLES = 240


@dataclass(frozen=True)
class TrendSeries:
    """What the chart shows of one KPI."""

    name: str
    unit: str
    period: str
    direction: str
    target: float | None
    amber: float | None
    red: float | None
    points: list[tuple[date, float]] = field(default_factory=list)


def status_bands(s: TrendSeries, low: float, high: float) -> list[tuple[float, float, Rag]]:
    """(from, to, status) spans of the value axis between `low` and `high`."""
    if high <= low:
        return []
    step = (high - low) / BAND_SAMPLES
    bands: list[tuple[float, float, Rag]] = []
    for i in range(BAND_SAMPLES):
        y = low + (i + 0.5) * step
        status = kpi_status(KpiDirection(s.direction), s.target, s.amber, s.red, y)
        if status is None:
            continue
        rag = Rag(status)
        start, end = low + i * step, low + (i + 1) * step
        if bands and bands[-1][2] == rag and abs(bands[-1][1] - start) < step / 2:
            bands[-1] = (bands[-1][0], end, rag)
        else:
            bands.append((start, end, rag))
    return bands


def value_range(s: TrendSeries) -> tuple[float, float]:
    values = [v for _d, v in s.points] + [t for t in (s.target, s.amber, s.red) if t is not None]
    if not values:
        return 0.0, 1.0
    low, high = min(values), max(values)
    pad = (high - low) * 0.15 or max(abs(high) * 0.1, 1.0)
    low, high = low - pad, high + pad
    if s.unit == "percent":
        low, high = max(low, 0.0), min(high, 100.0)
    elif s.unit != "money" and min(values) >= 0:
        low = max(low, 0.0)
    return low, high


class KpiTrendChart(QWidget):
    """Signals: canvas_ready() once matplotlib is there and a series can be drawn."""

    canvas_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTrendChart")
        self.series: TrendSeries | None = None
        self._canvas: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(tr("Chart loading…"), self)
        self.placeholder.setObjectName("kpiChartPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._layout.addWidget(self.placeholder)
        self.setMinimumSize(200, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        theme.notifier().changed.connect(self.on_theme_changed)

    def on_theme_changed(self) -> None:
        """Dark mode on or off: the figure is drawn again in the new palette."""
        if self._canvas is not None:
            self.draw()

    def chart_colours(self) -> dict[str, str]:
        """The figure's colours from the palette and the theme (face, text, grid, line)."""
        pal = self.palette()
        role = QPalette.ColorRole
        t = theme.current()
        return {
            "face": pal.color(role.Window).name(),
            "axes": pal.color(role.Base).name(),
            "text": pal.color(role.WindowText).name(),
            "muted": t.muted,
            "grid": pal.color(role.Mid).name(),
            "line": t.chart_line,
            "target": t.chart_target,
        }

    @property
    def ready(self) -> bool:
        return self._canvas is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._canvas is None:
            loader = matplotlib_loader()
            if loader.done:
                QTimer.singleShot(0, self, self.ensure_canvas)
            else:
                loader.loaded.connect(self._on_loader_loaded, Qt.ConnectionType.UniqueConnection)
                loader.start()

    def _on_loader_loaded(self) -> None:
        if self.isVisible():
            self.ensure_canvas()

    def ensure_canvas(self) -> None:
        if self._canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        size = (max(self.width(), 1) / DPI, max(self.height(), 1) / DPI)
        canvas = FigureCanvasQTAgg(Figure(figsize=size, dpi=DPI))
        canvas.setObjectName("kpiChartCanvas")
        canvas.setParent(self)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._canvas = canvas
        self._layout.addWidget(canvas)
        self.placeholder.hide()
        self.draw()
        self.canvas_ready.emit()

    def show_series(self, series: TrendSeries | None) -> None:
        self.series = series
        if self._canvas is not None:
            self.draw()
        elif series is None:
            self.placeholder.setText(tr("Select a KPI to see its trend."))

    def draw(self) -> None:
        figure = self._canvas.figure
        figure.clear()
        c = self.chart_colours()
        figure.set_facecolor(c["face"])
        s = self.series
        ax = figure.add_subplot(1, 1, 1)
        ax.set_facecolor(c["axes"])
        ax.tick_params(colors=c["text"], which="both")
        for spine in ax.spines.values():
            spine.set_color(c["grid"])
        if s is None or not s.points:
            ax.set_axis_off()
            text = (
                tr("Select a KPI to see its trend.")
                if s is None
                else tr("{kpi}: no values yet.").format(kpi=s.name)
            )
            ax.text(0.5, 0.5, text, ha="center", va="center", color=c["muted"], fontsize=10)
            self._canvas.draw_idle()
            return
        low, high = value_range(s)
        for start, end, rag in status_bands(s, low, high):
            tint = status_tint(rag)
            assert tint is not None
            ax.axhspan(start, end, color=tint.name(), zorder=0, linewidth=0)
        xs = list(range(len(s.points)))
        ys = [v for _d, v in s.points]
        ax.plot(xs, ys, color=c["line"], linewidth=1.6, marker="o", markersize=3.5, zorder=3)
        if ys:
            last = kpi_status(KpiDirection(s.direction), s.target, s.amber, s.red, ys[-1])
            colour = status_html_colour(last) if last else c["line"]
            ax.plot([xs[-1]], [ys[-1]], "o", color=colour, markersize=7, zorder=4)
        if s.target is not None:
            ax.axhline(s.target, color=c["target"], linestyle="--", linewidth=1.2, zorder=2)
            ax.annotate(
                "target",
                (-0.45, s.target),
                xytext=(0, -3),
                textcoords="offset points",
                ha="left",
                va="top",
                color=c["target"],
                fontsize=8,
                zorder=5,
            )
        ax.set_ylim(low, high)
        labels = [period_text(KpiPeriod(s.period), d) for d, _v in s.points]
        room = max(2, int(self.width() / 72))  # labels that fit side by side
        every = max(1, -(-len(labels) // room))
        ax.set_xticks(xs[::every], labels[::every], fontsize=8)
        ax.tick_params(axis="y", labelsize=8)
        ax.set_xlim(-0.5, len(xs) - 0.5)
        ax.set_title(s.name, fontsize=10, loc="left", color=c["text"])
        ax.set_ylabel(unit_label(s.unit), fontsize=8, color=c["text"])
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        figure.tight_layout(pad=0.6)
        self._canvas.draw_idle()
