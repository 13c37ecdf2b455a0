"""The KPI screens on a big portfolio: 2,000 engagements x 10 KPIs x 36 months (720,000
measurements), on the offscreen platform; goal 100 ms each.

- open: the engagement's KPIs tab built and painted (table with sparklines, the grid of
  the last 12 months, the trend chart's panel); every repetition deletes the previous tab
  for real (bench.core.Views);
- change engagement: the KPIs tab of another engagement (a different one each time: no
  row of it read before);
- enter a value: one value typed into the grid and written (store write, undo step,
  change notice, the tab's refresh and repaint);
- scorecard refresh: a partner's scorecard (20 engagements x 10 KPIs) read and painted.

Each reports its first (cold) time apart from the median of the warm ones.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from bench.core import Measurement, Views, first_and_warm, peak_rss_mb
from bench.generate import KPI_PERIODS as PERIODS
from bench.generate import KPIS_PER_ENGAGEMENT as KPIS

N_ENGAGEMENTS = 2_000
GOAL_MS = 100
REPEAT = 9


def _measurement(name: str, timed: Any, rows: int, extra: str = "") -> Measurement:
    verdict = "within" if timed.median_s * 1000 <= GOAL_MS else "OVER"
    note = f"goal {GOAL_MS} ms: {verdict}; first {timed.first_s * 1000:.0f} ms" + (
        f"; {extra}" if extra else ""
    )
    return Measurement(
        name,
        timed.median_s,
        note=note,
        key=name.split(" (")[0],
        rows=rows,
        first_s=timed.first_s,
        p95_s=timed.p95_s,
        runs=timed.runs,
    )


def _portfolio(path: Path) -> tuple[list[str], int]:
    """The engagements that have KPIs, and how many values they hold."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        ids = [
            str(r[0])
            for r in conn.execute("SELECT DISTINCT engagement_id FROM engagement_kpi ORDER BY 1")
        ]
        n_values = int(conn.execute("SELECT count(*) FROM kpi_measurement").fetchone()[0])
    return ids, n_values


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.generate import TODAY, cached_database, copy_database
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.kpis.kpi_tab import KpisTab
    from cdmo_desktop.gui.kpis.scorecard import ScorecardPanel
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.engagements import get_engagement_row

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-kpi-") as tmp:
        path = Path(tmp) / "kpis.sqlite"
        source, _ = cached_database("kpis", N_ENGAGEMENTS)  # the same portfolio as `kpis`
        copy_database(source, path)
        engagement_ids, n_values = _portfolio(path)
        store = open_store(path, user="Benchmark")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(store, settings)
        views = Views()
        others = iter(engagement_ids[1:])

        def open_tab(engagement_id: str) -> KpisTab:
            tab = views.add(KpisTab(ctx, engagement_id, today=TODAY))
            tab.resize(1366, 640)
            tab.show()
            tab.repaint()
            return tab

        t_open = first_and_warm(lambda: open_tab(engagement_ids[0]), REPEAT, setup=views.clear)
        t_change = first_and_warm(lambda: open_tab(next(others)), REPEAT, setup=views.clear)
        views.clear()
        tab = open_tab(engagement_ids[0])
        model = tab.grid_model
        column = model.columnCount() - 2  # last month: every monthly KPI takes a value there
        values = iter(f"{90 + i % 9}.{i % 10}" for i in range(100))

        def enter() -> None:
            assert model.apply({(0, column): next(values)})
            tab.grid.viewport().repaint()
            tab.table.viewport().repaint()

        t_enter = first_and_warm(enter, REPEAT)
        undo_steps = ctx.undo_stack.count()
        views.clear()

        row = get_engagement_row(store, engagement_ids[0])
        assert row is not None
        panel = views.add(ScorecardPanel(ctx, row.partner_id, today=TODAY))
        panel.resize(1366, 640)
        panel.show()

        def refresh_scorecard() -> None:
            panel.refresh()
            panel.table.viewport().repaint()

        t_scorecard = first_and_warm(refresh_scorecard, REPEAT)
        lines = panel.model.rowCount()
        peak = peak_rss_mb()
        views.clear()
        store.close()
    size = f"{N_ENGAGEMENTS} engagements x {KPIS} KPIs x {PERIODS} months"
    return [
        Measurement(
            f"kpi data ({size})",
            0.0,
            peak_mb=peak,
            note=f"{n_values:,} measurements",
            rows=n_values,
        ),
        _measurement("kpi screen open", t_open, n_values, f"{KPIS} KPIs, 12 months shown"),
        _measurement("kpi change engagement", t_change, n_values),
        _measurement("kpi enter a value", t_enter, n_values, f"{undo_steps} undo steps"),
        _measurement("kpi scorecard refresh", t_scorecard, n_values, f"{lines} KPI lines"),
    ]
