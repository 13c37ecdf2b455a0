"""A KPI's derived fields: its latest measurement (period and value) and that value's
status (green, amber, red from the thresholds and direction, as domain.kpi.kpi_status), so
the portfolio's "KPIs off target" count and list and the agenda's missing values read one
indexed row per KPI instead of seeking every KPI's history.

Kept current for every write path (forms, the entry grid, paste, undo and redo through
Store.replay, imports) by `after_flush`: a KPI whose measurements were inserted, changed or
deleted in the flush, and a KPI written itself (new, or its target, thresholds or
direction edited), gets its three columns recomputed by two set-based UPDATEs per chunk of
ids (derived data written outside the ORM, never change-logged: changesets.CAPTURE_SKIP).
`rebuild` recomputes every KPI (rows written around the hook, the migration 0012).
Portable SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from cdmo_desktop.domain.enums import KpiDirection, Rag
from cdmo_desktop.domain.models import EngagementKpi, KpiMeasurement
from cdmo_desktop.store import changesets

K = cast(sa.Table, sa.inspect(EngagementKpi).local_table)
M = cast(sa.Table, sa.inspect(KpiMeasurement).local_table)
OFF_TARGET: tuple[str, ...] = (Rag.RED.value, Rag.AMBER.value)
_CHUNK = 500


def _worse(value: Any, line: Any) -> Any:
    """SQL: `value` is on the bad side of `line` for the KPI's direction."""
    return sa.case(
        (K.c.direction == KpiDirection.LOWER_BETTER.value, value > line),
        else_=value < line,
    )


def status_expression(value: Any) -> Any:
    """SQL: the status of `value` for the KPI row's direction, target and thresholds, as
    domain.kpi.kpi_status (NULL without a value or without any line)."""
    amber_line = sa.func.coalesce(K.c.amber, K.c.target)
    return sa.case(
        (value.is_(None), sa.null()),
        (sa.and_(amber_line.is_(None), K.c.red.is_(None)), sa.null()),
        (sa.and_(K.c.red.is_not(None), _worse(value, K.c.red)), Rag.RED.value),
        (sa.and_(amber_line.is_not(None), _worse(value, amber_line)), Rag.AMBER.value),
        else_=Rag.GREEN.value,
    )


def _latest(column: sa.Column[Any]) -> Any:
    return (
        sa.select(column)
        .where(M.c.kpi_id == K.c.id)
        .order_by(M.c.period_start.desc())
        .limit(1)
        .scalar_subquery()
    )


def refresh(connection: sa.Connection, where: Any) -> None:
    """Recompute the latest period, value and status of the KPIs matching `where`: the
    latest measurement first, then its status from the stored value (an UPDATE's
    expressions read the row as it was)."""
    connection.execute(
        sa.update(K)
        .where(where)
        .values(latest_period=_latest(M.c.period_start), latest_value=_latest(M.c.value))
    )
    connection.execute(
        sa.update(K).where(where).values(latest_status=status_expression(K.c.latest_value))
    )


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _kpi_ids(obj: KpiMeasurement) -> set[str]:
    """The KPI of a measurement, and the KPI it was moved from."""
    out = {obj.kpi_id} if obj.kpi_id else set()
    history = sa.inspect(obj).attrs.kpi_id.history
    out.update(k for k in history.deleted or () if k)
    return out


def touched(session: Session) -> set[str]:
    """Ids of the KPIs whose latest values this flush may have changed."""
    out: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, KpiMeasurement):
            out |= _kpi_ids(obj)
        elif (
            isinstance(obj, EngagementKpi)
            and obj not in session.deleted
            and (obj in session.new or session.is_modified(obj, include_collections=False))
        ):
            out.add(obj.id)
    return out


def after_flush(session: Session) -> None:
    """The KPIs touched by this flush get their latest values recomputed."""
    ids = sorted(touched(session))
    if not ids:
        return
    connection = session.connection()
    for chunk in _chunks(ids):
        refresh(connection, K.c.id.in_(chunk))
    changesets.note_tables(session, "engagement_kpi")


def rebuild(connection: sa.Connection) -> None:
    """Recompute every KPI's latest values (after rows were written around the flush hook,
    or by a migration)."""
    refresh(connection, sa.true())
