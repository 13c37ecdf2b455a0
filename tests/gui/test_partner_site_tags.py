"""Scales on the Partners screen and tags on sites, with real keys: the scale filter, a search
for "2000 L", a site's capabilities, scales and platforms ticked and added like a
partner's (Return adds a tag and does not close the dialog), and undo of a tag edit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.partners.partner_rows import PartnerSiteDialog
from cdmo_desktop.gui.partners.partners import PartnersView
from cdmo_desktop.store import partners
from tests.conftest import DEMO_TODAY
from tests.undo_support import check_undo_redo

pytestmark = pytest.mark.gui
HOLLIS = "Hollis Ridge Pharma Services"


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


def _names(view: PartnersView) -> list[str]:
    return [view.model.row_at(i).name for i in range(view.model.rowCount())]


def _sanford(ctx: Any) -> dict[str, Any]:
    with ctx.store.read() as s:
        pid = s.exec(select(Partner.id).where(Partner.name == HOLLIS)).one()
    profile = partners.load_profile(ctx.store, pid)
    assert profile is not None
    return next(r for r in profile.sites if r["name"].startswith("Sanford"))


def test_the_scale_filter_and_a_scale_search(qtbot: Any, demo_ctx: Any) -> None:
    view = PartnersView(demo_ctx)
    qtbot.addWidget(view)
    view.show()
    combo = view.scale_combo
    combo.setCurrentIndex(combo.findData("100 kg"))
    assert _names(view) == ["Deccan Synthesis", HOLLIS]
    combo.setCurrentIndex(combo.findData("mg"))
    assert _names(view) == ["Laurentian Discovery", "Qiantang Molecular"]
    combo.setCurrentIndex(0)  # any scale
    view.search_edit.setFocus()
    qtbot.keyClicks(view.search_edit, "2000 L")
    qtbot.waitUntil(lambda: _names(view) == ["Rheinwald Biologics"], timeout=2000)
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "6 kL")  # a site's reactors
    qtbot.waitUntil(lambda: _names(view) == ["Deccan Synthesis"], timeout=2000)


def test_a_site_shows_and_adds_tags_with_the_keyboard(qtbot: Any, demo_ctx: Any) -> None:
    site = _sanford(demo_ctx)
    d = PartnerSiteDialog(demo_ctx, site)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=2000)
    assert d.scales.tags() == ["100 kg scale"]
    assert "GMP API manufacturing" in d.capabilities.tags()
    d.ui.scaleEdit.setFocus()
    qtbot.keyClicks(d.ui.scaleEdit, "2000 L")
    qtbot.keyClick(d.ui.scaleEdit, Qt.Key.Key_Return)
    assert d.isVisible() and d.result() == 0  # Return added the tag; OK was not pressed
    d.ui.platformEdit.setFocus()
    qtbot.keyClicks(d.ui.platformEdit, "Spray drying")
    qtbot.keyClick(d.ui.platformEdit, Qt.Key.Key_Return)
    values = d.values()
    assert values["scales"] == "100 kg scale; 2000 L"
    assert values["technology_platforms"] == "Spray drying"


def test_undo_redo_of_a_site_tag_edit(qtbot: Any, demo_ctx: Any, monkeypatch: Any) -> None:
    with demo_ctx.store.read() as s:
        pid = s.exec(select(Partner.id).where(Partner.name == HOLLIS)).one()
    profile = PartnerProfileView(demo_ctx, pid)
    qtbot.addWidget(profile, before_close_func=lambda w: w.discard())
    section = profile.sections["site"]
    sanford = next(r for r in section.rows if r["name"].startswith("Sanford"))
    section.table.selectRow(section.model.row_of(sanford["id"]))

    def fill(self: PartnerSiteDialog) -> int:
        self.scales.add("2000 L")
        self.platforms.add("Lyophilisation")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PartnerSiteDialog, "exec", fill)
    after = check_undo_redo(demo_ctx, section.edit)
    assert any("2000 L" in str(row) for row in after["partner_site"])
    assert demo_ctx.undo_stack.undoText() == "Edit site Sanford pilot plant (GMP)"
    with demo_ctx.store.read() as s:
        partner = s.get(Partner, pid)
        assert partner is not None and "|2000 l|" in partner.scale_tags
