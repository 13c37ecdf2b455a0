"""A failed disk seen from the window: plain sentences in the dialogs, nothing confidential in
the dialogs or the log, the daily backup's absence shown, owner-only log and settings."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import app
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.undo import commit_or_report
from cdmo_desktop.store import Store, engine, open_store
from cdmo_desktop.store.partner_edits import create_partner
from cdmo_desktop.store.paths import log_dir
from tests.store.test_files import _limit_pages

pytestmark = pytest.mark.gui

SECRET = "Projekt Nordlicht: CDA-geschuetzte Konditionen 4711"
FORBIDDEN = (SECRET, "INSERT", "UPDATE", "SELECT", "[parameters", "[SQL:")


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("MPLCONFIGDIR", str(home / "mpl"))
    monkeypatch.delenv("CDMO_DESKTOP_DB", raising=False)
    return home


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The app's own log file, set up as `run` does."""
    import logging

    handler = app.setup_logging()
    assert handler is not None
    yield log_dir() / app.LOG_FILENAME
    logging.getLogger().removeHandler(handler)
    handler.close()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> int:
        shown.append(f"{title}: {text}")
        return 0

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown


def _clean(text: str) -> None:
    for bad in FORBIDDEN:
        assert bad not in text, bad


def _fail(code: int) -> Any:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def test_a_save_while_another_program_locks_the_database(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    log_file: Path,
    dialogs: list[str],
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_S", 0.05)
    ctx.store.engine.dispose()  # new connections, with the short busy timeout
    view = PartnerProfileView(ctx, None)
    view.reload()
    qtbot.addWidget(view, before_close_func=lambda w: w.discard())
    view.ui.nameEdit.setText(SECRET)
    view.ui.notesEdit.setPlainText(SECRET)
    other = sqlite3.connect(ctx.store.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        assert view.save() is False
    finally:
        other.close()
    assert len(dialogs) == 1
    assert "locked by another program" in dialogs[0] and "Nothing was written" in dialogs[0]
    _clean(dialogs[0])
    _clean(log_file.read_text(encoding="utf-8"))
    assert view.save() is True  # the other program let go: the same form saves


def test_a_save_on_a_full_disk_is_explained_by_the_window(
    ctx: AppContext, qtbot: QtBot, log_file: Path, dialogs: list[str]
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _limit_pages(ctx.store)
    values = {"name": SECRET, "kind": "cro", "notes": SECRET * 200}
    assert commit_or_report(ctx, lambda: create_partner(ctx.store, "p-full", values)) is None
    assert dialogs == [
        f"Not saved: The file {ctx.store.path} could not be saved. The disk is full: free some "
        "space, then try again. Your last saved change is safe."
    ]
    assert ctx.undo_stack.count() == 0
    _clean(log_file.read_text(encoding="utf-8"))


def test_the_unexpected_error_dialog_and_log_hold_no_sql_or_values(
    store: Store, log_file: Path, dialogs: list[str]
) -> None:
    import sqlalchemy as sa

    create_partner(store, "p-1", {"name": "Acme", "kind": "cro"})
    create_partner(store, "p-2", {"name": "Beta", "kind": "cro"})
    try:
        with store.engine.connect() as conn:
            conn.execute(
                sa.text("UPDATE partner SET name_key = 'acme', notes = :n WHERE id = 'p-2'"),
                {"n": SECRET},
            )
    except sa.exc.IntegrityError:
        app._show_unexpected_error(*sys.exc_info())
    assert len(dialogs) == 1 and "a database error (IntegrityError)" in dialogs[0]
    _clean(dialogs[0])
    logged = log_file.read_text(encoding="utf-8")
    assert "UNIQUE constraint failed" in logged
    _clean(logged)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_backup_now_on_a_failing_disk_says_what_to_do(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
    code: int,
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(os, "fsync", _fail(code))
    assert window.database.backup_now() is None
    assert len(dialogs) == 1
    assert dialogs[0].startswith(
        f"Backup failed: No backup was made. The file {ctx.store.path} could not be backed up. "
    )
    assert {errno.ENOSPC: "disk is full", errno.EROFS: "read-only", errno.EIO: "input/output"}[
        code
    ] in dialogs[0]


def test_a_skipped_daily_backup_is_shown_in_the_window(
    empty_template: Path,
    tmp_path: Path,
    settings: QSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "full.sqlite"
    path.write_bytes(empty_template.read_bytes())
    monkeypatch.setattr(os, "fsync", _fail(errno.ENOSPC))
    store = open_store(path, daily_backup=True)
    monkeypatch.undo()
    try:
        window = MainWindow(AppContext(store, settings))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        label = window.backup_warning_label
        assert label.isVisible()
        assert label.text() == (
            "The daily backup was skipped. The disk is full: free some space, then try again. "
            "Your last saved change is safe."
        )
        if os.environ.get("CDMO_SCREENSHOTS"):
            window.grab().save(os.environ["CDMO_SCREENSHOTS"] + "/daily-backup-skipped.png")
        window.close()
    finally:
        store.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_run_keeps_the_log_and_the_settings_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    ini = tmp_path / "config" / "settings.ini"
    ini.parent.mkdir()
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    old = os.umask(0o022)

    def fake_exec(_app: QApplication) -> int:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow):
                w.close()
        return 0

    monkeypatch.setattr(app, "execute", fake_exec)
    try:
        assert app.run(None, True, settings=settings) == 0
    finally:
        os.umask(old)
    settings.sync()

    def mode(p: Path) -> int:
        return stat.S_IMODE(os.stat(p).st_mode)

    assert mode(ini) == 0o600 and mode(ini.parent) == 0o700
    assert mode(log_dir() / app.LOG_FILENAME) == 0o600 and mode(log_dir()) == 0o700


def test_background_exports_and_pdfs_that_fail_say_what_to_do() -> None:
    import sqlalchemy as sa

    from cdmo_desktop.gui.reports import pdf_build
    from cdmo_desktop.gui.workers import _reason

    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/exports/.x.csv.0a1b.part")
    assert _reason(full) == (
        "The file could not be written. The disk is full: free some space, then try again. "
        "Your last saved change is safe."
    )
    assert pdf_build.sentence(full).startswith("The PDF could not be written. The disk is full")
    sql_error = sa.exc.ProgrammingError(
        "SELECT name FROM partner WHERE x = ?", (SECRET,), Exception("x")
    )
    _clean(_reason(sql_error))
    _clean(pdf_build.sentence(sql_error))
