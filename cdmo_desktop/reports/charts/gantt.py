"""The Gantt chart as a matplotlib Figure, drawn from the same layout as the screen.

x is in timeline pixels (domain.timeline.TimelineLayout fitted to the plan), y in rows, so
the header ticks, bar extents and milestone positions are the screen's. Colours follow the
screen: critical path, overdue, done, conflicts (red edge and "!"), baselines as thin grey
bars with the variance in days, a lock on contract-fixed items, a dashed today line.

`build_gantt_figure(milestones, dependencies, today)` accepts the screen's ScheduleItem /
ScheduleLink rows or the report snapshot's MilestoneRow / DependencyRow (same attribute
names: planned_start/planned_finish or start/finish, kind as enum or value).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus, Phase
from cdmo_desktop.domain.scheduling import PlanGraph, ScheduleItem, ScheduleLink
from cdmo_desktop.domain.timeline import TimelineLayout, fit_density, plan_origin
from cdmo_desktop.reports.charts.chart_dates import MAX_LAG_DAYS, chart_day, within_chart

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

BAR, BAR_DONE = "#6f9fd8", "#2f609f"
CRITICAL, CRITICAL_DONE, CRITICAL_EDGE = "#e3826f", "#a8382a", "#8c1f14"
OVERDUE, OVERDUE_DONE = "#f2b23e", "#a86d06"
DONE, DONE_DONE = "#9cc49a", "#5d8f5a"
CONFLICT, MILESTONE, GATE = "#d40f1a", "#2c3e50", "#7b3fa0"
BASELINE, LATE, EARLY = "#9aa3ad", "#c0141c", "#2e7d32"
LINK, TODAY, WEEKEND, GRID = "#6b7683", "#e4572e", "#f3f3f3", "#d5dae0"
VIRTUAL_WIDTH_PX = 1000.0  # the plot's width in layout pixels
MAX_NAME = 42
FINISHED = (MilestoneStatus.DONE, MilestoneStatus.CANCELLED)
ROW_INCHES = 0.24


def _enum(enum: Any, value: Any, default: Any) -> Any:
    if isinstance(value, enum):
        return value
    try:
        return enum(value) if value else default
    except ValueError:
        return default


def as_item(row: Any) -> ScheduleItem:
    """A ScheduleItem from a ScheduleItem or anything with MilestoneRow's attributes."""
    if isinstance(row, ScheduleItem):
        return row
    return ScheduleItem(
        id=str(row.id),
        name=str(row.name),
        start=getattr(row, "planned_start", None) or row.start,
        finish=getattr(row, "planned_finish", None) or row.finish,
        kind=_enum(MilestoneKind, row.kind, MilestoneKind.TASK),
        engagement_id=str(getattr(row, "engagement_id", "")),
        contract_fixed=bool(getattr(row, "contract_fixed", False)),
        percent_complete=int(getattr(row, "percent_complete", 0) or 0),
        status=_enum(MilestoneStatus, getattr(row, "status", None), MilestoneStatus.NOT_STARTED),
        baseline_start=getattr(row, "baseline_start", None),
        baseline_finish=getattr(row, "baseline_finish", None),
        phase=_enum(Phase, getattr(row, "phase", None), None),
    )


def as_link(row: Any) -> ScheduleLink:
    if isinstance(row, ScheduleLink):
        return row
    return ScheduleLink(
        id=str(getattr(row, "id", "") or f"{row.predecessor_id}>{row.successor_id}"),
        predecessor_id=str(row.predecessor_id),
        successor_id=str(row.successor_id),
        kind=_enum(DependencyKind, row.kind, DependencyKind.FINISH_TO_START),
        lag_days=max(-MAX_LAG_DAYS, min(int(row.lag_days or 0), MAX_LAG_DAYS)),
    )


def group_rows(items: list[ScheduleItem]) -> list[tuple[str, ScheduleItem | None]]:
    """(label, item) per row; phase headings (item None) when the plan has several phases."""
    phases = {it.phase for it in items}
    if len(phases) <= 1:
        return [(it.name, it) for it in items]
    out: list[tuple[str, ScheduleItem | None]] = []
    current: object = object()
    for it in items:
        if it.phase != current:
            current = it.phase
            out.append((it.phase.label if it.phase else "General", None))
        out.append((it.name, it))
    return out


def _lock_markers() -> tuple[Any, Any]:
    """A padlock as two markers drawn at the same point: a filled body and an open
    shackle. Both paths reach the same extent (0.7) so matplotlib scales them alike."""
    import math

    from matplotlib.path import Path

    body = Path(
        [(0, 0.7), (-0.45, -0.7), (0.45, -0.7), (0.45, 0.0), (-0.45, 0.0), (-0.45, -0.7)],
        [Path.MOVETO, Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY],
    )
    arc = [
        (0.27 * math.cos(math.radians(a)), 0.0 + 0.6 * math.sin(math.radians(a)))
        for a in range(0, 181, 15)
    ]
    shackle = Path([(0, -0.7), *arc], [Path.MOVETO, Path.MOVETO] + [Path.LINETO] * (len(arc) - 1))
    return body, shackle


def build_gantt_figure(
    milestones: Sequence[Any],
    dependencies: Sequence[Any] = (),
    today: date | None = None,
    *,
    title: str = "",
    width_in: float = 10.0,
    max_rows: int | None = 60,
    headings: Sequence[tuple[str, Any | None]] | None = None,
) -> Figure:
    """A Gantt chart of the items in the order given (at most `max_rows` rows).

    `headings`, when given, is the exact row list: (label, item) for items and (label,
    None) for bold heading rows (the screen's engagement and phase headings)."""
    from matplotlib.figure import Figure

    today = chart_day(today or clock.today())
    links = [as_link(d) for d in dependencies]
    if headings is not None:
        given = [as_item(row) for _label, row in headings if row is not None]
        items, outside = within_chart(given, today)
        drawn = iter(items)
        rows = [(label, next(drawn) if row is not None else None) for label, row in headings]
    else:
        items, outside = within_chart([as_item(m) for m in milestones], today)
        rows = group_rows(items)
    hidden = 0
    if max_rows is not None and len(rows) > max_rows:
        hidden = sum(1 for _label, it in rows[max_rows:] if it is not None)
        rows = rows[:max_rows]
    n = max(len(rows), 1)
    bottom, top = 0.62, 0.62 if title else 0.4
    height = bottom + ROW_INCHES * n + top
    fig = Figure(figsize=(width_in, height), dpi=100)
    label_frac = 0.27
    ax = fig.add_axes((label_frac, bottom / height, 0.97 - label_frac, ROW_INCHES * n / height))
    if not items:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No schedule items yet", ha="center", va="center", transform=ax.transAxes)
        return fig
    first = min(min(it.start for it in items), today)
    last = max(max(it.finish for it in items), today)
    origin = plan_origin(first, today)
    span_first = min(first, origin)
    layout = TimelineLayout(origin, 1.0, row_height=1.0).with_density(
        fit_density(span_first, last, VIRTUAL_WIDTH_PX)
    )
    x_min, x_max = layout.x_of(span_first), layout.x_of(last) + 6 * layout.px_per_day
    graph = PlanGraph(items, links)
    analysis = graph.analyse()
    _draw_grid(ax, layout, x_min, x_max, n)
    row_of = {}
    for r, (_label, it) in enumerate(rows):
        if it is None:
            ax.axhspan(r, r + 1, color="#eef1f5", zorder=0)
        else:
            row_of[it.id] = r
    _draw_links(ax, layout, graph, row_of, analysis.driving)
    for it in (it for _label, it in rows if it is not None):
        i = graph.index[it.id]
        _draw_item(
            ax,
            layout,
            it,
            row_of[it.id],
            analysis.critical[i] and it.status not in FINISHED,
            i in analysis.conflicts,
            today,
        )
    x_today = layout.point_x(today)
    ax.axvline(x_today, color=TODAY, lw=1.1, ls="--", zorder=5)
    ax.text(x_today + 3, 0.1, "Today", color=TODAY, fontsize=6.5, ha="left", va="top", zorder=6)
    ax.set_xlim(x_min, x_max)
    ax.set_ylim(n, 0)
    ax.set_yticks([r + 0.5 for r in range(len(rows))])
    labels = ax.set_yticklabels(
        [lab if len(lab) <= MAX_NAME else lab[: MAX_NAME - 1] + "…" for lab, _it in rows],
        fontsize=7,
    )
    for text, (_label, it) in zip(labels, rows, strict=True):
        if it is None:
            text.set_fontweight("bold")
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    note = " ".join(x for x in (f"… and {hidden} more items" if hidden else "", outside) if x)
    _legend(fig, note)
    if title:
        fig.suptitle(title, x=0.02, y=0.995, ha="left", va="top", fontsize=10, fontweight="bold")
    return fig


def _draw_grid(ax: Axes, layout: TimelineLayout, x_min: float, x_max: float, n: int) -> None:
    for d in layout.weekend_days(x_min, x_max):
        ax.axvspan(layout.x_of(d), layout.x_of(d) + layout.px_per_day, color=WEEKEND, zorder=0)
    minor = [t for t in layout.minor_ticks(x_min, x_max) if x_min <= t.x <= x_max]
    for t in minor:
        ax.axvline(t.x, color=GRID, lw=0.4, zorder=0)
    ax.set_xticks([(t.x + t.x_end) / 2 for t in minor])
    ax.set_xticklabels([t.label for t in minor], fontsize=6.5)
    ax.tick_params(axis="x", length=0, pad=2)
    top = ax.secondary_xaxis("top")
    major = layout.major_ticks(x_min, x_max, short=True)
    centres = [(max(t.x, x_min) + min(t.x_end, x_max)) / 2 for t in major]
    top.set_xticks(centres)
    top.set_xticklabels([t.label for t in major], fontsize=7.5, fontweight="bold")
    top.tick_params(axis="x", length=0, pad=2)
    for t in major:
        if x_min < t.x < x_max:
            ax.axvline(t.x, color="#aab3bd", lw=0.7, zorder=0)


def item_colours(it: ScheduleItem, critical: bool, today: date) -> tuple[str, str]:
    if it.status is MilestoneStatus.DONE:
        return DONE, DONE_DONE
    if it.is_overdue(today):
        return OVERDUE, OVERDUE_DONE
    if critical:
        return CRITICAL, CRITICAL_DONE
    return BAR, BAR_DONE


def _draw_item(
    ax: Axes,
    layout: TimelineLayout,
    it: ScheduleItem,
    r: int,
    critical: bool,
    conflict: bool,
    today: date,
) -> None:
    from matplotlib.patches import Rectangle

    fill, done = item_colours(it, critical, today)
    edge = CONFLICT if conflict else (CRITICAL_EDGE if critical else done)
    right = 0.0
    if it.baseline_start and it.baseline_finish:
        if it.is_point:
            bx0 = layout.point_x(it.baseline_finish) - layout.px_per_day / 2
            bx1 = bx0 + layout.px_per_day
        else:
            bx0, bx1 = layout.bar_span(it.baseline_start, it.baseline_finish)
        ax.add_patch(Rectangle((bx0, r + 0.74), bx1 - bx0, 0.13, color=BASELINE, lw=0, zorder=2))
        right = bx1
    if it.is_point:
        x = layout.point_x(it.finish)
        colour = GATE if it.kind is MilestoneKind.DECISION_GATE else MILESTONE
        if it.status is MilestoneStatus.DONE:
            colour = DONE_DONE
        elif critical:
            colour = CRITICAL_DONE
        marker = "h" if it.kind is MilestoneKind.DECISION_GATE else "D"
        ax.plot(
            [x],
            [r + 0.42],
            marker=marker,
            ms=6.5 if marker == "D" else 7.5,
            color=colour,
            mec=CONFLICT if conflict else colour,
            mew=1.6 if conflict else 0.5,
            zorder=4,
        )
        x0 = x1 = x
    else:
        x0, x1 = layout.bar_span(it.start, it.finish)
        ax.add_patch(
            Rectangle(
                (x0, r + 0.16),
                x1 - x0,
                0.52,
                fc=fill,
                ec=edge,
                lw=1.4 if conflict or critical else 0.5,
                zorder=3,
            )
        )
        if it.percent_complete:
            width = (x1 - x0) * min(it.percent_complete, 100) / 100
            ax.add_patch(Rectangle((x0, r + 0.16), width, 0.52, fc=done, lw=0, zorder=3))
    if it.contract_fixed:
        body, shackle = _lock_markers()
        lx, ly = x0 - 9, r + 0.42
        ax.plot([lx], [ly], marker=body, ms=8, color="#39424c", mew=0, zorder=4)
        ax.plot([lx], [ly], marker=shackle, ms=8, mfc="none", mec="#39424c", mew=1.1, zorder=4)
    right = max(right, x1 + (4 if it.is_point else 0))
    if conflict:
        ax.text(
            right + 3,
            r + 0.45,
            "!",
            color="white",
            fontsize=6,
            fontweight="bold",
            ha="left",
            va="center",
            zorder=6,
            bbox={"boxstyle": "round,pad=0.15", "fc": CONFLICT, "ec": CONFLICT},
        )
        right += 12
    variance = it.finish_variance
    if variance:
        ax.text(
            right + 3,
            r + 0.45,
            f"{variance:+d} d".replace("-", "−"),
            fontsize=6,
            color=LATE if variance > 0 else EARLY,
            va="center",
            zorder=6,
        )


def _draw_links(
    ax: Axes, layout: TimelineLayout, graph: PlanGraph, row_of: dict[str, int], driving: set[int]
) -> None:
    elbow = 6.0  # layout pixels, as on screen
    for k in graph.live_links():
        link = graph.links[k]
        assert link is not None
        a, b = graph.link_ends(k)
        pred, succ = graph.items[a], graph.items[b]
        if pred.id not in row_of or succ.id not in row_of:
            continue
        ra, rb = row_of[pred.id], row_of[succ.id]
        ya, yb = ra + 0.42, rb + 0.42
        path, tip_x, leftwards = link_path(
            link.kind, _span(layout, pred), _span(layout, succ), (ya, yb), (ra, rb), elbow
        )
        critical = k in driving and succ.status not in FINISHED
        colour = CRITICAL_EDGE if critical else LINK
        xs, ys = [x for x, _y in path], [y for _x, y in path]
        ax.plot(xs, ys, color=colour, lw=1.1 if critical else 0.8, zorder=2.5)
        marker = "<" if leftwards else ">"
        ax.plot([tip_x], [yb], marker=marker, ms=3.5, color=colour, zorder=2.6)


def link_path(
    kind: DependencyKind,
    pred: tuple[float, float],
    succ: tuple[float, float],
    ys: tuple[float, float],
    rows: tuple[int, int],
    elbow: float,
) -> tuple[list[tuple[float, float]], float, bool]:
    """(path, x of the arrow's tip, whether it points left) of a dependency arrow drawn as
    on screen: out of the predecessor's finish (FS, FF) or start (SS, SF), into the
    successor's start from the left (FS, SS) or its finish from the right (FF, SF).
    `pred`/`succ` are the marks' left and right, `ys` the y of their middles, `rows` their
    rows (y in rows); a way back between two rows runs along the gap between them. The
    PDF and the exported figure draw with it."""
    (pa0, pa1), (sb0, sb1), (ya, yb), (ra, rb) = pred, succ, ys, rows
    xa = pa0 if kind.from_start else pa1
    gap = ra + (1 if rb > ra else 0)  # the line between the two rows
    if kind.to_finish:  # round the right of the successor's finish, into it from the right
        right = max(xa, sb1) + elbow
        if kind.from_start:
            path = [(xa, ya), (xa - elbow, ya), (xa - elbow, gap), (right, gap)]
        else:
            path = [(xa, ya), (right, ya)]
        return [*path, (right, yb), (sb1, yb)], sb1, True
    if kind.from_start:
        xe = min(xa, sb0) - elbow
        return [(xa, ya), (xe, ya), (xe, yb), (sb0, yb)], sb0, False
    xe = xa + elbow
    if sb0 < xe:
        mid = (min(ya, yb) + max(ya, yb)) / 2
        path = [(xa, ya), (xe, ya), (xe, mid), (sb0 - elbow, mid), (sb0 - elbow, yb)]
        return [*path, (sb0, yb)], sb0, False
    return [(xa, ya), (xe, ya), (xe, yb), (sb0, yb)], sb0, False


def _span(layout: TimelineLayout, it: ScheduleItem) -> tuple[float, float]:
    if it.is_point:
        x = layout.point_x(it.finish)
        return x - 4, x + 4
    return layout.bar_span(it.start, it.finish)


def _legend(fig: Figure, note: str) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(fc=BAR, label="Task"),
        Line2D([], [], marker="D", ls="", color=MILESTONE, ms=5, label="Milestone"),
        Line2D([], [], marker="h", ls="", color=GATE, ms=6, label="Decision gate"),
        Patch(fc=CRITICAL, ec=CRITICAL_EDGE, label="Critical path"),
        Patch(fc=OVERDUE, label="Overdue"),
        Patch(fc=DONE, label="Done"),
        Patch(fc="white", ec=CONFLICT, lw=1.4, label="Conflict"),
        Patch(fc=BASELINE, label="Baseline (± days)"),
    ]
    fig.legend(
        handles=handles,
        loc="lower left",
        ncol=8,
        fontsize=6.5,
        frameon=False,
        bbox_to_anchor=(0.01, 0.0),
        handlelength=1.2,
        columnspacing=1.0,
    )
    if note:
        fig.text(0.99, 0.01, note, ha="right", va="bottom", fontsize=6.5, color="#555")
