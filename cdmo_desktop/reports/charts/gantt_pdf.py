"""The Gantt chart as vector graphics for the PDF: a flowable of reportlab Drawings.

Drawn like the matplotlib builder in `gantt.py` (which the screen and the schedule's own
export keep) from the same inputs and rules: the timeline layout of `domain.timeline`
fitted to the plan exactly as there (same scale choice, same header ticks), the critical
path, conflicts and driving links of `domain.scheduling.PlanGraph`, the builder's row
grouping by phase and its bar colours (done, overdue, critical). Bars fill with their
percent complete; milestones are diamonds, decision gates hexagons; finish-to-start and
start-to-start links are elbow arrows; baselines are thin grey bars with the variance in
days; contract-fixed items carry a padlock, conflicts a red edge and "!"; a dashed line
marks today. Header labels that would not fit their cell are shortened or left out, so
they never overlap.

A chart taller than the space left on a page splits between rows; every part repeats the
month header, the legend closes the last part.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect
from reportlab.platypus import Flowable

from cdmo_desktop.domain.scheduling import PlanGraph, ScheduleItem
from cdmo_desktop.domain.timeline import TimelineLayout, fit_density, plan_origin
from cdmo_desktop.reports import fonts, scripts
from cdmo_desktop.reports.charts import gantt as shared
from cdmo_desktop.reports.charts import gantt_pdf_marks as marks
from cdmo_desktop.reports.charts.chart_dates import chart_day, within_chart
from cdmo_desktop.reports.charts.gantt_pdf_marks import HEADER, MID, ROW, hexc

NAME_SIZE = 6.8
LABEL_FRACTION = (0.22, 0.34)  # of the width, for the names: at least, at most
RIGHT_ROOM = 28.0  # past the last day: variance figures and conflict marks
MIN_ROWS = 6  # fewest rows worth starting on a page
ELBOW = 4.0


@dataclass(frozen=True)
class Row:
    label: str
    item: ScheduleItem | None  # None: a phase heading


class GanttPlan:
    """Everything a chart and its page parts share: rows, layout, analysis, geometry."""

    def __init__(
        self, milestones: Sequence[Any], dependencies: Sequence[Any], today: date, width: float
    ) -> None:
        fonts.register_fonts()
        self.today, self.width = chart_day(today), width
        items, self.note = within_chart([shared.as_item(m) for m in milestones], self.today)
        self.rows = [Row(label, it) for label, it in shared.group_rows(items)]
        self.items = items
        self.indent = 6.0 if any(r.item is None for r in self.rows) else 0.0
        longest = max(
            (scripts.width(r.label, fonts.REGULAR, NAME_SIZE) for r in self.rows), default=0
        )
        low, high = (f * width for f in LABEL_FRACTION)
        self.label_w = round(min(max(longest + self.indent + 10, low), high), 1)
        self.plot_x0, self.plot_x1 = self.label_w, width - RIGHT_ROOM
        if not items:
            self.layout = TimelineLayout(self.today, 1.0)
            self.x_min, self.x_max = 0.0, 1.0
            self.graph = PlanGraph([], [])
            self.critical, self.conflicts, self.driving = [], {}, set()
            return
        first = min(min(it.start for it in items), self.today)
        last = max(max(it.finish for it in items), self.today)
        origin = plan_origin(first, self.today)
        span_first = min(first, origin)
        self.layout = TimelineLayout(origin, 1.0, row_height=1.0).with_density(
            fit_density(span_first, last, shared.VIRTUAL_WIDTH_PX)
        )
        self.x_min = self.layout.x_of(span_first)
        self.x_max = self.layout.x_of(last) + 6 * self.layout.px_per_day
        self.graph = PlanGraph(items, [shared.as_link(d) for d in dependencies])
        analysis = self.graph.analyse()
        self.critical = [
            c and it.status not in shared.FINISHED
            for c, it in zip(analysis.critical, self.graph.items, strict=True)
        ]
        self.conflicts, self.driving = analysis.conflicts, analysis.driving

    @property
    def scale_k(self) -> float:
        return (self.plot_x1 - self.plot_x0) / (self.x_max - self.x_min)

    def px(self, x: float) -> float:
        """Layout x -> points from the drawing's left edge."""
        return self.plot_x0 + (x - self.x_min) * self.scale_k

    def day_x(self, d: date) -> float:
        return self.px(self.layout.x_of(d))

    def point_x(self, d: date) -> float:
        return self.px(self.layout.point_x(d))

    def span(self, it: ScheduleItem) -> tuple[float, float]:
        """Left and right of an item's mark in points (a bar is at least 1.5 points)."""
        if it.is_point:
            x = self.point_x(it.finish)
            return x - 3.5, x + 3.5
        a, b = self.layout.bar_span(it.start, it.finish)
        x0, x1 = self.px(a), self.px(b)
        return x0, max(x1, x0 + 1.5)

    def fit(self, text: str, room: float, font: str = fonts.REGULAR) -> str:
        """`text` cut with an ellipsis to `room` points."""
        if scripts.width(text, font, NAME_SIZE) <= room:
            return text
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if scripts.width(text[:mid].rstrip() + "…", font, NAME_SIZE) <= room:
                lo = mid
            else:
                hi = mid - 1
        return text[:lo].rstrip() + "…"

    def height(self, n_rows: int, legend: bool) -> float:
        return HEADER + max(n_rows, 1) * ROW + (marks.legend_height(self.width) if legend else 3.0)


class PartCanvas:
    """Rows first..last of a plan drawn into one Drawing; y measured in rows from the top."""

    def __init__(self, plan: GanttPlan, first: int, last: int, legend: bool) -> None:
        self.plan, self.first, self.last = plan, first, last
        self.h = plan.height(last - first, legend)
        self.d = Drawing(plan.width, self.h, initialFontName=fonts.REGULAR)  # no Helvetica
        self.legend = legend

    def y(self, row: float) -> float:
        """Row position (row units from the plan's top) -> drawing y (points, up)."""
        return self.h - HEADER - (row - self.first) * ROW

    @property
    def rows_bottom(self) -> float:
        return self.y(max(self.last, self.first + 1))

    def text(self, x: float, y: float, text: str, size: float, **kw: Any) -> None:
        font = fonts.BOLD if kw.pop("bold", False) else fonts.REGULAR
        fill = kw.pop("colour", marks.INK)
        anchor = kw.pop("textAnchor", "start")
        self.d.add(scripts.string(x, y, text, font, size, anchor, fillColor=fill, **kw))

    def draw(self) -> Drawing:
        plan = self.plan
        if not plan.items:
            self.text(plan.width / 2, self.h / 2, "No schedule items yet", 8, textAnchor="middle")
            return self.d
        self._bands()
        marks.draw_header(self, plan)
        self._links()
        for r in range(self.first, self.last):
            it = plan.rows[r].item
            if it is not None:
                i = plan.graph.index[it.id]
                marks.draw_item(self, it, r, plan.critical[i], i in plan.conflicts)
        self._today()
        if self.legend:
            marks.draw_legend(self.d, plan.width)
        return self.d

    def _bands(self) -> None:
        """Phase heading bands, a light zebra under the items, and the row labels."""
        plan, zebra = self.plan, False
        for r in range(self.first, self.last):
            row, bottom = plan.rows[r], self.y(r + 1)
            if row.item is None:
                band = Rect(0, bottom, plan.width, ROW, fillColor=hexc("#EEF1F5"), **marks.NO)
                self.d.add(band)
                label = plan.fit(row.label, plan.label_w - 4, fonts.BOLD)
                self.text(2, bottom + 3.6, label, NAME_SIZE, bold=True)
                zebra = False
                continue
            if zebra:
                self.d.add(Rect(0, bottom, plan.plot_x1, ROW, fillColor=marks.ZEBRA, **marks.NO))
            zebra = not zebra
            label = plan.fit(row.label, plan.label_w - plan.indent - 6)
            self.text(2 + plan.indent, bottom + 3.6, label, NAME_SIZE)

    def _today(self) -> None:
        plan = self.plan
        x = plan.point_x(plan.today)
        top = self.h - HEADER
        line = Line(x, self.rows_bottom, x, top, strokeColor=hexc(shared.TODAY))
        line.strokeWidth, line.strokeDashArray = 0.9, [3, 2]
        self.d.add(line)
        if self.first == 0:
            anchor = "end" if x > plan.plot_x1 - 20 else "start"
            dx = -2 if anchor == "end" else 2
            self.text(x + dx, top - 6.5, "Today", 6, colour=hexc(shared.TODAY), textAnchor=anchor)

    def _links(self) -> None:
        plan = self.plan
        graph, row_of = plan.graph, {}
        for r, row in enumerate(plan.rows):
            if row.item is not None:
                row_of[row.item.id] = r
        for k in graph.live_links():
            link = graph.links[k]
            assert link is not None
            a, b = graph.link_ends(k)
            pred, succ = graph.items[a], graph.items[b]
            ra, rb = row_of.get(pred.id), row_of.get(succ.id)
            if ra is None or rb is None or max(ra, rb) < self.first or min(ra, rb) >= self.last:
                continue
            ya, yb = ra + MID, rb + MID
            path, tip_x, leftwards = shared.link_path(
                link.kind, plan.span(pred), plan.span(succ), (ya, yb), (ra, rb), ELBOW
            )
            critical = k in plan.driving and succ.status not in shared.FINISHED
            colour = hexc(shared.CRITICAL_EDGE if critical else shared.LINK)
            for seg in self._clip(path):
                pl = PolyLine(seg, strokeColor=colour, strokeWidth=0.9 if critical else 0.6)
                pl.strokeLineJoin = 1
                self.d.add(pl)
            if self.first <= rb < self.last:
                y = self.y(yb)
                back = 3.2 if leftwards else -3.2  # the head points into the successor
                arrow = [tip_x, y, tip_x + back, y + 1.8, tip_x + back, y - 1.8]
                self.d.add(Polygon(arrow, fillColor=colour, strokeColor=None, strokeWidth=0))

    def _clip(self, path: list[tuple[float, float]]) -> list[list[float]]:
        """The path (x in points, y in rows) cut to this part's rows, as drawing points.

        Every segment is horizontal or vertical, so a segment is kept, shortened or left
        out as a whole."""
        out: list[list[float]] = []
        current: list[float] = []
        lo, hi = float(self.first), float(self.last)
        for (x0, y0), (x1, y1) in itertools.pairwise(path):
            a, b = max(min(y0, y1), lo), min(max(y0, y1), hi)
            if a > b or (y0 == y1 and not lo <= y0 <= hi):
                if current:
                    out.append(current)
                current = []
                continue
            c0 = (x0, min(max(y0, lo), hi))
            c1 = (x1, min(max(y1, lo), hi))
            p0 = [c0[0], self.y(c0[1])]
            if not current or current[-2:] != p0:
                if current:
                    out.append(current)
                current = list(p0)
            current += [c1[0], self.y(c1[1])]
        if current:
            out.append(current)
        return [seg for seg in out if len(seg) >= 4]


class GanttChart(Flowable):
    """Rows first..last of a plan; splits between rows when the page is too short."""

    def __init__(
        self, plan: GanttPlan, first: int = 0, last: int | None = None, legend: bool = True
    ) -> None:
        super().__init__()
        self.plan, self.first = plan, first
        self.last = len(plan.rows) if last is None else last
        self.legend = legend
        self.width = plan.width
        self.height = plan.height(self.last - self.first, legend)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        total = self.last - self.first
        fits = min(math.floor((avail_height - HEADER - 3.0) / ROW), total - 1)
        if total - fits < 3:
            fits = total - 3  # no lonely last rows (or legend) on the next page
        while fits > 1 and self.plan.rows[self.first + fits - 1].item is None:
            fits -= 1  # a phase heading stays with its first item
        if fits < min(MIN_ROWS, total) or fits < 1:
            return []  # start on the next page
        cut = self.first + fits
        return [
            GanttChart(self.plan, self.first, cut, legend=False),
            GanttChart(self.plan, cut, self.last, self.legend),
        ]

    def drawing(self) -> Drawing:
        return PartCanvas(self.plan, self.first, self.last, self.legend).draw()

    def draw(self) -> None:
        renderPDF.draw(self.drawing(), self.canv, 0, 0)


def gantt_chart(
    milestones: Sequence[Any], dependencies: Sequence[Any], today: date, width: float
) -> GanttChart:
    """A Gantt chart of the items in the order given, `width` points wide.

    Accepts ScheduleItem / ScheduleLink rows or the report snapshot's MilestoneRow /
    DependencyRow, like `gantt.build_gantt_figure`."""
    return GanttChart(GanttPlan(milestones, dependencies, today, width))
