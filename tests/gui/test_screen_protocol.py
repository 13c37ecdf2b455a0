"""One screen protocol: every screen of the sidebar, every detail page and every workspace
tab answers is_dirty / save / discard (gui.unsaved.Editable), and a freshly opened one has
nothing unsaved, saves trivially and discards without a question."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.gui import pages
from cdmo_desktop.gui.unsaved import Editable


def _check(widget: object, what: str) -> None:
    assert isinstance(widget, Editable), f"{what} does not answer is_dirty/save/discard"
    assert widget.is_dirty() is False, f"{what} is dirty as soon as it opens"
    assert widget.save() is True, f"{what} refuses to save nothing"
    widget.discard()
    assert widget.is_dirty() is False


@pytest.mark.parametrize("screen", pages.SCREENS, ids=[s.key for s in pages.SCREENS])
def test_every_screen_is_editable(qtbot: Any, demo_ctx: Any, screen: pages.Screen) -> None:
    widget = pages.build_screen(screen, demo_ctx)
    qtbot.addWidget(widget)
    assert not isinstance(widget, pages.FailedPage)
    _check(widget, screen.title)


def test_detail_pages_and_every_workspace_tab_are_editable(qtbot: Any, demo_ctx: Any) -> None:
    with demo_ctx.store.read() as s:
        partner = s.exec(select(Partner)).first()
        engagement = s.exec(select(Engagement)).first()
    assert partner is not None and engagement is not None
    for kind, row_id in (("partner", partner.id), ("engagement", engagement.id)):
        detail = pages.DETAILS[kind]
        cls = pages.load_class(detail.module, detail.class_name)
        page = cls(demo_ctx, row_id)
        qtbot.addWidget(page)
        _check(page, detail.noun)
    tabs = page.ui.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        tab = tabs.widget(index)
        editable = [w for w in (tab, *tab.findChildren(QWidget)) if isinstance(w, Editable)]
        assert editable, f"the {tabs.tabText(index)!r} tab has no editable page"
        _check(editable[0], f"tab {tabs.tabText(index)!r}")
