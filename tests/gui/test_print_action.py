"""File > Print… (Ctrl+P) in the main window prints what the screen on show holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.reports import printing
from cdmo_desktop.gui.reports.print_action import print_current
from cdmo_desktop.gui.reports.reports import AGREEMENTS_TAB, ReportsView

pytestmark = pytest.mark.gui
TIMEOUT = 60_000


@pytest.fixture
def window(demo_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    return w


def test_print_is_in_the_file_menu_with_the_platforms_print_key(window: MainWindow) -> None:
    action = window.findChild(QAction, "printAction")
    assert action is not None
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    file_menu = window.findChild(QMenu, "fileMenu")
    assert file_menu is not None and action in file_menu.actions()


def test_where_nothing_prints_the_status_bar_says_where_printing_is(
    window: MainWindow,
) -> None:
    window.show_screen("portfolio")
    assert print_current(window) is None
    assert "Nothing to print on this screen" in window.statusBar().currentMessage()


def test_on_the_reports_screen_the_selected_agreement_is_written_then_printed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[Path] = []

    def print_pdf(_parent: object, path: Path) -> int:
        printed.append(path)
        return 1

    monkeypatch.setattr(printing, "print_pdf", print_pdf)
    keys.set(window.ctx.settings, keys.REPORTS_LAST_FOLDER, str(tmp_path))
    page = window.show_screen("reports")
    assert isinstance(page, ReportsView)
    page.ui.tabs.setCurrentIndex(AGREEMENTS_TAB)
    page.ui.agreementTable.selectRow(0)
    agreement_id = page.selected_agreement_id()
    assert agreement_id is not None
    dialog = print_current(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(printed), timeout=TIMEOUT)
    written = printed[0]
    assert written.exists() and written.parent == tmp_path and written.suffix == ".pdf"
    dialog.close()


def test_on_the_schedule_the_chart_opens_in_the_preview_and_its_file_goes_with_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    from cdmo_desktop.gui.reports.preview import PdfPreviewDialog

    window.show_screen("schedule")
    dialog = print_current(window)
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.windowTitle() == "Preview – Portfolio schedule"
    assert len(dialog.pages) >= 1 and dialog.print_action.isEnabled()
    folder = dialog.path.parent
    assert dialog.path.is_file()
    dialog.close()
    assert not folder.exists()  # the temporary chart is removed with the preview
