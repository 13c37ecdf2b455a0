"""Schedule screen on big plans: open at 2k / 10k / 20k / 50k items, memory per task, paint,
zoom and move at 10k, and GNOME Planner opening the same 2,000-task plan.

Measures, on the offscreen platform:
- open: ScheduleView built for the engagement (plan read, dependency graph, critical path
  and slack, table model, timeline) until it is settled: shown, its queued start-up work
  (the scroll to today) delivered, chart and table painted. "first visit" is the first
  open of each plan in the process (file cache warm, SQLite's page cache and Python's
  allocator cold for that plan); "warm" the median of the next ones. Every view is really
  deleted before the next open (`sendPostedEvents(None, DeferredDelete)`, FACTS.md).
- memory per task: the Python heap a whole open screen holds (tracemalloc, untimed pass),
  as the growth from the smallest to the largest plan divided by the items added;
- paint, zoom, move at 10k (budgets 16 / 50 / 50 ms), the write right after a move and the
  critical path refresh on their own lines.

Planner comparison (needs `planner` and `Xvfb`; skipped with a note otherwise): the same
2,000-task plan (names, durations, finish-to-start links) written as a .planner file, and
both apps launched as a process of their own on one Xvfb display, interleaved, timed the
same way: from the launch until a window of the process is mapped and the process has
used no CPU for QUIET_S; the time reported is the last moment it was seen busy. The app's
side is this module run with `--show`: the interpreter, the store and the schedule screen
as a top-level window (not the main window and its other screens).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from bench.core import Measurement, median_time, peak_rss_mb

SIZES = (2_000, 10_000, 20_000, 50_000)
LINKS_PER_ITEM = 1.2
WARM_RUNS = 5
DETAIL_SIZE = 10_000
PLANNER_SIZE = 2_000
PLANNER_RUNS = 5
QUIET_S = 0.4
POLL_S = 0.01
TIMEOUT_S = 60.0
WINDOW_TITLE = "cdmo-desktop schedule"
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
        opens: dict[int, tuple[float, float, float]] = {}
        for n in SIZES:
            first, warm, cpu, shown = _time_open(app, Path(tmp), *plans[n])
            opens[n] = (first, warm, cpu)
            out.append(Measurement(f"gantt open {n:,} items (first visit)", first))
            out.append(
                Measurement(
                    f"gantt open {n:,} items (warm)",
                    warm,
                    note=f"{shown:,} rows shown; CPU {cpu * 1000:.0f} ms",
                )
            )
        base_first, base_warm, base_cpu = opens[SIZES[0]]
        for n in SIZES[1:]:
            first, warm, cpu = opens[n]
            out.append(
                Measurement(
                    f"gantt open growth {n:,} / {SIZES[0]:,} items (warm, CPU time)",
                    cpu,
                    baseline_median_s=base_cpu,
                    note=f"wall-time ratio {warm / base_warm:.2f} warm, "
                    f"{first / base_first:.2f} first visit",
                )
            )
        out.append(_memory_per_task(app, Path(tmp), plans))
        out += _detail(app, Path(tmp), *plans[DETAIL_SIZE])
        out += _planner_comparison(Path(tmp), *plans[PLANNER_SIZE])
    return out


def _make_plan(folder: Path, n: int) -> tuple[Path, str]:
    from bench.generate import generate_schedule

    path = folder / f"plan-{n}.sqlite"
    return path, generate_schedule(path, n, int(n * LINKS_PER_ITEM))


def _context(folder: Path, path: Path) -> Any:
    from PySide6.QtCore import QSettings

    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store import open_store

    store = open_store(path, user="Benchmark")
    settings = QSettings(str(folder / f"{path.stem}.ini"), QSettings.Format.IniFormat)
    return AppContext(store, settings)


def _open(app: Any, ctx: Any, engagement_id: str) -> Any:
    from cdmo_desktop.gui.schedule.schedule import ScheduleView

    view = ScheduleView(ctx, engagement_id)
    view.resize(1366, 768)
    view.show()
    app.processEvents()  # the scroll to today queued by the first show, and its paints
    view.gantt.viewport().repaint()
    view.table.viewport().repaint()
    return view


def _delete(app: Any, view: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _time_open(
    app: Any, folder: Path, path: Path, engagement_id: str
) -> tuple[float, float, float, int]:
    """(first visit, warm median, warm median of the CPU time, rows shown) of opening the
    plan's schedule screen. CPU time is what this process used: on a shared machine it
    moves less than wall time when other processes compete for the cores."""
    import cdmo_desktop.gui.schedule.schedule  # noqa: F401 - imports are not the plan's cost

    ctx = _context(folder, path)
    start = time.perf_counter()
    view = _open(app, ctx, engagement_id)
    first = time.perf_counter() - start
    shown = len(view.doc.rows)
    _delete(app, view)
    times, cpu = [], []
    for _ in range(WARM_RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        view = _open(app, ctx, engagement_id)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        _delete(app, view)
    ctx.store.close()
    return first, statistics.median(times), statistics.median(cpu), shown


def _memory_per_task(app: Any, folder: Path, plans: dict[int, tuple[Path, str]]) -> Measurement:
    """Python heap held by an open screen, per task added from the smallest plan to the
    largest (tracemalloc; Qt's own memory is not in it, and there is none per task)."""
    import gc

    held = {}
    for n in (SIZES[0], SIZES[-1]):
        ctx = _context(folder, plans[n][0])
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

    ctx = _context(folder, path)
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
        view.doc.invalidate_analysis()
        view._on_analysis_timer_timeout()

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
            note="deferred right after a move, not on its path",
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


# --- GNOME Planner on the same plan --------------------------------------------------------
def _planner_comparison(folder: Path, path: Path, engagement_id: str) -> list[Measurement]:
    missing = [tool for tool in ("planner", "Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        note = f"skipped: {', '.join(missing)} not installed (apt-get install planner xvfb xdotool)"
        print(f"gantt vs GNOME Planner {note}", file=sys.stderr)
        return [Measurement(f"gantt vs GNOME Planner ({PLANNER_SIZE:,} tasks)", 0.0, note=note)]
    planner_file = folder / "plan.planner"
    planner_file.write_text(_planner_xml(path, engagement_id), "utf-8")
    with _Xvfb() as display:
        env = _gui_env(display)
        app_cmd = [sys.executable, "-m", "bench.bench_gantt", "--show", str(path), engagement_id]
        planner_cmd = ["planner", str(planner_file)]
        wall: dict[str, list[float]] = {"app": [], "planner": []}
        cpu: dict[str, list[float]] = {"app": [], "planner": []}
        for run in range(PLANNER_RUNS + 1):  # the first round warms both up, unmeasured
            for name, cmd in (("planner", planner_cmd), ("app", app_cmd)):
                settled, used = _settled_after_launch(cmd, env, folder)
                if run:
                    wall[name].append(settled)
                    cpu[name].append(used)
    app_s, planner_s = statistics.median(wall["app"]), statistics.median(wall["planner"])
    app_cpu, planner_cpu = statistics.median(cpu["app"]), statistics.median(cpu["planner"])
    return [
        Measurement(
            f"open {PLANNER_SIZE:,}-task plan to a settled window: app vs GNOME Planner",
            app_s,
            baseline_median_s=planner_s,
            note="Xvfb, whole process (launch to window mapped and CPU idle), interleaved",
        ),
        Measurement(
            f"CPU used to open the {PLANNER_SIZE:,}-task plan: app vs GNOME Planner",
            app_cpu,
            baseline_median_s=planner_cpu,
            note="user + system CPU of the process until it settled (steadier than wall "
            "time on a shared machine)",
        ),
    ]


def _planner_xml(path: Path, engagement_id: str) -> str:
    """The plan as a GNOME Planner (MrProject 2) file: tasks in plan order with their
    names and lengths, milestones as milestones, finish-to-start links."""
    from cdmo_desktop.domain.enums import DependencyKind
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.schedule import load_plan

    store = open_store(path, user="Benchmark")
    plan = load_plan(store, engagement_id)
    store.close()
    numbers = {item.id: n for n, item in enumerate(plan.items, start=1)}
    preds: dict[str, list[str]] = {}
    for link in plan.links:
        if link.kind is DependencyKind.FINISH_TO_START:
            preds.setdefault(link.successor_id, []).append(link.predecessor_id)
    first = min((item.start for item in plan.items), default=date.today())
    stamp = f"{first:%Y%m%d}T000000Z"
    lines = [
        '<?xml version="1.0"?>',
        f'<project name="Benchmark plan" company="" manager="" phase="" project-start="{stamp}"'
        ' mrproject-version="2" calendar="1">',
        "  <properties/>",
        "  <phases/>",
        "  <calendars>",
        "    <day-types>",
        '      <day-type id="0" name="Working" description="A default working day"/>',
        '      <day-type id="1" name="Nonworking" description="A default non working day"/>',
        '      <day-type id="2" name="Use base" description="Use day from base calendar"/>',
        "    </day-types>",
        '    <calendar id="1" name="Default">',
        '      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>',
        '      <overridden-day-types><overridden-day-type id="0">',
        '        <interval start="0800" end="1200"/><interval start="1300" end="1700"/>',
        "      </overridden-day-type></overridden-day-types>",
        "      <days/>",
        "    </calendar>",
        "  </calendars>",
        "  <tasks>",
    ]
    for n, item in enumerate(plan.items, start=1):
        point = item.is_point
        work = 0 if point else item.duration_days * 8 * 3600
        start = f"{item.start:%Y%m%d}T000000Z"
        end = f"{item.finish:%Y%m%d}T170000Z"
        head = (
            f'    <task id="{n}" name={quoteattr(item.name)} note="" work="{work}"'
            f' start="{start}" end="{end}" percent-complete="{item.percent_complete}"'
            f' priority="0" type="{"milestone" if point else "normal"}"'
            ' scheduling="fixed-work"'
        )
        before = preds.get(item.id, [])
        if not before:
            lines.append(head + "/>")
            continue
        lines.append(head + ">")
        lines.append("      <predecessors>")
        for k, pred in enumerate(before, start=1):
            lines.append(
                f'        <predecessor id="{k}" predecessor-id="{numbers[pred]}" type="FS"/>'
            )
        lines.append("      </predecessors>")
        lines.append("    </task>")
    lines += [
        "  </tasks>",
        "  <resource-groups/>",
        "  <resources/>",
        "  <allocations/>",
        "</project>",
        "",
    ]
    return "\n".join(lines)


class _Xvfb:
    """An Xvfb server on a free display for the length of a `with` block."""

    def __enter__(self) -> str:
        for number in range(90, 130):
            if (
                not Path(f"/tmp/.X11-unix/X{number}").exists()
                and not Path(f"/tmp/.X{number}-lock").exists()
            ):
                break
        self.display = f":{number}"
        self.proc = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError(f"Xvfb did not start on {self.display}")
            time.sleep(0.05)
        return self.display

    def __exit__(self, *_exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def _gui_env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, NO_AT_BRIDGE="1", QT_QPA_PLATFORM="xcb")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [os.getcwd(), env.get("PYTHONPATH", "")]))
    return env


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _mapped(pid: int, env: dict[str, str]) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env=env,
        capture_output=True,
        check=False,
    )
    return bool(found.stdout.strip())


def _settled_after_launch(cmd: list[str], env: dict[str, str], folder: Path) -> tuple[float, float]:
    """Seconds from the launch until a window of the process is mapped and the process has
    been idle for QUIET_S (the time is the last moment it was seen using CPU), and the CPU
    seconds it used until then."""
    home = folder / "home"  # neither app reads or writes the user's own settings
    home.mkdir(exist_ok=True)
    env = dict(env, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ticks, busy_at = -1, start
        while time.perf_counter() - start < TIMEOUT_S:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited with {proc.returncode} before settling")
            now = time.perf_counter()
            current = _cpu_ticks(proc.pid)
            if current != ticks:
                ticks, busy_at = current, now
            elif now - busy_at >= QUIET_S and _mapped(proc.pid, env):
                return busy_at - start, ticks / os.sysconf("SC_CLK_TCK")
            time.sleep(POLL_S)
        raise RuntimeError(f"{cmd[0]} did not settle within {TIMEOUT_S:.0f} s")
    finally:
        proc.kill()
        proc.wait()


def _show(path: str, engagement_id: str) -> int:
    """The app's side of the Planner comparison: the schedule screen of the plan as a
    window of its own, until it is closed."""
    from PySide6.QtWidgets import QApplication

    from cdmo_desktop.gui.schedule.schedule import ScheduleView

    app = QApplication(sys.argv[:1])
    ctx = _context(Path.home(), Path(path))
    view = ScheduleView(ctx, engagement_id)
    view.setWindowTitle(WINDOW_TITLE)
    view.resize(1366, 768)
    view.show()
    return app.exec()


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--show":
        sys.exit(_show(sys.argv[2], sys.argv[3]))
    sys.exit("usage: python -m bench.bench_gantt --show DATABASE ENGAGEMENT_ID")
