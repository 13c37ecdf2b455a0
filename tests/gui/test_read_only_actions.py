"""On a read-only database (a protected file, damage the background check found, a team
server login that may only read) the menu and toolbar actions that write are greyed out
with a tooltip saying why; opening a writable database gives them back as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.read_only_actions import NOT_WRITING, WRITING
from cdmo_desktop.gui.undo import commit
from cdmo_desktop.store import open_store
from cdmo_desktop.store.partner_edits import save_partner
from tests.gui.read_only_support import demo_copies, visit_everything
from tests.gui.read_only_support import shown_window as _window
from tests.server_support import Team, seeded_team

pytestmark = pytest.mark.gui

# Found on every screen, the partner profile and the engagement workspace with its tabs.
EVERYWHERE = {
    "importAction",
    "undoAction",
    "redoAction",
    "encryptionAction",
    "syncSendAction",
    "syncReceiveAction",
    "updateRagAction",
    "newPartnerAction",
    "savePartnerAction",
    "new_engagement_action",
    "newClientAction",
    "newReportAction",
    "save_action",
    "reassess_action",
    "newRiskAction",
    "saveRiskAction",
    "schedule_add_task",
    "schedule_delete_item",
    "schedule_import_schedule",
}


def _file_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert menu is not None
    return menu


def _named(window: MainWindow) -> dict[str, list[QAction]]:
    found: dict[str, list[QAction]] = {}
    for action in window.findChildren(QAction):
        if action.objectName() and not action.objectName().startswith("_q_"):
            found.setdefault(action.objectName(), []).append(action)
    return found


def test_a_file_opened_read_only_greys_out_every_write_action_saying_why(
    read_only_db: Path, settings: QSettings, qtbot: QtBot
) -> None:
    store = open_store(read_only_db, user="Test Consultant")
    try:
        assert store.read_only
        window = _window(qtbot, store, settings)
        visit_everything(window, store)
        named = _named(window)
        unclassified = set(named) - WRITING - NOT_WRITING
        assert not unclassified, f"say whether these actions write: {sorted(unclassified)}"
        assert named.keys() >= EVERYWHERE
        reason = "its folder is read-only"
        assert reason in store.read_only_reason
        for name in sorted(WRITING & named.keys()):
            for action in named[name]:
                assert not action.isEnabled(), name
                assert reason in action.toolTip() and "read-only" in action.toolTip(), name
                assert action.toolTip() == action.statusTip(), name
        for name in ("exportAction", "openDatabaseAction", "restoreBackupAction", "printAction"):
            assert all(a.isEnabled() for a in named[name]), name
        file_menu = _file_menu(window)
        assert named["importAction"][0] in file_menu.actions()
        assert file_menu.toolTipsVisible()  # the why shows on the greyed-out entry
        # A screen enabling its action (a selection, say) does not bring it back.
        archive = named["archivePartnerAction"][0]
        archive.setEnabled(True)
        assert not archive.isEnabled()
        window.close()
    finally:
        store.close()


def test_the_actions_come_back_as_they_were_when_a_writable_database_opens(
    demo_template: Path, tmp_path: Path, settings: QSettings, qtbot: QtBot
) -> None:
    first, second = demo_copies(demo_template, tmp_path)
    store = open_store(first, user="Test Consultant")
    window = _window(qtbot, store, settings)
    window.show_screen("risks")
    named = _named(window)
    importer, undo = named["importAction"][0], named["undoAction"][0]
    tip, status = importer.toolTip(), importer.statusTip()
    assert importer.isEnabled() and not undo.isEnabled()  # nothing to undo yet

    # What the background check does when it finds the file damaged.
    store.read_only_reason = "a full check found it damaged"
    window.database_changed()
    assert not importer.isEnabled() and not named["newRiskAction"][0].isEnabled()
    assert "found it damaged" in importer.toolTip() and "found it damaged" in undo.toolTip()
    file_menu = _file_menu(window)
    assert file_menu.toolTipsVisible()

    replacement = open_store(second, user="Test Consultant")
    window.database.switch_to(replacement)  # closes the damaged one
    assert importer.isEnabled() and not undo.isEnabled()  # each as its own state says
    assert (importer.toolTip(), importer.statusTip()) == (tip, status)
    assert undo.toolTip() == "Undo" and not file_menu.toolTipsVisible()
    risks = _named(window)["newRiskAction"][0]
    assert risks.isEnabled() and "read-only" not in risks.toolTip()
    with replacement.read() as s:
        partner = s.exec(select(Partner).order_by(Partner.name)).first()
    assert partner is not None
    commit(window.ctx, save_partner(replacement, str(partner.id), {"notes": "Writable again"}))
    assert undo.isEnabled() and undo.toolTip().startswith("Undo")
    window.close()
    replacement.close()


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    with seeded_team(pg_url) as t:
        yield t


def test_a_server_login_that_may_only_read_sees_the_write_actions_greyed_out(
    team: Team,
    settings: QSettings,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("cdmo_desktop.store.paths.user_data_dir", lambda: tmp_path / "data")
    viewer = team.new_login("vera", "Acme Pharma", "viewer")
    with team.store_as(viewer) as store:
        assert "may only read" in store.read_only_reason
        window = _window(qtbot, store, settings)
        try:
            window.show_screen("partners")
            named = _named(window)
            for name in ("importAction", "newPartnerAction", "syncReceiveAction"):
                action = named[name][0]
                assert not action.isEnabled(), name
                assert "may only read" in action.toolTip(), name
            assert named["exportAction"][0].isEnabled()
        finally:
            window.live.stop()
            if window.local_copy_job is not None:
                window.local_copy_job.wait()
            window.close()
