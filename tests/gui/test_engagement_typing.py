"""Typing into the engagement forms with real keys: dates ("7 Dec 2026", select-all then a
new date, the day typed over) in the engagement dialog, the charter and the workspace
registers, and the budget in the locale's notation (German "3.400.000,50" is stored
exactly; an English decimal comma is refused next to the field and nothing is written)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import func, select

from cdmo_desktop.domain.models import ActionItem, ChangeLog, Charter, Engagement
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.charter import CharterTab
from cdmo_desktop.gui.engagements.decisions_actions import ActionsEditor
from cdmo_desktop.gui.engagements.engagement_dialog import EngagementDialog
from cdmo_desktop.gui.widgets.fields import DateField, set_combo_value
from cdmo_desktop.store import Store
from tests.store.kickoff_world import World, build_world

pytestmark = pytest.mark.gui

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
TODAY = date(2026, 11, 20)


@pytest.fixture
def world(ctx: AppContext) -> World:
    return build_world(ctx.store)


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a form with edits at teardown does not ask."""
    from cdmo_desktop.gui import unsaved
    from cdmo_desktop.gui.engagements import workspace_records

    monkeypatch.setattr(unsaved, "ask_unsaved", lambda _p, _w: "discard")
    monkeypatch.setattr(workspace_records, "ask_unsaved", lambda _p, _w: "discard")


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(ENGLISH)
    yield
    QLocale.setDefault(before)


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    """On screen and active: typing goes where the focus is, leaving a field finishes it."""
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


def type_into(qtbot: QtBot, field: QWidget, text: str, *, select_all: bool = False) -> None:
    field.setFocus()
    if select_all:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def new_engagement_dialog(qtbot: QtBot, ctx: AppContext, world: World) -> EngagementDialog:
    dialog = EngagementDialog(ctx)
    shown(qtbot, dialog)
    type_into(qtbot, dialog.ui.titleEdit, "HX-101 tox supply")
    set_combo_value(dialog.ui.clientCombo, world.client_id)
    set_combo_value(dialog.ui.partnerCombo, world.partner_id)
    return dialog


# --- dates ------------------------------------------------------------------------------
def test_dates_are_typed_into_the_engagement_dialog(qtbot: QtBot, ctx: AppContext, world) -> None:
    dialog = new_engagement_dialog(qtbot, ctx, world)
    start = dialog.ui.startDateEdit
    assert isinstance(start, DateField) and start.value() is None
    type_into(qtbot, start, "7 Dec 2026")  # into an empty date
    assert start.value() == date(2026, 12, 7) and start.text() == "7 Dec 2026"
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Home)
    qtbot.keyClick(start, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(start, "2")  # the day typed over, not appended (7 stays no 27)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.value() == date(2026, 12, 2)
    end = dialog.ui.endDateEdit
    type_into(qtbot, end, "2026-12-31")
    type_into(qtbot, end, "17 Jan 2027", select_all=True)
    assert end.value() == date(2027, 1, 17)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with ctx.store.read() as s:
        eng = s.exec(select(Engagement).where(Engagement.title == "HX-101 tox supply")).one()
    assert (eng.start_date, eng.end_date) == (date(2026, 12, 2), date(2027, 1, 17))


def test_a_date_that_does_not_exist_is_refused_next_to_the_field(
    qtbot: QtBot, ctx: AppContext, world
) -> None:
    dialog = new_engagement_dialog(qtbot, ctx, world)
    type_into(qtbot, dialog.ui.startDateEdit, "31 Feb 2027")
    assert "has no day 31" in dialog.ui.startDateError.text()
    assert dialog.ui.startDateError.isVisible() and not dialog.ok_button.isEnabled()
    logged = count(ctx.store, ChangeLog)
    assert not dialog.save()
    assert count(ctx.store, ChangeLog) == logged


def test_charter_dates_are_typed(qtbot: QtBot, ctx: AppContext, world) -> None:
    tab = CharterTab(ctx, world.engagement_id, today=TODAY)
    shown(qtbot, tab)
    kickoff = tab.ui.kickoffDateEdit
    type_into(qtbot, kickoff, "7 Dec 2026")
    type_into(qtbot, tab.ui.plannedEndEdit, "17 Jan 2027", select_all=True)
    assert tab.save()
    with ctx.store.read() as s:
        charter = s.exec(select(Charter).where(Charter.engagement_id == world.engagement_id)).one()
    assert (charter.kickoff_date, charter.planned_end) == (date(2026, 12, 7), date(2027, 1, 17))


def test_workspace_dates_are_typed(qtbot: QtBot, ctx: AppContext, world) -> None:
    editor = ActionsEditor(ctx, world.engagement_id, today=TODAY)
    shown(qtbot, editor)
    editor.start_new()
    type_into(qtbot, editor.ui.descriptionEdit, "Send the reference standard")
    type_into(qtbot, editor.ui.dueDateEdit, "7 Dec 2026")
    assert editor.save()
    with ctx.store.read() as s:
        item = s.exec(select(ActionItem)).one()
    assert item.due_date == date(2026, 12, 7)


# --- the budget -------------------------------------------------------------------------
def test_a_german_budget_is_stored_exactly(qtbot: QtBot, ctx: AppContext, world, german) -> None:
    dialog = new_engagement_dialog(qtbot, ctx, world)
    type_into(qtbot, dialog.ui.budgetAmountEdit, "3.400.000,50")
    type_into(qtbot, dialog.ui.startDateEdit, "07.12.2026")
    assert dialog.ui.budgetAmountEdit.text() == "3.400.000,50"
    assert dialog.ui.startDateEdit.text() == "7. Dez. 2026"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with ctx.store.read() as s:
        eng = s.exec(select(Engagement).where(Engagement.title == "HX-101 tox supply")).one()
    assert eng.budget_amount == Decimal("3400000.50")
    assert eng.start_date == date(2026, 12, 7)


def test_an_english_decimal_comma_is_refused_and_nothing_is_written(
    qtbot: QtBot, ctx: AppContext, world, english
) -> None:
    dialog = new_engagement_dialog(qtbot, ctx, world)
    type_into(qtbot, dialog.ui.budgetAmountEdit, "3400000,50")
    assert dialog.ui.budgetAmountError.isVisible()
    assert "3,400,000.50" in dialog.ui.budgetAmountError.text()
    assert not dialog.ok_button.isEnabled()
    engagements, logged = count(ctx.store, Engagement), count(ctx.store, ChangeLog)
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Return)  # OK is the default button
    assert not dialog.save()
    assert dialog.isVisible()
    assert (count(ctx.store, Engagement), count(ctx.store, ChangeLog)) == (engagements, logged)
