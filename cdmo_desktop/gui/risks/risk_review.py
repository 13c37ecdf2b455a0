"""Mark reviewed (ui/risk_review_dialog.ui): record a risk review with its date, note and the
scores agreed at it, and move the risk's next review date (one undoable change)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from cdmo_desktop.domain import clock, risk_matrix, risk_review
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui import settings, theme
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.forms.ui_risk_review_dialog import Ui_RiskReviewDialog
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.risks import risk_widgets as rw
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.widgets.fields import combo_value, set_combo_value
from cdmo_desktop.store import conflicts, risk_edits, risk_forms

# The risk's fields a review sets: what another user's save meanwhile is compared on.
_SCORES = ("likelihood", "impact", "residual_likelihood", "residual_impact", "next_review_date")
_ERROR_LABELS = {
    "review_date": "reviewDateError",
    "likelihood": "scoresError",
    "impact": "scoresError",
    "residual_likelihood": "scoresError",
    "residual_impact": "scoresError",
    "next_review_date": "nextReviewError",
}


class RiskReviewDialog(RememberedGeometryDialog):
    """Accepting records the review (store.risk_edits.record_review) and commits it to
    the undo stack; a refusal is shown in the dialog, which stays open."""

    def __init__(
        self,
        ctx: AppContext,
        risk_id: str,
        parent: QWidget | None = None,
        today: Callable[[], date] = clock.today,
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx, self.risk_id, self.today = ctx, risk_id, today
        self.ui = Ui_RiskReviewDialog()
        self.ui.setupUi(self)
        self._versions = conflicts.opened(ctx.store, Risk, risk_id)
        risk = risk_forms.load_risk(ctx.store, risk_id)
        if risk is None:
            raise LookupError(f"Risk {risk_id} no longer exists")
        v = risk.values
        self._raised: date | None = v["raised_date"]
        self._cadence: int | None = v["review_cadence_days"]
        reviews = risk.review_count
        next_review: date | None = v["next_review_date"]
        earlier = (
            tr("{count} earlier review; next review was {date}")
            if reviews == 1
            else tr("{count} earlier reviews; next review was {date}")
        ).format(count=reviews, date=fmt.date_text(next_review) if next_review else tr("not set"))
        muted = theme.html_colour("muted")
        parts = ("<b>", risk.code, "</b> ", escape(v["title"]), "<br><span style='color:")
        self.ui.riskLabel.setText("".join((*parts, muted, "'>", escape(earlier), "</span>")))
        ui = self.ui
        for combo, labels, optional in (
            (ui.likelihoodCombo, risk_matrix.LIKELIHOOD_LABELS, False),
            (ui.impactCombo, risk_matrix.IMPACT_LABELS, False),
            (ui.residualLikelihoodCombo, risk_matrix.LIKELIHOOD_LABELS, True),
            (ui.residualImpactCombo, risk_matrix.IMPACT_LABELS, True),
        ):
            rw.fill_score_combo(combo, labels, optional=optional)
        rw.setup_date_field(ui.reviewDateEdit, tr("Today"))
        rw.setup_date_field(ui.nextReviewEdit, tr("No review planned"))
        for combo, name in (
            (ui.likelihoodCombo, "likelihood"),
            (ui.impactCombo, "impact"),
            (ui.residualLikelihoodCombo, "residual_likelihood"),
            (ui.residualImpactCombo, "residual_impact"),
        ):
            set_combo_value(combo, v[name])
        ui.reviewDateEdit.set_value(today())
        ui.reviewedByEdit.setText(settings.consultant_name(ctx.settings))
        self._next_auto = True
        self._update_next_review()
        ui.reviewDateEdit.value_changed.connect(self._on_review_date_edit_changed)
        ui.nextReviewEdit.value_changed.connect(self._on_next_review_edit_changed)
        for edit in (ui.reviewDateEdit, ui.nextReviewEdit):
            edit.message_changed.connect(self._refresh)
        for combo in (
            ui.likelihoodCombo,
            ui.impactCombo,
            ui.residualLikelihoodCombo,
            ui.residualImpactCombo,
        ):
            combo.currentIndexChanged.connect(self._refresh)
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Record review"))
        self.ok_button.setObjectName("recordReviewButton")
        self._refresh()

    def entry(self) -> risk_edits.ReviewEntry:
        """The review as the dialog shows it (an empty or unreadable review date is today,
        an unreadable next review none: `errors` says why they cannot be recorded)."""
        ui = self.ui
        return risk_edits.ReviewEntry(
            review_date=ui.reviewDateEdit.current_date() or self.today(),
            note=ui.noteEdit.toPlainText().strip(),
            reviewed_by=ui.reviewedByEdit.text().strip(),
            likelihood=combo_value(ui.likelihoodCombo),
            impact=combo_value(ui.impactCombo),
            residual_likelihood=combo_value(ui.residualLikelihoodCombo),
            residual_impact=combo_value(ui.residualImpactCombo),
            next_review_date=ui.nextReviewEdit.current_date(),
        )

    def errors(self) -> dict[str, str]:
        """Why the review cannot be recorded yet, as {field: sentence}; a date typed in a
        form that is not one is named as such."""
        e = self.entry()
        rules = risk_review.review_errors(
            review_date=e.review_date,
            raised_date=self._raised,
            today=self.today(),
            likelihood=e.likelihood,
            impact=e.impact,
            residual_likelihood=e.residual_likelihood,
            residual_impact=e.residual_impact,
            next_review=e.next_review_date,
        )
        dates = {"review_date": self.ui.reviewDateEdit, "next_review_date": self.ui.nextReviewEdit}
        return rules | {name: m for name, edit in dates.items() if (m := edit.message())}

    def _update_next_review(self) -> None:
        review_date = self.ui.reviewDateEdit.current_date() or self.today()
        proposed = risk_review.next_review_date(review_date, self._cadence)
        if self._next_auto:
            self.ui.nextReviewEdit.set_value(proposed)
        self.ui.nextReviewHint.setText(
            tr("review date + {count} days").format(count=self._cadence)
            if self._cadence
            else tr("no fixed cadence")
        )

    def _on_review_date_edit_changed(self, *_: Any) -> None:
        self._update_next_review()
        self._refresh()

    def _on_next_review_edit_changed(self, *_: Any) -> None:
        self._next_auto = False
        self._refresh()

    def _refresh(self, *_: Any) -> None:
        ui = self.ui
        e = self.entry()
        rw.show_level(ui.levelLabel, e.likelihood, e.impact)
        assessed = e.residual_likelihood is not None and e.residual_impact is not None
        rw.show_level(
            ui.residualLevelLabel,
            e.residual_likelihood if assessed else None,
            e.residual_impact if assessed else None,
        )
        self._show_errors(self.errors())

    def _show_errors(self, errors: dict[str, str]) -> None:
        per: dict[str, list[str]] = {}
        for field, reason in errors.items():
            per.setdefault(_ERROR_LABELS.get(field, "scoresError"), []).append(reason)
        for name in set(_ERROR_LABELS.values()):
            label: QLabel = getattr(self.ui, name)
            label.setText(" ".join(message(m) for m in per.get(name, [])))
            label.setVisible(name in per)
        self.ok_button.setEnabled(not errors)
        self.ok_button.setToolTip("\n".join(message(m) for m in errors.values()))

    def _on_button_box_accepted(self) -> None:
        errors = self.errors()
        if errors:
            self._show_errors(errors)
            return
        entry = self.entry()
        try:
            change = guarded_save(
                self,
                self._versions,
                lambda values: risk_edits.record_review(
                    self.ctx.store, self.risk_id, replace(entry, **values), today=self.today()
                ),
                mine={name: getattr(entry, name) for name in _SCORES},
                reload=self._reload_theirs,
            )
        except REFUSALS as exc:
            self._show_errors(
                exc.errors if isinstance(exc, ValidationError) else {"": refusal_text(exc)}
            )
            return
        if change is None:
            return
        commit(self.ctx, change, initiator=self)
        self.accept()

    def _reload_theirs(self) -> None:
        """The conflict dialog's Reload: the scores and next review as saved now; the review
        date, note and reviewer typed stay."""
        self._versions = conflicts.opened(self.ctx.store, Risk, self.risk_id)
        risk = risk_forms.load_risk(self.ctx.store, self.risk_id)
        if risk is None:
            return
        ui = self.ui
        for combo, name in (
            (ui.likelihoodCombo, "likelihood"),
            (ui.impactCombo, "impact"),
            (ui.residualLikelihoodCombo, "residual_likelihood"),
            (ui.residualImpactCombo, "residual_impact"),
        ):
            set_combo_value(combo, risk.values[name])
        self._next_auto = False
        ui.nextReviewEdit.set_value(risk.values["next_review_date"])
        self._refresh()
