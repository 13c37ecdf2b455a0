"""Team & RACI: members in the form, the grid by click and keyboard, the rule's
violations listed, deletions and undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlmodel import func, select

from cdmo_desktop.domain.enums import Side
from cdmo_desktop.domain.models import ChangeLog, RaciAssignment, TeamMember
from cdmo_desktop.gui.engagements import team_raci, workspace_records
from cdmo_desktop.gui.engagements.team import TeamTab
from tests.store.kickoff_world import build_world

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)


def rows(store, model) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


@pytest.fixture
def world(ctx):
    return build_world(ctx.store)


@pytest.fixture
def tab(qtbot, ctx, world):
    t = TeamTab(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(t)
    t.resize(1200, 800)
    t.raci.add_workstream("Tox batch")
    t.raci.add_workstream("Analytics")
    return t


def test_add_member_fills_the_organisation_from_the_side(ctx, tab) -> None:
    members = tab.members
    members.new_button.click()
    assert members.binder.value("organisation") == "Alpine Synthesis"
    members.ui.sideCombo.setCurrentIndex(members.ui.sideCombo.findData("client"))
    assert members.binder.value("organisation") == "Helix Bio"
    members.ui.nameEdit.setText("Sam Patel")
    members.ui.roleEdit.setText("Head of CMC")
    members.ui.emailEdit.setText("sam@helix.bio")
    assert members.save()
    with ctx.store.read() as s:
        sam = s.exec(select(TeamMember).where(TeamMember.name == "Sam Patel")).one()
    assert sam.side == Side.CLIENT and sam.position == 4
    assert tab.raci.model.columnCount() == 5  # the new member is a RACI column
    ctx.undo_stack.undo()
    assert rows(ctx.store, TeamMember) == 4 and tab.raci.model.columnCount() == 4


def test_bad_email_is_refused_next_to_the_field_and_writes_nothing(ctx, world, tab) -> None:
    members = tab.members
    assert members.select_record(world.member_ids[0])
    members.ui.emailEdit.setText("ana@helix")
    assert "not valid" in members.ui.emailError.text() and not members.save_button.isEnabled()
    before = rows(ctx.store, ChangeLog)
    assert not members.save()
    assert rows(ctx.store, ChangeLog) == before


def test_switching_member_with_unsaved_edits_asks(monkeypatch, ctx, world, tab) -> None:
    members = tab.members
    members.select_record(world.member_ids[0])
    members.ui.roleEdit.setText("Chief operating officer")
    monkeypatch.setattr(workspace_records, "ask_unsaved", lambda _p, _w: "cancel")
    assert not members.select_record(world.member_ids[1])
    assert members.current_id == world.member_ids[0] and members.is_dirty()
    monkeypatch.setattr(workspace_records, "ask_unsaved", lambda _p, _w: "save")
    assert members.select_record(world.member_ids[1])
    with ctx.store.read() as s:
        assert s.get(TeamMember, world.member_ids[0]).role == "Chief operating officer"


def test_click_cycles_and_keys_set_roles(qtbot, ctx, tab, qtmodeltester) -> None:
    grid, model = tab.raci.grid, tab.raci.model
    tab.show()
    rect = grid.visualRect(model.index(0, 1))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.role_at(0, 1) == "R"
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.role_at(0, 1) == "A"
    grid.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(grid, Qt.Key.Key_R)
    assert model.role_at(0, 2) == "R"
    assert [v.workstream for v in model.violations] == ["Analytics", "Analytics"]
    assert tab.raci.violations.count() == 2
    assert model.headerData(1, Qt.Orientation.Vertical).startswith("⚠")
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert model.role_at(0, 2) is None
    ctx.undo_stack.undo()
    assert model.role_at(0, 2) == "R"
    qtmodeltester.check(model)
    assert grid.indexAt(QPoint(-5, -5)).isValid() is False


def test_deleting_a_member_takes_its_cells_and_undo_brings_them_back(ctx, world, tab) -> None:
    tab.raci.set_role(0, 0, "A")
    tab.raci.set_role(0, 1, "R")
    assert rows(ctx.store, RaciAssignment) == 2
    tab.members.select_record(world.member_ids[1])
    tab.members.delete_button.click()
    assert rows(ctx.store, RaciAssignment) == 1
    assert "Deleted Li Wei" in tab.members.message_label.text()
    ctx.undo_stack.undo()
    assert rows(ctx.store, RaciAssignment) == 2 and tab.raci.model.role_at(0, 1) == "R"


def test_workstreams_rename_move_remove(monkeypatch, ctx, tab) -> None:
    raci = tab.raci
    raci.grid.setCurrentIndex(raci.model.index(1, 0))
    monkeypatch.setattr(
        team_raci.QInputDialog, "getText", lambda *a, **k: ("Release analytics", True)
    )
    raci.rename_button.click()
    raci.up_button.click()
    assert [w.name for w in raci.model.workstreams] == ["Release analytics", "Tox batch"]
    raci.set_role(1, 0, "A")
    raci.grid.setCurrentIndex(raci.model.index(1, 0))
    raci.remove_button.click()
    assert [w.name for w in raci.model.workstreams] == ["Release analytics"]
    assert rows(ctx.store, RaciAssignment) == 0
    ctx.undo_stack.undo()
    assert raci.model.role_at(1, 0) == "A"


def test_members_model_passes_the_model_tester(tab, qtmodeltester) -> None:
    model = tab.members.model
    assert model.rowCount() == 4
    assert model.data(model.index(0, 1)) == "Client"
    qtmodeltester.check(model)
