"""Reads the KPI screens need beyond store.kpis: the grid's cells with their comments and
who entered them, a KPI's fields for its edit form, engagement titles for the portfolio's
KPIs off target, and the KPIs that can be compared across partners."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import col, select

from cdmo_desktop.domain.models import Engagement, EngagementKpi, KpiMeasurement

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

KPI_FORM_FIELDS = (
    "name",
    "description",
    "unit",
    "direction",
    "period",
    "target",
    "amber",
    "red",
    "target_note",
    "data_source",
    "how_measured",
    "owner_client",
    "owner_partner",
    "agreement_id",
    "clause_ref",
    "library_key",
    "position",
)


@dataclass(frozen=True)
class GridCell:
    value: float
    comment: str
    entered_by: str


def measurement_cells(
    store: Store, engagement_id: str, since: date
) -> dict[tuple[str, date], GridCell]:
    """(kpi id, period start) -> the cell, for the engagement's values from `since` on."""
    query = (
        sa.select(
            col(KpiMeasurement.kpi_id),
            col(KpiMeasurement.period_start),
            col(KpiMeasurement.value),
            col(KpiMeasurement.comment),
            col(KpiMeasurement.entered_by),
        )
        .join(EngagementKpi, col(EngagementKpi.id) == col(KpiMeasurement.kpi_id))
        .where(
            col(EngagementKpi.engagement_id) == engagement_id,
            col(KpiMeasurement.period_start) >= since,
        )
    )
    with store.read() as s:
        rows = s.execute(query).all()
    return {(str(k), p): GridCell(float(v), c or "", e or "") for k, p, v, c, e in rows}


def kpi_form_values(store: Store, kpi_id: str) -> dict[str, Any] | None:
    """The edit form's fields of a saved KPI; None when it is gone."""
    with store.read() as s:
        kpi = s.get(EngagementKpi, kpi_id)
        if kpi is None:
            return None
        return {f: getattr(kpi, f) for f in KPI_FORM_FIELDS}


def engagement_titles(store: Store, ids: set[str]) -> dict[str, str]:
    """id -> title of the given engagements (the portfolio's list of KPIs off target)."""
    if not ids:
        return {}
    with store.read() as s:
        rows = s.execute(
            sa.select(col(Engagement.id), col(Engagement.title)).where(col(Engagement.id).in_(ids))
        ).all()
    return {str(i): str(t) for i, t in rows}


def kpi_choices(store: Store) -> list[tuple[str, str]]:
    """(library key or name, name) of the KPIs agreed in any engagement, by name: what can
    be compared across partners (a library KPI by its key, a free one by its name)."""
    with store.read() as s:
        rows = s.exec(select(EngagementKpi.library_key, EngagementKpi.name).distinct()).all()
    choices: dict[str, str] = {}
    for key, name in rows:
        choices.setdefault(str(key) or str(name), str(name))
    return sorted(choices.items(), key=lambda kv: kv[1].casefold())
