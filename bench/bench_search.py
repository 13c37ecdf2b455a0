"""The search across everything (Ctrl+K, store.search_everything) as the popup runs it:
the first keystroke (one letter: the broadest search) and refinements (more letters, a
second word, a word nothing has), at the demo portfolio's size and at 100,000 risks
(bench.generate's risk portfolio: 2,000 engagements, their milestones, partners and
clients, and the change log's entry per row). Each search is every kind's tiers and
counts plus the change log's latest entries of the records found.

Medians of RUNS calls after a first (cold) one, on SQLite; the PostgreSQL side of the same
full-text condition is measured by `python -m bench search_backends`.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from bench.core import Measurement

RUNS = 7
N_RISKS = 100_000
DEMO_SEARCHES = {
    "first_keystroke": "s",
    "refine_3_letters": "sup",
    "refine_word": "supply",
    "two_words": "supply fill",
    "no_match": "zzq",
}
SCALE_SEARCHES = {
    "first_keystroke": "s",
    "refine_2_letters": "su",
    "refine_3_letters": "sup",
    "two_words": "sup aud",
    "no_match": "zzq",
}


def _measure(name: str, fn: Callable[[], Any], rows: int, note: str) -> Measurement:
    start = time.perf_counter()
    fn()
    first = time.perf_counter() - start
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    times.sort()
    return Measurement(
        name,
        times[len(times) // 2],
        first_s=first,
        p95_s=times[-1],
        runs=RUNS,
        rows=rows,
        key=name.split("@")[0],
        note=note,
    )


def _searches(path: Path, searches: dict[str, str], size: str, rows: int) -> list[Measurement]:
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.search_everything import search

    store = open_store(path, user="Benchmark")
    out = []
    try:
        for key, typed in searches.items():
            found = search(store, typed)
            note = f"{typed!r}: " + ", ".join(f"{g.kind} {g.total}" for g in found.groups)
            out.append(_measure(f"{key}@{size}", partial(search, store, typed), rows, note))
    finally:
        store.close()
    return out


def run() -> list[Measurement]:
    from bench.generate import cached_database, copy_database
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.demo import populate

    results = []
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        demo = Path(tmp) / "demo.sqlite"
        store = open_store(demo, user="Benchmark")
        populate(store, today=date(2026, 11, 20))
        store.close()
        results += _searches(demo, DEMO_SEARCHES, "demo", 0)
        source, _ = cached_database("risks", N_RISKS)
        scale = Path(tmp) / "risks.sqlite"
        copy_database(source, scale)
        results += _searches(scale, SCALE_SEARCHES, "100k_risks", N_RISKS)
    return results
