"""The partner's KPI scorecard as a reassessment freezes it on the day it is completed.

The one place that reads the KPI tables for a reassessment (through store.kpis): the
reassessment row keeps the scorecard as JSON (domain.kpi_scorecard.Scorecard.to_json), so
later edits of measurements never change a past assessment; domain.reassessment's
FrozenScorecard is the view the editor, the PDF and the status report print."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from cdmo_desktop.domain.reassessment import FrozenScorecard
from cdmo_desktop.store.kpis import scorecard_in


def scorecard_json(session: Session, partner_id: str, today: date) -> str:
    """The partner's scorecard across its engagements as it stands `today`, as JSON."""
    return scorecard_in(session, partner_id, today).to_json()


def current_scorecard(session: Session, partner_id: str, today: date) -> FrozenScorecard:
    view = FrozenScorecard.from_json(scorecard_json(session, partner_id, today))
    assert view is not None
    return view
