"""The Portfolio's stored sort keys rolled to a new day off the GUI thread.

On a new day store.portfolio_list.catch_up rewrites the dated sort keys (Reviews due, Next
milestone, Overdue milestones and actions) of every engagement with a review, milestone or
action dated since the day they held for. At a million risks (20,000 engagements) one
day's roll rewrites about 2,800 engagements (1-2 s), a two-week absence 14,000 (4-6 s): the
window froze for that long at the Portfolio's first refresh of the day. The roll runs on a
worker instead, one at a time; other writes wait for it as for any write (the store takes
one writer at a time). Meanwhile the list reads as it does for keys of another day
(store.portfolio_keys.holds: each dated column counted), which lists the same rows in the
same order, and it reads along the keys again as soon as they hold.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from cdmo_desktop.gui.workers import Job
from cdmo_desktop.store.portfolio_list import catch_up

if TYPE_CHECKING:
    from cdmo_desktop.store import Store

log = logging.getLogger(__name__)


class KeyRoll(QObject):
    """Rolls a store's Portfolio keys to a day on a worker (`ensure`).

    rolled(date): the keys hold for that day now (emitted in the GUI thread)."""

    rolled = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: tuple[int, date] | None = None  # (id of the store, day) rolled last
        self._job: Job | None = None
        self._wanted: tuple[Store, date] | None = None  # asked while a roll was running

    @property
    def running(self) -> bool:
        return self._job is not None

    def ensure(self, store: Store, day: date) -> None:
        """Roll `store`'s keys to `day` on a worker, unless they were rolled to it here
        already or a roll is running (then this one follows it)."""
        if self._held == (id(store), day):
            return
        if self._job is not None:
            self._wanted = (store, day)
            return
        self._wanted = None
        job = self._job = Job(lambda _progress: (id(store), day, catch_up(store, day)))
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.start()

    def _on_job_finished(self, result: Any) -> None:
        self._job = None
        store_id, day, held = result
        if held:
            self._held = (store_id, day)
            self.rolled.emit(day)
        self._follow()

    def _on_job_failed(self, reason: str) -> None:
        # catch_up reports a store it cannot write as False; anything else is logged
        # (its kind only: store.errors) and the list goes on counting the dated columns.
        self._job = None
        log.warning("the Portfolio's sort keys were not rolled: %s", reason)
        self._follow()

    def _follow(self) -> None:
        if self._wanted is not None:
            store, day = self._wanted
            self.ensure(store, day)
