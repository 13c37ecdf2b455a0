"""The risk form (ui/risk_form.ui): log, score, review, close or realize one risk.

Rules come from the domain (validation.validate on a Risk built from the fields, the one
risk matrix, the review cadence in domain.risk_review); every save is one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.enums import RiskStatus
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.domain.validation import ValidationError, validate
from cdmo_desktop.gui.commands.risks import DeleteRiskCommand, NewRiskCommand
from cdmo_desktop.gui.commands.rows import UpdateRowCommand, push
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.forms.ui_risk_form import Ui_RiskForm
from cdmo_desktop.gui.risks import risk_form_fields as fields
from cdmo_desktop.gui.risks import risk_widgets as rw
from cdmo_desktop.gui.risks.risk_form_data import FormData, load_form_data, load_options
from cdmo_desktop.gui.risks.risks_model import RiskHistoryModel
from cdmo_desktop.gui.unsaved import ask_unsaved, settle_unsaved

# Field -> the error label next to it; fields without one are named in the summary only.
ERROR_LABELS = {
    "engagement_id": "engagementError",
    "title": "titleError",
    "owner": "ownerError",
    "raised_date": "raisedDateError",
    "likelihood": "assessmentError",
    "impact": "assessmentError",
    "residual_likelihood": "assessmentError",
    "residual_impact": "assessmentError",
    "review_cadence_days": "cadenceError",
    "next_review_date": "nextReviewError",
    "closed_date": "closedDateError",
    "closure_note": "closureNoteError",
}
# Which tab shows a field (tabs with a problem get a warning sign).
TAB_OF = {
    "review_cadence_days": 1,
    "next_review_date": 1,
    "closed_date": 2,
    "closure_note": 2,
    "realized_decision_id": 2,
}


class RiskForm(QWidget):
    """Signals: saved(risk id) after a save; back_requested() when the user leaves the form;
    deleted(risk id) after "Delete"; review_requested(risk id) for "Mark reviewed"."""

    saved = Signal(str)
    back_requested = Signal()
    deleted = Signal(str)
    review_requested = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.ui = Ui_RiskForm()
        self.ui.setupUi(self)
        self._data = FormData()
        self._baseline: dict[str, Any] = {}
        self._loading = False
        self._touched = False
        self._next_review_auto = True
        self._tab_titles = [self.ui.tabs.tabText(i) for i in range(self.ui.tabs.count())]
        self.history_model = RiskHistoryModel(self)
        fields.setup_widgets(self.ui, self.history_model)
        self._connect()
        ctx.data_changed.connect(self._on_ctx_data_changed)

    # --- setup ------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        for combo in (
            ui.categoryCombo,
            ui.statusCombo,
            ui.raisedByCombo,
            ui.milestoneCombo,
            ui.decisionCombo,
            ui.likelihoodCombo,
            ui.impactCombo,
            ui.residualLikelihoodCombo,
            ui.residualImpactCombo,
        ):
            combo.currentIndexChanged.connect(self._on_field_changed)
        ui.ownerCombo.currentTextChanged.connect(self._on_field_changed)
        ui.titleEdit.textChanged.connect(self._on_field_changed)
        for name in fields.TEXT_FIELDS:
            fields.text_edit(ui, name).textChanged.connect(self._on_field_changed)
        ui.statusCombo.currentIndexChanged.connect(self._on_status_combo_changed)
        ui.engagementCombo.currentIndexChanged.connect(self._on_engagement_combo_changed)
        ui.raisedDateEdit.dateChanged.connect(self._on_schedule_changed)
        ui.cadenceSpin.valueChanged.connect(self._on_schedule_changed)
        ui.nextReviewEdit.dateChanged.connect(self._on_next_review_edit_changed)
        ui.closedDateEdit.dateChanged.connect(self._on_field_changed)
        ui.recomputeButton.clicked.connect(self._on_recompute_button_clicked)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.backButton.clicked.connect(self.back_requested)
        ui.deleteButton.clicked.connect(self._on_delete_button_clicked)
        ui.markReviewedButton.clicked.connect(self._on_mark_reviewed_button_clicked)
        ui.engagementLink.linkActivated.connect(self._on_engagement_link_activated)

    # --- state ------------------------------------------------------------------------
    @property
    def risk_id(self) -> str | None:
        return self._data.risk_id

    @property
    def engagement_id(self) -> str | None:
        return rw.combo_value(self.ui.engagementCombo)

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def load(self, risk_id: str) -> bool:
        """Show an existing risk; False when it no longer exists."""
        data = load_form_data(self.ctx.store, risk_id)
        if data is None:
            return False
        self._show(data)
        return True

    def start_new(self, engagement_id: str | None, **defaults: Any) -> None:
        """An empty form for a new risk of `engagement_id` (chosen in the form if None)."""
        today = self.today()
        values: dict[str, Any] = {
            "engagement_id": engagement_id,
            "raised_date": today,
            "review_cadence_days": risk_review.DEFAULT_CADENCE_DAYS,
            "next_review_date": risk_review.next_review_date(
                today, risk_review.DEFAULT_CADENCE_DAYS
            ),
            "owner": self.ctx.consultant_name,
            **defaults,
        }
        self._show(FormData(values=values))

    def _show(self, data: FormData) -> None:
        self._loading = True
        try:
            self._data = data
            eid = data.values.get("engagement_id")
            load_options(self.ctx.store, data, eid)
            fields.fill_options(self.ui, data)
            fields.set_values(self.ui, data.values)
            self.history_model.set_points(data.history)
            computed = self._computed_next_review()
            self._next_review_auto = data.risk_id is None or (
                data.values.get("next_review_date") == computed
            )
        finally:
            self._loading = False
        self._baseline = self.values()
        self._touched = False
        self._refresh_state()

    def values(self) -> dict[str, Any]:
        """The risk as the form shows it, keyed by Risk field."""
        return fields.read_values(self.ui)

    def errors(self) -> dict[str, str]:
        """Why the risk as shown cannot be saved, as {field: sentence}."""
        v = self.values()
        errors: dict[str, str] = {}
        if not v["engagement_id"]:
            errors["engagement_id"] = "Choose the engagement this risk belongs to."
        candidate = Risk(number=self._data.number or 1, **{**v, "engagement_id": "-"})
        for field, message in validate(candidate, self.today()).items():
            errors.setdefault(field, message)
        for field, message in risk_review.residual_pair_errors(
            v["residual_likelihood"], v["residual_impact"]
        ).items():
            errors.setdefault(field, message)
        return errors

    # --- live feedback ----------------------------------------------------------------
    def _computed_next_review(self) -> date | None:
        return risk_review.compute_next_review(
            raised_date=rw.date_value(self.ui.raisedDateEdit),
            last_review=self._data.last_review,
            cadence_days=self.ui.cadenceSpin.value() or None,
            today=self.today(),
        )

    def _refresh_state(self) -> None:
        from cdmo_desktop.gui.risks.risk_form_state import refresh_form_state

        refresh_form_state(self)

    def _on_field_changed(self, *_: Any) -> None:
        if self._loading:
            return
        self._touched = True
        self._refresh_state()

    def _on_status_combo_changed(self, _index: int) -> None:
        status = rw.combo_value(self.ui.statusCombo)
        if self._loading or status not in (RiskStatus.CLOSED, RiskStatus.REALIZED):
            return
        if rw.date_value(self.ui.closedDateEdit) is None:
            rw.set_date_value(self.ui.closedDateEdit, self.today())
        self.ui.tabs.setCurrentWidget(self.ui.closureTab)

    def _on_engagement_combo_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            load_options(self.ctx.store, self._data, self.engagement_id)
            fields.fill_linked_options(self.ui, self._data)
        finally:
            self._loading = False
        self._on_field_changed()

    def _on_schedule_changed(self, *_: Any) -> None:
        if self._loading:
            return
        if self._next_review_auto:
            self._loading = True
            rw.set_date_value(self.ui.nextReviewEdit, self._computed_next_review())
            self._loading = False
        self._on_field_changed()

    def _on_next_review_edit_changed(self, *_: Any) -> None:
        if self._loading:
            return
        self._next_review_auto = rw.date_value(self.ui.nextReviewEdit) == (
            self._computed_next_review()
        )
        self._on_field_changed()

    def _on_recompute_button_clicked(self) -> None:
        rw.set_date_value(self.ui.nextReviewEdit, self._computed_next_review())

    def _on_engagement_link_activated(self, _link: str) -> None:
        if self.engagement_id:
            self.ctx.open_engagement_requested.emit(self.engagement_id)

    # --- actions ----------------------------------------------------------------------
    def save(self) -> bool:
        """Write the risk (one undoable command). False when refused or nothing to save."""
        self._touched = True
        errors = self.errors()
        if errors:
            self._refresh_state()
            return False
        values = self.values()
        try:
            if self._data.risk_id is None:
                command = NewRiskCommand(self.ctx, Risk(number=1, **values))
                push(self.ctx, command)
                risk_id = command.row_id
            else:
                changes = {k: v for k, v in values.items() if self._baseline.get(k) != v}
                if not changes:
                    return False
                code = risk_review.code(self._data.number)
                risk_id = self._data.risk_id
                push(
                    self.ctx,
                    UpdateRowCommand(self.ctx, Risk, risk_id, changes, f"Edit risk {code}"),
                )
        except ValidationError as exc:
            self._show_refusal(exc.errors)
            return False
        self.load(risk_id)
        self.saved.emit(risk_id)
        return True

    def _show_refusal(self, errors: dict[str, str]) -> None:
        from cdmo_desktop.gui.risks.risk_form_state import show_errors

        show_errors(self, errors)

    def revert(self) -> None:
        if self._data.risk_id is None:
            self.start_new(self._baseline.get("engagement_id"))
        else:
            self.load(self._data.risk_id)

    def maybe_leave(self) -> bool:
        """True when the form may be left: nothing unsaved, saved now, or discarded."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved(
            self,
            "this risk",
            title="Unsaved risk",
            question="This risk has changes that are not saved. Save them before leaving?",
        )
        return settle_unsaved(answer, self.save, self.revert)

    def _on_delete_button_clicked(self) -> None:
        risk_id = self._data.risk_id
        if risk_id is None:
            return
        code = risk_review.code(self._data.number)
        answer = QMessageBox.question(
            self,
            "Delete risk",
            f"Delete {code} {self._baseline.get('title', '')!r}? You can undo this.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        push(self.ctx, DeleteRiskCommand(self.ctx, risk_id))
        self._data = FormData()
        self._baseline = self.values()
        self.deleted.emit(risk_id)

    def _on_mark_reviewed_button_clicked(self) -> None:
        if self._data.risk_id is not None:
            self.review_requested.emit(self._data.risk_id)

    def _on_ctx_data_changed(self, tables: object) -> None:
        if not isinstance(tables, set) or not tables & {"risk", "risk_review", "milestone"}:
            return
        risk_id = self._data.risk_id
        if risk_id is None or self.is_dirty():
            return
        if not self.load(risk_id):
            self._data = FormData()
            self.back_requested.emit()
