"""Moving a risk between the risk form's widgets and a plain dict of Risk fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QHeaderView, QPlainTextEdit

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import RiskCategory, RiskStatus, Side
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui.forms.ui_risk_form import Ui_RiskForm
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.models.choices import ChoiceModel, ChoiceReads, fixed_list
from cdmo_desktop.gui.risks import risk_widgets as rw
from cdmo_desktop.gui.widgets.fields import (
    DateField,
    combo_value,
    enum_items,
    fill_combo,
    set_combo_value,
)
from cdmo_desktop.store.risk_forms import RiskChoices

TEXT_FIELDS = ("description", "cause", "trigger", "mitigation", "contingency", "closure_note")


def text_edit(ui: Ui_RiskForm, name: str) -> QPlainTextEdit:
    edit: QPlainTextEdit = getattr(ui, f"{'closureNote' if name == 'closure_note' else name}Edit")
    return edit


def date_fields(ui: Ui_RiskForm) -> dict[str, DateField]:
    """The form's dates by Risk field."""
    return {
        "raised_date": ui.raisedDateEdit,
        "next_review_date": ui.nextReviewEdit,
        "closed_date": ui.closedDateEdit,
    }


def setup_widgets(ui: Ui_RiskForm, history: QAbstractItemModel) -> None:
    fill_combo(ui.categoryCombo, enum_items(RiskCategory))
    fill_combo(ui.statusCombo, enum_items(RiskStatus))
    fill_combo(ui.raisedByCombo, enum_items(Side))
    for combo, labels, optional in (
        (ui.likelihoodCombo, risk_matrix.LIKELIHOOD_LABELS, False),
        (ui.impactCombo, risk_matrix.IMPACT_LABELS, False),
        (ui.residualLikelihoodCombo, risk_matrix.LIKELIHOOD_LABELS, True),
        (ui.residualImpactCombo, risk_matrix.IMPACT_LABELS, True),
    ):
        rw.fill_score_combo(combo, labels, optional=optional)
    rw.setup_date_field(ui.raisedDateEdit, tr("Not recorded"))
    rw.setup_date_field(ui.nextReviewEdit, tr("No review planned"))
    rw.setup_date_field(ui.closedDateEdit, tr("Not set"))
    ui.historyView.setModel(history)
    header = ui.historyView.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    ui.historyView.verticalHeader().setVisible(False)
    for name in TEXT_FIELDS:
        text_edit(ui, name).setTabChangesFocus(True)


def fill_options(
    ui: Ui_RiskForm, choices: RiskChoices, engagements: ChoiceModel, every: ChoiceReads | None
) -> None:
    """Every choice: the engagements `every` reads (a page at a time), or a logged risk's
    own engagement alone (`every` None: it can no longer be changed)."""
    eid = choices.engagement_id
    engagements.set_blank(None if every is None or eid else tr("Choose the engagement…"))
    engagements.reset_to(
        fixed_list([(eid or "", choices.engagement_title)]) if every is None else every
    )
    ui.engagementCombo.setEnabled(every is not None)
    fill_linked_options(ui, choices)


def fill_linked_options(ui: Ui_RiskForm, choices: RiskChoices) -> None:
    """Owners, milestones (decision gates first) and decisions of the chosen engagement."""
    owner = ui.ownerCombo.currentText()
    ui.ownerCombo.clear()
    ui.ownerCombo.addItems(choices.owners)
    ui.ownerCombo.setEditText(owner)
    ui.milestoneCombo.clear()
    ui.milestoneCombo.addItem(tr("(none)"), None)
    for m in choices.milestones:
        when = fmt.date_text(m.planned_finish)
        text = (tr("◆ Gate: {name} ({when})") if m.is_gate else tr("{name} ({when})")).format(
            name=m.name, when=when
        )
        ui.milestoneCombo.addItem(text, m.id)
    ui.decisionCombo.clear()
    ui.decisionCombo.addItem(tr("(none)"), None)
    for d in choices.decisions:
        ui.decisionCombo.addItem(" - ".join((fmt.date_text(d.decision_date), d.title)), d.id)


def set_values(ui: Ui_RiskForm, v: dict[str, Any]) -> None:
    set_combo_value(ui.engagementCombo, v.get("engagement_id"))
    ui.titleEdit.setText(v.get("title", ""))
    set_combo_value(ui.categoryCombo, v.get("category", RiskCategory.TECHNICAL))
    set_combo_value(ui.statusCombo, v.get("status", RiskStatus.OPEN))
    ui.ownerCombo.setEditText(v.get("owner", ""))
    set_combo_value(ui.raisedByCombo, v.get("raised_by", Side.CONSULTANT))
    set_combo_value(ui.milestoneCombo, v.get("milestone_id"))
    set_combo_value(ui.likelihoodCombo, v.get("likelihood", 3))
    set_combo_value(ui.impactCombo, v.get("impact", 3))
    set_combo_value(ui.residualLikelihoodCombo, v.get("residual_likelihood"))
    set_combo_value(ui.residualImpactCombo, v.get("residual_impact"))
    for name in TEXT_FIELDS:
        text_edit(ui, name).setPlainText(v.get(name, ""))
    ui.cadenceSpin.setValue(v.get("review_cadence_days") or 0)
    for name, edit in date_fields(ui).items():
        edit.set_value(v.get(name))
    set_combo_value(ui.decisionCombo, v.get("realized_decision_id"))


def read_values(ui: Ui_RiskForm) -> dict[str, Any]:
    """The risk as the form shows it, keyed by Risk field (a date typed in a form that
    cannot be read counts as none here: `date_problems` says why)."""
    values: dict[str, Any] = {
        "engagement_id": combo_value(ui.engagementCombo),
        "title": ui.titleEdit.text().strip(),
        "category": combo_value(ui.categoryCombo),
        "status": combo_value(ui.statusCombo),
        "owner": ui.ownerCombo.currentText().strip(),
        "raised_by": combo_value(ui.raisedByCombo),
        "milestone_id": combo_value(ui.milestoneCombo),
        "likelihood": combo_value(ui.likelihoodCombo),
        "impact": combo_value(ui.impactCombo),
        "residual_likelihood": combo_value(ui.residualLikelihoodCombo),
        "residual_impact": combo_value(ui.residualImpactCombo),
        "review_cadence_days": ui.cadenceSpin.value() or None,
        "realized_decision_id": combo_value(ui.decisionCombo),
    }
    for name, edit in date_fields(ui).items():
        values[name] = edit.current_date()
    for name in TEXT_FIELDS:
        values[name] = text_edit(ui, name).toPlainText().strip()
    return values


def date_problems(ui: Ui_RiskForm) -> dict[str, str]:
    """{field: why} for the dates whose typed text is not a date."""
    return {name: m for name, edit in date_fields(ui).items() if (m := edit.message())}
