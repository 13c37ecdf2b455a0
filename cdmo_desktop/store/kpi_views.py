"""Reads the KPI screens need beyond store.kpis: the grid's cells with their comments and
who entered them, a KPI's fields for its edit form, the portfolio's KPIs off target and
values missing, and the partner scorecard's lines (every engagement's KPIs, or one KPI at
every partner)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import EngagementStatus, KpiDirection, KpiPeriod, KpiUnit, Rag
from cdmo_desktop.domain.kpi import kpi_status, next_period, period_start, previous_period
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


# --- the portfolio: KPIs off target and values missing ----------------------------------------
_KPI_FIELDS = (
    EngagementKpi.id,
    EngagementKpi.engagement_id,
    EngagementKpi.name,
    EngagementKpi.unit,
    EngagementKpi.direction,
    EngagementKpi.period,
    EngagementKpi.target,
    EngagementKpi.amber,
    EngagementKpi.red,
    EngagementKpi.owner_partner,
)


def _running() -> Any:
    return sa.and_(
        col(Engagement.archived).is_(False), col(Engagement.status) != EngagementStatus.CLOSED
    )


def off_target_kpis(store: Store) -> list[tuple[str, KpiRow]]:
    """(engagement title, KPI) of every KPI of a running engagement whose latest value is
    amber or red."""
    latest = (
        sa.select(
            col(KpiMeasurement.kpi_id).label("kpi_id"),
            sa.func.max(col(KpiMeasurement.period_start)).label("last"),
        )
        .group_by(col(KpiMeasurement.kpi_id))
        .subquery()
    )
    query = (
        sa.select(*(col(f) for f in _KPI_FIELDS), col(Engagement.title), latest.c.last)
        .add_columns(col(KpiMeasurement.value))
        .join(latest, latest.c.kpi_id == col(EngagementKpi.id))
        .join(
            KpiMeasurement,
            sa.and_(
                col(KpiMeasurement.kpi_id) == latest.c.kpi_id,
                col(KpiMeasurement.period_start) == latest.c.last,
            ),
        )
        .join(Engagement, col(Engagement.id) == col(EngagementKpi.engagement_id))
        .where(_running())
    )
    with store.read() as s:
        rows = s.execute(query).all()
    out = []
    for kid, eid, name, unit, direction, period, target, amber, red, _o, title, last, value in rows:
        status = kpi_status(KpiDirection(direction), target, amber, red, value)
        if status in (Rag.AMBER, Rag.RED):
            row = KpiRow(
                id=str(kid),
                engagement_id=str(eid),
                name=str(name),
                unit=KpiUnit(unit),
                direction=KpiDirection(direction),
                period=KpiPeriod(period),
                target=target,
                amber=amber,
                red=red,
                latest_period=last if isinstance(last, date) else date.fromisoformat(str(last)),
                latest_value=float(value),
                status=status,
            )
            out.append((str(title), row))
    return out


@dataclass(frozen=True)
class MissingValue:
    """A KPI of a running engagement without a value for its last ended period."""

    engagement_id: str
    engagement_title: str
    kpi_id: str
    kpi_name: str
    period: KpiPeriod
    period_start: date
    owner: str


def missing_kpi_values(store: Store, today: date) -> list[MissingValue]:
    """Each KPI whose last ended period (last month, quarter or year) has no value, for the
    engagements running since before that period ended."""
    ended = {p: previous_period(p, period_start(p, today)) for p in KpiPeriod}
    measured = sa.exists().where(
        col(KpiMeasurement.kpi_id) == col(EngagementKpi.id),
        sa.or_(
            *(
                sa.and_(col(EngagementKpi.period) == p, col(KpiMeasurement.period_start) == start)
                for p, start in ended.items()
            )
        ),
    )
    started = sa.or_(
        col(Engagement.start_date).is_(None),
        *(
            sa.and_(
                col(EngagementKpi.period) == p,
                col(Engagement.start_date) < next_period(p, start),
            )
            for p, start in ended.items()
        ),
    )
    query = (
        sa.select(*(col(f) for f in _KPI_FIELDS), col(Engagement.title))
        .join(Engagement, col(Engagement.id) == col(EngagementKpi.engagement_id))
        .where(_running(), started, ~measured)
        .order_by(col(Engagement.title), col(EngagementKpi.position))
    )
    with store.read() as s:
        rows = s.execute(query).all()
    return [
        MissingValue(
            str(eid), str(title), str(kid), str(name), KpiPeriod(p), ended[KpiPeriod(p)], owner
        )
        for kid, eid, name, _u, _d, p, _t, _a, _r, owner, title in rows
    ]


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
