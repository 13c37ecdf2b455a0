"""KPIs on a big portfolio: 2,000 engagements x 10 KPIs x 36 months (720,000 values), each
engagement with 10 risks and 5 milestones.

Measures:
- status report: the PDF with its KPI section against the same report without it (A/B
  interleaved), from a snapshot (layout only) and end to end (snapshot read + PDF, the KPI
  read left out of the snapshot for the baseline). Goal: within 1.2x.
- the store reads behind the KPI screens (goal under 100 ms each): an engagement's KPI
  rows (open / change engagement), its entry grid, entering one value (one write, one undo
  step), a partner's scorecard, the portfolio tile (KPIs off target: count and list) and
  the agenda's missing values.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from bench.core import Measurement, interleaved, median_time

N_ENGAGEMENTS = 2000
ROUNDS = 9
REPEAT = 9
RATIO_GOAL = 1.2
BUDGET_MS = 100
TODAY = date(2026, 11, 20)


def _budget(seconds: float) -> str:
    verdict = "within" if seconds * 1000 <= BUDGET_MS else "OVER"
    return f"budget {BUDGET_MS} ms: {verdict}"


def _ratio_note(with_s: float, without_s: float) -> str:
    ratio = with_s / without_s
    verdict = "within" if ratio <= RATIO_GOAL else "OVER"
    return f"goal {RATIO_GOAL}x: {verdict}"


def _median(times: list[float]) -> float:
    import statistics

    return statistics.median(times)


def run() -> list[Measurement]:
    from sqlmodel import col, select

    from bench.generate import cached_database, copy_database
    from cdmo_desktop.domain import clock
    from cdmo_desktop.domain.models import Engagement
    from cdmo_desktop.reports.status_report import build_status_report
    from cdmo_desktop.store import open_store, snapshots
    from cdmo_desktop.store.kpi_edits import MeasurementEntry, set_measurements
    from cdmo_desktop.store.kpis import (
        engagement_kpis,
        kpis_off_target,
        measurement_grid,
        missing_kpi_values,
        off_target_kpis,
        partner_scorecard,
    )
    from cdmo_desktop.store.status_reports import default_form

    source, _ = cached_database("kpis", N_ENGAGEMENTS)
    out: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="bench-kpis-") as tmp, clock.frozen(TODAY):
        folder = Path(tmp)
        path = folder / "kpis.sqlite"
        copy_database(source, path)
        store = open_store(path, user="Benchmark")
        try:
            with store.read() as s:
                engagements = s.exec(
                    select(Engagement).where(col(Engagement.archived).is_(False)).limit(50)
                ).all()
            first, second = engagements[0], engagements[1]
            form = default_form(store, first.id, TODAY, "Benchmark")

            def snapshot_with() -> Any:
                with store.read() as s:
                    return snapshots.status_report_snapshot(s, first.id, form)

            real_rows = snapshots.kpi_rows

            def snapshot_without() -> Any:
                snapshots.kpi_rows = lambda *_a, **_k: []
                try:
                    return snapshot_with()
                finally:
                    snapshots.kpi_rows = real_rows

            full = snapshot_with()
            plain = replace(full, data=replace(full.data, kpis=()))
            build_status_report(full, folder / "warm.pdf")  # fonts and styles loaded
            pdf = interleaved(
                {
                    "with": lambda: build_status_report(full, folder / "a.pdf"),
                    "without": lambda: build_status_report(plain, folder / "b.pdf"),
                },
                ROUNDS,
            )
            a, b = _median(pdf["with"]), _median(pdf["without"])
            out.append(
                Measurement(
                    "status report PDF with KPI section (layout)",
                    a,
                    b,
                    note=f"{len(full.data.kpis)} KPIs; {_ratio_note(a, b)}",
                    runs=ROUNDS,
                )
            )
            whole = interleaved(
                {
                    "with": lambda: build_status_report(snapshot_with(), folder / "c.pdf"),
                    "without": lambda: build_status_report(snapshot_without(), folder / "d.pdf"),
                },
                ROUNDS,
            )
            a, b = _median(whole["with"]), _median(whole["without"])
            out.append(
                Measurement(
                    "status report with KPI section (snapshot + PDF)",
                    a,
                    b,
                    note=_ratio_note(a, b),
                    runs=ROUNDS,
                )
            )
            rows = engagement_kpis(store, first.id)
            turn = iter(range(10**6))

            def enter_value() -> None:
                n = next(turn)
                set_measurements(
                    store, [MeasurementEntry(rows[n % len(rows)].id, date(2026, 10, 1), 50.0)]
                )

            reads: list[tuple[str, Any]] = [
                ("KPI rows of an engagement (open)", lambda: engagement_kpis(store, first.id)),
                ("KPI rows of another engagement", lambda: engagement_kpis(store, second.id)),
                ("entry grid, 12 months", lambda: measurement_grid(store, first.id)),
                ("enter a value", enter_value),
                ("partner scorecard", lambda: partner_scorecard(store, first.partner_id)),
                ("KPIs off target (tile count)", lambda: kpis_off_target(store)),
                ("KPIs off target (list)", lambda: off_target_kpis(store)),
                ("KPIs off target (first 30)", lambda: off_target_kpis(store, limit=30)),
                ("missing values (agenda)", lambda: missing_kpi_values(store)),
            ]
            card = partner_scorecard(store, first.partner_id)
            for name, fn in reads:
                fn()  # warm
                seconds = median_time(fn, REPEAT)
                note = _budget(seconds)
                if name.startswith("KPIs off target"):
                    note += f"; {kpis_off_target(store)} KPIs off target"
                if name == "partner scorecard":
                    note += f"; {len(card.engagements)} engagements, {len(card.kpis)} KPIs"
                out.append(Measurement(name, seconds, note=note, runs=REPEAT))
        finally:
            store.close()
    return out
