"""The tamper-evident change log on a 100,000-risk portfolio.

- write cost: median of a risk edit (one field), an engagement edit and a new risk, each
  with the chain (seq, digest, hash: store.chain.seal in the flush hook) and without it (the
  same hook with `seal` replaced by a no-op), alternating; the ratio is with / without;
- verify: `store.audit.verify_file` (chain, triggers, every table replayed against the
  log) on the whole file;
- responsiveness: the longest gap between 10 ms timer ticks of the GUI thread while the
  window's background check (gui.audit_check, a worker thread) runs, against the same
  without it.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.core import Measurement, peak_rss_mb
from bench.generate import cached_database, copy_database

N_RISKS = 100_000
REPEAT = 15


def _writes(path: Path) -> list[Measurement]:
    from sqlmodel import select

    from cdmo_desktop.domain.enums import RiskCategory
    from cdmo_desktop.domain.models import Engagement, Risk
    from cdmo_desktop.store import chain, open_store

    store = open_store(path, user="Bench")
    sealed = chain.seal
    with store.read() as s:
        risks = [r.id for r in s.exec(select(Risk).limit(2 * REPEAT + 2)).all()]
        engagements = [e.id for e in s.exec(select(Engagement).limit(2 * REPEAT + 2)).all()]
    counter = iter(range(10**6))

    def edit_risk(i: int) -> None:
        store.write(
            "Edit", lambda s: setattr(s.get(Risk, risks[i]), "title", f"Edited {next(counter)}")
        )

    def edit_engagement(i: int) -> None:
        store.write(
            "Edit",
            lambda s: setattr(
                s.get(Engagement, engagements[i]), "description", f"n {next(counter)}"
            ),
        )

    def new_risk(i: int) -> None:
        store.write(
            "Add",
            lambda s: s.add(
                Risk(
                    engagement_id=engagements[i],
                    number=0,  # numbered by the store
                    title=f"New {next(counter)}",
                    category=RiskCategory.QUALITY,
                    likelihood=2,
                    impact=3,
                )
            ),
        )

    out = []
    try:
        for name, fn in (
            ("risk edit", edit_risk),
            ("engagement edit", edit_engagement),
            ("new risk", new_risk),
        ):
            with_chain: list[float] = []
            without: list[float] = []
            for i in range(REPEAT):
                for on, times in ((True, with_chain), (False, without)):
                    chain.seal = sealed if on else (lambda _conn, _entries: None)  # type: ignore[assignment]
                    start = time.perf_counter()
                    fn(2 * i + (0 if on else 1))
                    times.append(time.perf_counter() - start)
            chain.seal = sealed
            med = sorted(with_chain)[REPEAT // 2]
            base = sorted(without)[REPEAT // 2]
            out.append(
                Measurement(
                    f"write: {name}", med, baseline_median_s=base, note="with / without the chain"
                )
            )
    finally:
        chain.seal = sealed
        store.close()
    return out


def _verify(path: Path) -> tuple[Measurement, Any]:
    from cdmo_desktop.store.audit import verify_file

    start = time.perf_counter()
    cpu = time.process_time()
    report = verify_file(path)
    wall = time.perf_counter() - start
    note = (
        f"{report.entries} entries; cpu {time.process_time() - cpu:.1f} s; {report.summary()[:60]}"
    )
    return Measurement("verify (100k risks)", wall, peak_mb=peak_rss_mb(), note=note), report


def _responsiveness(path: Path) -> list[Measurement]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from cdmo_desktop.gui.workers import Job
    from cdmo_desktop.store.audit import verify_file

    app = QApplication.instance() or QApplication([])

    def longest_gap(seconds: float | None, job: Job | None) -> tuple[float, int, int]:
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]
        timer = QTimer()
        timer.setInterval(10)

        def tick() -> None:
            now = clock.elapsed()
            gaps.append((now - last[0]) / 1000)
            last[0] = now
            if (job is not None and job.wait(0)) or (seconds is not None and now > seconds * 1000):
                timer.stop()
                app.quit()

        timer.timeout.connect(tick)
        timer.start()
        if job is not None:
            job.start()
        app.exec()
        return max(gaps), len(gaps), sum(1 for g in gaps if g > 0.05)

    job = Job(lambda _p: verify_file(path))
    busy, ticks, slow = longest_gap(None, job)
    idle, _, _ = longest_gap(3.0, None)
    return [
        Measurement(
            "GUI thread: longest 10 ms tick gap during the background check",
            busy,
            baseline_median_s=idle,
            note=f"{ticks} ticks, {slow} over 50 ms; baseline: idle for 3 s",
        )
    ]


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    source, _timings = cached_database("risks", N_RISKS)
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        path = Path(tmp) / "risks.sqlite"
        copy_database(source, path)
        verify, _report = _verify(path)
        out = [verify, *_responsiveness(path), *_writes(path)]
    return out
