"""Start-up: launch to first paint of the main window on the demo portfolio, against a bare
PySide6 QMainWindow process.

Both processes print the time of their window's first paint
(`cdmo_desktop.gui.startup_probe`); the measured time runs from just before the launch to
that paint, so interpreter shutdown is not counted on either side. The app paints the
Portfolio from a read-only look at the file and opens its store (the ORM) on a thread of
its own right after; `startup.input` is the time until a key pressed 30 ms after the paint
has been answered (the probe posts it from another thread, as the window system would),
`startup.ready` the time until that store is attached and every control enabled. Each
side gets one unmeasured warm-up run (file cache, matplotlib cache), then RUNS runs,
interleaved so load from other processes hits both alike. Settings, logs and caches of the
app go to a temporary folder, never the user's own.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.core import Measurement, installed_bytecode

RUNS = 5
TIMEOUT_S = 60.0
MARKER = "cdmo-desktop-first-paint"
READY_MARKER = "cdmo-desktop-store-ready"
INPUT_MARKER = "cdmo-desktop-input-answered"

BASELINE = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class Probe(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.seen = True
            QTimer.singleShot(0, self.done)
        return False
    def done(self):
        print("{MARKER}", f"{{time.time():.6f}}", flush=True)
        QApplication.instance().quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.setWindowTitle("Empty window")
probe = Probe()
app.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


class ProbeMissing(RuntimeError):
    """The launched process never reported its first paint."""


def _launch(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float | None]:
    """Seconds from launch to first paint, and the process's peak memory in MB (if known)."""
    paint, _ready, _input, peak = _launch_app(cmd, env, cwd)
    return paint, peak


def _launch_app(
    cmd: list[str], env: dict[str, str], cwd: Path
) -> tuple[float, float | None, float | None, float | None]:
    """Seconds from launch to first paint, to the store being ready and to the probe's key
    being answered (None if the process does not say), and the process's peak memory in
    MB (if known)."""
    with tempfile.TemporaryFile() as err:
        start = time.time()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=err)
        try:
            out, _ = proc.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise ProbeMissing(f"{cmd[1:3]} did not quit after its first paint") from None
        peak = _child_peak_mb()
        err.seek(0)
        errors = err.read().decode("utf-8", "replace").strip()
    stamps = {}
    for line in out.decode("utf-8", "replace").splitlines():
        marker, _, stamp = line.partition(" ")
        if marker in (MARKER, READY_MARKER, INPUT_MARKER):
            stamps[marker] = float(stamp) - start
    if MARKER in stamps:
        paint = stamps[MARKER]
        ready, answered = stamps.get(READY_MARKER), stamps.get(INPUT_MARKER)
        return (
            paint,
            max(ready, paint) if ready is not None else None,
            max(answered, paint) if answered is not None else None,
            peak,
        )
    raise ProbeMissing(
        f"{' '.join(cmd[1:3])} exited with {proc.returncode} without reporting its first "
        "paint (the app must call cdmo_desktop.gui.startup_probe.install(window) after "
        f"show()). {errors[-800:]}"
    )


def _child_peak_mb() -> float | None:
    try:
        import resource
    except ImportError:
        return None
    kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024


def _environment(home: Path) -> dict[str, str]:
    env = os.environ.copy()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["CDMO_DESKTOP_EXIT_AFTER_PAINT"] = "1"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    env["MPLCONFIGDIR"] = str(home / "matplotlib")
    env.pop("CDMO_DESKTOP_DB", None)
    return installed_bytecode(env, home / "bytecode")


def _demo_database(folder: Path) -> Path:
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.demo import populate

    path = folder / "demo-template.sqlite"
    store = open_store(path, user="Benchmark")
    populate(store)
    store.close()
    return path


def _fresh_copy(template: Path, target: Path) -> None:
    import sqlite3

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src, dst = sqlite3.connect(template), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def measure(runs: int = RUNS) -> list[Measurement]:
    home = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        env = _environment(home)
        template = _demo_database(home)
        db = home / "desk" / "demo.sqlite"
        db.parent.mkdir()
        real = [sys.executable, "-m", "cdmo_desktop", "--db", str(db)]
        baseline = [sys.executable, "-c", BASELINE]
        root = Path(__file__).resolve().parent.parent

        def app_once(cmd: list[str]) -> tuple[float, float | None, float | None, float | None]:
            _fresh_copy(template, db)
            return _launch_app(cmd, env, root)

        note = "offscreen, launch to first paint"
        app_cmd = real
        app_once(app_cmd)  # warm-up
        _launch(baseline, env, root)  # warm-up
        demo_cmd = [sys.executable, "-m", "cdmo_desktop", "--demo"]
        _launch(demo_cmd, env, root)  # warm-up
        app_times, base_times, demo_times, peaks = [], [], [], []
        ready_times: list[float] = []
        input_times: list[float] = []
        for _ in range(runs):
            base_times.append(_launch(baseline, env, root)[0])
            seconds, ready, answered, peak = app_once(app_cmd)
            app_times.append(seconds)
            if ready is not None:
                ready_times.append(ready)
            if answered is not None:
                input_times.append(answered)
            peaks.append(peak)
            demo_times.append(_launch(demo_cmd, env, root)[0])
        grab = home / "first-paint.png"
        env_grab = {**env, "CDMO_DESKTOP_PAINT_GRAB": str(grab)}
        _fresh_copy(template, db)
        _launch(app_cmd, env_grab, root)
        if grab.exists():
            kept = Path(tempfile.gettempdir()) / "cdmo-desktop-bench-first-paint.png"
            shutil.copyfile(grab, kept)
            note += f"; window as painted: {kept}"
        known = [p for p in peaks if p is not None]
        results = [
            Measurement(
                "startup",
                statistics.median(app_times),
                baseline_median_s=statistics.median(base_times),
                peak_mb=max(known) if known else None,
                note=note,
            ),
        ]
        if len(input_times) == len(app_times):
            results.append(
                Measurement(
                    "startup.input",
                    statistics.median(input_times),
                    baseline_median_s=statistics.median(base_times),
                    peak_mb=max(known) if known else None,
                    note="launch until a key pressed 30 ms after the first paint is answered",
                )
            )
        if len(ready_times) == len(app_times):
            results.append(
                Measurement(
                    "startup.ready",
                    statistics.median(ready_times),
                    baseline_median_s=statistics.median(base_times),
                    peak_mb=max(known) if known else None,
                    note="launch until the store is attached and every control enabled",
                )
            )
        return [
            *results,
            Measurement(
                "startup.demo_flag",
                statistics.median(demo_times),
                baseline_median_s=statistics.median(base_times),
                peak_mb=_child_peak_mb(),
                note="cdmo-desktop --demo: a fresh demo portfolio is generated first",
            ),
        ]
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run() -> list[Measurement]:
    return measure()
