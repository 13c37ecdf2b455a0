"""The partner's KPI scorecard as a reassessment freezes it on the day it is completed.

The one place that reads the KPI tables for a reassessment (through store.kpis): the
reassessment row keeps the scorecard as JSON (domain.kpi_scorecard.Scorecard.to_json), so
later edits of measurements never change a past assessment; `frozen_view` turns it into
domain.reassessment's FrozenScorecard, the view the editor, the PDF and the status report
print."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session

from cdmo_desktop.domain.enums import KpiPeriod
from cdmo_desktop.domain.kpi import period_label
from cdmo_desktop.domain.kpi_scorecard import Scorecard
from cdmo_desktop.domain.reassessment import FrozenKpi, FrozenScorecard
from cdmo_desktop.store.kpis import scorecard_in


def scorecard_json(session: Session, partner_id: str, today: date) -> str:
    """The partner's scorecard across its engagements as it stands `today`, as JSON."""
    return scorecard_in(session, partner_id, today).to_json()


def current_scorecard(session: Session, partner_id: str, today: date) -> FrozenScorecard:
    view = frozen_view(scorecard_json(session, partner_id, today))
    assert view is not None
    return view


def frozen_view(text: str) -> FrozenScorecard | None:
    """The view of a scorecard frozen as JSON; None for an empty text (a reassessment not
    completed)."""
    if not text:
        return None
    card = Scorecard.from_json(text)
    kpis = []
    for e in card.engagements:
        for k in e.kpis:
            when = k.latest_period
            kpis.append(
                FrozenKpi(
                    engagement=e.title,
                    name=k.name,
                    unit=_value(k.unit),
                    target=k.target,
                    period=period_label(KpiPeriod(_value(k.period)), when) if when else "",
                    value=k.latest_value,
                    status=_value(k.status),
                    trend=_value(k.trend),
                )
            )
    return FrozenScorecard(partner=card.partner_name, as_of=card.as_of, kpis=tuple(kpis))


def _value(member: Any) -> str:
    """An enum member's stored value ("" for None; a JSON-read value is already text)."""
    return "" if member is None else str(getattr(member, "value", member))
