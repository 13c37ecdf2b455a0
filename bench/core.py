"""The benchmark API: measurements, timing, memory, discovery and the result table."""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH_PREFIX = "bench_"


@dataclass
class Measurement:
    """One measured quantity: a median in seconds, optionally against a baseline measured in
    the same run (the ratio is then median / baseline)."""

    name: str
    median_s: float
    baseline_median_s: float | None = None
    peak_mb: float | None = None
    note: str = ""
    # Optional detail, written to JSON only when set: the interaction measured (the same
    # for every data size), the number of rows it ran on, the first (cold) time, the 95th
    # percentile, how many times it ran, and whether it finished within its time cap.
    key: str | None = None
    rows: int | None = None
    first_s: float | None = None
    p95_s: float | None = None
    runs: int | None = None
    complete: bool | None = None

    @property
    def ratio(self) -> float | None:
        if not self.baseline_median_s:
            return None
        return self.median_s / self.baseline_median_s

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "median_s": round(self.median_s, 6)}
        if self.baseline_median_s is not None:
            out["baseline_median_s"] = round(self.baseline_median_s, 6)
        ratio = self.ratio
        if ratio is not None:
            out["ratio"] = round(ratio, 3)
        if self.peak_mb is not None:
            out["peak_mb"] = round(self.peak_mb, 1)
        if self.note:
            out["note"] = self.note
        for name in ("key", "rows", "runs", "complete"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        for name in ("first_s", "p95_s"):
            value = getattr(self, name)
            if value is not None:
                out[name] = round(value, 6)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Measurement:
        return cls(
            name=data["name"],
            median_s=data["median_s"],
            baseline_median_s=data.get("baseline_median_s"),
            peak_mb=data.get("peak_mb"),
            note=data.get("note", ""),
            key=data.get("key"),
            rows=data.get("rows"),
            first_s=data.get("first_s"),
            p95_s=data.get("p95_s"),
            runs=data.get("runs"),
            complete=data.get("complete"),
        )


def median_time(
    fn: Callable[..., Any], repeat: int = 5, setup: Callable[[], Any] | None = None
) -> float:
    """Median wall time of `repeat` calls of `fn`, in seconds.

    `setup` runs before every call and is not timed; when it returns something other than
    None, `fn` receives that value as its only argument (e.g. a fresh copy of a database)."""
    if repeat < 1:
        raise ValueError("repeat must be at least 1")
    times = []
    for _ in range(repeat):
        arg = setup() if setup is not None else None
        start = time.perf_counter()
        if arg is None:
            fn()
        else:
            fn(arg)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) of `values`, linearly interpolated."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def interleaved(
    variants: dict[str, Callable[[], Any]],
    repeat: int = 5,
    setup: Callable[[str], Any] | None = None,
) -> dict[str, list[float]]:
    """Wall times of A/B(/C...) variants run in turns (A B, B A, A B, ...), so load from
    other processes and warming caches hit every variant alike. `setup(name)` runs untimed
    before each call. Returns each variant's times in seconds."""
    names = list(variants)
    times: dict[str, list[float]] = {n: [] for n in names}
    for i in range(repeat):
        for name in names if i % 2 == 0 else reversed(names):
            if setup is not None:
                setup(name)
            start = time.perf_counter()
            variants[name]()
            times[name].append(time.perf_counter() - start)
    return times


@dataclass
class Timed:
    """Times of one interaction: the first call apart (cold: first visit, caches empty)
    from the repeats that follow (warm)."""

    first_s: float
    warm: list[float]

    @property
    def median_s(self) -> float:
        return statistics.median(self.warm) if self.warm else self.first_s

    @property
    def p95_s(self) -> float:
        return percentile(self.warm or [self.first_s], 95)

    @property
    def runs(self) -> int:
        return 1 + len(self.warm)


def first_and_warm(
    fn: Callable[[], Any],
    repeat: int = 5,
    setup: Callable[[], Any] | None = None,
    budget_s: float | None = None,
) -> Timed:
    """The first call of `fn` timed on its own, then up to `repeat` warm calls; with
    `budget_s`, warm calls stop once the timed calls together took that long (a slow
    interaction on a big data set runs fewer times; one that took twice the budget on its
    first call runs once). `setup` runs untimed before each."""
    times: list[float] = []
    for _ in range(repeat + 1):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
        if budget_s is not None and (
            (len(times) >= 2 and sum(times) >= budget_s)
            or (len(times) == 1 and times[0] >= 2 * budget_s)  # one is telling enough
        ):
            break
    return Timed(times[0], times[1:])


# --- Qt helpers (PySide6 is imported inside them: non-GUI benchmarks stay light) ----------
def delete_now(*objects: Any) -> None:
    """Close and really delete Qt objects: `deleteLater()` followed by delivering the
    deferred deletes. `processEvents()` outside a running event loop does NOT delete them
    (see FACTS "Found in turn-2"): views left alive keep answering change notices and
    inflate later measurements."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    for obj in objects:
        if isinstance(obj, QWidget):
            obj.close()
        obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Views:
    """The views a benchmark opened; `clear()` deletes them for real (between repetitions)."""

    def __init__(self) -> None:
        self.items: list[Any] = []

    def add(self, view: Any) -> Any:
        self.items.append(view)
        return view

    @property
    def last(self) -> Any:
        return self.items[-1]

    def clear(self) -> None:
        items, self.items = self.items, []
        if items:
            delete_now(*items)

    def __len__(self) -> int:
        return len(self.items)


def process_events(rounds: int = 3) -> None:
    """Deliver posted events and run pending zero-time timers a few times over."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def pending_timers(root: Any, longest_ms: int = 1000) -> list[Any]:
    """Active single-shot QTimers owned by `root` or its children with an interval up to
    `longest_ms`: the typing pauses and deferred refreshes a screen is still waiting on."""
    from PySide6.QtCore import QTimer

    return [
        t
        for t in root.findChildren(QTimer)
        if t.isActive() and t.isSingleShot() and t.interval() <= longest_ms
    ]


def settle(root: Any, timeout_s: float = 120.0) -> bool:
    """Run the event loop until `root` waits on no short single-shot timer and posted
    events are delivered (a search after its typing pause, a refresh deferred to the next
    loop turn); False if still busy after `timeout_s`."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout_s
    while True:
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if not pending_timers(root):
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
            return True
        if time.perf_counter() > deadline:
            return False


def no_typing_pause(root: Any, longest_ms: int = 1000) -> int:
    """Set every single-shot QTimer under `root` with an interval up to `longest_ms` to 0:
    a keystroke then costs what the search does, not the pause the screen waits for before
    searching. Returns how many timers were changed."""
    from PySide6.QtCore import QTimer

    changed = 0
    for t in root.findChildren(QTimer):
        if t.isSingleShot() and 0 < t.interval() <= longest_ms:
            t.setInterval(0)
            changed += 1
    return changed


class EventLoopGaps:
    """Event-loop responsiveness: a QTimer ticking every `interval_ms`; the time between
    consecutive ticks beyond the interval is a gap the user would feel as a stutter.

        gaps = EventLoopGaps(); gaps.start(); ...run the loop...; gaps.stop()
        gaps.longest_s, gaps.percentile_s(95), gaps.over(0.05)
    """

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_s = interval_ms / 1000
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last: float | None = None
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append(max(0.0, now - self._last - self.interval_s))
        self._last = now

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        self._tick()
        self._last = None
        return self.gaps

    @property
    def longest_s(self) -> float:
        return max(self.gaps, default=0.0)

    def percentile_s(self, q: float) -> float:
        return percentile(self.gaps, q) if self.gaps else 0.0

    def over(self, seconds: float) -> int:
        """How many gaps were longer than `seconds`."""
        return sum(1 for g in self.gaps if g > seconds)


def _rss_to_mb(value: int) -> float:
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def installed_bytecode(env: dict[str, str], folder: Path) -> dict[str, str]:
    """`env` for a launched app process that finds its modules compiled, as an installed
    app does (pip and the bundle ship bytecode): Python may write bytecode again, into
    `folder` rather than the checkout, so a warm-up launch compiles and every measured
    launch reads it. Without this, a shell with PYTHONDONTWRITEBYTECODE set makes each
    launch compile every module of the app from source (about 0.4 s of CPU) while the
    empty-window baseline, made only of installed packages, compiles nothing."""
    out = dict(env)
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    out["PYTHONPYCACHEPREFIX"] = str(folder)
    return out


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (0.0 where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return _windows_peak_mb()
    return _rss_to_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _windows_peak_mb() -> float:
    try:
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [
                ("cb", wintypes.DWORD),
                ("PageFaultCount", wintypes.DWORD),
                ("PeakWorkingSetSize", ctypes.c_size_t),
                ("WorkingSetSize", ctypes.c_size_t),
                ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                ("PagefileUsage", ctypes.c_size_t),
                ("PeakPagefileUsage", ctypes.c_size_t),
            ]

        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        handle = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
        ctypes.windll.psapi.GetProcessMemoryInfo(  # type: ignore[attr-defined]
            handle, ctypes.byref(counters), counters.cb
        )
        return counters.PeakWorkingSetSize / (1024 * 1024)
    except (AttributeError, OSError):
        return 0.0


def discover(package: str = "bench") -> list[str]:
    """Names of the benchmarks in `package` (module bench_<name>.py -> "<name>"), sorted."""
    pkg = importlib.import_module(package)
    return sorted(
        info.name.removeprefix(BENCH_PREFIX)
        for info in pkgutil.iter_modules(pkg.__path__)
        if info.name.startswith(BENCH_PREFIX)
    )


def load(name: str, package: str = "bench") -> Any:
    return importlib.import_module(f"{package}.{BENCH_PREFIX}{name}")


def _fmt_s(value: float | None) -> str:
    return "" if value is None else f"{value * 1000:.1f}"


def format_table(measurements: list[Measurement]) -> str:
    """A plain-text table: medians and baselines in ms, ratio, peak memory, note."""
    headers = ("benchmark", "median ms", "baseline ms", "ratio", "peak MB", "note")
    rows = [
        (
            m.name,
            _fmt_s(m.median_s),
            _fmt_s(m.baseline_median_s),
            "" if m.ratio is None else f"{m.ratio:.2f}",
            "" if m.peak_mb is None else f"{m.peak_mb:.0f}",
            m.note,
        )
        for m in measurements
    ]
    widths = [max(len(str(r[i])) for r in (headers, *rows)) for i in range(len(headers))]
    right = {1, 2, 3, 4}

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            (c.rjust(w) if i in right else c.ljust(w))
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])
