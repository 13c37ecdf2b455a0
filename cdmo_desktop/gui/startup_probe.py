"""Start-up hooks: run something right after the main window's first paint, and the
measurement probe the start-up benchmark reads.

`after_first_paint(window, callback)` calls `callback` once the first paint of `window`
(or of a widget inside it) has finished; the app opens its store there, unless the start
screen reads everything it shows from the file (the Schedule's preview): then
`on_first_input(callback)` opens it when the user first presses a key or a mouse button,
scrolls or drops something anywhere in the app (whatever needs the store follows input).

With `CDMO_DESKTOP_EXIT_AFTER_PAINT=1` in the environment, `install(window, ctx)` (called
by the app right after `window.show()`) prints `PAINT_MARKER <unix time>` on stdout at the
first paint, `INPUT_MARKER <unix time>` when a key pressed INPUT_DELAY_S after that paint
has reached the window (a key event posted from another thread, as the window system
would deliver one: it waits for whatever holds the GUI thread), and, given the app's
context, `READY_MARKER <unix time>` once the store is attached (at once when it was open
before the window), then quits the event loop once all have come. The
start-up benchmark (`python -m bench startup`) launches the real app this way. With
`CDMO_DESKTOP_PAINT_GRAB=<file.png>` the painted window is also saved as an image, and with
`CDMO_DESKTOP_PAINT_MODULES=<file>` the names of the modules imported by the time of the
first paint are written to that file, one a line. Without the variable nothing happens.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext

ENV_EXIT_AFTER_PAINT = "CDMO_DESKTOP_EXIT_AFTER_PAINT"
ENV_GRAB = "CDMO_DESKTOP_PAINT_GRAB"
ENV_MODULES = "CDMO_DESKTOP_PAINT_MODULES"
PAINT_MARKER = "cdmo-desktop-first-paint"
READY_MARKER = "cdmo-desktop-store-ready"
INPUT_MARKER = "cdmo-desktop-input-answered"
INPUT_DELAY_S = 0.03  # the probe's key comes this long after the first paint
PROBE_KEY = Qt.Key.Key_F35  # bound to nothing


def enabled() -> bool:
    return os.environ.get(ENV_EXIT_AFTER_PAINT, "") == "1"


class _Once(QObject):
    """Runs `callback` once, right after the first event `_wanted` picks has been handled
    (a zero timer: after the current cycle). Watchers see the app's events through the one
    shared `_Watchers` filter (`_watch`), the probe as an event filter of its own."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self._seen = False
        self._armed = True

    def _wanted(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        """Whether `event` (of type `kind`) is the one waited for (each watcher says which)."""
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self._see(watched, event, event.type())
        return False

    def _see(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> None:
        if not self._seen and self._wanted(watched, event, kind):
            self._seen = True
            QTimer.singleShot(0, self._fire)

    def _fire(self) -> None:
        if self.cancel():
            self._callback()

    def cancel(self) -> bool:
        """Stop watching; False when already stopped (the callback has run, or will not)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        _Watchers.leave(self)
        armed, self._armed = self._armed, False
        self._seen = True
        return armed


class _Watchers(QObject):
    """The one application-wide event filter of every watcher waiting (newest first, the
    order Qt calls filters in): each event costs one call into Python before the first
    paint, not one per watcher. Removed from the app while nobody waits."""

    _shared: _Watchers | None = None

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("startup_watchers")
        self.waiting: list[_Once] = []

    @classmethod
    def join(cls, watcher: _Once) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        shared = cls._shared
        if shared is None or not isValid(shared) or shared.parent() is not app:
            shared = cls._shared = _Watchers(app)  # the first, or that of an app now gone
        if not shared.waiting:
            app.installEventFilter(shared)
        shared.waiting.insert(0, watcher)
        # A watcher deleted with its window stops waiting (as Qt drops a deleted filter).
        watcher.destroyed.connect(lambda _=None, w=watcher: cls.leave(w))

    @classmethod
    def leave(cls, watcher: _Once) -> None:
        shared = cls._shared
        if shared is None or not isValid(shared) or watcher not in shared.waiting:
            return
        shared.waiting.remove(watcher)
        app = QCoreApplication.instance()
        if not shared.waiting and app is not None:
            app.removeEventFilter(shared)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        for watcher in list(self.waiting):
            watcher._see(watched, event, kind)
        return False


class FirstPaintWatcher(_Once):
    """After the first Paint of `window` or of a widget inside it, `callback` runs once
    that paint cycle has finished (pixels are there)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(callback, window)
        self.setObjectName("first_paint_watcher")
        self._window = window

    def _wanted(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        return (
            kind == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self._window or self._window.isAncestorOf(watched))
        )


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> FirstPaintWatcher:
    """Run `callback` right after `window` has painted for the first time. Watchers run in
    the reverse order of their installation (as Qt calls the newest event filter first)."""
    watcher = FirstPaintWatcher(window, callback)
    _Watchers.join(watcher)
    return watcher


class FirstInputWatcher(_Once):
    """`callback` runs once, right after the user's first input event (INPUT_EVENTS) has
    been handled: the key or click is answered first."""

    INPUT_EVENTS = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
            QEvent.Type.ContextMenu,
            QEvent.Type.DragEnter,
            QEvent.Type.Drop,
            QEvent.Type.TouchBegin,
            QEvent.Type.TabletPress,
        }
    )

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(callback, parent)
        self.setObjectName("first_input_watcher")

    def _wanted(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        return kind in self.INPUT_EVENTS


def on_first_input(
    callback: Callable[[], None], parent: QObject | None = None
) -> FirstInputWatcher:
    """Run `callback` right after the user's first key press, click, scroll or drop in
    the app (any window)."""
    watcher = FirstInputWatcher(callback, parent)
    _Watchers.join(watcher)
    return watcher


class FirstPaintProbe(FirstPaintWatcher):
    """Reports the first paint (and the store's arrival) on stdout, then quits."""

    def __init__(self, window: QWidget, ctx: AppContext | None = None) -> None:
        super().__init__(window, self._report_paint)
        self.setObjectName("first_paint_probe")
        self._painted = False
        self._answered = False
        self._ready = ctx is None or ctx.has_store
        if ctx is not None and ctx.has_store:
            _print(READY_MARKER)  # opened before the window
        elif ctx is not None:
            ctx.store_ready.connect(self._on_ctx_store_ready)

    def _report_paint(self) -> None:
        painted_at = time.time()
        modules = os.environ.get(ENV_MODULES, "")
        if modules:
            with open(modules, "w", encoding="utf-8") as fh:
                fh.write("\n".join(sorted(sys.modules)) + "\n")
        grab = os.environ.get(ENV_GRAB, "")
        if grab:
            self._window.grab().save(grab)
        _print(PAINT_MARKER, painted_at)
        self._painted = True
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # again: the paint watch removed it
        # Made here: a first key event creates the keyboard device, a child of the app.
        press = QKeyEvent(QEvent.Type.KeyPress, PROBE_KEY, Qt.KeyboardModifier.NoModifier)
        threading.Thread(
            target=self._press_key, args=(press,), name="startup probe", daemon=True
        ).start()

    def _press_key(self, press: QKeyEvent) -> None:
        time.sleep(INPUT_DELAY_S)
        QCoreApplication.postEvent(self._window, press)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._painted
            and not self._answered
            and watched is self._window
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == PROBE_KEY
        ):
            _print(INPUT_MARKER)
            self._answered = True
            self._finish()
            return False
        return super().eventFilter(watched, event)

    def _on_ctx_store_ready(self) -> None:
        _print(READY_MARKER)
        self._ready = True
        self._finish()

    def _finish(self) -> None:
        if self._painted and self._answered and self._ready:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._quit()

    def _quit(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()


def _print(marker: str, at: float | None = None) -> None:
    if sys.stdout is not None:
        print(f"{marker} {time.time() if at is None else at:.6f}", flush=True)


def install(window: QWidget, ctx: AppContext | None = None) -> FirstPaintProbe | None:
    """Arm the probe on `window` when the environment asks for it; otherwise do nothing.
    Install it after any other first-paint watcher, so it sees the paint first."""
    app = QApplication.instance()
    if not enabled() or app is None:
        return None
    probe = FirstPaintProbe(window, ctx)
    app.installEventFilter(probe)
    return probe
