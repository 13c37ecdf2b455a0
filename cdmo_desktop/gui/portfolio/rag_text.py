"""The words for an engagement's RAG that needs a look (domain.rag_advice), shared by the
Portfolio and the engagement workspace, and the write that follows the suggestion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cdmo_desktop.domain.rag_advice import RagAdvice
from cdmo_desktop.gui.format import date_text

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store.portfolio import EngagementSummary


def _count(n: int, one: str) -> str:
    return f"{n} {one}" + ("" if n == 1 else "s")


def reasons(e: EngagementSummary, advice: RagAdvice) -> list[str]:
    """Why the RAG should change, one sentence each."""
    out: list[str] = []
    if advice.report is not None:
        when = date_text(e.report_date) if e.report_date else "the latest"
        out.append(f"The status report of {when} says {advice.report.label}.")
    if advice.floor is not None:
        parts = []
        if e.critical_risks:
            parts.append(_count(e.critical_risks, "critical risk") + " open")
        if e.overdue_milestones:
            parts.append(_count(e.overdue_milestones, "overdue milestone"))
        if e.overdue_actions:
            parts.append(_count(e.overdue_actions, "overdue action item"))
        out.append(", ".join(parts).capitalize() + ": not Green.")
    return out


def advice_line(e: EngagementSummary, advice: RagAdvice) -> str:
    """One line: "RAG Green looks out of date: <reasons> Set it to Amber?"."""
    head = f"RAG {e.rag.label} looks out of date" if e.rag else "No RAG set"
    return f"{head}: {' '.join(reasons(e, advice))} Set it to {advice.suggested.label}?"


def apply_advice(ctx: AppContext, engagement_id: str, advice: RagAdvice, initiator: object) -> bool:
    """Set the suggested RAG (one undo step); False, with the reason announced, when
    refused."""
    from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
    from cdmo_desktop.store.engagement_edits import edit_engagement

    try:
        changeset = edit_engagement(ctx.store, engagement_id, {"rag": advice.suggested})
    except REFUSALS as exc:
        ctx.refused.emit(refusal_text(exc))
        return False
    commit(ctx, changeset, initiator=initiator)
    return True
