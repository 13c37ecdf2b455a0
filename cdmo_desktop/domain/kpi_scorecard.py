"""An engagement KPI as the screens, the scorecard and a frozen reassessment see it: plain
values, no database (store.kpis reads them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cdmo_desktop.domain import snapshot
from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiTrend, KpiUnit, Rag
from cdmo_desktop.domain.kpi import period_label
from cdmo_desktop.domain.snapshot import KpiReportRow


@dataclass(frozen=True)
class KpiRow:
    """One engagement KPI as the KPI table shows it."""

    id: str
    engagement_id: str
    name: str
    unit: KpiUnit
    direction: KpiDirection
    period: KpiPeriod
    target: float | None
    amber: float | None
    red: float | None
    latest_period: date | None = None
    latest_value: float | None = None
    status: Rag | None = None
    trend: KpiTrend | None = None
    recent: tuple[float, ...] = ()  # the last RECENT values, oldest first
    # The first ended period without a value after the latest one (from the engagement's
    # start when there is none yet and the KPI has a numeric target).
    missing_since: date | None = None
    position: int = 0
    library_key: str = ""
    description: str = ""
    target_note: str = ""
    data_source: str = ""
    how_measured: str = ""
    owner_client: str = ""
    owner_partner: str = ""
    agreement_id: str | None = None
    clause_ref: str = ""

    @property
    def latest_label(self) -> str:
        """ "Mar 2026" for the latest measured period ("" without one)."""
        return period_label(self.period, self.latest_period) if self.latest_period else ""


@dataclass(frozen=True)
class ScorecardEngagement:
    """One engagement with the partner and its KPIs as they stood."""

    id: str
    title: str
    phase: str
    status: str
    kpis: tuple[KpiRow, ...] = ()

    def count(self, rag: Rag) -> int:
        return sum(1 for k in self.kpis if k.status is rag)


@dataclass(frozen=True)
class Scorecard:
    """Every KPI of every engagement with one partner on `as_of`, with green/amber/red
    counts. `to_json` / `from_json` freeze it (a reassessment keeps the scorecard as it
    stood that day; later measurements do not change it)."""

    partner_id: str
    partner_name: str
    as_of: date
    engagements: tuple[ScorecardEngagement, ...] = ()

    @property
    def kpis(self) -> tuple[KpiRow, ...]:
        return tuple(k for e in self.engagements for k in e.kpis)

    def count(self, rag: Rag) -> int:
        return sum(e.count(rag) for e in self.engagements)

    @property
    def green(self) -> int:
        return self.count(Rag.GREEN)

    @property
    def amber(self) -> int:
        return self.count(Rag.AMBER)

    @property
    def red(self) -> int:
        return self.count(Rag.RED)

    @property
    def unmeasured(self) -> int:
        return sum(1 for k in self.kpis if k.status is None)

    def to_json(self) -> str:
        return snapshot.to_json(self)

    @classmethod
    def from_json(cls, text: str) -> Scorecard:
        return snapshot.from_json(cls, text)


def report_row(row: KpiRow) -> KpiReportRow:
    """The row as a status report keeps it (plain values, see domain.snapshot)."""
    return KpiReportRow(
        name=row.name,
        unit=row.unit.value,
        direction=row.direction.value,
        period=row.period.value,
        target=row.target,
        amber=row.amber,
        red=row.red,
        target_note=row.target_note,
        latest_period=row.latest_period,
        latest_value=row.latest_value,
        status=row.status.value if row.status else "",
        trend=row.trend.value if row.trend else "",
        recent=row.recent,
    )
