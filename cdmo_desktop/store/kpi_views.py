"""Reads the KPI screens need beyond store.kpis: the grid's cells with their comments and
who entered them, and a KPI's fields for its edit form."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain.models import Engagement, EngagementKpi, KpiMeasurement, Partner
from cdmo_desktop.store.kpis import KpiRow, kpi_row

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
    """id -> title of the given engagements."""
    if not ids:
        return {}
    with store.read() as s:
        rows = s.exec(select(Engagement.id, Engagement.title).where(col(Engagement.id).in_(ids)))
        return {str(i): str(t) for i, t in rows}


# --- the partner scorecard on screen --------------------------------------------------------
@dataclass(frozen=True)
class ScorecardLine:
    """One KPI of one engagement, with whose engagement (and partner) it is."""

    engagement_id: str
    engagement_title: str
    partner_id: str
    partner_name: str
    kpi: KpiRow


def _lines(session: Session, today: date, *conditions: Any) -> list[ScorecardLine]:
    query = (
        sa.select(
            EngagementKpi,
            col(Engagement.title),
            col(Engagement.start_date),
            col(Partner.id),
            col(Partner.name),
        )
        .join(Engagement, col(Engagement.id) == col(EngagementKpi.engagement_id))
        .join(Partner, col(Partner.id) == col(Engagement.partner_id))
        .where(*conditions)
        .order_by(
            col(Partner.name),
            col(Engagement.title),
            col(EngagementKpi.position),
            col(EngagementKpi.name),
        )
    )
    found = session.execute(query).all()
    measured: dict[str, list[tuple[date, float]]] = defaultdict(list)
    ids = [k.id for k, *_ in found]
    for start in range(0, len(ids), 500):
        rows = session.exec(
            select(
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
        ScorecardLine(
            kpi.engagement_id,
            str(title),
            str(pid),
            str(pname),
            kpi_row(kpi, measured.get(kpi.id, []), today, started),
        )
        for kpi, title, started, pid, pname in found
    ]


def partner_kpi_lines(store: Store, partner_id: str, today: date) -> list[ScorecardLine]:
    """Every KPI of every engagement with the partner (archived engagements left out), by
    engagement and the KPIs' agreed order."""
    with store.read() as s:
        return _lines(
            s,
            today,
            col(Engagement.partner_id) == partner_id,
            col(Engagement.archived).is_(False),
        )


def kpi_choices(store: Store) -> list[tuple[str, str]]:
    """(library key or name, name) of the KPIs agreed in any engagement, by name: what can
    be compared across partners (a library KPI by its key, a free one by its name)."""
    with store.read() as s:
        rows = s.exec(select(EngagementKpi.library_key, EngagementKpi.name).distinct()).all()
    choices: dict[str, str] = {}
    for key, name in rows:
        choices.setdefault(str(key) or str(name), str(name))
    return sorted(choices.items(), key=lambda kv: kv[1].casefold())


def kpi_lines_across_partners(store: Store, key_or_name: str, today: date) -> list[ScorecardLine]:
    """One KPI (a library key, or the name of a free KPI) in every engagement that agreed
    it, by partner."""
    with store.read() as s:
        match = sa.or_(
            col(EngagementKpi.library_key) == key_or_name,
            sa.and_(col(EngagementKpi.library_key) == "", col(EngagementKpi.name) == key_or_name),
        )
        return _lines(s, today, match, col(Engagement.archived).is_(False))
