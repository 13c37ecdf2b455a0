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

from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance

from cdmo_desktop.gui.workers import Job


class PagedModel(Protocol):
    """What the page step needs of its model (gui.models.paged.PagedTableModel)."""

    @property
    def count_failed(self) -> SignalInstance: ...

    def read_first_page(self, filters: dict[str, Any], order: tuple[int, bool]) -> list[Any]: ...

    def _page_arrived(self, filters: dict[str, Any], rows: list[Any]) -> None: ...

    def _page_failed(self, reason: str) -> None: ...


class _Answer(QObject):
    """Receives one page's answer on the GUI thread (a child of the model: deleted with it,
    which drops the connection)."""

    def __init__(self, pager: BackgroundPage, number: int, filters: dict[str, Any]) -> None:
        super().__init__(pager.model)  # type: ignore[arg-type]
        self._pager, self._number, self._filters = pager, number, filters

    def finished(self, rows: Any) -> None:
        self._pager.answered(self._number, self._filters, rows)
        self.deleteLater()

    def failed(self, reason: str) -> None:
        self._pager.failed(self._number, reason)
        self.deleteLater()


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
        receiver = _Answer(self, self._asked, filters)
        read = self.model.read_first_page
        job = Job(lambda _progress: read(filters, order))
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
