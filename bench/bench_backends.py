"""The list screens on a team server next to the laptop's file: every interaction of
`bench scale` (open, first visit, search keystroke, sorts, filters, scroll to the end,
refresh after an edit) at 100,000 rows, on SQLite and on PostgreSQL, with the ratio.

The generated SQLite database (bench.generate.cached_database) is copied into a fresh
database of a throwaway PostgreSQL cluster (tests/pg_support.py; $CDMO_TEST_PG_URL to use
a running server instead) with `cdmo-desktop copy`, the command a practice uses to move its
workspace onto the server; the screens then open `open_store(URL)` exactly as the window
does. The server is on loopback: a real network adds its round trip to each query.
Registers: BENCH_BACKENDS_REGISTERS="risks,partners" (default), size BENCH_BACKENDS_ROWS.
Skipped (no measurement) when there are no PostgreSQL binaries.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.core import Measurement, peak_rss_mb

ROWS = int(os.environ.get("BENCH_BACKENDS_ROWS", "100000"))
REGISTERS = tuple(
    r for r in os.environ.get("BENCH_BACKENDS_REGISTERS", "risks,partners").split(",") if r
)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench import bench_scale
    from cdmo_desktop.cli import main as cli
    from tests import pg_support

    if not os.environ.get(pg_support.URL_ENV) and pg_support.find_bin_dir() is None:
        _say("backends: no PostgreSQL binaries; nothing measured")
        return []
    app = QApplication.instance() or QApplication([])
    cap = float(os.environ.get("BENCH_SCALE_SCROLL_CAP", bench_scale.SCROLL_CAP_S))
    out: list[Measurement] = []
    home = Path(tempfile.mkdtemp(prefix="bench-backends-"))
    try:
        bench_scale._warm_up(home)
        with pg_support.server() as admin:
            for name in REGISTERS:
                reg = bench_scale.SCREENS[name]
                work, _generated = bench_scale.prepare_database(reg.kind, ROWS, home)
                db = pg_support.unique_name(f"bench{reg.kind}")
                url = pg_support.create_database(admin, db)
                start = time.perf_counter()
                if cli(["copy", "--from", str(work), "--to", url]) != 0:
                    raise RuntimeError(f"copy of {reg.kind} into PostgreSQL failed")
                copied = time.perf_counter() - start
                out.append(
                    Measurement(
                        f"copy {reg.kind} @{bench_scale.size_label(ROWS)} SQLite -> PostgreSQL",
                        copied,
                        key=f"copy {reg.kind}",
                        rows=ROWS,
                    )
                )
                _say(f"{name}: copied into PostgreSQL in {copied:.0f} s")
                targets: tuple[tuple[str, Path | str], ...] = (
                    ("sqlite", work),
                    ("postgresql", url),
                )
                for backend, target in targets:
                    for m in bench_scale.measure_register(reg, target, ROWS, home, cap):
                        m.name = f"[{backend}] {m.name}"
                        m.note = f"{backend}; {m.note}" if m.note else backend
                        out.append(m)
                pg_support.drop_database(admin, db)
                bench_scale.drop_database(work)
        peak = peak_rss_mb()
        for m in out:
            m.peak_mb = peak
        del app
        return out
    finally:
        shutil.rmtree(home, ignore_errors=True)


def summary(measurements: list[Measurement]) -> str:
    """Median per interaction on each backend and the ratio PostgreSQL / SQLite."""
    by_key: dict[str, dict[str, Measurement]] = {}
    for m in measurements:
        if m.key is None or m.key.startswith("copy"):
            continue
        backend = "postgresql" if m.name.startswith("[postgresql]") else "sqlite"
        by_key.setdefault(m.key, {})[backend] = m
    lines = [f"{'interaction':<52} {'SQLite ms':>10} {'PostgreSQL ms':>14} {'ratio':>6}"]
    for key, per in sorted(by_key.items()):
        lite, pg = per.get("sqlite"), per.get("postgresql")
        if lite is None or pg is None:
            continue
        ratio = pg.median_s / lite.median_s if lite.median_s else float("inf")
        lines.append(
            f"{key:<52} {lite.median_s * 1000:>10.1f} {pg.median_s * 1000:>14.1f} {ratio:>5.1f}x"
        )
    return "\n".join(lines)
