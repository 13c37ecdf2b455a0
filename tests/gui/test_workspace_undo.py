"""Undo then redo of every edit of the workspace registers (communication channels,
information sharing, decisions, action items), each added, edited and deleted through its
editor's form and buttons, leaves every row of the database exactly as before and after;
a write the database refuses is shown with the form and stacks nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from cdmo_desktop.gui.engagements.communication import ChannelsEditor
from cdmo_desktop.gui.engagements.datashare import DataSharesEditor
from cdmo_desktop.gui.engagements.decisions import DecisionsEditor
from cdmo_desktop.gui.engagements.decisions_actions import ActionsEditor
from cdmo_desktop.gui.engagements.workspace_records import RecordEditor
from cdmo_desktop.gui.widgets.fields import set_combo_value
from cdmo_desktop.store.workspace import CHANNELS
from tests.store.kickoff_world import World, build_world
from tests.undo_support import check_undo_redo, database_rows, diff

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)


def new_channel(editor: ChannelsEditor, world: World) -> None:
    ui = editor.ui
    ui.nameEdit.setText("Weekly project call")
    ui.anchorDateEdit.set_value(date(2026, 11, 3))
    set_combo_value(ui.ownerMemberCombo, world.member_ids[1])


def edit_channel(editor: ChannelsEditor, world: World) -> None:
    set_combo_value(editor.ui.ownerMemberCombo, world.member_ids[3])
    editor.ui.participantsEdit.setPlainText("Both project teams")


def new_share(editor: DataSharesEditor, world: World) -> None:
    editor.ui.itemEdit.setText("In-vitro potency data, series B")
    editor.ui.reasonNeededEdit.setPlainText("To rank the analogues they make")


def edit_share(editor: DataSharesEditor, world: World) -> None:
    set_combo_value(editor.ui.agreementCombo, world.agreement_id)


def new_decision(editor: DecisionsEditor, world: World) -> None:
    editor.ui.titleEdit.setText("Go for scale-up")
    editor.ui.decisionDateEdit.set_value(date(2026, 11, 18))
    set_combo_value(editor.ui.milestoneCombo, world.gate_id)
    set_combo_value(editor.ui.gateOutcomeCombo, "go")


def edit_decision(editor: DecisionsEditor, world: World) -> None:
    editor.ui.rationaleEdit.setPlainText("Yield above 80 % in three runs")


def new_action(editor: ActionsEditor, world: World) -> None:
    editor.ui.descriptionEdit.setPlainText("Send the tox data")
    editor.ui.dueDateEdit.set_value(date(2026, 12, 4))


def edit_action(editor: ActionsEditor, world: World) -> None:
    set_combo_value(editor.ui.statusCombo, "done")  # closes it today


REGISTERS: list[tuple[type[RecordEditor], Callable[..., None], Callable[..., None], str]] = [
    (ChannelsEditor, new_channel, edit_channel, "channel Weekly project call"),
    (DataSharesEditor, new_share, edit_share, "shared item In-vitro potency data, series B"),
    (DecisionsEditor, new_decision, edit_decision, "decision Go for scale-up"),
    (ActionsEditor, new_action, edit_action, "action item Send the tox data"),
]


@pytest.fixture
def world(ctx):
    return build_world(ctx.store)


@pytest.mark.parametrize(("cls", "fill_new", "fill_edit", "name"), REGISTERS)
def test_add_edit_delete_undo_and_redo_exactly(
    qtbot, ctx, world, cls, fill_new, fill_edit, name
) -> None:
    editor = cls(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(editor)
    table = editor.register.model.__tablename__

    editor.new_button.click()
    fill_new(editor, world)
    after = check_undo_redo(ctx, editor.save_button.click)
    assert len(after[table]) == 1 and ctx.undo_stack.undoText() == f"Add {name}"
    assert editor.model.rowCount() == 1  # the register followed the redo

    editor.select_record(editor.model.rows[0]["id"])
    fill_edit(editor, world)
    check_undo_redo(ctx, editor.save_button.click)
    assert ctx.undo_stack.undoText() == f"Edit {name}"

    after = check_undo_redo(ctx, editor.delete_button.click)
    assert not after[table] and ctx.undo_stack.undoText() == f"Delete {name}"
    assert editor.model.rowCount() == 0


def test_a_record_deleted_meanwhile_is_refused_with_the_form(qtbot, ctx, world) -> None:
    editor = ChannelsEditor(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(editor)
    editor.new_button.click()
    new_channel(editor, world)
    assert editor.save()
    channel_id = editor.current_id
    assert channel_id is not None
    CHANNELS.remove(ctx.store, channel_id)  # another window, not this screen's stack
    editor.ui.purposeEdit.setPlainText("Progress, risks, next steps")
    rows, depth = database_rows(ctx.store), ctx.undo_stack.count()
    assert not editor.save()
    said = editor.message_label.text()  # who removed it, and when
    assert (
        said.startswith("Test Consultant deleted this communication channel") and editor.is_dirty()
    )
    assert not diff(rows, database_rows(ctx.store)) and ctx.undo_stack.count() == depth
