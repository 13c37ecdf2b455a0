"""GNOME Planner and the app open the same plan: who shows a settled window first.

The plan (names, durations, finish-to-start links) is written as a GNOME Planner
(MrProject 2) file, and both apps are launched as processes of their own on one Xvfb
display, interleaved, timed the same way: from the launch until a window of the process is
mapped and the process has used no CPU for QUIET_S; the time reported is the last moment it
was seen busy, with the CPU it used until then (steadier than wall time on a shared
machine). The app's side is this module run with `--show`: the interpreter and the
schedule screen as a top-level window (not the main window and its other screens). It starts
as the app does on the Schedule: the plan's head painted from the file, then the rest of the
plan read from the file and laid out on a worker thread (SchedulePreview, no ORM); the store
(and SQLAlchemy) opens on the user's first input (startup_probe.on_first_input), and the
real screen takes the preview's place. It runs as an installed app would: from compiled
bytecode (written to a cache folder of the benchmark by the unmeasured first round, whatever
PYTHONDONTWRITEBYTECODE says), importing nothing of the benchmark but this module. It also
notes when the plan first painted and when the whole plan was on screen (the same clock and
CPU counter), reported beside the settled figures.

"Settled" is honest for both: a window is mapped and the process has used no CPU for
QUIET_S, and the app has nothing pending then: no timer and no worker (the store waits for
input, it is not scheduled for later). The cost of that first input is measured on its own
(`first_input`): the same launch, a key pressed once the whole plan is on show, until the
store is attached and the real screen has painted (CPU of the process, wall time from the
key).

Needs `planner`, `Xvfb` and `xdotool`; without them the comparison is skipped with a note.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import quoteattr

if TYPE_CHECKING:
    from bench.core import Measurement

PLANNER_SIZE = 2_000
PLANNER_RUNS = 5
QUIET_S = 0.4
POLL_S = 0.01
TIMEOUT_S = 60.0
WINDOW_TITLE = "cdmo-desktop schedule"


def planner_comparison(folder: Path, path: Path, engagement_id: str) -> list[Measurement]:
    from bench.core import Measurement

    missing = [tool for tool in ("planner", "Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        note = f"skipped: {', '.join(missing)} not installed (apt-get install planner xvfb xdotool)"
        print(f"gantt vs GNOME Planner {note}", file=sys.stderr)
        return [Measurement(f"gantt vs GNOME Planner ({PLANNER_SIZE:,} tasks)", 0.0, note=note)]
    planner_file = folder / "plan.planner"
    planner_file.write_text(_planner_xml(path, engagement_id), "utf-8")
    moments = folder / "moments.txt"
    with _Xvfb() as display:
        env = _gui_env(display)
        app_env = _app_env(env, folder)
        app_cmd = [
            sys.executable,
            "-m",
            "bench.gantt_planner",
            "--show",
            str(path),
            engagement_id,
            str(moments),
        ]
        planner_cmd = ["planner", str(planner_file)]
        kinds = ("app", "planner", "shown", "first", "press")
        wall: dict[str, list[float]] = {k: [] for k in kinds}
        cpu: dict[str, list[float]] = {k: [] for k in kinds}
        for run in range(PLANNER_RUNS + 1):  # the first round warms both up, unmeasured
            for name, cmd, cmd_env in (
                ("planner", planner_cmd, env),
                ("app", app_cmd, app_env),
                ("press", [*app_cmd, "--press"], app_env),
            ):
                moments.unlink(missing_ok=True)
                if name == "press":
                    key_at, key_cpu, real_at, real_cpu = _first_input(cmd, cmd_env, folder, moments)
                    if run:
                        wall["press"].append(real_at - key_at)
                        cpu["press"].append(real_cpu - key_cpu)
                    continue
                start, settled, used = _settled_after_launch(cmd, cmd_env, folder)
                if run:
                    wall[name].append(settled)
                    cpu[name].append(used)
                    if name == "app":
                        for key, moment in (("shown", "whole plan"), ("first", "first paint")):
                            at, spent = _moment(moments, moment)
                            wall[key].append(at - start)
                            cpu[key].append(spent)
    med = statistics.median
    note = (
        "Xvfb, whole process (launch to window mapped and CPU idle: nothing pending), "
        f"interleaved; the app's plan (its head, from the file) painted first at "
        f"{med(wall['first']):.2f} s ({med(cpu['first']):.2f} s CPU), the whole plan (from the "
        f"file) at {med(wall['shown']):.2f} s ({med(cpu['shown']):.2f} s CPU); the store waits "
        "for the first input"
    )
    return [
        Measurement(
            f"open {PLANNER_SIZE:,}-task plan: app's plan on screen vs GNOME Planner settled",
            med(wall["first"]),
            baseline_median_s=med(wall["planner"]),
            note=f"CPU {med(cpu['first']):.2f} s vs {med(cpu['planner']):.2f} s; the app's "
            "first paint shows the plan's head read from the file, before the store",
        ),
        Measurement(
            f"open {PLANNER_SIZE:,}-task plan to a settled window: app vs GNOME Planner",
            med(wall["app"]),
            baseline_median_s=med(wall["planner"]),
            note=note,
        ),
        Measurement(
            f"CPU used to open the {PLANNER_SIZE:,}-task plan: app vs GNOME Planner",
            med(cpu["app"]),
            baseline_median_s=med(cpu["planner"]),
            note="user + system CPU of the process until it settled (steadier than wall "
            "time on a shared machine)",
        ),
        Measurement(
            f"open {PLANNER_SIZE:,}-task plan: app's whole plan on screen vs GNOME Planner settled",
            med(wall["shown"]),
            baseline_median_s=med(wall["planner"]),
            note=f"CPU {med(cpu['shown']):.2f} s vs {med(cpu['planner']):.2f} s; the app "
            "notes the paint that first shows the whole plan (its process may still work "
            "after it)",
        ),
        Measurement(
            f"open {PLANNER_SIZE:,}-task plan: first input to the editable screen",
            med(wall["press"]),
            note=f"CPU {med(cpu['press']):.2f} s (process, all threads): a key pressed once "
            "the whole plan is on show opens the store (SQLAlchemy, the tables) and the real "
            "screen takes the preview's place, until its first paint",
        ),
    ]


def _app_env(env: dict[str, str], folder: Path) -> dict[str, str]:
    """The app's environment: bytecode compiled once into the benchmark's folder (an
    installed app ships it) instead of each launch compiling every module again."""
    app_env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    app_env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return app_env


def _moment(path: Path, name: str) -> tuple[float, float]:
    """(monotonic clock, process CPU seconds) the app noted for `name`."""
    for line in path.read_text("utf-8").splitlines():
        label, at, spent = line.rsplit(" ", 2)
        if label == name:
            return float(at), float(spent)
    raise RuntimeError(f"the app noted no {name!r} in {path}")


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


def _settled_after_launch(
    cmd: list[str], env: dict[str, str], folder: Path
) -> tuple[float, float, float]:
    """The launch moment (time.monotonic), seconds from the launch until a window of the
    process is mapped and the process has been idle for QUIET_S (the time is the last
    moment it was seen using CPU), and the CPU seconds it used until then."""
    home = folder / "home"  # neither app reads or writes the user's own settings
    home.mkdir(exist_ok=True)
    env = dict(env, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ticks, busy_at = -1, start
        while time.monotonic() - start < TIMEOUT_S:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited with {proc.returncode} before settling")
            now = time.monotonic()
            current = _cpu_ticks(proc.pid)
            if current != ticks:
                ticks, busy_at = current, now
            elif now - busy_at >= QUIET_S and _mapped(proc.pid, env):
                return start, busy_at - start, ticks / os.sysconf("SC_CLK_TCK")
            time.sleep(POLL_S)
        raise RuntimeError(f"{cmd[0]} did not settle within {TIMEOUT_S:.0f} s")
    finally:
        proc.kill()
        proc.wait()


def _first_input(
    cmd: list[str], env: dict[str, str], folder: Path, moments: Path
) -> tuple[float, float, float, float]:
    """Launch the app's side with `--press` (it presses a key once the whole plan is on
    show and quits once the real screen has painted): (clock, CPU) at the key and at that
    paint."""
    home = folder / "home"
    home.mkdir(exist_ok=True)
    env = dict(env, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    said = folder / "press-stderr.txt"
    with said.open("w", encoding="utf-8") as err:
        done = subprocess.run(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, timeout=TIMEOUT_S, check=False
        )
    if done.returncode:  # what the app's side said last, to tell why
        last = [line for line in said.read_text("utf-8").splitlines() if line.strip()][-5:]
        raise RuntimeError(
            f"the app's side exited with {done.returncode} before noting its first input: "
            + " | ".join(last)
        )
    key_at, key_cpu = _moment(moments, "key")
    real_at, real_cpu = _moment(moments, "real screen")
    return key_at, key_cpu, real_at, real_cpu


def open_context(folder: Path, path: Path) -> Any:
    """The app's context on the database at `path`, its settings in `folder`."""
    from PySide6.QtCore import QSettings

    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store import open_store

    store = open_store(path, user="Benchmark")
    settings = QSettings(str(folder / f"{path.stem}.ini"), QSettings.Format.IniFormat)
    return AppContext(store, settings)


def _show(path: str, engagement_id: str, moments: str | None, press: bool = False) -> int:
    """The app's side of the Planner comparison: the schedule screen of the plan as a
    window of its own, until it is closed. It starts as the app does on the Schedule: the
    plan's head painted from the file, the rest read from the file on a worker after that
    paint (SchedulePreview, no ORM); the store opens on a thread at the user's first input,
    then the real screen takes the preview's place, built on the head the preview read (as
    the main window does). With `moments`, the monotonic clock and the process's CPU time
    at the chart's first paint and at the paint that first shows the whole plan are
    written there. With `press`, a key is pressed once the whole plan is on show, and the
    key's moment and the real screen's first paint are noted too; then it quits."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from cdmo_desktop.gui.pages import SCREEN_BY_KEY
    from cdmo_desktop.gui.schedule.schedule_preview import SchedulePreview
    from cdmo_desktop.gui.startup_probe import after_first_paint, on_first_input

    app = QApplication(sys.argv[:1])
    folder, db = Path.home(), Path(path)
    settings = QSettings(str(folder / f"{db.stem}.ini"), QSettings.Format.IniFormat)
    window = QWidget()
    window.setWindowTitle(WINDOW_TITLE)
    window.resize(1366, 768)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    preview = SchedulePreview(SCREEN_BY_KEY["schedule"], db, settings, engagement_id)
    layout.addWidget(preview)
    noted: list[str] = []

    def note(name: str) -> None:
        noted.append(f"{name} {time.monotonic()} {time.process_time()}")
        if moments is not None:
            Path(moments).write_text("\n".join(noted) + "\n", "utf-8")

    def press_key() -> None:
        note("key")
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.postEvent(preview.table, key)

    class Moments(QObject):
        """Notes `name` at the first paint of `view` once `ready()` holds, then `then()`."""

        def __init__(self, name: str, ready: Any, then: Any = None) -> None:
            super().__init__()
            self.name, self.ready, self.then = name, ready, then

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.ready():
                note(self.name)
                watched.removeEventFilter(self)
                if self.then is not None:
                    QTimer.singleShot(0, self.then)
            return False

    whole = Moments("whole plan", lambda: preview.doc.complete, press_key if press else None)
    preview.timeline.gantt.viewport().installEventFilter(whole)

    class Opener(QObject):
        opened = Signal(object)

    opener = Opener()
    kept: list[object] = [whole]

    def on_opened(store: Any) -> None:
        from cdmo_desktop.gui.context import AppContext
        from cdmo_desktop.gui.schedule.schedule import ScheduleView

        note("store attached")
        view = ScheduleView(AppContext(store, settings), engagement_id, head=preview.plan)
        real = Moments("real screen", lambda: True, app.quit if press else None)
        kept.append(real)
        view.gantt.viewport().installEventFilter(real)
        layout.replaceWidget(preview, view)
        preview.deleteLater()

    opener.opened.connect(on_opened)

    def open_in_background() -> None:
        def work() -> None:
            from cdmo_desktop.store import open_store

            opener.opened.emit(open_store(db, user="Benchmark"))

        threading.Thread(target=work, name="open store", daemon=True).start()

    after_first_paint(window, lambda: note("first paint"))
    kept.append(on_first_input(open_in_background, window))
    window.show()
    from cdmo_desktop.gui.app import execute

    return execute(app)  # as the app leaves: the workers still running finish first


if __name__ == "__main__":
    args = sys.argv[1:]
    press = "--press" in args
    args = [a for a in args if a != "--press"]
    if len(args) in (3, 4) and args[0] == "--show":
        sys.exit(_show(args[1], args[2], args[3] if len(args) == 4 else None, press))
    sys.exit(
        "usage: python -m bench.gantt_planner --show DATABASE ENGAGEMENT_ID [MOMENTS] [--press]"
    )
