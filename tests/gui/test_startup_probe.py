"""The first-paint probe the start-up benchmark relies on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import startup_probe
from cdmo_desktop.store import Store

pytestmark = pytest.mark.gui


def test_probe_does_nothing_without_the_environment_flag(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(startup_probe.ENV_EXIT_AFTER_PAINT, raising=False)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert startup_probe.install(window) is None


def test_probe_reports_the_first_paint_and_quits(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    shot = tmp_path / "painted.png"
    monkeypatch.setenv(startup_probe.ENV_EXIT_AFTER_PAINT, "1")
    monkeypatch.setenv(startup_probe.ENV_GRAB, str(shot))
    quits: list[bool] = []
    monkeypatch.setattr(startup_probe.FirstPaintProbe, "_quit", lambda self: quits.append(True))
    window = QMainWindow()
    window.setCentralWidget(QLabel("Portfolio"))
    qtbot.addWidget(window)
    probe = startup_probe.install(window)
    assert probe is not None
    window.show()
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert [m for m, _ in lines] == [startup_probe.PAINT_MARKER, startup_probe.INPUT_MARKER]
    painted, answered = (float(stamp) for _, stamp in lines)
    assert 0 < painted < answered  # the probe's key comes after the paint
    assert shot.stat().st_size > 0


def test_probe_waits_for_the_store_before_quitting(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    from cdmo_desktop.gui.context import AppContext

    monkeypatch.setenv(startup_probe.ENV_EXIT_AFTER_PAINT, "1")
    monkeypatch.delenv(startup_probe.ENV_GRAB, raising=False)
    quits: list[bool] = []
    monkeypatch.setattr(startup_probe.FirstPaintProbe, "_quit", lambda self: quits.append(True))
    ctx = AppContext(None, path=store.path)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Portfolio"))
    qtbot.addWidget(window)
    attached: list[bool] = []
    # Installed first, so it runs after the probe has taken the paint's time.
    startup_probe.after_first_paint(window, lambda: attached.append(True))
    startup_probe.install(window, ctx)
    window.show()
    qtbot.waitUntil(lambda: attached == [True], timeout=5000)
    qtbot.waitUntil(lambda: startup_probe.INPUT_MARKER in capsys.readouterr().out, timeout=5000)
    assert quits == []  # painted and answering, but the store is not there yet
    ctx.attach_store(store)
    assert quits == [True]
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert [m for m, _ in lines] == [startup_probe.READY_MARKER]


def test_probe_key_waits_for_a_busy_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The input the probe reports answered is answered only once the GUI thread is free
    again, as a real key press would be: work that blocks the thread after the paint
    shows up in the time to the input, not to the paint."""
    import time

    monkeypatch.setenv(startup_probe.ENV_EXIT_AFTER_PAINT, "1")
    monkeypatch.delenv(startup_probe.ENV_GRAB, raising=False)
    monkeypatch.setattr(startup_probe.FirstPaintProbe, "_quit", lambda self: None)
    window = QMainWindow()
    qtbot.addWidget(window)
    blocked: list[float] = []

    def block() -> None:  # the old start path: the ORM loaded on the GUI thread
        time.sleep(startup_probe.INPUT_DELAY_S * 5)
        blocked.append(time.time())

    startup_probe.after_first_paint(window, block)
    startup_probe.install(window)
    window.show()
    out: list[str] = []

    def answered() -> bool:
        out.append(capsys.readouterr().out)
        return startup_probe.INPUT_MARKER in "".join(out)

    qtbot.waitUntil(answered, timeout=5000)
    stamps = dict(line.split() for line in "".join(out).splitlines())
    assert float(stamps[startup_probe.INPUT_MARKER]) >= blocked[0]


def test_after_first_paint_runs_once_and_can_be_cancelled(qtbot: QtBot) -> None:
    calls: list[str] = []
    window = QMainWindow()
    qtbot.addWidget(window)
    startup_probe.after_first_paint(window, lambda: calls.append("painted"))
    cancelled = startup_probe.after_first_paint(window, lambda: calls.append("cancelled"))
    assert cancelled.cancel()
    window.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=5000)
    window.update()
    qtbot.wait(50)
    assert calls == ["painted"]


def test_first_input_runs_the_callback_once_after_the_event(qtbot: QtBot) -> None:
    """Painting and showing are no input; the first key press is, and the callback runs
    once, after the key reached its widget; a second key does not run it again."""
    from PySide6.QtWidgets import QLineEdit

    calls: list[str] = []
    window = QMainWindow()
    field = QLineEdit()
    window.setCentralWidget(field)
    qtbot.addWidget(window)
    startup_probe.on_first_input(lambda: calls.append(field.text()), window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert calls == []  # shown and painted: nothing asked for yet
    qtbot.keyClicks(field, "ab")
    qtbot.waitUntil(lambda: calls != [], timeout=5000)
    qtbot.wait(50)
    assert calls == ["ab"]  # once, and after the key was handled


def test_first_input_watch_can_be_cancelled(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    calls: list[bool] = []
    window = QMainWindow()
    window.setCentralWidget(QLabel("Schedule"))
    qtbot.addWidget(window)
    watcher = startup_probe.on_first_input(lambda: calls.append(True), window)
    window.show()
    assert watcher.cancel()
    qtbot.keyClick(window, Qt.Key.Key_Down)
    qtbot.wait(50)
    assert calls == [] and not watcher.cancel()


def test_watchers_run_newest_first_and_forget_a_deleted_window(qtbot: QtBot) -> None:
    """Any number of watchers share one look at each event: after the paint they run
    newest first; one whose window is gone never runs and stops nobody else."""
    from PySide6.QtCore import QCoreApplication, QEvent

    calls: list[str] = []
    gone = QMainWindow()
    startup_probe.after_first_paint(gone, lambda: calls.append("gone"))
    gone.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Portfolio"))
    qtbot.addWidget(window)
    for name in ("first", "second", "third"):
        startup_probe.after_first_paint(window, lambda n=name: calls.append(n))  # type: ignore[misc]
    window.show()
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=5000)
    qtbot.wait(50)
    assert calls == ["third", "second", "first"]
