"""When an engagement's overall RAG no longer tells the truth, and what it should say.

The RAG is set by hand (engagement details); two things can overtake it:
- a status report issued after the RAG was last set that gives another overall status
  (the report is the newer judgement);
- the engagement's own state: an open critical risk, an overdue milestone or an overdue
  action item means the engagement is not Green.

`rag_advice` weighs both and suggests the worse of the two (the evidence alone raises a
RAG, never lowers it); it says nothing when the RAG already agrees, when the RAG was set
after the report (a deliberate call), or for a closed engagement. The GUI words the
reasons (dates in the user's locale).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from cdmo_desktop.domain.enums import EngagementStatus, Rag

_RANK: dict[Rag | None, int] = {None: 0, Rag.GREEN: 1, Rag.AMBER: 2, Rag.RED: 3}


def worse(a: Rag | None, b: Rag | None) -> Rag | None:
    """The more severe of two RAGs (None counts as not set, below Green)."""
    return a if _RANK[a] >= _RANK[b] else b


@dataclass(frozen=True)
class RagEvidence:
    """What the RAG of one engagement is checked against."""

    status: EngagementStatus
    rag: Rag | None
    rag_set_at: datetime | None  # when the RAG was last written (UTC)
    report_status: Rag | None = None  # the latest issued status report's overall status
    report_date: date | None = None  # that report's date ("prepared on")
    report_issued_at: datetime | None = None  # when it was issued (UTC)
    critical_risks: int = 0
    overdue_milestones: int = 0
    overdue_actions: int = 0


@dataclass(frozen=True)
class RagAdvice:
    """The RAG the evidence calls for, and why: `report` when a newer status report says
    otherwise, `floor` (Amber) when open critical risks or late work rule out Green."""

    suggested: Rag
    report: Rag | None = None
    floor: Rag | None = None


def report_is_newer(e: RagEvidence) -> bool:
    """The latest report was issued after the RAG was last set (or we cannot tell)."""
    if e.report_status is None:
        return False
    if e.rag_set_at is None or e.report_issued_at is None:
        return True
    return _utc(e.report_issued_at) > _utc(e.rag_set_at)


def _utc(moment: datetime) -> datetime:
    """Naive UTC (a naive moment is UTC already, as SQLite hands it back)."""
    return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)


def evidence_floor(e: RagEvidence) -> Rag | None:
    """Amber when something is critical or late, else no floor."""
    if e.critical_risks or e.overdue_milestones or e.overdue_actions:
        return Rag.AMBER
    return None


def rag_advice(e: RagEvidence) -> RagAdvice | None:
    """The update the RAG needs, or None when it agrees with the evidence."""
    if e.status == EngagementStatus.CLOSED:
        return None
    report = e.report_status if report_is_newer(e) and e.report_status != e.rag else None
    floor = evidence_floor(e)
    if report is not None:
        suggested = worse(report, floor)
    else:  # the evidence alone raises a RAG, never lowers it
        suggested = floor if _RANK[floor] > _RANK[e.rag] else None
    if suggested is None or suggested == e.rag:
        return None
    return RagAdvice(suggested, report, floor if floor == suggested else None)
