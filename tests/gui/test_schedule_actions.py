"""Schedule screen actions: add and delete items, baseline, dependencies, export, refresh."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from sqlmodel import select

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind
from cdmo_desktop.domain.models import Milestone
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.gui.schedule import schedule_links
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.store import schedule as sched
from cdmo_desktop.store import schedule_edits as edits
from tests.schedule_data import day, link_count, links_of, make_plan, planned

pytestmark = pytest.mark.gui


@pytest.fixture
def plan(store):
    return make_plan(store)


@pytest.fixture
def view(ctx, plan, qtbot):
    v = ScheduleView(ctx, plan.engagement_id)
    v.resize(1300, 500)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def pick(view: ScheduleView, item_id: str) -> None:
    row = view.doc.row_of_item[view.doc.index[item_id]]
    view.table.selectRow(row)
    view.table.setCurrentIndex(view.model.index(row, cols.NAME))


def count_items(store) -> int:
    with store.read() as s:
        return len(s.exec(select(Milestone)).all())


def test_add_a_milestone_after_the_selection_then_undo(view, plan, store, ctx) -> None:
    pick(view, plan.ids["batch"])
    view.acts.add_milestone.trigger()
    assert count_items(store) == 6
    new = [it for it in view.doc.items if it.name == "New milestone"]
    assert len(new) == 1 and new[0].kind is MilestoneKind.MILESTONE
    assert new[0].start == day(12)  # the day after the batch finishes
    assert view.table.state() == view.table.State.EditingState  # ready to type its name
    view.table.closePersistentEditor(view.table.currentIndex())
    ctx.undo_stack.undo()
    assert count_items(store) == 5


def test_delete_an_item_with_its_links_and_undo(view, plan, store, ctx, qtbot) -> None:
    pick(view, plan.ids["batch"])
    view.table.setFocus()
    view.acts.delete.trigger()
    assert count_items(store) == 4 and link_count(store) == 2
    qtbot.waitUntil(lambda: len(view.doc.items) == 4)
    ctx.undo_stack.undo()
    assert count_items(store) == 5 and link_count(store) == 4
    qtbot.waitUntil(lambda: len(view.doc.items) == 5)


def test_set_baseline_then_variance_shows(view, plan, store, ctx, monkeypatch, qtbot) -> None:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *a: object, **k: object) -> object:
        if isinstance(parent, ScheduleView):
            asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Baseline", True))
    pick(view, plan.ids["design"])
    view.acts.baseline.trigger()
    assert not asked  # no baseline yet: nothing to confirm
    assert "Baseline set for 5 items" in view.message.text()
    with store.read() as s:
        m = s.get(Milestone, plan.ids["batch"])
        assert m is not None and m.baseline_finish == day(11)
    # a later move shows its variance in days against the baseline
    batch = view.doc.items[view.doc.index[plan.ids["batch"]]]
    view.editor.move(batch, day(9), day(13))
    assert batch.finish_variance == 2
    view.acts.baseline.trigger()
    assert asked and "Replace the baseline" in asked[0]
    ctx.undo_stack.undo()
    with store.read() as s:
        m = s.get(Milestone, plan.ids["batch"])
        assert m is not None and m.baseline_finish == day(11)


def test_change_lag_and_remove_a_dependency_in_the_dialog(
    view, plan, store, ctx, monkeypatch
) -> None:
    def fake_exec(dialog: Any) -> int:
        rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
        design = rows["Process design"]
        dialog.findChild(type(dialog._lags[0]), f"dependency_lag_{design}").setValue(5)
        dialog.findChild(
            type(dialog._removes[0]), f"dependency_remove_{rows['Engineering batch']}"
        ).setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(schedule_links.DependencyDialog, "exec", fake_exec)
    pick(view, plan.ids["batch"])
    view.acts.links.trigger()
    # design -> batch lag 2 -> 5: batch moves from day 7 to day 9 (design ends day 3)
    assert planned(store, plan.ids["batch"]) == (day(9), day(13))
    assert link_count(store) == 3  # batch -> release removed
    links = links_of(store, plan.ids["batch"])
    assert [x.lag_days for x in links] == [5]
    ctx.undo_stack.undo()
    assert link_count(store) == 4 and planned(store, plan.ids["batch"]) == (day(7), day(11))


def test_export_png_and_pdf(view, plan, monkeypatch, tmp_path: Path, qtbot) -> None:
    target = tmp_path / "chart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.acts.export_pdf.trigger()
    qtbot.waitUntil(lambda: "Chart saved to" in view.message.text(), timeout=20_000)
    pdf = tmp_path / "chart.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Engineering batch" in text and "Go / no-go" in text and "Process development" in text
    view.acts.export_png.trigger()
    qtbot.waitUntil(lambda: "chart.png." in view.message.text(), timeout=20_000)
    png = tmp_path / "chart.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export-")]


def test_the_chart_is_drawn_and_saved_off_the_gui_thread(
    view, plan, monkeypatch, tmp_path: Path, qtbot
) -> None:
    import threading

    from matplotlib.figure import Figure

    on_gui_thread: list[bool] = []
    savefig = Figure.savefig

    def spy(self: Figure, *args: Any, **kwargs: Any) -> None:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        savefig(self, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", spy)
    target = tmp_path / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.acts.export_png.trigger()
    assert "Saving the chart" in view.message.text()  # the screen answers meanwhile
    qtbot.waitUntil(lambda: "Chart saved to" in view.message.text(), timeout=20_000)
    assert on_gui_thread == [False]
    assert target.read_bytes().startswith(b"\x89PNG")


def test_an_export_that_fails_says_why(view, plan, monkeypatch, tmp_path: Path, qtbot) -> None:
    target = tmp_path / "missing" / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.acts.export_png.trigger()
    qtbot.waitUntil(lambda: "could not be saved" in view.message.text(), timeout=20_000)
    assert not target.parent.exists()


def test_refused_write_after_a_drag_withdraws_the_preview(
    view, plan, store, ctx, monkeypatch, qtbot
) -> None:
    def refuse(*_args, **_kwargs):
        raise ValidationError({"planned_start": "Planned start is refused."}, "Milestone")

    monkeypatch.setattr(edits, "move_items", refuse)
    design = view.doc.items[view.doc.index[plan.ids["design"]]]
    view.editor.move(design, day(2), day(5), soon=True)
    assert design.start == day(2)  # shown at once
    qtbot.waitUntil(lambda: "Not saved" in view.message.text())
    assert design.start == day(0)
    assert view.doc.items[view.doc.index[plan.ids["batch"]]].start == day(7)
    assert ctx.undo_stack.count() == 0
    assert planned(store, plan.ids["design"]) == (day(0), day(3))


def test_other_screens_changing_milestones_are_picked_up(view, plan, store, ctx, qtbot) -> None:
    def rename(s) -> None:
        m = s.get(Milestone, plan.ids["report"])
        assert m is not None
        m.name = "Development report v2"

    ctx.announce(store.write("Rename", rename), None)
    qtbot.waitUntil(lambda: any(it.name == "Development report v2" for it in view.doc.items))


def test_two_open_schedules_stay_in_step(ctx, plan, store, qtbot) -> None:
    tab = ScheduleView(ctx, plan.engagement_id)
    portfolio = ScheduleView(ctx, None)
    for v in (tab, portfolio):
        qtbot.addWidget(v)
    design = tab.doc.items[tab.doc.index[plan.ids["design"]]]
    tab.editor.move(design, day(2), day(5))
    other = portfolio.doc.items[portfolio.doc.index[plan.ids["batch"]]]
    assert other.start == day(8)  # pushed in the other screen too, without a reload
    link = [
        x
        for x in portfolio.doc.links_of(plan.ids["report"])
        if x.kind is DependencyKind.START_TO_START
    ]
    assert link and link[0].lag_days == 2


def test_schedule_of_the_demo_portfolio(demo_ctx, qtbot) -> None:
    v = ScheduleView(demo_ctx, None)
    qtbot.addWidget(v)
    assert len(v.doc.items) > 20
    assert {r.key.split(":")[0] for r in v.doc.rows if r.kind == 0} == {"e", "p"}
    gates = [it for it in v.doc.items if it.kind is MilestoneKind.DECISION_GATE]
    assert gates
    assert "items" in v.message.text()
    span = v.doc.span()
    assert span is not None and span[0] < date(2026, 11, 20)


def test_tooltips_give_dates_slack_variance_and_links(view, plan, store) -> None:
    from cdmo_desktop.gui.widgets.gantt_tips import item_tooltip

    edits.set_baseline(store, plan.engagement_id)
    view.reload()
    report = view.doc.items[view.doc.index[plan.ids["report"]]]
    view.editor.move(report, day(4), day(13))
    tip = item_tooltip(view.doc, view.doc.index[plan.ids["report"]])
    assert "5 Mar 2027 – 14 Mar 2027 (10 days)" in tip
    assert "Slack:" in tip or "critical path" in tip
    assert "2 days late" in tip  # against the baseline finish of 12 Mar
    assert "start-to-start Process design +2 d" in tip
    gate_tip = item_tooltip(view.doc, view.doc.index[plan.ids["gate"]])
    assert "Contract-fixed" in gate_tip and "Date: 19 Mar 2027" in gate_tip


def test_an_empty_engagement_starts_its_schedule_from_today(ctx, store, qtbot) -> None:
    from tests.schedule_data import make_engagement

    eid = make_engagement(store, "Fresh start")
    v = ScheduleView(ctx, eid)
    qtbot.addWidget(v)
    v.show()
    assert "No schedule yet" in v.message.text()
    v.acts.add_task.trigger()
    assert [it.name for it in v.doc.items] == ["New task"]
    task = v.doc.items[0]
    assert task.start == v.today and task.duration_days == 5
    assert task.phase is not None  # the engagement's phase


def test_portfolio_asks_which_engagement_before_adding(ctx, plan, store, qtbot) -> None:
    v = ScheduleView(ctx, None)
    qtbot.addWidget(v)
    v.table.clearSelection()
    v.table.setCurrentIndex(v.model.index(-1, -1))
    v.acts.add_task.trigger()
    assert "Select a row of the engagement" in v.message.text()
    assert count_items(store) == 5


def test_manage_baselines_renames_and_deletes_with_undo(
    view, plan, store, ctx, monkeypatch, qtbot
) -> None:
    from cdmo_desktop.gui.schedule.schedule_baselines import ManageBaselinesDialog

    edits.set_baseline(store, plan.engagement_id, "Baseline")
    edits.set_baseline(store, plan.engagement_id, "Re-plan")
    seen: list[ManageBaselinesDialog] = []

    def run(dialog: ManageBaselinesDialog) -> int:
        seen.append(dialog)
        assert [dialog.list.item(r).text().split("  ")[0] for r in range(2)] == [
            "Re-plan",
            "Baseline",
        ]
        dialog.rename_selected("Baseline")  # taken: refused next to the list, nothing written
        assert "already has a baseline named" in dialog.message.text()
        dialog.rename_selected("Contract plan")
        dialog.list.setCurrentRow(1)
        dialog.delete_selected(confirm=False)
        assert dialog.list.count() == 1
        return 0

    monkeypatch.setattr(ManageBaselinesDialog, "exec", run)
    pick(view, plan.ids["design"])
    view.acts.manage_baselines.trigger()
    assert seen
    assert [b.name for b in sched.baselines(store, plan.engagement_id)] == ["Contract plan"]
    assert ctx.undo_stack.undoText() == "Delete baseline “Baseline”"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert [b.name for b in sched.baselines(store, plan.engagement_id)] == ["Baseline", "Re-plan"]
