"""KPIs and their measurements in bulk, for the KPI benchmark: every engagement of the
database gets `per_engagement` monthly KPIs of the shipped library and a value for each of
the last `periods` months (valid for the KPI's unit, drifting like real figures), written
around the flush hook as bench.generate does (see its module docstring)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from bench.generate import TODAY, BulkLoad, Timings, _done, _Ids, _stamp
from cdmo_desktop.domain.enums import KpiPeriod, KpiUnit
from cdmo_desktop.domain.kpi import KpiTemplate, last_periods, shipped_library
from cdmo_desktop.domain.models import EngagementKpi, KpiMeasurement

_KPI_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "engagement_id",
    "position",
    "library_key",
    "name",
    "description",
    "unit",
    "direction",
    "period",
    "target",
    "amber",
    "red",
)
_MEASUREMENT_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "kpi_id",
    "period_start",
    "value",
    "comment",
    "entered_by",
)


def monthly_templates(n: int) -> list[KpiTemplate]:
    monthly = [t for t in shipped_library() if t.period == KpiPeriod.MONTH]
    if len(monthly) < n:
        raise ValueError(f"the shipped library has {len(monthly)} monthly KPIs, not {n}")
    return monthly[:n]


def _value(t: KpiTemplate, level: float, rand: random.Random) -> float:
    """A value near `level` (a share of the target) valid for the unit."""
    base = t.target if t.target else 10.0
    v = base * level + rand.uniform(-0.05, 0.05) * base
    if t.unit == KpiUnit.PERCENT:
        return round(min(100.0, max(0.0, v)), 1)
    if t.unit == KpiUnit.COUNT:
        return float(max(0, round(v)))
    if t.unit in (KpiUnit.DAYS, KpiUnit.HOURS):
        return round(max(0.0, v), 1)
    return round(v, 2)


def generate_kpis(
    path: Path | str,
    per_engagement: int = 10,
    periods: int = 36,
    seed: int = 1,
    *,
    timings: Timings | None = None,
) -> int:
    """Add the KPIs and measurements to every engagement in the database at `path`;
    returns the number of measurements written."""
    with closing(sqlite3.connect(path)) as conn:
        engagement_ids = [r[0] for r in conn.execute("SELECT id FROM engagement ORDER BY id")]
    rand = random.Random(seed)
    new_id = _Ids(rand)
    stamp = _stamp()
    templates = monthly_templates(per_engagement)
    months = [d.isoformat() for d in last_periods(KpiPeriod.MONTH, TODAY, periods + 1)[:-1]]
    kpis: list[tuple[str, KpiTemplate]] = []

    def kpi_rows() -> Iterator[tuple[Any, ...]]:
        for eid in engagement_ids:
            for position, t in enumerate(templates):
                kid = new_id()
                kpis.append((kid, t))
                yield (
                    kid,
                    stamp,
                    stamp,
                    eid,
                    position,
                    t.key,
                    t.name,
                    t.description,
                    t.unit.value,
                    t.direction.value,
                    t.period.value,
                    t.target,
                    t.amber,
                    t.red,
                )

    def measurement_rows() -> Iterator[tuple[Any, ...]]:
        for kid, t in kpis:
            level = rand.uniform(0.85, 1.05)
            drift = rand.uniform(-0.004, 0.004)
            for month in months:
                level += drift
                yield (new_id(), stamp, stamp, kid, month, _value(t, level, rand), "", "")

    with BulkLoad(path, ["engagement_kpi", "kpi_measurement"]) as load:
        load.insert(EngagementKpi, _KPI_COLUMNS, kpi_rows())
        load.insert(KpiMeasurement, _MEASUREMENT_COLUMNS, measurement_rows())
    _done(timings, load)
    return len(kpis) * len(months)
