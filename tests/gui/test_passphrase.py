"""The passphrase prompt of an encrypted database, the keychain, and an encrypted new
database from File > New."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.gui import database
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs import passphrase
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.store import crypto, encryption, keys, open_store
from tests.keyring_support import MemoryKeyring, memory_keychain

KEY = crypto.Passphrase("harbour lights 42")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    with memory_keychain() as ring:
        crypto.forget()
        yield ring
        crypto.forget()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "locked" / "client.sqlite"
    path.parent.mkdir()
    crypto.unlock(path, KEY)
    with open_store(path) as store, store.session() as s:
        s.add(Partner(name="Sealed Partner", kind=PartnerKind.CRO))
    crypto.forget()
    return path


def _state(path: Path) -> tuple[str, list[str]]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(os.listdir(path.parent))


def test_a_wrong_passphrase_is_said_next_to_the_field_and_the_dialog_stays(
    encrypted: Path, qtbot: QtBot
) -> None:
    before = _state(encrypted)
    dialog = passphrase.UnlockDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setText("not it")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and "passphrase is wrong" in dialog.error.text()
    dialog.resize(460, dialog.sizeHint().height())
    dialog.grab().save(str(encrypted.parent.parent / "unlock.png"))
    assert _state(encrypted) == before
    dialog.edit.setText(KEY.reveal())
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase == KEY


def test_cancel_leaves_the_file_untouched(encrypted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _state(encrypted)

    def cancel(dialog: passphrase.UnlockDialog) -> int:
        dialog.edit.setText("guess")
        dialog.accept()  # wrong: stays open
        dialog.reject()
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(passphrase.UnlockDialog, "exec", cancel)
    assert passphrase.unlock_or_ask(encrypted) is False
    assert crypto.key_for(encrypted) is None
    assert _state(encrypted) == before


def test_remembered_in_the_keychain_it_opens_without_asking(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    def answer(dialog: passphrase.UnlockDialog) -> int:
        dialog.edit.setText(KEY.reveal())
        dialog.remember.setChecked(True)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(passphrase.UnlockDialog, "exec", answer)
    assert passphrase.unlock_or_ask(encrypted) is True
    assert list(memory_keyring.kept.values()) == [KEY.reveal()]
    crypto.forget()

    def never(_dialog: passphrase.UnlockDialog) -> int:
        raise AssertionError("asked although the keychain holds the passphrase")

    monkeypatch.setattr(passphrase.UnlockDialog, "exec", never)
    assert passphrase.unlock_or_ask(encrypted) is True
    assert crypto.key_for(encrypted) == KEY


def test_without_a_usable_keychain_nothing_is_remembered_and_nothing_fails(
    encrypted: Path,
) -> None:
    keyring.set_keyring(fail.Keyring())
    assert keys.remember(encrypted, KEY) is False
    assert keys.remembered(encrypted) is None
    keys.forget_remembered(encrypted)


def test_the_start_path_asks_for_the_passphrase_and_opens(
    encrypted: Path, settings: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(dialog: passphrase.UnlockDialog) -> int:
        dialog.edit.setText(KEY.reveal())
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(passphrase.UnlockDialog, "exec", answer)
    store = database.open_or_ask(encrypted, settings)  # type: ignore[arg-type]
    assert store is not None
    try:
        with store.session() as s:
            assert [p.name for p in s.exec(select(Partner))] == ["Sealed Partner"]
    finally:
        store.close()


def test_file_new_database_offers_encryption(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    fresh = tmp_path / "new" / "secret.sqlite"
    fresh.parent.mkdir()
    monkeypatch.setattr(database, "choose_new_file", lambda *a: fresh)
    shots: list[QDialog] = []

    def fill(dialog: passphrase.NewPassphraseDialog) -> int:
        dialog.encrypt.setChecked(True)
        dialog.edit.setText("short")
        dialog.accept()
        assert "at least 8" in dialog.error.text()
        dialog.edit.setText("a long passphrase")
        dialog.confirm.setText("a long passphrase!")
        dialog.accept()
        assert "differ" in dialog.error.text()
        dialog.confirm.setText("a long passphrase")
        dialog.resize(460, dialog.sizeHint().height())
        dialog.grab().save(str(tmp_path / "new-encrypted.png"))
        shots.append(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(passphrase.NewPassphraseDialog, "exec", fill)
    window.database.new_action.trigger()
    assert shots
    assert ctx.store.path == fresh.absolute()
    with ctx.store.session() as s:
        s.add(Partner(name="Brand New Confidential", kind=PartnerKind.CRO))
    assert crypto.looks_encrypted(fresh)
    assert b"Brand New Confidential" not in fresh.read_bytes()
    wal = fresh.with_name(fresh.name + "-wal")
    assert b"Brand New Confidential" not in (wal.read_bytes() if wal.exists() else b"")


def test_a_pdf_of_an_encrypted_database_is_built_by_the_worker(
    demo_template: Path, settings: object, qtbot: QtBot, tmp_path: Path
) -> None:
    """The PDF worker is another process: the window hands it the passphrase."""
    import shutil

    from cdmo_desktop.gui.reports.reports import ExportDialog
    from tests.reports.pdfcheck import text_of

    path = tmp_path / "sealed.sqlite"
    shutil.copyfile(demo_template, path)
    encryption.encrypt_database(path, KEY)
    store = open_store(path)
    ctx = AppContext(store, settings)  # type: ignore[arg-type]
    try:
        with store.read() as s:
            engagement = s.exec(select(Engagement).order_by(Engagement.title)).first()
        assert engagement is not None
        dialog = ExportDialog(ctx, engagement_id=engagement.id)
        qtbot.addWidget(dialog)
        dialog.ui.outputEdit.setText(str(tmp_path / "status.pdf"))
        with qtbot.waitSignal(dialog.exported, timeout=60_000):
            assert dialog.export()
        assert engagement.title.split()[0] in text_of(tmp_path / "status.pdf")
    finally:
        ctx.undo_stack.clear()
        store.close()


def test_file_encrypt_database_and_remove_encryption(
    demo_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    path = demo_ctx.store.path
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    assert window.database.encryption_action.text() == "&Encrypt database…"

    def fill(dialog: passphrase.NewPassphraseDialog) -> int:
        assert dialog.encrypt.isChecked() and dialog.encrypt.isHidden()
        dialog.edit.setText("river stones 9")
        dialog.confirm.setText("river stones 9")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(passphrase.NewPassphraseDialog, "exec", fill)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window.database.encryption_action.trigger()
    assert crypto.looks_encrypted(path)
    assert b"Hollis Ridge" not in path.read_bytes()
    with demo_ctx.store.read() as s:
        assert s.exec(select(Partner).where(Partner.name.startswith("Hollis"))).first()
    menu.aboutToShow.emit()
    assert window.database.encryption_action.text() == "Remove &encryption…"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.database.encryption_action.trigger()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert crypto.key_for(path) is None
    with demo_ctx.store.read() as s:
        assert s.exec(select(Partner).where(Partner.name.startswith("Hollis"))).first()
