"""Python's cyclic garbage collector runs on the GUI thread only.

Automatic collection starts in whichever thread happens to allocate when a threshold is
crossed: a worker (gui/workers.py, the database opener, live updates) can then free a
cycle that holds Qt objects, and a QObject deleted off its own thread crashes the process
(seen in a long GUI test run opening many windows while a worker ran). So automatic
collection is off, and a timer on the GUI thread collects, generation by generation, when
the counts pass the same thresholds the collector itself would use. Reference counting,
which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 400

_guard: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect as the collector would have, here: returns the objects found unreachable."""
        first, second, third = gc.get_count()
        found = 0
        if first > self.thresholds[0]:
            found += gc.collect(0)
            if second > self.thresholds[1]:
                found += gc.collect(1)
                if third > self.thresholds[2]:
                    found += gc.collect(2)
        return found


def install(app: QObject) -> GuiThreadCollector:
    """Collect on `app`'s thread from now on (idempotent)."""
    global _guard
    if _guard is None:
        _guard = GuiThreadCollector(app)
    return _guard
