"""Ctrl+K in the window: one search over every kind of record, typed ahead, hits grouped
under headings, Up/Down and Enter open the record where it lives, Esc closes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.search.popup import HIT_ROLE, SearchPopup
from cdmo_desktop.store.search_results import Hit

pytestmark = pytest.mark.gui


@pytest.fixture
def window(demo_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _open(window: MainWindow, qtbot: QtBot) -> SearchPopup:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search.popup
    assert popup is not None and popup.isVisible()
    assert QApplication.focusWidget() is popup.edit or popup.edit.hasFocus()
    return popup


def _type(popup: SearchPopup, qtbot: QtBot, text: str) -> None:
    popup.edit.clear()
    qtbot.keyClicks(popup.edit, text)
    qtbot.waitUntil(
        lambda: popup.results is not None and popup.results.text == text, timeout=10_000
    )


def _current(popup: SearchPopup) -> Hit:
    hit = popup.current_hit()
    assert hit is not None
    return hit


def test_ctrl_k_searches_and_enter_opens_the_contact_at_its_partner(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.search.action.shortcut() == QKeySequence("Ctrl+K")
    popup = _open(window, qtbot)
    _type(popup, qtbot, "vogel")
    first = _current(popup)
    assert first.kind == "contact" and first.title == "Dr. Katrin Vogel"
    headings = [
        popup.list.item(i).text()
        for i in range(popup.list.count())
        if popup.list.item(i).data(HIT_ROLE) is None
    ]
    assert headings[0] == "Contacts (1)" and any(h.startswith("Agreements (") for h in headings)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    page: Any = window.stack.currentWidget()
    assert page.property("detail_kind") == "partner"
    section = page.sections["contact"]
    assert page.ui.tabs.currentIndex() == 2
    assert section.selected_id() == first.record_id


def test_up_down_skip_headings_and_enter_opens_a_risk_in_its_engagement(
    window: MainWindow, qtbot: QtBot
) -> None:
    popup = _open(window, qtbot)
    _type(popup, qtbot, "tech")
    first = _current(popup)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    second = _current(popup)
    assert second is not first
    # Down through the milestones lands on the risk under the next heading.
    while _current(popup).kind != "risk":
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    risk = _current(popup)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Up)
    assert _current(popup).kind == "milestone"
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    assert _current(popup) is risk
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    page: Any = window.stack.currentWidget()
    assert page.property("detail_kind") == "engagement"
    assert page.engagement_id == risk.engagement_id
    risks = page.external["risks"]
    assert risks.selected_id() == risk.record_id
    assert risks.form.risk_id == risk.record_id


def test_a_decision_opens_on_the_decisions_tab_selected(window: MainWindow, qtbot: QtBot) -> None:
    popup = _open(window, qtbot)
    _type(popup, qtbot, "second source")
    while _current(popup).kind != "decision":
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    decision = _current(popup)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Enter)
    page: Any = window.stack.currentWidget()
    assert page.ui.tabs.currentIndex() == 4
    editor = page.decisions.decisions
    assert editor._current_id == decision.record_id


def test_nothing_found_says_so_and_esc_closes(window: MainWindow, qtbot: QtBot) -> None:
    popup = _open(window, qtbot)
    _type(popup, qtbot, 'zzyzx NEAR("')
    assert popup.list.count() == 0
    assert popup.status.isVisible() and popup.status.text().startswith("No results for")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_ctrl_f_searches_everything_where_the_screen_has_no_find(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_screen("portfolio")
    assert window.search.find_action.isEnabled()
    window.show_screen("partners")  # has its own Find (its search box)
    assert not window.search.find_action.isEnabled()
    window.show_screen("reports")
    assert window.search.find_action.isEnabled()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.popup is not None and window.search.popup.isVisible()


def test_the_popup_is_named_for_a_screen_reader(window: MainWindow, qtbot: QtBot) -> None:
    popup = _open(window, qtbot)
    assert popup.edit.accessibleName() == "Search everything"
    assert popup.list.accessibleName() == "Search results"


def test_ctrl_f_on_a_screen_with_a_search_box_goes_to_that_box(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.show_screen("risks")
    box = page.findChild(QLineEdit, "riskSearchEdit")
    assert box is not None and box.isVisible()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
    assert window.search.popup is None or not window.search.popup.isVisible()
