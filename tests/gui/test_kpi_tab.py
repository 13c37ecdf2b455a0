"""The KPIs tab: entering a month's values by keyboard and by paste, undo, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.kpis.grid_model import MeasurementGridModel
from cdmo_desktop.gui.kpis.kpi_dialog import KpiDialog
from cdmo_desktop.gui.kpis.kpi_tab import KpisTab
from cdmo_desktop.gui.kpis.kpi_table import KpiTableModel
from tests.gui.kpi_support import TODAY, engagement_with_kpis, measure, values_of

OCT, NOV = date(2026, 10, 1), date(2026, 11, 1)


@pytest.fixture
def setup(ctx: AppContext, qtbot) -> tuple[KpisTab, list[str]]:
    eid, ids = engagement_with_kpis(ctx.store)
    tab = KpisTab(ctx, eid, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, ids


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(text: str) -> None:
    """Keys as typed: the first opens the cell's editor, the rest go to the editor."""
    for char in text:
        QTest.keyClicks(_focus(), char)


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifier)
    QApplication.processEvents()  # Enter commits the editor on the next turn of the loop


def _cell(model: MeasurementGridModel, row: int, start: date) -> str | None:
    return model.index(row, model.column_of(start)).data()


def _start_at(tab: KpisTab, row: int, start: date) -> None:
    grid = tab.grid
    grid.setFocus()
    grid.setCurrentIndex(tab.grid_model.index(row, tab.grid_model.column_of(start)))
    assert _focus() is grid


def test_a_months_values_are_entered_by_keyboard(setup) -> None:
    tab, ids = setup
    store = tab.ctx.store
    _start_at(tab, 0, NOV)
    # Down the November column: type, Enter; each value is written as it is entered.
    for value in ("96", "88.5", "97"):
        _type(value)
        _key(Qt.Key.Key_Return)
    # The last KPI from October across to November: Tab moves right.
    tab.grid.setCurrentIndex(tab.grid_model.index(3, tab.grid_model.column_of(OCT)))
    _type("0.4")
    _key(Qt.Key.Key_Tab)
    _type("1.2")
    _key(Qt.Key.Key_Return)
    assert [values_of(store, i).get(NOV) for i in ids] == [96, 88.5, 97, 1.2]
    assert values_of(store, ids[3])[OCT] == 0.4
    assert [_cell(tab.grid_model, r, NOV) for r in range(4)] == ["96", "88.5", "97", "1.2"]
    # The KPI table follows: latest value and its status in words and colour.
    table = tab.model
    assert table.index(1, KpiTableModel.LATEST).data() == "88.5 %"
    status = table.index(1, KpiTableModel.STATUS)
    assert status.data().startswith("Amber")
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert tab.ctx.undo_stack.count() == 5  # one step per entry


def test_a_column_pasted_from_a_spreadsheet_is_one_undo_step(setup) -> None:
    tab, ids = setup
    store = tab.ctx.store
    measure(store, ids[0], {OCT: 91.0})
    tab.refresh()
    _start_at(tab, 0, OCT)
    QGuiApplication.clipboard().setText("93\r\n89.5\r\n99\r\n0.7\r\n")
    QTest.keyClick(tab.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [values_of(store, i).get(OCT) for i in ids] == [93, 89.5, 99, 0.7]
    assert tab.ctx.undo_stack.count() == 1
    tab.ctx.undo_stack.undo()
    assert [values_of(store, i).get(OCT) for i in ids] == [91, None, None, None]
    assert [_cell(tab.grid_model, r, OCT) for r in range(4)] == ["91", None, None, None]
    tab.ctx.undo_stack.redo()
    assert [_cell(tab.grid_model, r, OCT) for r in range(4)] == ["93", "89.5", "99", "0.7"]


def test_a_block_is_copied_and_pasted_elsewhere(setup) -> None:
    tab, ids = setup
    measure(tab.ctx.store, ids[0], {date(2026, 9, 1): 90.0, OCT: 92.0})
    tab.refresh()
    model = tab.grid_model
    first = model.index(0, model.column_of(date(2026, 9, 1)))
    tab.grid.select_block(first, model.index(0, model.column_of(OCT)))
    tab.grid.copy_selection()
    assert QGuiApplication.clipboard().text() == "90\t92\n"
    tab.grid.setCurrentIndex(model.index(1, model.column_of(date(2026, 9, 1))))
    assert tab.grid.paste()
    assert values_of(tab.ctx.store, ids[1]) == {date(2026, 9, 1): 90, OCT: 92}


def test_a_bad_value_is_refused_at_the_cell_and_nothing_is_written(setup) -> None:
    tab, ids = setup
    store = tab.ctx.store
    _start_at(tab, 0, NOV)
    _type("120")
    _key(Qt.Key.Key_Return)
    assert values_of(store, ids[0]) == {}
    assert "0 to 100" in tab.grid_message.text()
    assert "On-time in-full delivery, Nov 2026" in tab.grid_message.text()
    assert tab.grid.currentIndex().row() == 0  # still on the cell, not moved down
    # A paste with one bad value among good ones writes none of them.
    QGuiApplication.clipboard().setText("95\nabc\n98\n")
    assert not tab.grid.paste()
    assert all(values_of(store, i) == {} for i in ids)
    assert "not a number" in tab.grid_message.text()
    assert tab.ctx.undo_stack.count() == 0


def test_delete_clears_the_selected_cells_in_one_step(setup) -> None:
    tab, ids = setup
    store = tab.ctx.store
    measure(store, ids[0], {OCT: 92.0, NOV: 93.0})
    tab.refresh()
    model = tab.grid_model
    tab.grid.setFocus()
    tab.grid.select_block(
        model.index(0, model.column_of(OCT)), model.index(0, model.column_of(NOV))
    )
    QTest.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert values_of(store, ids[0]) == {}
    tab.ctx.undo_stack.undo()
    assert values_of(store, ids[0]) == {OCT: 92, NOV: 93}


def test_kpis_are_added_from_the_library_and_deleted_with_undo(
    setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.gui.kpis import kpi_tab as module

    tab, _ids = setup

    class Picker(module.LibraryPicker):
        def exec(self) -> int:
            self.check("right_first_time")
            self.check("otif")  # already agreed: cannot be picked twice
            return 1

    monkeypatch.setattr(module, "LibraryPicker", Picker)
    tab.add_library_button.click()
    names = [tab.model.row_at(r).name for r in range(tab.model.rowCount())]
    assert names[-1] == "Right-first-time batches" and len(names) == 5
    assert tab.grid_model.rowCount() == 5
    tab.table.selectRow(4)
    tab.delete_button.click()
    assert tab.model.rowCount() == 4
    assert "Undo (Ctrl+Z)" in tab.status_label.text()
    tab.ctx.undo_stack.undo()
    assert tab.model.rowCount() == 5


def _line(dialog: KpiDialog, name: str) -> QLineEdit:
    field = dialog.fields[name]
    assert isinstance(field, QLineEdit)
    return field


def test_a_threshold_on_the_wrong_side_is_refused_next_to_the_field(ctx: AppContext, qtbot) -> None:
    from cdmo_desktop.store import kpis

    eid, ids = engagement_with_kpis(ctx.store)
    dialog = KpiDialog(ctx, eid, ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert _line(dialog, "target").text() == "95"
    _line(dialog, "amber").setText("97")  # higher is better: amber above the target
    _line(dialog, "red").setText("eighty")
    assert not dialog.save()
    assert "“eighty” is not a number" in dialog.errors["red"].text()
    _line(dialog, "red").setText("85")
    assert not dialog.save()
    assert "cannot be above the target" in dialog.errors["amber"].text()
    row = kpis.engagement_kpis(ctx.store, eid, TODAY)[0]
    assert (row.amber, row.red) == (95, 85)  # nothing written
    _line(dialog, "amber").setText("92")
    _line(dialog, "name").setText("OTIF (shipments)")
    assert dialog.save()
    row = kpis.engagement_kpis(ctx.store, eid, TODAY)[0]
    assert (row.name, row.amber) == ("OTIF (shipments)", 92)
    assert ctx.undo_stack.count() == 1


def test_a_new_kpi_kept_in_the_library_is_offered_for_other_engagements(
    ctx: AppContext, qtbot
) -> None:
    from cdmo_desktop.store import kpis

    eid, _ids = engagement_with_kpis(ctx.store)
    dialog = KpiDialog(ctx, eid)
    qtbot.addWidget(dialog)
    _line(dialog, "name").setText("Samples shipped on time")
    _line(dialog, "target").setText("98")
    _line(dialog, "amber").setText("96")
    dialog.keep_check.setChecked(True)
    assert dialog.save()
    own = [t for t in kpis.kpi_library(ctx.store) if t.own]
    assert [(t.name, t.target, t.amber) for t in own] == [("Samples shipped on time", 98, 96)]
    assert kpis.engagement_kpis(ctx.store, eid, TODAY)[-1].library_key == own[0].key
    assert ctx.undo_stack.count() == 1  # the KPI and its library entry: one step
    ctx.undo_stack.undo()
    assert not [t for t in kpis.kpi_library(ctx.store) if t.own]
    assert len(kpis.engagement_kpis(ctx.store, eid, TODAY)) == 4


def test_the_workspace_opens_at_its_kpis_from_a_link(ctx: AppContext, qtbot) -> None:
    from cdmo_desktop.gui.engagements.workspace import EngagementWorkspace
    from cdmo_desktop.gui.main_window import MainWindow

    eid, _ids = engagement_with_kpis(ctx.store)
    window = MainWindow(ctx, remember_database=False)
    qtbot.addWidget(window)
    window.show()
    ctx.open_engagement_tab_requested.emit(eid, "kpis")
    QApplication.processEvents()
    page = window.stack.currentWidget()
    assert isinstance(page, EngagementWorkspace)
    tabs = page.ui.tabs
    assert tabs.tabText(tabs.currentIndex()) == "KPIs"
    tab = page.external["kpis"]
    assert isinstance(tab, KpisTab) and tab.isVisible()
    assert tab.model.rowCount() == 4


def test_the_kpi_names_stay_readable_in_a_narrow_tab(setup, qtbot) -> None:
    """At 150 % on a laptop the tab is ~900 px wide: before, the name column (a Stretch
    section) got what the other columns left, nothing, and every name read "…"."""
    tab, _ids = setup
    table = tab.table
    names = [table.model().index(r, KpiTableModel.NAME).data() for r in range(3)]
    for width in (760, 1200, 640):
        tab.resize(width, 600)
        qtbot.wait(20)
        column = table.columnWidth(KpiTableModel.NAME)
        shown = sum(
            table.columnWidth(c)
            for c in range(table.model().columnCount())
            if not table.isColumnHidden(c)
        )
        assert column >= table.fontMetrics().horizontalAdvance(names[0][:20]), width
        # Where there is room the name column takes it (no empty band to the right);
        # where there is not, the table scrolls sideways instead of squeezing it.
        assert shown >= table.viewport().width() - 1, width


def test_the_grid_opens_on_whole_periods_with_the_latest_in_view(setup, qtbot) -> None:
    """The grid opens scrolled to its latest periods. Scrolled by the pixel, the period at
    its left edge was cut wherever the width was not a whole number of periods ("l 2026"
    for Jul 2026, at 1366x768 and at 150 %)."""
    tab, _ids = setup
    grid = tab.grid
    last = tab.grid_model.columnCount() - 1
    for width in (1200, 911, 1013, 760):
        tab.resize(width, 600)
        qtbot.wait(20)
        tab.scroll_to_latest()
        first = grid.columnAt(0)
        assert first > 0, width  # scrolled: the earlier periods are off to the left
        assert grid.columnViewportPosition(first) == 0, width
        right = grid.columnViewportPosition(last) + grid.columnWidth(last)
        assert 0 < right <= grid.viewport().width(), width


def test_every_column_title_of_the_kpi_table_is_whole_in_german(german, setup) -> None:
    """ "Letzte Zeiträume" is wider than the sparkline column's 110 px: it read
    ".etzte Zeiträume"."""
    tab, _ids = setup
    table = tab.table
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        # What the style needs to draw the title whole: text, margins, sort indicator.
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), title


def test_periods_read_in_german_and_whole(german, ctx: AppContext, setup) -> None:
    """The grid's months and the table's "Von" read "Okt. 2026", not "Oct 2026", and the
    widest German month ("Sept. 2026") fits its column."""
    tab, ids = setup
    measure(ctx.store, ids[0], {NOV: 97.0})
    tab.refresh()
    model = tab.grid_model
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    assert "Okt. 2026" in headers and "Sept. 2026" in headers
    assert not {"Oct 2026", "Dec 2026"} & set(headers)
    header = tab.grid.horizontalHeader()
    september = headers.index("Sept. 2026")
    assert header.sectionSize(september) >= header.sectionSizeFromContents(september).width()
    latest = {
        str(tab.table.model().index(r, KpiTableModel.LATEST_PERIOD).data())
        for r in range(tab.table.model().rowCount())
    }
    assert "Nov. 2026" in latest
