"""The words for an engagement's RAG that needs a look (domain.rag_advice), shared by the
Portfolio and the engagement workspace, and the write that follows the suggestion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cdmo_desktop.domain.rag_advice import RagAdvice
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import message, tr

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store.portfolio import EngagementSummary


def _count(n: int, one: str, many: str) -> str:
    """`one` or `many` (translated templates holding {count}) filled with `n`."""
    return (one if n == 1 else many).format(count=n)


def reasons(e: EngagementSummary, advice: RagAdvice) -> list[str]:
    """Why the RAG should change, one sentence each."""
    out: list[str] = []
    if advice.report is not None:
        when = date_text(e.report_date) if e.report_date else tr("the latest")
        out.append(
            tr("The status report of {date} says {rag}.").format(
                date=when, rag=message(advice.report.label)
            )
        )
    if advice.floor is not None:
        parts = []
        if e.critical_risks:
            parts.append(
                _count(
                    e.critical_risks,
                    tr("{count} critical risk open"),
                    tr("{count} critical risks open"),
                )
            )
        if e.overdue_milestones:
            parts.append(
                _count(
                    e.overdue_milestones,
                    tr("{count} overdue milestone"),
                    tr("{count} overdue milestones"),
                )
            )
        if e.overdue_actions:
            parts.append(
                _count(
                    e.overdue_actions,
                    tr("{count} overdue action item"),
                    tr("{count} overdue action items"),
                )
            )
        listed = ", ".join(parts)
        out.append(tr("{reasons}: not Green.").format(reasons=listed[:1].upper() + listed[1:]))
    return out


def advice_line(e: EngagementSummary, advice: RagAdvice) -> str:
    """One line: "RAG Green looks out of date: <reasons> Set it to Amber?"."""
    head = (
        tr("RAG {rag} looks out of date").format(rag=message(e.rag.label))
        if e.rag
        else tr("No RAG set")
    )
    return tr("{head}: {reasons} Set it to {rag}?").format(
        head=head, reasons=" ".join(reasons(e, advice)), rag=message(advice.suggested.label)
    )


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
