"""Every kind of schedule edit, made on the screen, undoes and redoes exactly: the rows of
the database after Ctrl+Z are the rows before the edit, after Ctrl+Shift+Z the rows after
it (see tests.undo_support), and the screens showing the plan follow."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QInputDialog,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus
from cdmo_desktop.domain.timeline import Scale
from cdmo_desktop.gui.schedule import schedule_links
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from tests.gui.test_schedule_view import bar_point, drag
from tests.schedule_data import day, link_count, links_of, make_plan, planned
from tests.undo_support import check_undo_redo

pytestmark = pytest.mark.gui


@pytest.fixture
def plan(store):
    return make_plan(store)


@pytest.fixture
def view(ctx, plan, qtbot) -> ScheduleView:
    v = ScheduleView(ctx, plan.engagement_id)
    v.resize(1400, 600)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.set_scale(Scale.DAY)
    v.gantt.show_date(day(0), at=0.05)
    return v


@pytest.fixture
def portfolio(ctx, plan, qtbot) -> ScheduleView:
    """The portfolio schedule, open beside the engagement's."""
    v = ScheduleView(ctx, None)
    qtbot.addWidget(v)
    return v


def shown(view: ScheduleView, item_id: str) -> tuple[object, object]:
    item = view.doc.items[view.doc.index[item_id]]
    return item.start, item.finish


def pick(view: ScheduleView, item_id: str) -> None:
    row = view.doc.row_of_item[view.doc.index[item_id]]
    view.table.selectRow(row)
    view.table.setCurrentIndex(view.model.index(row, cols.NAME))


def written(qtbot, ctx, gesture: Callable[[], object]) -> Callable[[], None]:
    """A chart gesture, and the wait for its write (right after the repaint)."""

    def edit() -> None:
        depth = ctx.undo_stack.index()
        gesture()
        qtbot.waitUntil(lambda: ctx.undo_stack.index() == depth + 1)

    return edit


Answer = Callable[[schedule_links.DependencyDialog, dict[str, int]], None]
W = TypeVar("W", bound=QWidget)


def child(dialog: QDialog, cls: type[W], name: str) -> W:
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def dialog_answer(monkeypatch, choose: Answer) -> None:
    """The dependency dialog, answered by `choose(dialog, {predecessor name: row})`."""

    def fake_exec(dialog: schedule_links.DependencyDialog) -> int:
        table = dialog.table
        rows = {table.model().index(r, 0).data(): r for r in range(table.rowCount())}
        choose(dialog, rows)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(schedule_links.DependencyDialog, "exec", fake_exec)


def test_drag_that_pushes_successors(view, portfolio, plan, ctx, store, qtbot) -> None:
    px = view.gantt.timeline.px_per_day
    start = bar_point(view, plan.ids["design"])
    end = start + QPoint(int(3 * px), 0)
    check_undo_redo(
        ctx, written(qtbot, ctx, lambda: drag(qtbot, view.gantt.viewport(), start, end))
    )
    assert ctx.undo_stack.undoText() == "Move Process design"
    assert planned(store, plan.ids["batch"]) == (day(9), day(13))
    assert shown(portfolio, plan.ids["batch"]) == (day(9), day(13))
    ctx.undo_stack.undo()
    for v in (view, portfolio):
        assert shown(v, plan.ids["design"]) == (day(0), day(3))
        assert shown(v, plan.ids["batch"]) == (day(7), day(11))


def test_resize_on_the_chart(view, plan, ctx, store, qtbot) -> None:
    px = view.gantt.timeline.px_per_day
    start = bar_point(view, plan.ids["report"], "end")
    end = start + QPoint(int(2 * px), 0)
    check_undo_redo(
        ctx, written(qtbot, ctx, lambda: drag(qtbot, view.gantt.viewport(), start, end))
    )
    assert ctx.undo_stack.undoText() == "Change length of Development report"
    assert planned(store, plan.ids["report"]) == (day(2), day(13))


def test_table_edits(view, portfolio, plan, ctx, store) -> None:
    row = view.doc.row_of_item[view.doc.index[plan.ids["design"]]]
    index = view.model.index
    check_undo_redo(ctx, lambda: view.model.setData(index(row, cols.PERCENT), 100))
    assert ctx.undo_stack.undoText() == "Progress of Process design"
    other = portfolio.doc.items[portfolio.doc.index[plan.ids["design"]]]
    assert other.status is MilestoneStatus.DONE and other.percent_complete == 100
    check_undo_redo(ctx, lambda: view.model.setData(index(row, cols.NAME), "Route scouting"))
    assert ctx.undo_stack.undoText() == "Rename Process design"
    check_undo_redo(ctx, lambda: view.model.setData(index(row, cols.DURATION), 6))
    assert planned(store, plan.ids["batch"]) == (day(8), day(12))  # pushed in the same step
    check_undo_redo(
        ctx, lambda: view.model.setData(index(row, cols.KIND), MilestoneKind.MILESTONE.value)
    )
    assert planned(store, plan.ids["design"]) == (day(5), day(5))
    ctx.undo_stack.undo()
    assert portfolio.doc.items[portfolio.doc.index[plan.ids["design"]]].kind is MilestoneKind.TASK


def test_add_a_dependency_on_the_chart(view, portfolio, plan, ctx, store, qtbot) -> None:
    start = bar_point(view, plan.ids["batch"])
    end = bar_point(view, plan.ids["report"])
    target = QPoint(start.x() + 5, end.y())
    check_undo_redo(
        ctx, written(qtbot, ctx, lambda: drag(qtbot, view.gantt.viewport(), start, target))
    )
    assert ctx.undo_stack.undoText() == "Link Engineering batch → Development report"
    assert link_count(store) == 5 and planned(store, plan.ids["report"]) == (day(12), day(21))
    assert len(portfolio.doc.links_of(plan.ids["report"])) == 2
    ctx.undo_stack.undo()
    for v in (view, portfolio):
        assert len(v.doc.links_of(plan.ids["report"])) == 1
        assert shown(v, plan.ids["report"]) == (day(2), day(11))


def test_remove_a_dependency_in_the_dialog(view, portfolio, plan, ctx, store, monkeypatch) -> None:
    def remove_design(dialog: QDialog, rows: dict[str, int]) -> None:
        child(dialog, QCheckBox, f"dependency_remove_{rows['Process design']}").setChecked(True)

    dialog_answer(monkeypatch, remove_design)
    pick(view, plan.ids["report"])
    check_undo_redo(ctx, view.acts.links.trigger)
    assert ctx.undo_stack.undoText() == "Dependencies of Development report"
    assert link_count(store) == 3
    assert portfolio.doc.links_of(plan.ids["report"]) == []
    ctx.undo_stack.undo()
    assert len(portfolio.doc.links_of(plan.ids["report"])) == 1


def test_change_a_dependency_type_and_lag(view, portfolio, plan, ctx, store, monkeypatch) -> None:
    def finish_to_start_plus_one(dialog: QDialog, rows: dict[str, int]) -> None:
        row = rows["Process design"]
        kind = child(dialog, QComboBox, f"dependency_kind_{row}")
        kind.setCurrentIndex(kind.findData(DependencyKind.FINISH_TO_START.value))
        child(dialog, QSpinBox, f"dependency_lag_{row}").setValue(1)

    dialog_answer(monkeypatch, finish_to_start_plus_one)
    pick(view, plan.ids["report"])
    check_undo_redo(ctx, view.acts.links.trigger)
    # Report now starts a day after Design finishes (day 3): day 5.
    assert planned(store, plan.ids["report"]) == (day(5), day(14))
    [link] = links_of(store, plan.ids["report"])
    assert (link.kind, link.lag_days) == (DependencyKind.FINISH_TO_START, 1)
    [other] = portfolio.doc.links_of(plan.ids["report"])
    assert (other.kind, other.lag_days) == (DependencyKind.FINISH_TO_START, 1)
    ctx.undo_stack.undo()
    [other] = portfolio.doc.links_of(plan.ids["report"])
    assert (other.kind, other.lag_days) == (DependencyKind.START_TO_START, 2)
    assert shown(portfolio, plan.ids["report"]) == (day(2), day(11))


def test_set_baseline(view, portfolio, plan, ctx, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Baseline", True))
    pick(view, plan.ids["design"])
    check_undo_redo(ctx, view.acts.baseline.trigger)
    assert (
        ctx.undo_stack.undoText()
        == "Set baseline for Process development · Acme Process development"
    )
    assert portfolio.doc.items[portfolio.doc.index[plan.ids["batch"]]].baseline_finish == day(11)
    ctx.undo_stack.undo()
    assert portfolio.doc.items[portfolio.doc.index[plan.ids["batch"]]].baseline_finish is None


def test_insert_an_item(view, portfolio, plan, ctx, qtbot) -> None:
    pick(view, plan.ids["batch"])
    check_undo_redo(ctx, view.acts.add_gate.trigger)
    assert ctx.undo_stack.undoText() == "Add new decision gate"
    view.table.closePersistentEditor(view.table.currentIndex())
    qtbot.waitUntil(lambda: len(portfolio.doc.items) == 6)
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(portfolio.doc.items) == 5 and len(view.doc.items) == 5)


def test_delete_an_item_with_its_links(view, portfolio, plan, ctx, store, qtbot) -> None:
    pick(view, plan.ids["batch"])
    view.table.setFocus()
    check_undo_redo(ctx, view.acts.delete.trigger)
    assert ctx.undo_stack.undoText() == "Delete Engineering batch"
    assert link_count(store) == 2
    qtbot.waitUntil(lambda: len(portfolio.doc.items) == 4 and len(view.doc.items) == 4)
    ctx.undo_stack.undo()
    assert link_count(store) == 4
    qtbot.waitUntil(lambda: len(portfolio.doc.items) == 5 and len(view.doc.items) == 5)
    assert len(view.doc.links_of(plan.ids["batch"])) == 2


def test_delete_several_items_is_one_step(view, plan, ctx, store) -> None:
    pick(view, plan.ids["design"])
    row = view.doc.row_of_item[view.doc.index[plan.ids["report"]]]
    view.table.selectionModel().select(
        view.model.index(row, cols.NAME),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    check_undo_redo(ctx, view.acts.delete.trigger)
    assert ctx.undo_stack.undoText() == "Delete 2 items"
    assert "Deleted 2 items" in view.message.text()


def test_a_drag_updates_both_screens_in_place(
    view, portfolio, plan, ctx, qtbot, monkeypatch
) -> None:
    reloads: list[ScheduleView] = []
    for v in (view, portfolio):
        monkeypatch.setattr(v, "reload", lambda v=v: reloads.append(v))
    px = view.gantt.timeline.px_per_day
    start = bar_point(view, plan.ids["design"])
    written(
        qtbot,
        ctx,
        lambda: drag(qtbot, view.gantt.viewport(), start, start + QPoint(int(3 * px), 0)),
    )()
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    qtbot.wait(10)
    assert reloads == []
    assert shown(portfolio, plan.ids["batch"]) == (day(9), day(13))


def test_a_drag_not_yet_written_is_unsaved_until_saved_or_discarded(view, plan, ctx, store) -> None:
    assert not view.is_dirty() and view.save()
    design = view.doc.items[view.doc.index[plan.ids["design"]]]
    view.editor.move(design, day(2), day(5), soon=True)
    assert view.is_dirty() and planned(store, plan.ids["design"]) == (day(0), day(3))
    assert view.save() and not view.is_dirty()
    assert planned(store, plan.ids["design"]) == (day(2), day(5))
    assert ctx.undo_stack.count() == 1
    view.editor.move(design, day(4), day(7), soon=True)
    view.discard()
    assert not view.is_dirty() and design.start == day(2)
    assert planned(store, plan.ids["design"]) == (day(2), day(5))
    assert ctx.undo_stack.count() == 1


def test_a_refused_table_edit_is_not_stacked(view, plan, ctx, store, monkeypatch) -> None:
    from cdmo_desktop.store import schedule_edits

    def gone(*_args: object) -> None:
        raise LookupError("gone")

    monkeypatch.setattr(schedule_edits, "rename_item", gone)
    row = view.doc.row_of_item[view.doc.index[plan.ids["design"]]]
    assert not view.model.setData(view.model.index(row, cols.NAME), "Route scouting")
    assert "no longer exists" in view.message.text()
    assert ctx.undo_stack.count() == 0
    assert view.doc.items[view.doc.index[plan.ids["design"]]].name == "Process design"
    assert view.model.data(view.model.index(row, cols.NAME), Qt.ItemDataRole.EditRole) == (
        "Process design"
    )
