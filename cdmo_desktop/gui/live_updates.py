"""Other users' changes on open screens, a few seconds after they save them (team mode).

`LivePoller` asks the change log every `interval_ms` (off the GUI thread) for entries
after the last one it has seen that another session wrote (store.live), and passes them
on as the app's one change notice, `AppContext.changed(changeset, poller)`: the screens
refresh as they do after a local edit, and a form with unsaved edits keeps them (each
screen's `is_dirty()` guard, gui.unsaved). One poll runs at a time; the next is
scheduled when it has returned, so a slow server never piles polls up.

Works on any Store; the main window runs it on a server connection only.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.store import StoreError

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store import Store

log = logging.getLogger(__name__)
INTERVAL_MS = 2500
RETRY_MS = 10000  # after a failed poll (the server went away): ask less often


class LivePoller(QObject):
    """Polls `ctx.store`'s change log while started.

    Signals:
        updated(RemoteChanges): other sessions' writes were announced (`changed` emitted).
        unreachable(str): a poll failed; one sentence (the next poll retries).
        reachable(): a poll went through again after a failure.
    """

    updated = Signal(object)
    unreachable = Signal(str)
    reachable = Signal()
    _polled = Signal(object, object)  # emitted off the GUI thread: (store, result | reason)

    def __init__(
        self, ctx: AppContext, *, interval_ms: int = INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interval_ms = interval_ms
        self.cursor: int | None = None  # None: start from the log's head at the next poll
        self.failing = False
        self._store: Store | None = None
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)
        self._polled.connect(self._on_polled)

    @property
    def running(self) -> bool:
        return self._store is not None

    def start(self) -> None:
        """Follow the open store from now on: changes already in its log are not news."""
        self.stop()
        self._store = self.ctx.store
        self.cursor = None
        self.failing = False
        self.poll_now()

    def stop(self) -> None:
        """No more polls; waits for the one in flight (a short query)."""
        self._store = None
        self._timer.stop()
        self.wait()

    def wait(self, timeout: float | None = 30.0) -> bool:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    def busy(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def poll_now(self) -> None:
        """Ask the change log now, unless a poll is already on its way."""
        store = self._store
        if store is None or self.busy():
            return
        self._timer.stop()
        self._thread = threading.Thread(
            target=self._fetch, args=(store, self.cursor), name="cdmo-desktop live", daemon=True
        )
        self._thread.start()

    def _fetch(self, store: Store, cursor: int | None) -> None:
        from cdmo_desktop.store import live

        result: object
        try:
            if cursor is None:
                result = live.RemoteChanges(None, live.log_head(store))
            else:
                result = live.changes_since(store, cursor)
        except Exception as exc:  # the server went away, a dropped connection: retried
            log.warning("live update poll failed (%s)", type(exc).__name__)
            result = failure_sentence(exc)
        self._polled.emit(store, result)

    def _on_polled(self, store: Store, result: object) -> None:
        if store is not self._store:
            return  # stopped, or the window moved to another database meanwhile
        from cdmo_desktop.store.live import RemoteChanges

        if isinstance(result, RemoteChanges):
            self.cursor = result.cursor
            if self.failing:
                self.failing = False
                self.reachable.emit()
            if result.changeset is not None:
                self.ctx.changed.emit(result.changeset, self)
                self.updated.emit(result)
            self._timer.start(self.interval_ms)
        else:
            self.failing = True
            self.unreachable.emit(str(result))
            self._timer.start(max(self.interval_ms, RETRY_MS))


def failure_sentence(exc: Exception) -> str:
    """Why a poll failed, in one sentence without SQL, parameters or passwords."""
    if isinstance(exc, StoreError):
        return exc.sentence()
    return tr(
        "The database cannot be reached right now; other users' changes will show once "
        "it answers again."
    )
