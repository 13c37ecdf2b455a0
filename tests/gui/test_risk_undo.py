"""Every kind of risk edit, made through the risk screen, is one undo step whose undo and
redo leave the database rows exactly as before and after: log a risk, edit its fields,
record a review, delete a risk (with its reviews). A redone risk keeps its number unless
another risk took it meanwhile; a refused write is shown and nothing is stacked."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from cdmo_desktop.domain.models import Risk
from cdmo_desktop.gui.risks.risk_review import RiskReviewDialog
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.gui.widgets.fields import set_combo_value
from cdmo_desktop.store import risk_edits
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio, wait_counted
from tests.undo_support import check_undo_redo

pytestmark = pytest.mark.gui


@pytest.fixture
def pf(ctx: Any) -> Portfolio:
    return make_portfolio(ctx.store)


def _view(qtbot: Any, ctx: Any, engagement_id: str) -> RisksView:
    view = RisksView(ctx, engagement_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    return view


def _review_through_the_dialog(monkeypatch: pytest.MonkeyPatch, note: str) -> None:
    def run(dialog: RiskReviewDialog) -> int:
        ui = dialog.ui
        set_combo_value(ui.likelihoodCombo, 2)
        set_combo_value(ui.residualLikelihoodCombo, 1)
        set_combo_value(ui.residualImpactCombo, 3)
        ui.noteEdit.setPlainText(note)
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(RiskReviewDialog, "exec", run)


def test_logging_a_risk_undoes_and_redoes_exactly(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    add_risk(ctx.store, pf.alpha, "Already there")
    view = _view(qtbot, ctx, pf.alpha)

    def log() -> None:
        view.new_risk()
        view.form.ui.titleEdit.setText("Endotoxin OOS")
        set_combo_value(view.form.ui.impactCombo, 5)
        assert view.form.save()

    after = check_undo_redo(ctx, log)
    assert ctx.undo_stack.undoText() == "Log risk 'Endotoxin OOS'"
    assert len(after["risk"]) == 2
    assert view.form.ui.codeLabel.text() == "R-002"


def test_editing_a_risk_undoes_and_redoes_exactly(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    risk = add_risk(ctx.store, pf.alpha, "Yield below 70 %")
    view = _view(qtbot, ctx, pf.alpha)
    assert view.open_risk(risk.id)

    def edit() -> None:
        view.form.ui.titleEdit.setText("Yield below 65 %")
        set_combo_value(view.form.ui.likelihoodCombo, 5)
        set_combo_value(view.form.ui.statusCombo, "mitigating")
        assert view.form.save()

    check_undo_redo(ctx, edit)
    assert ctx.undo_stack.undoText() == "Edit risk R-001"
    assert view.form.ui.titleEdit.text() == "Yield below 65 %"  # the open form follows
    assert view.form.ui.levelLabel.text() == "High"  # 5 x 3


def test_recording_a_review_undoes_and_redoes_exactly(
    qtbot: Any, ctx: Any, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    risk = add_risk(ctx.store, pf.alpha, likelihood=4, impact=3, review_cadence_days=14)
    view = _view(qtbot, ctx, pf.alpha)
    assert view.open_risk(risk.id)
    _review_through_the_dialog(monkeypatch, "Second source qualified")

    after = check_undo_redo(ctx, view.form.ui.markReviewedButton.click)
    assert ctx.undo_stack.undoText() == "Mark R-001 reviewed"
    assert len(after["risk_review"]) == 1
    assert "last reviewed 20 Nov 2026" in view.form.ui.nextReviewHint.text()
    assert view.form.ui.nextReviewEdit.value() == TODAY + timedelta(days=14)


def test_deleting_a_risk_with_reviews_undoes_and_redoes_exactly(
    qtbot: Any, ctx: Any, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    risk = add_risk(ctx.store, pf.alpha, "Logged by mistake")
    view = _view(qtbot, ctx, pf.alpha)
    _review_through_the_dialog(monkeypatch, "First look")
    assert view.mark_reviewed(risk.id)
    assert view.open_risk(risk.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    after = check_undo_redo(ctx, view.form.ui.deleteButton.click)
    assert ctx.undo_stack.undoText() == "Delete risk R-001"
    assert not after["risk"] and not after["risk_review"]
    assert view.stack.currentIndex() == view.REGISTER_PAGE
    wait_counted(qtbot, view)
    assert view.model.total == 0


def test_a_redone_risk_gets_the_next_number_when_its_own_was_taken(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    view = _view(qtbot, ctx, pf.alpha)
    view.new_risk()
    view.form.ui.titleEdit.setText("Redone later")
    assert view.form.save()
    risk_id = view.form.risk_id
    assert risk_id is not None
    ctx.undo_stack.undo()
    taker = add_risk(ctx.store, pf.alpha, "Took R-001 meanwhile")
    ctx.undo_stack.redo()
    with ctx.store.read() as s:
        redone = s.get(Risk, risk_id)
    assert redone is not None and (redone.number, taker.number) == (2, 1)
    wait_counted(qtbot, view)
    assert view.model.total == 2


def test_a_refused_review_is_shown_and_nothing_is_stacked(
    qtbot: Any, ctx: Any, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    risk = add_risk(ctx.store, pf.alpha)
    view = _view(qtbot, ctx, pf.alpha)
    shown: list[str] = []

    def run(dialog: RiskReviewDialog) -> int:
        risk_edits.delete_risk(ctx.store, risk.id)  # another window deleted it meanwhile
        dialog.ok_button.click()
        shown.append(dialog.ui.scoresError.text())
        return int(dialog.result())

    monkeypatch.setattr(RiskReviewDialog, "exec", run)
    assert not view.mark_reviewed(risk.id)
    assert shown == ["The record no longer exists."]
    assert ctx.undo_stack.count() == 0
