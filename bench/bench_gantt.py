"""Schedule screen on a big plan: 10,000 items with 12,000 dependencies in one engagement.

Measures, on the offscreen platform:
- open: ScheduleView built for the engagement (plan read, dependency graph, critical path
  and slack, table model, timeline scene) and its first paint (budget 300 ms);
- paint: one repaint of the timeline viewport (budget 16 ms);
- zoom: one zoom step, scene re-laid out and repainted (budget 50 ms);
- move: an item whose move pushes at least 50 successors, shown on the table and timeline
  (budget 50 ms); the write of all moved rows that follows right after the repaint (one
  session, validated, change-logged, committed) and the critical path refresh (also right
  after) are reported on their own lines.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.core import Measurement, median_time, peak_rss_mb

N_ITEMS, N_LINKS = 10_000, 12_000
BUDGET_MS = {"open": 300, "paint": 16, "zoom": 50, "move": 50}
MIN_PUSHED = 50


def _note(kind: str, seconds: float) -> str:
    budget = BUDGET_MS[kind]
    verdict = "within" if seconds * 1000 <= budget else "OVER"
    return f"budget {budget} ms: {verdict}"


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from bench.generate import generate_schedule
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.schedule.schedule import ScheduleView
    from cdmo_desktop.store import open_store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-gantt-") as tmp:
        path = Path(tmp) / "gantt.sqlite"
        open_store(path).close()
        engagement_id = generate_schedule(path, N_ITEMS, N_LINKS)
        store = open_store(path, user="Benchmark")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(store, settings)
        views: list[ScheduleView] = []

        def open_view() -> None:
            view = ScheduleView(ctx, engagement_id)
            view.resize(1400, 800)
            view.show()
            view.gantt.viewport().repaint()
            views.append(view)

        def close_views() -> None:
            while views:
                v = views.pop()
                v.close()
                v.deleteLater()
            app.processEvents()

        t_open = median_time(open_view, repeat=5, setup=close_views)
        view = views[-1]
        app.processEvents()
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

        def move() -> None:
            shown = view.doc.items[view.doc.index[item]]
            view.editor.move(shown, shown.start + delta, shown.finish + delta, soon=True)
            # deliver the repaints the move asked for (the write is queued behind them)
            app.sendPostedEvents(view.window(), QEvent.Type.UpdateRequest.value)

        moves, saves = [], []
        before = target.start
        for _ in range(5):
            start = time.perf_counter()
            move()
            moves.append(time.perf_counter() - start)
            view._analysis_timer.stop()  # timed on its own line below
            start = time.perf_counter()
            app.processEvents()  # the write: validated, change-logged, committed
            saves.append(time.perf_counter() - start)
            assert ctx.undo_stack.canUndo(), "the move was not saved"
            ctx.undo_stack.undo()
            app.processEvents()
        t_move, t_save = statistics.median(moves), statistics.median(saves)
        moved = view.doc.items[view.doc.index[item]].start == before  # undone again

        def refresh_analysis() -> None:
            view.doc.invalidate_analysis()
            view._on_analysis_timer_timeout()

        t_analysis = median_time(refresh_analysis, repeat=5)
        peak = peak_rss_mb()
        close_views()
        store.close()
    return [
        Measurement(
            "gantt open (10k items, 12k links)", t_open, peak_mb=peak, note=_note("open", t_open)
        ),
        Measurement("gantt viewport paint", t_paint, note=_note("paint", t_paint)),
        Measurement("gantt zoom step", t_zoom, note=_note("zoom", t_zoom)),
        Measurement(
            f"gantt move item pushing {pushed} successors (shown)",
            t_move,
            note=_note("move", t_move) + ("" if moved else "; undo did not restore!"),
        ),
        Measurement(
            f"gantt move: save of the {pushed + 1} rows right after",
            t_save,
            note="one session: validation, change log, durable commit",
        ),
        Measurement(
            "gantt critical path refresh after an edit",
            t_analysis,
            note="deferred right after a move, not on its path",
        ),
    ]


def _item_with_successors(view: object) -> tuple[str, int, timedelta]:
    """An item (not contract-fixed) whose 30-day move pushes at least MIN_PUSHED others."""
    doc = view.doc  # type: ignore[attr-defined]
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
