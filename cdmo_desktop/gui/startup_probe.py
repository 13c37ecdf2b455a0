"""Start-up measurement hook: quit right after the main window's first paint.

With `CDMO_DESKTOP_EXIT_AFTER_PAINT=1` in the environment, `install(window)` (called by the
app right after `window.show()`) waits for the first paint of the window, prints
`PAINT_MARKER <unix time>` on stdout and quits the event loop. The start-up benchmark
(`python -m bench startup`) launches the real app this way. With
`CDMO_DESKTOP_PAINT_GRAB=<file.png>` the painted window is also saved as an image, so a
person can check what the measured window showed. Without the variable nothing happens.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_EXIT_AFTER_PAINT = "CDMO_DESKTOP_EXIT_AFTER_PAINT"
ENV_GRAB = "CDMO_DESKTOP_PAINT_GRAB"
PAINT_MARKER = "cdmo-desktop-first-paint"


def enabled() -> bool:
    return os.environ.get(ENV_EXIT_AFTER_PAINT, "") == "1"


class FirstPaintProbe(QObject):
    """Application-wide event filter: the first Paint of `window` or of a widget inside it
    ends the run once that paint cycle has finished."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("first_paint_probe")
        self._window = window
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self._window or self._window.isAncestorOf(watched))
        ):
            self._seen = True
            # A zero timer runs after the current paint cycle, i.e. once pixels are there.
            QTimer.singleShot(0, self._on_painted)
        return False

    def _on_painted(self) -> None:
        painted_at = time.time()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        grab = os.environ.get(ENV_GRAB, "")
        if grab:
            self._window.grab().save(grab)
        if sys.stdout is not None:
            print(f"{PAINT_MARKER} {painted_at:.6f}", flush=True)
        self._quit()

    def _quit(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()


def install(window: QWidget) -> FirstPaintProbe | None:
    """Arm the probe on `window` when the environment asks for it; otherwise do nothing."""
    app = QApplication.instance()
    if not enabled() or app is None:
        return None
    probe = FirstPaintProbe(window)
    app.installEventFilter(probe)
    return probe
