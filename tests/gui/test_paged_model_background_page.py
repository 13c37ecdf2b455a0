"""A paged model that reads the first page of a search on a worker (`page_in_background`):
the keystroke never waits for the page, the view keeps the rows it shows until the page
arrives, and an older search's page or count never overwrites a newer one."""

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


class HeldSource(FakeSource):
    """Records the thread of every first page; a page or count of a search text in `held`
    waits for `release` (a slow search at a million rows)."""

    def __init__(self, n: int) -> None:
        super().__init__(FakeSource.numbered(n).rows.values())
        self.page_threads: list[threading.Thread] = []
        self.held: set[str] = set()
        self.count_held: set[str] = set()
        self.release = threading.Event()

    def _wait(self, filters: dict[str, Any], held: set[str]) -> None:
        if str(filters.get("text", "")) in held:
            assert self.release.wait(10)

    def count(self, filters: dict[str, Any]) -> int:
        self._wait(filters, self.count_held)
        return super().count(filters)

    def fetch(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        after: FakeRow | None = None,
    ) -> list[FakeRow]:
        if after is None:
            self.page_threads.append(threading.current_thread())
            self._wait(filters, self.held)
        return super().fetch(filters, sort_column, descending, limit, after)


class SearchModel(PagedTableModel[FakeRow]):
    count_in_background = True

    def page_in_background(self, filters: dict[str, Any]) -> bool:
        return bool(filters.get("text"))


def _view(qtbot: Any, source: HeldSource) -> tuple[QTableView, SearchModel]:
    model = SearchModel(source)
    model.page_size = 50
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    prepare_view(view, model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    model.set_filters({})
    qtbot.waitUntil(lambda: not model.counting, timeout=5000)
    return view, model


def _settled(qtbot: Any, model: SearchModel) -> None:
    qtbot.waitUntil(lambda: not model.reading and not model.counting, timeout=5000)


def _delivered() -> None:
    assert wait_for_jobs()
    for _ in range(5):
        QApplication.processEvents()


def test_a_search_page_is_read_off_the_gui_thread_the_rows_before_shown_meanwhile(
    qtbot: Any,
) -> None:
    source = HeldSource(5_000)
    source.held = {"row 0000"}
    view, model = _view(qtbot, source)
    source.page_threads.clear()
    model.set_filters({"text": "row 0000"})  # returns before the page is read
    assert model.reading and model.filters == {}
    assert model.rowCount() == 5_000
    assert view.model().index(1, 0).data() == "Row 0000001"
    source.release.set()
    _settled(qtbot, model)
    assert model.filters == {"text": "row 0000"}
    assert model.rowCount() == model.total == 1_000
    assert view.model().index(1, 0).data() == "Row 0000001"
    assert view.model().index(999, 0).data() == "Row 0000999"
    assert source.page_threads and threading.main_thread() not in source.page_threads


def test_an_older_search_arriving_last_never_overwrites_a_newer_one(qtbot: Any) -> None:
    source = HeldSource(5_000)
    source.held = {"row 00"}
    source.count_held = {"row 00"}
    view, model = _view(qtbot, source)
    model.set_filters({"text": "row 00"})  # 5,000 rows, its page and count held back
    model.set_filters({"text": "row 0001"})  # 1,000 rows
    qtbot.waitUntil(lambda: model.filters == {"text": "row 0001"}, timeout=5000)
    _settled(qtbot, model)
    assert model.rowCount() == model.total == 1_000
    source.release.set()  # the older page and count (5,000 rows) arrive now
    _delivered()
    assert model.filters == {"text": "row 0001"}
    assert model.rowCount() == model.total == 1_000
    assert view.model().index(0, 0).data() == "Row 0001000"
    assert not model.reading and not model.counting


def test_a_count_arriving_before_its_page_is_laid_out_with_it(qtbot: Any) -> None:
    source = HeldSource(5_000)
    source.held = {"row 0002"}
    _shown, model = _view(qtbot, source)
    settled: list[int] = []
    model.count_settled.connect(lambda: settled.append(model.rowCount()))
    model.set_filters({"text": "row 0002"})
    qtbot.waitUntil(lambda: model._early is not None, timeout=5000)  # counted, page held
    assert model.reading and model.rowCount() == 5_000
    source.release.set()
    _settled(qtbot, model)
    assert model.total_known and model.rowCount() == model.total == 1_000
    assert settled == [1_000]  # one layout, at the count


def test_a_sort_while_a_page_is_awaited_sorts_the_search_typed_last(qtbot: Any) -> None:
    source = HeldSource(5_000)
    source.held = {"row 0000"}
    _shown, model = _view(qtbot, source)
    model.set_filters({"text": "row 0000"})
    source.held = set()  # the page read again by the sort is not held
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert not model.reading and model.filters == {"text": "row 0000"}
    source.release.set()
    _delivered()
    _settled(qtbot, model)
    assert model.filters == {"text": "row 0000"}
    assert model.rowCount() == model.total == 1_000
    rows = [model.row_at(i) for i in range(1_000)]
    assert all(r.name.startswith("Row 0000") for r in rows) and len(set(rows)) == 1_000
    assert [r.size for r in rows] == sorted((r.size for r in rows), reverse=True)


def _resets(model: SearchModel) -> list[int]:
    """The row counts the list is laid out at, reset after reset."""
    laid_out: list[int] = []
    model.modelReset.connect(lambda: laid_out.append(model.rowCount()))
    return laid_out


def test_a_page_waits_a_little_for_its_count_and_is_laid_out_once(qtbot: Any) -> None:
    source = HeldSource(5_000)
    source.count_held = {"row 0002"}  # the count is in a moment after the page
    _shown, model = _view(qtbot, source)
    model.page_waits_for_count_s = 5.0
    laid_out = _resets(model)
    threading.Timer(0.2, source.release.set).start()
    model.set_filters({"text": "row 0002"})
    _settled(qtbot, model)
    assert laid_out == [1_000]  # once, at the count: never at the page's guess first
    assert model.rowCount() == model.total == 1_000


def test_a_page_waits_no_longer_than_its_model_says(qtbot: Any) -> None:
    source = HeldSource(5_000)
    source.count_held = {"row 0002"}  # held until the page is shown
    _shown, model = _view(qtbot, source)
    model.page_waits_for_count_s = 0.05
    laid_out = _resets(model)
    model.set_filters({"text": "row 0002"})
    qtbot.waitUntil(lambda: not model.reading, timeout=5000)
    assert laid_out == [100]  # the first page and a page's worth more, until the count
    source.release.set()
    _settled(qtbot, model)
    assert model.rowCount() == model.total == 1_000


def test_a_page_waits_not_at_all_once_a_count_outlasted_the_wait(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broad search at a million risks counts for longer than its page would wait: the
    next letter's page then shows as soon as it is read (its count follows) instead of
    being held back for the whole wait, which the count would outlast anyway."""
    from cdmo_desktop.gui import workers

    waits: list[float] = []  # what first pages waited for their counts, on the workers
    real_wait = workers.Job.wait

    def spied(job: workers.Job, timeout: float | None = None) -> bool:
        if threading.current_thread() is not threading.main_thread():
            waits.append(float(timeout or 0))
        return real_wait(job, timeout)

    monkeypatch.setattr(workers.Job, "wait", spied)
    source = HeldSource(5_000)
    _shown, model = _view(qtbot, source)
    model.page_waits_for_count_s = 0.1
    source.count_held = {"row 0002"}
    threading.Timer(0.4, source.release.set).start()
    model.set_filters({"text": "row 0002"})  # no count timed yet: its page waits 0.1 s
    _settled(qtbot, model)
    assert waits == [0.1] and model._counter.last_count_s >= 0.3
    source.release.clear()
    source.count_held = {"row 000"}
    laid_out = _resets(model)
    model.set_filters({"text": "row 000"})
    qtbot.waitUntil(lambda: not model.reading, timeout=5000)
    assert waits == [0.1]  # this page did not wait
    assert model.counting and laid_out == [100]  # the rows shown, the count still to come
    source.release.set()
    _settled(qtbot, model)
    assert model.rowCount() == model.total == source.count({"text": "row 000"})
