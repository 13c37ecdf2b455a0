"""The marks of the PDF Gantt chart (gantt_pdf.py): the date header, one item's bar or
symbol with its baseline, lock, conflict and variance, and the legend.

Colours and the colour rule are the matplotlib builder's (charts/gantt.py)."""

from __future__ import annotations

import itertools
import math
import re
from datetime import date
from typing import Any, Protocol

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from cdmo_desktop.domain.enums import MilestoneKind, MilestoneStatus
from cdmo_desktop.domain.scheduling import ScheduleItem
from cdmo_desktop.domain.timeline import TimelineLayout
from cdmo_desktop.reports import fonts, scripts
from cdmo_desktop.reports.charts import gantt as shared

INK = colors.HexColor("#1F2933")
ZEBRA = colors.HexColor("#F7F9FB")
HEADER_FILL = colors.HexColor("#F1F4F8")
MAJOR_LINE = colors.HexColor("#AAB3BD")
NO: dict[str, Any] = {"strokeColor": None, "strokeWidth": 0}
MAJOR_SIZE, MINOR_SIZE, SMALL = 6.5, 6.0, 6.0
LEGEND_SIZE, LEGEND_LINE = 6.5, 11.0
BAR_TOP, BAR_H, MID = 0.2, 0.52, 0.46  # in rows, from the row's top
BASE_TOP, BASE_H = 0.78, 0.15
ROW = 12.5  # points per row
MAJOR_H, MINOR_H = 11.0, 10.0
HEADER = MAJOR_H + MINOR_H
_MONTH_YEAR = re.compile(r"^([A-Z][a-z]+) (\d{4})$")


def hexc(value: str) -> colors.Color:
    return colors.HexColor(value)


class PlanGeometry(Protocol):
    """What the marks need of a plan (gantt_pdf.GanttPlan): its layout fitted to the
    drawing's width, and positions in points."""

    @property
    def today(self) -> date: ...
    @property
    def layout(self) -> TimelineLayout: ...
    @property
    def x_min(self) -> float: ...
    @property
    def x_max(self) -> float: ...
    @property
    def plot_x0(self) -> float: ...
    @property
    def plot_x1(self) -> float: ...
    @property
    def scale_k(self) -> float: ...
    def px(self, x: float) -> float: ...
    def day_x(self, d: date) -> float: ...
    def point_x(self, d: date) -> float: ...
    def span(self, it: ScheduleItem) -> tuple[float, float]: ...


class ChartPart(Protocol):
    """What the marks need of one page part of the chart (gantt_pdf.PartCanvas)."""

    @property
    def plan(self) -> PlanGeometry: ...
    @property
    def d(self) -> Drawing: ...
    @property
    def h(self) -> float: ...
    @property
    def rows_bottom(self) -> float: ...
    def y(self, row: float) -> float: ...


# --- header -------------------------------------------------------------------------------


def _major_choices(label: str) -> list[str]:
    """A month or year label, then shorter forms of it."""
    m = _MONTH_YEAR.match(label)
    if m:
        month, year = m.groups()
        return [label, f"{month[:3]} ’{year[2:]}", month[:3], month[0]]
    if re.fullmatch(r"\d{4}", label):
        return [label, f"’{label[2:]}"]
    return [label]


def _minor_choices(label: str) -> list[str]:
    """ "5 Oct" -> "5"; "Jan" -> "J"; day numbers and quarters as they are."""
    if not label:
        return []
    out = [label]
    if " " in label:
        out.append(label.split()[0])
    elif label.isalpha() and len(label) > 1:
        out.append(label[0])
    return out


def _minor_labels(
    cells: list[tuple[float, float, list[str]]], whole: list[bool]
) -> list[tuple[float, str]]:
    """(centre, text) for the lower band: one label form for all, on every cell if they
    fit side by side, else on every second, third... whole cell, so the spacing stays
    even. A cell cut by the chart's edge is labelled only where its label fits inside."""
    full = [c for c, w in zip(cells, whole, strict=True) if w and c[2]]
    cut = [c for c, w in zip(cells, whole, strict=True) if not w and c[2]]
    depth = max((len(c[2]) for c in full), default=1)

    def width(text: str) -> float:
        return stringWidth(text, fonts.REGULAR, MINOR_SIZE)

    def placed(picks: list[tuple[float, str]]) -> bool:
        edges = sorted((x - width(t) / 2, x + width(t) / 2) for x, t in picks)
        return all(b[0] - a[1] >= 2.5 for a, b in itertools.pairwise(edges))

    for step in range(1, len(full) + 1):
        for form in range(depth):
            picks = [
                ((x0 + x1) / 2, choices[min(form, len(choices) - 1)])
                for x0, x1, choices in full[::step]
            ]
            if placed(picks):
                for x0, x1, choices in cut:
                    text = choices[min(form, len(choices) - 1)]
                    extra = ((x0 + x1) / 2, text)
                    if width(text) <= x1 - x0 - 1 and placed([*picks, extra]):
                        picks.append(extra)
                return picks
    return []


def _major_labels(
    cells: list[tuple[float, float, list[str]]], whole: list[bool]
) -> list[tuple[float, str]]:
    """One form for every month (or year) label: the longest that fits every whole cell.
    A cell cut by the chart's edge gets that form or nothing. Short month names carry
    their year on the first label and in January, where it fits."""
    font, size = fonts.BOLD, MAJOR_SIZE

    def fits(text: str, x0: float, x1: float) -> bool:
        return stringWidth(text, font, size) <= x1 - x0 - 2

    depth = max((len(c) for _a, _b, c in cells), default=1)
    wholes = [(a, b, c) for (a, b, c), w in zip(cells, whole, strict=True) if w]
    level = 0
    while level < depth - 1 and not all(
        fits(c[min(level, len(c) - 1)], a, b) for a, b, c in wholes
    ):
        level += 1
    out: list[tuple[float, str]] = []
    for (x0, x1, choices), w in zip(cells, whole, strict=True):
        text = choices[min(level, len(choices) - 1)]
        dated = len(choices) == 4 and level >= 2 and (not out or choices[0].startswith("Jan"))
        if dated and fits(choices[1], x0, x1):
            text = choices[1]
        if w or fits(text, x0, x1):
            out.append(((x0 + x1) / 2, text))
    return out


def draw_header(pc: ChartPart, plan: PlanGeometry) -> None:
    """Weekend shading, grid lines and the two header bands (months or years above days,
    weeks, months or quarters) over the plot area of one part."""
    d, layout = pc.d, plan.layout
    x_min, x_max, k = plan.x_min, plan.x_max, plan.scale_k
    top, base, bottom = pc.h, pc.h - HEADER, pc.rows_bottom
    mid = top - MAJOR_H
    d.add(
        Rect(plan.plot_x0, base, plan.plot_x1 - plan.plot_x0, HEADER, fillColor=HEADER_FILL, **NO)
    )
    day_w = layout.px_per_day * k
    weekend = hexc(shared.WEEKEND)
    for day in layout.weekend_days(x_min, x_max):
        d.add(Rect(plan.day_x(day), bottom, day_w, base - bottom, fillColor=weekend, **NO))
    grid = hexc(shared.GRID)
    minor = [t for t in layout.minor_ticks(x_min, x_max) if x_min <= t.x <= x_max]
    for t in minor:
        d.add(Line(plan.px(t.x), bottom, plan.px(t.x), mid, strokeColor=grid, strokeWidth=0.4))
    cells = [(plan.px(t.x), plan.px(min(t.x_end, x_max)), _minor_choices(t.label)) for t in minor]
    whole = [t.x_end <= x_max for t in minor]
    for x, text in _minor_labels(cells, whole):
        d.add(_string(x, base + 3, text, MINOR_SIZE, anchor="middle", colour=hexc("#4A5562")))
    major = layout.major_ticks(x_min, x_max, short=True)
    for t in major:
        if x_min < t.x < x_max:
            x = plan.px(t.x)
            d.add(Line(x, bottom, x, top, strokeColor=MAJOR_LINE, strokeWidth=0.7))
    cells = [
        (plan.px(max(t.x, x_min)), plan.px(min(t.x_end, x_max)), _major_choices(t.label))
        for t in major
    ]
    whole = [x_min <= t.x and t.x_end <= x_max for t in major]
    labels = _major_labels(cells, whole)
    for x, text in labels:
        d.add(_string(x, mid + 3, text, MAJOR_SIZE, bold=True, anchor="middle"))
    if not any(ch.isdigit() for _x, text in labels for ch in text):
        # month names too narrow to carry their year: say the years beside the header
        first, last = layout.date_at(x_min).year, layout.date_at(x_max).year
        years = str(first) if first == last else f"{first}–{last}"
        d.add(_string(plan.plot_x0 - 3, mid + 3, years, MAJOR_SIZE, bold=True, anchor="end"))
    rule = Line(plan.plot_x0, base, plan.plot_x1, base, strokeColor=MAJOR_LINE, strokeWidth=0.5)
    d.add(rule)


def _string(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    anchor: str = "start",
    colour: colors.Color = INK,
) -> String | Group:
    font = fonts.BOLD if bold else fonts.REGULAR
    return scripts.string(x, y, text, font, size, anchor, fillColor=colour)


# --- symbols ------------------------------------------------------------------------------


def diamond(x: float, y: float, r: float, **kw: Any) -> Polygon:
    return Polygon([x, y + r, x + r, y, x, y - r, x - r, y], **kw)


def hexagon(x: float, y: float, r: float, **kw: Any) -> Polygon:
    """Pointy top, like matplotlib's "h" marker."""
    points: list[float] = []
    for i in range(6):
        a = math.radians(90 + 60 * i)
        points += [x + r * math.cos(a), y + r * math.sin(a)]
    return Polygon(points, **kw)


def padlock(x: float, y: float, colour: colors.Color, halo: bool = False) -> Group:
    """A small closed padlock centred on (x, y); `halo` keeps a link line under it legible."""
    body = Rect(x - 2.2, y - 2.3, 4.4, 3.2, rx=0.5, ry=0.5, fillColor=colour, **NO)
    if halo:
        body.strokeColor, body.strokeWidth = colors.white, 0.8
    arc: list[float] = []
    for deg in range(0, 181, 20):
        a = math.radians(deg)
        arc += [x + 1.35 * math.cos(a), y + 0.9 + 1.6 * math.sin(a)]
    shackle = PolyLine(arc, strokeColor=colour, strokeWidth=0.8)
    return Group(body, shackle)


def draw_item(pc: ChartPart, it: ScheduleItem, r: int, critical: bool, conflict: bool) -> None:
    plan, d = pc.plan, pc.d
    fill, done = (hexc(c) for c in shared.item_colours(it, critical, plan.today))
    edge = hexc(shared.CONFLICT if conflict else shared.CRITICAL_EDGE if critical else "#000000")
    if not (conflict or critical):
        edge = done
    yc = pc.y(r + MID)
    right = -math.inf
    if it.baseline_start and it.baseline_finish:
        if it.is_point:
            w = max(plan.layout.px_per_day * plan.scale_k, 1.5)
            bx0 = plan.point_x(it.baseline_finish) - w / 2
            bx1 = bx0 + w
        else:
            a, b = plan.layout.bar_span(it.baseline_start, it.baseline_finish)
            bx0, bx1 = plan.px(a), max(plan.px(b), plan.px(a) + 1.5)
        y = pc.y(r + BASE_TOP + BASE_H)
        d.add(Rect(bx0, y, bx1 - bx0, BASE_H * ROW, fillColor=hexc(shared.BASELINE), **NO))
        right = bx1
    x0, x1 = plan.span(it)
    if it.is_point:
        x = (x0 + x1) / 2
        gate = it.kind is MilestoneKind.DECISION_GATE
        colour = hexc(shared.GATE if gate else shared.MILESTONE)
        if it.status is MilestoneStatus.DONE:
            colour = hexc(shared.DONE_DONE)
        elif critical:
            colour = hexc(shared.CRITICAL_DONE)
        stroke = {"strokeColor": hexc(shared.CONFLICT) if conflict else colour}
        stroke["strokeWidth"] = 1.2 if conflict else 0.4
        shape = hexagon(x, yc, 4.0, fillColor=colour, **stroke) if gate else None
        d.add(shape or diamond(x, yc, 3.7, fillColor=colour, **stroke))
        x1 = x + 4.0
    else:
        y, h = pc.y(r + BAR_TOP + BAR_H), BAR_H * ROW
        d.add(Rect(x0, y, x1 - x0, h, fillColor=fill, **NO))
        if it.percent_complete:
            part = (x1 - x0) * min(it.percent_complete, 100) / 100
            d.add(Rect(x0, y, part, h, fillColor=done, **NO))
        heavy = conflict or critical
        d.add(
            Rect(
                x0,
                y,
                x1 - x0,
                h,
                fillColor=None,
                strokeColor=edge,
                strokeWidth=1.1 if heavy else 0.4,
            )
        )
    if it.contract_fixed:
        d.add(padlock(x0 - 6.5, yc, hexc("#39424C"), halo=True))
    right = max(right, x1 + 5)  # clear of the elbow of a link leaving the item
    if conflict:
        d.add(
            Rect(
                right + 2, yc - 3.4, 6.0, 6.8, rx=1.2, ry=1.2, fillColor=hexc(shared.CONFLICT), **NO
            )
        )
        d.add(
            _string(
                right + 5, yc - 2.2, "!", SMALL, bold=True, anchor="middle", colour=colors.white
            )
        )
        right += 8
    variance = it.finish_variance
    if variance:
        text = f"{variance:+d} d".replace("-", "−")
        colour = hexc(shared.LATE if variance > 0 else shared.EARLY)
        d.add(_string(right + 2, yc - 2.1, text, SMALL, colour=colour))


# --- legend -------------------------------------------------------------------------------


def _legend_entries() -> list[tuple[str, Any]]:
    def bar(fc: str, ec: str | None = None, width: float = 0.4) -> Any:
        def draw(x: float, y: float) -> list[Any]:
            stroke = {"strokeColor": hexc(ec), "strokeWidth": width} if ec else NO
            return [Rect(x, y - 2.6, 10, 5.2, fillColor=hexc(fc), **stroke)]

        return draw

    def symbol(make: Any, colour: str) -> Any:
        return lambda x, y: [make(x + 5, y, 3.6, fillColor=hexc(colour), **NO)]

    def baseline(x: float, y: float) -> list[Any]:
        return [Rect(x, y - 1.2, 10, 2.2, fillColor=hexc(shared.BASELINE), **NO)]

    return [
        ("Task", bar(shared.BAR)),
        ("Milestone", symbol(diamond, shared.MILESTONE)),
        ("Decision gate", symbol(hexagon, shared.GATE)),
        ("Critical path", bar(shared.CRITICAL, shared.CRITICAL_EDGE, 1.0)),
        ("Overdue", bar(shared.OVERDUE)),
        ("Done", bar(shared.DONE)),
        ("Conflict", bar("#FFFFFF", shared.CONFLICT, 1.0)),
        ("Baseline (± days)", baseline),
        ("Contract date", lambda x, y: [padlock(x + 5, y, hexc("#39424C"))]),
    ]


def _legend_lines(width: float) -> list[list[tuple[float, str, Any]]]:
    """The legend entries placed on as few lines as `width` allows: (x, label, draw)."""
    lines: list[list[tuple[float, str, Any]]] = [[]]
    x = 0.0
    for label, draw in _legend_entries():
        w = 13 + stringWidth(label, fonts.REGULAR, LEGEND_SIZE)
        if x and x + w > width:
            lines.append([])
            x = 0.0
        lines[-1].append((x, label, draw))
        x += w + 8
    return lines


def legend_height(width: float) -> float:
    return 5 + LEGEND_LINE * len(_legend_lines(width))


def draw_legend(d: Drawing, width: float) -> None:
    lines = _legend_lines(width)
    for n, line in enumerate(lines):
        y = 4 + LEGEND_LINE * (len(lines) - 1 - n) + 3
        for x, label, draw in line:
            for shape in draw(x, y):
                d.add(shape)
            d.add(_string(x + 13, y - 2.3, label, LEGEND_SIZE))
