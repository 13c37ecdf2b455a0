"""Sync > Send changes to…: a file with the changes another copy has not seen yet.

The user picks the copy it is for (a peer this database has exchanged files with, or a
new one: then every change goes in), where the file goes (a USB stick, a folder to attach
to an e-mail, a shared folder with an outbox per copy: the folder last used for each copy
is offered again) and, optionally, a passphrase. The
file is written off the GUI thread; only once it is on disk is the peer recorded as having
been sent these changes (`sync.mark_sent`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.sync.common import FILE_FILTER, SUFFIX, error_label, named, plural, when_text
from cdmo_desktop.gui.sync.progress import SyncProgressDialog
from cdmo_desktop.gui.workers import ProgressFn

if TYPE_CHECKING:
    from collections.abc import Sequence

    from cdmo_desktop.gui.context import AppContext

MIN_PASSPHRASE = 8
NEW_COPY = QT_TR_NOOP("A new copy (every change)")


@dataclass(frozen=True)
class PeerChoice:
    """A copy the file can be for: its replica id (None: a new copy) and label."""

    id: str | None
    name: str
    last_sent: str = ""


@dataclass(frozen=True)
class Sent:
    path: Path
    changes: int
    size: int
    peer: str


def safe_stem(text: str) -> str:
    """`text` usable in a file name on every system."""
    stem = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")
    return stem[:60] or "copy"


def size_text(size: int) -> str:
    if size < 1024:
        return tr("{count} bytes").format(count=fmt.number_text(size))
    if size < 1024 * 1024:
        return tr("{count} KB").format(count=fmt.number_text(max(1, round(size / 1024))))
    return tr("{count} MB").format(count=fmt.number_text(round(size / (1024 * 1024))))


class SendDialog(RememberedGeometryDialog):
    """Who the file is for, where it goes, and an optional passphrase (twice)."""

    def __init__(
        self,
        peers: Sequence[PeerChoice],
        own_name: str,
        folder: Callable[[str | None], Path],
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent, settings)
        self.setObjectName("syncSendDialog")
        self.setWindowTitle(tr("Send changes"))
        self.setAccessibleName(tr("Send changes"))
        self.own_name = own_name
        self.folder = folder
        self._auto_name = True
        self.path: Path | None = None
        self.passphrase: str | None = None
        layout = QVBoxLayout(self)
        intro = named(
            QLabel(
                tr(
                    "Write the changes the other copy has not seen into one file. Carry it on a "
                    "USB stick, attach it to an e-mail or put it in a shared folder; the other "
                    "copy takes it in with Sync > Receive changes."
                )
            ),
            "syncSendIntro",
            tr("About sending changes"),
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.peer_combo = named(QComboBox(), "syncPeerCombo", tr("Send to"))
        for peer in peers:
            text = peer.name + (
                tr("  (last sent {when})").format(when=peer.last_sent) if peer.last_sent else ""
            )
            self.peer_combo.addItem(text, peer)
        self.peer_combo.addItem(tr(NEW_COPY), PeerChoice(None, ""))
        self.peer_combo.currentIndexChanged.connect(self._on_peer_combo_changed)
        peer_label = QLabel(tr("Send &to:"))
        peer_label.setBuddy(self.peer_combo)
        form.addRow(peer_label, self.peer_combo)
        self.peer_hint = named(QLabel(), "syncPeerHint", tr("What goes into the file"))
        self.peer_hint.setWordWrap(True)
        theme.set_tone(self.peer_hint, "muted")
        form.addRow("", self.peer_hint)
        row = QHBoxLayout()
        self.path_edit = named(QLineEdit(), "syncFileEdit", tr("File to write"))
        self.path_edit.textEdited.connect(self._on_path_edit_edited)
        self.browse_button = named(
            QPushButton(tr("&Browse…")), "syncBrowseButton", tr("Choose the file")
        )
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        file_label = QLabel(tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        self.encrypt_check = named(
            QCheckBox(tr("&Encrypt the file with a passphrase")), "syncEncryptCheck", tr("Encrypt")
        )
        self.encrypt_check.toggled.connect(self._on_encrypt_check_toggled)
        form.addRow("", self.encrypt_check)
        self.passphrase_edit = named(QLineEdit(), "syncPassphraseEdit", tr("Passphrase"))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = named(QLineEdit(), "syncConfirmEdit", tr("The same passphrase again"))
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(tr("&Passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label = QLabel(tr("&Again:"))
        self.confirm_label.setBuddy(self.confirm_edit)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        self.passphrase_note = named(
            QLabel(tr("Tell the other side the passphrase by another way than the file (a call).")),
            "syncPassphraseNote",
            tr("About the passphrase"),
        )
        self.passphrase_note.setWordWrap(True)
        theme.set_tone(self.passphrase_note, "muted")
        form.addRow("", self.passphrase_note)
        layout.addLayout(form)
        self.error = error_label("syncSendError")
        layout.addWidget(self.error)
        for edit in (self.path_edit, self.passphrase_edit, self.confirm_edit):
            edit.textEdited.connect(self.error.hide)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = named(
            QPushButton(tr("&Write file")), "syncWriteButton", tr("Write file")
        )
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.write_button.setDefault(True)  # Enter writes (once in the dialog)
        self.setMinimumWidth(560)
        self._on_encrypt_check_toggled(False)
        self._on_peer_combo_changed(0)

    @property
    def peer(self) -> PeerChoice:
        choice = self.peer_combo.currentData()
        assert isinstance(choice, PeerChoice)
        return choice

    def default_path(self) -> Path:
        peer = self.peer
        target = f"to-{safe_stem(peer.name)}" if peer.id else "all"
        name = f"{safe_stem(self.own_name)}-{target}-{date.today().isoformat()}{SUFFIX}"
        return self.folder(peer.id) / name

    def _on_peer_combo_changed(self, _index: int) -> None:
        peer = self.peer
        self.peer_hint.setText(
            tr("The changes {peer} has not had from this database yet.").format(peer=peer.name)
            if peer.id
            else tr("Every change in this database: for a copy that has never received a file.")
        )
        if self._auto_name:
            self.path_edit.setText(str(self.default_path()))

    def _on_path_edit_edited(self, _text: str) -> None:
        self._auto_name = False

    def _on_browse_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Write the sync file"), self.path_edit.text(), tr(FILE_FILTER)
        )
        if chosen:
            self._auto_name = False
            self.path_edit.setText(chosen)
            self.error.hide()

    def _on_encrypt_check_toggled(self, on: bool) -> None:
        for widget in (
            self.passphrase_label,
            self.passphrase_edit,
            self.confirm_label,
            self.confirm_edit,
            self.passphrase_note,
        ):
            widget.setEnabled(on)
        if on:
            self.passphrase_edit.setFocus()

    def accept(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._say(tr("Choose where the file goes."), self.path_edit)
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if not path.parent.is_dir():
            self._say(
                tr("The folder {folder} does not exist.").format(folder=path.parent), self.path_edit
            )
            return
        if path.is_dir():
            self._say(tr("That is a folder: give the file a name."), self.path_edit)
            return
        passphrase = None
        if self.encrypt_check.isChecked():
            passphrase = self.passphrase_edit.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self._say(
                    tr("Choose a passphrase of at least {count} characters.").format(
                        count=MIN_PASSPHRASE
                    ),
                    self.passphrase_edit,
                )
                return
            if self.confirm_edit.text() != passphrase:
                self._say(tr("The two passphrases differ."), self.confirm_edit)
                return
        if path.exists() and not _replace_ok(self, path):
            return
        self.path, self.passphrase = path, passphrase
        super().accept()

    def _say(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()


def _replace_ok(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Replace the file"),
        tr("{file} is already in {folder}. Replace it?").format(file=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def outbox(settings: QSettings, peer_id: str | None) -> Path:
    """Where a file for `peer_id` goes: the folder last used for that copy, else the one
    last used for any, else the home folder."""
    for setting in ((keys.SYNC_OUTBOX.at(peer_id),) if peer_id else ()) + (keys.SYNC_FOLDER,):
        folder = keys.get(settings, setting)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def peer_choices(store: Any) -> list[PeerChoice]:
    """The copies this database has exchanged files with, most recent first."""
    from cdmo_desktop.store import sync

    peers = sync.peers(store)
    return [PeerChoice(p.id, p.name, when_text(p.last_sent_at)) for p in peers]


def own_name(ctx: AppContext) -> str:
    """What this copy is called in file names: the database file's stem, or the server."""
    server = ctx.store.server
    return server.display if server is not None else ctx.database_path.stem


def write_work(
    store: Any, peer: PeerChoice, path: Path, passphrase: str | None
) -> Callable[[ProgressFn, Callable[[], bool]], Sent]:
    """The work of writing the file (off the GUI thread)."""

    def work(progress: ProgressFn, _cancelled: Callable[[], bool]) -> Sent:
        from cdmo_desktop.store import sync, sync_file

        progress(0, tr("Collecting the changes…"))
        batch = sync.pack(store, peer.id)
        progress(
            40, tr("Writing {count} changes…").format(count=fmt.number_text(len(batch.entries)))
        )
        size = sync_file.write_sync_file(batch, path, passphrase=passphrase)
        progress(90, tr("Noting what was sent…"))
        sync.mark_sent(store, batch)
        progress(100, "")
        return Sent(path, len(batch.entries), size, peer.name)

    return work


def sent_text(sent: Sent) -> str:
    who = sent.peer or tr("the other copy")
    if not sent.changes:
        return tr(
            "Nothing new for {peer} since the last file. {file} was written anyway: "
            "it tells the other copy what this database holds."
        ).format(peer=who, file=sent.path)
    wrote = plural(
        sent.changes,
        tr("Wrote {count} change ({size}) to {file}."),
        tr("Wrote {count} changes ({size}) to {file}."),
        size=size_text(sent.size),
        file=sent.path,
    )
    give = tr("Give the file to {peer}; they take it in with Sync > Receive changes.")
    return f"{wrote}\n\n{give.format(peer=who)}"


def not_written(reason: str) -> str:
    """The failure, saying once that no file was written."""
    if reason.startswith("The file could not be written"):
        return reason
    return tr("No file was written. {reason}").format(reason=message(reason))


def send_changes(ctx: AppContext, parent: QWidget) -> SyncProgressDialog | None:
    """The whole Send flow; returns the progress window (None when cancelled)."""
    from cdmo_desktop.store import StoreError

    try:
        peers = peer_choices(ctx.store)
    except StoreError as exc:
        QMessageBox.warning(parent, tr("Cannot send changes"), message(exc.sentence()))
        return None
    dialog = SendDialog(peers, own_name(ctx), partial(outbox, ctx.settings), parent, ctx.settings)
    accepted = dialog.exec() == SendDialog.DialogCode.Accepted
    path, passphrase, peer = dialog.path, dialog.passphrase, dialog.peer
    dialog.deleteLater()
    if not accepted or path is None:
        return None
    keys.set(ctx.settings, keys.SYNC_FOLDER, str(path.parent))
    if peer.id:
        keys.set(ctx.settings, keys.SYNC_OUTBOX.at(peer.id), str(path.parent))
    progress = SyncProgressDialog(
        tr("Send changes"), tr("Writing {file}…").format(file=path.name), parent, cancellable=False
    )
    progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    progress.succeeded.connect(lambda sent: progress.finish(sent_text(sent)))
    progress.failed.connect(lambda reason: progress.finish(not_written(reason), error=True))
    progress.start(write_work(ctx.store, peer, path, passphrase))
    return progress
