"""The benchmark's KPI portfolio: every generated KPI and value passes the app's checks,
and the numbers tell the same stories as the demo's."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from bench.generate import generate_kpis
from cdmo_desktop.domain.enums import KpiTrend, KpiUnit, Rag
from cdmo_desktop.domain.kpi import measurement_error
from cdmo_desktop.domain.models import EngagementKpi, KpiMeasurement
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.store import open_store
from cdmo_desktop.store.kpis import engagement_kpis


def test_generated_kpis_are_valid_and_tell_stories(tmp_path: Path) -> None:
    path = tmp_path / "kpis.sqlite"
    engagement_ids = generate_kpis(path, 6, kpis_per_engagement=4, periods=9)
    store = open_store(path)
    try:
        with store.read() as s:
            kpis = s.exec(select(EngagementKpi)).all()
            values = s.exec(select(KpiMeasurement)).all()
        assert len(kpis) == 6 * 4 and len(values) == 6 * 4 * 9
        units = {k.id: KpiUnit(k.unit) for k in kpis}
        assert all(validate(row) == {} for row in [*kpis, *values])
        assert all(measurement_error(units[m.kpi_id], m.value) is None for m in values)
        assert len({(m.kpi_id, m.period_start) for m in values}) == len(values)
        rows = engagement_kpis(store, engagement_ids[0])
        assert rows[0].status is Rag.RED and rows[0].trend is KpiTrend.WORSENING
        assert rows[1].trend is KpiTrend.IMPROVING
    finally:
        store.close()
