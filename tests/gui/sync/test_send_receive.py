"""Sync > Send changes to… and Receive changes… between two real copies of the demo
portfolio (a clone made with store.sync_clone): the file written on a worker, the peer
marked as sent, the backup taken before the apply, the screens told, the report; a wrong
passphrase said next to the field; a refused or cancelled file changes nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.sync import SyncMenu, install_sync_menu
from cdmo_desktop.gui.sync.progress import SyncProgressDialog
from cdmo_desktop.gui.sync.receive import FilePassphraseDialog
from cdmo_desktop.gui.sync.report import SyncReportDialog
from cdmo_desktop.gui.sync.send import SendDialog
from cdmo_desktop.store import Store, sync
from cdmo_desktop.store.backup import list_backups
from cdmo_desktop.store.partner_edits import save_partner
from tests.sync_support import replica_of, sent_to

pytestmark = pytest.mark.gui
PASSPHRASE = "correct horse battery"


class Window(QWidget):
    """The little of a main window the Sync menu needs."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        from PySide6.QtWidgets import QMenuBar, QStatusBar, QVBoxLayout

        self.ctx = ctx
        layout = QVBoxLayout(self)
        self._bar, self._status = QMenuBar(self), QStatusBar(self)
        layout.addWidget(self._bar)
        layout.addWidget(self._status)

    def menuBar(self) -> Any:
        return self._bar

    def statusBar(self) -> Any:
        return self._status


@pytest.fixture
def laptop(demo_store: Store, tmp_path: Path) -> Iterator[Store]:
    s = replica_of(demo_store, tmp_path / "laptop" / "laptop.sqlite", "Laptop User")
    yield s
    s.close()


def _menu(qtbot: QtBot, store: Store, settings: QSettings) -> SyncMenu:
    window = Window(AppContext(store, settings))
    qtbot.addWidget(window)
    return install_sync_menu(window)


def _partner(store: Store, name_start: str) -> Partner:
    with store.read() as s:
        partners = s.exec(select(Partner).order_by(Partner.name)).all()
    return next(p for p in partners if p.name.startswith(name_start))


def _first_partner(store: Store) -> Partner:
    with store.read() as s:
        return s.exec(select(Partner).order_by(Partner.name)).first()  # type: ignore[return-value]


def _send(
    qtbot: QtBot,
    menu: SyncMenu,
    monkeypatch: pytest.MonkeyPatch,
    target: Path,
    *,
    peer: str | None,
    passphrase: str | None = None,
) -> SyncProgressDialog:
    def fake_exec(self: SendDialog) -> int:
        ids = [self.peer_combo.itemData(i).id for i in range(self.peer_combo.count())]
        self.peer_combo.setCurrentIndex(ids.index(peer))
        self.path_edit.setText(str(target))
        if passphrase:
            self.encrypt_check.setChecked(True)
            self.passphrase_edit.setText(passphrase)
            self.confirm_edit.setText(passphrase)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(SendDialog, "exec", fake_exec)
    progress = menu.send_changes()
    assert progress is not None
    qtbot.waitUntil(lambda: not progress.running, timeout=30000)
    return progress


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_changes_sent_from_one_copy_arrive_in_the_other_with_a_report(
    qtbot: QtBot,
    demo_store: Store,
    laptop: Store,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partner = _first_partner(demo_store)
    save_partner(demo_store, str(partner.id), {"notes": "Audit moved to March"})
    desk = _menu(qtbot, demo_store, settings)
    target = tmp_path / "outbox" / "for-laptop.cdmosync"
    target.parent.mkdir()
    laptop_id = sync.replica_id(laptop)

    sent = _send(qtbot, desk, monkeypatch, target, peer=laptop_id, passphrase=PASSPHRASE)
    assert target.is_file()
    assert sent.outcome.text().startswith("Wrote ")
    assert str(target) in sent.outcome.text()
    assert sent.close_button.isVisible() and not sent.cancel_button.isVisible()
    assert sent.heading.isHidden()  # "Writing …" is over
    peer = next(p for p in sync.peers(demo_store) if p.id == laptop_id)
    assert peer.last_sent_at is not None  # marked as sent once the file was on disk

    # The laptop takes it in: passphrase first wrong (said next to the field), then right.
    tries: list[str] = []

    def fake_passphrase(self: FilePassphraseDialog) -> int:
        self.edit.setText("wrong passphrase")
        self.accept()
        tries.append(self.error.text())
        assert self.error.isVisibleTo(self) and self.result() == 0
        self.edit.setText(PASSPHRASE)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(FilePassphraseDialog, "exec", fake_passphrase)
    other = _menu(qtbot, laptop, settings)
    notices: list[Any] = []
    other.ctx.changed.connect(lambda changeset, _i: notices.append(changeset))
    backups_before = len(list_backups(laptop.path))
    monkeypatch.setattr(
        "cdmo_desktop.gui.sync.receive.choose_file", lambda _parent, _settings: target
    )
    progress = other.receive_changes()
    assert progress is not None
    qtbot.waitUntil(lambda: other.report_dialog is not None, timeout=30000)
    assert tries and "passphrase" in tries[0].lower()

    assert _partner(laptop, partner.name).notes == "Audit moved to March"
    assert len(list_backups(laptop.path)) == backups_before + 1
    assert notices and notices[-1].touches("partner")  # the screens refresh
    row = notices[-1].row("partner", str(partner.id))  # with the rows, as a local edit does
    assert row is not None and row["notes"] == "Audit moved to March"
    report = other.report_dialog
    assert isinstance(report, SyncReportDialog)
    assert "merged into this database" in report.summary.text()
    assert "1 partner" in report.kinds.text()
    backup = report.findChild(QLabel, "syncReportBackup")
    assert backup is not None and "A backup was taken before" in backup.text()

    # The same file again: nothing new.
    report.close()
    monkeypatch.setattr(FilePassphraseDialog, "exec", lambda self: _accept_with(self, PASSPHRASE))
    other.report_dialog = None
    other.receive_changes()
    qtbot.waitUntil(lambda: other.report_dialog is not None, timeout=30000)
    again = other.report_dialog
    assert again is not None and "Nothing new" in again.summary.text()
    assert _partner(laptop, partner.name).notes == "Audit moved to March"


def _accept_with(dialog: FilePassphraseDialog, text: str) -> int:
    dialog.edit.setText(text)
    dialog.accept()
    return int(dialog.result())


def test_a_damaged_file_is_refused_in_one_sentence_and_nothing_changes(
    qtbot: QtBot,
    demo_store: Store,
    laptop: Store,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "all.cdmosync"
    _send(qtbot, _menu(qtbot, demo_store, settings), monkeypatch, target, peer=None)
    damaged = tmp_path / "damaged.cdmosync"
    data = target.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    other = _menu(qtbot, laptop, settings)
    before = _digest(laptop.path)
    from cdmo_desktop.gui.sync.receive import receive_changes

    assert receive_changes(other.ctx, other.parent_widget, path=damaged) is None
    assert _digest(laptop.path) == before
    assert len(shown) == 1 and "\n" not in shown[0]
    assert "damaged.cdmosync" in shown[0] and "nothing was changed" in shown[0].lower()


def test_a_cancelled_apply_changes_nothing(
    qtbot: QtBot,
    demo_store: Store,
    laptop: Store,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partner = _first_partner(demo_store)
    save_partner(demo_store, str(partner.id), {"notes": "Cancelled on the way"})
    target = sent_to(demo_store, laptop, tmp_path / "for-laptop.cdmosync")
    original = SyncProgressDialog.start

    def start_cancelled(self: SyncProgressDialog, work: Any) -> Any:
        self._stop.set()  # Cancel pressed before the apply's first step
        job = original(self, work)
        self.reject()  # Escape / Cancel while it works: the window stays until it stopped
        assert self.isVisible() and self.step.text().startswith("Cancelling")
        return job

    monkeypatch.setattr(SyncProgressDialog, "start", start_cancelled)
    from cdmo_desktop.gui.sync.receive import receive_changes

    other = _menu(qtbot, laptop, settings)
    received: list[object] = []
    progress = receive_changes(other.ctx, other.parent_widget, target, received.append)
    assert progress is not None
    qtbot.waitUntil(lambda: not progress.running, timeout=30000)
    assert not received
    assert progress.outcome.text() == "Cancelled. Nothing was changed."
    assert _partner(laptop, partner.name).notes != "Cancelled on the way"
    assert isinstance(progress, QDialog)


def test_a_file_packed_for_another_copy_is_refused_before_any_backup(
    qtbot: QtBot,
    demo_store: Store,
    laptop: Store,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Changes sent to the laptop, opened on a third copy: refused in one sentence naming
    both copies, before a backup is taken; the third copy is unchanged."""
    third_path = tmp_path / "third" / "third.sqlite"
    third = replica_of(demo_store, third_path, "Third User")
    partner = _first_partner(demo_store)
    save_partner(demo_store, str(partner.id), {"notes": "Meant for the laptop"})
    target = sent_to(demo_store, laptop, tmp_path / "for-laptop.cdmosync")
    try:
        before = _digest(third_path)
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
        from cdmo_desktop.gui.sync.receive import receive_changes

        other = _menu(qtbot, third, settings)
        assert receive_changes(other.ctx, other.parent_widget, path=target) is None
        assert len(shown) == 1 and "\n" not in shown[0]
        assert "packed for another copy" in shown[0]
        assert sync.replica_id(laptop)[:8] in shown[0] and sync.replica_id(third)[:8] in shown[0]
        assert _digest(third_path) == before
        assert list_backups(third_path) == []
        assert _partner(third, partner.name).notes != "Meant for the laptop"
    finally:
        third.close()
