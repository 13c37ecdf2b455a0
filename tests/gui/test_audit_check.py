"""After a database opens, the window checks its audit trail in the background: a tampered
file brings a non-modal warning naming the first broken thing while the window keeps
working; a clean file shows nothing and its chain head is remembered, so history deleted
later is noticed at the next opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.audit_check import _setting
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.workers import wait_for_jobs


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _finish(qtbot: QtBot, window: MainWindow) -> None:
    assert wait_for_jobs(timeout=60)
    job = window.audit_watch.job
    assert job is not None
    qtbot.wait(50)  # the job's queued signals reach the window


def test_a_tampered_file_brings_a_non_modal_warning(qtbot: QtBot, demo_ctx: AppContext) -> None:
    path = demo_ctx.store.path
    risk_id = sqlite3.connect(path).execute("SELECT id FROM risk ORDER BY id").fetchone()[0]
    _sql(path, f"UPDATE risk SET title = 'Secret Zephyr' WHERE id = '{risk_id}'")
    window = _open_window(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: window.audit_watch.warning is not None, timeout=30_000)
    box = window.audit_watch.warning
    assert box is not None and box.isVisible() and not box.isModal()
    assert QApplication.activeModalWidget() is None  # the window is not blocked
    assert f"risk row {risk_id} field title" in box.informativeText()
    assert "Secret Zephyr" not in box.text() + box.informativeText()
    window.show_screen("risks")  # and keeps working
    window.grab().save(str(path.with_name("audit_warning_window.png")))
    box.grab().save(str(path.with_name("audit_warning.png")))


def test_a_clean_file_shows_nothing_and_its_head_is_remembered(
    qtbot: QtBot, demo_ctx: AppContext, settings: QSettings
) -> None:
    window = _open_window(qtbot, demo_ctx)
    _finish(qtbot, window)
    assert window.audit_watch.warning is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    remembered = keys.get(settings, _setting(demo_ctx.store.path))
    seq, digest = remembered.split(":")
    (count,) = (
        sqlite3.connect(demo_ctx.store.path).execute("SELECT count(*) FROM change_log").fetchone()
    )
    assert int(seq) == count and len(digest) == 64


def test_history_deleted_after_a_clean_check_is_noticed_next_time(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = _open_window(qtbot, demo_ctx)
    _finish(qtbot, window)
    assert window.audit_watch.warning is None
    path = demo_ctx.store.path
    # Someone removes the last entries and puts the trigger back: the chain left is whole.
    sql = "SELECT sql FROM sqlite_master WHERE name = 'change_log_no_delete'"
    trigger = sqlite3.connect(path).execute(sql).fetchone()[0]
    _sql(
        path,
        "DROP TRIGGER change_log_no_delete",
        "DELETE FROM change_log WHERE seq > (SELECT max(seq) - 3 FROM change_log)",
        trigger,
    )
    window.audit_watch.check(path)
    qtbot.waitUntil(lambda: window.audit_watch.warning is not None, timeout=30_000)
    box = window.audit_watch.warning
    assert box is not None and "was seen here before" in box.informativeText()
