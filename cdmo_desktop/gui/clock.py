"""Tells the screens when the date changes, so "overdue", "due in 3 days" and the Gantt's
today line move on at local midnight in a window left open overnight.

The main window owns one `DayWatcher` and forwards its `day_changed` to
`AppContext.day_changed`, which the screens connect to.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from cdmo_desktop.domain import clock

# A timer sleeps with the machine on some systems (Linux's monotonic clock stops during
# suspend) and knows nothing of clock changes: look again at least this often, and when
# the application becomes active.
LONGEST_WAIT_MS = 60 * 60 * 1000
MARGIN_MS = 50  # wake just after midnight, not just before


class DayWatcher(QObject):
    """Emits `day_changed(date)` once the local date (`domain.clock.today()`) differs from
    the one seen last. A single-shot timer is armed for the next midnight and re-armed
    each time it fires."""

    day_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayWatcher")
        self.day = clock.today()
        self.timer = QTimer(self)
        self.timer.setObjectName("dayWatcherTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timer_timeout)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_application_state_changed)
        self.arm()

    def arm(self) -> None:
        """(Re)start the timer for the coming midnight."""
        wait = math.ceil(clock.seconds_to_midnight() * 1000) + MARGIN_MS
        self.timer.start(max(MARGIN_MS, min(wait, LONGEST_WAIT_MS)))

    def check(self) -> bool:
        """Emit `day_changed` if the date moved on since last seen; True when it did."""
        today = clock.today()
        if today == self.day:
            return False
        self.day = today
        self.day_changed.emit(today)
        return True

    def _on_timer_timeout(self) -> None:
        self.check()
        self.arm()

    def _on_app_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.check():
            self.arm()
