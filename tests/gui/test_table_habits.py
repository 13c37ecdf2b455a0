"""The table habits on every table and tree of the window: a context menu whose actions act
on the selected rows (plus Copy and Select all), and a header whose widths, order, hidden
columns and sort survive a restart (saved per table; the older Portfolio and Risks settings
moved over once); the header menu hides and shows columns and resets them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QMenu,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.gui import settings as keys
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
    """The tables and trees, not the drop-down list of a combo box (gui.models.choices)."""
    lists = {id(combo.view()) for combo in root.findChildren(QComboBox)}
    views = [*root.findChildren(QTableView), *root.findChildren(QTreeView)]
    return [view for view in views if id(view) not in lists]


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
    found: dict[str, QAbstractItemView] = {}
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
    clients = views["clients"]
    assert isinstance(clients, QTableView)
    clients.sortByColumn(*sorted_by)
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


def _action(menu: QMenu, name: str) -> QAction:
    found = [a for a in menu.actions() if a.objectName() == name]
    assert found, [a.objectName() for a in menu.actions()]
    return found[0]


def test_the_context_menu_acts_on_the_selected_rows(demo_ctx: AppContext, qtbot: QtBot) -> None:
    window = _window(demo_ctx, qtbot)
    table = window.show_screen("engagements").findChild(QTableView, "engagementsTable")
    assert table is not None and table.model().rowCount() >= 3
    habits = table_habits.habits_of(table)
    assert habits is not None
    table.clearSelection()
    table.setCurrentIndex(QModelIndex())
    menu = habits.context_menu()
    assert not _action(menu, "editButtonMenuAction").isEnabled()  # nothing selected
    assert "restoreButtonMenuAction" not in [a.objectName() for a in menu.actions()]
    table.selectRow(2)
    table.selectionModel().select(
        table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    menu = habits.context_menu()
    assert _action(menu, "editButtonMenuAction").isEnabled()
    QGuiApplication.clipboard().clear()
    _action(menu, "copyRowsAction").trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    model = table.model()
    names = [model.index(r, 0).data() for r in (0, 2)]
    assert [line.split("\t")[0] for line in lines[1:]] == names
    _action(habits.context_menu(), "selectAllRowsAction").trigger()
    assert len(table.selectionModel().selectedRows()) == model.rowCount()

    with demo_ctx.store.read() as s:
        engagement = s.exec(select(Engagement)).first()
    assert engagement is not None
    page = window.open_engagement_tab(engagement.id, "decisions")
    editor = page.findChild(QWidget, "decision_editor")
    decisions = editor.findChild(QTableView) if editor is not None else None
    assert decisions is not None and decisions.model().rowCount() >= 2
    before = decisions.model().rowCount()
    decisions.selectRow(1)
    doomed = decisions.model().index(1, 0).data()
    menu = table_habits.habits_of(decisions).context_menu()  # type: ignore[union-attr]
    assert _action(menu, "exportRowsAction").isEnabled()  # the export's part of the menu
    _action(menu, "delete_action").trigger()
    model = decisions.model()
    assert model.rowCount() == before - 1
    assert doomed not in [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_header_menu_hides_shows_and_resets(demo_ctx: AppContext, qtbot: QtBot) -> None:
    window = _window(demo_ctx, qtbot)
    table = window.show_screen("engagements").findChild(QTableView, "engagementsTable")
    assert table is not None
    habits = table_habits.habits_of(table)
    assert habits is not None and habits.name == "engagements"
    header = table.horizontalHeader()
    first = header.saveState()
    widths = [header.sectionSize(c) for c in range(header.count())]
    menu = habits.header_menu()
    labels = [a.text() for a in menu.actions() if a.isCheckable()]
    model = table.model()
    assert labels == [
        " ".join(str(model.headerData(c, Qt.Orientation.Horizontal)).split())
        for c in range(header.count())
    ]
    _action(menu, "showColumn2").setChecked(False)
    assert header.isSectionHidden(2)
    assert keys.has(demo_ctx.settings, habits.setting)
    header.moveSection(3, 0)
    header.resizeSection(1, widths[1] + 40)
    _action(habits.header_menu(), "resetColumnsAction").trigger()
    assert not header.isSectionHidden(2)
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))
    assert [header.sectionSize(c) for c in range(header.count())] == widths
    assert header.saveState() == first
    assert not keys.has(demo_ctx.settings, habits.setting)
    for _ in range(header.count() - 1):  # the last column shown cannot be hidden
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        _action(habits.header_menu(), f"showColumn{shown[-1]}").setChecked(False)
    last = [a for a in habits.header_menu().actions() if a.isCheckable() and a.isChecked()]
    assert len(last) == 1 and not last[0].isEnabled()


def test_the_old_portfolio_and_risks_settings_are_moved_over_once(
    demo_ctx: AppContext, qtbot: QtBot
) -> None:
    settings = demo_ctx.settings
    first = _window(demo_ctx, qtbot)
    table = first.show_screen("portfolio").findChild(QTableView, "portfolioTable")
    assert table is not None
    table.horizontalHeader().setSectionHidden(3, True)
    table.horizontalHeader().moveSection(4, 1)
    old_state = table.horizontalHeader().saveState()
    first.close()
    new_key = keys.TABLE_HEADER.at("portfolio")
    keys.remove(settings, new_key)
    keys.set(settings, keys.PORTFOLIO_HEADER, old_state)  # as the last version left them
    old_hidden = keys.RISKS_HIDDEN_COLUMNS.at("portfolio")
    keys.set(settings, old_hidden, "owner,raised_by")

    again = _window(demo_ctx, qtbot)
    table = again.show_screen("portfolio").findChild(QTableView, "portfolioTable")
    assert table is not None
    header = table.horizontalHeader()
    assert header.isSectionHidden(3) and header.logicalIndex(1) == 4
    assert keys.has(settings, new_key) and not keys.has(settings, keys.PORTFOLIO_HEADER)
    risks = again.show_screen("risks")
    register = risks.findChild(QTableView, "riskTable")
    assert register is not None
    column = risks.model.column_of  # type: ignore[attr-defined]
    hidden = [c for c in range(register.model().columnCount()) if register.isColumnHidden(c)]
    assert hidden == sorted([column("owner"), column("raised_by")])
    assert not keys.has(settings, old_hidden)
    assert keys.has(settings, keys.TABLE_HEADER.at("risks_portfolio"))


def test_a_state_saved_for_other_columns_is_left_alone(settings: QSettings, qtbot: QtBot) -> None:
    def table(columns: int) -> QTableView:
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(QStandardItemModel(2, columns, view))
        table_habits.install(view, "sample", settings)
        view.show()
        return view

    wide = table(4)
    wide.horizontalHeader().setSectionHidden(3, True)
    assert keys.has(settings, keys.TABLE_HEADER.at("sample"))
    narrow = table(3)
    assert narrow.horizontalHeader().count() == 3
    assert not any(narrow.isColumnHidden(c) for c in range(3))
    assert not keys.has(settings, keys.TABLE_HEADER.at("sample"))  # forgotten, not misapplied


def test_every_table_of_the_dialogs_has_a_context_menu(demo_ctx: AppContext, qtbot: QtBot) -> None:
    from cdmo_desktop.domain.models import Client, Reassessment
    from cdmo_desktop.gui.engagements.client_dialog import ClientDialog
    from cdmo_desktop.gui.engagements.engagement_history import CharterHistoryDialog
    from cdmo_desktop.gui.exchange.import_wizard import ImportWizard
    from cdmo_desktop.gui.help import ShortcutsDialog
    from cdmo_desktop.gui.reassessment.editor import ReassessmentDialog
    from cdmo_desktop.gui.sync.conflicts_view import ConflictsDialog

    window = _window(demo_ctx, qtbot)
    with demo_ctx.store.read() as s:
        engagement = s.exec(select(Engagement)).first()
        client = s.exec(select(Client)).first()
        reassessment = s.exec(select(Reassessment)).first()
    assert engagement is not None and client is not None and reassessment is not None
    risks = window.show_screen("risks")
    risks.open_risk(risks.model.row_at(0).id)  # type: ignore[attr-defined]
    dialogs: list[QWidget] = [
        CharterHistoryDialog(demo_ctx, engagement.id, window),
        ClientDialog(demo_ctx, client.id, window),
        ShortcutsDialog(window, demo_ctx.settings),
        ReassessmentDialog(demo_ctx, reassessment.id, window),
        ConflictsDialog(demo_ctx, window),
        ImportWizard(demo_ctx, window),
    ]
    views = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        views += [(type(dialog).__name__, view) for view in _views(dialog)]
    views += [("RiskForm", v) for v in _views(risks) if v.objectName() == "historyView"]
    assert len(views) >= 10
    for owner, view in views:
        label = f"{owner}/{view.objectName() or type(view).__name__}"
        habits = table_habits.habits_of(view)
        assert habits is not None and habits.name, label
        assert view.contextMenuPolicy() in (
            Qt.ContextMenuPolicy.CustomContextMenu,
            Qt.ContextMenuPolicy.ActionsContextMenu,
        ), label
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
            names = [a.objectName() for a in habits.context_menu().actions()]
            assert {"copyRowsAction", "selectAllRowsAction"} <= set(names), label
    assert any(label == "RiskForm" for label, _view in views)


def test_an_open_row_action_needs_a_row_and_opens_the_current_one(
    settings: QSettings, qtbot: QtBot
) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(QStandardItemModel(3, 2, view))
    opened: list[int] = []
    view.doubleClicked.connect(lambda index: opened.append(index.row()))
    habits = table_habits.install(
        view, "sample", settings, table_habits.double_click_action(view, "Open")
    )
    view.show()
    assert not _action(habits.context_menu(), "openRowAction").isEnabled()
    view.selectRow(2)
    action = _action(habits.context_menu(), "openRowAction")
    assert action.isEnabled()
    action.trigger()
    assert opened == [2]


def test_widths_order_hidden_columns_and_sort_come_back_in_a_new_table(
    settings: QSettings, qtbot: QtBot
) -> None:
    def table() -> QTableView:
        view = QTableView()
        qtbot.addWidget(view)
        model = QStandardItemModel(3, 4, view)
        for row, word in enumerate(("pear", "apple", "fig")):
            model.setItem(row, 1, QStandardItem(word))
        view.setModel(model)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table_habits.install(view, "sample", settings)
        view.show()
        return view

    first = table()
    header = first.horizontalHeader()
    header.resizeSection(2, 177)
    header.moveSection(3, 0)
    header.setSectionHidden(0, True)
    first.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.wait(1)
    first.close()

    again = table().horizontalHeader()
    assert again.sectionSize(2) == 177
    assert [again.logicalIndex(v) for v in range(4)] == [3, 0, 1, 2]
    assert again.isSectionHidden(0)
    assert (again.sortIndicatorSection(), again.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )
    model = again.model()
    assert [model.index(r, 1).data() for r in range(3)] == ["pear", "fig", "apple"]
