"""With the German catalogue installed, the partner register, the risk register, the KPI
table, the portfolio and the sync texts speak German, counts included ("3 Konflikte",
"1 Konflikt"), and the English source stays as it was once the translators are gone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from cdmo_desktop.domain import clock
from cdmo_desktop.gui import i18n
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.kpis.kpi_table import KpiTableModel
from cdmo_desktop.gui.partners.partners import PartnersView
from cdmo_desktop.gui.portfolio.portfolio_model import relative_days
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.gui.sync.common import kind_text, plural
from tests.conftest import DEMO_TODAY
from tests.risks_support import wait_counted

pytestmark = pytest.mark.gui


def _install(qapp: QApplication, settings: QSettings, language: str) -> None:
    keys.set(settings, keys.LANGUAGE, language)
    i18n.install(qapp, settings)


@pytest.fixture
def german(qapp: QApplication, settings: QSettings) -> Iterator[None]:
    previous = QLocale()
    _install(qapp, settings, "de")
    try:
        with clock.frozen(DEMO_TODAY):
            yield
    finally:
        _install(qapp, settings, "en")  # removes the translators
        QLocale.setDefault(previous)


def test_the_sync_words_and_counts_are_german(german: None) -> None:
    assert plural(3, tr("{count} conflict"), tr("{count} conflicts")) == "3 Konflikte"
    assert plural(1, tr("{count} conflict"), tr("{count} conflicts")) == "1 Konflikt"
    assert kind_text("risk", 2) == "2 Risiken"
    assert kind_text("kpi_measurement") == "KPI-Messung"
    assert relative_days(DEMO_TODAY, DEMO_TODAY) == "heute"


def test_the_registers_speak_german(qtbot: Any, german: None, demo_ctx: Any) -> None:
    partners = PartnersView(demo_ctx)
    qtbot.addWidget(partners)
    shown = partners.model.headerData
    headers = [shown(i, Qt.Orientation.Horizontal) for i in range(len(partners.model.headers))]
    assert headers[:3] == ["Name", "Art", "Land"]
    assert "Nächstes Audit" in headers
    assert partners.count_label.text().endswith(" Partner")
    assert partners.search_edit.placeholderText().startswith("Name, Fähigkeit")

    risks = RisksView(demo_ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(risks)
    shown = risks.model.headerData
    risk_headers = [shown(i, Qt.Orientation.Horizontal) for i in range(len(risks.model.headers))]
    assert {"Titel", "Kategorie", "Verantwortlich", "Nächste Prüfung"} <= set(risk_headers)
    wait_counted(qtbot, risks)  # the summary says the count once it has arrived
    assert " Risiken" in risks.summary_label.text() or " Risiko" in risks.summary_label.text()
    statuses = risks.filter_bar.status_combo
    assert "Offen" in [statuses.itemText(i) for i in range(statuses.count())]
    categories = risks.filter_bar.category_combo
    assert "Qualität" in [categories.itemText(i) for i in range(categories.count())]

    kpis = KpiTableModel()
    kpi_headers = [kpis.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert kpi_headers == ["KPI", "Einheit", "Zeitraum", "Zielwert"]


def test_without_the_translators_the_english_stays(qapp: QApplication, settings: QSettings) -> None:
    previous = QLocale()
    _install(qapp, settings, "de")
    _install(qapp, settings, "en")
    QLocale.setDefault(previous)
    assert plural(3, tr("{count} conflict"), tr("{count} conflicts")) == "3 conflicts"
    assert kind_text("risk", 1) == "1 risk"
    kpis = KpiTableModel()
    assert [kpis.headerData(i, Qt.Orientation.Horizontal) for i in range(2)] == ["KPI", "Unit"]
