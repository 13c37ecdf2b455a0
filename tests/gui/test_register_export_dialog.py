"""File > Export… writes a register to CSV or XLSX on a worker thread (Cancel leaves no
file), and a table's "Export these rows…" writes the rows it shows in its filter and order."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Risk
from cdmo_desktop.exchange import sheets
from cdmo_desktop.exchange.sheets import read_sheet
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.workspace_records import EXPORT_KINDS
from cdmo_desktop.gui.exchange import row_export
from cdmo_desktop.gui.exchange.register_export import RegisterExportDialog
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.models.paged import PagedTableModel
from cdmo_desktop.store import exports

pytestmark = pytest.mark.gui


@pytest.fixture
def window(demo_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _dialog(window: MainWindow, qtbot: QtBot) -> RegisterExportDialog:
    window.export_action.trigger()
    dialog = window.findChild(RegisterExportDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def _finish(qtbot: QtBot, dialog: RegisterExportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)


def test_file_export_writes_the_chosen_register_for_one_engagement(
    window: MainWindow, demo_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(window, qtbot)
    ui = dialog.ui
    ui.registerCombo.setCurrentIndex(ui.registerCombo.findData("risks"))
    ui.engagementCombo.setCurrentIndex(1)
    engagement_id = ui.engagementCombo.currentData()
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("xlsx"))
    assert ui.pathEdit.text().endswith(".xlsx")
    out = tmp_path / "risks.xlsx"
    ui.pathEdit.setText(str(out))
    ui.exportButton.click()
    assert ui.closeButton.text() == "Cancel"
    _finish(qtbot, dialog)
    with demo_ctx.store.read() as s:
        mine = {r.id for r in s.exec(select(Risk).where(Risk.engagement_id == engagement_id))}
    _, rows = read_sheet(out)
    assert {r[0] for r in rows} == mine
    assert f"Wrote {len(mine)} rows" in ui.statusLabel.text()
    assert ui.closeButton.text() == "Close"


def test_a_bad_extension_is_explained_and_nothing_runs(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(window, qtbot)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.ui.pathEdit.setText(str(folder / "risks.ods"))
    dialog.ui.exportButton.click()
    assert not dialog.running
    assert ".csv or .xlsx" in dialog.ui.statusLabel.text()
    assert list(folder.iterdir()) == []


def test_cancel_stops_the_export_and_leaves_no_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets, "PROGRESS_EVERY", 1)
    released = threading.Event()
    real_rows = exports.export_rows

    def held_rows(*args: Any, **kw: Any) -> Iterator[tuple[Any, ...]]:
        for n, row in enumerate(real_rows(*args, **kw)):
            yield row
            if n == 0:  # the worker waits here until the user has pressed Cancel
                released.wait(10)

    monkeypatch.setattr(exports, "export_rows", held_rows)
    dialog = _dialog(window, qtbot)
    ui = dialog.ui
    ui.registerCombo.setCurrentIndex(ui.registerCombo.findData("changes"))
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("csv"))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "changes.csv"
    ui.pathEdit.setText(str(out))
    dialog.start(out)
    ui.closeButton.click()  # Cancel
    assert ui.statusLabel.text() == "Cancelling…"
    released.set()
    _finish(qtbot, dialog)
    assert ui.statusLabel.text() == "Cancelled: nothing was written."
    assert list(folder.iterdir()) == []


def test_workbook_is_xlsx_only(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(window, qtbot)
    ui = dialog.ui
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("csv"))
    ui.registerCombo.setCurrentIndex(ui.registerCombo.findData("workbook"))
    assert dialog.fmt == "xlsx" and ui.pathEdit.text().endswith(".xlsx")


def test_export_these_rows_keeps_the_filter_and_order(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    page = window.show_screen("risks")
    table = page.findChild(QTableView, "riskTable")
    assert table is not None
    model = table.model()
    assert isinstance(model, PagedTableModel)
    table.sortByColumn(1, table.horizontalHeader().sortIndicatorOrder())  # title
    filters = dict(model.filters)
    filters["category"] = "quality"
    model.set_filters(filters)
    shown = [model.key_at(r) for r in range(model.rowCount())]
    assert len(shown) > 0
    menu = QMenu()
    action = row_export.export_rows_action(menu, window.ctx, table, "risks")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(RegisterExportDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not dialog.ui.registerCombo.isEnabled()
    assert f"the {len(shown)} rows shown" in dialog.ui.registerCombo.currentText()
    out = tmp_path / "quality.csv"
    dialog.start(out)
    _finish(qtbot, dialog)
    header, rows = read_sheet(out)
    assert [r[0] for r in rows] == shown
    assert {r[header.index("Category")] for r in rows} == {"Quality"}


def _menu_actions(view: QTableView) -> list[str]:
    view.customContextMenuRequested.emit(view.viewport().rect().center())
    menus = view.findChildren(QMenu, "tableContextMenu")
    assert menus, view.objectName()
    menu = menus[-1]
    names = [a.objectName() for a in menu.actions()]
    menu.close()
    return names


def test_register_tables_offer_export_these_rows(window: MainWindow, demo_ctx: AppContext) -> None:
    engagements = window.show_screen("engagements").findChild(QTableView, "engagementsTable")
    assert engagements is not None
    assert "exportRowsAction" in _menu_actions(engagements)
    with demo_ctx.store.read() as s:
        risk = s.exec(select(Risk)).first()
    assert risk is not None
    page = window.open_engagement(risk.engagement_id)
    editors = [page.findChild(QWidget, f"{noun.replace(' ', '_')}_editor") for noun in EXPORT_KINDS]
    for editor in editors:
        assert editor is not None
        table = editor.findChild(QTableView)
        assert table is not None and "exportRowsAction" in _menu_actions(table)
