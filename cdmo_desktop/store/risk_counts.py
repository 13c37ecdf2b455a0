"""The risk register's counts in one call: how many risks the filters list, how many of
those are due for review, and where they sit on the heat map.

The register asks for them together after every filter, sort and refresh, on a worker
thread (gui.models.counting): each comes from its own short read session. A search that
the facet groups answer (store.risks.search_counts) gets all three from one pass over its
matches; other filters from the tallies or the filter's own index (store.risks). Filters
whose three counts all come from the maintained tallies (`tallied`: a few tally rows
whatever the number of risks) are counted on the GUI thread instead: the list is then laid
out once, at its full length, rather than once with the first page's guess and again when
the count arrives (at a million risks the second layout and paint cost more than the
count)."""

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


def tallied(filters: dict[str, Any], today: date, dialect_name: str) -> bool:
    """Whether the total, the due count and the heat map of `filters` (as `register_counts`
    reads them on `today`) all come from the tallies alone (SQLite): no search, no review
    filter (its heat map subtracts the risks not yet due, an index range), and filters
    whose total and due count a tally answers (status, level, category, cell; an owner's;
    not a per-engagement register)."""
    if dialect_name != "sqlite" or filters.get("review_due"):
        return False
    if risks.searched_by_facets(filters):
        return False
    due = {**filters, "review_due": True, "today": today}
    plain = {k: v for k, v in filters.items() if k != "cell"}
    return all(_from_tallies(risks.count_query(f)) for f in (filters, due, plain))


def _from_tallies(query: Any) -> bool:
    return all(str(getattr(t, "name", "")).endswith("_tally") for t in query.get_final_froms())


def register_counts(store: Store, filters: dict[str, Any], today: date) -> RegisterCounts:
    """The counts of the risks `filters` lists (a heat-map cell filter narrows the total
    and due count, not the heat map: see store.risks.heatmap_counts), judged on `today`."""
    searched = risks.search_counts(store, filters, today)
    if searched is not None:
        return RegisterCounts(*searched)
    total, due = risks.count_risks_and_due(store, filters, today)
    return RegisterCounts(total, due, risks.heatmap_counts(store, filters))
