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
been handled (a zero timer after it). From outside, the benchmark waits until the window is
mapped (`xdotool search --sync --onlyvisible --pid`), focuses it and, once the first paint
is logged, presses a key at once, as a user who types as soon as the window shows: a GUI
thread still busy after painting (the ORM import and store attach, a first screen's heavy
imports) delays the answer.

Reported per start screen (medians of RUNS launches, interleaved with the empty window and
with each other, after one unmeasured warm-up each): first paint (ratio to the empty
window's; goal within 2.5x) and first input answered (ratio to the same screen's first
paint; goal within 1.5x). Needs `Xvfb` and `xdotool` (Debian: xvfb xdotool libxcb-cursor0
libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0); without them it reports
nothing and says why.
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

RUNS = 5
SCREENS = ("portfolio", "partners", "engagements", "risks", "schedule", "reports")
TIMEOUT_S = 60.0
GOAL_PAINT = 2.5
GOAL_INPUT = 1.5
SIZE = (1366, 768)

PROBE = r"""
import os, runpy, sys, time
LOG = os.environ["BENCH_WINDOW_LOG"]

def log(event):
    with open(LOG, "a", encoding="utf-8") as fh:
        fh.write(f"{event} {time.time():.6f}\n")

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


class Missing(RuntimeError):
    """Xvfb or xdotool is not installed."""


@dataclass
class Launch:
    paint_s: float
    mapped_s: float
    key_s: float  # the key press reached the app
    answered_s: float  # ... and had been handled


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


class Xvfb:
    """A private X server on a free display, stopped on exit."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.proc: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        for number in range(90, 140):
            if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
                continue
            screen = f"{SIZE[0]}x{SIZE[1]}x24"
            self.proc = subprocess.Popen(
                [self.binary, f":{number}", "-screen", "0", screen, "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.time() + 10
            while time.time() < deadline:
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    self.display = f":{number}"
                    return self
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
            self._stop()
        raise Missing("Xvfb did not start on any display from :90 to :139")

    def _stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __exit__(self, *exc: object) -> None:
        self._stop()


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
    out: dict[str, float] = {}
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            event, _, stamp = line.partition(" ")
            out.setdefault(event, float(stamp))
    return out


def _wait_for(
    log: Path, event: str, deadline: float, proc: subprocess.Popen[bytes]
) -> dict[str, float]:
    stamps = _read_log(log)
    while event not in stamps and time.time() < deadline and proc.poll() is None:
        time.sleep(0.005)
        stamps = _read_log(log)
    return stamps


def launch(args: list[str], env: dict[str, str], log: Path, xdotool: str, cwd: Path) -> Launch:
    """Start the probed process, press a key as soon as its window is mapped, wait until
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
        found = subprocess.run(
            [xdotool, "search", "--sync", "--onlyvisible", "--pid", str(proc.pid)],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
        mapped = time.time() - start
        window = found.stdout.split()[0] if found.stdout.split() else ""
        if not window:
            raise RuntimeError(f"{args[0]}: no window appeared ({found.stderr.strip()})")
        subprocess.run([xdotool, "windowfocus", window], env=env, check=False, timeout=10)
        deadline = time.time() + TIMEOUT_S
        stamps = _wait_for(log, "paint", deadline, proc)
        # The user types as soon as the window shows: right after its first paint. A key
        # queued before the paint would be handled in the paint's own loop turn, before
        # whatever work the app starts after painting, and flatter it.
        subprocess.run([xdotool, "key", "shift"], env=env, check=False, timeout=10)
        stamps = _wait_for(log, "answered", deadline, proc)
        if "answered" not in stamps or "paint" not in stamps:
            err = proc.stderr.read().decode("utf-8", "replace")[-600:] if proc.stderr else ""
            raise RuntimeError(f"{args[0]}: no paint or key answer logged: {stamps} {err}")
        return Launch(
            paint_s=stamps["paint"] - start,
            mapped_s=mapped,
            key_s=stamps["key"] - start,
            answered_s=stamps["answered"] - start,
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
        with Xvfb(found["Xvfb"]) as x:
            env = _environment(home, x.display)
            log = home / "probe.log"

            def once(name: str) -> Launch:
                if name == "empty":
                    return launch(["empty"], env, log, found["xdotool"], root)
                _settings(home, name)
                _fresh_copy(template, db)
                return launch(["app", "--db", str(db)], env, log, found["xdotool"], root)

            order = ["empty", *screens]
            for name in order:  # warm-up: file cache, font and matplotlib caches
                once(name)
            for i in range(runs):
                for name in order if i % 2 == 0 else reversed(order):
                    times[name].append(once(name))
        return _results(times, runs)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _median(launches: list[Launch], field: str) -> float:
    values = {
        "paint_s": [r.paint_s for r in launches],
        "mapped_s": [r.mapped_s for r in launches],
        "key_s": [r.key_s for r in launches],
        "answered_s": [r.answered_s for r in launches],
    }
    return statistics.median(values[field])


def _results(times: dict[str, list[Launch]], runs: int) -> list[Measurement]:
    empty_paint = _median(times["empty"], "paint_s")
    empty_input = _median(times["empty"], "answered_s")
    out = [
        Measurement(
            "window empty: first paint",
            empty_paint,
            note=f"Xvfb, median of {runs}; mapped {_median(times['empty'], 'mapped_s'):.3f} s",
            key="window: first paint",
        ),
        Measurement(
            "window empty: first input answered",
            empty_input,
            baseline_median_s=empty_paint,
            note="ratio: to its own first paint",
            key="window: first input answered",
        ),
    ]
    for name, launches in times.items():
        if name == "empty":
            continue
        paint = _median(launches, "paint_s")
        answered = _median(launches, "answered_s")
        key_in = _median(launches, "key_s")
        ratio_paint = paint / empty_paint if empty_paint else 0.0
        ratio_input = answered / paint if paint else 0.0
        out += [
            Measurement(
                f"window {name}: first paint",
                paint,
                baseline_median_s=empty_paint,
                note=(
                    f"ratio to the empty window (goal {GOAL_PAINT}x): "
                    f"{'ok' if ratio_paint <= GOAL_PAINT else 'OVER'}"
                ),
                key=f"window {name}: first paint",
            ),
            Measurement(
                f"window {name}: first input answered",
                answered,
                baseline_median_s=paint,
                note=(
                    f"ratio to its first paint (goal {GOAL_INPUT}x): "
                    f"{'ok' if ratio_input <= GOAL_INPUT else 'OVER'}; key reached the app "
                    f"at {key_in:.3f} s; {answered / empty_input:.1f}x the empty window's"
                ),
                key=f"window {name}: first input answered",
            ),
        ]
    return out


def run() -> list[Measurement]:
    try:
        return measure()
    except Missing as exc:
        print(f"window: skipped: {exc}", file=sys.stderr)
        return []
