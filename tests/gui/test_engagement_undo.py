"""Undo then redo of every engagement-level edit, driven through the screens' own widgets
and write functions, leaves every row of the database exactly as before and after: an
engagement created, edited, archived and restored; a client created and edited; the
charter saved; a RACI cell; team members added and removed (their RACI cells, kickoff
attendance and channel ownership come back); workstreams added, renamed, moved, removed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from cdmo_desktop.domain.enums import ChannelKind, RaciRole
from cdmo_desktop.domain.models import (
    Charter,
    CommunicationChannel,
    KickoffAttendee,
    RaciAssignment,
)
from cdmo_desktop.gui.engagements import engagements as view_module
from cdmo_desktop.gui.engagements.charter import CharterTab
from cdmo_desktop.gui.engagements.client_dialog import ClientDialog
from cdmo_desktop.gui.engagements.engagement_dialog import EngagementDialog
from cdmo_desktop.gui.engagements.engagements import EngagementsView
from cdmo_desktop.gui.engagements.team import TeamTab
from cdmo_desktop.gui.engagements.team_raci import QInputDialog
from cdmo_desktop.gui.widgets.fields import set_combo_value
from tests.gui.test_charter_tab import fill
from tests.gui.test_engagement_client_dialog import add_contact
from tests.store.kickoff_world import build_world
from tests.store.test_charters_store import full_charter
from tests.undo_support import check_undo_redo

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)


@pytest.fixture
def world(ctx):
    return build_world(ctx.store)


@pytest.fixture
def team_tab(qtbot, ctx, world):
    tab = TeamTab(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(tab)
    tab.raci.add_workstream("Tox batch")
    tab.raci.add_workstream("Analytics")
    return tab


def test_engagement_created_in_the_dialog(qtbot, ctx, world) -> None:
    dialog = EngagementDialog(ctx)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.titleEdit.setText("HX-101 tox supply")
    set_combo_value(ui.clientCombo, world.client_id)
    set_combo_value(ui.partnerCombo, world.partner_id)
    ui.startDateEdit.set_value(date(2027, 1, 4))
    ui.budgetAmountEdit.setText("120,000")
    after = check_undo_redo(ctx, dialog.save)
    assert len(after["engagement"]) == 2 and len(after["charter"]) == 1
    assert ctx.undo_stack.undoText() == "Add engagement HX-101 tox supply"


def test_engagement_edited_in_the_dialog(qtbot, ctx, world) -> None:
    dialog = EngagementDialog(ctx, world.engagement_id)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("HX-101 PD and GMP campaign")
    dialog.ui.budgetAmountEdit.setText("480,000.50")
    check_undo_redo(ctx, dialog.save)
    assert ctx.undo_stack.undoText() == "Edit engagement HX-101 PD and GMP campaign"


def test_engagement_archived_and_restored_from_the_list(qtbot, ctx, world, monkeypatch) -> None:
    view = EngagementsView(ctx)
    qtbot.addWidget(view)
    monkeypatch.setattr(view_module, "confirm_archive", lambda _p, _t: True)
    view.select(world.engagement_id)
    check_undo_redo(ctx, view.archive_selected)
    assert ctx.undo_stack.undoText() == "Archive engagement HX-101 process development"
    view.ui.showArchivedCheck.setChecked(True)
    assert view.select(world.engagement_id)
    check_undo_redo(ctx, view.restore_selected)
    assert view.model.row_at(0).archived is False


def test_client_created_and_edited_in_its_dialog(qtbot, ctx, world) -> None:
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Norrland Pharma")
    dialog.ui.countryCombo.set_value("SE")
    add_contact(dialog, "Eva Lind", "CEO", "eva@norrland.se")
    add_contact(dialog, "Olof Berg", "QA lead", "olof@norrland.se")
    after = check_undo_redo(ctx, dialog.save)
    assert len(after["contact"]) == 2
    edit = ClientDialog(ctx, dialog.client_id)
    qtbot.addWidget(edit)
    edit.ui.legalNameEdit.setText("Norrland Pharma AB")
    edit.ui.contactsTable.setCurrentCell(0, 0)
    edit.ui.removeContactButton.click()
    after = check_undo_redo(ctx, edit.save)
    assert len(after["contact"]) == 1
    assert ctx.undo_stack.undoText() == "Edit client Norrland Pharma"


def test_charter_saved_and_reopened(qtbot, ctx, world, monkeypatch) -> None:
    from cdmo_desktop.gui.engagements import charter as charter_module

    tab = CharterTab(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(tab)
    fill(tab, full_charter(world))
    after = check_undo_redo(ctx, tab.save)
    assert len(after["engagement_kpi"]) == 2 and len(after["kickoff_attendee"]) == 3
    assert tab.locked  # the tab followed the redo
    monkeypatch.setattr(charter_module, "ask_reopen_reason", lambda _p: "Scale raised")
    tab.ui.reopenButton.click()
    tab.ui.metricsTable.setCurrentCell(0, 0)
    tab.ui.removeMetricButton.click()
    check_undo_redo(ctx, tab.save)
    assert ctx.undo_stack.undoText() == "Reopen and edit the charter"
    with ctx.store.read() as s:
        assert s.exec(select(Charter)).one().reopen_reason == "Scale raised"


@pytest.mark.parametrize("role", ["R", "A", None])
def test_raci_cell_set_changed_and_cleared_from_the_keyboard(qtbot, ctx, team_tab, role) -> None:
    raci = team_tab.raci
    raci.set_role(0, 1, "C")
    grid = raci.grid
    grid.setCurrentIndex(raci.model.index(0, 1))
    key = {"R": Qt.Key.Key_R, "A": Qt.Key.Key_A, None: Qt.Key.Key_Delete}[role]
    check_undo_redo(ctx, lambda: qtbot.keyClick(grid, key))
    assert raci.model.role_at(0, 1) == role  # the grid followed the redo


def test_workstreams_added_renamed_moved_and_removed(ctx, team_tab, monkeypatch) -> None:
    raci = team_tab.raci
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Stability study", True))
    check_undo_redo(ctx, raci.add_button.click)
    raci.set_role(2, 0, "A")
    raci.grid.setCurrentIndex(raci.model.index(2, 0))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Stability (ICH)", True))
    check_undo_redo(ctx, raci.rename_button.click)
    raci.grid.setCurrentIndex(raci.model.index(2, 0))
    check_undo_redo(ctx, raci.up_button.click)
    assert [w.name for w in raci.model.workstreams] == ["Tox batch", "Stability (ICH)", "Analytics"]
    raci.grid.setCurrentIndex(raci.model.index(1, 0))
    after = check_undo_redo(ctx, raci.remove_button.click)
    assert len(after["workstream"]) == 2 and not after["raci_assignment"]


def test_team_member_added_in_the_form(ctx, team_tab) -> None:
    members = team_tab.members
    members.new_button.click()
    members.ui.nameEdit.setText("Sam Patel")
    members.ui.roleEdit.setText("Head of CMC")
    after = check_undo_redo(ctx, members.save)
    assert len(after["team_member"]) == 5
    assert team_tab.raci.model.columnCount() == 5  # the grid followed the redo


def test_team_member_edited_in_the_form(ctx, world, team_tab) -> None:
    members = team_tab.members
    members.select_record(world.member_ids[2])
    members.ui.phoneEdit.setText("+41 61 555 01 02")
    members.ui.isDecisionMakerCheck.setChecked(True)
    check_undo_redo(ctx, members.save)
    assert ctx.undo_stack.undoText() == "Edit team member Marc Keller"


def test_removing_a_member_brings_back_its_cells_attendance_and_channels(
    qtbot, ctx, world, team_tab
) -> None:
    li = world.member_ids[1]
    team_tab.raci.set_role(0, 1, RaciRole.RESPONSIBLE)
    team_tab.raci.set_role(1, 1, RaciRole.ACCOUNTABLE)
    tab = CharterTab(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(tab)
    tab.ui.kickoffPlaceEdit.setText("Basel")
    for i in range(tab.ui.attendeesList.count()):
        tab.ui.attendeesList.item(i).setCheckState(Qt.CheckState.Checked)
    assert tab.save()
    channel = CommunicationChannel(
        engagement_id=world.engagement_id,
        name="Weekly call",
        kind=ChannelKind.MEETING,
        owner_member_id=li,
    )
    with ctx.store.session() as s:
        s.add(channel)
    members = team_tab.members
    members.select_record(li)
    after = check_undo_redo(ctx, members.delete_button.click)
    assert ctx.undo_stack.undoText() == "Delete team member Li Wei"
    assert len(after["raci_assignment"]) == 0 and len(after["kickoff_attendee"]) == 3
    ctx.undo_stack.undo()
    with ctx.store.read() as s:
        assert len(s.exec(select(RaciAssignment)).all()) == 2
        assert len(s.exec(select(KickoffAttendee)).all()) == 4
        assert s.get(CommunicationChannel, channel.id).owner_member_id == li
    assert team_tab.raci.model.role_at(1, 1) == "A"  # the grid followed the undo
