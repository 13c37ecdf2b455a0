"""Under a German locale the partner screens show German dates and numbers and read German
input: the register's audit dates and count, the profile's dates, typed agreement dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.gui.partners.partner_profile import TAB_PROFILE, PartnerProfileView
from cdmo_desktop.gui.partners.partners import PartnersView
from cdmo_desktop.store.partner_list import COL_NEXT_AUDIT
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture(autouse=True)
def _german_demo_day() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(GERMAN)
    try:
        with clock.frozen(DEMO_TODAY):
            yield
    finally:
        QLocale.setDefault(previous)


def _id(ctx: Any, name: str) -> str:
    with ctx.store.read() as s:
        return str(s.exec(select(Partner.id).where(Partner.name == name)).one())


def test_the_register_shows_german_dates(qtbot: Any, demo_ctx: Any) -> None:
    view = PartnersView(demo_ctx)
    qtbot.addWidget(view)
    rows = {view.model.row_at(i).name: i for i in range(view.model.rowCount())}
    due = view.model.index(rows["Hollis Ridge Pharma Services"], COL_NEXT_AUDIT)
    assert view.model.data(due) == "9. Apr. 2027"
    assert view.count_label.text() == "6 partners"


def test_the_profile_shows_and_reads_german_dates(qtbot: Any, demo_ctx: Any) -> None:
    pid = _id(demo_ctx, "Hollis Ridge Pharma Services")
    v = PartnerProfileView(demo_ctx, pid)
    qtbot.addWidget(v, before_close_func=lambda w: w.discard())
    v.show()
    v.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is v, timeout=2000)
    assert v.ui.nextAuditValue.text() == "9. Apr. 2027"
    assert "nächste" not in v.ui.glanceLabel.text()  # the wording stays English
    assert "9. Apr. 2027" in v.ui.glanceLabel.text()
    v.ui.tabs.setCurrentIndex(TAB_PROFILE)
    assert v.ui.cdaSignedDate.text() == "3. Juni 2024"
    field = v.ui.msaSignedDate
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "07.12.2025")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "7. Dez. 2025"
    assert v.form.values()["msa_signed_date"] == date(2025, 12, 7)
    assert v.save()
    with demo_ctx.store.read() as s:
        saved = s.get(Partner, pid)
        assert saved is not None and saved.msa_signed_date == date(2025, 12, 7)
