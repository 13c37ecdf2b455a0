"""KPIs: the consultant's own library entries, the KPIs agreed per engagement (they replace
the charter's success metrics) and their measurements, one value per period."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiUnit
from cdmo_desktop.domain.models.base import Entity, enum_field, fk


class KpiDefinition(Entity, table=True):
    """One of the consultant's own KPI library entries (the shipped library is data:
    resources/kpis/library.toml, read by domain.kpi.shipped_library)."""

    __tablename__ = "kpi_definition"

    key: str = Field(index=True, unique=True, max_length=100)
    name: str = Field(max_length=200)
    description: str = ""
    unit: KpiUnit = enum_field(KpiUnit, default=KpiUnit.NUMBER)
    direction: KpiDirection = enum_field(KpiDirection, default=KpiDirection.HIGHER_BETTER)
    period: KpiPeriod = enum_field(KpiPeriod, default=KpiPeriod.MONTH)
    default_target: float | None = None
    default_amber: float | None = None
    default_red: float | None = None
    applies_to: str = Field(default="", max_length=100)
    archived: bool = False


# The KPI's latest measurement and its status (store.derived_kpis keeps them current on
# every write; never change-logged): the portfolio's "KPIs off target" and the agenda's
# missing values read them instead of every KPI's history.
KPI_DERIVED = ("latest_period", "latest_value", "latest_status")


class EngagementKpi(Entity, table=True):
    """A KPI agreed for one engagement: target, amber/red thresholds, period, where the
    numbers come from, an owner on each side and the agreement clause or SLA behind it."""

    __tablename__ = "engagement_kpi"
    __table_args__ = (
        sa.Index("ix_engagement_kpi_latest_status", "latest_status", "engagement_id"),
        sa.Index("ix_engagement_kpi_latest_period", "latest_period", "engagement_id"),
    )

    engagement_id: str = fk("engagement.id")
    position: int = 0
    library_key: str = Field(default="", max_length=100)
    name: str = Field(max_length=300)
    description: str = ""
    unit: KpiUnit = enum_field(KpiUnit, default=KpiUnit.NUMBER)
    direction: KpiDirection = enum_field(KpiDirection, default=KpiDirection.HIGHER_BETTER)
    period: KpiPeriod = enum_field(KpiPeriod, default=KpiPeriod.MONTH)
    target: float | None = None
    amber: float | None = None
    red: float | None = None
    # The charter's free-text target (a success metric before revision 0009), verbatim.
    target_note: str = Field(default="", max_length=300)
    data_source: str = Field(default="", max_length=300)
    how_measured: str = ""
    owner_client: str = Field(default="", max_length=200)
    owner_partner: str = Field(default="", max_length=200)
    agreement_id: str | None = fk("agreement.id", nullable=True, ondelete="SET NULL")
    clause_ref: str = Field(default="", max_length=100)
    # Derived, see KPI_DERIVED: the period and value of the latest measurement (None when
    # nothing was measured) and its status, a domain.enums.Rag value (None without one).
    latest_period: date | None = None
    latest_value: float | None = None
    latest_status: str | None = Field(default=None, max_length=8)


class KpiMeasurement(Entity, table=True):
    """The value of one KPI for one period (keyed by the period's first day)."""

    __tablename__ = "kpi_measurement"
    __table_args__ = (
        sa.UniqueConstraint("kpi_id", "period_start", name="uq_kpi_measurement_period"),
    )

    kpi_id: str = fk("engagement_kpi.id", index=False)
    period_start: date
    value: float
    comment: str = ""
    entered_by: str = Field(default="", max_length=200)
