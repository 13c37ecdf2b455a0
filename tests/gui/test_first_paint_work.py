"""What the main window leaves until after its first paint: the single-instance socket
(and QtNetwork with it), and no geometry animation of its central widget."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPropertyAnimation
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import single_instance, theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.store.lock import InstanceLock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    yield w


class _PaintSeen(QObject):
    """Notes the moment `window` itself is first painted."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self.painted = True
        return False


def test_the_window_answers_later_launches_once_it_has_painted(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    server = window.findChild(single_instance.InstanceServer, "instanceServer")
    assert server is not None
    seen = _PaintSeen(window)
    window.installEventFilter(seen)
    listened: list[tuple[bool, bool]] = []  # (painted by then, listening)
    listen = server.listen

    def noted(path: Path | None) -> bool:
        result = listen(path)
        listened.append((seen.painted, result))
        return result

    server.listen = noted  # type: ignore[method-assign]
    window.show()
    qtbot.waitUntil(lambda: server.listening)
    assert [painted for painted, ok in listened if ok] == [True]
    assert server.path == ctx.database_path.resolve()


def test_a_launch_knocks_only_while_a_window_holds_the_database(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No lock file, no window that could answer: the launch opens its own window without
    waiting for a socket; while the database is locked it asks the holder as before."""
    path = tmp_path / "desk.sqlite"
    path.write_bytes(b"")
    knocked: list[Path] = []

    def knock(p: Path) -> bool:
        knocked.append(p)
        return False

    monkeypatch.setattr(single_instance, "hand_over", knock)
    assert single_instance.hand_over_at_start(path, False, path) is False
    assert knocked == []
    lock = InstanceLock(path)
    lock.acquire()
    try:
        assert single_instance.hand_over_at_start(path, False, path) is False
        assert knocked == [path]
    finally:
        lock.release()


def test_the_central_widget_is_laid_out_without_an_animation(
    window: MainWindow, qapp: QApplication
) -> None:
    """QMainWindow animates its central widget into place (0 ms, but a running animation
    timer before the first paint) unless the style sheet says widgets do not animate."""
    theme.apply(qapp, "light")
    try:
        window.show()
        central = window.centralWidget()
        assert central is not None
        assert central.findChildren(QPropertyAnimation) == []
    finally:
        theme.reset(qapp)
