"""Country and time zone typed the natural way, with real keys, in the partner profile and
the site dialog: "Ind" then Down and Return is India; "Mumbai" finds Asia/Kolkata; a region
("Asia", "Europe", "America") typed on its way to a zone offers a list and never an error."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QMessageBox,
    QWidget,
)

from cdmo_desktop.domain import geo
from cdmo_desktop.gui.partners.partner_profile import TAB_PROFILE, PartnerProfileView
from cdmo_desktop.gui.partners.partner_rows import PartnerSiteDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def no_boxes(monkeypatch: Any) -> list[str]:
    """Every message box the code under test would pop, instead of popping it."""
    shown: list[str] = []
    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda *a, _k=kind, **_kw: shown.append(f"{_k}: {a[2:3]}")
        )
    return shown


def _shown(qtbot: Any, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


@pytest.fixture
def profile(qtbot: Any, ctx: Any) -> PartnerProfileView:
    v = PartnerProfileView(ctx, None)
    qtbot.addWidget(v, before_close_func=lambda w: w.discard())
    v.resize(1200, 800)
    _shown(qtbot, v)
    v.ui.tabs.setCurrentIndex(TAB_PROFILE)
    return v


@pytest.fixture
def site_dialog(qtbot: Any, ctx: Any) -> PartnerSiteDialog:
    d = PartnerSiteDialog(ctx)
    qtbot.addWidget(d)
    _shown(qtbot, d)
    return d


def _completer(combo: QComboBox) -> QCompleter:
    completer = combo.completer()
    assert completer is not None
    return completer


def _popup(combo: QComboBox) -> QAbstractItemView:
    popup = _completer(combo).popup()
    assert popup is not None
    return popup


def _type_and_choose(qtbot: Any, combo: QComboBox, text: str, *keys: Qt.Key) -> None:
    """Type `text` into the combo's field, then press `keys` in the suggestions list."""
    edit = combo.lineEdit()
    assert edit is not None
    combo.setFocus()
    qtbot.keyClicks(edit, text)
    popup = _popup(combo)
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    for key in keys:
        qtbot.keyClick(popup, key)


def test_ind_down_return_is_india_in_the_profile(qtbot: Any, profile: PartnerProfileView) -> None:
    _type_and_choose(qtbot, profile.ui.countryCombo, "Ind", Qt.Key.Key_Down, Qt.Key.Key_Return)
    assert profile.ui.countryCombo.currentText() == "India"
    assert profile.form.values()["country"] == "IN"


def test_ind_down_return_is_india_in_the_site_dialog(
    qtbot: Any, site_dialog: PartnerSiteDialog
) -> None:
    _type_and_choose(qtbot, site_dialog.ui.countryCombo, "Ind", Qt.Key.Key_Down, Qt.Key.Key_Return)
    assert site_dialog.values()["country"] == "IN"
    assert site_dialog.ui.timeZoneCombo.currentText() == "Asia/Kolkata"  # India's one zone


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Return,), (Qt.Key.Key_Down, Qt.Key.Key_Return)])
def test_mumbai_finds_asia_kolkata_in_the_profile(
    qtbot: Any, profile: PartnerProfileView, keys: tuple[Qt.Key, ...]
) -> None:
    _type_and_choose(qtbot, profile.ui.timeZoneCombo, "Mumbai", *keys)
    assert profile.form.values()["time_zone"] == "Asia/Kolkata"
    assert profile.ui.timeZoneCombo.count() == len(geo.time_zones()) + 1  # nothing added
    assert "there" in profile.ui.localTimeLabel.text()


def test_mumbai_finds_asia_kolkata_in_the_site_dialog(
    qtbot: Any, site_dialog: PartnerSiteDialog
) -> None:
    _type_and_choose(qtbot, site_dialog.ui.timeZoneCombo, "Mumbai", Qt.Key.Key_Return)
    assert site_dialog.values()["time_zone"] == "Asia/Kolkata"


@pytest.mark.parametrize("region", ["Asia", "Europe", "America"])
def test_a_region_typed_on_the_way_offers_zones_and_no_error(
    qtbot: Any, profile: PartnerProfileView, no_boxes: list[str], region: str
) -> None:
    combo = profile.ui.timeZoneCombo
    _type_and_choose(qtbot, combo, region)
    model = _completer(combo).completionModel()
    offered = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert offered and all(text.startswith(f"{region}/") for text in offered[:5])
    qtbot.keyClicks(_popup(combo), "/")  # still typing: "Asia/"
    assert no_boxes == []


@pytest.mark.parametrize("region", ["Asia", "Europe", "America"])
def test_a_region_typed_in_the_site_dialog_pops_nothing(
    qtbot: Any, site_dialog: PartnerSiteDialog, no_boxes: list[str], region: str
) -> None:
    _type_and_choose(qtbot, site_dialog.ui.timeZoneCombo, region)
    assert no_boxes == []
