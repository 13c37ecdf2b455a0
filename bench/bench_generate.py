"""Large-dataset generators: how long building the benchmark databases takes, split into
rows (values made and inserted with the secondary indexes off), indexes (the app's indexes
and triggers recreated), derived data (`store.bulk.rebuild_derived`) and the wait for the
change log and risks' full-text index made on a second thread, copied in at the end.

The goal is 1M risks (with their engagements, partners, clients and milestones) in under a
minute; partners (with sites, contacts and engagements) are measured at 1M, engagements at
100k, the schedule at 20k items. BENCH_GENERATE_RISKS and BENCH_GENERATE_PARTNERS set the
risk and partner counts (default 1,000,000 each; a size from 500,000 up is built once, a
smaller one three times).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.core import Measurement, peak_rss_mb
from bench.generate import (
    Timings,
    generate_engagements,
    generate_partners,
    generate_risks,
    generate_schedule,
)

RUNS = 3


def _case(
    name: str, build: Callable[[Path, Timings], object], folder: Path, runs: int
) -> list[Measurement]:
    made: list[Timings] = []
    for i in range(runs):
        path = folder / f"{name}-{i}.sqlite"
        timings = Timings()
        build(path, timings)
        made.append(timings)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def med(attr: str) -> float:
        return statistics.median(getattr(t, attr) for t in made)

    rows = ", ".join(f"{k} {v:,}" for k, v in made[0].rows.items())
    return [
        Measurement(
            f"generate {name}",
            med("total_s"),
            peak_mb=peak_rss_mb(),
            note=(
                f"median of {runs}; CPU {med('cpu_s'):.1f} s (loading thread "
                f"{med('main_cpu_s'):.1f} s, of it writing the change log "
                f"{med('log_insert_cpu_s'):.1f} s, cutting the risk register's marks "
                f"{med('marks_cpu_s'):.1f} s; second process making rows "
                f"{med('rows_beside_cpu_s'):.1f} s, waited for {med('rows_beside_wait_s'):.1f} s; "
                f"side threads {med('side_cpu_s'):.1f} s: "
                f"change log {med('log_thread_cpu_s'):.1f} s, risks' search "
                f"{med('search_thread_cpu_s'):.1f} s); {rows} (migration not included)"
            ),
        ),
        *(
            Measurement(
                f"generate {name}: {label}",
                med(f"{phase}_s"),
                note=f"loading thread's CPU {med(f'{phase}_cpu_s'):.1f} s",
            )
            for phase, label in (
                ("rows", "rows"),
                ("indexes", "indexes"),
                ("derived", "derived data"),
                ("log", "side threads' change log and search in"),
            )
        ),
    ]


def _runs(n: int) -> int:
    return 1 if n >= 500_000 else RUNS


def run() -> list[Measurement]:
    n_risks = int(os.environ.get("BENCH_GENERATE_RISKS", 1_000_000))
    n_partners = int(os.environ.get("BENCH_GENERATE_PARTNERS", 1_000_000))
    folder = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    try:
        return [
            *_case(
                f"risks {n_risks:,}",
                lambda p, t: generate_risks(p, n_risks, timings=t),
                folder,
                _runs(n_risks),
            ),
            *_case(
                f"partners {n_partners:,}",
                lambda p, t: generate_partners(p, n_partners, timings=t),
                folder,
                _runs(n_partners),
            ),
            *_case(
                "engagements 100,000",
                lambda p, t: generate_engagements(p, 100_000, timings=t),
                folder,
                RUNS,
            ),
            *_case(
                "schedule 20,000",
                lambda p, t: generate_schedule(p, 20_000, 30_000, timings=t),
                folder,
                RUNS,
            ),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
