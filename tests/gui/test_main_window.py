"""The main window: navigation, detail pages, menus, status bar and remembered state."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from cdmo_desktop.domain.models import Client, Engagement, Partner
from cdmo_desktop.gui import database, pages
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.about import AboutDialog
from cdmo_desktop.gui.main_window import MAX_DETAIL_PAGES, MainWindow
from cdmo_desktop.gui.pages import SCREENS, FailedPage, load_class
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.portfolio.portfolio import PortfolioView
from cdmo_desktop.gui.undo import commit
from cdmo_desktop.store import open_store
from cdmo_desktop.store.backup import list_backups
from tests.gui.contrast import text_contrast

pytestmark = pytest.mark.gui


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def demo_window(demo_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    return w


def test_starts_on_the_portfolio(window: MainWindow) -> None:
    page = window.stack.currentWidget()
    assert isinstance(page, PortfolioView)
    assert window.sidebar.currentItem().text() == "Portfolio"
    assert window.screen_actions["portfolio"].isChecked()
    # The screen's own actions appear in a menu named after it.
    assert window.page_menu.title() == "&Portfolio"
    assert window.page_menu.actions() == page.actions()
    reports_page = window.show_screen("reports")
    assert window.stack.currentWidget() is reports_page
    assert window.page_menu.actions() == pages.page_actions(reports_page)


def _failed_text(page: QWidget) -> str:
    label = page.findChild(QLabel, "failedPageLabel")
    assert label is not None
    return label.text()


def test_navigation_builds_each_screen(window: MainWindow) -> None:
    for row, screen in enumerate(SCREENS):
        action = window.screen_actions[screen.key]
        assert action.shortcut() == QKeySequence(f"Ctrl+{screen.number}")
        action.trigger()
        page = window.stack.currentWidget()
        assert page is window.screen_pages[screen.key]
        assert window.sidebar.currentRow() == row
        cls = load_class(screen.module, screen.class_name)
        assert isinstance(page, cls), f"{screen.title} failed to build"
    # A second visit reuses the page instead of building another.
    count = window.stack.count()
    window.sidebar.setCurrentRow(0)
    assert window.stack.count() == count
    assert window.stack.currentWidget() is window.screen_pages["portfolio"]


def test_a_screen_that_fails_to_build_is_explained_and_logged(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from cdmo_desktop.gui.reports import reports

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the clause library is unreadable")

    monkeypatch.setattr(reports.ReportsView, "__init__", refuse)
    with caplog.at_level(logging.ERROR, logger="cdmo_desktop.gui.pages"):
        page = window.show_screen("reports")
    assert isinstance(page, FailedPage) and window.stack.currentWidget() is page
    text = _failed_text(page)
    assert "Reports could not be opened" in text and "clause library is unreadable" in text
    assert "log file" in text
    record = caplog.records[-1]
    assert "Reports" in record.getMessage() and record.exc_info is not None
    window.show_screen("portfolio")  # the other screens still work
    assert isinstance(window.stack.currentWidget(), PortfolioView)


def test_a_missing_screen_module_is_an_error_not_a_missing_feature(
    ctx: AppContext,
    caplog: pytest.LogCaptureFixture,
    qtbot: QtBot,
) -> None:
    ghost = pages.Screen("ghost", "Ghost", "no_such_screen", "GhostView", "portfolio", "")
    with caplog.at_level(logging.ERROR, logger="cdmo_desktop.gui.pages"):
        page = pages.build_screen(ghost, ctx)
    qtbot.addWidget(page)
    assert isinstance(page, FailedPage)
    text = _failed_text(page)
    assert "Ghost could not be opened" in text and "no_such_screen" in text
    assert "not available" not in text
    assert caplog.records and caplog.records[-1].exc_info is not None


def test_screens_and_heavy_libraries_load_only_when_needed(tmp_path: Path) -> None:
    """Start-up imports neither the other screens nor matplotlib/reportlab/alembic."""
    open_store(tmp_path / "db.sqlite").close()  # existing and current: no migration to run
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from PySide6.QtCore import QSettings, QSize
from cdmo_desktop.store import open_store
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
store = open_store({str(tmp_path / "db.sqlite")!r})
settings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
w = MainWindow(AppContext(store, settings))
w.show()
app.processEvents()
loaded = [m for m in ("matplotlib", "reportlab", "alembic", "cdmo_desktop.gui.partners.partners",
          "cdmo_desktop.gui.risks.risks", "cdmo_desktop.gui.reports.reports") if m in sys.modules]
print(",".join(loaded))
store.close()
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == ""


class _Rename(QUndoCommand):
    def __init__(self, target: dict[str, str], new: str) -> None:
        super().__init__(f"rename to {new}")
        self.target, self.old, self.new = target, target["name"], new

    def redo(self) -> None:
        self.target["name"] = self.new

    def undo(self) -> None:
        self.target["name"] = self.old


def _client_name(ctx: AppContext, client_id: str) -> str:
    with ctx.store.read() as s:
        client = s.get(Client, client_id)
        assert client is not None
        return client.name


def test_undo_and_redo_actions_follow_the_stack(window: MainWindow, ctx: AppContext) -> None:
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence(QKeySequence.StandardKey.Redo) in window.redo_action.shortcuts()
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    with ctx.store.session() as s:
        client = Client(name="Aurora Therapeutics")
        s.add(client)

    def rename(s: Session) -> None:
        row = s.get(Client, client.id)
        assert row is not None
        row.name = "Aurora Tx"

    commit(ctx, ctx.store.write("rename client", rename))
    assert window.undo_action.isEnabled()
    assert "rename client" in window.undo_action.text()
    window.undo_action.trigger()
    assert _client_name(ctx, client.id) == "Aurora Therapeutics"
    assert window.redo_action.isEnabled() and not window.undo_action.isEnabled()
    window.redo_action.trigger()
    assert _client_name(ctx, client.id) == "Aurora Tx"
    target = {"name": "a"}
    ctx.undo_stack.push(_Rename(target, "b"))
    assert window.undo_action.text().endswith("rename to b")


def test_geometry_and_screen_are_remembered(
    ctx: AppContext, settings: QSettings, qtbot: QtBot
) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    size = (first.minimumSizeHint().width() + 7, 530)  # the offscreen screen is 800 x 600
    first.resize(*size)
    first.close()
    assert keys.has(settings, keys.MAIN_GEOMETRY)
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size
    second.show_screen("schedule")
    second.close()
    third = MainWindow(ctx)
    qtbot.addWidget(third)
    assert third.stack.currentWidget() is third.screen_pages["schedule"]


def test_last_database_is_remembered_unless_temporary(
    ctx: AppContext,
    settings: QSettings,
    qtbot: QtBot,
) -> None:
    keys.remove(settings, keys.LAST_DATABASE)
    temporary = MainWindow(ctx, remember_database=False)
    qtbot.addWidget(temporary)
    assert not keys.has(settings, keys.LAST_DATABASE)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert Path(keys.get(settings, keys.LAST_DATABASE)) == ctx.store.path


def test_about_shows_versions_and_database(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[AboutDialog] = []

    def fake_exec(dialog: AboutDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", fake_exec)
    window.database.about_action.trigger()
    text = shown[0].ui.versionsLabel.text()
    for dist in ("SQLAlchemy", "SQLModel", "matplotlib", "reportlab"):
        assert metadata.version(dist) in text
    assert "PySide6" in text and "Qt" in text and "Python" in text
    assert str(window.ctx.store.path) in text


def test_status_bar_shows_database_and_last_save(window: MainWindow, ctx: AppContext) -> None:
    assert str(ctx.store.path) in window.db_label.text()
    assert window.saved_label.text() == ""
    ctx.announce(ctx.store.write("New client", lambda s: s.add(Client(name="Aurora"))))
    assert window.saved_label.text().startswith("Saved ")


def _engagements(ctx: AppContext) -> list[Engagement]:
    with ctx.store.read() as s:
        return list(s.exec(select(Engagement)).all())


def test_engagement_and_partner_open_as_pages_with_a_way_back(
    demo_window: MainWindow, demo_ctx: AppContext
) -> None:
    w = demo_window
    portfolio = w.stack.currentWidget()
    eng = _engagements(demo_ctx)[0]
    demo_ctx.open_engagement_requested.emit(eng.id)
    page = w.stack.currentWidget()
    assert page is not portfolio and not w.page_header.isHidden()
    assert eng.title in w.page_title.text()
    assert w.screen_actions["engagements"].isChecked()
    demo_ctx.open_partner_requested.emit(eng.partner_id)
    partner_page = w.stack.currentWidget()
    assert partner_page is not page and "Partner" in w.page_title.text()
    w.back_action.trigger()
    assert w.stack.currentWidget() is page
    demo_ctx.open_engagement_requested.emit(eng.id)  # the same engagement again: same page
    assert w.stack.currentWidget() is page
    w.back_action.trigger()
    w.back_action.trigger()
    assert w.stack.currentWidget() is portfolio and w.page_header.isHidden()


def test_detail_pages_are_capped(demo_window: MainWindow, demo_ctx: AppContext) -> None:
    with demo_ctx.store.read() as s:
        partners = [p.id for p in s.exec(select(Partner)).all()]
    ids = [e.id for e in _engagements(demo_ctx)]
    assert len(ids) + len(partners) > MAX_DETAIL_PAGES
    for eid in ids:
        demo_ctx.open_engagement_requested.emit(eid)
    for pid in partners:
        demo_ctx.open_partner_requested.emit(pid)
    assert len(demo_window.detail_pages) == MAX_DETAIL_PAGES
    for _ in range(3):  # "new partner" pages count too
        demo_ctx.open_partner_requested.emit("")
    assert len(demo_window.detail_pages) == MAX_DETAIL_PAGES
    assert demo_window.stack.count() == len(demo_window.screen_pages) + MAX_DETAIL_PAGES


class _Unsaved(QWidget):
    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def test_a_page_with_unsaved_edits_keeps_the_window_open(window: MainWindow) -> None:
    window.show()
    unsaved = _Unsaved()
    window.stack.addWidget(unsaved)
    window.close()
    assert window.isVisible()
    window.stack.removeWidget(unsaved)
    unsaved.deleteLater()
    window.close()
    assert not window.isVisible()


def test_backup_now_writes_a_backup(window: MainWindow, ctx: AppContext) -> None:
    before = len(list_backups(ctx.store.path))
    window.database.backup_action.trigger()
    backups = list_backups(ctx.store.path)
    assert len(backups) == before + 1 and backups[0].reason == "manual"
    assert str(backups[0].path) in window.statusBar().currentMessage()


def test_open_switches_to_another_database(
    window: MainWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "other.sqlite"
    s = open_store(other)
    with s.session() as session:
        session.add(Client(name="Brightwater Bio"))
    s.close()
    first = ctx.store.path
    monkeypatch.setattr(database, "choose_existing_file", lambda *a: other)
    window.database.open_action.trigger()
    assert ctx.store.path == other.absolute()
    assert str(other) in window.db_label.text()
    assert isinstance(window.stack.currentWidget(), PortfolioView)
    open_store(first).close()  # the first file was closed and unlocked


def test_open_refused_file_keeps_the_current_database(
    window: MainWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"minutes of the kickoff meeting\n" * 50)
    before = junk.read_bytes()
    messages: list[str] = []
    monkeypatch.setattr(database, "choose_existing_file", lambda *a: junk)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: messages.append(text))
    current = ctx.store.path
    window.database.open_action.trigger()
    assert ctx.store.path == current
    assert str(junk) in messages[0] and "not" in messages[0]
    assert junk.read_bytes() == before


def test_new_database_never_replaces_a_file(
    window: MainWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cdmo_desktop.gui.dialogs import passphrase

    fresh = tmp_path / "new-desk"
    monkeypatch.setattr(database, "choose_new_file", lambda *a: fresh.with_suffix(".sqlite"))
    monkeypatch.setattr(passphrase, "choose_encryption", lambda *a: True)  # not encrypted
    window.database.new_action.trigger()
    assert ctx.store.path == fresh.with_suffix(".sqlite").absolute()
    assert fresh.with_suffix(".sqlite").exists()


def test_every_screen_has_its_shipped_icon(window: MainWindow) -> None:
    from cdmo_desktop.gui.icons import app_icon, icons_dir

    for screen in SCREENS:
        assert (icons_dir() / f"{screen.icon}.svg").is_file()
    for row in range(window.sidebar.count()):
        assert not window.sidebar.item(row).icon().isNull()
    assert not app_icon().pixmap(32, 32).isNull()


def test_a_wide_page_scrolls_instead_of_widening_the_window(window: MainWindow) -> None:
    narrow = window.minimumSizeHint().width()
    wide = QWidget()
    wide.setMinimumWidth(3000)
    window.stack.addWidget(wide)
    assert window.stack.indexOf(wide) >= 0 and window.stack.widget(window.stack.indexOf(wide))
    assert window.minimumSizeHint().width() == narrow
    window.stack.setCurrentWidget(wide)
    assert window.stack.currentWidget() is wide
    window.stack.removeWidget(wide)
    assert window.stack.indexOf(wide) == -1


def _area(page: QWidget) -> QScrollArea:
    viewport = page.parentWidget()
    assert viewport is not None
    area = viewport.parentWidget()
    assert isinstance(area, QScrollArea)
    return area


class _TallTable(QTableWidget):
    """A table that would like 600 px, as a long register does."""

    def sizeHint(self) -> QSize:
        return QSize(300, 600)


def test_wrapped_text_does_not_make_a_page_scroll_on_a_short_screen(qtbot: QtBot) -> None:
    """A page holding a word-wrapped label gets the window's height, not the (taller)
    height its tables would like; it scrolls only below its minimum for its width."""
    stack = pages.PageStack()
    qtbot.addWidget(stack)
    page = QWidget()
    layout = QVBoxLayout(page)
    status = QLabel("Three milestones are late and the partner has not confirmed the date. " * 3)
    status.setWordWrap(True)
    layout.addWidget(status)
    table = _TallTable(40, 3)
    table.setMinimumHeight(120)
    layout.addWidget(table, 1)
    stack.addWidget(page)
    stack.resize(500, 300)
    stack.show()
    QApplication.processEvents()
    area = _area(page)
    width = area.viewport().width()
    assert layout.hasHeightForWidth()
    assert layout.totalMinimumHeightForWidth(width) < 300 < layout.totalHeightForWidth(width)
    assert area.verticalScrollBar().maximum() == 0
    assert page.height() == area.viewport().height()  # the table takes what is left
    stack.resize(500, 150)  # shorter than the page's minimum: its bottom is still reachable
    QApplication.processEvents()
    assert area.verticalScrollBar().maximum() > 0
    assert page.height() >= layout.totalMinimumHeightForWidth(page.width())
    assert page.width() == area.viewport().width()


def test_the_portfolio_does_not_scroll_in_a_short_window(demo_window: MainWindow) -> None:
    demo_window.resize(1272, 560)
    demo_window.show()
    page = demo_window.show_screen("portfolio")
    for _ in range(3):
        QApplication.processEvents()
    area = _area(page)
    layout = page.layout()
    assert layout is not None and layout.hasHeightForWidth()  # the tiles' wrapped details
    assert (area.horizontalScrollBar().maximum(), area.verticalScrollBar().maximum()) == (0, 0)
    assert page.height() == area.viewport().height()


def test_a_saved_new_partner_page_is_titled_after_the_partner(
    demo_window: MainWindow,
    demo_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Save)
    w = demo_window
    w.show_screen("partners")
    w.open_partner(None)
    page = w.stack.currentWidget()
    assert isinstance(page, PartnerProfileView)
    assert w.page_title.text() == "New partner"
    page.ui.nameEdit.setText("Kestrel Bioprocessing")
    assert page.save()
    qtbot.waitUntil(lambda: "Kestrel Bioprocessing" in w.page_title.text(), timeout=2000)
    assert w.page_title.text() == "Partner: Kestrel Bioprocessing"
    assert w.windowTitle().startswith("Partner: Kestrel Bioprocessing")
    # Opening the partner again (from the register, say) shows the same page...
    w.show_screen("portfolio")
    assert w.back_action.text() == "&Back to Partner: Kestrel Bioprocessing"
    assert w.open_partner(page.partner_id) is page
    # ... and a rename saved from the page retitles it.
    page.ui.nameEdit.setText("Kestrel Bioprocessing GmbH")
    assert page.save()
    qtbot.waitUntil(lambda: w.page_title.text().endswith("GmbH"), timeout=2000)
    assert w.page_title.text() == "Partner: Kestrel Bioprocessing GmbH"


def test_a_renamed_engagement_retitles_its_page_and_the_way_back(
    demo_window: MainWindow, demo_ctx: AppContext
) -> None:
    w = demo_window
    eng = _engagements(demo_ctx)[0]
    page = w.open_engagement(eng.id)
    assert w.page_title.text() == f"Engagement: {eng.title}"
    w.open_partner(eng.partner_id)
    from cdmo_desktop.gui.undo import commit
    from cdmo_desktop.store.engagement_edits import edit_engagement

    commit(demo_ctx, edit_engagement(demo_ctx.store, eng.id, {"title": "Phase 3 supply"}))
    assert w.back_action.text() == "&Back to Engagement: Phase 3 supply"
    w.back_action.trigger()
    assert w.stack.currentWidget() is page
    assert w.page_title.text() == "Engagement: Phase 3 supply"
    demo_ctx.undo_stack.undo()
    assert w.page_title.text() == f"Engagement: {eng.title}"


def test_the_page_header_title_is_readable(demo_window: MainWindow, demo_ctx: AppContext) -> None:
    demo_window.show()
    demo_window.open_engagement(_engagements(demo_ctx)[0].id)
    QApplication.processEvents()
    assert demo_window.page_title.text().startswith("Engagement: ")
    assert text_contrast(demo_window.page_title) >= 4.5


# A frame the window manager adds around the window: a 32 px title bar and 4 px borders.
TITLE_BAR, BORDER = 32, 4
# GNOME's window manager maximises a new window whose frame covers more than 80 % of the
# work area.
AUTO_MAXIMISE_SHARE = 0.8


def _frame_share(rect: QRect, available: QRect) -> float:
    frame = rect.adjusted(-BORDER, -TITLE_BAR, BORDER, BORDER)
    assert available.contains(frame), f"{frame} is not within {available}"
    return frame.width() * frame.height() / (available.width() * available.height())


def test_first_start_window_fits_a_small_laptop_screen() -> None:
    from cdmo_desktop.gui.window_state import default_window_rect

    laptop = QRect(0, 0, 1366, 728)  # 1366x768 less a 40 px task bar
    rect = default_window_rect(laptop)
    assert laptop.contains(rect) and _frame_share(rect, laptop) < AUTO_MAXIMISE_SHARE
    frame_centre = rect.adjusted(-BORDER, -TITLE_BAR, BORDER, BORDER).center()
    assert (frame_centre - laptop.center()).manhattanLength() <= 2
    big = QRect(0, 0, 2560, 1400)
    assert default_window_rect(big).size().toTuple() == (1280, 800)


def test_first_start_on_a_1366x768_screen_is_not_maximised(tmp_path: Path) -> None:
    """The real window on a 1366x768 screen with no remembered geometry: it fits the
    screen's available area, is not maximised, and its frame stays below the share at
    which a window manager maximises a new window."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    open_store(tmp_path / "db.sqlite").close()
    script = f"""
from PySide6.QtCore import QSettings
from cdmo_desktop.gui.app import ensure_application
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.store import open_store
app = ensure_application()
store = open_store({str(tmp_path / "db.sqlite")!r})
settings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
w = MainWindow(AppContext(store, settings))
w.show()
app.processEvents()
print(*w.geometry().getRect(), *w.screen().availableGeometry().getRect(), w.isMaximized())
w.close()
store.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert out.returncode == 0, out.stderr
    *numbers, maximised = out.stdout.split()
    x, y, w, h, ax, ay, aw, ah = map(int, numbers)
    available = QRect(ax, ay, aw, ah)
    assert available.size().toTuple() == (1366, 768) and maximised == "False"
    assert _frame_share(QRect(x, y, w, h), available) < AUTO_MAXIMISE_SHARE
