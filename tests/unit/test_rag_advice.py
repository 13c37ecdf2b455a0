"""When the overall RAG needs an update: a newer status report that says otherwise, or open
critical risks and late work while it says Green; never from an older report, never a
lowered RAG from the evidence alone, never for a closed engagement."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from cdmo_desktop.domain.enums import EngagementStatus, Rag
from cdmo_desktop.domain.rag_advice import RagAdvice, RagEvidence, rag_advice

SET = datetime(2026, 11, 1, 9, 0)  # naive UTC, as SQLite gives it back
LATER = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
ACTIVE = EngagementStatus.ACTIVE


def evidence(
    rag: Rag | None = Rag.GREEN, status: EngagementStatus = ACTIVE, **kw: Any
) -> RagEvidence:
    return RagEvidence(status=status, rag=rag, rag_set_at=SET, **kw)


def test_the_case_of_the_issue_an_amber_report_two_critical_risks_an_overdue_action() -> None:
    e = evidence(
        report_status=Rag.AMBER,
        report_date=date(2026, 11, 10),
        report_issued_at=LATER,
        critical_risks=2,
        overdue_actions=1,
    )
    assert rag_advice(e) == RagAdvice(Rag.AMBER, report=Rag.AMBER, floor=Rag.AMBER)


def test_a_rag_that_agrees_needs_nothing() -> None:
    assert rag_advice(evidence()) is None
    assert rag_advice(evidence(Rag.AMBER, critical_risks=1)) is None
    assert rag_advice(evidence(Rag.AMBER, report_status=Rag.AMBER, report_issued_at=LATER)) is None


def test_a_rag_set_after_the_report_is_a_deliberate_call() -> None:
    before = SET.replace(tzinfo=UTC) - timedelta(days=3)
    assert rag_advice(evidence(Rag.GREEN, report_status=Rag.RED, report_issued_at=before)) is None
    # The same moment in another time zone is still before the RAG was set.
    elsewhere = (
        (SET - timedelta(minutes=1)).replace(tzinfo=UTC).astimezone(timezone(timedelta(hours=5)))
    )
    assert (
        rag_advice(evidence(Rag.GREEN, report_status=Rag.RED, report_issued_at=elsewhere)) is None
    )


def test_a_newer_report_may_lower_the_rag_but_the_evidence_alone_never_does() -> None:
    assert rag_advice(evidence(Rag.RED, report_status=Rag.AMBER, report_issued_at=LATER)) == (
        RagAdvice(Rag.AMBER, report=Rag.AMBER)
    )
    assert rag_advice(evidence(Rag.RED, overdue_milestones=3)) is None
    # A newer Green report does not clear a RAG that open critical risks hold at Amber.
    held = evidence(Rag.AMBER, report_status=Rag.GREEN, report_issued_at=LATER, critical_risks=1)
    assert rag_advice(held) is None


def test_late_work_or_critical_risks_rule_out_green_or_no_rag() -> None:
    assert rag_advice(evidence(overdue_milestones=1)) == RagAdvice(Rag.AMBER, floor=Rag.AMBER)
    assert rag_advice(evidence(None, critical_risks=1)) == RagAdvice(Rag.AMBER, floor=Rag.AMBER)
    assert rag_advice(evidence(Rag.GREEN, report_status=Rag.RED, report_issued_at=LATER)) == (
        RagAdvice(Rag.RED, report=Rag.RED)
    )


def test_a_closed_engagement_is_left_alone() -> None:
    closed = evidence(status=EngagementStatus.CLOSED, critical_risks=4)
    assert rag_advice(closed) is None
