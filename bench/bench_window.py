"""Start-up as a user sees it: a real window under Xvfb, first paint and first key answered,
for every start screen, against an empty PySide6 QMainWindow started the same way.

The app (`python -m cdmo_desktop --db FILE`, the demo portfolio) remembers the screen shown
last (gui.settings.MAIN_SCREEN); each start screen is written into a private settings file
before the launch. Both processes run under a probe wrapper (PROBE below) that replaces
`QApplication` with a subclass carrying an application-wide event filter, so today's app
needs no hook: it logs the launch, the end of the first paint of a main window (the first
event the loop dispatches after that paint began: the paint cycle is synchronous, and the
probe's filter, installed first, would otherwise see the app's own after-first-paint work
run before its own zero timer), the first key press delivered and the moment that key had
been handled (a zero timer after it), each with the process's CPU time, and the window's
X id. From outside, once the first paint is logged, the benchmark focuses that window and
presses a key at once, as a user who types as soon as the window shows: a GUI thread still
busy after painting (the ORM import and store attach, a first screen's heavy imports)
delays the answer. Focus and key go through XTest on a connection the benchmark opened
beforehand (KeyPresser), so the key is on the X server within a millisecond of the paint
being seen; `xdotool search --sync`, `windowfocus` and `key` processes per launch added
~280 ms of their own to every answer, the empty window's too (it answered at 2.19x its
paint), which hid the app's own delay.

Reported per start screen (medians of RUNS launches, interleaved with the empty window and
with each other, after one unmeasured warm-up each): first paint (ratio to the empty
window's; goal within 2.5x), first input answered (ratio to the same screen's first
paint; goal within 1.5x; the note gives the time from the press to the answer, beside
the empty window's) and the CPU time to the first paint (ratio to the empty window's:
the figure to compare when other processes load the machine). Needs `Xvfb` and `xdotool`
(Debian: xvfb xdotool libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1
libxcb-shape0; xdotool brings the libXtst used here); without them it reports nothing and
says why.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.core import Measurement, installed_bytecode
from bench.xserver import KeyPresser, Missing, Xvfb

RUNS = 5
SCREENS = ("portfolio", "partners", "engagements", "risks", "schedule", "reports")
TIMEOUT_S = 60.0
GOAL_PAINT = 2.5
GOAL_INPUT = 1.5
SIZE = (1366, 768)

PROBE = r"""
import os, runpy, sys, time
LOG = os.environ["BENCH_WINDOW_LOG"]

def log(event, extra=""):
    with open(LOG, "a", encoding="utf-8") as fh:
        fh.write(f"{event} {time.time():.6f} {time.process_time():.6f} {extra}".rstrip() + "\n")

log("start")
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

class Probe(QObject):
    # The paint cycle is synchronous: the first event the loop dispatches after the first
    # paint of a main window (a timer, a queued call, the next update) comes once its
    # pixels are there, and before any work the app queued for after its first paint.
    painting = painted = pressed = False
    AFTER = (QEvent.Type.Timer, QEvent.Type.MetaCall, QEvent.Type.UpdateRequest,
             QEvent.Type.KeyPress)

    def eventFilter(self, obj, event):
        kind = event.type()
        if not self.painting:
            if (kind == QEvent.Type.Paint and isinstance(obj, QtWidgets.QWidget)
                    and isinstance(obj.window(), QtWidgets.QMainWindow)):
                self.painting = True
                log("window", int(obj.window().winId()))  # the bench focuses it for the key
                QTimer.singleShot(0, lambda: None)  # an idle window dispatches this one
        elif not self.painted and kind in self.AFTER:
            self.painted = True
            log("paint")
        if not self.pressed and kind == QEvent.Type.KeyPress:
            self.pressed = True
            log("key")
            QTimer.singleShot(0, lambda: log("answered"))
        return False

class ProbedApplication(QtWidgets.QApplication):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._bench_probe = Probe()
        self.installEventFilter(self._bench_probe)

QtWidgets.QApplication = ProbedApplication
if sys.argv[1] == "empty":
    app = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    window.setWindowTitle("Empty window")
    window.resize(1280, 760)
    window.show()
    sys.exit(app.exec())
sys.argv = ["cdmo-desktop", *sys.argv[2:]]
runpy.run_module("cdmo_desktop", run_name="__main__", alter_sys=True)
"""


@dataclass
class Launch:
    paint_s: float
    sent_s: float  # the key was pressed (on the X server, right after the paint was logged)
    key_s: float  # the key press reached the app
    answered_s: float  # ... and had been handled
    paint_cpu_s: float  # the process's CPU time (all threads) at its first paint
    answered_cpu_s: float  # ... and once the key had been handled


def tools() -> dict[str, str]:
    """Paths of Xvfb and xdotool; Missing names what to install."""
    found = {name: shutil.which(name) for name in ("Xvfb", "xdotool")}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        raise Missing(
            f"{' and '.join(missing)} not found: apt-get install -y xvfb xdotool libxcb-cursor0 "
            "libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0"
        )
    return {k: v for k, v in found.items() if v is not None}


def _settings(home: Path, screen: str) -> None:
    folder = home / "config" / "cdmo-desktop"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cdmo-desktop.ini").write_text(
        f"[consultant]\nname=Benchmark\n\n[main_window]\nscreen={screen}\n", "utf-8"
    )


def _environment(home: Path, display: str) -> dict[str, str]:
    env = os.environ.copy()
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        MPLCONFIGDIR=str(home / "matplotlib"),
    )
    for var in ("CDMO_DESKTOP_DB", "CDMO_DESKTOP_EXIT_AFTER_PAINT", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    return installed_bytecode(env, home / "bytecode")


def _read_log(path: Path) -> dict[str, float]:
    """{event: unix time} and {event + "_cpu": process CPU seconds} of the probe's log."""
    out: dict[str, float] = {}
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            event, stamp, *more = line.split()
            out.setdefault(event, float(stamp))
            if more:
                out.setdefault(f"{event}_cpu", float(more[0]))
            if len(more) > 1:  # the window's id
                out.setdefault(f"{event}_id", float(more[1]))
    return out


def _wait_for(
    log: Path, event: str, deadline: float, proc: subprocess.Popen[bytes]
) -> dict[str, float]:
    stamps = _read_log(log)
    while event not in stamps and time.time() < deadline and proc.poll() is None:
        time.sleep(0.005)
        stamps = _read_log(log)
    return stamps


def launch(args: list[str], env: dict[str, str], log: Path, keys: KeyPresser, cwd: Path) -> Launch:
    """Start the probed process, press a key as soon as its window has painted, wait until
    the key was handled, then ask the process to quit (SIGTERM, as a log-out does)."""
    log.unlink(missing_ok=True)
    env = {**env, "BENCH_WINDOW_LOG": str(log)}
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", PROBE, *args],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.time() + TIMEOUT_S
        stamps = _wait_for(log, "paint", deadline, proc)
        if "paint" not in stamps:
            err = proc.stderr.read().decode("utf-8", "replace")[-600:] if proc.stderr else ""
            raise RuntimeError(f"{args[0]}: no window painted: {stamps} {err}")
        # The user types as soon as the window shows: right after its first paint. A key
        # queued before the paint would be handled in the paint's own loop turn, before
        # whatever work the app starts after painting, and flatter it.
        sent = time.time()
        keys.press(int(stamps["window_id"]))
        stamps = _wait_for(log, "answered", deadline, proc)
        if "answered" not in stamps or "paint" not in stamps:
            err = proc.stderr.read().decode("utf-8", "replace")[-600:] if proc.stderr else ""
            raise RuntimeError(f"{args[0]}: no paint or key answer logged: {stamps} {err}")
        return Launch(
            paint_s=stamps["paint"] - start,
            sent_s=sent - start,
            key_s=stamps["key"] - start,
            answered_s=stamps["answered"] - start,
            paint_cpu_s=stamps["paint_cpu"],
            answered_cpu_s=stamps["answered_cpu"],
        )
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def _demo(folder: Path) -> Path:
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.demo import populate

    path = folder / "demo-template.sqlite"
    store = open_store(path, user="Benchmark")
    populate(store)
    store.close()
    return path


def _fresh_copy(template: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(target.parent / "backups", ignore_errors=True)
    src, dst = sqlite3.connect(template), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def measure(runs: int = RUNS, screens: tuple[str, ...] = SCREENS) -> list[Measurement]:
    found = tools()
    home = Path(tempfile.mkdtemp(prefix="bench-window-"))
    root = Path(__file__).resolve().parent.parent
    try:
        template = _demo(home)
        db = home / "desk" / "demo.sqlite"
        db.parent.mkdir()
        times: dict[str, list[Launch]] = {name: [] for name in ("empty", *screens)}
        with Xvfb(found["Xvfb"], SIZE) as x:
            env = _environment(home, x.display)
            log = home / "probe.log"
            keys = KeyPresser(x.display)

            def once(name: str) -> Launch:
                if name == "empty":
                    return launch(["empty"], env, log, keys, root)
                _settings(home, name)
                _fresh_copy(template, db)
                return launch(["app", "--db", str(db)], env, log, keys, root)

            try:
                order = ["empty", *screens]
                for name in order:  # warm-up: file cache, font and matplotlib caches
                    once(name)
                for i in range(runs):
                    for name in order if i % 2 == 0 else reversed(order):
                        times[name].append(once(name))
            finally:
                keys.close()
        return _results(times, runs)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _median(launches: list[Launch], field: str) -> float:
    by_field = {
        "paint_s": [r.paint_s for r in launches],
        "key_s": [r.key_s for r in launches],
        "answered_s": [r.answered_s for r in launches],
        "paint_cpu_s": [r.paint_cpu_s for r in launches],
        "answered_cpu_s": [r.answered_cpu_s for r in launches],
    }
    return statistics.median(by_field[field])


def _latency(launches: list[Launch]) -> float:
    """Median time from the key press (on the X server) to the app having handled it."""
    return statistics.median(r.answered_s - r.sent_s for r in launches)


def _results(times: dict[str, list[Launch]], runs: int) -> list[Measurement]:
    empty = times["empty"]
    empty_paint = _median(empty, "paint_s")
    empty_input = _median(empty, "answered_s")
    empty_cpu = _median(empty, "paint_cpu_s")
    empty_latency = _latency(empty)
    out = [
        Measurement(
            "window empty: first paint",
            empty_paint,
            note=f"Xvfb, median of {runs}; CPU {empty_cpu:.3f} s",
            key="window: first paint",
        ),
        Measurement(
            "window empty: first input answered",
            empty_input,
            baseline_median_s=empty_paint,
            note=f"ratio: to its own first paint; answered {empty_latency * 1000:.0f} ms "
            "after the key press (XTest, pressed once the paint is logged)",
            key="window: first input answered",
        ),
        Measurement(
            "window empty: CPU to first paint",
            empty_cpu,
            note="user + system CPU of the process (steadier than wall time under load)",
            key="window: CPU to first paint",
        ),
    ]
    for name, launches in times.items():
        if name == "empty":
            continue
        paint = _median(launches, "paint_s")
        answered = _median(launches, "answered_s")
        cpu = _median(launches, "paint_cpu_s")
        latency = _latency(launches)
        ratio_paint = paint / empty_paint if empty_paint else 0.0
        ratio_input = answered / paint if paint else 0.0
        ratio_cpu = cpu / empty_cpu if empty_cpu else 0.0
        out += [
            Measurement(
                f"window {name}: first paint",
                paint,
                baseline_median_s=empty_paint,
                note=(
                    f"ratio to the empty window (goal {GOAL_PAINT}x): "
                    f"{'ok' if ratio_paint <= GOAL_PAINT else 'OVER'}; CPU {ratio_cpu:.2f}x"
                ),
                key=f"window {name}: first paint",
            ),
            Measurement(
                f"window {name}: first input answered",
                answered,
                baseline_median_s=paint,
                note=(
                    f"ratio to its first paint (goal {GOAL_INPUT}x): "
                    f"{'ok' if ratio_input <= GOAL_INPUT else 'OVER'}; answered "
                    f"{latency * 1000:.0f} ms after the key press (the empty window "
                    f"{empty_latency * 1000:.0f} ms); {answered / empty_input:.1f}x the "
                    "empty window's"
                ),
                key=f"window {name}: first input answered",
            ),
            Measurement(
                f"window {name}: CPU to first paint",
                cpu,
                baseline_median_s=empty_cpu,
                note=f"ratio to the empty window's; CPU until the key was handled "
                f"{_median(launches, 'answered_cpu_s'):.3f} s",
                key=f"window {name}: CPU to first paint",
            ),
        ]
    return out


def run() -> list[Measurement]:
    try:
        return measure()
    except Missing as exc:
        print(f"window: skipped: {exc}", file=sys.stderr)
        return []
