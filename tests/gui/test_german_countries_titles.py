"""Countries and column titles in German. A user who chose Deutsch reads "Schweiz", not
"Switzerland", in the partner register, the client list, the country picker and a
charter's sites, and finds a country by its German name as well as its English one. What
is stored, sorted by, exported and printed stays the English name and the ISO code. The
lists' column titles are read whole."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from cdmo_desktop.domain import country_search, geo
from cdmo_desktop.gui.engagements.clients import ClientsView
from cdmo_desktop.gui.engagements.engagements import EngagementsView
from cdmo_desktop.gui.partners.partners import PartnersView
from cdmo_desktop.gui.widgets.country_picker import CountryPicker
from cdmo_desktop.gui.widgets.fitting import title_width
from cdmo_desktop.store.partner_list import COL_COUNTRY, country_codes_matching

pytestmark = pytest.mark.gui


def _countries_by_name(view: PartnersView) -> dict[str, str]:
    model = view.model
    return {
        model.row_at(r).name: str(model.index(r, COL_COUNTRY).data())
        for r in range(model.rowCount())
    }


def test_the_partner_register_names_countries_in_german(
    german: QSettings, demo_ctx: Any, qtbot: QtBot
) -> None:
    view = PartnersView(demo_ctx)
    qtbot.addWidget(view)
    shown = _countries_by_name(view)
    assert shown["Rheinwald Biologics"] == "Schweiz"
    assert shown["Deccan Synthesis"] == "Indien"
    assert shown["Hollis Ridge Pharma Services"] == "Vereinigte Staaten"
    view.search_edit.setText("Schweiz")  # found by the name the user reads
    view.apply_filters()
    qtbot.waitUntil(lambda: set(_countries_by_name(view)) == {"Rheinwald Biologics"})


def test_the_client_list_names_countries_in_german(
    german: QSettings, demo_ctx: Any, qtbot: QtBot
) -> None:
    view = ClientsView(demo_ctx)
    qtbot.addWidget(view)
    model = view.model
    countries = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert countries == {"Vereinigte Staaten"}


def test_the_country_picker_offers_and_finds_german_names(german: QSettings, qtbot: QtBot) -> None:
    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.set_value("CH")
    assert picker.currentText() == "Schweiz"
    assert country_search.matches("Schw")[0] == ("CH", "Schweiz")
    assert country_search.matches("Switz")[0] == ("CH", "Schweiz")  # English still answers
    assert country_search.best_match("Vereinigte Staaten") == "US"
    assert country_search.exact_match("Deutschland") == "DE"
    # As the reader expects: "Österreich" among the O's, not after the Z's.
    names = [name for _code, name in geo.shown_countries()]
    assert names.index("Oman") < names.index("Österreich") < names.index("Pakistan")


def test_a_partner_search_finds_a_country_by_either_name(german: QSettings) -> None:
    assert country_codes_matching("schweiz") == ["CH"]
    assert country_codes_matching("switzerland") == ["CH"]
    # What is stored and sorted by stays English whatever the language shown.
    assert geo.country_name("CH") == "Switzerland"


def test_english_shows_english_names() -> None:
    assert geo.shown_name("CH") == "Switzerland"
    assert country_search.matches("Schw") == []
    assert dict(geo.shown_countries())["DE"] == "Germany"


@pytest.mark.parametrize("screen", ["engagements", "clients"])
def test_every_column_title_of_a_list_is_whole_in_german(
    german: QSettings, demo_ctx: Any, qtbot: QtBot, screen: str
) -> None:
    """Columns sized in pixels for English titles cut German ones: the Engagements list's
    last column read "mpelstatus" at 1366x768."""
    view = EngagementsView(demo_ctx) if screen == "engagements" else ClientsView(demo_ctx)
    qtbot.addWidget(view)
    view.resize(1180, 700)  # the screen's width beside the sidebar at 1366x768
    view.show()
    qtbot.waitExposed(view)
    table = view.ui.engagementsTable if isinstance(view, EngagementsView) else view.table
    header = table.horizontalHeader()
    for column in range(header.count()):
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= title_width(header, column), title


def test_no_country_reads_as_nothing_and_an_unknown_code_as_it_is(german: QSettings) -> None:
    assert geo.shown_name(None) == "" and geo.shown_name("") == ""
    assert geo.shown_name("XZ") == "XZ"
