"""Decisions & actions tab: the decision log (options, decision, rationale, who decided,
which gate) and the action items."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cdmo_desktop.domain.enums import GateOutcome
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.decisions_actions import ActionsEditor
from cdmo_desktop.gui.engagements.engagement_records_model import RecordColumn
from cdmo_desktop.gui.engagements.workspace_records import RecordEditor
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.forms.ui_engagement_decision import Ui_DecisionForm
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.widgets.fields import enum_items, fill_combo
from cdmo_desktop.gui.widgets.fitting import shrinkable_combo
from cdmo_desktop.store.workspace import DECISIONS, decision_choices


class DecisionsEditor(RecordEditor):
    register = DECISIONS
    tables = frozenset({"decision", "milestone", "team_member"})
    form_class = Ui_DecisionForm

    def columns(self) -> list[RecordColumn]:
        return [
            RecordColumn(tr("Date"), lambda r: date_text(r["decision_date"])),
            RecordColumn(tr("Title"), lambda r: r["title"]),
            RecordColumn(tr("Decision"), lambda r: r["decision"]),
            RecordColumn(tr("Decided by"), lambda r: r["decided_by"]),
            RecordColumn(tr("Gate"), lambda r: self._gates.get(r.get("milestone_id") or "", "")),
            RecordColumn(
                tr("Outcome"),
                lambda r: (
                    message(GateOutcome(r["gate_outcome"]).label) if r["gate_outcome"] else ""
                ),
            ),
            RecordColumn(tr("Rationale"), lambda r: r["rationale"]),
        ]

    def bind(self) -> None:
        ui = self.ui
        self._gates: dict[str, str] = {}
        fill_combo(
            ui.gateOutcomeCombo, enum_items(GateOutcome), blank=tr("— not a gate decision —")
        )
        shrinkable_combo(ui.gateOutcomeCombo, chars=16)  # long outcomes in German
        b = self.binder
        b.add("decision_date", ui.decisionDateEdit, ui.decisionDateError)
        b.add("title", ui.titleEdit, ui.titleError)
        b.add("options_considered", ui.optionsConsideredEdit)
        b.add("decision", ui.decisionEdit)
        b.add("rationale", ui.rationaleEdit)
        b.add("decided_by", ui.decidedByCombo, ui.decidedByError)
        b.add("milestone_id", ui.milestoneCombo)
        b.add("gate_outcome", ui.gateOutcomeCombo, ui.gateOutcomeError, convert=GateOutcome)

    def refresh_choices(self) -> None:
        gates, members = decision_choices(self.ctx.store, self.engagement_id)
        self._gates = {g.id: g.name for g in gates}
        fill_combo(
            self.ui.milestoneCombo,
            [(g.id, f"{g.name} ({date_text(g.planned_finish)})") for g in gates],
            blank=tr("— none —"),
        )
        fill_combo(self.ui.decidedByCombo, [(m.name, m.name) for m in members])

    def defaults(self) -> dict[str, Any]:
        return {
            "decision_date": self.today(),
            "title": "",
            "options_considered": "",
            "decision": "",
            "rationale": "",
            "decided_by": "",
            "milestone_id": None,
            "gate_outcome": None,
        }

    def save(self) -> bool:
        """Save the decision; recording a gate's outcome (new or changed) then asks whether
        to reassess the partner (see gui.reassessment)."""
        outcome, gate = self.binder.value("gate_outcome"), self.binder.value("milestone_id")
        before = None
        if not self._new and self._current_id is not None and self.is_dirty():
            before = self.model.record(self.model.row_of(self._current_id)).get("gate_outcome")
        asks = self.is_dirty() and bool(outcome) and bool(gate) and outcome != before
        if not super().save():
            return False
        if asks:
            from cdmo_desktop.domain.reassessment import ReassessmentTrigger
            from cdmo_desktop.gui.reassessment.prompt import ask_to_reassess
            from cdmo_desktop.store.reassessment_edits import Trigger

            trigger = Trigger(ReassessmentTrigger.GATE, milestone_id=str(gate))
            ask_to_reassess(self.ctx, self.engagement_id, trigger, self, today=self.today())
        return True

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        errors: dict[str, str] = {}
        if values["decision_date"] is None:
            errors["decision_date"] = tr("Give the date the decision was taken.")
        elif values["decision_date"] > self.today():
            errors["decision_date"] = tr("A logged decision cannot be dated in the future.")
        if values["gate_outcome"] and not values["milestone_id"]:
            errors["gate_outcome"] = tr("Pick the decision gate this outcome belongs to.")
        return errors


class DecisionsTab(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisions_tab")
        self.decisions = DecisionsEditor(ctx, engagement_id, today=today)
        self.actions_editor = ActionsEditor(ctx, engagement_id, today=today)
        self.inner = QTabWidget()
        self.inner.setObjectName("decisions_inner_tabs")
        self.inner.addTab(self.decisions, tr("Decision log"))
        self.inner.addTab(self.actions_editor, tr("Action items"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.inner)

    def is_dirty(self) -> bool:
        return self.decisions.is_dirty() or self.actions_editor.is_dirty()

    def save(self) -> bool:
        return self.decisions.save() and self.actions_editor.save()

    def discard(self) -> None:
        self.decisions.discard()
        self.actions_editor.discard()
