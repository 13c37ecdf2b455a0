"""The shared field editors, driven with real key events: typed dates and amounts in the
locale's notation, the country picker's search, and the combo binder."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import Phase
from cdmo_desktop.gui.widgets.fields import (
    AmountField,
    CountryPicker,
    DateField,
    FieldBinder,
    combo_value,
    enum_items,
    fill_combo,
    set_combo_value,
)

pytestmark = pytest.mark.gui

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _form(qtbot: QtBot, *fields: QWidget) -> QWidget:
    """The fields in a shown window with a plain line edit to move the focus to."""
    from PySide6.QtWidgets import QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for f in fields:
        layout.addWidget(f)
    elsewhere = QLineEdit()
    elsewhere.setObjectName("elsewhere")
    layout.addWidget(elsewhere)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):  # focus moves (editing finishes) in an active window only
        window.activateWindow()
    return window


def _type(qtbot: QtBot, widget: QWidget, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, key)


# --- dates ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "locale"),
    [
        ("7 Dec 2026", ENGLISH),
        ("2026-12-07", ENGLISH),
        ("12/7/2026", ENGLISH),
        ("07.12.2026", GERMAN),
        ("7. Dez. 2026", GERMAN),
    ],
)
def test_a_typed_date_is_read_and_shown_in_its_usual_form(
    qtbot, typed: str, locale: QLocale
) -> None:
    field = DateField()
    field.setLocale(locale)
    _window = _form(qtbot, field)
    with qtbot.waitSignal(field.value_changed) as changed:
        _type(qtbot, field, typed)
    assert changed.args == [date(2026, 12, 7)]
    assert field.value() == date(2026, 12, 7)
    assert field.text() == ("7 Dec 2026" if locale is ENGLISH else "7. Dez. 2026")


def test_select_all_then_typing_replaces_the_date(qtbot: QtBot) -> None:
    field = DateField()
    _window = _form(qtbot, field)
    field.set_value(date(2026, 3, 1))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "2026-12-07")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == date(2026, 12, 7)


def test_a_bad_date_is_kept_and_explained_next_to_the_field(qtbot: QtBot) -> None:
    field = DateField()
    label = QLabel()
    label.setObjectName("dueError")
    field.set_message_label(label)
    _window = _form(qtbot, field, label)
    field.set_value(date(2026, 3, 1))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "31 Feb 2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "31 Feb 2026"
    assert label.isVisible() and "February 2026 has no day 31" in label.text()
    assert field.toolTip() == label.text()
    with pytest.raises(ValueError, match="no day 31"):
        field.value()
    assert field.current_date() is None
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # typing again clears the message
    assert label.isHidden()


def test_the_clear_button_empties_the_date(qtbot: QtBot) -> None:
    field = DateField()
    _window = _form(qtbot, field)
    field.set_value(date(2026, 12, 7))
    clear = field.findChild(QAction, "_q_qlineeditclearaction")
    button = next(b for b in field.findChildren(QToolButton) if b.defaultAction() is clear)
    with qtbot.waitSignal(field.value_changed) as changed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert changed.args == [None]
    assert field.value() is None and field.text() == "" and field.placeholderText() == "Not set"


def test_the_calendar_picks_a_day(qtbot: QtBot) -> None:
    field = DateField()
    _window = _form(qtbot, field)
    field.set_value(date(2026, 12, 7))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.objectName() == "dateFieldCalendar"
    assert calendar.selectedDate() == QDate(2026, 12, 7)
    with qtbot.waitSignal(field.value_changed) as changed:
        calendar.clicked.emit(QDate(2026, 12, 24))
    assert changed.args == [date(2026, 12, 24)] and not calendar.isVisible()
    assert field.text() == "24 Dec 2026"


def test_up_and_down_step_a_day_and_start_from_today(qtbot: QtBot) -> None:
    field = DateField()
    _window = _form(qtbot, field)
    field.setFocus()
    with clock.frozen(date(2026, 12, 7)):
        qtbot.keyClick(field, Qt.Key.Key_Up)
        assert field.value() == date(2026, 12, 7)
        qtbot.keyClick(field, Qt.Key.Key_Up)
        qtbot.keyClick(field, Qt.Key.Key_Up)
        qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.value() == date(2026, 12, 8)


# --- amounts --------------------------------------------------------------------------
def test_a_german_budget_is_stored_exactly(qtbot: QtBot) -> None:
    field = AmountField()
    field.setLocale(GERMAN)
    _window = _form(qtbot, field)
    _type(qtbot, field, "3.400.000,50", Qt.Key.Key_Tab)
    assert field.value() == Decimal("3400000.50") and isinstance(field.value(), Decimal)
    assert field.text() == "3.400.000,50"


def test_an_english_decimal_comma_is_refused_with_a_message(qtbot: QtBot) -> None:
    field = AmountField()
    field.setLocale(ENGLISH)
    label = QLabel()
    _window = _form(qtbot, field, label)
    binder = FieldBinder()
    binder.add("budget_amount", field, label)
    _type(qtbot, field, "3400000,50", Qt.Key.Key_Tab)
    assert label.isVisible()
    assert "write it as 3,400,000.50, with a point before the decimals" in label.text()
    values, problems = binder.read()
    assert "budget_amount" not in values
    assert problems == {"budget_amount": label.text()}
    assert field.text() == "3400000,50"  # kept as typed, never turned into another number


def test_field_binder_loads_and_reads_the_new_editors(qtbot: QtBot) -> None:
    due, budget, country = DateField(), AmountField(), CountryPicker()
    _window = _form(qtbot, due, budget, country)
    binder = FieldBinder()
    binder.add("due", due)
    binder.add("budget", budget)
    binder.add("country", country)
    edits: list[bool] = []
    binder.edited.connect(lambda: edits.append(True))
    binder.load({"due": date(2026, 12, 7), "budget": Decimal("1234.5"), "country": "CH"})
    assert edits == []
    assert binder.values() == {
        "due": date(2026, 12, 7),
        "budget": Decimal("1234.50"),
        "country": "CH",
    }
    budget.setFocus()
    qtbot.keyClick(budget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, budget, "2,000", Qt.Key.Key_Tab)
    assert edits and binder.value("budget") == Decimal("2000.00")


# --- countries ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "code", "name"),
    [
        ("Ind", "IN", "India"),
        ("uk", "GB", "United Kingdom"),
        ("holl", "NL", "Netherlands"),
        ("switz", "CH", "Switzerland"),
    ],
)
def test_typing_part_of_a_country_then_return_picks_the_likeliest(
    qtbot, typed: str, code: str, name: str
) -> None:
    picker = CountryPicker()
    _window = _form(qtbot, picker)
    with qtbot.waitSignal(picker.value_changed) as changed:
        _type(qtbot, picker, typed)
    assert changed.args == [code]
    assert picker.value() == code and picker.currentText() == name


def test_the_suggestions_list_plain_names_first(qtbot: QtBot) -> None:
    picker = CountryPicker()
    _window = _form(qtbot, picker)
    picker.setFocus()
    qtbot.keyClicks(picker, "Ind")
    popup = picker.search.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    model = picker.suggestions
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown[:2] == ["India", "Indonesia"]
    assert shown.index("British Indian Ocean Territory") > 1
    qtbot.waitUntil(lambda: popup.currentIndex().row() == 0)


def test_text_that_is_no_country_is_refused(qtbot: QtBot) -> None:
    picker = CountryPicker()
    _window = _form(qtbot, picker)
    picker.setEditText("Atlantis")
    with pytest.raises(ValueError, match="“Atlantis” is not a country"):
        picker.value()
    picker.set_value(None)
    assert picker.value() is None
    picker.set_value("XX")
    assert picker.currentText() == "XX (no longer listed)" and picker.value() == "XX"


# --- combo binder ---------------------------------------------------------------------
def test_a_stored_value_no_longer_listed_is_kept(qtbot: QtBot) -> None:
    combo = QComboBox()
    combo.setObjectName("phaseCombo")
    qtbot.addWidget(combo)
    fill_combo(combo, [("discovery", "Discovery"), ("phase_1", "Phase 1")])
    set_combo_value(combo, "phase_0")
    assert combo.currentText() == "phase_0 (no longer listed)"
    assert combo_value(combo) == "phase_0"
    fill_combo(combo, [("discovery", "Discovery"), ("phase_1", "Phase 1")])  # a refresh
    assert combo_value(combo) == "phase_0" and combo.count() == 3


def test_the_combo_binder_takes_enum_members_numbers_and_none(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_combo(combo, enum_items(Phase), blank="Not set")
    set_combo_value(combo, Phase.PRECLINICAL)
    assert combo_value(combo) == Phase.PRECLINICAL.value
    set_combo_value(combo, None)
    assert combo.currentIndex() == 0 and combo_value(combo) is None
    scores = QComboBox()
    qtbot.addWidget(scores)
    fill_combo(scores, [(n, f"{n} - score") for n in range(1, 6)])
    set_combo_value(scores, 3)
    assert combo_value(scores) == 3 and scores.count() == 5


def test_every_editor_has_an_object_name(qtbot: QtBot) -> None:
    due, budget, country = DateField(), AmountField(), CountryPicker()
    _window = _form(qtbot, due, budget, country)
    due.show_calendar()
    assert [w.objectName() for w in (due, budget, country)] == [
        "dateField",
        "amountField",
        "countryPicker",
    ]
    assert due.calendar is not None and due.calendar.objectName() == "dateFieldCalendar"
    assert country.edit.objectName() == "countryPickerEdit" and country.lineEdit() is country.edit
    assert country.search.objectName() == "countryPickerCompleter"
