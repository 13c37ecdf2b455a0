"""Sync > Send changes to…: who the file is for, where it goes, and its passphrase; every
problem is said next to the fields and the dialog stays open."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.sync.send import (
    NEW_COPY,
    PeerChoice,
    SendDialog,
    Sent,
    not_written,
    outbox,
    safe_stem,
    sent_text,
    size_text,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> SendDialog:
    keys.set(settings, keys.SYNC_FOLDER, str(tmp_path))
    peers = [PeerChoice("r-laptop-b", "Laptop B", "2 Dec 2026 14:05")]
    d = SendDialog(peers, "desk", partial(outbox, settings), None, settings)
    qtbot.addWidget(d)
    return d


def test_the_file_name_follows_the_copy_it_is_for(dialog: SendDialog, tmp_path: Path) -> None:
    assert dialog.peer_combo.currentText() == "Laptop B  (last sent 2 Dec 2026 14:05)"
    path = Path(dialog.path_edit.text())
    assert path.parent == tmp_path and path.name.startswith("desk-to-Laptop-B-")
    assert path.suffix == ".cdmosync"
    dialog.peer_combo.setCurrentIndex(1)
    assert dialog.peer_combo.currentText() == NEW_COPY
    assert dialog.peer.id is None
    assert Path(dialog.path_edit.text()).name.startswith("desk-all-")
    assert "never received" in dialog.peer_hint.text()


def test_a_name_typed_by_the_user_is_kept_when_the_peer_changes(dialog: SendDialog) -> None:
    dialog.path_edit.setText("/tmp/mine.cdmosync")
    dialog.path_edit.textEdited.emit("/tmp/mine.cdmosync")
    dialog.peer_combo.setCurrentIndex(1)
    assert dialog.path_edit.text() == "/tmp/mine.cdmosync"


def test_problems_are_said_next_to_the_fields(dialog: SendDialog, tmp_path: Path) -> None:
    dialog.path_edit.setText(str(tmp_path / "missing" / "x.cdmosync"))
    dialog.accept()
    assert dialog.result() == 0 and not dialog.error.isHidden()
    assert "does not exist" in dialog.error.text()

    dialog.path_edit.setText(str(tmp_path / "for-b"))
    dialog.encrypt_check.setChecked(True)
    dialog.passphrase_edit.setText("short")
    dialog.accept()
    assert "at least 8 characters" in dialog.error.text()
    assert dialog.passphrase_edit.hasFocus() or not dialog.isVisible()

    dialog.passphrase_edit.setText("correct horse")
    dialog.confirm_edit.setText("correct hose")
    dialog.accept()
    assert dialog.error.text() == "The two passphrases differ."
    assert dialog.path is None  # nothing chosen yet

    dialog.confirm_edit.setText("correct horse")
    dialog.accept()
    assert dialog.result() == SendDialog.DialogCode.Accepted
    assert dialog.path == tmp_path / "for-b.cdmosync"  # the suffix added
    assert dialog.passphrase == "correct horse"


def test_a_file_already_there_is_replaced_only_when_the_user_says_so(
    dialog: SendDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "there.cdmosync"
    target.write_bytes(b"old")
    dialog.path_edit.setText(str(target))
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> object:
        def question(_parent: QWidget, _title: str, text: str, *_a: object) -> object:
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    dialog.accept()
    assert asked and "Replace it?" in asked[0]
    assert dialog.path is None
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.accept()
    assert dialog.path == target


def test_the_passphrase_fields_wait_for_the_encrypt_box(dialog: SendDialog, qtbot: QtBot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.passphrase_edit.isEnabled() and not dialog.confirm_edit.isEnabled()
    dialog.encrypt_check.setFocus()
    qtbot.keyClick(dialog.encrypt_check, Qt.Key.Key_Space)
    assert dialog.passphrase_edit.isEnabled() and dialog.confirm_edit.isEnabled()
    dialog.passphrase_edit.setText("correct horse")
    dialog.confirm_edit.setText("correct horse")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # Enter writes
    assert dialog.result() == SendDialog.DialogCode.Accepted
    assert dialog.passphrase == "correct horse"
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.objectName().startswith(
            "sync"
        ):
            assert widget.accessibleName(), widget.objectName()


def test_file_names_and_sizes_read_well() -> None:
    assert safe_stem("Dana's laptop / Basel") == "Dana-s-laptop-Basel"
    assert safe_stem("///") == "copy"
    assert size_text(900) == "900 bytes"
    assert size_text(50_000) == "49 KB"


def test_each_copy_gets_the_folder_last_used_for_it(settings: QSettings, tmp_path: Path) -> None:
    usb, shared = tmp_path / "usb", tmp_path / "shared"
    usb.mkdir()
    shared.mkdir()
    keys.set(settings, keys.SYNC_FOLDER, str(usb))
    keys.set(settings, keys.SYNC_OUTBOX.at("r-laptop-b"), str(shared))
    assert outbox(settings, "r-laptop-b") == shared  # its outbox in the shared folder
    assert outbox(settings, "r-other") == usb  # else where the last file went
    assert outbox(settings, None) == usb
    shared.rmdir()  # the share is not mounted today
    assert outbox(settings, "r-laptop-b") == usb


def test_a_file_with_nothing_new_says_so() -> None:
    text = sent_text(Sent(Path("/usb/x.cdmosync"), 0, 300, "Laptop B"))
    assert text.startswith("Nothing new for Laptop B since the last file.")


def test_a_failed_write_says_once_that_no_file_was_written() -> None:
    disk = "The file could not be written: No space left on device."
    assert not_written(disk) == disk
    assert not_written("The database is locked.") == (
        "No file was written. The database is locked."
    )
