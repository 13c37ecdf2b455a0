"""Partners register on 100,000 generated partners (offscreen platform).

The database (`generate_partners`) has what a register reads for each row: one or two
contacts per partner (one primary), a site for every other partner, an engagement per 10
partners, and the search words every write keeps. Measured, each against a budget of
100 ms:

- open: PartnersView built (model ready: count and first page in SQL) and first paint;
- keystroke: one character added to the search box, filter run in SQL, table repainted
  (the 150 ms typing pause the screen waits for before searching is not counted); the
  typical case is the fifth letter of a name, a contact or a city, also reported: the
  first letter of a search, which matches nearly everyone;
- sort: a click on a column header, rows re-read in the new order and repainted, for the
  columns whose order no plain index gives (country by name, next audit due, active
  engagements, primary contact) and for name.

Caches of the register query are dropped before each timed call, as after an edit.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.core import Measurement, delete_now, median_time, peak_rss_mb

N_PARTNERS = 100_000
BUDGET_MS = 100
REPEAT = 7


def _verdict(seconds: float) -> str:
    ms = seconds * 1000
    return f"budget {BUDGET_MS} ms: {'within' if ms <= BUDGET_MS else 'OVER'}"


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from bench.generate import generate_partners
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.partners.partners import PartnersView
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.partner_list import (
        COL_ACTIVE,
        COL_CONTACT,
        COL_COUNTRY,
        COL_NAME,
        COL_NEXT_AUDIT,
    )

    app = QApplication.instance() or QApplication([])
    out: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="bench-partners-") as tmp:
        path = Path(tmp) / "partners.sqlite"
        open_store(path).close()
        generate_partners(path, N_PARTNERS)  # with sites, contacts, engagements, search words
        store = open_store(path, user="Benchmark")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(store, settings)
        views: list[PartnersView] = []

        def open_view() -> None:
            view = PartnersView(ctx)
            view.resize(1280, 800)
            view.show()
            view.table.viewport().repaint()
            views.append(view)

        def close_views() -> None:
            delete_now(*views)  # really deleted: leftover views would answer notices
            views.clear()

        t_open = median_time(open_view, repeat=REPEAT, setup=close_views)
        out.append(
            Measurement("partners: open (first page painted)", t_open, note=_verdict(t_open))
        )
        view = views[-1]
        app.processEvents()

        def search(text: str) -> None:
            view.search_edit.setText(text)
            view.apply_filters()
            view.table.viewport().repaint()

        for label, before, after in (
            ("name", "kestr", "kestre"),
            ("contact", "okaf", "okafo"),
            ("site city", "sanfo", "sanfor"),
            ("first letter", "", "k"),
        ):

            def prepare(text: str = before) -> None:
                search(text)

            t = median_time(lambda a=after: search(a), repeat=REPEAT, setup=prepare)
            matches = view.model.total
            out.append(
                Measurement(
                    f"partners: search keystroke, {label} ({before!r} -> {after!r})",
                    t,
                    note=f"{matches:,} matches; {_verdict(t)}",
                )
            )
        search("")
        header = view.table.horizontalHeader()
        for label, column in (
            ("name, descending", COL_NAME),
            ("country by name", COL_COUNTRY),
            ("next audit due", COL_NEXT_AUDIT),
            ("active engagements", COL_ACTIVE),
            ("primary contact", COL_CONTACT),
        ):

            def reset() -> None:
                header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)

            def click(col: int = column) -> None:
                header.setSortIndicator(col, Qt.SortOrder.DescendingOrder)
                view.table.viewport().repaint()

            t = median_time(click, repeat=REPEAT, setup=reset)
            out.append(Measurement(f"partners: sort by {label}", t, note=_verdict(t)))
        close_views()
        store.close()
    peak = peak_rss_mb()
    for m in out:
        m.peak_mb = peak
    return out
