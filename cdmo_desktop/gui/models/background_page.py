"""The first page of a new filter read on a worker thread (PagedTableModel whose
`page_in_background` says so for a filter: the risk register's searches).

At a million risks the first page of a broad search costs tens of milliseconds in the
store (FTS5 merges every word a typed prefix covers before it gives the first match): on
the GUI thread, every keystroke froze the window that long before the next letter showed.
Here the page is one `Job` (gui.workers) that calls the model's `read_first_page` off the
GUI thread, next to the count (gui.models.counting), both at once. Until the page arrives
the view keeps the rows it shows (and the filters they were read for); typing on meanwhile
never waits for a search it has made stale.

Every page asked is numbered: an answer that is not for the last one asked (an earlier
keystroke) is dropped, whichever finishes first, so an older search never overwrites a
newer one. A count that arrives before its page is kept and laid out with the page: the
list is then laid out once, at its length.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import SignalInstance

from cdmo_desktop.gui.models.counting import Answer, BackgroundCount
from cdmo_desktop.gui.workers import Job

Row = TypeVar("Row")
RowT = TypeVar("RowT")


class FirstPages(Protocol[RowT]):
    """What the page step reads through (gui.models.paged.PagedSource's first page; named
    here so that module and this one do not import each other)."""

    def fetch(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        after: Any = None,
    ) -> list[RowT]: ...


class PagedModel(Protocol):
    """What the page step needs of its model (gui.models.paged.PagedTableModel)."""

    page_waits_for_count_s: float
    _counter: BackgroundCount

    @property
    def count_failed(self) -> SignalInstance: ...

    def read_first_page(self, filters: dict[str, Any], order: tuple[int, bool]) -> list[Any]: ...

    def _page_arrived(self, filters: dict[str, Any], rows: list[Any]) -> None: ...

    def _page_failed(self, reason: str) -> None: ...


class BackgroundPage:
    """Numbers the first pages a model asks for and hands it only the answer to the last."""

    def __init__(self, model: PagedModel) -> None:
        self.model = model
        self._asked = 0
        self._answered = 0
        self.filters: dict[str, Any] | None = None  # of the page awaited

    @property
    def pending(self) -> bool:
        """The answer to the last page asked is awaited (the view shows older rows)."""
        return self._answered != self._asked

    def start(self, filters: dict[str, Any], order: tuple[int, bool]) -> None:
        """Read the first page of `filters` in `order` (sort column, descending) on a
        worker; a page asked before is dropped when it answers."""
        self._asked += 1
        self.filters = filters = dict(filters)
        receiver = Answer(self, self._asked, filters)
        read = self.model.read_first_page
        counter = self.model._counter
        counting = counter.last_job
        wait_s = self.model.page_waits_for_count_s
        if counter.last_count_s > wait_s:
            # The last count outlasted the wait (a broad search at a million risks: 60-80
            # ms): this one will too, and waiting would only hold the rows back; the list
            # is laid out at the rows, then at the count, as it would be after the wait.
            wait_s = 0.0

        def page(_progress: Any) -> list[Any]:
            rows = read(filters, order)
            if counting is not None and wait_s > 0:
                counting.wait(wait_s)  # its answer then comes first: one layout, whole
            return rows

        job = Job(page)
        job.signals.finished.connect(receiver.finished)
        job.signals.failed.connect(receiver.failed)
        job.start()

    def cancel(self) -> None:
        """Drop the page awaited (the model read its filters another way): its answer is
        then stale too."""
        if self.pending:
            self._asked += 1
        self._answered = self._asked
        self.filters = None

    def answered(self, number: int, filters: dict[str, Any], rows: Any) -> None:
        if number != self._asked:
            return
        self._answered = number
        self.filters = None
        self.model._page_arrived(filters, list(rows))

    def failed(self, number: int, reason: str) -> None:
        if number != self._asked:
            return
        self._answered = number
        self.filters = None
        self.model._page_failed(reason)


class BackgroundPaging(Generic[Row]):
    """The page step's side of gui.models.paged.PagedTableModel (which it is mixed into:
    the model's state, signals and reset are the model's own)."""

    if TYPE_CHECKING:
        source: FirstPages[Row]
        page_size: int
        shown_from_top: SignalInstance
        rows_settled: SignalInstance
        count_settled: SignalInstance
        count_failed: SignalInstance
        _pager: BackgroundPage
        _early: Any
        _filters: dict[str, Any]
        _may_resync: bool
        _pages: OrderedDict[int, list[Row]]
        _guessing: bool
        _count: int
        _total: int

        def beginResetModel(self) -> None: ...
        def endResetModel(self) -> None: ...
        def clear_cache(self) -> None: ...
        def take_count(self, filters: dict[str, Any], answer: Any) -> int: ...
        def _load(self, filters: dict[str, Any]) -> None: ...

    @property
    def reading(self) -> bool:
        """True while the first page of new filters is read off the GUI thread (the views
        show the rows of the filters before)."""
        return self._pager.pending

    page_waits_for_count_s = 0.0
    """With `page_in_background`: how long a first page read waits (on its worker) for the
    count started with it, so that the count arrives first and the list is laid out once,
    at its length, with the rows (instead of at the rows read, then at the count). Not at
    all when the last count took longer than that (BackgroundPage.start)."""

    def page_in_background(self, filters: dict[str, Any]) -> bool:
        """With `count_in_background`: whether the first page of `filters` is read on a
        worker as well (a subclass says so where that page is slow to read)."""
        return False

    def read_first_page(self, filters: dict[str, Any], order: tuple[int, bool]) -> list[Row]:
        """The first page of `filters` in `order` (sort column, descending), and one row
        more (whether a second page follows); with `page_in_background` run on a worker
        (so it must keep nothing: `_page_arrived` does)."""
        return self.source.fetch(filters, order[0], order[1], self.page_size + 1)

    def _counted_early(self, filters: dict[str, Any], answer: Any) -> bool:
        """Whether a background count is of the filters whose first page is still awaited:
        then kept, and laid out with that page."""
        if self._pager.pending and filters == self._pager.filters:
            self._early = answer
            return True
        return False

    def _show_first(self, first: list[Row]) -> None:
        """The first page read (and one row more when a second page follows): the rows
        known until the count arrives."""
        ps = self.page_size
        self._pages[0] = first[:ps]
        self._guessing = len(first) > ps
        self._count = self._total = 2 * ps if self._guessing else len(first)

    def _page_arrived(self, filters: dict[str, Any], rows: list[Row]) -> None:
        """The first page of the last filters asked (`page_in_background`) arrived: shown
        in place of the rows before, at the count when it came first."""
        early, self._early = self._early, None
        self._filters = filters
        self._may_resync = True
        self.beginResetModel()
        self.clear_cache()
        if early is not None:
            self._pages[0] = rows[: self.page_size]
            self._guessing = False
            self._count = self._total = self.take_count(filters, early)
        else:
            self._show_first(rows)
        self.endResetModel()
        self.shown_from_top.emit()
        self.rows_settled.emit()
        if early is not None:
            self.count_settled.emit()

    def _page_failed(self, reason: str) -> None:
        """The first page could not be read: the rows before stay, the reason is said."""
        self._early = None
        self.count_failed.emit(reason)

    def _settle_page(self) -> None:
        """A sort or refresh while a first page is awaited: that page is read now, so they
        work on the filters typed last."""
        if self._pager.pending and self._pager.filters is not None:
            self._load(self._pager.filters)
