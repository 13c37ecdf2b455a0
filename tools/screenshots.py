"""Screenshots of every screen, partner tab and workspace tab of the demo portfolio.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT --scheme dark
    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT --language de
    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT \
        --scheme light --size 1280x720

A fresh demo portfolio (for today) in a temporary folder, the main window at `--size`
(logical pixels: at QT_SCALE_FACTOR=1.5, 1280x720 fills a 1920x1080 screen) in the light or
dark theme, in English or German (`--language de`: the app's and Qt's German catalogues, as
after choosing Deutsch in Preferences); one PNG per page, numbered in the order they are
shown.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of every screen (offscreen).")
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--language", choices=("en", "de"), default="en")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTableView
    from sqlmodel import select

    app = QApplication(sys.argv[:1])
    from cdmo_desktop.domain.models import Engagement, Partner
    from cdmo_desktop.gui import i18n, theme
    from cdmo_desktop.gui import settings as keys
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.engagements import workspace, workspace_records
    from cdmo_desktop.gui.engagements.workspace import TAB_KEYS, EngagementWorkspace
    from cdmo_desktop.gui.kpis.trend_chart import KpiTrendChart
    from cdmo_desktop.gui.main_window import MainWindow
    from cdmo_desktop.gui.pages import SCREENS
    from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.demo import populate

    folder = Path(tempfile.mkdtemp(prefix="cdmo-screenshots-"))
    store = open_store(folder / "demo.sqlite", user="Screenshots")
    populate(store, today=date.today())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("consultant/name", "Screenshots")
    keys.set(settings, keys.LANGUAGE, args.language)
    i18n.install(app, settings)  # as at start: before any window is built
    theme.apply(app, args.scheme)

    # Leaving a page never asks about unsaved changes here: nothing is edited.
    def discard(_parent: object, _what: object) -> str:
        return "discard"

    workspace.ask_unsaved = discard  # type: ignore[assignment]
    workspace_records.ask_unsaved = discard  # type: ignore[assignment]
    window = MainWindow(AppContext(store, settings), remember_database=False)
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def shot(name: str) -> None:
        settle()
        path = args.out / f"{len(shots) + 1:02d}-{name}.png"
        window.grab().save(str(path))
        shots.append(path)

    settle(1.0)
    for screen in SCREENS:
        window.show_screen(screen.key)
        settle(0.8)
        shot(screen.key)
    with store.read() as s:
        engagement = s.exec(select(Engagement).order_by(Engagement.title)).first()
        partner = s.exec(select(Partner).order_by(Partner.name)).first()
    assert engagement is not None and partner is not None
    window.open_partner(partner.id)
    profile = window.stack.currentWidget()
    assert isinstance(profile, PartnerProfileView)
    for i in range(profile.ui.tabs.count()):
        profile.ui.tabs.setCurrentIndex(i)
        tab = profile.ui.tabs.tabText(i).replace("&", "")
        shot("partner-" + "".join(c if c.isalnum() else "_" for c in tab))
    window.open_engagement(engagement.id)
    page = window.stack.currentWidget()
    assert isinstance(page, EngagementWorkspace)
    for key in TAB_KEYS:
        page.show_tab(key)
        settle()
        charts = [c for c in page.findChildren(KpiTrendChart) if c.isVisible()]
        for _ in range(100):  # matplotlib loads on a thread of its own
            if all(c.ready for c in charts):
                break
            settle(0.2)
        shot("workspace-" + key)
    table = page.findChild(QTableView, "kpiTable")
    if table is not None and table.model().rowCount() > 1:  # a KPI with values: its chart
        table.selectRow(1)
        settle(1.0)
        shot("workspace-kpis-chart")
    store.close()
    print(f"{len(shots)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
