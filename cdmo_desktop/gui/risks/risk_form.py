"""The risk form (ui/risk_form.ui): log, score, review, close or realize one risk.

Rules come from the domain (validation.validate on a Risk built from the fields, the one
risk matrix, the review cadence in domain.risk_review). Every save, review and delete is a
store use case (store.risk_edits) committed as one undoable change; the form reloads when
another screen's change, an undo or a redo touches risks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cdmo_desktop.domain import clock, risk_review
from cdmo_desktop.domain.models import Risk, new_id
from cdmo_desktop.domain.validation import ValidationError, validate
from cdmo_desktop.gui import read_only_fields, settings
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.forms.ui_risk_form import Ui_RiskForm
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.models.choices import ChoiceModel, ChoiceReads, long_list, store_list
from cdmo_desktop.gui.risks import risk_form_fields as fields
from cdmo_desktop.gui.risks.risk_form_state import FormState, show_errors, show_state
from cdmo_desktop.gui.risks.risks_model import RiskHistoryModel
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.unsaved import ask_unsaved, settle_unsaved
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.fields import combo_value
from cdmo_desktop.store import conflicts, risk_edits, risk_forms
from cdmo_desktop.store.choice_lists import Listing
from cdmo_desktop.store.risk_forms import RiskChoices, RiskFormData

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet

WATCHED = ("risk", "risk_review", "milestone")


class RiskForm(QWidget):
    """One risk, new or logged; an Editable (is_dirty / save / discard).

    Signals: saved(risk id) after a save; back_requested() when the user leaves the form;
    deleted(risk id) after "Delete"; review_requested(risk id) for "Mark reviewed"."""

    saved = Signal(str)
    back_requested = Signal()
    deleted = Signal(str)
    review_requested = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.ui = Ui_RiskForm()
        self.ui.setupUi(self)
        read_only_fields.form(self)
        self._data = RiskFormData()
        self._versions = conflicts.Versions()  # of the risk shown, when it was loaded
        self._choices = RiskChoices()
        self.engagements = long_list(self.ui.engagementCombo, ChoiceModel(None))
        self._baseline: dict[str, Any] = {}
        self._loading = False
        self._touched = False
        self._next_review_auto = True
        self._typing: set[str] = set()  # dates being typed (see _on_date_text_edited)
        self._tab_titles = [self.ui.tabs.tabText(i) for i in range(self.ui.tabs.count())]
        self.history_model = RiskHistoryModel(self)
        fields.setup_widgets(self.ui, self.history_model)
        table_habits.install(self.ui.historyView, "risk_history", ctx.settings)
        self._connect()
        ctx.changed.connect(self._on_ctx_changed)

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
        ui.raisedDateEdit.value_changed.connect(self._on_schedule_changed)
        ui.cadenceSpin.valueChanged.connect(self._on_schedule_changed)
        ui.nextReviewEdit.value_changed.connect(self._on_next_review_edit_changed)
        ui.closedDateEdit.value_changed.connect(self._on_field_changed)
        for name, edit in fields.date_fields(ui).items():
            edit.textEdited.connect(lambda text, n=name: self._on_date_text_edited(n, text))
            edit.editingFinished.connect(lambda n=name: self._on_date_editing_finished(n))
        ui.recomputeButton.clicked.connect(self._on_recompute_button_clicked)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.discard)
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
        eid: str | None = combo_value(self.ui.engagementCombo)
        return eid

    def is_dirty(self) -> bool:
        """Edited since loaded or saved (a date typed that is not one counts too)."""
        return self.values() != self._baseline or bool(fields.date_problems(self.ui))

    def load(self, risk_id: str) -> bool:
        """Show an existing risk; False when it no longer exists."""
        versions = conflicts.opened(self.ctx.store, Risk, risk_id)  # before its values
        data = risk_forms.load_risk(self.ctx.store, risk_id)
        if data is None:
            return False
        self._versions = versions
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
            "owner": settings.consultant_name(self.ctx.settings),
            **defaults,
        }
        self._versions = conflicts.Versions()
        self._show(RiskFormData(values=values))

    def _show(self, data: RiskFormData) -> None:
        self._loading = True
        try:
            self._data = data
            logged = data.risk_id is not None
            eid = data.values.get("engagement_id")
            self._choices = risk_forms.load_choices(self.ctx.store, eid)
            every = None if logged else self._engagement_list(eid)
            fields.fill_options(self.ui, self._choices, self.engagements, every)
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
        self._typing.clear()
        self._refresh_state()

    def values(self) -> dict[str, Any]:
        """The risk as the form shows it, keyed by Risk field."""
        return fields.read_values(self.ui)

    def errors(self) -> dict[str, str]:
        """Why the risk as shown cannot be saved, as {field: sentence}."""
        v = self.values()
        errors = fields.date_problems(self.ui)  # a typed date that is not one: that first
        if not v["engagement_id"]:
            errors.setdefault("engagement_id", tr("Choose the engagement this risk belongs to."))
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
            raised_date=self.ui.raisedDateEdit.current_date(),
            last_review=self._data.last_review,
            cadence_days=self.ui.cadenceSpin.value() or None,
            today=self.today(),
        )

    def _refresh_state(self) -> None:
        data = self._data
        state = FormState(
            values=self.values(),
            errors=self.errors(),
            show_errors=self._touched or data.risk_id is not None,
            dirty=self.is_dirty(),
            logged=data.risk_id is not None,
            code=data.code,
            engagement_title=self._choices.engagement_title,
            last_review=data.last_review,
            computed_next_review=self._computed_next_review(),
            next_review_auto=self._next_review_auto,
            typing=frozenset(self._typing),
        )
        show_state(self.ui, state, self._tab_titles)

    def _on_field_changed(self, *_: Any) -> None:
        if self._loading:
            return
        self._touched = True
        self._refresh_state()

    def _on_date_text_edited(self, name: str, text: str) -> None:
        """While a date is being typed its half-typed text is not reported yet (the reason
        shows once the field is left); the Save button follows at once."""
        if text:
            self._typing.add(name)
        else:
            self._typing.discard(name)
        self._on_field_changed()

    def _on_date_editing_finished(self, name: str) -> None:
        if name in self._typing:
            self._typing.discard(name)
            self._on_field_changed()

    def _on_status_combo_changed(self, _index: int) -> None:
        status = combo_value(self.ui.statusCombo)
        if self._loading or status is None or risk_review.is_active(status):
            return
        closed = self.ui.closedDateEdit
        if not closed.text().strip():
            closed.set_value(self.today())
            self._on_field_changed()
        self.ui.tabs.setCurrentWidget(self.ui.closureTab)

    def _engagement_list(self, engagement_id: str | None) -> ChoiceReads:
        """The engagements a new risk can be filed under (the given one kept even if
        archived since)."""
        return store_list(self.ctx.store, Listing("risk engagement", keep=engagement_id))

    def _on_engagement_combo_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._choices = risk_forms.load_choices(self.ctx.store, self.engagement_id)
            fields.fill_linked_options(self.ui, self._choices)
        finally:
            self._loading = False
        self._on_field_changed()

    def _on_schedule_changed(self, *_: Any) -> None:
        if self._loading:
            return
        if self._next_review_auto:
            self.ui.nextReviewEdit.set_value(self._computed_next_review())
        self._on_field_changed()

    def _on_next_review_edit_changed(self, *_: Any) -> None:
        if self._loading:
            return
        self._next_review_auto = self.ui.nextReviewEdit.current_date() == (
            self._computed_next_review()
        )
        self._on_field_changed()

    def _on_recompute_button_clicked(self) -> None:
        self.ui.nextReviewEdit.set_value(self._computed_next_review())
        self._next_review_auto = True
        self._on_field_changed()

    def _on_engagement_link_activated(self, _link: str) -> None:
        if self.engagement_id:
            self.ctx.open_engagement_requested.emit(self.engagement_id)

    # --- actions ----------------------------------------------------------------------
    def save(self) -> bool:
        """Write the risk (one undoable change). False when refused or nothing to save."""
        self._touched = True
        errors = self.errors()
        if errors:
            self._refresh_state()
            return False
        values = self.values()
        risk_id = self._data.risk_id
        try:
            if risk_id is None:
                risk_id = new_id()
                change = risk_edits.log_risk(self.ctx.store, risk_id, values)
            else:
                changes = {k: v for k, v in values.items() if self._baseline.get(k) != v}
                if not changes:
                    return False
                edited = guarded_save(
                    self,
                    self._versions,
                    partial(risk_edits.edit_risk, self.ctx.store, risk_id),
                    mine=values,
                    first=changes,
                    reload=partial(self.load, risk_id),
                )
                if edited is None:
                    return False
                change = edited
        except REFUSALS as exc:
            self._show_refusal(exc)
            return False
        commit(self.ctx, change, initiator=self)
        self.load(risk_id)
        self.saved.emit(risk_id)
        return True

    def _show_refusal(self, exc: Exception) -> None:
        errors = exc.errors if isinstance(exc, ValidationError) else {"": refusal_text(exc)}
        show_errors(self.ui, errors, self._tab_titles)

    def discard(self) -> None:
        """Forget the edits: the saved risk again, or an empty new one."""
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
            tr("this risk"),
            title=tr("Unsaved risk"),
            question=tr("This risk has changes that are not saved. Save them before leaving?"),
        )
        return settle_unsaved(answer, self.save, self.discard)

    def _on_delete_button_clicked(self) -> None:
        risk_id = self._data.risk_id
        if risk_id is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Delete risk"),
            tr("Delete {code} {title}? You can undo this.").format(
                code=self._data.code, title=repr(self._baseline.get("title", ""))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            change = risk_edits.delete_risk(self.ctx.store, risk_id)
        except REFUSALS as exc:
            self._show_refusal(exc)
            return
        self._data = RiskFormData()
        self._baseline = self.values()
        commit(self.ctx, change, initiator=self)
        self.deleted.emit(risk_id)

    def _on_mark_reviewed_button_clicked(self) -> None:
        if self._data.risk_id is not None:
            self.review_requested.emit(self._data.risk_id)

    def _on_ctx_changed(self, change: ChangeSet, initiator: object) -> None:
        """Show the risk as written by another screen, an undo or a redo (edits of this
        form reload it themselves; unsaved edits are kept)."""
        if initiator is self or not change.touches(*WATCHED):
            return
        risk_id = self._data.risk_id
        if risk_id is None or self.is_dirty():
            return
        if not self.load(risk_id):
            self._data = RiskFormData()
            self.back_requested.emit()
