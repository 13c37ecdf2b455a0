"""The count step of a paged model read on a worker thread (PagedTableModel with
`count_in_background`).

Counting the rows a filter keeps reads every one of them (or a tally, or the matches of a
search): at a million rows that is tens to hundreds of milliseconds the GUI thread would
freeze for on every filter, sort and refresh. Here each count is one `Job` (gui.workers) that
calls the model's `read_count` off the GUI thread; its answer comes back through a queued
signal to a receiver owned by the model, so it is handed over on the GUI thread and never
after the model is gone. Every count asked is numbered; an answer that is not for the last
one asked (an earlier filter, sort or refresh) is dropped, so a stale count can never
overwrite a newer one, whichever finishes first.

A count the model can answer at once (`count_at_once`: from maintained tallies, a few rows
whatever the number of rows) is read on the GUI thread instead: a count in the background
lays the list out twice, first at the rows read so far and again at the count, and at a
million rows that second layout and paint cost more than the count itself. For the same
reason a model may wait a little for a count it started with a new filter's first page
(`answer_within`, the model's `count_wait_s`): read on the other core while that page is
read, it is often in by then, and the list is laid out once.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance

from cdmo_desktop.gui.workers import Job


class CountedModel(Protocol):
    """What the count step needs of its model (gui.models.paged.PagedTableModel)."""

    @property
    def filters(self) -> dict[str, Any]: ...

    @property
    def count_failed(self) -> SignalInstance: ...

    def read_count(self, filters: dict[str, Any]) -> Any: ...

    def _counted(self, answer: Any) -> None: ...

    def _counted_early(self, filters: dict[str, Any], answer: Any) -> bool: ...


class Asker(Protocol):
    """What numbers its requests to a worker (BackgroundCount, background_page's
    BackgroundPage): the model the answers go to, and what to do with one."""

    @property
    def model(self) -> Any: ...

    def answered(self, number: int, filters: dict[str, Any], answer: Any) -> None: ...

    def failed(self, number: int, reason: str) -> None: ...


class Answer(QObject):
    """Receives one numbered job's answer on the GUI thread for its `asker` (a child of
    the asker's model: deleted with it, which drops the connection)."""

    def __init__(self, asker: Asker, number: int, filters: dict[str, Any]) -> None:
        super().__init__(asker.model)
        self._asker, self._number, self._filters = asker, number, filters

    def finished(self, answer: Any) -> None:
        self._asker.answered(self._number, self._filters, answer)
        self.deleteLater()

    def failed(self, reason: str) -> None:
        self._asker.failed(self._number, reason)
        self.deleteLater()


class BackgroundCount:
    """Numbers the counts a model asks for and hands it only the answer to the last."""

    def __init__(self, model: CountedModel) -> None:
        self.model = model
        self._asked = 0
        self._answered = 0
        self._last: tuple[Job, list[Any]] | None = None  # the last count's job, its answer
        # How long the last count that returned took on its worker (0: none yet). The
        # counts of one search typed on take about as long as each other (gui.models.
        # background_page: whether a first page waits for its count).
        self.last_count_s = 0.0

    @property
    def pending(self) -> bool:
        """An answer to the last count asked is awaited."""
        return self._answered != self._asked

    @property
    def last_job(self) -> Job | None:
        """The job of the last count asked, while its answer is awaited."""
        return self._last[0] if self._last is not None and self.pending else None

    def start(self, filters: dict[str, Any]) -> None:
        """Count `filters` on a worker (a count asked before is dropped when it answers)."""
        self._asked += 1
        filters = dict(filters)
        receiver = Answer(self, self._asked, filters)
        read = self.model.read_count
        kept: list[Any] = []

        def count(_progress: Any) -> Any:
            began = time.perf_counter()
            kept.append(read(filters))
            self.last_count_s = time.perf_counter() - began
            return kept[0]

        job = Job(count)
        job.signals.finished.connect(receiver.finished)
        job.signals.failed.connect(receiver.failed)
        self._last = (job, kept)
        job.start()

    def answer_within(self, seconds: float) -> tuple[bool, Any]:
        """(True, the answer) when the last count asked has answered within `seconds`
        (waited for on the GUI thread, while it reads nothing): taken here, so its queued
        delivery is dropped; else (False, None) and the answer comes as it would."""
        if self._last is None or not self.pending or seconds <= 0:
            return False, None
        job, kept = self._last
        if not job.wait(seconds) or not kept:  # still counting, or failed (said later)
            return False, None
        self.counted_here()
        return True, kept[0]

    def counted_here(self) -> None:
        """A count was read on the GUI thread (the model's `count_at_once`): an answer to
        any count asked before is dropped when it arrives."""
        self._asked += 1
        self._answered = self._asked

    def answered(self, number: int, filters: dict[str, Any], answer: Any) -> None:
        if number != self._asked:
            return
        self._answered = number
        if self.model._counted_early(filters, answer):
            return  # laid out with its first page, still awaited (gui.models.background_page)
        if filters == self.model.filters:
            self.model._counted(answer)

    def failed(self, number: int, reason: str) -> None:
        if number != self._asked:
            return
        self._answered = number
        self.model.count_failed.emit(reason)
