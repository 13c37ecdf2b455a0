"""Dependencies are added from the keyboard (issue 11, item 14): Ctrl+L opens the
Dependencies dialog of the selected item, the predecessor is typed by name or item number,
the type (FS, SS, FF, SF) and lag chosen, Return adds it and Return again saves; one undo
step, exactly undone and redone. Wrong names, loops and duplicates are refused in the
dialog with the reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from cdmo_desktop.domain.enums import DependencyKind
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.gui.schedule.schedule_links import DependencyDialog
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
    return v


def select(view: ScheduleView, item_id: str) -> None:
    row = view.doc.row_of_item[view.doc.index[item_id]]
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, cols.NAME))
    view.table.selectRow(row)


def with_dialog(qtbot, drive: Callable[[DependencyDialog], None]) -> Callable[[ScheduleView], None]:
    """Ctrl+L on the task table, then `drive` the modal dialog with keys once it shows."""
    seen: list[DependencyDialog] = []

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DependencyDialog):
            QTimer.singleShot(10, when_shown)
            return
        seen.append(dialog)
        try:
            drive(dialog)
        finally:
            if dialog.isVisible():  # a failed check must not leave the dialog waiting
                dialog.reject()

    def press(view: ScheduleView) -> None:
        QTimer.singleShot(0, when_shown)
        qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert seen, "the Dependencies dialog did not open"

    return press


def line_edit(dialog: DependencyDialog) -> QLineEdit:
    field = dialog.predecessor.lineEdit()
    assert field is not None
    return field


def type_predecessor(
    qtbot, dialog: DependencyDialog, text: str, downs: int = 0, lag: str = ""
) -> None:
    field = line_edit(dialog)
    qtbot.keyClicks(field, text)
    completer = dialog.predecessor.completer()
    popup = completer.popup() if completer is not None else None
    if popup is not None:
        popup.hide()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    for _ in range(downs):
        qtbot.keyClick(dialog.new_kind, Qt.Key.Key_Down)
    if lag:
        qtbot.keyClick(dialog.new_kind, Qt.Key.Key_Tab)
        dialog.new_lag.lineEdit().selectAll()
        qtbot.keyClicks(dialog.new_lag, lag)
    qtbot.keyClick(dialog.new_lag, Qt.Key.Key_Return)  # adds: the field had text


def test_add_predecessors_by_number_and_by_name_then_undo_and_redo(
    view, plan, ctx, store, qtbot
) -> None:
    def drive(dialog: DependencyDialog) -> None:
        assert dialog.focusWidget() is dialog.predecessor  # typing goes there at once
        type_predecessor(qtbot, dialog, "1")  # Process design: already its predecessor
        assert "already depends on Process design" in dialog.problem.text()
        line_edit(dialog).clear()
        type_predecessor(qtbot, dialog, "engineering BATCH", downs=2, lag="1")  # FF + 1
        assert "waits for Engineering batch" in dialog.problem.text()
        type_predecessor(qtbot, dialog, "4", downs=1)  # Go / no-go, start-to-start
        assert dialog.predecessor.currentText() == ""
        qtbot.keyClick(line_edit(dialog), Qt.Key.Key_Return)  # empty: OK

    select(view, plan.ids["report"])
    check_undo_redo(ctx, lambda: with_dialog(qtbot, drive)(view))
    assert ctx.undo_stack.undoText() == "Dependencies of Development report"
    kinds = {
        (x.predecessor_id, x.kind, x.lag_days)
        for x in links_of(store, plan.ids["report"])
        if x.successor_id == plan.ids["report"]
    }
    assert kinds == {
        (plan.ids["design"], DependencyKind.START_TO_START, 2),
        (plan.ids["batch"], DependencyKind.FINISH_TO_FINISH, 1),
        (plan.ids["gate"], DependencyKind.START_TO_START, 0),
    }
    # Go / no-go (a gate on 19 Mar, a point at the end of its day) starts the report on 20 Mar
    assert planned(store, plan.ids["report"]) == (day(19), day(28))
    assert "Dependencies of Development report. 1 item moved later" in view.message.text()
    ctx.undo_stack.undo()
    assert link_count(store) == 4 and planned(store, plan.ids["report"]) == (day(2), day(11))
    assert len(view.doc.links_of(plan.ids["report"])) == 1


def test_names_that_fit_nothing_or_several_and_loops_are_refused(view, plan, ctx, qtbot) -> None:
    problems: list[str] = []

    def drive(dialog: DependencyDialog) -> None:
        for text in ("Tech transfer", "e", "Batch released", "99", "Engineering batch"):
            line_edit(dialog).clear()
            type_predecessor(qtbot, dialog, text)
            problems.append(dialog.problem.text())
        dialog.reject()

    select(view, plan.ids["batch"])
    with_dialog(qtbot, drive)(view)
    assert "No item of this plan is called “Tech transfer”" in problems[0]
    assert "fits several items" in problems[1] and "type its number" in problems[1]
    assert "loop" in problems[2] and "Engineering batch → Batch released" in problems[2]
    assert "There is no item 99" in problems[3]
    assert "cannot depend on itself" in problems[4]
    assert ctx.undo_stack.count() == 0 and link_count(view.ctx.store) == 4


def test_a_link_added_then_unticked_is_not_saved(view, plan, ctx, qtbot) -> None:
    def drive(dialog: DependencyDialog) -> None:
        type_predecessor(qtbot, dialog, "Go / no-go")
        remove = dialog.findChild(QCheckBox, "dependency_remove_1")
        assert remove is not None
        remove.setChecked(True)
        assert not dialog.has_changes()
        dialog.accept()

    select(view, plan.ids["report"])
    with_dialog(qtbot, drive)(view)
    assert ctx.undo_stack.count() == 0 and link_count(view.ctx.store) == 4


def test_finish_to_finish_and_start_to_finish_arrows_are_drawn(view, plan, store, qtbot) -> None:
    from cdmo_desktop.domain.scheduling import ScheduleLink
    from cdmo_desktop.store import schedule_edits as edits

    ff = ScheduleLink("ff", plan.ids["batch"], plan.ids["report"], DependencyKind.FINISH_TO_FINISH)
    sf = ScheduleLink("sf", plan.ids["gate"], plan.ids["report"], DependencyKind.START_TO_FINISH, 2)
    edits.edit_dependencies(store, plan.ids["report"], add=[ff, sf])
    view.reload()
    view.set_scale(view.gantt.timeline.scale.DAY)
    view.gantt.show_date(day(0), at=0.05)
    image = view.gantt.viewport().grab().toImage()
    assert not image.isNull()
    from cdmo_desktop.gui.widgets.gantt_tips import item_tooltip

    tip = item_tooltip(view.doc, view.doc.index[plan.ids["report"]])
    assert "finish-to-finish Engineering batch" in tip and "start-to-finish Go / no-go +2 d" in tip
