"""Schedule screen on big plans: open at 2k / 10k / 20k / 50k items, memory per task, paint,
zoom and move at 10k, and GNOME Planner opening the same 2,000-task plan.

Measures, on the offscreen platform:
- open, first paint: ScheduleView built for the engagement until its first paint: the
  plan's head read (the first HEAD_ROWS items), table model and timeline built, shown, its
  queued start-up work (the scroll to today) delivered, chart and table painted. What the
  user waits for; the goal is that it does not grow with the plan. CPU is the GUI thread's
  (`time.thread_time`): the worker that reads the rest starts right after that paint.
- open, whole plan ready: from the same start until the worker has read the whole plan,
  built its graph and analysis (critical path, slack) and the screen has put it in place
  and painted it (the screen scrolls meanwhile; edits wait for it).
  "first visit" is the first open of each plan in the process (file cache warm, SQLite's
  page cache and Python's allocator cold for that plan); "warm" the median of the next
  ones. Every view is really deleted before the next open (`sendPostedEvents(None,
  DeferredDelete)`, FACTS.md), after its worker has finished.
- memory per task: the Python heap a whole open screen holds (tracemalloc, untimed pass),
  as the growth from the smallest to the largest plan divided by the items added;
- paint, zoom, move at 10k (budgets 16 / 50 / 50 ms), the write right after a move and the
  critical path refresh on their own lines.

Then GNOME Planner and the app open the same 2,000-task plan under Xvfb (see
bench.gantt_planner; skipped with a note when planner, Xvfb or xdotool is missing).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.core import Measurement, median_time, peak_rss_mb
from bench.gantt_planner import PLANNER_SIZE, open_context, planner_comparison

SIZES = (2_000, 10_000, 20_000, 50_000)
LINKS_PER_ITEM = 1.2
WARM_RUNS = 5
DETAIL_SIZE = 10_000
BUDGET_MS = {"paint": 16, "zoom": 50, "move": 50}
MIN_PUSHED = 50


def _note(kind: str, seconds: float) -> str:
    budget = BUDGET_MS[kind]
    verdict = "within" if seconds * 1000 <= budget else "OVER"
    return f"budget {budget} ms: {verdict}"


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    out: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="bench-gantt-") as tmp:
        plans = {n: _make_plan(Path(tmp), n) for n in SIZES}
        opens: dict[int, _Opens] = {}
        for n in SIZES:
            o = opens[n] = _time_open(app, Path(tmp), *plans[n])
            out.append(Measurement(f"gantt open {n:,} items: first paint (first visit)", o.first))
            out.append(
                Measurement(
                    f"gantt open {n:,} items: first paint (warm)",
                    o.warm,
                    note=f"{o.head:,} rows read; GUI-thread CPU {o.cpu * 1000:.0f} ms",
                )
            )
            out.append(
                Measurement(
                    f"gantt open {n:,} items: whole plan ready (warm)",
                    o.ready,
                    note=f"{o.shown:,} rows shown; read, analysed and laid out on a worker "
                    f"thread; GUI thread blocked {o.ready_block * 1000:.0f} ms swapping it "
                    f"in, then {o.ready_paint * 1000:.0f} ms painting it (CPU)",
                )
            )
        base = opens[SIZES[0]]
        for n in SIZES[1:]:
            o = opens[n]
            out.append(
                Measurement(
                    f"gantt open growth {n:,} / {SIZES[0]:,} items (first paint, warm, "
                    "GUI-thread CPU)",
                    o.cpu,
                    baseline_median_s=base.cpu,
                    note=f"wall-time ratio {o.warm / base.warm:.2f} warm, "
                    f"{o.first / base.first:.2f} first visit; whole plan ready "
                    f"{o.ready / base.ready:.2f}",
                )
            )
        out.append(_memory_per_task(app, Path(tmp), plans))
        out += _detail(app, Path(tmp), *plans[DETAIL_SIZE])
        out += planner_comparison(Path(tmp), *plans[PLANNER_SIZE])
    return out


def _make_plan(folder: Path, n: int) -> tuple[Path, str]:
    from bench.generate import generate_schedule

    path = folder / f"plan-{n}.sqlite"
    return path, generate_schedule(path, n, int(n * LINKS_PER_ITEM))


def _open(app: Any, ctx: Any, engagement_id: str, *, whole: bool = True) -> Any:
    """The screen shown and painted; with `whole` also its whole plan in place."""
    from cdmo_desktop.gui.schedule.schedule import ScheduleView

    view = ScheduleView(ctx, engagement_id)
    view.resize(1366, 768)
    view.show()
    app.processEvents()  # the scroll to today queued by the first show, and its paints
    view.gantt.viewport().repaint()
    view.table.viewport().repaint()
    if whole:
        _whole_plan(app, view)
    return view


def _whole_plan(app: Any, view: Any) -> tuple[float, float]:
    """Wait until the worker's whole plan is in place and painted; returns the GUI-thread
    CPU time of the longest swap step (the worker's result delivered: the plan put in
    place) and of painting it afterwards (the chart and the table once, what any scroll
    costs), each one block of the event loop."""
    from PySide6.QtCore import QEvent

    from cdmo_desktop.gui.workers import wait_for_jobs

    swap = 0.0
    while not view.doc.complete:
        wait_for_jobs()
        start = time.thread_time()
        # the worker's queued result only: the swap, not the paints it asks for
        app.sendPostedEvents(None, QEvent.Type.MetaCall.value)
        swap = max(swap, time.thread_time() - start)
        if not view.doc.complete:
            app.processEvents()  # a result delivered some other way (never seen)
    app.processEvents()  # what the swap posted (timers, layout), without painting
    start = time.thread_time()
    view.gantt.viewport().repaint()
    view.table.viewport().repaint()
    return swap, time.thread_time() - start


def _delete(app: Any, view: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from cdmo_desktop.gui.workers import wait_for_jobs

    wait_for_jobs()  # a worker still reading would compete with the next open
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


@dataclass
class _Opens:
    first: float  # first paint, first visit
    warm: float  # first paint, warm median
    cpu: float  # GUI-thread CPU of the first paint, warm median
    ready: float  # whole plan in place and painted, warm median
    ready_block: float  # GUI-thread CPU of the swap (one event), warm median
    ready_paint: float  # GUI-thread CPU of one paint of the whole plan, warm median
    head: int  # items on show at the first paint
    shown: int  # rows once the whole plan is in place


def _time_open(app: Any, folder: Path, path: Path, engagement_id: str) -> _Opens:
    """Opening the plan's schedule screen: first paint and whole plan ready. GUI-thread
    CPU moves less than wall time on a shared machine, and leaves out the worker."""
    import cdmo_desktop.gui.schedule.schedule  # noqa: F401 - imports are not the plan's cost

    ctx = open_context(folder, path)
    start = time.perf_counter()
    view = _open(app, ctx, engagement_id, whole=False)
    first = time.perf_counter() - start
    head = len(view.doc.items)
    _whole_plan(app, view)
    shown = len(view.doc.rows)
    _delete(app, view)
    times, cpu, ready, block, paint = [], [], [], [], []
    for _ in range(WARM_RUNS):
        start, start_cpu = time.perf_counter(), time.thread_time()
        view = _open(app, ctx, engagement_id, whole=False)
        times.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
        swap, painted = _whole_plan(app, view)
        ready.append(time.perf_counter() - start)
        block.append(swap)
        paint.append(painted)
        _delete(app, view)
    ctx.store.close()
    med = statistics.median
    return _Opens(first, med(times), med(cpu), med(ready), med(block), med(paint), head, shown)


def _memory_per_task(app: Any, folder: Path, plans: dict[int, tuple[Path, str]]) -> Measurement:
    """Python heap held by an open screen, per task added from the smallest plan to the
    largest (tracemalloc; Qt's own memory is not in it, and there is none per task)."""
    import gc

    held = {}
    for n in (SIZES[0], SIZES[-1]):
        ctx = open_context(folder, plans[n][0])
        _delete(app, _open(app, ctx, plans[n][1]))  # caches and first-use allocations
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        view = _open(app, ctx, plans[n][1])
        gc.collect()
        held[n] = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        _delete(app, view)
        ctx.store.close()
    small, large = SIZES[0], SIZES[-1]
    per_task = (held[large] - held[small]) / (large - small)
    return Measurement(
        "gantt memory per task (Python heap of an open screen)",
        0.0,
        note=f"{per_task:,.0f} bytes per task; {held[large] / 1e6:.1f} MB held at {large:,}",
    )


def _detail(app: Any, folder: Path, path: Path, engagement_id: str) -> list[Measurement]:
    from PySide6.QtCore import QEvent

    ctx = open_context(folder, path)
    view = _open(app, ctx, engagement_id)
    view.gantt.verticalScrollBar().setValue(view.gantt.verticalScrollBar().maximum() // 2)
    view.go_to_today()
    app.processEvents()
    t_paint = median_time(view.gantt.viewport().repaint, repeat=21)
    factors = iter([1.5, 1 / 1.5] * 20)

    def zoom_step() -> None:
        view.zoom(next(factors))
        view.gantt.viewport().repaint()
        view.header.repaint()

    t_zoom = median_time(zoom_step, repeat=11)
    item, pushed, delta = _item_with_successors(view)
    target = view.doc.items[view.doc.index[item]]
    before = target.start
    moves, saves = [], []
    for _ in range(5):
        shown = view.doc.items[view.doc.index[item]]
        start = time.perf_counter()
        view.editor.move(shown, shown.start + delta, shown.finish + delta, soon=True)
        # deliver the repaints the move asked for (the write is queued behind them)
        app.sendPostedEvents(view.window(), QEvent.Type.UpdateRequest.value)
        moves.append(time.perf_counter() - start)
        view._analysis_timer.stop()  # timed on its own line below
        start = time.perf_counter()
        app.processEvents()  # the write: validated, change-logged, committed
        saves.append(time.perf_counter() - start)
        assert ctx.undo_stack.canUndo(), "the move was not saved"
        ctx.undo_stack.undo()
        app.processEvents()
    t_move, t_save = statistics.median(moves), statistics.median(saves)
    undone = view.doc.items[view.doc.index[item]].start == before

    def refresh_analysis() -> None:
        from cdmo_desktop.gui.workers import wait_for_jobs

        view.doc.invalidate_analysis()
        view._on_analysis_timer_timeout()
        while view.doc.analysis_stale:  # a big plan is analysed on a worker thread
            wait_for_jobs()
            app.processEvents()

    t_analysis = median_time(refresh_analysis, repeat=5)
    peak = peak_rss_mb()
    _delete(app, view)
    ctx.store.close()
    size = f"{DETAIL_SIZE // 1000}k"
    return [
        Measurement(f"gantt viewport paint ({size})", t_paint, note=_note("paint", t_paint)),
        Measurement(f"gantt zoom step ({size})", t_zoom, note=_note("zoom", t_zoom)),
        Measurement(
            f"gantt move item pushing {pushed} successors (shown, {size})",
            t_move,
            peak_mb=peak,
            note=_note("move", t_move) + ("" if undone else "; undo did not restore!"),
        ),
        Measurement(
            f"gantt move: save of the {pushed + 1} rows right after",
            t_save,
            note="one session: validation, change log, durable commit",
        ),
        Measurement(
            f"gantt critical path refresh after an edit ({size})",
            t_analysis,
            note="deferred right after a move, not on its path; on a worker thread "
            "from HEAD_ROWS items",
        ),
    ]


def _item_with_successors(view: Any) -> tuple[str, int, timedelta]:
    """An item (not contract-fixed) whose 30-day move pushes at least MIN_PUSHED others."""
    doc = view.doc
    delta = timedelta(days=30)
    best: tuple[str, int] = ("", -1)
    for item in doc.items[: len(doc.items) // 2 : 7]:
        if item.contract_fixed:
            continue
        result = doc.graph.shift({item.id: (item.start + delta, item.finish + delta)})
        pushed = len(result.changes) - 1
        if pushed >= MIN_PUSHED and (best[1] < 0 or pushed < best[1]):
            best = (item.id, pushed)
            if pushed <= 2 * MIN_PUSHED:
                break
    if best[1] < 0:
        raise RuntimeError("no item pushes enough successors in the generated plan")
    return best[0], best[1], delta
