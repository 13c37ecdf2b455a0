"""Dates on the risk screens read as everywhere else ("1 Dec 2026", issue 11 item 19), are
typed with the keyboard in the risk form and the review dialog, follow the locale (German
shows and accepts German dates), and the register's "due for review" follows the clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui.risks.risk_review import RiskReviewDialog
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.gui.widgets.fields import DateField
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio, wait_counted

pytestmark = pytest.mark.gui


@pytest.fixture
def pf(ctx: Any) -> Portfolio:
    return make_portfolio(ctx.store)


@pytest.fixture
def today() -> Iterator[None]:
    with clock.frozen(TODAY):
        yield


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def _view(qtbot: Any, ctx: Any, engagement_id: str | None = None) -> RisksView:
    view = RisksView(ctx, engagement_id)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    qtbot.waitExposed(view)
    view.windowHandle().requestActivate()  # keys and shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    wait_counted(qtbot, view)
    return view


def _stored(ctx: Any, risk_id: str) -> Risk:
    with ctx.store.read() as s:
        risk = s.get(Risk, risk_id)
    assert risk is not None
    return risk


def _type_date(qtbot: Any, edit: DateField, text: str) -> None:
    """Click into the field, select what is there, type `text`, leave with Tab."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _cell(view: RisksView, key: str, row: int = 0) -> str:
    return str(view.model.data(view.model.index(row, view.model.column_of(key))))


def test_register_form_and_review_show_dates_as_the_rest_of_the_app(
    qtbot: Any, ctx: Any, pf: Portfolio, today: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    risk = add_risk(ctx.store, pf.alpha, milestone_id=pf.gate, review_cadence_days=14)
    view = _view(qtbot, ctx, pf.alpha)
    assert _cell(view, "next_review") == "1 Dec 2026"
    assert view.open_risk(risk.id)
    ui = view.form.ui
    raised = fmt.date_text(date(2026, 9, 1))  # "1 Sep 2026" ("1 Sept 2026" in Qt's en_GB)
    assert (ui.raisedDateEdit.text(), ui.nextReviewEdit.text()) == (raised, "1 Dec 2026")
    assert ui.milestoneCombo.currentText() == "◆ Gate: GMP go/no-go (15 Dec 2026)"
    assert ui.decisionCombo.itemText(1) == "2 Nov 2026 - Add a second supplier"
    assert f"cadence gives {fmt.date_text(date(2026, 9, 15))}" in ui.nextReviewHint.text()
    history = view.form.history_model
    assert history.data(history.index(0, 0)) == raised
    seen: list[str] = []

    def run(dialog: RiskReviewDialog) -> int:
        seen.append(dialog.ui.riskLabel.text())
        seen.append(dialog.ui.reviewDateEdit.text())
        return 0

    monkeypatch.setattr(RiskReviewDialog, "exec", run)
    view.form.ui.markReviewedButton.click()
    assert "next review was 1 Dec 2026" in seen[0]
    assert seen[1] == "20 Nov 2026"


def test_review_dates_are_typed_in_the_risk_form(
    qtbot: Any, ctx: Any, pf: Portfolio, today: None
) -> None:
    risk = add_risk(ctx.store, pf.alpha)
    view = _view(qtbot, ctx, pf.alpha)
    assert view.open_risk(risk.id)
    ui = view.form.ui
    ui.tabs.setCurrentWidget(ui.reviewTab)
    _type_date(qtbot, ui.nextReviewEdit, "31 Feb 2027")
    assert "February 2027 has no day 31" in ui.nextReviewError.text()
    assert not ui.saveButton.isEnabled()
    assert view.form.is_dirty() and not view.form.save()
    assert _stored(ctx, risk.id).next_review_date == date(2026, 12, 1)
    _type_date(qtbot, ui.nextReviewEdit, "7 Dec 2026")
    assert ui.nextReviewEdit.text() == "7 Dec 2026"
    assert ui.nextReviewError.isHidden()
    assert "set by hand" in ui.nextReviewHint.text()
    qtbot.keyClick(ui.cadenceSpin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.form.is_dirty()
    assert _stored(ctx, risk.id).next_review_date == date(2026, 12, 7)
    ui.tabs.setCurrentWidget(ui.closureTab)
    _type_date(qtbot, ui.closedDateEdit, "2026-11-19")
    assert ui.closedDateEdit.value() == date(2026, 11, 19)
    ui.closedDateEdit.clear()  # "not set" again
    assert ui.closedDateEdit.value() is None


def test_a_half_typed_date_waits_for_the_field_to_be_left(
    qtbot: Any, ctx: Any, pf: Portfolio, today: None
) -> None:
    risk = add_risk(ctx.store, pf.alpha)
    view = _view(qtbot, ctx, pf.alpha)
    assert view.open_risk(risk.id)
    ui = view.form.ui
    ui.tabs.setCurrentWidget(ui.reviewTab)
    edit = ui.nextReviewEdit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "7 De")
    assert ui.nextReviewError.isHidden() and ui.errorSummary.isHidden()  # no flicker
    assert not ui.saveButton.isEnabled()  # but it cannot be saved like that
    qtbot.keyClicks(edit, "c 2026")
    assert ui.saveButton.isEnabled()  # a whole date: Save without leaving the field
    ui.saveButton.click()
    assert _stored(ctx, risk.id).next_review_date == date(2026, 12, 7)


def test_german_dates_are_shown_and_typed(
    qtbot: Any, ctx: Any, pf: Portfolio, today: None, german: None
) -> None:
    risk = add_risk(ctx.store, pf.alpha, review_cadence_days=14)
    view = _view(qtbot, ctx, pf.alpha)
    assert _cell(view, "next_review") == "1. Dez. 2026"
    assert view.open_risk(risk.id)
    ui = view.form.ui
    assert ui.nextReviewEdit.text() == "1. Dez. 2026"
    assert "cadence gives 15. Sept. 2026" in ui.nextReviewHint.text()
    ui.tabs.setCurrentWidget(ui.reviewTab)
    _type_date(qtbot, ui.nextReviewEdit, "7.12.2026")
    assert ui.nextReviewEdit.text() == "7. Dez. 2026"
    assert view.form.save()
    assert _stored(ctx, risk.id).next_review_date == date(2026, 12, 7)
    assert _cell(view, "next_review") == "7. Dez. 2026"
    dialog = RiskReviewDialog(ctx, risk.id, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    assert dialog.ui.reviewDateEdit.text() == "20. Nov. 2026"
    _type_date(qtbot, dialog.ui.reviewDateEdit, "18.11.2026")
    assert dialog.ui.nextReviewEdit.text() == "2. Dez. 2026"  # 18 Nov + 14 days
    assert dialog.entry().review_date == date(2026, 11, 18)


def test_reviews_fall_due_at_midnight(qtbot: Any, ctx: Any, pf: Portfolio, today: None) -> None:
    add_risk(ctx.store, pf.alpha, next_review_date=TODAY + timedelta(days=1))
    view = _view(qtbot, ctx, pf.alpha)
    assert "due for review" not in view.summary_label.text()
    clock.set_now(TODAY + timedelta(days=1))
    ctx.day_changed.emit(TODAY + timedelta(days=1))
    wait_counted(qtbot, view)
    assert "1 due for review" in view.summary_label.text()
    column = view.model.column_of("next_review")
    assert view.model.data(view.model.index(0, column), Qt.ItemDataRole.BackgroundRole)


def test_register_counts_are_grouped_as_the_locale_groups_them(
    qtbot: Any, ctx: Any, pf: Portfolio, today: None, german: None
) -> None:
    view = _view(qtbot, ctx, pf.alpha)
    view.model._count, view.source.due_count = 60120, 1500  # as on a big register
    view._update_summary()
    assert view.summary_label.text() == "60.120 risks, 1.500 due for review (highlighted)"


def test_closing_a_risk_dates_the_closure_today(
    qtbot: Any, ctx: Any, pf: Portfolio, today: None
) -> None:
    risk = add_risk(ctx.store, pf.alpha)
    view = _view(qtbot, ctx, pf.alpha)
    assert view.open_risk(risk.id)
    ui = view.form.ui
    ui.statusCombo.setFocus()
    qtbot.keyClicks(ui.statusCombo, "Closed")  # picks the item by its text
    assert ui.closedDateEdit.text() == "20 Nov 2026"
    assert ui.closedDateError.isHidden()  # the date it was given counts at once
    assert list(view.form.errors()) == ["closure_note"]
