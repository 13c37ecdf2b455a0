"""Desktop habits: a second launch reaches the running window, File > Open Recent, a file
dropped on the window, the crash log and Help > Open log folder."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import crash_log, recent_files, single_instance
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.store import Store
from cdmo_desktop.store.store import open_store

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    yield w


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Path]:
    """A second database file, closed (free to open)."""
    path = tmp_path / "other" / "second.sqlite"
    path.parent.mkdir()
    store: Store = open_store(path)
    store.close()
    yield path


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    """A launch with its own home: its settings and logs go to `tmp_path`."""
    env = dict(os.environ)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    env.pop("CDMO_DESKTOP_DB", None)
    return env


def _wait_for(qtbot: QtBot, process: subprocess.Popen[str]) -> tuple[int, str]:
    """Run the event loop (the window answers there) until `process` ends."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    return process.returncode, out + err


# --- a second launch --------------------------------------------------------------------
def test_a_second_launch_hands_the_file_to_the_running_window_and_exits(
    window: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raised: list[MainWindow] = []
    monkeypatch.setattr(single_instance, "bring_to_front", raised.append)
    window.show()
    path = ctx.database_path
    launch = subprocess.Popen(
        [sys.executable, "-m", "cdmo_desktop", "--db", str(path)],
        env=_isolated_env(tmp_path),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    code, output = _wait_for(qtbot, launch)
    assert code == 0, output
    assert "already open" not in output  # no refusal: handed over instead
    qtbot.waitUntil(lambda: raised == [window])
    assert ctx.database_path == path  # the same file stays open


def test_a_file_handed_over_that_the_window_does_not_show_is_opened(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, other_db: Path, tmp_path: Path
) -> None:
    server = window.findChild(single_instance.InstanceServer, "instanceServer")
    assert server is not None and not server.server.isListening()  # not before it shows
    window.show()
    qtbot.waitUntil(server.server.isListening)
    assert server.path == ctx.database_path.resolve()
    # What a launch sends, here naming another file than the one shown.
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtNetwork import QLocalSocket
        from cdmo_desktop.gui.single_instance import server_name
        app = QCoreApplication([])
        s = QLocalSocket()
        s.connectToServer(server_name(Path({str(ctx.database_path)!r})))
        assert s.waitForConnected(5000)
        s.write("open\\t{other_db}\\n".encode())
        s.waitForBytesWritten(5000)
        reply = b""
        while not reply.endswith(b"\\n") and s.waitForReadyRead(5000):
            reply += bytes(s.readAll().data())
        print(reply.decode().strip())
        """
    )
    launch = subprocess.Popen(
        [sys.executable, "-c", script],
        env=_isolated_env(tmp_path),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    code, output = _wait_for(qtbot, launch)
    assert code == 0 and output.strip() == "ok", output
    qtbot.waitUntil(lambda: ctx.store.file == other_db)
    # The window now answers for the file it shows, until it closes.
    assert server.path == other_db.resolve() and server.server.isListening()
    window.close()
    assert not server.server.isListening()
    assert not single_instance.hand_over(tmp_path / "nothing-open-here.sqlite")


def test_nothing_answers_for_a_file_no_window_shows(qapp: QApplication, other_db: Path) -> None:
    assert single_instance.hand_over(other_db) is False
    assert single_instance.hand_over_at_start(None, True, other_db) is False  # a demo


def test_a_socket_left_by_a_crash_does_not_stop_the_next_window(
    qapp: QApplication, other_db: Path
) -> None:
    name = single_instance.server_name(other_db)
    stale = Path(QDir.tempPath()) / name
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(stale))  # bound, never listening, never removed: what a crash leaves
    dead.close()
    try:
        server = single_instance.InstanceServer()
        assert server.listen(other_db)
        server.listen(None)
    finally:
        stale.unlink(missing_ok=True)


def test_the_socket_name_is_per_user_and_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    dana = single_instance.server_name(a)
    assert dana != single_instance.server_name(b)
    assert dana == single_instance.server_name(tmp_path / "x" / ".." / "a.sqlite")
    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "someone-else")
    assert single_instance.server_name(a) != dana


# --- File > Open Recent -------------------------------------------------------------------
def test_recent_files_newest_first_once_each_at_most_ten(
    settings: QSettings, tmp_path: Path
) -> None:
    for i in range(12):
        recent_files.remember(settings, tmp_path / f"db{i}.sqlite")
    recent_files.remember(settings, tmp_path / "sub" / ".." / "db5.sqlite")
    names = [p.name for p in recent_files.entries(settings)]
    assert names == [
        "db5.sqlite",
        "db11.sqlite",
        "db10.sqlite",
        "db9.sqlite",
        "db8.sqlite",
        "db7.sqlite",
        "db6.sqlite",
        "db4.sqlite",
        "db3.sqlite",
        "db2.sqlite",
    ]
    recent_files.clear(settings)
    assert recent_files.entries(settings) == []


def _recent_menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "recentMenu")
    assert menu is not None
    menu.aboutToShow.emit()
    return menu


def test_open_recent_lists_opened_files_opens_them_and_clears(
    window: MainWindow, ctx: AppContext, other_db: Path
) -> None:
    first = ctx.database_path
    file_menu = window.findChild(QMenu, "fileMenu")
    assert file_menu is not None
    titles = [a.text() for a in file_menu.actions()]
    assert titles.index("Open &Recent") == titles.index("&Open…") + 1
    window.database.open_file(other_db)
    assert ctx.store.file == other_db
    menu = _recent_menu(window)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0].startswith("&1 second.sqlite") and texts[1].startswith(f"&2 {first.name}")
    assert "(missing)" not in " ".join(texts)
    menu.actions()[1].trigger()  # back to the first file
    assert ctx.store.file == first
    clear = next(a for a in _recent_menu(window).actions() if a.objectName() == "clearRecentAction")
    clear.trigger()
    remaining = _recent_menu(window).actions()
    assert [a.text() for a in remaining if a.text()] == ["No recent files", "&Clear Menu"]
    assert not remaining[-1].isEnabled()


def test_a_recent_file_that_is_gone_is_said_and_can_leave_the_list(
    window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "moved-away.sqlite"
    recent_files.remember(ctx.settings, gone)
    asked: list[str] = []

    def answer(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    menu = _recent_menu(window)
    entry = menu.actions()[0]
    assert entry.text().endswith("(missing)")
    entry.trigger()
    assert "moved-away.sqlite is no longer in" in asked[0]
    assert gone not in recent_files.entries(ctx.settings)
    assert ctx.store.file == ctx.database_path  # nothing else opened


# --- dropping a file --------------------------------------------------------------------
def _drag(window: MainWindow, path: Path) -> tuple[bool, bool]:
    """Drag `path` over the window and drop it: (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_database_file_opens_it(
    window: MainWindow, ctx: AppContext, other_db: Path
) -> None:
    assert window.acceptDrops()
    assert _drag(window, other_db) == (True, True)
    assert ctx.store.file == other_db
    assert window.windowFilePath() == str(other_db)


def test_dropping_another_file_is_refused_with_a_message(
    window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text, *a: said.append(text))
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.7\n" + b"x" * 5000)
    before = ctx.store.file
    _drag(window, notes)
    assert said and said[0].startswith("notes.pdf is not a Partnership Desk database")
    assert ctx.store.file == before


def test_several_files_or_a_folder_cannot_be_dropped(
    window: MainWindow, other_db: Path, tmp_path: Path
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other_db)), QUrl.fromLocalFile(str(tmp_path))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert _drag(window, tmp_path) == (False, False)


# --- crashes and the log folder -----------------------------------------------------------
def test_a_native_crash_leaves_its_stack_in_the_crash_log(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import faulthandler
        from pathlib import Path
        from cdmo_desktop.gui import crash_log
        crash_log.enable(Path({str(tmp_path)!r}))
        def inside_the_app():
            faulthandler._sigsegv()
        inside_the_app()
        """
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    text = (tmp_path / crash_log.CRASH_LOG).read_text(encoding="utf-8")
    assert text.startswith("--- ") and " pid " in text
    assert "Segmentation fault" in text
    assert "inside_the_app" in text
    assert (tmp_path / crash_log.CRASH_LOG).stat().st_mode & 0o077 == 0


def test_help_opens_the_log_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(crash_log, "log_dir", lambda: tmp_path / "logs")
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    help_menu = window.findChild(QMenu, "helpMenu")
    assert help_menu is not None
    names = [a.objectName() for a in help_menu.actions()]
    assert names.index("openLogFolderAction") == names.index("showDataFolderAction") + 1
    help_menu.actions()[names.index("openLogFolderAction")].trigger()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "logs")]
