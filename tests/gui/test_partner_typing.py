"""Typing into the partner forms moves nothing: a half-typed country, time zone or date is
not reported until the user leaves the field (or saves), and the line that reports
problems (under Save) keeps its room, so a click never lands in the wrong field. A new
site dialog does not greet the user with "Name is required."."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.gui.partners.partner_profile import TAB_PROFILE, PartnerProfileView
from cdmo_desktop.gui.partners.partner_rows import PartnerSiteDialog
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


def _active(qtbot: Any, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


@pytest.fixture
def hollis(qtbot: Any, demo_ctx: Any) -> PartnerProfileView:
    with demo_ctx.store.read() as s:
        pid = s.exec(select(Partner.id).where(Partner.name == "Hollis Ridge Pharma Services")).one()
    v = PartnerProfileView(demo_ctx, pid)
    qtbot.addWidget(v, before_close_func=lambda w: w.discard())
    v.resize(1200, 800)
    _active(qtbot, v)
    v.ui.tabs.setCurrentIndex(TAB_PROFILE)
    return v


def _layout(v: PartnerProfileView) -> dict[str, int]:
    """Where the fields below the ones typed into sit on screen."""
    ui = v.ui
    return {
        name: w.mapTo(v, QPoint(0, 0)).y()
        for name, w in {
            "tabs": ui.tabs,
            "city": ui.cityEdit,
            "address": ui.registeredAddressEdit,
            "time zone": ui.timeZoneCombo,
            "languages": ui.languagesEdit,
            "agreements": ui.agreementsGroup,
        }.items()
    }


def _type_slowly(
    qtbot: Any, v: PartnerProfileView, widget: QWidget, error: QWidget, text: str
) -> None:
    """Type `text` key by key, checking after each key that nothing moved and that the
    field's `error` label stayed hidden."""
    widget.setFocus()
    QApplication.processEvents()
    before, problems = _layout(v), v.ui.problemsLabel.text()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for char in text:
        qtbot.keyClicks(widget, char)
        QApplication.processEvents()
        assert _layout(v) == before, f"the form moved while typing {char!r} of {text!r}"
        assert v.ui.problemsLabel.text() == problems
        assert not error.isVisible()


def test_half_typed_country_and_time_zone_move_nothing(
    qtbot: Any, hollis: PartnerProfileView
) -> None:
    country = hollis.ui.countryCombo.lineEdit()
    zone = hollis.ui.timeZoneCombo.lineEdit()
    assert country is not None and zone is not None
    _type_slowly(qtbot, hollis, country, hollis.ui.countryError, "Atlan")
    _type_slowly(qtbot, hollis, zone, hollis.ui.timeZoneError, "Europe/Zu")
    assert not hollis.ui.saveButton.isEnabled()  # decided at once, moving nothing
    assert "Country" in hollis.ui.saveButton.toolTip()


def test_leaving_the_field_reports_it_and_the_tabs_stay_put(
    qtbot: Any, hollis: PartnerProfileView
) -> None:
    edit = hollis.ui.countryCombo.lineEdit()
    assert edit is not None
    tabs_at = hollis.ui.tabs.mapTo(hollis, QPoint(0, 0)).y()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "Atlan")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert hollis.ui.countryError.isVisible()
    assert "Pick a country" in hollis.ui.countryError.text()
    assert "1 problem" in hollis.ui.problemsLabel.text()
    QApplication.processEvents()
    assert hollis.ui.tabs.mapTo(hollis, QPoint(0, 0)).y() == tabs_at


def test_a_half_typed_date_is_reported_on_leaving(qtbot: Any, hollis: PartnerProfileView) -> None:
    field = hollis.ui.cdaExpiryDate
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "7 Dec")
    assert not hollis.ui.cdaExpiryError.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert hollis.ui.cdaExpiryError.isVisible() and "full year" in hollis.ui.cdaExpiryError.text()


def test_a_new_site_dialog_starts_without_complaints(qtbot: Any, demo_ctx: Any) -> None:
    d = PartnerSiteDialog(demo_ctx)
    qtbot.addWidget(d)
    _active(qtbot, d)
    assert not d.ui.nameError.isVisible() and d.ui.nameError.text() == ""
    assert not d.ok_button.isEnabled() and "Name is required." in d.ok_button.toolTip()
    d.ui.cityEdit.setFocus()
    qtbot.keyClicks(d.ui.cityEdit, "Visp")
    qtbot.keyClick(d.ui.cityEdit, Qt.Key.Key_Tab)  # the name was never visited: still quiet
    assert not d.ui.nameError.isVisible()
    d.ui.nameEdit.setFocus()
    qtbot.keyClicks(d.ui.nameEdit, "Visp API plant")
    assert d.ok_button.isEnabled()
