"""The passphrase of an encrypted database: asked when one is opened, chosen for a new one.

`unlock_or_ask(path)` is the gate every open path passes: a plain file goes through; an
encrypted one is unlocked with the passphrase kept in the system keychain, else the user is
asked (a wrong passphrase is said next to the field, the file is never written). Cancel
leaves the file untouched and returns False.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui import accessibility, theme
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.store import crypto, keys

log = logging.getLogger(__name__)

LOST_WARNING = QT_TR_NOOP(
    "Keep the passphrase safe: without it nobody, not even support, can open this "
    "database or its backups again. A lost passphrase cannot be recovered."
)


def _password_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    accessibility.name_widget(edit)
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("passphraseError")
    theme.set_tone(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


class UnlockDialog(QDialog):
    """Asks for the passphrase of the encrypted database `path` until it opens it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(tr("Encrypted database"))
        self.path = Path(path)
        self.passphrase: crypto.Passphrase | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("{file} is encrypted. Enter its passphrase to open it.").format(file=self.path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = _password_field("passphraseEdit")
        layout.addWidget(self.edit)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.edit.textEdited.connect(self.error.hide)
        self.remember = QCheckBox(tr("Remember in the system keychain"))
        self.remember.setObjectName("rememberCheck")
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        text = self.edit.text()
        if not text:
            self._say(tr("Enter the passphrase."))
            return
        key = crypto.Passphrase(text)
        try:
            crypto.verify(self.path, key)
        except crypto.WrongPassphraseError:
            self._say(tr("The passphrase is wrong. Try again (the file has not been changed)."))
            self.edit.selectAll()
            self.edit.setFocus()
            return
        except crypto.StoreError as exc:
            self._say(message(exc.sentence()))
            return
        self.passphrase = key
        super().accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def unlock_or_ask(path: Path, parent: QWidget | None = None) -> bool:
    """True when `path` can be opened: plain, or its passphrase now registered (from the
    keychain or the user). False when the user cancelled; nothing was written."""
    path = Path(path)
    if not path.is_file() or not crypto.looks_encrypted(path) or crypto.key_for(path):
        return True
    kept = keys.remembered(path)
    if kept is not None:
        try:
            crypto.verify(path, kept)
        except crypto.StoreError:
            pass  # changed since it was kept: ask
        else:
            crypto.unlock(path, kept)
            return True
    dialog = UnlockDialog(path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.passphrase is None:
        return False
    crypto.unlock(path, dialog.passphrase)
    if dialog.remember.isChecked():
        keys.remember(path, dialog.passphrase)
    return True


class NewPassphraseDialog(QDialog):
    """Offers to encrypt a new database: the passphrase twice, the warning, remember."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(tr("New database"))
        self.path = Path(path)
        self.passphrase: crypto.Passphrase | None = None
        layout = QVBoxLayout(self)
        self.encrypt = QCheckBox(tr("Encrypt with a passphrase"))
        self.encrypt.setObjectName("encryptCheck")
        layout.addWidget(self.encrypt)
        self.edit = _password_field("passphraseEdit")
        self.edit.setPlaceholderText(tr("Passphrase"))
        self.confirm = _password_field("confirmEdit")
        self.confirm.setPlaceholderText(tr("The same passphrase again"))
        warning = QLabel(tr(LOST_WARNING))
        warning.setObjectName("lostPassphraseWarning")
        warning.setWordWrap(True)
        self.remember = QCheckBox(tr("Remember in the system keychain"))
        self.remember.setObjectName("rememberCheck")
        self.error = _error_label()
        self.edit.textEdited.connect(self.error.hide)
        self.confirm.textEdited.connect(self.error.hide)
        self.fields = (self.edit, self.confirm, warning, self.remember)
        for widget in (*self.fields, self.error):
            layout.addWidget(widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self._on_encrypt_toggled)
        self._on_encrypt_toggled(False)

    def _on_encrypt_toggled(self, on: bool) -> None:
        for widget in self.fields:
            widget.setEnabled(on)
        if not on:
            self.error.hide()

    def accept(self) -> None:
        if self.encrypt.isChecked():
            if len(self.edit.text()) < 8:
                self._say(tr("Choose a passphrase of at least 8 characters."))
                return
            if self.confirm.text() != self.edit.text():
                self._say(tr("The two passphrases differ."))
                return
            self.passphrase = crypto.Passphrase(self.edit.text())
        super().accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def choose_encryption(path: Path, parent: QWidget | None = None, *, required: bool = False) -> bool:
    """Ask whether the new database `path` is encrypted (`required`: only for the
    passphrase of a database about to be encrypted); registers the passphrase when it
    is. False when the user cancelled (nothing is created or changed)."""
    dialog = NewPassphraseDialog(path, parent)
    if required:
        dialog.setWindowTitle(tr("Encrypt database"))
        dialog.encrypt.setChecked(True)
        dialog.encrypt.hide()
    if dialog.exec() != QDialog.DialogCode.Accepted or (required and not dialog.passphrase):
        return False
    if dialog.passphrase is not None:
        crypto.unlock(path, dialog.passphrase)
        if dialog.remember.isChecked():
            keys.remember(path, dialog.passphrase)
    return True


def encrypted(path: Path) -> bool:
    """True when the open database `path` is encrypted."""
    return crypto.key_for(path) is not None and crypto.looks_encrypted(path)


def confirm_decrypt(path: Path, parent: QWidget | None = None) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Remove encryption"),
        tr(
            "Remove the encryption of {file}? Anyone who can read the file can then read "
            "its data. An encrypted backup is taken first."
        ).format(file=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def forget_unused(path: Path) -> None:
    """Drop a passphrase chosen for a plain database that was not encrypted after all."""
    if not crypto.looks_encrypted(path):
        crypto.forget(path)
        keys.forget_remembered(path)


@dataclass(frozen=True)
class Conversion:
    failure: str = ""  # one sentence when nothing was changed
    plain_backups: int = 0  # earlier backups left unencrypted


def convert(path: Path, decrypting: bool) -> Conversion:
    """Encrypt `path` with the passphrase `choose_encryption` registered, or decrypt it
    (no store may be open on it). Never raises for a refusal: the file is then unchanged."""
    from cdmo_desktop.store.encryption import decrypt_database, encrypt_database, plain_backups

    key = crypto.key_for(path)
    if key is None:
        return Conversion(tr("No passphrase was given."))
    try:
        if decrypting:
            decrypt_database(path, key)
            keys.forget_remembered(path)
            return Conversion()
        crypto.forget(path)  # the file is still plain: read it as it is
        encrypt_database(path, key)
        return Conversion(plain_backups=len(plain_backups(path)))
    except crypto.StoreError as exc:
        log.warning("encryption of %s not changed: %s", path, exc.message)
        forget_unused(path)
        return Conversion(message(exc.sentence()))
    except OSError as exc:
        log.warning("encryption of %s not changed: %s", path, exc.strerror)
        forget_unused(path)
        return Conversion(
            tr("The file {path} could not be converted ({reason}).").format(
                path=path, reason=exc.strerror
            )
        )
