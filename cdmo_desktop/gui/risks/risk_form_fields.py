"""Moving a risk between the risk form's widgets and a plain dict of Risk fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QHeaderView, QPlainTextEdit

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import RiskCategory, RiskStatus, Side
from cdmo_desktop.gui.forms.ui_risk_form import Ui_RiskForm
from cdmo_desktop.gui.risks import risk_widgets as rw
from cdmo_desktop.store.risk_forms import RiskChoices

TEXT_FIELDS = ("description", "cause", "trigger", "mitigation", "contingency", "closure_note")


def text_edit(ui: Ui_RiskForm, name: str) -> QPlainTextEdit:
    edit: QPlainTextEdit = getattr(ui, f"{'closureNote' if name == 'closure_note' else name}Edit")
    return edit


def setup_widgets(ui: Ui_RiskForm, history: QAbstractItemModel) -> None:
    rw.fill_enum_combo(ui.categoryCombo, RiskCategory)
    rw.fill_enum_combo(ui.statusCombo, RiskStatus)
    rw.fill_enum_combo(ui.raisedByCombo, Side)
    for combo, labels, optional in (
        (ui.likelihoodCombo, risk_matrix.LIKELIHOOD_LABELS, False),
        (ui.impactCombo, risk_matrix.IMPACT_LABELS, False),
        (ui.residualLikelihoodCombo, risk_matrix.LIKELIHOOD_LABELS, True),
        (ui.residualImpactCombo, risk_matrix.IMPACT_LABELS, True),
    ):
        rw.fill_score_combo(combo, labels, optional=optional)
    rw.setup_optional_date(ui.raisedDateEdit, None, "Not recorded")
    rw.setup_optional_date(ui.nextReviewEdit, ui.nextReviewClearButton, "No review planned")
    rw.setup_optional_date(ui.closedDateEdit, ui.closedDateClearButton, "Not set")
    ui.historyView.setModel(history)
    header = ui.historyView.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    ui.historyView.verticalHeader().setVisible(False)
    for name in TEXT_FIELDS:
        text_edit(ui, name).setTabChangesFocus(True)


def fill_options(ui: Ui_RiskForm, choices: RiskChoices, *, logged: bool) -> None:
    """Every choice; a logged risk's engagement can no longer be changed."""
    ui.engagementCombo.clear()
    if not logged and not choices.engagement_id:
        ui.engagementCombo.addItem("Choose the engagement…", None)
    for eid, title in choices.engagements:
        ui.engagementCombo.addItem(title, eid)
    ui.engagementCombo.setEnabled(not logged)
    fill_linked_options(ui, choices)


def fill_linked_options(ui: Ui_RiskForm, choices: RiskChoices) -> None:
    """Owners, milestones (decision gates first) and decisions of the chosen engagement."""
    owner = ui.ownerCombo.currentText()
    ui.ownerCombo.clear()
    ui.ownerCombo.addItems(choices.owners)
    ui.ownerCombo.setEditText(owner)
    ui.milestoneCombo.clear()
    ui.milestoneCombo.addItem("(none)", None)
    for m in choices.milestones:
        label = f"{'◆ Gate: ' if m.is_gate else ''}{m.name} ({m.planned_finish.isoformat()})"
        ui.milestoneCombo.addItem(label, m.id)
    ui.decisionCombo.clear()
    ui.decisionCombo.addItem("(none)", None)
    for did, label in choices.decisions:
        ui.decisionCombo.addItem(label, did)


def set_values(ui: Ui_RiskForm, v: dict[str, Any]) -> None:
    rw.set_combo_value(ui.engagementCombo, v.get("engagement_id"))
    ui.titleEdit.setText(v.get("title", ""))
    rw.set_combo_value(ui.categoryCombo, str(v.get("category", RiskCategory.TECHNICAL)))
    rw.set_combo_value(ui.statusCombo, str(v.get("status", RiskStatus.OPEN)))
    ui.ownerCombo.setEditText(v.get("owner", ""))
    rw.set_combo_value(ui.raisedByCombo, str(v.get("raised_by", Side.CONSULTANT)))
    rw.set_date_value(ui.raisedDateEdit, v.get("raised_date"))
    rw.set_combo_value(ui.milestoneCombo, v.get("milestone_id"))
    rw.set_combo_value(ui.likelihoodCombo, v.get("likelihood", 3))
    rw.set_combo_value(ui.impactCombo, v.get("impact", 3))
    rw.set_combo_value(ui.residualLikelihoodCombo, v.get("residual_likelihood"))
    rw.set_combo_value(ui.residualImpactCombo, v.get("residual_impact"))
    for name in TEXT_FIELDS:
        text_edit(ui, name).setPlainText(v.get(name, ""))
    ui.cadenceSpin.setValue(v.get("review_cadence_days") or 0)
    rw.set_date_value(ui.nextReviewEdit, v.get("next_review_date"))
    rw.set_date_value(ui.closedDateEdit, v.get("closed_date"))
    rw.set_combo_value(ui.decisionCombo, v.get("realized_decision_id"))


def read_values(ui: Ui_RiskForm) -> dict[str, Any]:
    """The risk as the form shows it, keyed by Risk field."""
    values: dict[str, Any] = {
        "engagement_id": rw.combo_value(ui.engagementCombo),
        "title": ui.titleEdit.text().strip(),
        "category": rw.combo_value(ui.categoryCombo),
        "status": rw.combo_value(ui.statusCombo),
        "owner": ui.ownerCombo.currentText().strip(),
        "raised_by": rw.combo_value(ui.raisedByCombo),
        "raised_date": rw.date_value(ui.raisedDateEdit),
        "milestone_id": rw.combo_value(ui.milestoneCombo),
        "likelihood": rw.combo_value(ui.likelihoodCombo),
        "impact": rw.combo_value(ui.impactCombo),
        "residual_likelihood": rw.combo_value(ui.residualLikelihoodCombo),
        "residual_impact": rw.combo_value(ui.residualImpactCombo),
        "review_cadence_days": ui.cadenceSpin.value() or None,
        "next_review_date": rw.date_value(ui.nextReviewEdit),
        "closed_date": rw.date_value(ui.closedDateEdit),
        "realized_decision_id": rw.combo_value(ui.decisionCombo),
    }
    for name in TEXT_FIELDS:
        values[name] = text_edit(ui, name).toPlainText().strip()
    return values
