"""File > Restore from backup… and File > Encrypt database… / Remove encryption… close the
store, change the file and open it again on the screen the user was on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Partner, new_id
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs import passphrase
from cdmo_desktop.gui.dialogs.restore import RestoreBackupDialog
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.store import crypto
from cdmo_desktop.store.backup import list_backups
from cdmo_desktop.store.crypto import Passphrase
from cdmo_desktop.store.partner_edits import create_partner

pytestmark = pytest.mark.gui


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    w = MainWindow(ctx, remember_database=False)
    qtbot.addWidget(w)
    yield w
    crypto.forget()


def _add(ctx: AppContext, name: str) -> None:
    create_partner(ctx.store, new_id(), {"name": name, "kind": "cdmo", "country": "CH"})


def _names(ctx: AppContext) -> list[str]:
    with ctx.store.read() as s:
        return sorted(p.name for p in s.exec(select(Partner)).all())


def test_restore_from_backup_brings_the_backup_back_on_the_same_screen(
    window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(ctx, "Kept Labs")
    ctx.store.backup(reason="manual")
    _add(ctx, "Later Labs")
    window.show_screen("partners")
    [backup] = [b for b in list_backups(ctx.store.path) if b.reason == "manual"]

    def choose(dialog: RestoreBackupDialog) -> int:
        dialog.selected = backup
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreBackupDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.database.restore_action.trigger()
    assert _names(ctx) == ["Kept Labs"]
    screen = window.current_screen()
    assert screen is not None and screen.key == "partners"
    assert "Restored the backup taken" in window.statusBar().currentMessage()


def test_encrypt_and_remove_encryption_keep_the_data_and_reopen(
    window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(ctx, "Secret Labs")
    path = ctx.store.path

    def choose(p: object, parent: object = None, *, required: bool = False) -> bool:
        crypto.unlock(path, Passphrase("correct horse battery"))
        return True

    monkeypatch.setattr(passphrase, "choose_encryption", choose)
    window.database.encryption_action.trigger()
    assert crypto.looks_encrypted(path) and b"Secret Labs" not in path.read_bytes()
    assert _names(ctx) == ["Secret Labs"]
    assert window.statusBar().currentMessage() == f"{path.name} is encrypted"

    monkeypatch.setattr(passphrase, "confirm_decrypt", lambda *a, **k: True)
    window.database.encryption_action.trigger()
    assert not crypto.looks_encrypted(path)
    assert _names(ctx) == ["Secret Labs"]
    assert window.statusBar().currentMessage() == f"{path.name} is decrypted"
