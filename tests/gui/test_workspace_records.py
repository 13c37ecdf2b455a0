"""Registers of the workspace: communication channels (next occurrence), information
sharing (agreement), decision log (gate), action items (overdue, raised by partner)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlmodel import func, select

from cdmo_desktop.domain.enums import ActionStatus, Side
from cdmo_desktop.domain.models import ActionItem, ChangeLog, CommunicationChannel, DataShare
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.engagements.communication import ChannelsEditor
from cdmo_desktop.gui.engagements.datashare import DataSharesEditor
from cdmo_desktop.gui.engagements.decisions import DecisionsEditor
from cdmo_desktop.gui.engagements.decisions_actions import ActionsEditor
from cdmo_desktop.gui.widgets.fields import set_combo_value
from tests.store.kickoff_world import build_world

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)  # a Friday


def log_rows(store) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(ChangeLog)).one())


@pytest.fixture
def world(ctx):
    return build_world(ctx.store)


def make(qtbot, cls, ctx, world):
    editor = cls(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(editor)
    return editor


def test_channel_shows_its_next_occurrence_and_owner(qtbot, ctx, world, qtmodeltester) -> None:
    editor = make(qtbot, ChannelsEditor, ctx, world)
    editor.new_button.click()
    ui = editor.ui
    ui.nameEdit.setText("Weekly project call")
    ui.anchorDateEdit.set_value(date(2026, 11, 3))  # a Tuesday
    assert ui.nextLabel.text() == "Tue 24 Nov 2026 (in 4 days)"
    set_combo_value(ui.ownerMemberCombo, world.member_ids[1])
    assert editor.save()
    model = editor.model
    assert model.data(model.index(0, 2)) == "Weekly (Tuesdays)"
    assert model.data(model.index(0, 3)) == "Tue 24 Nov 2026 (in 4 days)"
    assert model.data(model.index(0, 4)) == "Li Wei"
    with ctx.store.read() as s:
        assert s.exec(select(CommunicationChannel)).one().owner == "Li Wei"
    qtmodeltester.check(model)


def test_data_share_without_agreement_stands_out(qtbot, ctx, world) -> None:
    editor = make(qtbot, DataSharesEditor, ctx, world)
    editor.new_button.click()
    editor.ui.itemEdit.setText("In-vitro potency data, series B")
    editor.ui.reasonNeededEdit.setPlainText("To rank the analogues they make")
    assert editor.save()
    model = editor.model
    tint = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert tint.color().name() == theme.current().warn_bg
    assert model.data(model.index(0, 5)) == "None named"
    set_combo_value(editor.ui.agreementCombo, world.agreement_id)
    assert editor.save()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, 5)) == "Data access agreement HX-101"
    with ctx.store.read() as s:
        share = s.exec(select(DataShare)).one()
    assert share.shared_date == TODAY and share.agreement_id == world.agreement_id


def test_gate_outcome_needs_a_gate_and_future_decisions_are_refused(qtbot, ctx, world) -> None:
    editor = make(qtbot, DecisionsEditor, ctx, world)
    editor.new_button.click()
    ui = editor.ui
    ui.titleEdit.setText("Go for scale-up")
    set_combo_value(ui.gateOutcomeCombo, "go")
    assert "Pick the decision gate" in ui.gateOutcomeError.text()
    ui.decisionDateEdit.set_value(date(2026, 12, 1))
    assert "future" in ui.decisionDateError.text()
    before = log_rows(ctx.store)
    assert not editor.save() and log_rows(ctx.store) == before
    ui.decisionDateEdit.set_value(date(2026, 11, 18))
    set_combo_value(ui.milestoneCombo, world.gate_id)
    assert editor.save()
    assert editor.model.data(editor.model.index(0, 4)) == "Go/no-go: scale-up"
    assert editor.model.data(editor.model.index(0, 5)) == "Go"


def add_actions(ctx, world) -> None:
    eid = world.engagement_id
    with ctx.store.session() as s:
        s.add_all(
            [
                ActionItem(engagement_id=eid, description="Send tox data", owner="Ana Ruiz",
                           raised_by=Side.CLIENT, due_date=date(2026, 11, 10)),
                ActionItem(engagement_id=eid, description="Try a seeded crystallisation",
                           raised_by=Side.PARTNER, due_date=date(2026, 12, 3)),
            ]
        )  # fmt: skip


def test_overdue_actions_stand_out_and_partner_filter_runs_in_sql(
    qtbot, ctx, world, qtmodeltester
) -> None:
    add_actions(ctx, world)
    editor = make(qtbot, ActionsEditor, ctx, world)
    model = editor.model
    assert [r["description"] for r in model.rows] == [
        "Send tox data",
        "Try a seeded crystallisation",
    ]
    brush = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == theme.current().late_bg
    assert model.data(model.index(0, 2)) == "10 Nov 2026 (overdue)"
    assert "Overdue by 10 days" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert editor.count_label.text() == "2 shown, 1 overdue"
    editor.partner_only_check.setChecked(True)
    assert [r["description"] for r in model.rows] == ["Try a seeded crystallisation"]
    assert model.data(model.index(0, 4)) == "Partner"
    qtmodeltester.check(model)


def test_done_closes_today_and_bad_dates_are_refused(qtbot, ctx, world) -> None:
    add_actions(ctx, world)
    editor = make(qtbot, ActionsEditor, ctx, world)
    editor.select_record(editor.model.rows[0]["id"])
    ui = editor.ui
    ui.raisedDateEdit.set_value(date(2026, 11, 5))
    ui.closedDateEdit.set_value(date(2026, 11, 1))
    assert (
        "before raised on" in ui.closedDateError.text()
        or "done or cancelled" in ui.closedDateError.text()
    )
    assert not editor.save_button.isEnabled()
    ui.closedDateEdit.set_value(None)  # cleared
    set_combo_value(ui.statusCombo, "done")
    assert editor.save()
    with ctx.store.read() as s:
        item = s.exec(select(ActionItem).where(ActionItem.description == "Send tox data")).one()
    assert item.status == ActionStatus.DONE and item.closed_date == TODAY
    assert editor.model.rows[-1]["description"] == "Send tox data"  # closed items go last
    editor.new_button.click()
    ui.descriptionEdit.setPlainText("Book the audit")
    ui.dueDateEdit.set_value(date(2026, 11, 1))  # before raised on (today)
    assert "before the day it was raised" in ui.dueDateError.text()
