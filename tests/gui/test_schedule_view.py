"""The Schedule screen: dragging on the chart and editing in the table change the store,
one undo step restores it; loops and contract-fixed dates are refused or flagged."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cdmo_desktop.domain.enums import MilestoneStatus
from cdmo_desktop.domain.models import Milestone
from cdmo_desktop.domain.timeline import Scale
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.gui.widgets.gantt_chart import item_span
from tests.schedule_data import day, link_count, make_plan, planned

pytestmark = pytest.mark.gui


@pytest.fixture
def plan(store):
    return make_plan(store)


@pytest.fixture
def view(ctx, plan, qtbot):
    v = ScheduleView(ctx, plan.engagement_id)
    v.resize(1400, 600)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.set_scale(Scale.DAY)
    v.gantt.show_date(day(0), at=0.05)
    return v


def bar_point(view: ScheduleView, item_id: str, where: str = "middle") -> QPoint:
    doc = view.doc
    i = doc.index[item_id]
    x0, x1 = item_span(view.gantt.timeline, doc.items[i])
    row = doc.row_of_item[i]
    y = view.gantt.timeline.row_y(row) + 10
    x = {"middle": (x0 + x1) / 2, "end": x1 - 2}[where]
    return view.gantt.mapFromScene(QPointF(x, y))


def drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 4) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * k / steps)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def saved(qtbot, ctx, steps: int = 1) -> None:
    """A chart drag shows at once and is written right after the repaint: wait for it."""
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == steps)


def test_drag_moves_a_bar_pushes_successors_and_undo_restores(
    view, plan, ctx, store, qtbot
) -> None:
    px = view.gantt.timeline.px_per_day
    start = bar_point(view, plan.ids["design"])
    drag(qtbot, view.gantt.viewport(), start, start + QPoint(int(3 * px), 0))
    assert view.doc.items[view.doc.index[plan.ids["batch"]]].start == day(9)  # shown at once
    saved(qtbot, ctx)
    # Design moves 3 days; Batch (FS + 2 d lag) is pushed from day 7 to day 9, Release
    # follows; the contract-fixed gate (day 18) still has room.
    assert planned(store, plan.ids["design"]) == (day(3), day(6))
    assert planned(store, plan.ids["batch"]) == (day(9), day(13))
    assert planned(store, plan.ids["release"]) == (day(13), day(13))
    assert planned(store, plan.ids["gate"]) == (day(18), day(18))
    assert ctx.undo_stack.count() == 1
    assert "Process design" in view.message.text()
    ctx.undo_stack.undo()
    assert planned(store, plan.ids["design"]) == (day(0), day(3))
    assert planned(store, plan.ids["batch"]) == (day(7), day(11))
    assert view.doc.items[view.doc.index[plan.ids["batch"]]].start == day(7)
    ctx.undo_stack.redo()
    assert planned(store, plan.ids["batch"]) == (day(9), day(13))


def test_drag_the_end_changes_the_length(view, plan, store, ctx, qtbot) -> None:
    px = view.gantt.timeline.px_per_day
    start = bar_point(view, plan.ids["report"], "end")
    drag(qtbot, view.gantt.viewport(), start, start + QPoint(int(2 * px), 0))
    saved(qtbot, ctx)
    assert planned(store, plan.ids["report"]) == (day(2), day(13))


def test_pushing_a_contract_fixed_gate_is_flagged_not_done(view, plan, store, ctx, qtbot) -> None:
    px = view.gantt.timeline.px_per_day
    start = bar_point(view, plan.ids["batch"])
    drag(qtbot, view.gantt.viewport(), start, start + QPoint(int(10 * px), 0))
    saved(qtbot, ctx)
    assert planned(store, plan.ids["release"]) == (day(21), day(21))
    assert planned(store, plan.ids["gate"]) == (day(18), day(18))  # never moves
    assert "Conflict: Go / no-go" in view.message.text()
    qtbot.waitUntil(lambda: not view.doc.analysis_stale)
    gate_row = view.doc.row_of_item[view.doc.index[plan.ids["gate"]]]
    brush = view.model.data(view.model.index(gate_row, cols.NAME), Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color() == theme.current().colour("error")
    tip = view.model.data(view.model.index(gate_row, cols.NAME), Qt.ItemDataRole.ToolTipRole)
    assert "Contract-fixed on" in tip and "3 days late" in tip


def test_a_contract_fixed_item_cannot_be_dragged(view, plan, store, ctx, qtbot) -> None:
    px = view.gantt.timeline.px_per_day
    start = bar_point(view, plan.ids["gate"])
    drag(qtbot, view.gantt.viewport(), start, start + QPoint(int(4 * px), 0))
    qtbot.wait(20)
    assert planned(store, plan.ids["gate"]) == (day(18), day(18))
    assert ctx.undo_stack.count() == 0


def test_drag_onto_another_item_creates_a_dependency(view, plan, store, ctx, qtbot) -> None:
    start = bar_point(view, plan.ids["batch"])
    end = bar_point(view, plan.ids["report"]) + QPoint(0, 0)
    drag(qtbot, view.gantt.viewport(), start, QPoint(start.x() + 5, end.y()))
    saved(qtbot, ctx)
    assert link_count(store) == 5
    # Report (SS + 2 from Design, day 2) now waits for Batch to finish (day 11).
    assert planned(store, plan.ids["report"]) == (day(12), day(21))
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert link_count(store) == 4
    assert planned(store, plan.ids["report"]) == (day(2), day(11))
    assert len(view.doc.links_of(plan.ids["report"])) == 1


def test_a_dependency_that_closes_a_loop_is_refused(view, plan, store, ctx, qtbot) -> None:
    start = bar_point(view, plan.ids["release"])
    end = bar_point(view, plan.ids["design"])
    drag(qtbot, view.gantt.viewport(), start, QPoint(start.x(), end.y()))
    assert link_count(store) == 4
    assert ctx.undo_stack.count() == 0
    text = view.message.text()
    assert "loop" in text and "Batch released → Process design" in text


def test_keyboard_edit_of_duration_in_the_table(view, plan, store, ctx, qtbot) -> None:
    row = view.doc.row_of_item[view.doc.index[plan.ids["design"]]]
    index = view.model.index(row, cols.DURATION)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.focusWidget()
    assert editor.objectName() == "schedule_number_editor"
    editor.selectAll()
    qtbot.keyClicks(editor, "6")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: planned(store, plan.ids["design"]) == (day(0), day(5)))
    assert planned(store, plan.ids["batch"]) == (day(8), day(12))  # pushed by 1 day
    assert view.model.data(index) == "6 d"
    ctx.undo_stack.undo()
    assert planned(store, plan.ids["design"]) == (day(0), day(3))


def test_bad_table_input_is_refused_with_a_message_and_writes_nothing(
    view, plan, store, ctx
) -> None:
    row = view.doc.row_of_item[view.doc.index[plan.ids["batch"]]]
    finish = view.model.index(row, cols.FINISH)
    assert not view.model.setData(finish, date(2027, 3, 2))
    assert "Finish cannot be before start" in view.message.text()
    assert not view.model.setData(view.model.index(row, cols.NAME), "   ")
    assert "name is required" in view.message.text()
    assert not view.model.setData(view.model.index(row, cols.PERCENT), 140)
    assert "0 to 100" in view.message.text()
    assert planned(store, plan.ids["batch"]) == (day(7), day(11))
    assert ctx.undo_stack.count() == 0


def test_percent_done_and_status_stay_consistent(view, plan, store) -> None:
    row = view.doc.row_of_item[view.doc.index[plan.ids["design"]]]
    assert view.model.setData(view.model.index(row, cols.PERCENT), 100)
    with store.read() as s:
        m = s.get(Milestone, plan.ids["design"])
        assert m is not None and m.status == MilestoneStatus.DONE and m.percent_complete == 100
    assert view.model.data(view.model.index(row, cols.STATUS)) == "Done"


def test_fixed_items_are_locked_in_the_table_until_unfixed(view, plan, store) -> None:
    row = view.doc.row_of_item[view.doc.index[plan.ids["gate"]]]
    start = view.model.index(row, cols.START)
    assert not view.model.flags(start) & Qt.ItemFlag.ItemIsEditable
    fixed = view.model.index(row, cols.FIXED)
    assert view.model.setData(fixed, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert view.model.flags(start) & Qt.ItemFlag.ItemIsEditable
    assert view.model.setData(start, date(2027, 3, 25))
    assert planned(store, plan.ids["gate"]) == (date(2027, 3, 25), date(2027, 3, 25))


def test_table_model_passes_the_model_tester(view, qtmodeltester) -> None:
    qtmodeltester.check(view.model)


def test_collapse_a_phase_hides_its_rows_in_table_and_chart(view, qtbot) -> None:
    assert view.model.rowCount() == 6  # heading + 5 items
    rect = view.table.visualRect(view.model.index(0, cols.NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.model.rowCount() == 1
    assert "▸" in view.model.data(view.model.index(0, cols.NAME))
    assert view.gantt.sceneRect().height() == pytest.approx(view.gantt.timeline.row_height)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    assert view.model.rowCount() == 6


def test_table_and_chart_scroll_together(ctx, store, qtbot) -> None:
    for n in range(4):
        make_plan(store, f"Engagement {n}")
    v = ScheduleView(ctx, None)
    v.resize(1000, 300)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    assert v.table.verticalScrollBar().maximum() > 0
    v.gantt.verticalScrollBar().setValue(100)
    assert v.table.verticalScrollBar().value() == 100
    v.table.verticalScrollBar().setValue(40)
    assert v.gantt.verticalScrollBar().value() == 40
    # the first rows are engagement then phase headings, in both halves
    assert v.doc.rows[0].key.startswith("e:") and v.doc.rows[1].key.startswith("p:")


def test_zoom_levels_and_ctrl_wheel(view, qtbot) -> None:
    for scale in Scale:
        view.acts.scales[scale].trigger()
        assert view.gantt.timeline.scale is scale
        assert view.acts.scales[scale].isChecked()
    # At day zoom a day is many pixels wide, so the scroll bar's whole-pixel steps cannot
    # move the date under the mouse (at quarter zoom one pixel is about one day).
    view.acts.scales[Scale.DAY].trigger()
    before = view.gantt.timeline.px_per_day
    view.acts.zoom_in.trigger()
    assert view.gantt.timeline.px_per_day > before
    before = view.gantt.timeline.px_per_day
    centre = QPointF(view.gantt.viewport().rect().center())
    anchor_date = view.gantt.timeline.date_at(view.gantt.mapToScene(centre.toPoint()).x())
    wheel = QWheelEvent(
        centre,
        QPointF(view.gantt.viewport().mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.gantt.viewport(), wheel)
    assert view.gantt.timeline.px_per_day == pytest.approx(before * 1.25)
    # the date under the mouse stays under the mouse
    assert view.gantt.timeline.date_at(view.gantt.mapToScene(centre.toPoint()).x()) == anchor_date
    view.acts.fit.trigger()
    span = view.doc.span()
    assert span is not None
    left, right = (
        view.gantt.left_scene_x(),
        view.gantt.left_scene_x() + view.gantt.viewport().width(),
    )
    assert left <= view.gantt.timeline.x_of(span[0]) and view.gantt.timeline.x_of(span[1]) <= right
