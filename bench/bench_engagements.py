"""Engagements screen on a big portfolio (20,000 engagements) and the workspace on the demo.

Measures, on the offscreen platform (budget 150 ms each):
- open: EngagementsView built (filter lists, count, first page sorted by title) and painted;
- search: the words the search box applies after its typing pause;
- filter: one status filter change;
- sort: one header click by phase (lifecycle order) and by end date;
- workspace: EngagementWorkspace of a demo engagement built and painted (charter, team and
  RACI, communication, information sharing, decisions and actions; Risks and Schedule wait
  until their tab is shown).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from bench.core import Measurement, delete_now, median_time, peak_rss_mb

N_ENGAGEMENTS = 20_000
BUDGET_MS = 150


def _note(seconds: float, extra: str = "") -> str:
    verdict = "within" if seconds * 1000 <= BUDGET_MS else "OVER"
    return f"budget {BUDGET_MS} ms: {verdict}" + (f"; {extra}" if extra else "")


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication
    from sqlmodel import select

    from bench.generate import generate_risks
    from cdmo_desktop.domain.models import Engagement
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.engagements.engagements import EngagementsView
    from cdmo_desktop.gui.engagements.workspace import EngagementWorkspace
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.demo import populate

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-engagements-") as tmp:
        path = Path(tmp) / "engagements.sqlite"
        open_store(path).close()
        generate_risks(path, 1_000, N_ENGAGEMENTS)
        store = open_store(path, user="Benchmark")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(store, settings)
        views: list[Any] = []

        def open_view() -> None:
            view = EngagementsView(ctx)
            view.resize(1400, 800)
            view.show()
            view.repaint()
            views.append(view)

        def close_views() -> None:
            delete_now(*views)  # really deleted: leftover views would answer notices
            views.clear()

        t_open = median_time(open_view, repeat=5, setup=close_views)
        view = views[-1]
        total = view.model.total
        words = iter(["program 01", "tech transfer", "batch"] * 10)

        def search() -> None:
            view.ui.searchEdit.blockSignals(True)
            view.ui.searchEdit.setText(next(words))
            view.ui.searchEdit.blockSignals(False)
            view.apply_filters()
            view.ui.engagementsTable.viewport().repaint()

        t_search = median_time(search, repeat=6)
        view.ui.searchEdit.clear()
        view.apply_filters()
        combo = view.ui.statusFilterCombo
        statuses = iter([combo.findData("active"), combo.findData("on_hold")] * 10)

        def change_filter() -> None:
            combo.setCurrentIndex(next(statuses))
            view.ui.engagementsTable.viewport().repaint()

        t_filter = median_time(change_filter, repeat=6)
        combo.setCurrentIndex(0)

        def sorter(column: int) -> Any:
            orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 10)

            def sort() -> None:
                view.ui.engagementsTable.sortByColumn(column, next(orders))
                view.ui.engagementsTable.viewport().repaint()

            return sort

        t_phase = median_time(sorter(4), repeat=6)
        t_end = median_time(sorter(7), repeat=6)
        peak = peak_rss_mb()
        close_views()
        store.close()

        demo_path = Path(tmp) / "demo.sqlite"
        demo = open_store(demo_path, user="Benchmark")
        populate(demo)
        demo_ctx = AppContext(demo, settings)
        with demo.read() as s:
            engagement_id = s.exec(select(Engagement.id)).first()
        assert engagement_id is not None
        pages: list[Any] = []

        def open_workspace() -> None:
            page = EngagementWorkspace(demo_ctx, engagement_id)
            page.resize(1400, 900)
            page.show()
            page.repaint()
            pages.append(page)

        def close_pages() -> None:
            delete_now(*pages)
            pages.clear()

        t_workspace = median_time(open_workspace, repeat=5, setup=close_pages)
        close_pages()
        demo.close()
    return [
        Measurement(
            f"engagements open list ({N_ENGAGEMENTS // 1000}k engagements)",
            t_open,
            peak_mb=peak,
            note=_note(t_open, f"{total} listed"),
        ),
        Measurement("engagements search (after typing pause)", t_search, note=_note(t_search)),
        Measurement("engagements status filter change", t_filter, note=_note(t_filter)),
        Measurement("engagements sort by phase", t_phase, note=_note(t_phase)),
        Measurement("engagements sort by end date", t_end, note=_note(t_end)),
        Measurement("engagement workspace open (demo)", t_workspace, note=_note(t_workspace)),
    ]
