"""What the main window leaves until after its first paint (the single-instance socket,
and QtNetwork with it), what it no longer does before it (animate its central widget),
and the Portfolio's column fitting, cheaper before its first paint and to the same pixel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPropertyAnimation, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import single_instance, theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.portfolio import portfolio
from cdmo_desktop.gui.portfolio.portfolio import PortfolioView
from cdmo_desktop.gui.portfolio.portfolio_tables import (
    FIT_ROWS,
    fit_columns,
    measured_rows,
    portfolio_table,
)
from cdmo_desktop.store.lock import InstanceLock
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    yield w


class _PaintSeen(QObject):
    """Notes the moment `window` itself is first painted."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self.painted = True
        return False


def test_the_window_answers_later_launches_once_it_has_painted(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    server = window.findChild(single_instance.InstanceServer, "instanceServer")
    assert server is not None
    seen = _PaintSeen(window)
    window.installEventFilter(seen)
    listened: list[tuple[bool, bool]] = []  # (painted by then, listening)
    listen = server.listen

    def noted(path: Path | None) -> bool:
        result = listen(path)
        listened.append((seen.painted, result))
        return result

    server.listen = noted  # type: ignore[method-assign]
    window.show()
    qtbot.waitUntil(lambda: server.listening)
    assert [painted for painted, ok in listened if ok] == [True]
    assert server.path == ctx.database_path.resolve()


def test_a_launch_knocks_only_while_a_window_holds_the_database(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No lock file, no window that could answer: the launch opens its own window without
    waiting for a socket; while the database is locked it asks the holder as before."""
    path = tmp_path / "desk.sqlite"
    path.write_bytes(b"")
    knocked: list[Path] = []

    def knock(p: Path) -> bool:
        knocked.append(p)
        return False

    monkeypatch.setattr(single_instance, "hand_over", knock)
    assert single_instance.hand_over_at_start(path, False, path) is False
    assert knocked == []
    lock = InstanceLock(path)
    lock.acquire()
    try:
        assert single_instance.hand_over_at_start(path, False, path) is False
        assert knocked == [path]
    finally:
        lock.release()


def test_the_central_widget_is_laid_out_without_an_animation(
    window: MainWindow, qapp: QApplication
) -> None:
    """QMainWindow animates its central widget into place (0 ms, but a running animation
    timer before the first paint) unless the style sheet says widgets do not animate."""
    theme.apply(qapp, "light")
    try:
        window.show()
        central = window.centralWidget()
        assert central is not None
        assert central.findChildren(QPropertyAnimation) == []
    finally:
        theme.reset(qapp)


def _widths(table: QTableView) -> list[int]:
    return [table.columnWidth(c) for c in range(table.model().columnCount())]


def test_the_portfolio_columns_come_out_as_qt_fits_them(
    demo_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Portfolio's first fitting (before it shows) gives every column the width Qt's
    own `resizeColumnsToContents` gives it: the window paints the same tables."""
    fast = PortfolioView(demo_ctx, today=DEMO_TODAY)
    qtbot.addWidget(fast)
    monkeypatch.setattr(portfolio, "fit_columns", lambda t: t.resizeColumnsToContents())
    by_qt = PortfolioView(demo_ctx, today=DEMO_TODAY)
    qtbot.addWidget(by_qt)
    assert fast.model.rowCount() > 0 and fast.agenda_model.rowCount() > FIT_ROWS
    assert _widths(fast.agenda_table) == _widths(by_qt.agenda_table)
    assert _widths(fast.table) == _widths(by_qt.table)
    for view in (fast, by_qt):
        view.resize(1366, 700)
        view.show()
    qtbot.waitExposed(fast)
    qtbot.waitExposed(by_qt)
    assert _widths(fast.agenda_table) == _widths(by_qt.agenda_table)
    assert _widths(fast.table) == _widths(by_qt.table)


def _table(rows: list[list[object]], holder: QWidget) -> QTableView:
    model = QStandardItemModel(len(rows), len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QStandardItem()
            if isinstance(value, QColor):
                item.setData(value, Qt.ItemDataRole.DecorationRole)
                item.setData("Amber", Qt.ItemDataRole.DisplayRole)
            elif value is not None:
                item.setData(value, Qt.ItemDataRole.DisplayRole)
            model.setItem(r, c, item)
    model.setHorizontalHeaderLabels(["When", "Status\nnow", "Count", "A long header title"])
    table = portfolio_table("fitted", holder)
    table.setModel(model)
    model.setParent(table)
    return table


def test_fitting_measures_texts_lines_numbers_and_dots_as_qt_does(qtbot: QtBot) -> None:
    rows: list[list[object]] = [
        ["3 Dec 2026", QColor("red"), 7, None],
        ["Milestone due\n12 Dec · in 8 days", None, 1234567, "x"],
        ["", QColor("green"), -3, "Wide text that sets the column"],
    ]
    rows += [[f"row {i}", None, i, "y"] for i in range(FIT_ROWS - 3)]
    # The first row Qt does not measure before the table shows, and more below it.
    wide = "A text below the rows measured, wider than any other by far"
    rows.append([wide, None, 0, ""])
    rows += [[f"row {i}", None, i, "y"] for i in range(10)]
    holder = QWidget()
    qtbot.addWidget(holder)
    fast, by_qt = _table(rows, holder), _table(rows, holder)
    assert not fast.isVisible()
    fit_columns(fast)
    by_qt.resizeColumnsToContents()
    assert _widths(fast) == _widths(by_qt)
    assert fast.columnWidth(0) < fast.fontMetrics().horizontalAdvance(wide)


def test_fitting_a_long_list_looks_at_the_rows_qt_measures_only() -> None:
    """Before the table is shown Qt measures its first `resizeContentsPrecision` rows not
    hidden: the fitting looks at those and stops, however many rows the list holds (it
    walked every row of a million-engagement Portfolio: 250 ms on every opening)."""

    class Rows:
        def __init__(self, hidden: set[int]) -> None:
            self.hidden, self.asked = hidden, 0

        def isSectionHidden(self, row: int) -> bool:
            self.asked += 1
            return row in self.hidden

    rows = Rows({1, 3})
    assert measured_rows(rows, 1_000_000, 4) == [0, 2, 4, 5]  # type: ignore[arg-type]
    assert rows.asked == 6
    every = Rows(set())
    assert measured_rows(every, 5, 0) == [0, 1, 2, 3, 4]  # type: ignore[arg-type]
