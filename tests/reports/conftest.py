"""Report fixtures: the demo portfolio's engagements and agreements by title."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from cdmo_desktop.domain.models import Agreement, Engagement
from cdmo_desktop.domain.snapshot import StatusForm
from tests.conftest import DEMO_TODAY

PROCESS = "ART-417 process development and first GMP campaign"


def engagement_id(store, title: str = PROCESS) -> str:
    with store.read() as s:
        return s.exec(select(Engagement.id).where(Engagement.title == title)).one()


def agreement_id(store, title: str) -> str:
    with store.read() as s:
        return s.exec(select(Agreement.id).where(Agreement.title == title)).one()


def form(**kw) -> StatusForm:
    values = dict(
        period_start=date(2026, 10, 24),
        period_end=DEMO_TODAY,
        overall_status="amber",
        summary="Engineering batch released; the GMP slot at Sanford is at risk.",
        highlights="- Engineering batch passed release\n- Pre-IND question sent",
        asks_of_partner="- Confirm the QC slot for batch 3",
        asks_of_client="- Approve the revised specification",
        prepared_by="Dana Consultant",
        prepared_on=DEMO_TODAY,
    )
    values.update(kw)
    return StatusForm(**values)  # type: ignore[arg-type]


@pytest.fixture
def process_id(demo_store) -> str:
    return engagement_id(demo_store)
