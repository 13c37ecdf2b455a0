"""The risk register's counts in one call: how many risks the filters list, how many of
those are due for review, and where they sit on the heat map.

The register asks for them together after every filter, sort and refresh, on a worker
thread (gui.models.counting): each comes from its own short read session. A search that
the facet groups answer (store.risks.search_counts) gets all three from one pass over its
matches; other filters from the tallies or the filter's own index (store.risks)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.store import risks

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store


@dataclass(frozen=True)
class RegisterCounts:
    total: int
    due: int
    heatmap: risk_matrix.HeatMapCounts


def register_counts(store: Store, filters: dict[str, Any], today: date) -> RegisterCounts:
    """The counts of the risks `filters` lists (a heat-map cell filter narrows the total
    and due count, not the heat map: see store.risks.heatmap_counts), judged on `today`."""
    searched = risks.search_counts(store, filters, today)
    if searched is not None:
        return RegisterCounts(*searched)
    total, due = risks.count_risks_and_due(store, filters, today)
    return RegisterCounts(total, due, risks.heatmap_counts(store, filters))
