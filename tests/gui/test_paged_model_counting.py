"""A paged model that counts in the background (`count_in_background`): the GUI thread never
counts, the rows show at once and the count when it arrives, and an older count never
overwrites a newer one."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from cdmo_desktop.gui.models.paged import PagedTableModel, prepare_view
from cdmo_desktop.gui.workers import wait_for_jobs
from tests.paged_support import FakeRow, FakeSource

pytestmark = pytest.mark.gui


class CountingSource(FakeSource):
    """Records the thread of every count; a count of filters in `held` waits for `release`."""

    def __init__(self, n: int) -> None:
        super().__init__(FakeSource.numbered(n).rows.values())
        self.threads: list[threading.Thread] = []
        self.held: set[str] = set()
        self.release = threading.Event()

    def count(self, filters: dict[str, Any]) -> int:
        self.threads.append(threading.current_thread())
        if str(filters.get("text", "")) in self.held:
            assert self.release.wait(10)
        return super().count(filters)


class BackgroundModel(PagedTableModel[FakeRow]):
    count_in_background = True


def _view(qtbot: Any, source: CountingSource) -> tuple[QTableView, BackgroundModel]:
    model = BackgroundModel(source)
    model.page_size = 50
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    prepare_view(view, model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def _counted(qtbot: Any, model: BackgroundModel) -> None:
    qtbot.waitUntil(lambda: not model.counting, timeout=5000)


def test_every_count_is_read_off_the_gui_thread(qtbot: Any) -> None:
    source = CountingSource(5_000)
    view, model = _view(qtbot, source)
    model.set_filters({"text": "row 0000"})
    assert model.counting and not model.total_known
    assert model.rowCount() == 2 * model.page_size  # the first page and one more, at once
    assert view.model().index(0, 0).data() == "Row 0000000"
    _counted(qtbot, model)
    assert model.total_known and model.rowCount() == model.total == 1_000
    source.remove("id0000001")
    model.refresh()  # the count kept until the new one arrives
    assert model.counting and model.rowCount() == 1_000
    _counted(qtbot, model)
    assert model.rowCount() == 999
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 999
    _counted(qtbot, model)
    model.set_filters({"text": "row 000001"})  # one page: every row known at once
    assert model.total_known and model.rowCount() == 10
    _counted(qtbot, model)
    assert model.rowCount() == 10
    assert source.threads and threading.main_thread() not in source.threads


def test_rows_past_the_first_pages_are_read_by_offset_until_counted(qtbot: Any) -> None:
    source = CountingSource(5_000)
    source.held = {"row 00"}
    _shown, model = _view(qtbot, source)
    model.set_filters({"text": "row 00"})
    model._pages.clear()  # the first page let go: the second is read at its offset
    source.reset_calls()
    assert model.row_at(model.page_size).name == f"Row {model.page_size:07d}"
    assert source.calls["fetch_at"] == 1 and source.calls["fetch_before"] == 0
    source.release.set()
    _counted(qtbot, model)
    assert model.rowCount() == 5_000


def test_an_older_count_arriving_last_is_dropped(qtbot: Any) -> None:
    source = CountingSource(5_000)
    source.held = {"row 00"}
    _shown, model = _view(qtbot, source)
    model.set_filters({"text": "row 00"})  # 5,000 rows, its count held back
    model.set_filters({"text": "row 0000"})  # 1,000 rows
    qtbot.waitUntil(lambda: model.rowCount() == 1_000, timeout=5000)
    assert not model.counting
    source.release.set()  # the older count (5,000) arrives now
    assert wait_for_jobs()
    for _ in range(5):
        QApplication.processEvents()
    assert model.rowCount() == model.total == 1_000
    assert model.filters == {"text": "row 0000"}


def test_a_count_that_changed_under_a_refresh_lays_the_rows_out_again(qtbot: Any) -> None:
    source = CountingSource(500)
    view, model = _view(qtbot, source)
    model.set_filters({})
    _counted(qtbot, model)
    view.scrollToBottom()
    QApplication.processEvents()
    last = model.key_at(499)
    source.add(FakeRow("zz", "Row 9999999 added", 1))
    model.refresh()
    _counted(qtbot, model)
    assert model.rowCount() == 501
    assert model.key_at(499) == last and model.key_at(500) == "zz"
