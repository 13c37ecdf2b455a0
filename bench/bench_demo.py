"""Demo portfolio: writing it into a fresh database through the store (validated and
change-logged row by row), as `cdmo-desktop --demo` and the test fixtures do."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.core import Measurement, median_time, peak_rss_mb

RUNS = 5


def run() -> list[Measurement]:
    from cdmo_desktop.store import Store, open_store
    from cdmo_desktop.store.demo import populate

    folder = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    counter = iter(range(1_000_000))
    stores: list[Store] = []

    def fresh_store() -> Store:
        store = open_store(folder / f"demo-{next(counter)}.sqlite")
        stores.append(store)
        return store

    try:
        seconds = median_time(populate, repeat=RUNS, setup=fresh_store)
        return [
            Measurement(
                "demo.populate",
                seconds,
                peak_mb=peak_rss_mb(),
                note=f"median of {RUNS}; migrated empty database made outside the timing",
            )
        ]
    finally:
        for store in stores:
            store.close()
        shutil.rmtree(folder, ignore_errors=True)
