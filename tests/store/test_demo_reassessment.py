"""The demo portfolio carries a completed partner reassessment with a candidate partner
compared and the previous assessment of the same partner, and a postponed one on the
agenda."""

from __future__ import annotations

from cdmo_desktop.domain.reassessment import Criterion, ReassessmentOutcome, ReassessmentStatus
from cdmo_desktop.store import Store
from cdmo_desktop.store.portfolio import agenda
from cdmo_desktop.store.reassessments import (
    engagement_reassessments,
    reassessment_detail,
    take_reassessment_summary,
)
from cdmo_desktop.store.references import resolve_engagement
from tests.conftest import DEMO_TODAY

PROCESS = "ART-417 process development and first GMP campaign"


def test_the_demo_has_a_completed_reassessment_with_a_candidate(demo_store: Store) -> None:
    engagement_id = resolve_engagement(demo_store, PROCESS)
    summary = take_reassessment_summary(demo_store, engagement_id)
    assert summary is not None
    assert summary.outcome == ReassessmentOutcome.CONTINUE_WITH_CONDITIONS
    assert summary.columns[:2] == ("Hollis Ridge Pharma Services", "Deccan Synthesis")
    assert summary.columns[2].startswith("Previous (")
    capability = next(ln for ln in summary.lines if ln.criterion == Criterion.CAPABILITY)
    assert capability.scores == (2, 5, 4)
    assert len(summary.conditions) == 2 and summary.scorecard is not None
    assert summary.scorecard.kpis and summary.scorecard.counts()["red"] >= 1


def test_the_demo_agenda_shows_a_postponed_reassessment(demo_store: Store) -> None:
    with demo_store.read() as s:
        due = [i for i in agenda(s, DEMO_TODAY) if i.kind == "reassessment"]
    assert [i.engagement_title for i in due] == ["ART-417 API scale-up to 100 kg"]
    assert due[0].title == "Reassess Deccan Synthesis (Scale up → Clinical supply)"


def test_demo_reassessments_are_complete_or_due(demo_store: Store) -> None:
    engagement_id = resolve_engagement(demo_store, PROCESS)
    rows = engagement_reassessments(demo_store, engagement_id)
    assert [r.status for r in rows] == [ReassessmentStatus.COMPLETED] * 2
    latest = reassessment_detail(demo_store, rows[0].id)
    assert latest.previous is not None and latest.previous.id == rows[1].id
