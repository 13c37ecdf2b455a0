"""File > Connect to team server: the address is checked as it is typed, "Test connection"
says in one sentence what it found (off the GUI thread), a password never reaches the
settings, the recent servers are listed, Enter connects and Esc cancels; a server that
cannot be reached with a local copy on this computer is offered read-only."""

from __future__ import annotations

import importlib
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui import team
from cdmo_desktop.gui.dialogs.connect_server import ConnectServerDialog
from cdmo_desktop.store.location import ServerURL
from cdmo_desktop.store.revisions import HEAD_REVISION
from cdmo_desktop.store.server_check import Failure, describe_failure

pytestmark = pytest.mark.gui


def _closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def dialog(qtbot: Any, settings: QSettings) -> Iterator[ConnectServerDialog]:
    d = ConnectServerDialog(settings)
    qtbot.addWidget(d)
    d.show()
    yield d
    d.reject()


def _type(qtbot: Any, d: ConnectServerDialog, text: str) -> None:
    d.url_edit.clear()
    qtbot.keyClicks(d.url_edit, text)


def test_an_address_that_is_not_a_server_url_is_said_next_to_the_field(
    qtbot: Any, dialog: ConnectServerDialog
) -> None:
    _type(qtbot, dialog, "http://db.example.com/desk")

    assert dialog.url_message.isVisible()
    assert dialog.url_message.text().endswith(".")
    assert not dialog.connect_button.isEnabled()
    assert not dialog.test_button.isEnabled()

    _type(qtbot, dialog, "postgresql://dana@db.example.com:5432/desk")

    assert not dialog.url_message.isVisible()
    assert dialog.connect_button.isEnabled()
    assert dialog.user_edit.text() == "dana"
    assert dialog.url is not None and dialog.url.display == "desk on db.example.com:5432 as dana"


def test_the_user_field_decides_who_connects(qtbot: Any, dialog: ConnectServerDialog) -> None:
    _type(qtbot, dialog, "postgresql://dana@db.example.com/desk")
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, "lee")

    assert dialog.url is not None and dialog.url.user == "lee"


def test_a_password_typed_into_the_address_moves_to_its_field(
    qtbot: Any, dialog: ConnectServerDialog
) -> None:
    dialog.url_edit.setText("postgresql://dana:s3cret@db.example.com/desk")

    assert "s3cret" not in dialog.url_edit.text()
    assert dialog.password_edit.text() == "s3cret"
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password


def test_test_connection_says_why_an_unreachable_server_failed(
    qtbot: Any, dialog: ConnectServerDialog
) -> None:
    _type(qtbot, dialog, f"postgresql://dana@127.0.0.1:{_closed_port()}/desk")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)

    assert not dialog.test_button.isEnabled()  # running off the GUI thread
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    text = dialog.result_label.text()
    assert "cannot be reached" in text and "connection refused" in text
    assert text.count(".") >= 1 and "\n" not in text and "Traceback" not in text


def test_the_recent_servers_are_listed_without_passwords(qtbot: Any, settings: QSettings) -> None:
    team.remember_recent(settings, ServerURL.parse("postgresql://dana:pw@db.example.com/desk"))
    team.remember_recent(settings, ServerURL.parse("postgresql://lee@other.example.com/desk"))

    d = ConnectServerDialog(settings)
    qtbot.addWidget(d)
    shown = [d.recent_list.item(i).text() for i in range(d.recent_list.count())]

    assert len(shown) == 2 and "other.example.com" in shown[0]
    assert all("pw" not in entry.split("@")[0] for entry in shown)
    assert "pw" not in keys.get(settings, keys.RECENT_SERVERS)
    assert "other.example.com" in d.url_edit.text()  # the newest is filled in
    d.recent_list.itemClicked.emit(d.recent_list.item(1))
    assert "db.example.com" in d.url_edit.text()


def test_forget_removes_a_recent_server_and_its_kept_password(
    qtbot: Any, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.store import keys as store_keys

    forgotten: list[str] = []
    monkeypatch.setattr(store_keys, "forget_server_password", lambda url: forgotten.append(url.key))
    team.remember_recent(settings, ServerURL.parse("postgresql://dana@db.example.com/desk"))
    team.remember_recent(settings, ServerURL.parse("postgresql://lee@other.example.com/desk"))
    d = ConnectServerDialog(settings)
    qtbot.addWidget(d)
    d.recent_list.setCurrentRow(1)
    qtbot.mouseClick(d.forget_button, Qt.MouseButton.LeftButton)

    assert [d.recent_list.item(i).text() for i in range(d.recent_list.count())] == [
        "postgresql://lee@other.example.com:5432/desk"
    ]
    assert team.recent_servers(settings) == ["postgresql://lee@other.example.com:5432/desk"]
    assert forgotten == ["dana@db.example.com:5432/desk"]


def test_esc_cancels(qtbot: Any, dialog: ConnectServerDialog) -> None:
    _type(qtbot, dialog, "postgresql://dana@db.example.com/desk")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.store is None


def test_enter_connects_and_an_unreachable_server_with_a_local_copy_is_offered(
    qtbot: Any, dialog: ConnectServerDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    port = _closed_port()
    copy = tmp_path / "servers" / f"127.0.0.1-{port}-desk-dana.sqlite"
    copy.parent.mkdir()
    copy.write_bytes(b"")
    monkeypatch.setattr("cdmo_desktop.store.paths.user_data_dir", lambda: tmp_path)
    _type(qtbot, dialog, f"postgresql://dana@127.0.0.1:{port}/desk")

    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)

    assert dialog.offline and dialog.local_copy == copy
    assert dialog.store is None
    assert "cannot be reached" in dialog.result_label.text()


def test_a_refused_password_is_named_as_such() -> None:
    import psycopg

    url = ServerURL.parse("postgresql://dana@db.example.com:5432/desk")
    exc = psycopg.OperationalError(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
        'password authentication failed for user "dana"'
    )
    check = describe_failure(exc, url)
    assert check.failure is Failure.PASSWORD
    assert check.sentence == "The server refused the password for dana: check it and try again."


# --- against a PostgreSQL server (tests/pg_support.py) -----------------------------------
def test_test_connection_reports_schema_and_role(
    qtbot: Any, dialog: ConnectServerDialog, pg_url: str
) -> None:
    dialog.url_edit.setText(pg_url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)

    text = dialog.result_label.text()
    assert text.startswith("Connected to the team server ") and "(up to date)" in text, text
    assert "superuser" in text


def test_a_database_without_the_schema_is_not_set_up(
    qtbot: Any, dialog: ConnectServerDialog, pg_server: str
) -> None:
    pg_support = importlib.import_module("tests.pg_support")  # beside the pg_* fixtures

    name = pg_support.unique_name("bare")
    url = pg_support.create_database(pg_server, name)
    try:
        dialog.url_edit.setText(url)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    finally:
        pg_support.drop_database(pg_server, name)
    assert "server init" in dialog.result_label.text()


@pytest.mark.parametrize(
    ("revision", "said"),
    [("0099_future", "newer than this version's"), ("0014_erasure", "server upgrade")],
)
def test_a_newer_or_older_server_schema_is_named(
    qtbot: Any, dialog: ConnectServerDialog, pg_url: str, revision: str, said: str
) -> None:
    pg_support = importlib.import_module("tests.pg_support")
    engine = pg_support.engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{revision}'")
    engine.dispose()
    dialog.url_edit.setText(pg_url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)

    text = dialog.result_label.text()
    assert revision in text and said in text and HEAD_REVISION in text, text


def test_connect_opens_the_server_store_and_remembers_it(
    qtbot: Any, dialog: ConnectServerDialog, pg_demo_url: str, settings: QSettings
) -> None:
    dialog.url_edit.setText(pg_demo_url)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    store = dialog.store
    assert store is not None
    try:
        assert store.backend == "postgresql"
        assert team.recent_servers(settings) == [ServerURL.parse(pg_demo_url).redacted]
    finally:
        store.close()


def test_a_login_without_access_is_told_to_ask_for_a_grant(
    qtbot: Any, dialog: ConnectServerDialog, pg_url: str, pg_server: str
) -> None:
    pg_support = importlib.import_module("tests.pg_support")
    role = pg_support.unique_name("nobody")
    pg_support._autocommit(pg_server, f'CREATE ROLE "{role}" LOGIN')
    try:
        dialog.url_edit.setText(pg_url)
        dialog.user_edit.setText(role)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    finally:
        pg_support._autocommit(pg_server, f'DROP ROLE "{role}"')
    text = dialog.result_label.text()
    assert "no access" in text and "server grant" in text, text
