"""Partners register on 100,000 generated partners (offscreen platform).

The database gets, besides `generate_partners`, what a register reads for each row: two
contacts per partner (one primary), a site for every other partner and 20,000 engagements
(a third of them active), then the search words every write keeps. Measured, each against
a budget of 100 ms:

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
import random
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.core import Measurement, median_time, peak_rss_mb

N_PARTNERS = 100_000
N_ENGAGEMENTS = 20_000
BUDGET_MS = 100
REPEAT = 7
FIRST = ("Anna", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas")
LAST = ("Okafor", "Müller", "Rossi", "Chen", "Kumar", "Tanaka", "Garcia", "Novak", "Dubois")
CITIES = ("Visp", "Sanford", "Raleigh", "Leiden", "Hyderabad", "Wuxi", "Monza", "Cork")


def _verdict(seconds: float) -> str:
    ms = seconds * 1000
    return f"budget {BUDGET_MS} ms: {'within' if ms <= BUDGET_MS else 'OVER'}"


def _add_people(path: Path, seed: int = 2) -> None:
    """Contacts, sites and engagements for the generated partners, in bulk."""
    import sqlalchemy as sa

    from cdmo_desktop.domain.models import Client, Contact, Engagement, Partner, PartnerSite
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.bulk import rebuild_derived

    rng = random.Random(seed)

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now}
    store = open_store(path, user="Benchmark")
    try:
        with store.engine.begin() as conn:
            ids = [r[0] for r in conn.execute(sa.select(Partner.__table__.c.id))]  # type: ignore[attr-defined]
            sites, contacts = [], []
            for i, pid in enumerate(ids):
                site_id = None
                if i % 2 == 0:
                    site_id = new_id()
                    city = rng.choice(CITIES)
                    sites.append(dict(id=site_id, partner_id=pid, name=f"{city} plant", city=city))
                for k in range(2):
                    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                    contacts.append(
                        dict(
                            id=new_id(),
                            partner_id=pid,
                            site_id=site_id if k else None,
                            name=name,
                            is_primary=k == 0,
                        )
                    )
            _bulk(conn, PartnerSite, sites, stamp)
            _bulk(conn, Contact, contacts, stamp)
            client_id = new_id()
            _bulk(conn, Client, [dict(id=client_id, name="Aurelis Therapeutics")], stamp)
            statuses = ("active", "planned", "closed")
            engagements = [
                dict(
                    id=new_id(),
                    title=f"Program {n}",
                    client_id=client_id,
                    partner_id=rng.choice(ids),
                    phase="scale_up",
                    status=statuses[n % 3],
                )
                for n in range(N_ENGAGEMENTS)
            ]
            _bulk(conn, Engagement, engagements, stamp)
        with store.engine.begin() as conn:
            rebuild_derived(conn)  # search words, sort keys, full-text index, tally
            conn.exec_driver_sql("ANALYZE")
    finally:
        store.close()


def _bulk(conn: Any, model: Any, rows: list[dict[str, Any]], stamp: dict[str, Any]) -> None:
    table = model.__table__
    defaults = {
        c.key: c.default.arg
        for c in table.columns
        if c.default is not None and getattr(c.default, "is_scalar", False)
    }
    full = [{**defaults, **stamp, **row} for row in rows]
    for start in range(0, len(full), 5000):
        conn.execute(table.insert(), full[start : start + 5000])


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
        generate_partners(path, N_PARTNERS)
        _add_people(path)
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
            while views:
                v = views.pop()
                v.close()
                v.deleteLater()
            app.processEvents()

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
