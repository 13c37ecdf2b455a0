"""The virtual paged model reads only the pages a view shows, by keyset next to what it has,
and keeps the view where it was across a refresh (source calls counted, never time)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from cdmo_desktop.gui.models.paged import PagedTableModel, prepare_view
from tests.paged_support import FakeRow, FakeSource

pytestmark = pytest.mark.gui

MILLION = 1_000_000


@pytest.fixture(scope="module")
def million() -> FakeSource:
    return FakeSource.numbered(MILLION)


def _view(qtbot, source: FakeSource) -> tuple[QTableView, PagedTableModel[FakeRow]]:
    model: PagedTableModel[FakeRow] = PagedTableModel(source)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    prepare_view(view, model)
    view.resize(1366 // 2, 768 // 2)
    model.set_filters({})
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view, model


def _top_row(view: QTableView) -> int:
    return view.rowAt(0)


def _top_name(view: QTableView) -> str:
    return str(view.model().index(_top_row(view), 0).data())


def _settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


@pytest.fixture
def small(qtbot) -> Iterator[tuple[QTableView, PagedTableModel[FakeRow], FakeSource]]:
    source = FakeSource.numbered(5_000)
    view, model = _view(qtbot, source)
    yield view, model, source


def test_the_model_passes_qtmodeltester_through_refreshes_and_sorts(qtmodeltester) -> None:
    source = FakeSource.numbered(450)
    model: PagedTableModel[FakeRow] = PagedTableModel(source)
    model.set_filters({})
    qtmodeltester.check(model)  # keeps checking every signal until the test ends
    keep = QPersistentModelIndex(model.index(1, 0))  # the tester follows rows 0-99 too
    source.add(FakeRow("new", "Row 0000000 new", 1))
    model.refresh()
    assert keep.row() == 2 and model.rowCount() == 451
    for key in ("new", "id0000000", "id0000449"):
        source.remove(key)
    model.refresh()
    assert keep.row() == 0 and model.rowCount() == 448
    assert keep.data() == "Row 0000001"
    del keep  # before the model goes
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filters({"small": True})
    assert model.rowCount() == model.total < 448


def test_opening_shows_the_top_page_with_one_fetch(qtbot) -> None:
    source = FakeSource.numbered(5_000)
    view, model = _view(qtbot, source)
    assert model.rowCount() == model.total == 5_000
    assert not model.canFetchMore(QModelIndex())
    assert _top_name(view) == "Row 0000000"
    assert source.calls == {"count": 1, "fetch": 1}


def test_ctrl_end_on_a_million_rows_reads_one_or_two_pages(qtbot, million) -> None:
    million.reset_calls()
    view, model = _view(qtbot, million)
    assert model.rowCount() == MILLION
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    million.reset_calls()
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _settle()
    assert view.currentIndex().row() == MILLION - 1
    last = view.rowAt(view.viewport().height() - 2)
    assert model.index(last, 0).data() == "Row 0999999"
    assert million.calls["fetch_at"] == 0
    assert 1 <= million.reads <= 2, million.log
    assert million.log[0] == ("fetch_before", None)


def test_scroll_to_bottom_reads_the_last_page_by_fetch_before(qtbot, million) -> None:
    view, model = _view(qtbot, million)
    million.reset_calls()
    view.scrollToBottom()
    _settle()
    assert model.index(view.rowAt(view.viewport().height() - 2), 0).data() == "Row 0999999"
    assert million.reads == 1 and million.calls["fetch_before"] == 1


def test_scrolling_page_by_page_seeks_by_keyset_and_never_jumps(qtbot, small) -> None:
    view, model, source = small
    source.reset_calls()
    bar = view.verticalScrollBar()
    for _ in range(60):  # past several pages of the model, a screenful at a time
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
        _settle()
    assert _top_row(view) > 3 * model.page_size
    assert source.calls["fetch_at"] == 0 and source.calls["fetch_after"] >= 3
    assert set(source.calls) == {"fetch_after"}
    # Every row on screen is the row at its number.
    top = _top_row(view)
    assert _top_name(view) == f"Row {top:07d}"


def test_scrolling_up_from_the_end_seeks_backwards(qtbot, million) -> None:
    view, _model = _view(qtbot, million)
    view.scrollToBottom()
    _settle()
    million.reset_calls()
    bar = view.verticalScrollBar()
    for _ in range(30):
        bar.triggerAction(bar.SliderAction.SliderPageStepSub)
        _settle()
    assert set(million.calls) == {"fetch_before"} and million.calls["fetch_before"] >= 1
    top = _top_row(view)
    assert _top_name(view) == f"Row {top:07d}"


def test_a_jump_to_the_middle_reads_one_page_with_fetch_at(qtbot, million) -> None:
    view, model = _view(qtbot, million)
    million.reset_calls()
    view.scrollTo(model.index(MILLION // 2 + 50, 0), view.ScrollHint.PositionAtTop)
    _settle()
    assert _top_name(view) == f"Row {MILLION // 2 + 50:07d}"
    assert million.calls["fetch_at"] == 1
    assert million.reads <= 2  # the window may straddle two pages: the second by keyset


def test_refresh_after_an_edit_rereads_only_the_visible_window(qtbot, million) -> None:
    view, model = _view(qtbot, million)
    target = 700_123
    view.scrollTo(model.index(target, 0), view.ScrollHint.PositionAtTop)
    _settle()
    current = target + 5
    view.setCurrentIndex(model.index(current, 0))
    _settle()
    top_before = _top_name(view)
    million.update(f"id{current:07d}", size=1)  # an edit that keeps the row's place
    million.reset_calls()
    model.refresh()
    _settle()
    assert _top_name(view) == top_before
    assert view.currentIndex().row() == current
    assert model.index(current, 1).data() == 1
    assert million.calls["count"] == 1 and million.calls["position"] == 0
    assert million.reads <= 3, million.log  # count + the window's one or two pages


def test_refresh_follows_the_current_row_when_rows_are_added_above(qtbot, small) -> None:
    view, model, source = small
    view.scrollTo(model.index(2_000, 0), view.ScrollHint.PositionAtTop)
    _settle()
    view.setCurrentIndex(model.index(2_010, 0))
    for i in range(3):
        source.add(FakeRow(f"new{i}", f"Row 0000000 new {i}", 5))  # sorts at the top
    model.refresh()
    _settle()
    assert model.rowCount() == 5_003
    assert view.currentIndex().row() == 2_013
    assert view.currentIndex().data() == "Row 0002010"
    assert _top_row(view) == 2_000  # the scroll position stays


def test_a_row_removed_by_the_edit_is_handled(qtbot, small) -> None:
    view, model, source = small
    view.scrollTo(model.index(4_990, 0), view.ScrollHint.PositionAtTop)
    _settle()
    view.setCurrentIndex(model.index(4_995, 0))
    view.selectionModel().select(
        model.index(4_995, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    source.remove("id0004995")
    source.remove("id0004999")
    model.refresh()
    _settle()
    assert model.rowCount() == model.total == 4_998
    # The row that took the removed one's place is current; nothing points past the end.
    assert view.currentIndex().row() == 4_995
    assert view.currentIndex().data() == "Row 0004996"
    assert model.index(4_997, 0).data() == "Row 0004998"
    assert model.index(4_998, 0).data() is None


def test_refresh_with_every_row_gone_empties_the_view(qtbot, small) -> None:
    view, model, source = small
    view.setCurrentIndex(model.index(3, 0))
    for key in list(source.rows):
        source.remove(key)
    model.refresh()
    _settle()
    assert model.rowCount() == 0 and not view.currentIndex().isValid()


def test_sort_shows_the_top_and_keeps_the_current_row(qtbot, small) -> None:
    view, model, source = small
    view.scrollTo(model.index(3_000, 0), view.ScrollHint.PositionAtTop)
    _settle()
    view.setCurrentIndex(model.index(3_001, 0))
    source.reset_calls()
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    _settle()
    assert _top_row(view) == 0
    assert model.sort_state == (1, False)
    assert model.index(0, 1).data() == 0
    assert view.currentIndex().data() == "Row 0003001"
    assert source.calls["position"] == 1 and source.calls["fetch_at"] <= 1


def test_a_sort_without_a_current_row_looks_up_no_row_and_keeps_hidden_columns(
    qtbot, small
) -> None:
    """A header with hidden (or resized) columns keeps an index on row 0 while the layout
    changes: that is no row of the user's, so a sort does not look for where row 0 went
    (a count of every row before it, most of a million-row register)."""
    view, _model, source = small
    view.setColumnHidden(1, True)
    view.selectionModel().clear()  # nothing current or selected
    _settle()
    assert not view.currentIndex().isValid()
    source.reset_calls()
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    _settle()
    assert source.calls["position"] == 0
    assert view.isColumnHidden(1) and not view.isColumnHidden(0)
    assert _top_row(view) == 0 and _top_name(view) == "Row 0004999"


def test_filters_show_the_top(qtbot, small) -> None:
    view, model, _source = small
    view.scrollTo(model.index(3_000, 0), view.ScrollHint.PositionAtTop)
    _settle()
    model.set_filters({"text": "row 0004", "other": ""})
    _settle()
    assert model.filters == {"text": "row 0004"}
    assert model.total == model.rowCount() == 1_000
    assert _top_row(view) == 0 and _top_name(view) == "Row 0004000"


def test_find_key_uses_cached_pages_then_position(qtbot, million) -> None:
    _shown, model = _view(qtbot, million)
    million.reset_calls()
    assert model.find_key("id0000003") == 3
    assert million.reads == 0
    assert model.find_key("id0765432", load=False) == -1
    assert model.find_key("id0765432") == 765_432
    assert million.calls == {"position": 1}
    assert model.find_key("missing") == -1
    assert model.key_at(765_432) == "id0765432"  # reads the page it is on
    assert model.row_at(765_432).name == "Row 0765432"


def test_the_cache_is_bounded(qtbot, million) -> None:
    _shown, model = _view(qtbot, million)
    for n in range(0, 200):
        model.row_at(n * 5_000)
    assert len(model._pages) == model.max_pages


def test_a_page_that_came_back_short_recounts_after_the_paint(qtbot, small) -> None:
    view, model, source = small
    for i in range(4_000, 5_000):  # removed behind the model's back, no refresh yet
        source.remove(f"id{i:07d}")
    source.reset_calls()
    view.scrollTo(model.index(4_500, 0), view.ScrollHint.PositionAtTop)
    view.viewport().repaint()  # reads the page: empty, so the model counts again later
    assert model.rowCount() == 5_000
    qtbot.waitUntil(lambda: model.rowCount() == 4_000)
    assert model.total == 4_000
    assert view.model().index(view.rowAt(0), 0).data() is not None
    assert source.calls["count"] == 1


def test_the_row_height_is_fixed(qtbot, small) -> None:
    view, _, _ = small
    header = view.verticalHeader()
    assert header.sectionResizeMode(0) == header.ResizeMode.Fixed
    assert header.defaultSectionSize() >= view.fontMetrics().height()


class _Paints(QObject):
    """Counts the paint events of a widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.n = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.n += 1
        return False


def test_a_new_filter_or_sort_paints_the_list_once(qtbot, small) -> None:
    """A search keystroke or filter change (a new row count) is laid out at once, so the
    list is painted once, not twice (a paint asks some 3,000 cells' data at 1366x768)."""
    view, model, _source = small
    paints = _Paints(view.viewport())
    _settle()
    for filters in ({"text": "row 0004"}, {"text": "row 00041"}, {}, {"small": True}):
        paints.n = 0
        model.set_filters(filters)
        for _ in range(5):
            _settle()
        assert paints.n == 1, filters
    paints.n = 0
    model.sort(1, Qt.SortOrder.DescendingOrder)
    for _ in range(5):
        _settle()
    assert paints.n == 1
