"""After a status report is issued: when its overall status differs from the engagement's
RAG (what the Portfolio shows), the export dialog offers to bring the engagement in line.

The update is the engagements use case (`edit_engagement`), committed as its own undo
step after "Issue status report", so Ctrl+Z takes back the RAG and leaves the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.store.engagement_edits import edit_engagement
from cdmo_desktop.store.engagements import engagement_values

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.forms.ui_report_export import Ui_ReportExportDialog
    from cdmo_desktop.store.store import Store


class Rated(NamedTuple):
    """What an issued report says about its engagement (all the offer needs of it)."""

    engagement_id: str
    overall_status: str


def _rag(value: object) -> Rag | None:
    if isinstance(value, Rag):
        return value
    try:
        return Rag(str(value))
    except ValueError:
        return None


def mismatch(store: Store, rated: Rated) -> tuple[Rag, Rag | None] | None:
    """(the report's status, the engagement's RAG now) when they differ, else None."""
    reported = _rag(rated.overall_status)
    try:
        current = _rag(engagement_values(store, rated.engagement_id)["rag"])
    except LookupError:  # the engagement was removed meanwhile
        return None
    if reported is None or reported == current:
        return None
    return reported, current


def offer(ui: Ui_ReportExportDialog, store: Store, rated: Rated) -> None:
    """Show the offer under the status line when the RAGs differ (hide it otherwise)."""
    found = mismatch(store, rated)
    ui.ragOffer.setVisible(found is not None)
    if found is None:
        return
    reported, current = found
    shown = message(current.label) if current is not None else tr("no RAG")
    ui.ragOfferLabel.setText(
        tr("This report rates the engagement {rag}; the Portfolio shows {shown}.").format(
            rag=message(reported.label), shown=shown
        )
    )
    ui.updateRagButton.setText(
        tr("Set the engagement to &{rag}").format(rag=message(reported.label))
    )


def apply(ctx: AppContext, ui: Ui_ReportExportDialog, rated: Rated, initiator: QObject) -> bool:
    """Set the engagement's RAG to the report's (one undo step); False when refused."""
    found = mismatch(ctx.store, rated)
    ui.ragOffer.setVisible(False)
    if found is None:
        return False
    reported, _current = found
    try:
        changeset = edit_engagement(ctx.store, rated.engagement_id, {"rag": reported})
    except REFUSALS as exc:
        ui.statusLabel.setText(
            tr("The engagement's RAG was not changed: {reason}").format(reason=refusal_text(exc))
        )
        return False
    commit(ctx, changeset, initiator=initiator)
    ui.statusLabel.setText(
        tr(
            "The engagement's RAG is now {rag}, as the report says "
            "(Undo in the Edit menu takes it back)."
        ).format(rag=message(reported.label))
    )
    return True
