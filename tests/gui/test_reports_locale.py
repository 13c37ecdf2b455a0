"""The Reports screen, the agreement form and the export dialog under a German locale:
dates shown the German way, dates typed the German way read correctly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Agreement, Engagement
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.reports.agreement_dialog import AgreementDialog
from cdmo_desktop.gui.reports.report_export import ExportDialog
from cdmo_desktop.gui.reports.reports import ReportsView
from cdmo_desktop.gui.widgets.fields import DateField

pytestmark = pytest.mark.gui

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
PROCESS = "ART-417 process development and first GMP campaign"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(previous)


def _type(qtbot: QtBot, field: DateField, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_reports_screen_shows_german_dates(qtbot: QtBot, demo_ctx: AppContext, german: None):
    view = ReportsView(demo_ctx)
    qtbot.addWidget(view)
    model = view.agreement_model
    row = next(i for i, r in enumerate(model.rows) if r.effective_date is not None)
    effective = model.rows[row].effective_date
    assert effective is not None
    shown = model.index(row, 7).data()
    assert shown == fmt.date_text(effective, GERMAN)
    assert shown.startswith(f"{effective.day}. ")
    reports = view.report_model
    assert reports.rowCount() > 0
    issued = reports.rows[0].prepared_on
    assert reports.index(0, 4).data() == fmt.date_text(issued, GERMAN)


def test_agreement_form_reads_german_dates(qtbot: QtBot, demo_ctx: AppContext, german: None):
    with demo_ctx.store.read() as s:
        agreement_id = s.exec(select(Agreement.id).where(Agreement.status == "draft")).first()
    assert agreement_id is not None
    dlg = AgreementDialog(demo_ctx, agreement_id)
    qtbot.addWidget(dlg)
    _type(qtbot, dlg.ui.effectiveDateEdit, "01.05.2026")
    _type(qtbot, dlg.ui.expiryDateEdit, "30. Apr. 2028")
    assert dlg.values()["effective_date"] == date(2026, 5, 1)
    assert dlg.values()["expiry_date"] == date(2028, 4, 30)
    assert dlg.ui.effectiveDateEdit.text() == "1. Mai 2026"
    _type(qtbot, dlg.ui.expiryDateEdit, "4/30/2028")  # the US order is not German
    assert dlg.ui.expiryError.isVisibleTo(dlg) and dlg.ui.expiryError.text()
    assert "expiry_date" in dlg.errors()


def test_export_dialog_period_in_german(qtbot: QtBot, demo_ctx: AppContext, german: None):
    with demo_ctx.store.read() as s:
        engagement_id = s.exec(select(Engagement.id).where(Engagement.title == PROCESS)).one()
    dlg = ExportDialog(demo_ctx, engagement_id=engagement_id)
    qtbot.addWidget(dlg)
    start = dlg.ui.periodStartEdit.value()
    assert start is not None
    assert dlg.ui.periodStartEdit.text() == fmt.date_text(start, GERMAN)
    _type(qtbot, dlg.ui.periodStartEdit, "02.11.2026")
    assert dlg.ui.periodStartEdit.value() == date(2026, 11, 2)
    _type(qtbot, dlg.ui.periodEndEdit, "01.11.2026")
    assert "cannot end before" in dlg.ui.periodError.text()
    assert not dlg.ui.exportButton.isEnabled()
