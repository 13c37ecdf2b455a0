"""Conflicts with contract-fixed dates follow the plan on the Schedule screen: a drag that
pushes work past a fixed date says so, Ctrl+Z takes the message away with the conflict and
Ctrl+Shift+Z brings both back (issue 11, item 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from cdmo_desktop.domain.timeline import Scale
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.store import schedule as sched
from tests.gui.test_schedule_view import bar_point, drag
from tests.schedule_data import day, make_plan, planned

pytestmark = pytest.mark.gui


@pytest.fixture
def plan(store):
    return make_plan(store)


@pytest.fixture
def view(ctx, plan, qtbot) -> ScheduleView:
    v = ScheduleView(ctx, plan.engagement_id)
    for act, keys in (
        (ctx.undo_stack.createUndoAction(v), QKeySequence.StandardKey.Undo),
        (ctx.undo_stack.createRedoAction(v), QKeySequence.StandardKey.Redo),
    ):
        act.setShortcuts(keys)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        v.addAction(act)
    v.resize(1400, 600)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.set_scale(Scale.DAY)
    v.gantt.show_date(day(0), at=0.05)
    return v


def gate_colour(view: ScheduleView, item_id: str) -> object:
    row = view.doc.row_of_item[view.doc.index[item_id]]
    brush = view.model.data(view.model.index(row, cols.NAME), Qt.ItemDataRole.ForegroundRole)
    return None if brush is None else brush.color()


def test_the_conflict_message_follows_undo_and_redo(view, plan, ctx, store, qtbot) -> None:
    px = view.gantt.timeline.px_per_day
    start = bar_point(view, plan.ids["batch"])
    drag(qtbot, view.gantt.viewport(), start, start + QPoint(int(10 * px), 0))
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    assert "Conflict: Go / no-go" in view.message.text()

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert planned(store, plan.ids["batch"]) == (day(7), day(11))
    qtbot.waitUntil(lambda: not view.doc.analysis_stale)
    assert "Conflict" not in view.message.text()
    assert "5 items" in view.message.text()
    assert gate_colour(view, plan.ids["gate"]) != theme.current().colour("error")

    qtbot.keyClick(
        view.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert planned(store, plan.ids["batch"]) == (day(17), day(21))
    qtbot.waitUntil(lambda: "Conflict: Go / no-go" in view.message.text())
    assert "3 days late" in view.message.text()
    assert gate_colour(view, plan.ids["gate"]) == theme.current().colour("error")
    [late] = sched.contract_conflicts(store, plan.engagement_id)  # what reports are told
    assert late.item_id == plan.ids["gate"] and late.days_late == 3


def test_another_screen_resolving_the_conflict_clears_the_message(
    view, plan, ctx, store, qtbot
) -> None:
    batch = view.doc.items[view.doc.index[plan.ids["batch"]]]
    view.show_outcome(view.editor.move(batch, day(17), day(21)))
    assert "Conflict: Go / no-go" in view.message.text()
    other = ScheduleView(ctx, None)  # the portfolio's schedule clears the gate's Fixed mark
    qtbot.addWidget(other)
    gate_row = other.doc.row_of_item[other.doc.index[plan.ids["gate"]]]
    fixed = other.model.index(gate_row, cols.FIXED)
    assert other.model.setData(fixed, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: "Conflict" not in view.message.text())
    assert "Contract-fixed" not in view.message.text()


def test_a_screen_opened_over_a_conflict_names_it(ctx, plan, store, qtbot) -> None:
    from cdmo_desktop.store import schedule_edits as edits

    pushed = {plan.ids["batch"]: (day(17), day(21)), plan.ids["release"]: (day(21), day(21))}
    edits.move_items(store, plan.ids["batch"], pushed)
    v = ScheduleView(ctx, plan.engagement_id)
    qtbot.addWidget(v)
    assert "Conflict: Go / no-go: Contract-fixed on 19 Mar 2027" in v.message.text()
