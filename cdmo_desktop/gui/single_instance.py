"""A second launch hands its database to the window that already shows it.

Each window listens on a local socket (QLocalServer) named for the user and the database
file it holds the lock of (`<db>.lock`, store/lock.py). A launch for a database that is
open elsewhere connects to that socket first, sends the path and exits: the running window
comes to the front (and opens the path, should it show another file by then). Without an
answer (the other process is a command, or an older version) the lock refuses as before.

The name hashes the user and the resolved path, so two users on one computer never reach
each other's window and a name fits every platform's limit; the socket is owner-only. A
socket file left by a crash is removed before listening: whoever holds the database's lock
owns its name.

Kept off the first paint: QtNetwork is imported only when a socket is needed, a launch
tries the socket only while the database's lock file is there (a running window holds
it from before its first paint; without it nobody can answer), and a window starts
listening right after its first paint (a launch in between is refused by the lock, as
one meeting an older version).

Protocol: one line, `open<TAB><path>\\n` (UTF-8); the window answers `ok\\n`.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from cdmo_desktop.gui import startup_probe

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    from cdmo_desktop.gui.database_actions import DatabaseActions

log = logging.getLogger(__name__)
PREFIX = "cdmo-desktop-"
CONNECT_MS = 500  # a running window answers in milliseconds; a dead name refuses at once
REPLY_MS = 3000


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the number will do
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(path: Path) -> str:
    """The socket name of the window that holds `path`, for this user."""
    key = f"{_user()}\0{Path(path).expanduser().resolve()}"
    return PREFIX + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def hand_over(path: Path) -> bool:
    """Ask the window showing `path` to come to the front with it; True when a window
    answered (this launch then has nothing more to do)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    try:
        socket.write(f"open\t{Path(path).expanduser().resolve()}\n".encode())
        if not socket.waitForBytesWritten(REPLY_MS):
            return False
        reply = b""
        while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
            reply += bytes(socket.readAll().data())
        return reply.strip() == b"ok"
    finally:
        socket.abort()


class InstanceServer(QObject):
    """Listens for later launches of the window's database; `requested` carries the path
    such a launch handed over."""

    requested = Signal(Path)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instanceServer")
        self._server: QLocalServer | None = None  # made when first needed (QtNetwork)
        if parent is not None:  # the socket goes when the window closes (not minimised)
            parent.installEventFilter(self)
        self.path: Path | None = None
        self._buffers: dict[int, bytes] = {}
        self._painted = not isinstance(parent, QWidget)  # a window listens once painted
        self._paint_watch: startup_probe.FirstPaintWatcher | None = None

    @property
    def server(self) -> QLocalServer:
        """The local server (made on first use)."""
        if self._server is None:
            from PySide6.QtNetwork import QLocalServer

            server = QLocalServer(self)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            server.newConnection.connect(self._on_new_connection)
            app = QCoreApplication.instance()
            if app is not None:  # the socket file goes with the app, even if the window lingers
                app.aboutToQuit.connect(server.close)
            self._server = server
        return self._server

    def _close(self) -> None:
        if self._server is not None:
            self._server.close()

    def listen(self, path: Path | None) -> bool:
        """Answer launches for `path` (None: for nothing, as on a team server) while the
        window is shown (from its next show, if hidden); True when listening now."""
        resolved = Path(path).expanduser().resolve() if path is not None else None
        if resolved == self.path and self._server is not None and self._server.isListening():
            return True
        self._close()
        self.path = resolved
        window = self.parent()
        if resolved is None or (
            isinstance(window, QWidget) and not (window.isVisible() and self._painted)
        ):
            return False
        from PySide6.QtNetwork import QLocalServer

        name = server_name(resolved)
        QLocalServer.removeServer(name)  # left by a crash: this process holds the lock now
        if not self.server.listen(name):
            log.warning("no single-instance socket: %s", self.server.errorString())
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closed (hidden, not by the window system as in minimising): its
        socket goes; shown again, it answers again."""
        kind = event.type()
        if kind == QEvent.Type.Hide and not event.spontaneous():
            self._close()
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and not self._painted:
            if self._paint_watch is None:
                self._paint_watch = startup_probe.after_first_paint(
                    watched, self._on_window_painted
                )
        elif kind == QEvent.Type.Show and self.path is not None and not self.listening:
            QTimer.singleShot(0, lambda: self.listen(self.path))  # once isVisible() holds
        return super().eventFilter(watched, event)

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def _on_window_painted(self) -> None:
        self._painted = True
        if self.path is not None and not self.listening:
            self.listen(self.path)

    def _on_new_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        key = id(socket)
        data = self._buffers.get(key, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            self._buffers[key] = data[:8192]
            return
        self._buffers.pop(key, None)
        line = data.split(b"\n", 1)[0].decode("utf-8", "replace")
        command, _, argument = line.partition("\t")
        if command != "open" or not argument:
            socket.write(b"unknown\n")
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        # After answering: what the window does next (a dialog about unsaved edits) must
        # not keep the other launch waiting.
        QTimer.singleShot(0, lambda: self.requested.emit(Path(argument)))


def bring_to_front(window: QWidget) -> None:
    """Show `window` in front: restored if minimised, raised and activated (where the
    window manager refuses focus stealing, the taskbar entry asks for attention)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def install(actions: DatabaseActions) -> InstanceServer:
    """Let later launches reach the window of `actions`; call `follow` whenever its
    database changes (main_window.database_changed does, through gui/desktop.py)."""
    server = InstanceServer(actions.parent_widget)
    server.requested.connect(lambda path: _on_requested(actions, path))
    return server


def follow(actions: DatabaseActions) -> None:
    """Listen for the database the window shows now (nothing on a team server)."""
    server = actions.parent_widget.findChild(InstanceServer, "instanceServer")
    ctx = actions.ctx
    if server is not None:
        server.listen(None if ctx.on_server else ctx.database_path)


def _on_requested(actions: DatabaseActions, path: Path) -> None:
    log.info("a second launch handed over %s", path)
    bring_to_front(actions.parent_widget)
    ctx = actions.ctx
    current = ctx.database_path if not ctx.on_server else None
    if current is None or path.resolve() != current.resolve():
        actions.open_file(path)


def hand_over_at_start(db_path: Path | str | None, demo: bool, usual: Path) -> bool:
    """At start-up: whether a running window took this launch over. `db_path` is the
    file (or server URL) asked for, `usual` the file opened without one
    (first_database.initial_path); a demo and a team server always start a window of
    their own."""
    from cdmo_desktop.store.location import is_server_url
    from cdmo_desktop.store.lock import InstanceLock

    if demo or (db_path is not None and is_server_url(str(db_path))):
        return False
    path = Path(db_path).expanduser() if db_path is not None else usual
    if not path.is_file() or not InstanceLock(path).path.exists():
        return False  # no window holds this database: nobody to hand over to
    handed = hand_over(path)
    if handed:
        log.info("%s is open in a running window: handed over to it", path)
    return handed
