"""The partner reassessment as a user meets it: changing an engagement's phase or recording
a gate's outcome asks "Reassess the partner now?"; Later puts it on the Portfolio agenda;
Now opens the editor, where scores are typed like a spreadsheet, Ctrl+Z undoes a cell,
candidates sit beside the current partner and the previous assessment; recording the
outcome writes the decision, the condition actions and the risk reviews, and one undo
removes all of it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import Phase
from cdmo_desktop.domain.models import ActionItem, Decision, Risk
from cdmo_desktop.domain.reassessment import (
    Criterion,
    ReassessmentOutcome,
    ReassessmentStatus,
    ReassessmentTrigger,
)
from cdmo_desktop.gui.engagements.decisions import DecisionsEditor
from cdmo_desktop.gui.engagements.engagement_dialog import EngagementDialog
from cdmo_desktop.gui.portfolio.agenda_model import AgendaTableModel
from cdmo_desktop.gui.reassessment.editor import ReassessmentDialog
from cdmo_desktop.gui.widgets.fields import set_combo_value
from cdmo_desktop.store.portfolio import agenda
from cdmo_desktop.store.reassessment_edits import (
    ReassessmentForm,
    Trigger,
    complete_reassessment,
    start_reassessment,
)
from cdmo_desktop.store.reassessments import engagement_reassessments, reassessment_detail
from tests.reassess_world import TODAY, build_reassess_world, scores

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    with clock.frozen(TODAY):
        yield


@pytest.fixture
def world(ctx):
    return build_reassess_world(ctx.store)


def _prompt() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "reassess_prompt"]
    visible = [b for b in boxes if isinstance(b, QMessageBox) and b.isVisible()]
    assert visible, "no reassessment question was asked"
    return visible[-1]


def _answer(qtbot, name: str) -> None:
    box = _prompt()
    assert box.text() == "Reassess the partner now?"
    button = box.findChild(QPushButton, name)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _change_phase(qtbot, ctx, world) -> EngagementDialog:
    dialog = EngagementDialog(ctx, world.engagement_id)
    qtbot.addWidget(dialog)
    set_combo_value(dialog.ui.phaseCombo, Phase.SCALE_UP)
    assert dialog.save()
    return dialog


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _editor(qtbot) -> ReassessmentDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReassessmentDialog)]
    assert found, "the reassessment editor did not open"
    qtbot.addWidget(found[-1])
    return found[-1]


def test_a_phase_change_asks_and_later_puts_it_on_the_agenda(qtbot, ctx, world) -> None:
    _change_phase(qtbot, ctx, world)
    _answer(qtbot, "reassess_later_button")
    (row,) = engagement_reassessments(ctx.store, world.engagement_id)
    assert row.status == ReassessmentStatus.POSTPONED
    assert (row.from_phase, row.to_phase) == (Phase.PROCESS_DEVELOPMENT, Phase.SCALE_UP)
    with ctx.store.read() as s:
        items = agenda(s, TODAY)
    model = AgendaTableModel()
    model.set_rows(items, TODAY)
    shown = [
        (model.index(r, model.KIND).data(), model.index(r, model.WHAT).data())
        for r in range(model.rowCount())
    ]
    assert (
        "Reassessment",
        "Reassess Alpine Synthesis (Process development → Scale up)",
    ) in shown
    assert ctx.undo_stack.count() == 2  # the phase change, then the postponed reassessment


def test_now_opens_the_editor_and_a_typed_score_is_saved_and_undone(qtbot, ctx, world) -> None:
    _change_phase(qtbot, ctx, world)
    _answer(qtbot, "reassess_now_button")
    editor = _editor(qtbot)
    table = editor.scores
    row, col = table.cell_of(world.partner_id, Criterion.TRUST)
    table.setCurrentCell(row, col)
    table.setFocus()
    qtbot.keyClicks(table, "9")  # refused by the score cell: only 1-5 can be typed
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClicks(table, "4")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Tab)
    editor_rid = editor.reassessment_id
    assert _cell(table, row, col).text() == "4"
    assert reassessment_detail(ctx.store, editor_rid).score(world.partner_id, Criterion.TRUST) == 4
    undo = editor.findChild(QAction, "undo_action")
    assert undo is not None
    undo.trigger()
    assert (
        reassessment_detail(ctx.store, editor_rid).score(world.partner_id, Criterion.TRUST) is None
    )
    assert _cell(editor.scores, row, col).text() == ""


def test_side_by_side_shows_candidates_and_the_change_from_the_previous_assessment(
    qtbot, ctx, world
) -> None:
    store = ctx.store
    trigger = Trigger(ReassessmentTrigger.GATE, milestone_id=world.gate_id)
    start_reassessment(store, world.engagement_id, trigger, date(2026, 6, 1))
    first = engagement_reassessments(store, world.engagement_id)[0].id
    complete_reassessment(
        store,
        first,
        ReassessmentForm(
            entries=scores(world.partner_id, {Criterion.TRUST: 2, Criterion.TEAM: 4}),
            assessor="Mara Quinn",
            assessed_on=date(2026, 6, 1),
            outcome=ReassessmentOutcome.CONTINUE,
        ),
        date(2026, 6, 1),
    )
    start_reassessment(store, world.engagement_id, trigger, TODAY)
    second = next(
        r for r in engagement_reassessments(store, world.engagement_id) if not r.completed
    )
    editor = ReassessmentDialog(ctx, second.id, today=TODAY)
    qtbot.addWidget(editor)
    set_combo_value(editor.candidate_combo, world.candidate_id)
    editor.add_candidate_button.click()
    t = editor.scores
    for partner, crit, value in (
        (world.partner_id, Criterion.TRUST, "4"),
        (world.partner_id, Criterion.TEAM, "3"),
        (world.candidate_id, Criterion.TRUST, "5"),
    ):
        r, c = t.cell_of(partner, crit)
        _cell(t, r, c).setText(value)
    editor.tabs.setCurrentIndex(1)
    cmp = editor.comparison
    headers = [cmp.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == [
        "Alpine Synthesis (current)",
        "Bay Pharma Services",
        "Previous (1 Jun 2026)",
        "Change",
    ]
    trust = [_cell(cmp, 0, i).text() for i in range(4)]
    team = [_cell(cmp, 1, i).text() for i in range(4)]
    assert trust == ["4", "5", "2", "+2"] and team == ["3", "—", "4", "-1"]
    editor.tabs.setCurrentIndex(0)
    r, c = t.cell_of(world.candidate_id, Criterion.QUALITY)
    t.setCurrentCell(r, c)
    facts = editor.facts.toPlainText()
    assert "Quality and regulatory record" in facts
    assert "Swissmedic inspection 9 Sept 2025" in facts or "Swissmedic inspection" in facts
    assert "Bay Pharma Services" in facts and "Open audit observations: 3" in facts


def test_recording_the_outcome_writes_everything_and_one_undo_removes_it(qtbot, ctx, world) -> None:
    trigger = Trigger(
        ReassessmentTrigger.GATE,
        from_phase=Phase.PROCESS_DEVELOPMENT,
        to_phase=Phase.SCALE_UP,
        milestone_id=world.gate_id,
    )
    start_reassessment(ctx.store, world.engagement_id, trigger, TODAY)
    rid = engagement_reassessments(ctx.store, world.engagement_id)[0].id
    editor = ReassessmentDialog(ctx, rid, today=TODAY)
    qtbot.addWidget(editor)
    t = editor.scores
    r, c = t.cell_of(world.partner_id, Criterion.QUALITY)
    _cell(t, r, c).setText("3")
    editor.complete_button.click()
    assert "give the evidence behind the score of 3" in editor.error_label.text()
    assert "Choose the outcome" in editor.error_label.text()
    _cell(t, r, c + 1).setText("Swissmedic certificate, 3 open audit observations")
    out = editor.outcome
    set_combo_value(out.outcome_combo, ReassessmentOutcome.CONTINUE_WITH_CONDITIONS)
    out.add_condition("Close the 3 audit observations", "Li Wei", date(2026, 12, 18))
    steps = ctx.undo_stack.count()
    editor.complete_button.click()
    assert editor.error_label.isHidden()
    with ctx.store.read() as s:
        decision = s.exec(select(Decision)).one()
        action = s.exec(select(ActionItem)).one()
        risk = s.get(Risk, world.gate_risk_id)
    assert decision.title == "Partner reassessment: Continue with conditions"
    assert (action.owner, action.due_date) == ("Li Wei", date(2026, 12, 18))
    assert risk.next_review_date == TODAY
    assert ctx.undo_stack.count() == steps + 1
    ctx.undo_stack.undo()
    with ctx.store.read() as s:
        assert s.exec(select(Decision)).all() == [] and s.exec(select(ActionItem)).all() == []
        assert s.get(Risk, world.gate_risk_id).next_review_date == date(2026, 12, 20)
    (row,) = engagement_reassessments(ctx.store, world.engagement_id)
    assert row.status == ReassessmentStatus.DUE


def test_recording_a_gate_outcome_asks_for_the_reassessment(qtbot, ctx, world) -> None:
    editor = DecisionsEditor(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(editor)
    editor.start_new()
    editor.ui.titleEdit.setText("Go to GMP scale-up")
    set_combo_value(editor.ui.milestoneCombo, world.gate_id)
    set_combo_value(editor.ui.gateOutcomeCombo, "go")
    assert editor.save()
    _answer(qtbot, "reassess_later_button")
    (row,) = engagement_reassessments(ctx.store, world.engagement_id)
    assert row.trigger == ReassessmentTrigger.GATE and row.milestone_id == world.gate_id
    assert row.milestone_name == "Go/no-go to GMP scale-up"


def test_score_tints_follow_a_switch_to_dark_without_reopening(qtbot, ctx, world) -> None:
    from cdmo_desktop.gui import theme

    trigger = Trigger(ReassessmentTrigger.GATE, milestone_id=world.gate_id)
    start_reassessment(ctx.store, world.engagement_id, trigger, TODAY)
    rid = engagement_reassessments(ctx.store, world.engagement_id)[0].id
    editor = ReassessmentDialog(ctx, rid, today=TODAY)
    qtbot.addWidget(editor)
    table = editor.scores
    row, col = table.cell_of(world.partner_id, Criterion.TRUST)
    _cell(table, row, col).setText("2")
    editor.tabs.setCurrentIndex(1)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        for scheme in ("light", "dark"):
            theme.apply(app, scheme)
            wanted = theme.current().score_bg[2]
            assert _cell(table, row, col).background().color() == wanted
            assert _cell(editor.comparison, 0, 0).background().color() == wanted
            fg = theme.current().colour("score_fg")
            assert _cell(editor.comparison, 0, 0).foreground().color() == fg
    finally:
        theme.apply(app, "light")
