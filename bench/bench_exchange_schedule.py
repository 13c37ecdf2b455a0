"""Import of a 2,000-task MS Project plan (MSPDI) into an engagement, and its export.

The plan is a generated 2,000-item schedule (bench.generate, 2,400 links) written by the
app's own MSPDI exporter; each run imports it into a fresh copy of a database holding one
other engagement (the copy is untimed). Measures:
- read: parse (defusedxml) and check the file (dates, links, loops) into a preview;
- import: read plus the write of every item, link and baseline in one change set;
- export: the engagement's plan read and written as MSPDI;
each with its median, and the Python heap at its peak during one untimed import
(tracemalloc) beside the process's peak RSS.
"""

from __future__ import annotations

import shutil
import tempfile
import tracemalloc
from pathlib import Path

from bench.core import Measurement, median_time

TASKS = 2_000
LINKS = 2_400
RUNS = 5


def run() -> list[Measurement]:
    from bench.generate import generate_schedule
    from cdmo_desktop.exchange.mspdi import to_xml
    from cdmo_desktop.exchange.schedules import read_schedule, write_plan
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.schedule import load_plan

    out: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        folder = Path(tmp)
        source = folder / "source.sqlite"
        engagement_id = generate_schedule(source, TASKS, LINKS)
        store = open_store(source, user="Benchmark")
        try:
            xml = folder / "plan.xml"
            export_s = median_time(
                lambda: xml.write_bytes(to_xml(load_plan(store, engagement_id), "Plan")), RUNS
            )
        finally:
            store.close()
        size_mb = xml.stat().st_size / 1e6
        preview = read_schedule(xml)
        counts = preview.summary()
        out.append(Measurement(f"MSPDI export {TASKS:,} items", export_s, note=f"{size_mb:.1f} MB"))
        out.append(
            Measurement(
                f"MSPDI read {TASKS:,} items",
                median_time(lambda: read_schedule(xml), RUNS),
                note=counts,
            )
        )
        copies = iter(range(10_000))

        def fresh() -> object:
            path = folder / f"copy-{next(copies)}.sqlite"
            shutil.copyfile(source, path)
            return open_store(path, user="Benchmark")

        def imported(target: object) -> None:
            try:
                write_plan(target, engagement_id, read_schedule(xml))  # type: ignore[arg-type]
            finally:
                target.close()  # type: ignore[attr-defined]

        import_s = median_time(imported, RUNS, setup=fresh)
        target = fresh()
        tracemalloc.start()
        imported(target)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out.append(
            Measurement(
                f"MSPDI import {TASKS:,} items (read + one change set)",
                import_s,
                note=f"Python heap peak {peak / 1e6:.0f} MB; {counts}",
            )
        )
    return out
