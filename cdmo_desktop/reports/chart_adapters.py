"""Calls the shared chart builders (reports/charts/) with snapshot data.

The heat map and the Gantt chart are drawn by the same builders as the screens. Each is
imported when a report needs it; while a builder is not installed the report simply has
no chart in that section. User text going into matplotlib is cleaned first (a lone
surrogate makes its text engine raise) and missing-glyph warnings (emoji) are not errors.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from cdmo_desktop.domain.snapshot import EngagementSnapshot, MilestoneRow, RiskRow
from cdmo_desktop.reports.blocks import quiet_glyphs
from cdmo_desktop.reports.text import clean

GANTT_ROWS = 28  # rows that fit on the page at natural size
WINDOW_BEFORE = timedelta(days=45)
WINDOW_AFTER = timedelta(days=120)


def _builder(name: str) -> Any | None:
    try:
        return importlib.import_module(f"cdmo_desktop.reports.charts.{name}")
    except ImportError:
        return None


def heatmap_figure(risks: Sequence[RiskRow]) -> Any | None:
    heatmap = _builder("heatmap")
    if heatmap is None:
        return None
    from cdmo_desktop.domain.risk_matrix import HeatMapCounts, grid_from_counts

    assessed = [r for r in risks if r.residual_likelihood and r.residual_impact]
    counts = HeatMapCounts(
        current=grid_from_counts((r.likelihood, r.impact, 1) for r in risks),
        residual=grid_from_counts((r.residual_likelihood, r.residual_impact, 1) for r in assessed),
        without_residual=len(risks) - len(assessed),
    )
    with quiet_glyphs():
        return heatmap.build_heatmap_figure(counts, width_in=7.0, height_in=3.3)


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
        f"{today.day} {today:%b %Y}, late items and the next gates. Appendix B lists them all."
    )


def gantt_figure(data: EngagementSnapshot, today: date, width_pt: float) -> tuple[Any, str] | None:
    """(Figure, note) of the schedule, or None without a Gantt builder or milestones."""
    gantt = _builder("gantt")
    if gantt is None or not data.milestones:
        return None
    rows, note = gantt_rows(data.milestones, today)
    rows = [dataclasses.replace(m, name=clean(m.name, 200, 1) or "(untitled)") for m in rows]
    ids = {m.id for m in rows}
    links = [d for d in data.dependencies if d.predecessor_id in ids and d.successor_id in ids]
    with quiet_glyphs():
        figure = gantt.build_gantt_figure(
            rows, links, today, width_in=10.0, max_rows=GANTT_ROWS + 8
        )
    return figure, note
