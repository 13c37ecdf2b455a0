"""The table habits on every table and tree of the window: a context menu whose actions act
on the selected rows (plus Copy and Select all), and a header whose widths, order, hidden
columns and sort survive a restart (saved per table; the older Portfolio and Risks settings
moved over once); the header menu hides and shows columns and resets them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.workspace import TAB_KEYS
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.pages import SCREENS
from cdmo_desktop.gui.widgets import table_habits

pytestmark = pytest.mark.gui

# Tables whose screen lays the columns out itself: nothing of the header to remember.
FITTED_BY_THE_SCREEN = {
    "schedule": "fits the columns to the pane, keeps those chosen in SCHEDULE_COLUMNS",
    "raci": "a column per team member, stretched",
    "kpi_grid": "a column per period shown",
}


def _window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _walk(window: MainWindow, ctx: AppContext) -> Iterator[QWidget]:
    """Every screen, the first partner's page with each of its tabs and the first
    engagement's workspace with each of its tabs (each shown as the event loop shows it)."""
    for screen in SCREENS:
        yield window.show_screen(screen.key)
        QApplication.processEvents()
    with ctx.store.read() as s:
        engagement = s.exec(select(Engagement)).first()
        partner = s.exec(select(Partner)).first()
    assert engagement is not None and partner is not None
    page = window.open_partner(partner.id)
    tabs = page.ui.tabs  # type: ignore[attr-defined]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        yield page
    for key in TAB_KEYS:
        yield window.open_engagement_tab(engagement.id, key)
        QApplication.processEvents()


def _views(root: QWidget) -> list[QAbstractItemView]:
    return [*root.findChildren(QTableView), *root.findChildren(QTreeView)]


def _columns(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def test_every_table_has_a_context_menu_and_a_remembered_header(
    demo_ctx: AppContext, qtbot: QtBot
) -> None:
    window = _window(demo_ctx, qtbot)
    for _page in _walk(window, demo_ctx):
        pass
    views = _views(window)
    assert len(views) >= 20
    names: dict[str, list[str]] = {}
    missing = []
    for view in views:
        habits = table_habits.habits_of(view)
        label = f"{type(view.window()).__name__}/{view.objectName() or type(view).__name__}"
        if habits is None:
            missing.append(label)
            continue
        if habits.own_menu:  # built in the view's contextMenuEvent
            assert type(view).contextMenuEvent is not QTableView.contextMenuEvent, label
        else:
            assert view.contextMenuPolicy() in (
                Qt.ContextMenuPolicy.CustomContextMenu,
                Qt.ContextMenuPolicy.ActionsContextMenu,
            ), label
        assert habits.name and (habits.remember or habits.name in FITTED_BY_THE_SCREEN), label
        assert habits.setting.key == f"tables/{habits.name}/header"
        # One name, one kind of table (the same table of two engagements shares its layout).
        columns = _columns(view)
        assert names.setdefault(habits.name, columns) == columns, f"{label}: {habits.name}"
    assert not missing, missing


def _remembered(window: MainWindow) -> dict[str, QAbstractItemView]:
    """A view of each table name whose header is remembered, shown once (restored)."""
    found = {}
    for view in _views(window):
        habits = table_habits.habits_of(view)
        header = table_habits.header_of(view)
        if habits is None or not habits.remember or header is None or header.count() < 3:
            continue
        if habits.restored:
            found.setdefault(habits.name, view)
    return found


def _layout(view: QAbstractItemView) -> tuple[list[int], list[int]]:
    """The columns in the order shown, and the hidden ones."""
    header = table_habits.header_of(view)
    assert header is not None
    order = [header.logicalIndex(v) for v in range(header.count())]
    return order, [c for c in order if header.isSectionHidden(c)]


def test_order_hidden_columns_and_sort_survive_a_restart(
    demo_ctx: AppContext, qtbot: QtBot
) -> None:
    first = _window(demo_ctx, qtbot)
    for _page in _walk(first, demo_ctx):
        pass
    views = _remembered(first)
    assert len(views) >= 15
    wanted = {}
    for name, view in views.items():
        habits = table_habits.habits_of(view)
        header = table_habits.header_of(view)
        assert habits is not None and header is not None
        last = header.logicalIndex(header.count() - 1)
        header.moveSection(header.count() - 1, 0)  # the last column first
        movable = [c for c in range(header.count()) if c not in habits.fixed and c != last]
        header.setSectionHidden(movable[-1], True)
        wanted[name] = _layout(view)
    sorted_by = (3, Qt.SortOrder.DescendingOrder)
    views["clients"].sortByColumn(*sorted_by)
    qtbot.wait(1)  # the save after Qt marks a column hidden
    first.close()

    again = _window(demo_ctx, qtbot)
    for _page in _walk(again, demo_ctx):
        pass
    views = _remembered(again)
    assert {name: _layout(view) for name, view in views.items()} == wanted
    header = views["clients"].horizontalHeader()  # type: ignore[attr-defined]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == sorted_by
    model = views["clients"].model()
    names = [model.index(r, 3).data() or "" for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)  # sorted, not only the arrow
