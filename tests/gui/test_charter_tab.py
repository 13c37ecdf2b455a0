"""The charter tab: every field round-trips through the form, sign-off locks it, changing
an agreed charter asks why and returns it to draft, refusals write nothing, the checklist
follows the typing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlmodel import func, select

from cdmo_desktop.domain.enums import CharterStatus
from cdmo_desktop.domain.models import ChangeLog, Charter
from cdmo_desktop.gui.engagements import charter as charter_module
from cdmo_desktop.gui.engagements.charter import CharterTab
from cdmo_desktop.store.charters import CHARTER_FIELDS
from tests.store.kickoff_world import build_world
from tests.store.test_charters_store import full_charter

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)


def log_rows(store) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(ChangeLog)).one())


def check(widget, ids) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) in ids
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def add_rows(tab: CharterTab, button, table, rows) -> None:
    for values in rows:
        button.click()
        for col, text in enumerate(values):
            table.item(table.rowCount() - 1, col).setText(text)


def fill(tab: CharterTab, data) -> None:
    for name in CHARTER_FIELDS:
        tab.binder.set_value(name, data.fields[name])
    check(tab.ui.sitesList, data.site_ids)
    check(tab.ui.attendeesList, data.attendee_ids)
    ui = tab.ui
    add_rows(
        tab,
        ui.addMetricButton,
        ui.metricsTable,
        [(m.metric, m.target, m.how_measured) for m in data.metrics],
    )
    add_rows(
        tab,
        ui.addLevelButton,
        ui.escalationTable,
        [
            (
                x.who,
                x.when_to_escalate,
                "" if x.response_time_hours is None else f"{x.response_time_hours} h",
            )
            for x in data.escalation
        ],
    )


@pytest.fixture
def world(ctx):
    return build_world(ctx.store)


@pytest.fixture
def tab(qtbot, ctx, world):
    t = CharterTab(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(t)
    return t


def test_every_field_typed_in_the_form_is_saved_and_reloaded_equal(qtbot, ctx, world, tab) -> None:
    data = full_charter(world)
    fill(tab, data)
    assert tab.is_dirty() and tab.ui.saveButton.isEnabled()
    assert tab.save() and not tab.is_dirty()
    again = CharterTab(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(again)
    back = again.current_data()
    assert back.fields == data.fields
    assert back.site_ids == data.site_ids and back.attendee_ids == data.attendee_ids
    assert [(m.metric, m.target, m.how_measured) for m in back.metrics] == [
        (m.metric, m.target, m.how_measured) for m in data.metrics
    ]
    assert [(x.who, x.when_to_escalate, x.response_time_hours) for x in back.escalation] == [
        (x.who, x.when_to_escalate, x.response_time_hours) for x in data.escalation
    ]


def test_both_signatures_agree_and_lock_the_charter(ctx, world, tab) -> None:
    fill(tab, full_charter(world))
    assert tab.save()
    assert tab.status_text == "Agreed" and tab.locked
    assert tab.ui.scopeEdit.isReadOnly() and not tab.ui.addMetricButton.isEnabled()
    assert not tab.ui.reopenButton.isHidden() and "Agreed" in tab.ui.statusLabel.text()
    with ctx.store.read() as s:
        assert s.exec(select(Charter)).one().status == CharterStatus.AGREED


def test_changing_an_agreed_charter_asks_why_and_returns_it_to_draft(
    ctx, world, tab, monkeypatch
) -> None:
    fill(tab, full_charter(world))
    assert tab.save()
    monkeypatch.setattr(charter_module, "ask_reopen_reason", lambda _p: None)
    tab.ui.reopenButton.click()  # cancelled: still agreed and locked
    assert tab.locked and not tab.is_dirty()
    monkeypatch.setattr(
        charter_module, "ask_reopen_reason", lambda _p: "Batch size raised to 10 kg"
    )
    tab.ui.reopenButton.click()
    assert not tab.locked and tab.status_text == "Draft" and tab.is_dirty()
    assert tab.binder.value("client_signed_date") is None  # both sides sign again
    tab.ui.scopeEdit.setPlainText("Route optimisation and a 10 kg non-GMP tox batch.")
    assert tab.save()
    with ctx.store.read() as s:
        charter = s.exec(select(Charter)).one()
        log = s.exec(
            select(ChangeLog).where(ChangeLog.row_id == charter.id, ChangeLog.action == "update")
        ).all()
    assert (
        charter.status == CharterStatus.DRAFT
        and charter.reopen_reason == "Batch size raised to 10 kg"
    )
    changes = {e.field: e for e in log}
    assert changes["status"].old_value == "agreed"
    assert changes["scope"].old_value == "Route optimisation and a 5 kg non-GMP tox batch."
    assert {e.reason for e in log} == {"Batch size raised to 10 kg"}
    assert "Reopened: Batch size raised to 10 kg" in tab.ui.statusLabel.text()
    ctx.undo_stack.undo()
    with ctx.store.read() as s:
        assert s.exec(select(Charter)).one().status == CharterStatus.AGREED
    assert tab.locked  # the tab followed the undo


def test_signature_before_kickoff_is_refused_next_to_the_field(ctx, world, tab) -> None:
    fill(tab, full_charter(world))
    tab.binder.set_value("client_signed_date", date(2026, 2, 1))
    assert "before kickoff date" in tab.ui.clientSignedDateError.text()
    assert not tab.ui.clientSignedDateError.isHidden() and not tab.ui.saveButton.isEnabled()
    tab.ui.escalationTable.item(0, 2).setText("a day")
    assert "whole number of hours" in tab.ui.escalationError.text()
    before = log_rows(ctx.store)
    assert not tab.save()
    assert log_rows(ctx.store) == before


def test_undo_restores_the_charter_as_it_was(ctx, world, tab) -> None:
    tab.ui.scopeEdit.setPlainText("First scope")
    assert tab.save()
    tab.ui.scopeEdit.setPlainText("Second scope")
    assert tab.save()
    ctx.undo_stack.undo()
    assert tab.binder.value("scope") == "First scope"
    ctx.undo_stack.redo()
    assert tab.binder.value("scope") == "Second scope"


def test_checklist_follows_the_typing_and_points_to_other_tabs(qtbot, tab) -> None:
    before = tab.completeness.item("how.tech_transfer")
    assert not before.ok and "empty" in before.hint
    tab.ui.techTransferEdit.setPlainText("Client sends the lab procedure in week 1.")
    assert tab.completeness.item("how.tech_transfer").ok
    assert tab.ui.percentLabel.text() == f"{tab.completeness.percent} % answered"
    items = [tab.ui.checklistList.item(i) for i in range(tab.ui.checklistList.count())]
    communication = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "communication")
    with qtbot.waitSignal(tab.tab_requested) as blocker:
        tab.ui.checklistList.itemClicked.emit(communication)
    assert blocker.args == ["communication"]


def test_discard_drops_the_edits(ctx, tab) -> None:
    tab.ui.kickoffPlaceEdit.setText("Visp")
    tab.ui.revertButton.click()
    assert tab.binder.value("kickoff_place") == "" and not tab.is_dirty()
    with ctx.store.read() as s:
        assert s.exec(select(Charter)).first() is None


def test_change_history_shows_what_changed_and_why(qtbot, ctx, world, tab, monkeypatch) -> None:
    from cdmo_desktop.gui.engagements.engagement_history import CharterHistoryDialog

    fill(tab, full_charter(world))
    assert tab.save()
    monkeypatch.setattr(charter_module, "ask_reopen_reason", lambda _p: "Partner site changed")
    tab.ui.reopenButton.click()
    tab.ui.metricsTable.setCurrentCell(0, 0)
    tab.ui.removeMetricButton.click()
    assert tab.save()
    dialog = CharterHistoryDialog(ctx, world.engagement_id)
    qtbot.addWidget(dialog)
    table = dialog.ui.historyTable
    rows = [
        tuple(item.text() if (item := table.item(r, c)) else "" for c in range(6))
        for r in range(table.rowCount())
    ]
    status = next(r for r in rows if r[2] == "Charter: status")
    assert status[3:] == ("agreed", "draft", "Partner site changed")
    assert any(r[2] == "Removed success metric" and r[3] == "On-time delivery" for r in rows)
    assert any(r[2] == "Added site" and r[4] == "Basel pilot plant" for r in rows)
    assert all(r[1] == "Test Consultant" for r in rows)


def test_history_shows_changed_dates_as_a_person_writes_them() -> None:
    from datetime import UTC, datetime

    from cdmo_desktop.domain.enums import ChangeAction
    from cdmo_desktop.gui.engagements.engagement_history import describe
    from cdmo_desktop.store.history import Change

    change = Change(
        occurred_at=datetime(2026, 11, 20, tzinfo=UTC),
        user="",
        table_name="charter",
        row_id="",
        action=ChangeAction.UPDATE,
        field="kickoff_date",
        old_value="2026-04-22",
        new_value="2026-05-06",
        reason="",
    )
    assert describe(change, {}) == ("Charter: kickoff date", "22 Apr 2026", "6 May 2026")
