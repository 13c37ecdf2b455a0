"""The read-only probe before a database opens (store/probe.py): header, sidecar files,
integrity check and schema verification, on the demo portfolio (full integrity_check,
below probe.FULL_CHECK_BELOW) and on a 100k-partner database (quick_check before opening,
the full check in the background after it: `probe.full_check`). Warm page cache: the
first probe of a big file after a reboot reads it from disk and takes several times as
long."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.core import Measurement, median_time

RUNS = 5
BIG_RUNS = 3
PARTNERS = 100_000


def run() -> list[Measurement]:
    from bench.generate import cached_database
    from cdmo_desktop.store import open_store, probe
    from cdmo_desktop.store.demo import populate

    folder = Path(tempfile.mkdtemp(prefix="bench-probe-"))
    try:
        demo = folder / "demo.sqlite"
        store = open_store(demo)
        populate(store)
        store.close()
        big, _ = cached_database("partners", PARTNERS)
        probe.probe(big, full=False)  # warm the page cache
        size = big.stat().st_size // 2**20
        return [
            Measurement(
                "probe.demo",
                median_time(lambda: probe.probe(demo), repeat=RUNS),
                note=f"full integrity_check + schema, {demo.stat().st_size // 2**20} MiB",
            ),
            Measurement(
                "probe.demo_quick",
                median_time(lambda: probe.probe(demo, full=False), repeat=RUNS),
                note="quick_check + schema",
            ),
            Measurement(
                "probe.partners_100k",
                median_time(lambda: probe.probe(big), repeat=BIG_RUNS),
                note=f"quick_check + schema (by size), {size} MiB",
            ),
            Measurement(
                "probe.partners_100k_background_full",
                median_time(lambda: probe.full_check(big, immutable=True), repeat=BIG_RUNS),
                note="the full integrity_check the window runs after opening",
            ),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
