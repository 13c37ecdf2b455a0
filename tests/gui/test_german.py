"""The window in German: what a user who chose Deutsch in Preferences sees at the next start.

`i18n.install` with settings.LANGUAGE = "de" loads Qt's German (qtbase_de: the standard
buttons) and the app's catalogue (resources/i18n/cdmo_de_*.qm); the tests check menus, the
sidebar, a Designer form, a dialog built in code and Qt's own buttons, and that every
string of every Designer form (ui/*.ui) comes out of the compiled catalogue translated.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.gui import i18n
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.passphrase import NewPassphraseDialog
from cdmo_desktop.gui.dialogs.preferences import PreferencesDialog
from cdmo_desktop.gui.main_window import MainWindow
from tools import translations

pytestmark = pytest.mark.gui
UI = Path(__file__).resolve().parents[2] / "ui"


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_the_window_starts_in_german(german: QSettings, ctx: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = _menu_titles(window)
    assert {"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"} <= set(titles), titles
    file_menu = window.findChild(QMenu, "fileMenu")
    assert isinstance(file_menu, QMenu)
    file_texts = [a.text() for a in file_menu.actions()]
    assert "&Neue Datenbank…" in file_texts and "&Beenden" in file_texts, file_texts
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar[:2] == ["Portfolio", "Partner"] and "Risiken" in sidebar, sidebar
    assert window.undo_action.text().startswith("&Rückgängig")
    assert window.db_label.text().startswith("Datenbank: ")
    assert i18n.language() == "de" and QLocale().language() == QLocale.Language.German


def test_a_designer_form_and_qt_buttons_are_german(german: QSettings, qtbot: QtBot) -> None:
    dialog = PreferencesDialog(german)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.ui.nameLabel.text() == "Ihr &Name:"
    assert dialog.ui.languageHint.text() == "Eine neue Sprache gilt ab dem nächsten Start."
    assert dialog.ui.schemeCombo.itemText(0) == "Wie das System"
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Abbrechen"  # Qt's own translation (qtbase_de)
    dialog.ui.nameEdit.setText("")
    assert dialog.ui.nameError.text() == (
        "Geben Sie Ihren Namen ein: Er wird bei jeder Änderung festgehalten."
    )


def test_a_dialog_built_in_code_is_german(german: QSettings, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewPassphraseDialog(tmp_path / "new.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Neue Datenbank"
    assert dialog.encrypt.text() == "Mit einer Passphrase verschlüsseln"
    dialog.encrypt.setChecked(True)
    dialog.edit.setText("kurz")
    dialog.accept()
    assert dialog.error.text() == "Wählen Sie eine Passphrase mit mindestens 8 Zeichen."


def _form_strings() -> list[tuple[str, str]]:
    """(form class, text) of every translatable string of the Designer forms."""
    found = []
    for path in sorted(UI.glob("*.ui")):
        root = ET.parse(path).getroot()
        form = root.findtext("class") or ""
        for string in root.iter("string"):
            if string.get("notr") != "true" and string.text and string.text.strip():
                found.append((form, string.text))
    return found


def test_every_form_string_is_translated(german: QSettings) -> None:
    catalogue = {
        (context, source): translation.text or ""
        for context, source, translation in translations.messages(
            translations.ts_path("de", "forms")
        )
        if translation.get("type") is None
    }
    strings = _form_strings()
    assert len(strings) > 500
    missing = [s for s in strings if s not in catalogue]
    assert not missing, f"{len(missing)} form strings without German, e.g. {missing[:5]}"
    wrong = [
        (form, text)
        for form, text in strings
        if QCoreApplication.translate(form, text) != catalogue[(form, text)]
    ]
    assert not wrong, f"the compiled catalogue differs for {wrong[:5]}"
    untouched = [s for s in strings if catalogue[s] == s[1]]
    assert len(untouched) < len(strings) / 10, untouched  # names, codes, "Status", …


def test_back_in_english_dates_follow_the_starting_locale_again(qapp, settings) -> None:

    before = QLocale().name()
    keys.set(settings, keys.LANGUAGE, "de")
    i18n.install(qapp, settings)
    assert QLocale().language() == QLocale.Language.German
    keys.set(settings, keys.LANGUAGE, "en")
    i18n.install(qapp, settings)
    assert QLocale().name() == before


def test_english_counts_read_as_english_plurals(qapp, settings) -> None:
    """The %n texts ("%n risk(s)") come with their English forms: "1 risk", "2 risks"."""
    from cdmo_desktop.gui.i18n import tr

    keys.set(settings, keys.LANGUAGE, "en")
    assert i18n.install(qapp, settings) == "en"
    try:
        assert tr("%n risk(s)", None, 1) == "1 risk"
        assert tr("%n risk(s)", None, 2) == "2 risks"
        keys.set(settings, keys.LANGUAGE, "de")
        i18n.install(qapp, settings)
        assert tr("%n risk(s)", None, 2) == "2 Risiken"
    finally:
        keys.set(settings, keys.LANGUAGE, "en")
        i18n.install(qapp, settings)


def test_column_headers_are_translated_once(german) -> None:
    """A header translated twice reads wrong where the German is itself an English source
    ("What" -> "Was", and "Was" (a previous value) -> "Vorher")."""
    from PySide6.QtCore import Qt

    from cdmo_desktop.gui.portfolio.agenda_model import AgendaTableModel

    model = AgendaTableModel()
    header = model.headerData(AgendaTableModel.WHAT, Qt.Orientation.Horizontal)
    assert header == "Was"


def test_a_side_keeps_its_capital_in_german(german) -> None:
    """ "3 Partner" in the charter's team line (German nouns keep their capital, even where
    the word is the English one)."""
    from cdmo_desktop.domain.enums import Side
    from cdmo_desktop.gui.engagements.charter_status import _side_word

    assert _side_word(Side.PARTNER) == "Partner"
    assert _side_word(Side.CLIENT) == "Kunde"


def test_a_side_is_lower_case_inside_an_english_sentence() -> None:
    from cdmo_desktop.domain.enums import Side
    from cdmo_desktop.gui.engagements.charter_status import _side_word

    assert _side_word(Side.PARTNER) == "partner"


def test_the_risk_filters_show_their_german_all_whole_in_a_laptop_window(
    german: QSettings, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    """Before, "Alle Kategorien" and "Alle Verantwortlichen" were cut to "Alle Kategor…"."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(1366 - 8, 768 - 70)
    window.show()
    window.show_screen("risks")
    for _ in range(3):
        QApplication.processEvents()
    for name in ("riskCategoryFilter", "riskOwnerFilter", "riskLevelFilter"):
        combo = window.findChild(QComboBox, name)
        assert combo is not None and combo.isVisible()
        assert combo.currentText().startswith("Alle ")
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert field.width() >= needed, f"{combo.currentText()!r} is cut"


def test_the_export_dialog_names_every_register_in_german(
    german: QSettings, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    """Before, the register list read "Partner sites", "Risk reviews", "Change log"…"""
    from cdmo_desktop.exchange.registers import REGISTERS
    from cdmo_desktop.gui.exchange.register_export import RegisterExportDialog

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.export_action.trigger()
    dialog = window.findChild(RegisterExportDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    combo = dialog.ui.registerCombo
    shown = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    english = {kind: register.title for kind, register in REGISTERS.items()}
    same = {kind for kind in english if shown[kind] == english[kind]}
    assert same <= {"engagements", "kpis"}, f"not in German: {sorted(same)}"
    assert shown["changes"] == "Änderungsprotokoll"


def test_the_risk_scales_read_in_german(german: QSettings, qtbot: QtBot) -> None:
    """The likelihood and impact choices of the risk form and the review dialog, and the
    level badge's tooltip, speak German (they were English words in a German form)."""
    from PySide6.QtWidgets import QComboBox, QLabel

    from cdmo_desktop.gui.risks.risk_widgets import fill_score_combo, show_level

    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_score_combo(combo, risk_matrix.LIKELIHOOD_LABELS, optional=False)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "1 - Selten",
        "2 - Unwahrscheinlich",
        "3 - Möglich",
        "4 - Wahrscheinlich",
        "5 - Fast sicher",
    ]
    fill_score_combo(combo, risk_matrix.IMPACT_LABELS, optional=True)
    assert combo.itemText(1) == "1 - Vernachlässigbar" and combo.itemText(5) == "5 - Schwerwiegend"
    badge = QLabel()
    qtbot.addWidget(badge)
    show_level(badge, 2, 4)
    assert "unwahrscheinlich" in badge.toolTip().lower() and "erheblich" in badge.toolTip()


def test_a_partners_local_time_offset_reads_in_german(german: QSettings) -> None:
    """The profile's "Local time" said "5 h 30 ahead" in a German window."""
    from datetime import UTC, datetime

    from cdmo_desktop.domain import geo

    now = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    _, ahead = geo.local_time_and_offset("Asia/Kolkata", now, "Europe/Berlin")
    _, behind = geo.local_time_and_offset("America/New_York", now, "Europe/Berlin")
    assert i18n.message(ahead) == "4 h 30 voraus"
    assert i18n.message(behind) == "6 h zurück"
    assert str(ahead) == "4 h 30 ahead"  # English, as before
