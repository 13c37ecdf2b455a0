"""The partner screens on a 1366 x 768 laptop, at 100 % and at 150 % scaling: nothing needs a
horizontal scroll bar, and the register's main columns are on screen.

At 150 % a 1366 x 768 screen is 910 x 512 logical pixels; a page beside the navigation
sidebar (176) less the window frame and a vertical scroll bar (24) is 710 px wide, and
366 px tall once the title, task, menu and status bars and the page header are off (as in
test_laptop_size). Logical pixels are what layouts see, so the sizes below stand for the
scaled screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QWidget
from sqlmodel import col, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.partners.partner_rows import (
    PartnerAuditDialog,
    PartnerContactDialog,
    PartnerInspectionDialog,
    PartnerSiteDialog,
)
from cdmo_desktop.gui.partners.partners import PartnersView
from cdmo_desktop.store import partners
from cdmo_desktop.store.partner_list import (
    COL_CONTACT,
    COL_COUNTRY,
    COL_KIND,
    COL_NAME,
    COL_NEXT_AUDIT,
    COL_QUALIFICATION,
)
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui
CHROME_W, CHROME_H = 176 + 24, 30 + 40 + 22 + 22 + 32
SCREENS = {"100 %": (1366, 768), "150 %": (910, 512)}
PAGES = {name: (w - CHROME_W, h - CHROME_H) for name, (w, h) in SCREENS.items()}
DIALOGS = {name: (w - 8, h - 30 - 40) for name, (w, h) in SCREENS.items()}
MAIN_COLUMNS = (COL_NAME, COL_KIND, COL_COUNTRY, COL_QUALIFICATION, COL_NEXT_AUDIT, COL_CONTACT)


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


def _shown(qtbot: Any, widget: QWidget, size: tuple[int, int]) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    return widget


def _sideways(widget: QWidget) -> list[str]:
    """The visible scroll areas under `widget` that scroll sideways."""
    return [
        f"{type(a).__name__}#{a.objectName()}"
        for a in widget.findChildren(QAbstractScrollArea)
        if a.isVisible() and a.horizontalScrollBar().isVisible()
    ]


@pytest.mark.parametrize("scale", PAGES)
def test_the_register_fits_with_its_main_columns(qtbot: Any, demo_ctx: Any, scale: str) -> None:
    width, height = PAGES[scale]
    view = _shown(qtbot, PartnersView(demo_ctx), (width, height))
    assert isinstance(view, PartnersView)
    assert view.minimumSizeHint().width() <= width
    assert _sideways(view) == []
    header, room = view.table.horizontalHeader(), view.table.viewport().width()
    for column in MAIN_COLUMNS:
        assert not header.isSectionHidden(column), view.model.headers[column]
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= room


@pytest.mark.parametrize("scale", PAGES)
def test_every_profile_tab_fits(qtbot: Any, demo_ctx: Any, scale: str) -> None:
    width, height = PAGES[scale]
    with demo_ctx.store.read() as s:
        ids: list[str | None] = [p.id for p in s.exec(select(Partner).order_by(Partner.name))]
    for partner_id in [*ids, None]:
        view = _shown(qtbot, PartnerProfileView(demo_ctx, partner_id), (width, height))
        assert isinstance(view, PartnerProfileView)
        assert view.minimumSizeHint().width() <= width, partner_id
        for tab in range(view.ui.tabs.count()):
            view.ui.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            where = f"{view.ui.tabs.tabText(tab)} of {view.saved_name or 'a new partner'}"
            assert _sideways(view) == [], where


@pytest.mark.parametrize("scale", DIALOGS)
def test_the_row_dialogs_fit(qtbot: Any, demo_ctx: Any, scale: str) -> None:
    width, height = DIALOGS[scale]
    with demo_ctx.store.read() as s:
        pid = s.exec(select(Partner.id).where(col(Partner.name).startswith("Hollis"))).one()
    profile = partners.load_profile(demo_ctx.store, pid)
    assert profile is not None
    dialogs: list[QDialog] = [
        PartnerSiteDialog(demo_ctx, profile.sites[1]),
        PartnerContactDialog(demo_ctx, profile.sites, profile.contacts[0]),
        PartnerAuditDialog(demo_ctx, profile.sites, profile.audits[0]),
        PartnerInspectionDialog(demo_ctx, profile.sites, profile.inspections[0]),
    ]
    for dialog in dialogs:
        _shown(qtbot, dialog, (dialog.sizeHint().width(), dialog.sizeHint().height()))
        hint = dialog.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, type(dialog).__name__
        assert _sideways(dialog) == [], type(dialog).__name__
