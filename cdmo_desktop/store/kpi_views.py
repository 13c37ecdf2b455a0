"""Reads the KPI screens need beyond store.kpis: the grid's cells with their comments and
who entered them, a KPI's fields for its edit form, engagement titles for the portfolio's
KPIs off target, and the partner scorecard's lines in two reads."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import col

from cdmo_desktop.domain.models import Engagement, EngagementKpi, KpiMeasurement, Partner
from cdmo_desktop.store.kpis import PartnerKpi, kpi_row

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
    row_id: str = ""  # the measurement and its row version (store.conflicts), as read
    version: int = 0


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
            col(KpiMeasurement.id),
            col(KpiMeasurement.row_version),
        )
        .join(EngagementKpi, col(EngagementKpi.id) == col(KpiMeasurement.kpi_id))
        .where(
            col(EngagementKpi.engagement_id) == engagement_id,
            col(KpiMeasurement.period_start) >= since,
        )
    )
    with store.read() as s:
        rows = s.execute(query).all()
    return {
        (str(k), p): GridCell(float(v), c or "", e or "", str(i), int(n))
        for k, p, v, c, e, i, n in rows
    }


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


def partner_kpi_lines(store: Store, partner_id: str, today: date) -> list[PartnerKpi]:
    """The partner's scorecard as lines (every KPI of its engagements that are not
    archived, in the scorecard's order) in two reads: store.kpis.partner_scorecard reads
    each engagement apart, two queries each, too slow to refresh on screen for a partner
    with many engagements."""
    query = (
        sa.select(EngagementKpi, col(Engagement.title), col(Engagement.start_date))
        .join(Engagement, col(Engagement.id) == col(EngagementKpi.engagement_id))
        .where(col(Engagement.partner_id) == partner_id, col(Engagement.archived).is_(False))
        .order_by(
            col(Engagement.start_date),
            col(Engagement.title),
            col(Engagement.id),
            col(EngagementKpi.position),
            col(EngagementKpi.name),
            col(EngagementKpi.id),
        )
    )
    with store.read() as s:
        partner = s.get(Partner, partner_id)
        if partner is None:
            return []
        found = s.execute(query).all()
        ids = [k.id for k, _t, _s in found]
        measured: dict[str, list[tuple[date, float]]] = defaultdict(list)
        for start in range(0, len(ids), 500):
            rows = s.execute(
                sa.select(
                    col(KpiMeasurement.kpi_id),
                    col(KpiMeasurement.period_start),
                    col(KpiMeasurement.value),
                )
                .where(col(KpiMeasurement.kpi_id).in_(ids[start : start + 500]))
                .order_by(col(KpiMeasurement.kpi_id), col(KpiMeasurement.period_start))
            ).all()
            for kpi_id, period, value in rows:
                measured[str(kpi_id)].append((period, float(value)))
    return [
        PartnerKpi(
            partner.id,
            partner.name,
            kpi.engagement_id,
            str(title),
            kpi_row(kpi, measured.get(kpi.id, []), today, started),
        )
        for kpi, title, started in found
    ]
