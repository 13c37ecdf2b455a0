"""Calls the shared chart builders (reports/charts/) with snapshot data.

The heat map and the Gantt chart are drawn by the same builders as the screens. Each is
imported when a report needs it; while a builder is not installed the report simply has
no chart in that section.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from cdmo_desktop.domain.snapshot import EngagementSnapshot, RiskRow


def heatmap_figure(risks: Sequence[RiskRow]) -> Any | None:
    try:
        from cdmo_desktop.reports.charts import heatmap
    except ImportError:
        return None
    from cdmo_desktop.domain.risk_matrix import HeatMapCounts, grid_from_counts

    assessed = [r for r in risks if r.residual_likelihood and r.residual_impact]
    counts = HeatMapCounts(
        current=grid_from_counts((r.likelihood, r.impact, 1) for r in risks),
        residual=grid_from_counts((r.residual_likelihood, r.residual_impact, 1) for r in assessed),
        without_residual=len(risks) - len(assessed),
    )
    return heatmap.build_heatmap_figure(counts, width_in=7.0, height_in=3.3)


def gantt_figure(data: EngagementSnapshot, today: date, width_pt: float) -> Any | None:
    import importlib

    try:
        gantt = importlib.import_module("cdmo_desktop.reports.charts.gantt")
    except ImportError:
        return None
    return gantt.build_gantt_figure(data.milestones, data.dependencies, today)
