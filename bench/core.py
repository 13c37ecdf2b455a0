"""The benchmark API: measurements, timing, memory, discovery and the result table."""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
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
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Measurement:
        return cls(
            name=data["name"],
            median_s=data["median_s"],
            baseline_median_s=data.get("baseline_median_s"),
            peak_mb=data.get("peak_mb"),
            note=data.get("note", ""),
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


def _rss_to_mb(value: int) -> float:
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


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
