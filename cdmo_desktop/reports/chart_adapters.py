"""Feeds the report's snapshot data to the PDF chart builders (reports/charts/*_pdf.py).

The heat map and the Gantt chart are vector drawings made from the same domain rules as
the screen's matplotlib charts (risk_matrix; timeline and scheduling), so they print
sharp at any size and add no bitmap to the file. User text is cleaned first (control
characters, lone surrogates, absurd lengths).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cdmo_desktop.domain.formats import date_text
from cdmo_desktop.domain.risk_matrix import HeatMapCounts, grid_from_counts
from cdmo_desktop.domain.snapshot import EngagementSnapshot, MilestoneRow, RiskRow
from cdmo_desktop.reports.text import clean

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from cdmo_desktop.reports.charts.gantt_pdf import GanttChart

GANTT_ROWS = 28  # rows that fit on the page at natural size
WINDOW_BEFORE = timedelta(days=45)
WINDOW_AFTER = timedelta(days=120)


def heatmap_counts(risks: Sequence[RiskRow]) -> HeatMapCounts:
    """Risks per likelihood x impact cell, current and residual (where assessed)."""
    assessed = [r for r in risks if r.residual_likelihood and r.residual_impact]
    return HeatMapCounts(
        current=grid_from_counts((r.likelihood, r.impact, 1) for r in risks),
        residual=grid_from_counts((r.residual_likelihood, r.residual_impact, 1) for r in assessed),
        without_residual=len(risks) - len(assessed),
    )


def heatmap_drawing(risks: Sequence[RiskRow], width: float) -> Drawing:
    """The current and residual heat maps of these risks, `width` points wide."""
    from cdmo_desktop.reports.charts.heatmap_pdf import heatmap_drawing as draw

    return draw(heatmap_counts(risks), width)


def gantt_rows(
    milestones: Sequence[MilestoneRow], today: date, limit: int = GANTT_ROWS
) -> tuple[list[MilestoneRow], str]:
    """The items the report's chart shows, and a note when it shows only some of them.

    A long plan is cut to a window around the report date (late items and the next
    decision gates always included), in plan order."""
    items = [m for m in milestones if m.status != "cancelled"]
    if len(items) <= limit:
        return items, ""
    start, end = today - WINDOW_BEFORE, today + WINDOW_AFTER

    def rank(m: MilestoneRow) -> tuple[int, int]:
        late = m.is_open and m.planned_finish < today
        gate = m.kind == "decision_gate" and m.is_open and m.planned_finish >= today
        in_window = m.planned_start <= end and m.planned_finish >= start
        priority = 0 if late else 1 if in_window else 2 if gate else 3
        return priority, abs((m.planned_finish - today).days)

    chosen = {m.id for m in sorted(items, key=rank)[:limit]}
    shown = [m for m in items if m.id in chosen]
    return shown, (
        f"The chart shows {len(shown)} of {len(items)} items: those around "
        f"{date_text(today)}, late items and the next gates. Appendix B lists them all."
    )


def gantt_chart(
    data: EngagementSnapshot, today: date, width: float
) -> tuple[GanttChart, str] | None:
    """(chart, note) of the schedule, or None without milestones. The chart is a flowable
    that splits between rows if it is ever taller than the page."""
    if not data.milestones:
        return None
    from cdmo_desktop.reports.charts.gantt_pdf import gantt_chart as chart

    rows, note = gantt_rows(data.milestones, today)
    rows = [dataclasses.replace(m, name=clean(m.name, 200, 1) or "(untitled)") for m in rows]
    ids = {m.id for m in rows}
    links = [d for d in data.dependencies if d.predecessor_id in ids and d.successor_id in ids]
    drawn = chart(rows, links, today, width)
    return drawn, " ".join(x for x in (note, drawn.plan.note) if x)
