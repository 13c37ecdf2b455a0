"""Offline: the local copy of a server opens read-only, and the offer to open it says why
in one sentence, without a password. The address helpers keep passwords out of the
address field and the recent list."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from sqlmodel import select

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.gui import team
from cdmo_desktop.store import Store
from cdmo_desktop.store.errors import WriteRefused
from cdmo_desktop.store.offline import open_local_copy

pytestmark = pytest.mark.gui


@pytest.fixture
def copy(demo_store: Store, tmp_path: Path) -> Path:
    """A local copy of the server's data (what pg-copy writes: a plain SQLite file)."""
    target = tmp_path / "servers" / "db.example.com-5432-desk.sqlite"
    target.parent.mkdir()
    demo_store.backup(tmp_path / "b")
    shutil.copy(next((tmp_path / "b").glob("*.sqlite")), target)
    return target


def test_the_local_copy_opens_read_only_and_refuses_edits(copy: Path) -> None:
    with open_local_copy(copy, "desk on db.example.com:5432 as dana") as store:
        assert store.read_only
        assert "local copy of desk on db.example.com:5432 as dana" in store.read_only_reason
        with store.read() as s:
            assert s.exec(select(Partner)).first() is not None
        with pytest.raises(WriteRefused):
            store.write("Edit", lambda s: None)
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]  # no -wal, no lock


def test_the_offer_says_why_in_one_sentence_and_offers_the_copy(
    qtbot: Any, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = (
        "desk on db.example.com:5432 as dana cannot be reached: nothing answers at "
        "db.example.com:5432 (connection refused)."
    )
    box = team.offline_box(None, reason, copy)
    qtbot.addWidget(box)

    assert box.text() == reason
    assert "read-only" in box.informativeText()
    buttons = {b.objectName(): b for b in box.buttons()}
    assert box.defaultButton() is buttons["openLocalCopyButton"]

    monkeypatch.setattr(QMessageBox, "exec", lambda self: self.defaultButton().click())
    assert team.ask_open_local_copy(None, reason, copy)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda self: self.button(QMessageBox.StandardButton.Cancel).click()
    )
    assert not team.ask_open_local_copy(None, reason, copy)


def test_without_a_local_copy_there_is_only_the_reason(qtbot: Any) -> None:
    box = team.offline_box(None, "The server cannot be reached.", None)
    qtbot.addWidget(box)
    assert "no local copy" in box.informativeText()
    assert [b.objectName() for b in box.buttons() if b.objectName()] == []


def test_a_password_typed_into_the_address_is_taken_out_of_it() -> None:
    assert team.split_password("postgresql://dana:s3cr%40t@db:5432/desk") == (
        "postgresql://dana@db:5432/desk",
        "s3cr@t",
    )
    assert team.split_password("postgresql://dana@db/desk") == ("postgresql://dana@db/desk", "")


def test_the_user_field_names_who_connects() -> None:
    assert (
        team.with_user("postgresql://dana@db:5432/desk", "lee") == "postgresql://lee@db:5432/desk"
    )
    assert team.with_user("postgresql://db/desk?sslmode=require", "lee") == (
        "postgresql://lee@db/desk?sslmode=require"
    )
    assert team.with_user("postgresql://dana@db/desk", "") == "postgresql://dana@db/desk"


# --- File > Connect to team server in the window ------------------------------------------
@pytest.fixture
def window(qtbot: Any, ctx: Any) -> Any:
    from cdmo_desktop.gui.main_window import MainWindow

    w = MainWindow(ctx, remember_database=False)
    qtbot.addWidget(w)
    return w


def test_ctrl_shift_o_opens_the_connect_dialog_and_cancel_changes_nothing(
    window: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QKeySequence

    from cdmo_desktop.gui.dialogs.connect_server import ConnectServerDialog

    action = window.database.connect_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+O")
    assert action in window.findChild(QMenu, "fileMenu").actions()
    shown: list[ConnectServerDialog] = []

    def cancel(dialog: ConnectServerDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ConnectServerDialog, "exec", cancel)
    before = ctx.store

    action.trigger()

    assert len(shown) == 1
    assert ctx.store is before and not window.live.running


def test_an_unreachable_server_from_the_menu_opens_its_local_copy_read_only(
    window: Any, ctx: Any, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.gui.dialogs.connect_server import ConnectServerDialog
    from cdmo_desktop.store.location import ServerURL

    def unreachable(d: ConnectServerDialog) -> int:
        d.url = ServerURL.parse("postgresql://dana@db.example.com:5432/desk")
        d.offline, d.local_copy = True, copy
        d.result_label.setText(
            "The team server desk on db.example.com:5432 as dana cannot be reached."
        )
        return 1

    monkeypatch.setattr(ConnectServerDialog, "exec", unreachable)
    offered: list[str] = []

    def accept(_parent: object, reason: str, _copy: object) -> bool:
        offered.append(reason)
        return True

    monkeypatch.setattr(team, "ask_open_local_copy", accept)
    window.database.connect_action.trigger()

    assert offered == ["The team server desk on db.example.com:5432 as dana cannot be reached."]
    assert ctx.store.read_only and ctx.store.file == copy
    assert window.windowTitle() == f"{copy.name} (read-only)"
    assert window.read_only_banner.isVisibleTo(window)
    assert "local copy of desk on db.example.com:5432 as dana" in window.read_only_banner.text()
    assert not window.live.running


def test_a_local_copy_belongs_to_its_login(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy holds what one login may see: another login to the same server on this
    computer is never offered it, not even its backups."""
    from cdmo_desktop.store import paths
    from cdmo_desktop.store.location import ServerURL

    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    dana = ServerURL.parse("postgresql://dana@db.example.com:5432/desk")
    danae = ServerURL.parse("postgresql://danae@db.example.com:5432/desk")
    mine = paths.local_copy_path(dana)
    assert mine.name == "db.example.com-5432-desk-dana.sqlite"
    mine.parent.mkdir(parents=True)
    shutil.copy(demo_store.backup(tmp_path / "b"), mine)
    backups = paths.server_backup_dir(dana)
    backups.mkdir(parents=True)
    shutil.copy(mine, backups / "db.example.com-5432-desk-dana-20261204T101500Z-manual.sqlite")
    assert team.local_copy(dana) is not None
    assert team.local_copy(danae) is None
