"""On a read-only database the screens' own write buttons ("New risk", "Archive…", a
profile's "Add site…", the workspace's "Save") are greyed out with a tooltip saying why,
as the menu actions are; a screen enabling one for a new selection does not bring it
back, and opening a writable database gives each the state its screen asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.read_only_buttons import NOT_WRITING, WRITING
from cdmo_desktop.store import open_store
from tests.gui.read_only_support import demo_copies, shown_window, visit_everything

pytestmark = pytest.mark.gui

SEEN = {  # found on the screens, a risk's form, a partner's profile and a workspace
    "newPartnerButton",
    "newRiskButton",
    "deleteButton",
    "recomputeButton",
    "newButton",
    "newClientButton",
    "newReportButton",
    "siteAddButton",
    "contactAddButton",
    "editDetailsButton",
    "newKpiButton",
    "schedule_add_button",
}


def _buttons(window: MainWindow) -> dict[str, list[QAbstractButton]]:
    found: dict[str, list[QAbstractButton]] = {}
    for button in window.stack.findChildren(QAbstractButton):
        name = button.objectName()
        if name and not name.startswith("qt_"):
            found.setdefault(name, []).append(button)
    return found


def test_a_read_only_file_greys_out_every_write_button_saying_why(
    read_only_db: Path, settings: QSettings, qtbot: QtBot
) -> None:
    store = open_store(read_only_db, user="Test Consultant")
    try:
        window = shown_window(qtbot, store, settings)
        visit_everything(window, store)
        named = _buttons(window)
        unclassified = set(named) - WRITING - NOT_WRITING
        assert not unclassified, f"say whether these buttons write: {sorted(unclassified)}"
        assert named.keys() >= SEEN
        for name in sorted(WRITING & named.keys()):
            for button in named[name]:
                assert not button.isEnabled(), name
                assert "read-only" in button.toolTip(), name
        assert all(b.isEnabled() for b in named["exportButton"])
        # A screen enabling its button for a new selection does not bring it back.
        new_risk = named["newRiskButton"][0]
        new_risk.setEnabled(True)
        assert not new_risk.isEnabled()
        window.close()
    finally:
        store.close()


def test_the_buttons_come_back_as_their_screens_asked_when_a_writable_database_opens(
    demo_template: Path, tmp_path: Path, settings: QSettings, qtbot: QtBot
) -> None:
    first, second = demo_copies(demo_template, tmp_path)
    store = open_store(first, user="Test Consultant")
    window = shown_window(qtbot, store, settings)
    window.show_screen("partners")
    named = _buttons(window)
    new, archive = named["newPartnerButton"][0], named["archivePartnerButton"][0]
    tip = new.toolTip()
    assert new.isEnabled() and not archive.isEnabled()  # no partner selected yet

    store.read_only_reason = "a full check found it damaged"
    window.database_changed()
    assert not new.isEnabled() and "found it damaged" in new.toolTip()
    archive.setEnabled(True)  # the screen: a partner was selected meanwhile
    assert not archive.isEnabled()

    replacement = open_store(second, user="Test Consultant")
    window.database.switch_to(replacement)
    assert new.isEnabled() and new.toolTip() == tip
    assert archive.isEnabled()  # as the screen last asked
    window.close()
    replacement.close()
