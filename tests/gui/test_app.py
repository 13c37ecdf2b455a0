"""Start-up: which database opens, the welcome choice, and refusals that touch nothing."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import func, select

from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.gui import app, database, first_database, quit_signals, startup_probe
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.passphrase import NewPassphraseDialog
from cdmo_desktop.gui.dialogs.welcome import WelcomeDialog
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.quit_signals import QuitOnSignal
from cdmo_desktop.store import Store, crypto, open_store
from cdmo_desktop.store.paths import default_db_path, log_dir

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform folders (data, logs, cache) point into the test's own folder."""
    home = tmp_path / "home"
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("MPLCONFIGDIR", str(home / "mpl"))
    monkeypatch.delenv("CDMO_DESKTOP_DB", raising=False)
    return home


def _welcome(
    choice: str, seen: list[WelcomeDialog] | None = None, name: str = "Dana Whitfield"
) -> Callable[[WelcomeDialog], int]:
    def fake_exec(self: WelcomeDialog) -> int:
        if seen is not None:
            seen.append(self)
        self.ui.nameEdit.setText(name)
        if choice == "quit":
            self.reject()
            return 0
        getattr(self.ui, f"{choice}Button").click()
        return 1

    return fake_exec


def _store_of(opened: first_database.OpenedDatabase | None) -> Store:
    assert opened is not None and opened.store is not None
    return opened.store


def _engagement_count(store: Store) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(Engagement)).one())


def _no_welcome(self: WelcomeDialog) -> int:
    raise AssertionError("the welcome dialog was not expected")


def _new_file(passphrase: str | None) -> Callable[[NewPassphraseDialog], int]:
    """The "encrypt the new database?" question answered: plainly, or with `passphrase`
    (None), or cancelled ("")."""

    def fake_exec(self: NewPassphraseDialog) -> int:
        if passphrase == "":
            self.reject()
            return 0
        if passphrase is not None:
            self.encrypt.setChecked(True)
            self.edit.setText(passphrase)
            self.confirm.setText(passphrase)
        self.accept()
        return int(self.result())

    return fake_exec


def test_first_start_creates_an_empty_database_and_keeps_the_name(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys.remove(settings, keys.CONSULTANT_NAME)
    monkeypatch.setattr(WelcomeDialog, "exec", _welcome("empty"))
    monkeypatch.setattr(NewPassphraseDialog, "exec", _new_file(None))
    opened = first_database.open_initial_database(settings)
    assert opened is not None and opened.remember
    store = _store_of(opened)
    try:
        assert store.path == default_db_path().absolute()
        assert store.path.exists() and _engagement_count(store) == 0
        assert store.user == "Dana Whitfield"
        assert keys.get(settings, keys.CONSULTANT_NAME) == "Dana Whitfield"
    finally:
        store.close()


def test_first_start_can_encrypt_the_new_empty_database(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The welcome's empty database asks about encryption as File > New does; Cancel
    there goes back to the welcome and creates nothing."""
    seen: list[WelcomeDialog] = []
    answers = iter([_new_file(""), _new_file("Harbour lights 42")])
    monkeypatch.setattr(WelcomeDialog, "exec", _welcome("empty", seen))
    monkeypatch.setattr(NewPassphraseDialog, "exec", lambda self: next(answers)(self))
    opened = first_database.open_initial_database(settings)
    assert len(seen) == 2  # cancelled once: the welcome again, no file meanwhile
    store = _store_of(opened)
    try:
        assert store.path == default_db_path().absolute()
        assert crypto.looks_encrypted(store.path)
        assert b"SQLite format 3" not in store.path.read_bytes()[:16]
    finally:
        store.close()
        crypto.forget()


def test_first_start_can_explore_the_demo_in_a_file_of_its_own(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", _welcome("demo"))
    opened = first_database.open_initial_database(settings)
    assert opened is not None
    store = _store_of(opened)
    try:
        assert store.path.name == first_database.DEMO_FILENAME
        assert _engagement_count(store) >= 4
        assert not default_db_path().exists()
    finally:
        store.close()


def test_quitting_the_welcome_creates_nothing(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", _welcome("quit"))
    assert first_database.open_initial_database(settings) is None
    assert not default_db_path().parent.exists() or not any(default_db_path().parent.iterdir())


def test_welcome_says_when_the_last_database_is_gone(
    settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "moved-away.sqlite"
    keys.set(settings, keys.LAST_DATABASE, str(gone))
    seen: list[WelcomeDialog] = []
    monkeypatch.setattr(WelcomeDialog, "exec", _welcome("quit", seen))
    first_database.open_initial_database(settings)
    assert not seen[0].ui.missingLabel.isHidden()
    assert str(gone) in seen[0].ui.missingLabel.text()


def test_the_last_database_opens_without_a_welcome(
    settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    last = tmp_path / "client-work.sqlite"
    open_store(last).close()
    keys.set(settings, keys.LAST_DATABASE, str(last))
    monkeypatch.setattr(WelcomeDialog, "exec", _no_welcome)
    opened = first_database.open_initial_database(settings)
    assert opened is not None
    store = _store_of(opened)
    assert store.path == last.absolute()
    store.close()


def test_refused_file_is_explained_and_left_untouched(
    settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "kickoff-notes.sqlite"
    junk.write_bytes(b"Kickoff notes: who, when, where, how.\n" * 100)
    before = junk.read_bytes()
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(f"{box.text()} {box.informativeText()}")
        return 0  # closed without a choice: quit

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert first_database.open_initial_database(settings, db_path=junk) is None
    assert str(junk) in shown[0] and "not" in shown[0] and "has not been changed" in shown[0]
    assert junk.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kickoff-notes.sqlite", "settings.ini"]


def test_after_a_refusal_another_file_can_be_chosen(
    settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00" * 4096)
    good = tmp_path / "good.sqlite"
    open_store(good).close()

    def fake_exec(box: QMessageBox) -> int:
        button = box.findChild(QPushButton, "chooseOtherButton")
        assert button is not None
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(database, "choose_existing_file", lambda *a: good)
    opened = first_database.open_initial_database(settings, db_path=junk)
    store = _store_of(opened)
    assert store.path == good.absolute()
    store.close()
    assert junk.read_bytes() == b"\x00" * 4096


def test_a_database_open_elsewhere_is_refused(
    settings: QSettings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert first_database.open_initial_database(settings, db_path=store.path) is None
    assert "already open" in shown[0]


def test_demo_flag_uses_a_temporary_folder(settings: QSettings) -> None:
    opened = first_database.open_initial_database(settings, demo=True)
    assert opened is not None and not opened.remember and opened.temp_dir is not None
    store = _store_of(opened)
    try:
        assert store.path.parent == opened.temp_dir.absolute()
        assert _engagement_count(store) >= 4
    finally:
        store.close()
        shutil.rmtree(opened.temp_dir)  # run() removes it on quit; this test stops before


def test_run_shows_the_window_logs_and_cleans_up(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def fake_exec(_app: QApplication) -> int:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["visible"] = len(windows) == 1
        window = windows[0]
        seen["path"] = window.ctx.store.path
        window.close()
        return 0

    monkeypatch.setattr(app, "execute", fake_exec)
    assert app.run(None, True, settings=settings) == 0
    assert seen["visible"] is True
    assert not Path(str(seen["path"])).parent.exists()  # the demo's temporary folder is gone
    assert not keys.has(settings, keys.LAST_DATABASE)
    assert (log_dir() / app.LOG_FILENAME).read_text(encoding="utf-8")


def test_run_returns_1_when_the_user_quits_first(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", _welcome("quit"))
    monkeypatch.setattr(app, "execute", lambda _app: pytest.fail("no window expected"))
    assert app.run(None, False, settings=settings) == 1


def _wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_quit_signal_closes_the_demo_like_quit(
    signum: signal.Signals, tmp_path: Path, user_dirs: Path
) -> None:
    """The real app in a process of its own: SIGTERM (or Ctrl+C) once the window is up
    ends it as Quit does, with exit status 0 and the --demo folder removed."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    env.pop(startup_probe.ENV_EXIT_AFTER_PAINT, None)
    log_file = log_dir() / app.LOG_FILENAME  # the test's XDG folders, inherited
    with subprocess.Popen(
        [sys.executable, "-m", "cdmo_desktop", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            _wait_for(
                lambda: log_file.is_file() and "window shown" in log_file.read_text("utf-8"),
                60,
                "the window",
            )
            folders = list(temp.glob("cdmo-desktop-demo-*"))
            assert len(folders) == 1 and (folders[0] / first_database.DEMO_FILENAME).is_file()
            process.send_signal(signum)
            _out, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 0, err
    assert list(temp.iterdir()) == []
    log = log_file.read_text("utf-8")
    assert f"{signum.name} received: quitting" in log


def _partner(ctx: AppContext, name: str) -> Partner:
    with ctx.store.read() as s:
        return s.exec(select(Partner).where(Partner.name == name)).one()


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("Laurentian Discovery Labs", "Laurentian Discovery Labs"), ("", "Laurentian Discovery")],
)
def test_a_quit_signal_saves_unsaved_edits_without_asking(
    demo_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    typed: str,
    saved: str,
) -> None:
    """No prompt for a signal: an edit the database accepts is saved; one it refuses (an
    empty name) is logged, its refusal box dismissed, and the window closes all the same."""
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.open_partner(_partner(demo_ctx, "Laurentian Discovery").id)
    assert isinstance(page, PartnerProfileView)
    page.ui.nameEdit.selectAll()
    qtbot.keyClick(page.ui.nameEdit, Qt.Key.Key_Delete)
    qtbot.keyClicks(page.ui.nameEdit, typed)
    assert page.is_dirty()
    quitter = QuitOnSignal(lambda number: app.quit_on_signal(number, [window]))
    assert quitter.install()
    try:
        with caplog.at_level(logging.INFO):
            os.kill(os.getpid(), signal.SIGTERM)
            qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    finally:
        quitter.uninstall()
        quit_signals.stop_dismissing()
    assert asked == []
    assert _partner(demo_ctx, saved).id == page.partner_id
    assert "SIGTERM received: quitting" in caplog.text
    assert ("refused while quitting" in caplog.text) is (typed == "")


def test_a_quit_signal_during_the_welcome_quits(
    settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nobody is there to answer the welcome dialog: it is dismissed, nothing is created."""
    shown: list[WelcomeDialog] = []

    def signalled_exec(dialog: WelcomeDialog) -> int:
        shown.append(dialog)
        QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))
        return QDialog.exec(dialog)

    monkeypatch.setattr(WelcomeDialog, "exec", signalled_exec)
    monkeypatch.setattr(app, "execute", lambda _app: pytest.fail("no window expected"))
    before = signal.getsignal(signal.SIGTERM)
    assert app.run(None, False, settings=settings) == 1
    assert len(shown) == 1 and not default_db_path().exists()
    assert signal.getsignal(signal.SIGTERM) is before  # put back after run
