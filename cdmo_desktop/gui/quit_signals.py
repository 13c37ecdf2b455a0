"""Quit when the system asks: SIGTERM (a log-out, `kill`, a service manager), SIGINT
(Ctrl+C in the terminal that started the app) and, where it exists, SIGHUP (that terminal
closed) close the window the way File > Quit does, without the prompts nobody is there to
answer. Unsaved edits are saved where the database accepts them (a refusal is logged),
the window state is remembered, and `app.run` then cleans up as after Quit: the store is
closed, its lock released and the `--demo` folder removed.

Python runs a signal handler only between two bytecodes, never while Qt's event loop
waits in C++. The handler here does nothing; the signal's number also goes, as one byte,
to a socket pair (`signal.set_wakeup_fd`) whose notifier wakes the event loop, modal
dialogs' loops included. A signal that arrives before the loop runs (while the demo is
being written) waits in the socket and is acted on as soon as the loop starts.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable, Iterable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from cdmo_desktop.gui.unsaved import Editable

log = logging.getLogger(__name__)

QUIT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _noted(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: the work happens when the wake-up byte is read."""


class QuitOnSignal(QObject):
    """While installed, each quit signal calls `on_signal(signal number)` from the event
    loop. `install()` returns False where signals cannot be caught (not the main thread)."""

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quitOnSignal")
        self._on_signal = on_signal
        self._previous: dict[int, object] = {}
        self._previous_fd: int | None = None
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None

    def install(self) -> bool:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        try:
            self._previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        except ValueError:  # not the main thread
            reader.close()
            writer.close()
            return False
        self._sockets = (reader, writer)
        for number in QUIT_SIGNALS:
            self._previous[number] = signal.signal(number, _noted)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        return True

    def uninstall(self) -> None:
        """Put back the handlers and wake-up descriptor found at `install()`."""
        if self._sockets is None:
            return
        for number, previous in self._previous.items():
            signal.signal(number, previous)  # type: ignore[arg-type]
        self._previous.clear()
        signal.set_wakeup_fd(-1 if self._previous_fd is None else self._previous_fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for end in self._sockets:
            end.close()
        self._sockets = None

    def _on_notifier_activated(self) -> None:
        assert self._sockets is not None
        try:
            received = self._sockets[0].recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for number in dict.fromkeys(received):  # once per kind of signal
            self._on_signal(number)


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


class _DismissDialogs(QObject):
    """Application-wide filter: every dialog that shows (an unsaved-changes prompt, a
    refusal's message box) is answered Cancel at once and its text logged."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            dismiss(watched)
        return False


_dismisser: _DismissDialogs | None = None


def dismiss(dialog: QDialog) -> None:
    text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
    log.warning("dismissed while quitting: %s", text)
    QTimer.singleShot(0, dialog, dialog.reject)


def dismiss_dialogs() -> None:
    """Close every dialog now open and every one that shows from now on (the process is
    about to end; nobody is there to answer)."""
    global _dismisser
    app = QCoreApplication.instance()
    if app is None:
        return
    if _dismisser is None:
        _dismisser = _DismissDialogs(app)
        app.installEventFilter(_dismisser)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            dismiss(widget)


def stop_dismissing() -> None:
    global _dismisser
    app = QCoreApplication.instance()
    if _dismisser is not None and app is not None:
        app.removeEventFilter(_dismisser)
    _dismisser = None


def save_unsaved(pages: Iterable[QWidget]) -> list[QWidget]:
    """Save every page with unsaved edits, without asking; the pages whose save was
    refused (their edits are lost, and logged)."""
    refused: list[QWidget] = []
    for page in pages:
        if isinstance(page, Editable) and page.is_dirty():
            if page.save():
                log.info("saved unsaved edits of %s while quitting", type(page).__name__)
            else:
                log.warning("unsaved edits of %s were refused while quitting", type(page).__name__)
                refused.append(page)
    return refused
