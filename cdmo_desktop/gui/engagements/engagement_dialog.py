"""Create or edit an engagement: title, client (picked or created here), partner, program,
compound, phase, status, dates, budget and overall RAG."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cdmo_desktop.domain.enums import EngagementStatus, Phase, Rag
from cdmo_desktop.domain.models import Engagement, new_id
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RecordDialog
from cdmo_desktop.gui.engagements.client_dialog import ClientDialog
from cdmo_desktop.gui.engagements.refused import show_refusal
from cdmo_desktop.gui.engagements.typed_fields import read_form, settled, watch_typed_fields
from cdmo_desktop.gui.forms.ui_engagement_dialog import Ui_EngagementDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.models.choices import ChoiceModel, long_list, refill, store_list
from cdmo_desktop.gui.undo import REFUSALS, commit
from cdmo_desktop.gui.widgets.fields import (
    FieldBinder,
    enum_items,
    fill_combo,
    set_combo_value,
)
from cdmo_desktop.store import conflicts
from cdmo_desktop.store.choice_lists import Listing
from cdmo_desktop.store.engagement_edits import create_engagement, edit_engagement
from cdmo_desktop.store.engagements import engagement_values


class EngagementDialog(RecordDialog):
    """`engagement_id` is None for a new engagement and holds the saved id after OK."""

    unsaved_what = QT_TR_NOOP("this engagement")

    def __init__(
        self, ctx: AppContext, engagement_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx = ctx
        self.unsaved_what = tr(EngagementDialog.unsaved_what)
        self.engagement_id = engagement_id
        self._dirty = False
        self.ui = Ui_EngagementDialog()
        self.ui.setupUi(self)
        ui = self.ui
        fill_combo(ui.phaseCombo, enum_items(Phase))
        fill_combo(ui.statusCombo, enum_items(EngagementStatus))
        fill_combo(ui.ragCombo, enum_items(Rag), blank=tr("Not set"))
        self.client_list = long_list(ui.clientCombo, ChoiceModel(tr("— pick a client —")))
        self.partner_list = long_list(ui.partnerCombo, ChoiceModel(tr("— pick a partner —")))
        b = self.binder = FieldBinder(self)
        b.add("title", ui.titleEdit, ui.titleError)
        b.add("client_id", ui.clientCombo, ui.clientIdError)
        b.add("partner_id", ui.partnerCombo, ui.partnerIdError)
        b.add("program", ui.programEdit, ui.programError)
        b.add("compound", ui.compoundEdit, ui.compoundError)
        b.add("phase", ui.phaseCombo, convert=Phase)
        b.add("status", ui.statusCombo, convert=EngagementStatus)
        b.add("start_date", ui.startDateEdit, ui.startDateError)
        b.add("end_date", ui.endDateEdit, ui.endDateError)
        b.add("budget_amount", ui.budgetAmountEdit, ui.budgetAmountError)
        b.add("budget_currency", ui.budgetCurrencyEdit, ui.budgetCurrencyError)
        b.add("rag", ui.ragCombo, convert=Rag)
        b.add("description", ui.descriptionEdit)
        values: dict[str, Any]
        self._versions = conflicts.Versions()  # of the engagement, when it was read
        if engagement_id:
            self._versions = conflicts.opened(ctx.store, Engagement, engagement_id)
            values = engagement_values(ctx.store, engagement_id)
            self._original = dict(values)
        else:
            values = {
                "phase": Phase.PROCESS_DEVELOPMENT,
                "status": EngagementStatus.PLANNED,
                "budget_currency": "USD",
                "rag": None,
                "client_id": None,
                "partner_id": None,
            }
            self._original = {}
        self._fill_choices(values.get("client_id"), values.get("partner_id"))
        b.load(values)
        self.setWindowTitle(tr("Engagement details") if engagement_id else tr("New engagement"))
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok_button")
        b.edited.connect(self._on_binder_edited)
        watch_typed_fields(b, self._update_state)
        ui.newClientButton.clicked.connect(self._on_new_client_button_clicked)
        ui.editClientButton.clicked.connect(self._on_edit_client_button_clicked)
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self._update_state()

    def _fill_choices(self, client_id: str | None, partner_id: str | None) -> None:
        """Every client and partner one can pick (read a page at a time as the lists show
        them), with the engagement's own kept even if archived since."""
        store = self.ctx.store
        clients = store_list(store, Listing("client", keep=client_id))
        refill(self.ui.clientCombo, self.client_list, clients)
        partners = store_list(store, Listing("partner", keep=partner_id), detail=True)
        refill(self.ui.partnerCombo, self.partner_list, partners)

    # --- values -------------------------------------------------------------------------
    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The form as column values, and the reasons of typed fields (dates, the budget)
        that could not be read."""
        values, problems = read_form(self.binder)
        values["budget_currency"] = str(values["budget_currency"]).upper() or "USD"
        return values, problems

    def errors(self) -> dict[str, str]:
        values, errors = self.values()
        for key, text in validate(Engagement(**values)).items():
            errors.setdefault(key, text)
        if not values.get("client_id"):
            errors["client_id"] = tr("Pick the client, or create one with New client…")
        if not values.get("partner_id"):
            errors["partner_id"] = tr("Pick the partner doing the work.")
        return errors

    def _update_state(self) -> None:
        errors = self.errors()
        self.binder.show_errors(settled(self.binder, errors) if self._dirty else {})
        self.ui.budgetCurrencyError.hide()
        if self._dirty and "budget_currency" in errors:
            self.ui.budgetCurrencyError.setText(message(errors["budget_currency"]))
            self.ui.budgetCurrencyError.show()
        self.ok_button.setEnabled(not errors)
        self.ui.editClientButton.setEnabled(bool(self.binder.value("client_id")))

    # --- writes -------------------------------------------------------------------------
    def save(self) -> bool:
        errors = self.errors()
        if errors:
            self._dirty = True
            self._update_state()
            return False
        values, _ = self.values()
        changes: dict[str, Any] = {}
        try:
            if self.engagement_id is None:
                engagement_id = new_id()
                changeset = create_engagement(self.ctx.store, values, engagement_id=engagement_id)
            else:
                engagement_id = self.engagement_id
                changes = {k: v for k, v in values.items() if self._original.get(k) != v}
                saved = guarded_save(
                    self,
                    self._versions,
                    partial(edit_engagement, self.ctx.store, engagement_id),
                    mine=values,
                    first=changes,
                    reload=self._reload_theirs,
                )
                if saved is None:
                    return False
                changeset = saved
            commit(self.ctx, changeset, initiator=self)
        except REFUSALS as exc:
            show_refusal(self, self.binder, exc)
            return False
        if self.engagement_id is not None and "phase" in changes:
            self._ask_to_reassess(engagement_id, self._original.get("phase"), changes["phase"])
        self.engagement_id = engagement_id
        self._dirty = False
        return True

    def _reload_theirs(self) -> None:
        """The conflict dialog's Reload: the engagement as saved now, my edits dropped."""
        assert self.engagement_id is not None
        self._versions = conflicts.opened(self.ctx.store, Engagement, self.engagement_id)
        values = engagement_values(self.ctx.store, self.engagement_id)
        self._original = dict(values)
        self._fill_choices(values.get("client_id"), values.get("partner_id"))
        self.binder.load(values)
        self._dirty = False
        self._update_state()

    def _ask_to_reassess(self, engagement_id: str, before: Any, after: Any) -> None:
        """A phase change asks whether to reassess the partner (see gui.reassessment)."""
        from cdmo_desktop.domain.reassessment import ReassessmentTrigger
        from cdmo_desktop.gui.reassessment.prompt import ask_to_reassess
        from cdmo_desktop.store.reassessment_edits import Trigger

        trigger = Trigger(
            ReassessmentTrigger.PHASE_CHANGE,
            from_phase=Phase(before) if before else None,
            to_phase=Phase(after),
        )
        ask_to_reassess(self.ctx, engagement_id, trigger, self.parentWidget())

    # --- slots --------------------------------------------------------------------------
    def _on_binder_edited(self) -> None:
        self._dirty = True
        self._update_state()

    def _open_client(self, client_id: str | None) -> None:
        dialog = ClientDialog(self.ctx, client_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client_id:
            self._fill_choices(dialog.client_id, self.binder.value("partner_id"))
            set_combo_value(self.ui.clientCombo, dialog.client_id)
            self._dirty = True
            self._update_state()

    def _on_new_client_button_clicked(self) -> None:
        self._open_client(None)

    def _on_edit_client_button_clicked(self) -> None:
        self._open_client(self.binder.value("client_id"))
