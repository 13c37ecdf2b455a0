"""Help: the bundled manual (a page per screen, F1 at the page of the screen on show,
search), Help > Keyboard shortcuts generated from the window's actions, and About with
versions, paths and "Copy diagnostics"."""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.gui import help as manual
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.about import AboutDialog, diagnostics
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.pages import DETAILS, SCREENS
from cdmo_desktop.store.revisions import HEAD_REVISION

pytestmark = pytest.mark.gui


@pytest.fixture
def window(demo_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    return w


def test_every_screen_and_detail_page_has_a_manual_page_with_tasks_and_shortcuts() -> None:
    for key in [s.key for s in SCREENS] + list(DETAILS):
        name = manual.PAGE_OF[key]
        source = (manual.manual_dir() / name).read_text(encoding="utf-8")
        assert "<ol>" in source and "<li>" in source, name  # steps to follow
        page = next(p for p in manual.manual_pages() if p.name == name)
        assert len(page.text.split()) > 80, name  # real content, not a stub
    for page in manual.manual_pages():  # every link inside the manual leads somewhere
        source = (manual.manual_dir() / page.name).read_text(encoding="utf-8")
        for target in re.findall(r'href="([^"#:]+)"', source):
            assert (manual.manual_dir() / target).is_file(), (page.name, target)


def test_f1_opens_the_manual_at_the_page_of_the_screen_on_show(
    window: MainWindow, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    assert window.help.manual_action.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )
    window.show_screen("schedule")
    window.help.manual_action.trigger()
    help_window = window.help.help_window
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_page == "schedule.html"
    assert "Set baseline" in help_window.browser.toPlainText()
    window.show_screen("risks")
    window.help.manual_action.trigger()
    assert window.help.help_window is help_window  # one manual window, turned to the page
    assert help_window.current_page == "risks.html"
    with demo_ctx.store.read() as s:
        engagement_id = s.exec(select(Engagement.id)).first()
    assert engagement_id is not None
    window.open_engagement(engagement_id)
    window.help.manual_action.trigger()
    assert help_window.current_page == "engagement.html"
    help_window.back_action.trigger()
    assert help_window.current_page == "risks.html"
    help_window.close()


def test_search_lists_the_pages_that_mention_every_word_and_enter_opens_the_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    help_window = window.help.show_manual()
    help_window.search_edit.setText("baseline")
    titles = [help_window.contents.item(r).text() for r in range(help_window.contents.count())]
    assert titles == ["Schedule"]
    qtbot.keyClick(help_window.search_edit, "\r")
    assert help_window.current_page == "schedule.html"
    assert help_window.browser.textCursor().selectedText().casefold() == "baseline"
    help_window.search_edit.setText("watermark draft")
    assert help_window.contents.item(0).text() == "Reports"
    help_window.search_edit.setText("no such word anywhere")
    assert help_window.contents.count() == 0 and "No page" in help_window.hint.text()
    help_window.search_edit.clear()
    assert help_window.contents.count() == len(manual.manual_pages())
    help_window.close()


def test_keyboard_shortcuts_are_read_from_the_windows_actions(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_screen("schedule")
    new = QAction("Frobnicate the plan", window)
    new.setShortcut(QKeySequence("Ctrl+Alt+F"))
    view_menu = window.findChild(QMenu, "viewMenu")
    assert view_menu is not None
    view_menu.addAction(new)  # a new action is listed without anyone updating a list
    dialog = window.help.show_shortcuts()
    table = dialog.table

    def cell(r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text() if item is not None else ""

    rows = {(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(table.rowCount())}
    native = QKeySequence(QKeySequence.StandardKey.Print).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert ("Print", native, "File") in rows
    assert ("Frobnicate the plan", "Ctrl+Alt+F", "View") in rows
    assert ("Portfolio", "Ctrl+1", "View") in rows
    assert ("Add milestone", "Ctrl+Shift+M", "Schedule") in rows  # the screen's own
    assert any(what == "Manual" and where == "Help" for what, _k, where in rows)
    dialog.filter_edit.setText("frobnicate")
    shown = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert len(shown) == 1
    dialog.close()


def test_about_shows_icon_licence_versions_paths_and_copies_diagnostics(
    window: MainWindow, demo_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[AboutDialog] = []

    def fake_exec(dialog: AboutDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", fake_exec)
    window.database.about_action.trigger()
    about = shown[0]
    qtbot.addWidget(about)
    text = about.ui.versionsLabel.text()
    assert sqlite3.sqlite_version in text and HEAD_REVISION in text
    assert str(demo_ctx.store.path) in text and "cdmo-desktop.log" in text
    assert "MIT" in about.ui.titleLabel.text()
    icon = about.findChild(type(about.ui.titleLabel), "appIconLabel")
    assert icon is not None and not icon.pixmap().isNull()
    about.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied == diagnostics(demo_ctx.store.path)
    for fact in ("Python", "Qt", "SQLite", HEAD_REVISION, str(demo_ctx.store.path), ".log"):
        assert fact in copied
    with demo_ctx.store.read() as s:  # no record contents
        names = [p.name for p in s.exec(select(Partner)).all()]
    assert names and not any(name in copied for name in names)
    assert "Copied" in about.copied_label.text()


def test_about_names_the_log_the_app_writes() -> None:
    from cdmo_desktop.gui.app import LOG_FILENAME
    from cdmo_desktop.gui.dialogs.about import log_file

    assert log_file().name == LOG_FILENAME


def test_diagnostics_of_a_team_server_carry_no_password() -> None:
    from cdmo_desktop.store.location import ServerURL

    url = ServerURL.parse("postgresql://dana:s3cret-pw@db.example:5432/desk")
    text = diagnostics(url.display)
    assert "s3cret-pw" not in text and "db.example" in text
