"""Large-dataset generators: how long building the benchmark databases takes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.core import Measurement, median_time, peak_rss_mb
from bench.generate import generate_partners, generate_risks, generate_schedule

RUNS = 3


def run() -> list[Measurement]:
    folder = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    counter = iter(range(1_000_000))

    def new_path() -> Path:
        return folder / f"db-{next(counter)}.sqlite"

    cases = [
        ("generate.partners_100k", lambda p: generate_partners(p, 100_000)),
        ("generate.risks_100k", lambda p: generate_risks(p, 100_000, 500)),
        ("generate.schedule_20k", lambda p: generate_schedule(p, 20_000, 30_000)),
    ]
    results = []
    try:
        for name, build in cases:
            seconds = median_time(build, repeat=RUNS, setup=new_path)
            results.append(
                Measurement(
                    name,
                    seconds,
                    peak_mb=peak_rss_mb(),
                    note=f"median of {RUNS}, into a new database (migration included)",
                )
            )
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)
