"""Every table and tree of the window selects several rows, and Ctrl+C copies the selected
rows as tab-separated text with the header (a paged register through its row source)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.models.paged import PagedTableModel
from cdmo_desktop.gui.pages import SCREENS
from cdmo_desktop.gui.widgets import table_copy

pytestmark = pytest.mark.gui


@pytest.fixture
def window(demo_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _select(view: QAbstractItemView, rows: list[int]) -> None:
    model = view.model()
    selection = view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(model.index(row, 0), flags)


def _copy(qtbot: QtBot, view: QAbstractItemView) -> list[list[str]]:
    QGuiApplication.clipboard().clear()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.endswith("\n")
    return [line.split("\t") for line in text.splitlines()]


def _shown(view: QAbstractItemView, row: int, columns: list[int]) -> list[str]:
    model = view.model()
    return [
        table_copy.cell_text(model.index(row, c).data(Qt.ItemDataRole.DisplayRole)) for c in columns
    ]


def _headers(view: QAbstractItemView, columns: list[int]) -> list[str]:
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]


@pytest.mark.parametrize(
    ("screen", "name"),
    [("risks", "riskTable"), ("partners", "partnersTable"), ("engagements", "engagementsTable")],
)
def test_ctrl_c_copies_the_selected_rows_with_the_header(
    window: MainWindow, qtbot: QtBot, screen: str, name: str
) -> None:
    page = window.show_screen(screen)
    view = page.findChild(QTableView, name)
    assert view is not None and view.model().rowCount() >= 3
    assert view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    _select(view, [2, 0])
    lines = _copy(qtbot, view)
    columns = table_copy.visible_columns(view)
    assert lines[0] == _headers(view, columns)
    assert lines[1:] == [_shown(view, 0, columns), _shown(view, 2, columns)]


def test_hidden_and_moved_columns_copy_as_shown(window: MainWindow, qtbot: QtBot) -> None:
    view = window.show_screen("partners").findChild(QTableView, "partnersTable")
    assert view is not None
    header = view.horizontalHeader()
    header.moveSection(header.visualIndex(2), 0)
    header.setSectionHidden(1, True)
    _select(view, [1])
    lines = _copy(qtbot, view)
    columns = table_copy.visible_columns(view)
    assert columns[0] == 2 and 1 not in columns
    assert lines == [_headers(view, columns), _shown(view, 1, columns)]


def test_a_paged_register_copies_every_selected_row_through_its_source(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.show_screen("risks").findChild(QTableView, "riskTable")
    assert view is not None
    model = view.model()
    assert isinstance(model, PagedTableModel)
    model.page_size = 4  # the selection spans pages the view never read
    model.clear_cache()
    view.selectAll()
    lines = _copy(qtbot, view)
    assert len(lines) == 1 + model.rowCount()
    columns = table_copy.visible_columns(view)
    assert lines[1:] == [_shown(view, r, columns) for r in range(model.rowCount())]


def test_every_view_of_every_screen_and_page_can_copy(
    window: MainWindow, demo_ctx: AppContext
) -> None:
    for screen in SCREENS:
        window.show_screen(screen.key)
    with demo_ctx.store.read() as s:
        engagement = s.exec(select(Engagement)).first()
        partner = s.exec(select(Partner)).first()
    assert engagement is not None and partner is not None
    window.open_engagement(engagement.id)
    window.open_partner(partner.id)
    views = [*window.findChildren(QTableView), *window.findChildren(QTreeView)]
    assert len(views) >= 10
    for view in views:
        assert view.property(table_copy.INSTALLED), view.objectName()
        assert view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection, (
            view.objectName()
        )


def test_formula_text_is_neutralised_and_numbers_are_not() -> None:
    assert table_copy.cell_text("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    assert table_copy.cell_text("-12") == "-12"
    assert table_copy.cell_text("-1,250.50") == "-1,250.50"
    assert table_copy.cell_text("a\tb\nc") == "a b c"
    assert table_copy.cell_text(None) == ""
