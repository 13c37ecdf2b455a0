"""Opening the record of a search hit in the main window: its page, the tab it lives on,
and the record selected there."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QStackedWidget, QWidget

from cdmo_desktop.store.search_results import Hit

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext

log = logging.getLogger(__name__)

CONTACTS_TAB = 2  # the partner profile's "Sites & contacts"


class Window(Protocol):
    """What the search needs of the main window."""

    ctx: AppContext
    stack: QStackedWidget

    def open_partner(self, partner_id: str | None) -> QWidget: ...
    def open_engagement(self, engagement_id: str) -> QWidget: ...
    def open_engagement_tab(self, engagement_id: str, tab: str) -> QWidget: ...
    def show_screen(self, key: str) -> QWidget: ...


def open_hit(window: Window, hit: Hit) -> QWidget | None:
    """Show the record `hit` stands for (a change-log entry: the record it concerns);
    the page shown, or None when the hit says too little to find it."""
    kind, record_id = hit.opens
    engagement_id = hit.engagement_id
    if kind == "partner":
        return window.open_partner(record_id)
    if kind == "engagement":
        return window.open_engagement(record_id)
    if kind == "contact":
        return _open_contact(window, hit, record_id)
    if kind == "agreement":
        return _open_agreement(window, record_id)
    if not engagement_id:
        return None
    if kind == "risk":
        page = window.open_engagement_tab(engagement_id, "risks")
        risks = _external(page, "risks")
        if risks is not None and risks.select_risk(record_id):
            risks.open_risk(record_id)
        return page
    if kind in ("decision", "action"):
        page = window.open_engagement_tab(engagement_id, "decisions")
        tab = getattr(page, "decisions", None)
        editor = getattr(tab, "decisions" if kind == "decision" else "actions_editor", None)
        if editor is not None:
            editor.select_record(record_id)
        return page
    if kind == "milestone":
        page = window.open_engagement_tab(engagement_id, "schedule")
        schedule = _external(page, "schedule")
        if schedule is not None:
            schedule.select_items({record_id})
        return page
    if kind == "charter":
        return window.open_engagement_tab(engagement_id, "charter")
    log.warning("a search hit of an unknown kind: %s", kind)
    return None


def _external(page: QWidget, key: str) -> Any:
    """The workspace's Risks or Schedule tab, if it could be built."""
    tab = getattr(page, "external", {}).get(key)
    wanted = "select_risk" if key == "risks" else "select_items"
    return tab if hasattr(tab, wanted) else None


def _open_contact(window: Window, hit: Hit, contact_id: str) -> QWidget:
    if not hit.partner_id:
        return window.show_screen("clients")
    page = window.open_partner(hit.partner_id)
    ui, sections = getattr(page, "ui", None), getattr(page, "sections", {})
    section = sections.get("contact")
    if ui is not None and section is not None:
        ui.tabs.setCurrentIndex(CONTACTS_TAB)
        row = section.model.row_of(contact_id)
        if row >= 0:
            section.table.selectRow(row)
    return page


def _open_agreement(window: Window, agreement_id: str) -> QWidget:
    from cdmo_desktop.gui.reports.reports import AGREEMENTS_TAB

    page = window.show_screen("reports")
    ui, model = getattr(page, "ui", None), getattr(page, "agreement_model", None)
    if ui is not None and model is not None:
        ui.tabs.setCurrentIndex(AGREEMENTS_TAB)
        row = model.find(agreement_id)
        if row >= 0:
            ui.agreementTable.selectRow(row)
    return page
