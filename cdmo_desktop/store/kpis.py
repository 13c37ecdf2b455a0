"""Reading KPIs: an engagement's KPIs with their latest value, status and trend, their
measurements, the spreadsheet-like entry grid and the KPI library (shipped + own).

Writes are in store.kpi_edits. Status and trend come from domain.kpi; "today" is
domain.clock.today() unless a caller passes another day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, cast

import sqlalchemy as sa
from sqlmodel import Session, col, or_, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import (
    EngagementStatus,
    KpiDirection,
    KpiPeriod,
    KpiUnit,
    Phase,
    Rag,
)
from cdmo_desktop.domain.kpi import (
    RECENT,
    KpiTemplate,
    kpi_status,
    kpi_trend,
    last_periods,
    next_period,
    period_ended,
    period_label,
    period_start,
    previous_period,
    shipped_library,
)
from cdmo_desktop.domain.kpi_scorecard import KpiRow, Scorecard, ScorecardEngagement
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    Engagement,
    EngagementKpi,
    KpiDefinition,
    KpiMeasurement,
    Partner,
)
from cdmo_desktop.store import derived_kpis

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store


@dataclass(frozen=True)
class MeasurementRow:
    id: str
    kpi_id: str
    period_start: date
    value: float
    comment: str
    entered_by: str


def kpi_row(
    kpi: EngagementKpi,
    measured: Sequence[tuple[date, float]],
    today: date,
    first_due: date | None = None,
) -> KpiRow:
    """The row of `kpi` from its measurements (period, value) oldest first. `first_due` is
    the first period a value is expected for when there is none yet (the engagement's
    start)."""
    period = KpiPeriod(kpi.period)
    direction = KpiDirection(kpi.direction)
    values = [v for _, v in measured]
    latest_period, latest_value = measured[-1] if measured else (None, None)
    if latest_period is not None:
        candidate: date | None = next_period(period, latest_period)
    elif first_due is not None and (kpi.target is not None or kpi.red is not None):
        # a free-text success metric ("potency IC50 < 10 nM") is not reported per period
        candidate = period_start(period, first_due)
    else:
        candidate = None
    missing = candidate if candidate and period_ended(period, candidate, today) else None
    return KpiRow(
        id=kpi.id,
        engagement_id=kpi.engagement_id,
        name=kpi.name,
        unit=KpiUnit(kpi.unit),
        direction=direction,
        period=period,
        target=kpi.target,
        amber=kpi.amber,
        red=kpi.red,
        latest_period=latest_period,
        latest_value=latest_value,
        status=kpi_status(direction, kpi.target, kpi.amber, kpi.red, latest_value),
        trend=kpi_trend(values, direction),
        recent=tuple(values[-RECENT:]),
        missing_since=missing,
        position=kpi.position,
        library_key=kpi.library_key,
        description=kpi.description,
        target_note=kpi.target_note,
        data_source=kpi.data_source,
        how_measured=kpi.how_measured,
        owner_client=kpi.owner_client,
        owner_partner=kpi.owner_partner,
        agreement_id=kpi.agreement_id,
        clause_ref=kpi.clause_ref,
    )


def _measured(session: Session, kpi_ids: Iterable[str]) -> dict[str, list[tuple[date, float]]]:
    ids = list(kpi_ids)
    out: dict[str, list[tuple[date, float]]] = defaultdict(list)
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
        for kpi_id, start_day, value in rows:
            out[kpi_id].append((start_day, value))
    return out


def _first_due(engagement: Engagement | None) -> date | None:
    return engagement.start_date if engagement is not None else None


def kpi_rows(session: Session, engagement_id: str, today: date | None = None) -> list[KpiRow]:
    """The engagement's KPIs in their agreed order (within an open session)."""
    today = today or clock.today()
    kpis = session.exec(
        select(EngagementKpi)
        .where(EngagementKpi.engagement_id == engagement_id)
        .order_by(col(EngagementKpi.position), col(EngagementKpi.name), col(EngagementKpi.id))
    ).all()
    measured = _measured(session, (k.id for k in kpis))
    first_due = _first_due(session.get(Engagement, engagement_id))
    return [kpi_row(k, measured.get(k.id, []), today, first_due) for k in kpis]


def engagement_kpis(store: Store, engagement_id: str, today: date | None = None) -> list[KpiRow]:
    """The engagement's KPIs with latest value, status, trend and sparkline values."""
    with store.read() as s:
        return kpi_rows(s, engagement_id, today)


def kpi_measurements(store: Store, kpi_id: str) -> list[MeasurementRow]:
    """Every measurement of one KPI, oldest period first."""
    with store.read() as s:
        rows = s.exec(
            select(KpiMeasurement)
            .where(KpiMeasurement.kpi_id == kpi_id)
            .order_by(col(KpiMeasurement.period_start))
        ).all()
        return [
            MeasurementRow(m.id, m.kpi_id, m.period_start, m.value, m.comment, m.entered_by)
            for m in rows
        ]


@dataclass(frozen=True)
class MeasurementGrid:
    """The entry grid: one row per KPI, one column per period (oldest first), a cell holds
    the KPI's value for the period the column falls in (None when not entered).

    The columns are periods of the finest period among the KPIs (months when any KPI is
    monthly): a quarterly KPI's value shows in each month of its quarter, and a value typed
    in any of them is the quarter's (`period_of`)."""

    period: KpiPeriod
    periods: tuple[date, ...]
    rows: tuple[KpiRow, ...]
    cells: tuple[tuple[float | None, ...], ...]

    def label(self, column: int) -> str:
        return period_label(self.period, self.periods[column])

    def period_of(self, row: int, column: int) -> date:
        """The first day of the KPI's own period the cell stands for."""
        return period_start(self.rows[row].period, self.periods[column])


_FINEST = (KpiPeriod.MONTH, KpiPeriod.QUARTER, KpiPeriod.YEAR)


def measurement_grid(
    store: Store, engagement_id: str, periods: int = 12, today: date | None = None
) -> MeasurementGrid:
    """The last `periods` periods (up to the current one) of every KPI of the engagement."""
    today = today or clock.today()
    with store.read() as s:
        rows = kpi_rows(s, engagement_id, today)
        measured = _measured(s, (r.id for r in rows))
    present = {r.period for r in rows}
    finest = next((p for p in _FINEST if p in present), KpiPeriod.MONTH)
    columns = tuple(last_periods(finest, today, periods))
    cells = []
    for row in rows:
        values = dict(measured.get(row.id, []))
        cells.append(tuple(values.get(period_start(row.period, c)) for c in columns))
    return MeasurementGrid(finest, columns, tuple(rows), tuple(cells))


# --- the library -------------------------------------------------------------------------------
def own_template(d: KpiDefinition) -> KpiTemplate:
    return KpiTemplate(
        key=d.key,
        name=d.name,
        unit=KpiUnit(d.unit),
        direction=KpiDirection(d.direction),
        period=KpiPeriod(d.period),
        target=d.default_target,
        amber=d.default_amber,
        red=d.default_red,
        applies_to=tuple(a for a in d.applies_to.replace(",", " ").split() if a),
        description=d.description,
        own=True,
    )


def own_definitions(session: Session) -> list[KpiDefinition]:
    return list(
        session.exec(
            select(KpiDefinition)
            .where(col(KpiDefinition.archived).is_(False))
            .order_by(col(KpiDefinition.name))
        ).all()
    )


def library_templates(session: Session) -> list[KpiTemplate]:
    own = [own_template(d) for d in own_definitions(session)]
    taken = {t.key for t in own}
    return own + [t for t in shipped_library() if t.key not in taken]


def kpi_library(store: Store) -> list[KpiTemplate]:
    """The KPI library: the consultant's own entries first (by name), then the shipped
    ones (an own entry with a shipped key replaces it)."""
    with store.read() as s:
        return library_templates(s)


# --- the partner scorecard ---------------------------------------------------------------------
def scorecard_in(session: Session, partner_id: str, today: date) -> Scorecard:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise LookupError(
            msg(
                QT_TRANSLATE_NOOP("messages", "No partner with id {partner_id}."),
                partner_id=partner_id,
            )
        )
    engagements = session.exec(
        select(Engagement)
        .where(Engagement.partner_id == partner_id, col(Engagement.archived).is_(False))
        .order_by(col(Engagement.start_date), col(Engagement.title), col(Engagement.id))
    ).all()
    rows = tuple(
        ScorecardEngagement(
            id=e.id,
            title=e.title,
            phase=str(Phase(e.phase).value),
            status=str(EngagementStatus(e.status).value),
            kpis=tuple(kpi_rows(session, e.id, today)),
        )
        for e in engagements
    )
    return Scorecard(partner.id, partner.name, today, rows)


def partner_scorecard(store: Store, partner_id: str, today: date | None = None) -> Scorecard:
    """The KPI scorecard of one partner across its (not archived) engagements."""
    with store.read() as s:
        return scorecard_in(s, partner_id, today or clock.today())


@dataclass(frozen=True)
class PartnerKpi:
    """One partner's value of a KPI (across partners for one KPI)."""

    partner_id: str
    partner_name: str
    engagement_id: str
    engagement_title: str
    kpi: KpiRow


def kpi_across_partners(
    store: Store, library_key_or_name: str, today: date | None = None
) -> list[PartnerKpi]:
    """Every engagement KPI from the library entry `library_key_or_name` (or named so,
    case-blind), by partner then engagement."""
    today = today or clock.today()
    wanted = library_key_or_name.strip()
    with store.read() as s:
        query = (
            select(EngagementKpi, Engagement, Partner)
            .join(Engagement, col(Engagement.id) == col(EngagementKpi.engagement_id))
            .join(Partner, col(Partner.id) == col(Engagement.partner_id))
            .where(
                col(Engagement.archived).is_(False),
                or_(
                    col(EngagementKpi.library_key) == wanted,
                    sa.func.lower(col(EngagementKpi.name)) == wanted.lower(),
                ),
            )
            .order_by(col(Partner.name), col(Engagement.title), col(EngagementKpi.position))
        )
        found = s.exec(query).all()
        measured = _measured(s, (k.id for k, _, _ in found))
        return [
            PartnerKpi(p.id, p.name, e.id, e.title, kpi_row(k, measured.get(k.id, []), today))
            for k, e, p in found
        ]


# --- the portfolio: KPIs off target, values missing -----------------------------------------
_K = sa.inspect(EngagementKpi).local_table
_E = sa.inspect(Engagement).local_table
_M = sa.inspect(KpiMeasurement).local_table
_BOOKKEEPING = ("created_at", "updated_at")


def _current() -> tuple[Any, ...]:
    """The engagements the portfolio counts: not archived, not closed."""
    return (_E.c.archived.is_(False), _E.c.status != EngagementStatus.CLOSED)


def _off_target() -> Any:
    return _K.c.latest_status.in_(derived_kpis.OFF_TARGET)


def _latest(session: Session, *where: Any, limit: int | None = None) -> Sequence[Any]:
    """The KPIs of current engagements (not archived, not closed) matching `where`, with
    their stored latest period, value and status (store.derived_kpis) and their
    engagement's start (`engagement_start`): red first, then by engagement title and the
    KPIs' order. Rows of the KPI's columns rather than ORM objects, portable SQL."""
    red_first = sa.case((_K.c.latest_status == Rag.RED.value, 0), else_=1)
    columns = [c for c in _K.c if c.key not in _BOOKKEEPING]  # timestamps parse slowly
    query = (
        sa.select(*columns, _E.c.start_date.label("engagement_start"))
        .join(_E, _E.c.id == _K.c.engagement_id)
        .where(*_current(), *where)
        .order_by(red_first, _E.c.title, _K.c.position, _K.c.id)
        .limit(limit)
    )
    return session.connection().execute(query).all()


def kpis_off_target(store: Store) -> int:
    """How many KPIs of current engagements have an amber or red latest value (a count on
    the stored status's index)."""
    query = (
        sa.select(sa.func.count())
        .select_from(_K.join(_E, _E.c.id == _K.c.engagement_id))
        .where(_off_target(), *_current())
    )
    with store.read() as s:
        return int(s.connection().execute(query).scalar_one())


def off_target_counts(store: Store) -> tuple[int, int]:
    """How many KPIs of current engagements are red and how many amber (by their latest
    value; one grouped count on the stored status's index)."""
    query = (
        sa.select(_K.c.latest_status, sa.func.count())
        .select_from(_K.join(_E, _E.c.id == _K.c.engagement_id))
        .where(_off_target(), *_current())
        .group_by(_K.c.latest_status)
    )
    with store.read() as s:
        counts = {str(status): int(n) for status, n in s.connection().execute(query)}
    return counts.get(Rag.RED.value, 0), counts.get(Rag.AMBER.value, 0)


def _recent(session: Session, found: Sequence[sa.Row[Any]]) -> dict[str, list[tuple[date, float]]]:
    """The last RECENT measurements of each KPI in `found` (read from RECENT periods
    before the earliest latest value of each period length, not the whole history)."""
    out: dict[str, list[tuple[date, float]]] = defaultdict(list)
    run = session.connection().execute
    for period in KpiPeriod:
        group = [k for k in found if k.period == period and k.latest_period is not None]
        if not group:
            continue
        since = min(k.latest_period for k in group)
        for _ in range(RECENT):
            since = previous_period(period, since)
        ids = [k.id for k in group]
        for offset in range(0, len(ids), 500):
            rows = run(
                sa.select(_M.c.kpi_id, _M.c.period_start, _M.c.value)
                .where(_M.c.kpi_id.in_(ids[offset : offset + 500]), _M.c.period_start > since)
                .order_by(_M.c.kpi_id, _M.c.period_start)
            )
            for kpi_id, day, value in rows:
                out[kpi_id].append((day, value))
    return out


def off_target_kpis(
    store: Store, today: date | None = None, *, limit: int | None = None
) -> list[KpiRow]:
    """The KPIs of current engagements whose latest value is amber or red: red first, then
    by engagement; at most `limit` of them (all when None)."""
    today = today or clock.today()
    with store.read() as s:
        found = _latest(s, _off_target(), limit=limit)
        recent = _recent(s, found)
    # a row of the KPI's columns reads like the model (kpi_row reads its attributes)
    return [
        kpi_row(cast(EngagementKpi, k), recent.get(k.id, []), today, k.engagement_start)
        for k in found
    ]


@dataclass(frozen=True)
class MissingValue:
    """An ended period of an active engagement's KPI with no value (an agenda entry)."""

    engagement_id: str
    engagement_title: str
    kpi_id: str
    kpi_name: str
    period_start: date
    period: KpiPeriod

    @property
    def label(self) -> str:
        return period_label(self.period, self.period_start)


def missing_kpi_values(store: Store, today: date | None = None) -> list[MissingValue]:
    """For each KPI of an active engagement, the first ended period after its latest value
    that has none (from the engagement's start when nothing was measured and the KPI has a
    numeric target), oldest first."""
    today = today or clock.today()
    # A period after the latest value has ended only if the latest value is at least two
    # months old (months are the shortest period): the index on the stored latest period
    # reads those and the KPIs never measured; the exact rule per period follows.
    stale = previous_period(KpiPeriod.MONTH, period_start(KpiPeriod.MONTH, today))
    query = (
        sa.select(
            col(EngagementKpi.engagement_id),
            col(Engagement.title),
            col(EngagementKpi.id),
            col(EngagementKpi.name),
            col(EngagementKpi.period),
            col(EngagementKpi.target),
            col(EngagementKpi.red),
            col(EngagementKpi.latest_period),
            col(Engagement.start_date),
        )
        # The stale KPIs first (their latest-period index), then each one's engagement: the
        # KPI's side of the join is an expression no index serves, else SQLite walks every
        # engagement along the title index looking for KPIs (0.5 s at 100,000 engagements).
        .join(
            Engagement,
            col(Engagement.id) == sa.func.coalesce(col(EngagementKpi.engagement_id), ""),
        )
        .where(
            col(Engagement.archived).is_(False),
            col(Engagement.status) == EngagementStatus.ACTIVE,
            or_(
                col(EngagementKpi.latest_period).is_(None),
                col(EngagementKpi.latest_period) < stale,
            ),
        )
        .order_by(col(Engagement.title), col(EngagementKpi.position), col(EngagementKpi.id))
    )
    out = []
    with store.read() as s:
        rows = s.execute(query).all()
    for engagement_id, title, kpi_id, name, period, target, red, latest, start in rows:
        if latest is not None:
            due: date | None = next_period(period, latest)
        elif start is not None and (target is not None or red is not None):
            due = period_start(period, start)
        else:
            due = None
        if due is not None and period_ended(period, due, today):
            out.append(MissingValue(engagement_id, title, kpi_id, name, due, period))
    return sorted(out, key=lambda m: (m.period_start, m.engagement_title, m.kpi_name))
