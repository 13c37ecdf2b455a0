"""A big plan opens in two steps: the first paint reads and lays out only the plan's first
rows and computes no critical path; the whole plan and its analysis arrive from a worker
thread afterwards, in place. Until then the screen refuses edits rather than edit half a
plan, and a change made elsewhere meanwhile is not lost."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings

from bench.generate import generate_schedule
from cdmo_desktop.domain.enums import MilestoneKind
from cdmo_desktop.domain.scheduling import PlanGraph
from cdmo_desktop.gui import workers
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.schedule import schedule as screen
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.gui.undo import commit
from cdmo_desktop.store import open_store
from cdmo_desktop.store import schedule as sched
from cdmo_desktop.store import schedule_edits as edits

pytestmark = pytest.mark.gui

N_ITEMS = 600
HEAD = 40


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("first-paint") / "plan.sqlite"
    return path, generate_schedule(path, N_ITEMS, 700)


@pytest.fixture
def big_ctx(plan_file, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setattr(screen, "HEAD_ROWS", HEAD, raising=False)
    store = open_store(plan_file[0], user="Test Consultant")
    yield AppContext(store, settings)
    workers.wait_for_jobs()
    store.close()


class _Journal(QObject):
    """What happened, in order: plan reads (items read), analyses, chart paints."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, int]] = []
        self.lock = threading.Lock()

    def add(self, kind: str, n: int = 0) -> None:
        with self.lock:
            self.events.append((kind, n))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.add("paint")
        return False

    def before_first_paint(self) -> list[tuple[str, int]]:
        with self.lock:
            kinds = [kind for kind, _n in self.events]
            return self.events[: kinds.index("paint")]


@pytest.fixture
def journal(monkeypatch: pytest.MonkeyPatch) -> _Journal:
    found = _Journal()
    read, analyse = sched.load_plan, PlanGraph.analyse

    def counting_read(*args: Any, **kwargs: Any) -> Any:
        plan = read(*args, **kwargs)
        found.add("read", len(plan.items))
        return plan

    def counting_analyse(self: PlanGraph) -> Any:
        found.add("analyse", len(self.items))
        return analyse(self)

    monkeypatch.setattr(sched, "load_plan", counting_read)
    monkeypatch.setattr(PlanGraph, "analyse", counting_analyse)
    return found


def _open(qtbot, ctx: AppContext, engagement_id: str, journal: _Journal | None = None) -> Any:
    view = ScheduleView(ctx, engagement_id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    if journal is not None:
        view.gantt.viewport().installEventFilter(journal)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_first_paint_reads_only_the_head_and_computes_no_critical_path(
    qtbot, big_ctx, plan_file, journal: _Journal
) -> None:
    view = _open(qtbot, big_ctx, plan_file[1], journal)
    qtbot.waitUntil(lambda: any(kind == "paint" for kind, _n in journal.events))
    early = journal.before_first_paint()
    assert sum(n for kind, n in early if kind == "read") <= HEAD
    assert not [e for e in early if e[0] == "analyse"]
    assert view.loading and len(view.doc.items) == HEAD
    assert "Reading the rest of the plan" in view.message.text()

    qtbot.waitUntil(lambda: view.doc.complete, timeout=20_000)
    assert len(view.doc.items) == N_ITEMS and len(view.doc.rows) > N_ITEMS
    analysis = view.doc.last_analysis
    assert analysis is not None and not view.doc.analysis_stale
    assert analysis.critical  # the whole plan's critical path colours the bars
    assert ("analyse", N_ITEMS) in journal.events
    assert "Reading the rest" not in view.message.text()
    assert f"{N_ITEMS} items" in view.message.text()


def test_the_whole_plan_replaces_the_head_keeping_the_scroll(
    qtbot, big_ctx, plan_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    prepare = screen.prepare_document
    monkeypatch.setattr(
        screen, "prepare_document", lambda plan, **kw: (release.wait(20), prepare(plan, **kw))[1]
    )
    view = _open(qtbot, big_ctx, plan_file[1])
    bar = view.gantt.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    assert kept > 0
    release.set()
    qtbot.waitUntil(lambda: view.doc.complete, timeout=20_000)
    assert view.gantt.verticalScrollBar().value() == kept
    assert view.table.verticalScrollBar().value() == kept


def test_edits_wait_for_the_whole_plan_and_a_change_meanwhile_is_kept(
    qtbot, big_ctx, plan_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    prepare = screen.prepare_document
    monkeypatch.setattr(
        screen, "prepare_document", lambda plan, **kw: (release.wait(20), prepare(plan, **kw))[1]
    )
    view = _open(qtbot, big_ctx, plan_file[1])
    assert view.loading
    first = view.doc.items[0]
    view._on_gantt_item_dragged(
        0, first.start + timedelta(days=3), first.finish + timedelta(days=3)
    )
    assert big_ctx.undo_stack.count() == 0  # nothing written from half a plan
    assert "still being read" in view.message.text() or "Reading the rest" in view.message.text()
    assert view.doc.items[0].start == first.start

    # another screen renames the first item while this one is still reading
    cs = edits.rename_item(big_ctx.store, first.id, "Renamed elsewhere")
    commit(big_ctx, cs, initiator=object())
    release.set()
    qtbot.waitUntil(lambda: view.doc.complete, timeout=20_000)
    assert view.doc.items[view.doc.index[first.id]].name == "Renamed elsewhere"

    view._on_gantt_item_dragged(
        0, first.start + timedelta(days=3), first.finish + timedelta(days=3)
    )
    qtbot.waitUntil(lambda: big_ctx.undo_stack.count() == 2)


def test_after_a_drag_a_big_plan_is_analysed_off_the_gui_thread(
    qtbot, big_ctx, plan_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _open(qtbot, big_ctx, plan_file[1])
    qtbot.waitUntil(lambda: view.doc.complete, timeout=20_000)
    threads: list[bool] = []
    analyse = PlanGraph.analyse

    def spy(self: PlanGraph) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return analyse(self)

    monkeypatch.setattr(PlanGraph, "analyse", spy)
    i = next(k for k, it in enumerate(view.doc.items) if not it.contract_fixed)
    item = view.doc.items[i]
    later = timedelta(days=400)  # past the plan's end: the item leaves the critical path
    view._on_gantt_item_dragged(i, item.start + later, item.finish + later)
    assert view.doc.analysis_stale  # shown at once, analysed afterwards
    qtbot.waitUntil(lambda: big_ctx.undo_stack.count() == 1)
    qtbot.waitUntil(lambda: not view.doc.analysis_stale, timeout=20_000)
    assert threads and not any(threads)  # never on the GUI thread
    assert view.doc.last_analysis is not None
    assert view.doc.last_analysis.critical[i]  # it now ends the plan


def test_the_whole_plan_is_laid_out_off_the_gui_thread(
    qtbot, big_ctx, plan_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows, graph, analysis, status figures and link buckets of the whole plan are made
    on the worker; the GUI thread only swaps them in (what it does there does not grow
    with the plan)."""
    from cdmo_desktop.gui.schedule import schedule_document as document

    on_gui: list[tuple[str, int]] = []

    def spy(name: str, size: Any, real: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                on_gui.append((name, size(*args)))
            return real(*args, **kwargs)

        return wrapper

    ScheduleDocument = document.ScheduleDocument
    monkeypatch.setattr(
        ScheduleDocument,
        "rebuild_rows",
        spy("rows", lambda doc: len(doc.items), ScheduleDocument.rebuild_rows),
    )
    monkeypatch.setattr(
        PlanGraph, "__init__", spy("graph", lambda g, items, *_: len(items), PlanGraph.__init__)
    )
    monkeypatch.setattr(
        PlanGraph, "analyse", spy("analyse", lambda g: len(g.items), PlanGraph.analyse)
    )
    monkeypatch.setattr(
        document,
        "link_buckets",
        spy("buckets", lambda doc, _n: len(doc.items), document.link_buckets),
    )
    import cdmo_desktop.gui.widgets.gantt_chart as chart

    monkeypatch.setattr(chart, "link_buckets", document.link_buckets)
    view = _open(qtbot, big_ctx, plan_file[1])
    qtbot.waitUntil(lambda: view.doc.complete, timeout=20_000)
    view.show_status()
    view.gantt.viewport().repaint()
    view.table.viewport().repaint()
    assert f"{N_ITEMS} items" in view.message.text()
    assert len(view.doc.rows) > N_ITEMS
    assert not [(name, n) for name, n in on_gui if n > HEAD], on_gui


def test_a_heading_collapsed_while_the_plan_is_read_stays_collapsed(
    qtbot, big_ctx, plan_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    prepare = screen.prepare_document
    monkeypatch.setattr(
        screen,
        "prepare_document",
        lambda plan, **kw: (release.wait(20), prepare(plan, **kw))[1],
    )
    view = _open(qtbot, big_ctx, plan_file[1])
    heading_row, heading = next(iter(view.doc.rows.heading_rows()))
    view._on_table_toggle_requested(heading_row)  # collapsed while the worker reads
    release.set()
    qtbot.waitUntil(lambda: view.doc.complete, timeout=20_000)
    assert heading.key in view.doc.collapsed
    hidden = view.doc.members[heading.key]
    assert len(hidden) > HEAD  # the whole plan's items under it...
    assert all(view.doc.row_of_item[i] == -1 for i in hidden)  # ...all hidden
    assert view.model.rowCount() == len(view.doc.rows) < N_ITEMS
    view.gantt.viewport().repaint()  # the chart's arrows fit the rows shown


def test_a_big_plan_changed_elsewhere_is_read_again_off_the_gui_thread(
    qtbot, big_ctx, plan_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An item added by another screen: the plan is read and laid out again on a worker
    while the rows on show stay; then the new item is on show and edits work again."""
    view = _open(qtbot, big_ctx, plan_file[1])
    qtbot.waitUntil(lambda: view.doc.complete, timeout=20_000)
    reads: list[tuple[bool, int]] = []
    read = sched.load_plan

    def spy(*args: Any, **kwargs: Any) -> Any:
        plan = read(*args, **kwargs)
        reads.append((threading.current_thread() is threading.main_thread(), len(plan.items)))
        return plan

    monkeypatch.setattr(sched, "load_plan", spy)
    last = view.doc.items[-1]
    cs = edits.insert_item(
        big_ctx.store,
        "added-elsewhere",
        plan_file[1],
        MilestoneKind.TASK,
        last.start,
        last.finish,
        last.phase,
    )
    commit(big_ctx, cs, initiator=object())
    qtbot.waitUntil(lambda: view.loading)
    assert len(view.doc.rows) > N_ITEMS  # the plan on show stays while it is read again
    qtbot.waitUntil(lambda: view.doc.complete, timeout=20_000)
    assert "added-elsewhere" in view.doc.index
    assert reads and not [n for on_gui, n in reads if on_gui and n > HEAD], reads
    assert f"{N_ITEMS + 1} items" in view.message.text()
