"""Portfolio Risks screen on a big register: 100,000 risks over 2,000 engagements.

Measures, on the offscreen platform (budget 150 ms each):
- open: RisksView for the whole portfolio built (filter lists, first page of live risks
  sorted by score) and painted;
- filter: one filter change (level), register and heat map re-queried and repainted;
- search: a word typed in the search box (title, description, mitigation), same work;
- sort: one header click (by level, by next review, by engagement), register repainted;
- heat map: one refresh of the heat map (cell counts re-queried, cells redrawn).
The first showing of the heat map (counted and painted one turn after it shows) is
reported on its own line: it happens after the register has painted, not on its path.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.core import Measurement, delete_now, median_time, peak_rss_mb

N_RISKS, N_ENGAGEMENTS = 100_000, 2_000
BUDGET_MS = 150


def _note(seconds: float, extra: str = "") -> str:
    verdict = "within" if seconds * 1000 <= BUDGET_MS else "OVER"
    return f"budget {BUDGET_MS} ms: {verdict}" + (f"; {extra}" if extra else "")


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from bench.generate import generate_risks
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.risks.risks import RisksView
    from cdmo_desktop.store import open_store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-risks-") as tmp:
        path = Path(tmp) / "risks.sqlite"
        open_store(path).close()
        generate_risks(path, N_RISKS, N_ENGAGEMENTS)
        store = open_store(path, user="Benchmark")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(store, settings)
        views: list[Any] = []

        def open_view() -> None:
            view = RisksView(ctx)
            view.resize(1500, 850)
            view.show()
            view.repaint()  # the register as the user first sees it
            views.append(view)

        def close_views() -> None:
            delete_now(*views)  # really deleted: leftover views would answer notices
            views.clear()

        t_open = median_time(open_view, repeat=5, setup=close_views)
        view = views[-1]
        live = view.model.total
        start = time.perf_counter()
        view.heatmap.ensure_canvas()  # first showing: counts and a full paint
        app.processEvents()
        t_first_map = time.perf_counter() - start

        levels = iter(["critical", "high"] * 10)

        def change_filter() -> None:
            combo = view.filter_bar.level_combo
            combo.setCurrentIndex(combo.findData(next(levels)))
            view.table.viewport().repaint()
            view.heatmap.repaint()

        t_filter = median_time(change_filter, repeat=7)
        filtered = view.model.total
        combo = view.filter_bar.level_combo
        combo.setCurrentIndex(0)

        words = iter(["supplier", "batch"] * 10)

        def search() -> None:
            # What the search box applies after its typing pause (250 ms, not timed).
            view.apply_filters({**view.filter_bar.filters(), "search": next(words)})
            view.table.viewport().repaint()
            view.heatmap.repaint()

        t_search = median_time(search, repeat=6)
        found = view.model.total
        view.apply_filters(view.filter_bar.filters())

        def sorter(key: str) -> Any:
            column = view.model.column_of(key)
            orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 10)

            def sort() -> None:
                view.table.sortByColumn(column, next(orders))
                view.table.viewport().repaint()

            return sort

        t_sorts = {key: median_time(sorter(key), repeat=6) for key in ("level", "next_review")}
        t_sorts["engagement"] = median_time(sorter("engagement"), repeat=6)

        def refresh_map() -> None:
            view.refresh_heatmap()
            view.heatmap.repaint()

        t_map = median_time(refresh_map, repeat=9)
        counted = view.heatmap.counts.total
        peak = peak_rss_mb()
        close_views()
        store.close()
    return [
        Measurement(
            f"risks open portfolio ({N_RISKS // 1000}k risks, {live} live)",
            t_open,
            peak_mb=peak,
            note=_note(t_open),
        ),
        Measurement(
            "risks filter change (level), register + heat map",
            t_filter,
            note=_note(t_filter, f"{filtered} rows match"),
        ),
        Measurement(
            "risks text search, register + heat map",
            t_search,
            note=_note(t_search, f"{found} rows match; two passes over every row"),
        ),
        *(
            Measurement(f"risks sort by {key}", seconds, note=_note(seconds))
            for key, seconds in t_sorts.items()
        ),
        Measurement("risks heat map refresh", t_map, note=_note(t_map, f"{counted} risks counted")),
        Measurement(
            "risks heat map first showing",
            t_first_map,
            note="once, after the register has painted (counts, full paint)",
        ),
    ]
