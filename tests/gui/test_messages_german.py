"""The domain's sentences reach a German user in German: a form's validation error, a
refused write; in English they are the store's sentence byte for byte."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cdmo_desktop.domain.models import Engagement
from cdmo_desktop.domain.validation import ValidationError, validate
from cdmo_desktop.gui import i18n
from cdmo_desktop.gui.engagements.engagement_dialog import EngagementDialog
from cdmo_desktop.gui.undo import refusal_text
from cdmo_desktop.gui.widgets.fields import set_combo_value
from cdmo_desktop.store.errors import StoreError, WriteRefused
from cdmo_desktop.store.probe import regular_file
from tests.store.kickoff_world import build_world

pytestmark = pytest.mark.gui


def _end_before_start(qtbot: Any, ctx: Any) -> EngagementDialog:
    world = build_world(ctx.store)
    dialog = EngagementDialog(ctx)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.titleEdit.setText("HX-101 tox supply")
    set_combo_value(ui.clientCombo, world.client_id)
    set_combo_value(ui.partnerCombo, world.partner_id)
    ui.startDateEdit.set_value(date(2027, 1, 4))
    ui.endDateEdit.set_value(date(2026, 12, 1))
    return dialog


def test_a_validation_error_on_a_form_shows_german(qtbot: Any, ctx: Any, german: None) -> None:
    dialog = _end_before_start(qtbot, ctx)
    assert dialog.ui.endDateError.text() == "Enddatum kann nicht vor Startdatum liegen."
    assert not dialog.ui.endDateError.isHidden()


def test_in_english_the_form_shows_the_domain_sentence(qtbot: Any, ctx: Any) -> None:
    dialog = _end_before_start(qtbot, ctx)
    assert dialog.ui.endDateError.text() == "End date cannot be before start date."


def test_refusals_and_store_errors_are_german(german: None) -> None:
    refused = WriteRefused.from_constraint("FOREIGN KEY constraint failed")
    assert refusal_text(refused) == (
        "Andere Datensätze hängen davon ab, oder es verweist auf einen Datensatz, der nicht "
        "mehr existiert."
    )
    invalid = ValidationError(validate(Engagement(title="", start_date=None)), "Engagement")
    assert "Titel ist erforderlich." in refusal_text(invalid)
    with pytest.raises(StoreError) as raised:
        regular_file(Path("/nonexistent/x.cdmo"))
    assert i18n.message(raised.value.sentence()) == (
        "Die Datei /nonexistent/x.cdmo existiert nicht."
    )


def test_a_closed_list_in_a_form_is_german(german: None) -> None:
    from cdmo_desktop.domain.enums import RiskStatus
    from cdmo_desktop.gui.widgets.fields import enum_items

    shown = dict(enum_items(RiskStatus))
    assert shown["open"] == "Offen" and shown["closed"] == "Geschlossen"


def test_in_english_a_closed_list_shows_its_labels() -> None:
    from cdmo_desktop.domain.enums import RiskStatus
    from cdmo_desktop.gui.widgets.fields import enum_items

    assert enum_items(RiskStatus) == RiskStatus.choices()


def test_the_charter_checklist_reads_german(german: None) -> None:
    from cdmo_desktop.domain.completeness import CharterFacts, charter_completeness

    empty = charter_completeness(CharterFacts())
    hints = {item.key: i18n.message(item.hint) for item in empty.items}
    assert hints["when.dates"] == (
        "Legen Sie das Kickoff-Datum, den geplanten Beginn, das geplante Ende fest."
    )
    assert hints["signoff"] == "Warten auf die Unterschrift des Kunden und des Partners."
    assert hints["how.scope"] == "Umfang ist leer; Liefergegenstände ist leer."
    assert i18n.message(empty.item("where").label) == "Wo: Partnerstandorte, Labore oder Werke"


def test_the_charter_checklist_stays_english_without_a_translator() -> None:
    from cdmo_desktop.domain.completeness import CharterFacts, charter_completeness

    empty = charter_completeness(CharterFacts())
    hint = empty.item("when.dates").hint
    assert i18n.message(hint) == hint == "Set the kickoff date, planned start, planned end."
    assert empty.item("signoff").hint == "Waiting for the signature of the client and the partner."


def test_the_command_line_stays_english_even_with_german_installed(
    german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cdmo_desktop.cli import main

    gone = tmp_path / "gone.sqlite"
    assert main(["check", "--db", str(gone)]) == 1
    assert capsys.readouterr().err == f"cdmo-desktop: error: The file {gone} does not exist.\n"
