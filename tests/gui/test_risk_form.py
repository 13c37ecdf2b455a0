"""The risk form: every field round-trips, refusals say why and write nothing, saves and
reviews are undoable, unsaved changes are not lost silently."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cdmo_desktop.domain.models import Risk, RiskReview
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.gui.widgets.fields import combo_value, set_combo_value
from cdmo_desktop.store import risk_reviews
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio, wait_counted

pytestmark = pytest.mark.gui


@pytest.fixture
def pf(ctx: Any) -> Portfolio:
    return make_portfolio(ctx.store)


def _view(qtbot: Any, ctx: Any, engagement_id: str | None = None) -> RisksView:
    view = RisksView(ctx, engagement_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    qtbot.waitExposed(view)
    view.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    wait_counted(qtbot, view)
    return view


def _risk(ctx: Any, risk_id: str) -> Risk:
    with ctx.store.read() as s:
        risk = s.get(Risk, risk_id)
    assert risk is not None
    return risk


def _fill_every_field(view: RisksView, pf: Portfolio) -> dict[str, Any]:
    ui = view.form.ui
    set_combo_value(ui.engagementCombo, pf.alpha)
    ui.titleEdit.setText("API supplier capacity for the Q3 campaign")
    set_combo_value(ui.categoryCombo, "supply")
    set_combo_value(ui.statusCombo, "realized")
    ui.ownerCombo.setEditText("Dr. Ananya Iyer")
    set_combo_value(ui.raisedByCombo, "partner")
    ui.raisedDateEdit.commit(date(2026, 10, 1))
    set_combo_value(ui.milestoneCombo, pf.gate)
    set_combo_value(ui.likelihoodCombo, 4)
    set_combo_value(ui.impactCombo, 5)
    set_combo_value(ui.residualLikelihoodCombo, 2)
    set_combo_value(ui.residualImpactCombo, 3)
    ui.descriptionEdit.setPlainText("The sole API supplier cannot deliver 40 kg in Q3.")
    ui.causeEdit.setPlainText("Their reactor is booked by a larger customer.")
    ui.triggerEdit.setPlainText("No confirmed PO date by 15 October.")
    ui.mitigationEdit.setPlainText("Qualify a second source; reserve capacity now.")
    ui.contingencyEdit.setPlainText("Split the campaign into two 20 kg lots.")
    ui.cadenceSpin.setValue(14)
    ui.nextReviewEdit.commit(date(2026, 12, 2))
    ui.closedDateEdit.commit(date(2026, 11, 12))
    ui.closureNoteEdit.setPlainText("Supplier slipped; campaign split as planned.")
    set_combo_value(ui.decisionCombo, pf.decision)
    return {
        "engagement_id": pf.alpha,
        "title": "API supplier capacity for the Q3 campaign",
        "category": "supply",
        "status": "realized",
        "owner": "Dr. Ananya Iyer",
        "raised_by": "partner",
        "raised_date": date(2026, 10, 1),
        "milestone_id": pf.gate,
        "likelihood": 4,
        "impact": 5,
        "residual_likelihood": 2,
        "residual_impact": 3,
        "description": "The sole API supplier cannot deliver 40 kg in Q3.",
        "cause": "Their reactor is booked by a larger customer.",
        "trigger": "No confirmed PO date by 15 October.",
        "mitigation": "Qualify a second source; reserve capacity now.",
        "contingency": "Split the campaign into two 20 kg lots.",
        "review_cadence_days": 14,
        "next_review_date": date(2026, 12, 2),
        "closed_date": date(2026, 11, 12),
        "closure_note": "Supplier slipped; campaign split as planned.",
        "realized_decision_id": pf.decision,
    }


def test_every_field_round_trips(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    view = _view(qtbot, ctx)
    view.new_risk()
    assert view.stack.currentIndex() == view.FORM_PAGE
    expected = _fill_every_field(view, pf)
    assert view.form.ui.levelLabel.text() == "Critical"
    assert view.form.ui.residualLevelLabel.text() == "Medium"
    assert view.form.ui.saveButton.isEnabled()
    view.save_action.trigger()
    risk_id = view.form.risk_id
    assert risk_id is not None and not view.form.is_dirty()
    stored = _risk(ctx, risk_id)
    for field, value in expected.items():
        assert getattr(stored, field) == value, field
    assert (stored.number, stored.score, stored.level) == (1, 20, "critical")
    assert view.form.ui.codeLabel.text() == "R-001"
    other = _view(qtbot, ctx)
    assert other.open_risk(risk_id)
    assert other.form.values() == expected


def test_refusals_say_why_and_write_nothing(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    risk = add_risk(ctx.store, pf.alpha, title="Yield below 70 %")
    view = _view(qtbot, ctx, pf.alpha)
    assert view.open_risk(risk.id)
    ui = view.form.ui
    set_combo_value(ui.statusCombo, "closed")
    assert ui.closedDateEdit.value() == TODAY  # a sensible default
    assert not ui.saveButton.isEnabled()
    assert "closure note" in ui.closureNoteError.text()
    assert not ui.closureNoteError.isHidden()
    assert ui.tabs.currentIndex() == 2  # the closure tab comes forward
    assert ui.tabs.tabText(2).endswith("⚠")
    assert "closure note" in ui.saveButton.toolTip()
    ui.nextReviewEdit.commit(date(2026, 8, 1))
    assert "before raised date" in ui.nextReviewError.text()
    set_combo_value(ui.residualLikelihoodCombo, 2)
    assert "both" in ui.assessmentError.text()
    ui.titleEdit.clear()
    assert "required" in ui.titleError.text()
    assert view.form.save() is False
    stored = _risk(ctx, risk.id)
    assert (stored.status, stored.title, stored.next_review_date) == (
        "open",
        "Yield below 70 %",
        date(2026, 12, 1),
    )
    assert ctx.undo_stack.count() == 0


def test_next_review_follows_the_cadence_until_set_by_hand(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    view = _view(qtbot, ctx, pf.alpha)
    view.new_risk()
    ui = view.form.ui
    assert ui.raisedDateEdit.value() == TODAY
    assert ui.nextReviewEdit.value() == TODAY + timedelta(days=30)
    ui.cadenceSpin.setValue(7)
    assert ui.nextReviewEdit.value() == TODAY + timedelta(days=7)
    ui.nextReviewEdit.commit(date(2027, 1, 8))
    ui.cadenceSpin.setValue(14)
    assert ui.nextReviewEdit.value() == date(2027, 1, 8)
    assert "set by hand" in ui.nextReviewHint.text()
    ui.recomputeButton.click()
    assert ui.nextReviewEdit.value() == TODAY + timedelta(days=14)


def test_codes_are_numbered_per_engagement_from_the_screen(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    add_risk(ctx.store, pf.beta, "Beta's first")
    view = _view(qtbot, ctx, pf.alpha)
    for title in ("First", "Second"):
        view.show_register()  # focuses the register
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert view.stack.currentIndex() == view.FORM_PAGE
        assert view.form.ui.titleEdit.hasFocus()
        qtbot.keyClicks(view.form.ui.titleEdit, title)
        qtbot.keyClick(view.form.ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not view.form.is_dirty()
    assert view.form.ui.codeLabel.text() == "R-002"
    view.show_register()
    wait_counted(qtbot, view)
    assert view.model.total == 2


def test_saves_and_new_risks_undo_and_redo(qtbot: Any, ctx: Any, pf: Portfolio) -> None:
    view = _view(qtbot, ctx, pf.alpha)
    view.new_risk()
    view.form.ui.titleEdit.setText("Endotoxin OOS")
    assert view.form.save()
    risk_id = view.form.risk_id
    assert risk_id is not None
    set_combo_value(view.form.ui.impactCombo, 5)
    view.form.ui.mitigationEdit.setPlainText("Extra LAL testing")
    assert view.form.save()
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    stored = _risk(ctx, risk_id)
    assert (stored.impact, stored.mitigation, stored.level) == (3, "", "medium")
    assert combo_value(view.form.ui.impactCombo) == 3  # the open form follows
    ctx.undo_stack.redo()
    assert _risk(ctx, risk_id).impact == 5
    assert view.form.ui.mitigationEdit.toPlainText() == "Extra LAL testing"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()  # the risk was never logged
    with ctx.store.read() as s:
        assert s.get(Risk, risk_id) is None
    assert view.stack.currentIndex() == view.REGISTER_PAGE
    ctx.undo_stack.redo()
    again = _risk(ctx, risk_id)
    assert (again.number, again.title) == (1, "Endotoxin OOS")
    wait_counted(qtbot, view)
    assert view.model.total == 1


def test_mark_reviewed_records_the_review_and_moves_the_date(
    qtbot: Any, ctx: Any, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.gui.risks.risk_review import RiskReviewDialog

    risk = add_risk(ctx.store, pf.alpha, likelihood=4, impact=4, review_cadence_days=14)
    view = _view(qtbot, ctx, pf.alpha)
    assert view.open_risk(risk.id)
    assert view.form.ui.markReviewedButton.isEnabled()
    seen: list[RiskReviewDialog] = []

    def run(dialog: RiskReviewDialog) -> int:
        seen.append(dialog)
        ui = dialog.ui
        assert ui.nextReviewEdit.value() == TODAY + timedelta(days=14)
        ui.reviewDateEdit.commit(TODAY + timedelta(days=3))
        assert not dialog.ok_button.isEnabled()
        assert "future" in ui.reviewDateError.text()
        ui.reviewDateEdit.commit(TODAY)
        set_combo_value(ui.likelihoodCombo, 2)
        set_combo_value(ui.residualLikelihoodCombo, 1)
        set_combo_value(ui.residualImpactCombo, 4)
        ui.noteEdit.setPlainText("Second source qualified")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(RiskReviewDialog, "exec", run)
    view.form.ui.markReviewedButton.click()
    assert seen
    stored = _risk(ctx, risk.id)
    assert (stored.likelihood, stored.impact, stored.level) == (2, 4, "high")
    assert (stored.residual_likelihood, stored.residual_impact) == (1, 4)
    assert stored.next_review_date == TODAY + timedelta(days=14)
    with ctx.store.read() as s:
        reviews = risk_reviews.reviews_of(s, risk.id)
    assert [(r.review_date, r.note, r.reviewed_by) for r in reviews] == [
        (TODAY, "Second source qualified", "Test Consultant")
    ]
    history = view.form.history_model
    assert [p.what for p in history.points] == ["Raised", "Reviewed"]
    assert "last reviewed 20 Nov 2026" in view.form.ui.nextReviewHint.text()
    ctx.undo_stack.undo()
    with ctx.store.read() as s:
        assert s.get(RiskReview, reviews[0].id) is None
    assert _risk(ctx, risk.id).next_review_date == date(2026, 12, 1)


def test_unsaved_changes_are_not_lost_silently(
    qtbot: Any, ctx: Any, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    risk = add_risk(ctx.store, pf.alpha, title="Old title")
    view = _view(qtbot, ctx, pf.alpha)
    assert view.open_risk(risk.id)
    assert view.maybe_leave()  # nothing changed yet
    view.form.ui.titleEdit.setText("New title")
    answers = iter(
        [
            QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        ]
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    assert not view.maybe_leave()
    assert view.form.is_dirty()
    assert view.maybe_leave()  # discard
    assert view.form.ui.titleEdit.text() == "Old title"
    view.form.ui.titleEdit.setText("Saved title")
    view.back_action.trigger()  # Esc: asks, saves, goes back
    assert view.stack.currentIndex() == view.REGISTER_PAGE
    assert _risk(ctx, risk.id).title == "Saved title"
    assert view.selected_id() == risk.id


def test_inside_a_page_with_its_own_save_the_page_shortcut_saves_the_risk(
    qtbot: Any, ctx: Any, pf: Portfolio
) -> None:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    page_save = QAction("Save", page)
    page_save.setShortcut(QKeySequence.StandardKey.Save)
    page_save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(page_save)
    view = RisksView(ctx, pf.alpha, page, today=lambda: TODAY)
    QVBoxLayout(page).addWidget(view)
    page.resize(1300, 760)
    page.show()
    qtbot.waitExposed(page)
    page.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    assert view.save_action.shortcut().isEmpty()  # no "ambiguous shortcut" with the page's
    view.new_risk()
    qtbot.keyClicks(view.form.ui.titleEdit, "Isolator glove breach")
    assert view.is_dirty()
    qtbot.keyClick(view.form.ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.is_dirty()
    assert view.form.risk_id is not None
    assert _risk(ctx, view.form.risk_id).title == "Isolator glove breach"


def test_a_new_risk_lists_thousands_of_engagements_without_reading_them_all(
    qtbot: Any, ctx: Any, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new-risk form's engagement list reads the rows it shows, and choosing an
    engagement reads its owners, milestones and decisions, not every engagement again."""
    from cdmo_desktop.domain.enums import Phase
    from cdmo_desktop.domain.models import Engagement
    from cdmo_desktop.store import choice_lists

    with ctx.store.read() as s:
        alpha = s.get(Engagement, pf.alpha)
        assert alpha is not None
        client_id, partner_id = alpha.client_id, alpha.partner_id
    with ctx.store.session() as s:
        for i in range(2500):
            s.add(
                Engagement(
                    title=f"Program {i:04d}",
                    client_id=client_id,
                    partner_id=partner_id,
                    phase=Phase.PRECLINICAL,
                )
            )
    read: list[int] = []
    real = choice_lists.rows

    def counted(store: Any, listing: Any, offset: int, limit: int) -> Any:
        found = real(store, listing, offset, limit)
        read.append(len(found))
        return found

    monkeypatch.setattr(choice_lists, "rows", counted)
    view = _view(qtbot, ctx)
    view.new_risk()
    combo = view.form.ui.engagementCombo
    assert combo.count() == 1 + 2502 and combo.currentData() is None
    assert combo.currentText() == "Choose the engagement…"
    set_combo_value(combo, pf.beta)
    assert combo.currentText() == "Beta fill-finish"
    assert 0 < sum(read) <= 400  # the page holding Beta, not 2,502 titles
    set_combo_value(combo, pf.alpha)
    assert combo_value(view.form.ui.milestoneCombo) is None
    assert view.form.ui.milestoneCombo.count() > 1  # Alpha's milestones are offered
    assert sum(read) <= 400
