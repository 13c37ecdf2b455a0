"""An engagement with agreed KPIs and a few measured periods, for the KPI screen tests."""

from __future__ import annotations

from datetime import date

from cdmo_desktop.domain.models import Engagement
from cdmo_desktop.store import Store, kpi_edits, kpis
from tests.schedule_data import make_engagement

TODAY = date(2026, 11, 20)
STARTED = date(2025, 6, 2)
# Monthly KPIs of the library, in the order they are added.
MONTHLY = ("otif", "on_time_delivery", "batch_yield", "deviations_per_batch")


def engagement_with_kpis(
    store: Store, title: str = "Process development", partner: str = "Acme"
) -> tuple[str, list[str]]:
    """(engagement id, KPI ids in their order)."""
    eid = make_engagement(store, title, partner)
    with store.session() as s:  # running since 2025: every period of the grid is due
        engagement = s.get(Engagement, eid)
        assert engagement is not None
        engagement.start_date = STARTED
    kpi_edits.add_kpis_from_library(store, eid, list(MONTHLY))
    ids = [r.id for r in kpis.engagement_kpis(store, eid, TODAY)]
    return eid, ids


def measure(store: Store, kpi_id: str, values: dict[date, float]) -> None:
    kpi_edits.set_measurements(
        store,
        [kpi_edits.MeasurementEntry(kpi_id, start, value) for start, value in values.items()],
    )


def values_of(store: Store, kpi_id: str) -> dict[date, float]:
    return {m.period_start: m.value for m in kpis.kpi_measurements(store, kpi_id)}
