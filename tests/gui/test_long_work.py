"""Long work: off the GUI thread with a busy cursor, a progress dialog with Cancel once it
takes a while, and Cancel leaving nothing behind (backup, demo, schedule export)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import long_tasks, long_work
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.store import backup as backup_module
from cdmo_desktop.store.backup import list_backups
from cdmo_desktop.store.paths import backup_dir

pytestmark = pytest.mark.gui


def _press_cancel_when_shown() -> QTimer:
    """Click Cancel on the progress dialog as soon as it is on screen, as a user would."""
    timer = QTimer()

    def look() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QProgressDialog) and box.isVisible():
                button = box.findChild(QPushButton)
                if button is not None:
                    button.click()
                    timer.stop()

    timer.timeout.connect(look)
    timer.start(20)
    return timer


def _cancel_at_check(monkeypatch: pytest.MonkeyPatch, nth: int) -> list[int]:
    """Cancel as the work reaches its `nth` cancel point (the user's click, made exact)."""
    calls: list[int] = []
    original = long_work.Token.check

    def check(token: long_work.Token) -> None:
        calls.append(1)
        if len(calls) >= nth:
            token.cancel()
        original(token)

    monkeypatch.setattr(long_work.Token, "check", check)
    return calls


def test_the_work_runs_off_the_gui_thread_with_a_busy_cursor_and_returns_its_value(
    qtbot: QtBot,
) -> None:
    threads: list[object] = []
    cursors: list[object] = []
    QTimer.singleShot(0, lambda: cursors.append(QApplication.overrideCursor().shape()))  # type: ignore[union-attr]
    release = threading.Event()
    QTimer.singleShot(50, release.set)

    def work(progress: long_work.ProgressFn, token: long_work.Token) -> int:
        threads.append(QThread.currentThread())
        release.wait(10)
        progress(50, "Half way")
        return 42

    outcome = long_work.run_with_progress(None, "Work", "Working…", work)
    assert outcome.ok and outcome.value == 42
    assert threads and threads[0] is not QApplication.instance().thread()  # type: ignore[union-attr]
    assert cursors == [Qt.CursorShape.BusyCursor]
    assert QApplication.overrideCursor() is None  # restored afterwards


def test_cancel_in_the_progress_dialog_stops_the_work(qtbot: QtBot) -> None:
    seen: list[bool] = []

    def work(progress: long_work.ProgressFn, token: long_work.Token) -> str:
        progress(1, "Waiting for Cancel")
        deadline = time.monotonic() + 30
        while not token.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        seen.append(token.cancelled)
        token.check()
        return "finished"

    timer = _press_cancel_when_shown()
    outcome = long_work.run_with_progress(None, "Work", "Working…", work)
    timer.stop()
    assert seen == [True]
    assert outcome.cancelled and outcome.value is None and not outcome.ok


def test_a_failure_is_one_sentence(qtbot: QtBot) -> None:
    def work(_progress: long_work.ProgressFn, _token: long_work.Token) -> None:
        raise OSError(28, "No space left on device")

    outcome = long_work.run_with_progress(None, "Work", "Working…", work)
    assert not outcome.ok and "The disk is full" in outcome.failure
    assert "\n" not in outcome.failure and "Traceback" not in outcome.failure


def test_a_cancelled_backup_leaves_no_file(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(backup_module, "STEP_PAGES", 1)  # a progress call per page
    calls = _cancel_at_check(monkeypatch, 3)  # after two pages were copied
    folder = backup_dir(ctx.store.path)
    before = sorted(folder.iterdir()) if folder.is_dir() else []
    assert window.database.backup_now() is None
    assert len(calls) == 3
    assert sorted(folder.iterdir()) == before  # no backup, no .part
    assert "Backup cancelled" in window.statusBar().currentMessage()
    monkeypatch.undo()
    path = window.database.backup_now()  # not cancelled: written as before
    assert path is not None and path in [b.path for b in list_backups(ctx.store.path)]


def test_a_cancelled_demo_removes_the_half_made_database(
    settings: QSettings, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[str] = []
    original = long_work.Token.check

    def check(token: long_work.Token) -> None:
        steps.append("x")
        if len(steps) == 2:  # the partners are written: cancel before the engagements
            token.cancel()
        original(token)

    monkeypatch.setattr(long_work.Token, "check", check)
    path = tmp_path / "demo.sqlite"
    outcome = long_tasks.build_demo(None, path, settings)
    assert outcome.cancelled and outcome.value is None
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("demo")) == []


def test_a_cancelled_schedule_export_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "schedule.xml"
    _cancel_at_check(monkeypatch, 1)
    outcome = long_tasks.write_export(None, "Export schedule", target, lambda: b"<Project/>")
    assert outcome.cancelled
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    outcome = long_tasks.write_export(None, "Export schedule", target, lambda: b"<Project/>")
    assert outcome.ok and target.read_bytes() == b"<Project/>"
