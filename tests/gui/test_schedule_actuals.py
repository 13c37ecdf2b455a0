"""Planned against actual, and against any baseline (issue 11, item 22): actual start and
finish are typed into the task table and drawn under the planned bars; baselines are kept
by name and the chart compares the plan with the one chosen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QMessageBox

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import MilestoneStatus
from cdmo_desktop.domain.models import Milestone
from cdmo_desktop.domain.timeline import Scale
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.gui.widgets import gantt_style as st
from cdmo_desktop.gui.widgets.fields import DateField
from cdmo_desktop.gui.widgets.gantt_tips import item_tooltip
from cdmo_desktop.store import schedule as sched
from cdmo_desktop.store import schedule_edits as edits
from tests.schedule_data import day, make_plan
from tests.undo_support import check_undo_redo

pytestmark = pytest.mark.gui


@pytest.fixture
def plan(store):
    return make_plan(store)


@pytest.fixture
def view(ctx, plan, qtbot) -> ScheduleView:
    with clock.frozen(day(6)):
        v = ScheduleView(ctx, plan.engagement_id)
    v.table.columns.choose(None)
    v.resize(1900, 600)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.set_scale(Scale.DAY)
    v.gantt.show_date(day(0), at=0.05)
    return v


def actual(store, item_id: str) -> tuple[date | None, date | None]:
    with store.read() as s:
        m = s.get(Milestone, item_id)
        assert m is not None
        return m.actual_start, m.actual_finish


def type_into(qtbot, view: ScheduleView, item_id: str, column: int, text: str) -> None:
    row = view.doc.row_of_item[view.doc.index[item_id]]
    index = view.model.index(row, column)
    assert not view.table.isColumnHidden(column)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.focusWidget()
    assert isinstance(editor, DateField) and editor.objectName() == "schedule_date_editor"
    editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_actual_dates_are_typed_in_the_table_and_undone_exactly(
    view, plan, ctx, store, qtbot
) -> None:
    design = plan.ids["design"]

    def start() -> None:
        type_into(qtbot, view, design, cols.ACTUAL_START, "2 Mar 2027")
        qtbot.waitUntil(lambda: actual(store, design) == (day(1), None))

    check_undo_redo(ctx, start)
    assert ctx.undo_stack.undoText() == "Actual dates of Process design"
    row = view.doc.row_of_item[view.doc.index[design]]
    assert view.model.data(view.model.index(row, cols.ACTUAL_START)) == "2 Mar 2027"
    assert view.model.data(view.model.index(row, cols.STATUS)) == "In progress"

    def finish() -> None:
        type_into(qtbot, view, design, cols.ACTUAL_FINISH, "2027-03-06")
        qtbot.waitUntil(lambda: actual(store, design) == (day(1), day(5)))
        assert "finished on 6 Mar 2027: marked done" in view.message.text()

    check_undo_redo(ctx, finish)
    assert view.doc.items[view.doc.index[design]].status is MilestoneStatus.DONE

    type_into(qtbot, view, design, cols.ACTUAL_START, "8 Mar 2027")
    qtbot.waitUntil(lambda: "cannot be before the actual start" in view.message.text())
    assert actual(store, design) == (day(1), day(5))
    type_into(qtbot, view, plan.ids["batch"], cols.ACTUAL_FINISH, "12 Mar 2027")
    qtbot.waitUntil(lambda: "Enter the actual start first" in view.message.text())

    def cleared() -> None:
        type_into(qtbot, view, design, cols.ACTUAL_FINISH, "")
        qtbot.waitUntil(lambda: actual(store, design) == (day(1), None))

    check_undo_redo(ctx, cleared)


def _colour_at(view: ScheduleView, x: float, y: float) -> QColor:
    image = view.gantt.viewport().grab().toImage()
    point = view.gantt.mapFromScene(QPointF(x, y))
    return image.pixelColor(point.x(), point.y())


def test_actual_bars_are_drawn_under_the_planned_ones(view, plan, store, qtbot) -> None:
    edits.set_actual_dates(store, plan.ids["design"], day(1), day(5))
    edits.set_actual_dates(store, plan.ids["batch"], day(7), None)  # started: drawn to today
    view.reload()
    layout = view.gantt.timeline
    row_y = layout.row_y(view.doc.row_of_item[view.doc.index[plan.ids["design"]]])
    actual_y = row_y + st.ACTUAL_TOP + st.ACTUAL_HEIGHT / 2
    assert _colour_at(view, layout.x_of(day(4)) + 2, actual_y) == st.colours().actual  # 2-6 Mar
    assert _colour_at(view, layout.x_of(day(0)) + 2, actual_y) != st.colours().actual  # not 1 Mar
    assert _colour_at(view, layout.x_of(day(2)), row_y + st.BAR_TOP + 2) != st.colours().actual
    tip = item_tooltip(view.doc, view.doc.index[plan.ids["design"]])
    assert "Actual: 2 Mar 2027 – 6 Mar 2027 (5 days)" in tip
    batch_y = layout.row_y(view.doc.row_of_item[view.doc.index[plan.ids["batch"]]])
    open_y = batch_y + st.ACTUAL_TOP + st.ACTUAL_HEIGHT / 2
    assert _colour_at(view, layout.x_of(day(7)) + 2, open_y) == st.colours().actual_open
    assert "Actual: started 8 Mar 2027" in item_tooltip(view.doc, view.doc.index[plan.ids["batch"]])


def test_named_baselines_are_kept_and_any_can_be_compared(
    view, plan, ctx, store, qtbot, monkeypatch
) -> None:
    names = iter(["Baseline", "Re-plan"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (next(names), True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.acts.baseline.trigger()
    batch = view.doc.items[view.doc.index[plan.ids["batch"]]]
    view.editor.move(batch, day(9), day(13))
    check_undo_redo(ctx, view.acts.baseline.trigger)
    assert [b.name for b in sched.baselines(store, plan.engagement_id)] == ["Baseline", "Re-plan"]
    chooser = view.acts.compare
    assert [chooser.itemText(i).split(" (")[0] for i in range(chooser.count())] == [
        "vs. latest baseline",
        "vs. Re-plan",
        "vs. Baseline",
    ]
    tip = item_tooltip(view.doc, view.doc.index[plan.ids["batch"]])
    assert "Baseline finish 14 Mar 2027: on baseline" in tip  # the latest: Re-plan
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_End)  # the oldest, "Baseline"
    assert view.doc.compare_name == "Baseline"
    tip = item_tooltip(view.doc, view.doc.index[plan.ids["batch"]])
    assert "Baseline “Baseline” finish 12 Mar 2027: 2 days late" in tip
    assert "plan finishes 19 Mar 2027 (on “Baseline”)" in view.message.text()
    assert view.doc.variance(batch) == 2
    qtbot.keyClick(chooser, Qt.Key.Key_Home)
    assert view.doc.compare_name == "" and view.doc.variance(batch) == 0
