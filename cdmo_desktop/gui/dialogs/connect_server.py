"""File > Connect to team server: the server's address, the user and password, a test of
the connection, and the servers used recently.

The address is checked as it is typed (the reason next to the field); "Test connection"
and "Connect" run off the GUI thread and say in one sentence what they found. The
password is never kept in the settings: only in the system keychain, when asked to.
Connect (Enter) gives `store`, the open server store; Cancel (Esc) leaves everything as
it was. When the server cannot be reached and a local copy exists, `offline` is True and
`local_copy` names it: the caller offers to open it read-only.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui import team, theme
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.workers import Job

if TYPE_CHECKING:
    from cdmo_desktop.store import Store
    from cdmo_desktop.store.location import ServerURL
    from cdmo_desktop.store.server_check import ServerCheck

log = logging.getLogger(__name__)
PLACEHOLDER = "postgresql://dana@db.example.com:5432/desk"


class ConnectServerDialog(RememberedGeometryDialog):
    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, url: str = ""
    ) -> None:
        super().__init__(parent, settings)
        self.setObjectName("connectServerDialog")
        self.setWindowTitle(tr("Connect to team server"))
        self.settings = settings
        self.store: Store | None = None
        self.url: ServerURL | None = None
        self.offline = False
        self.local_copy: Path | None = None
        self.job: Job | None = None
        self._build()
        self._fill_recent()
        if url:
            self.url_edit.setText(url)
        elif self.recent_list.count():
            self._use_recent(self.recent_list.item(0))
        self._on_url_edited()
        self.url_edit.setFocus()
        self.url_edit.setCursorPosition(0)

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Work on the practice's shared database. Ask your administrator for the address.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("serverUrlEdit")
        self.url_edit.setPlaceholderText(PLACEHOLDER)
        self.url_edit.setClearButtonEnabled(True)
        self.url_message = QLabel()
        self.url_message.setObjectName("serverUrlMessage")
        theme.set_tone(self.url_message, "error")
        self.url_message.setWordWrap(True)
        address = QVBoxLayout()
        address.setSpacing(2)
        address.addWidget(self.url_edit)
        address.addWidget(self.url_message)
        address_label = QLabel(tr("Server &address:"))
        address_label.setBuddy(self.url_edit)
        form.addRow(address_label, address)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("serverUserEdit")
        form.addRow(tr("&User:"), self.user_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("serverPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(tr("from the keychain or .pgpass when left empty"))
        form.addRow(tr("&Password:"), self.password_edit)
        self.remember_check = QCheckBox(tr("&Remember in the system keychain"))
        self.remember_check.setObjectName("rememberPasswordCheck")
        form.addRow("", self.remember_check)
        layout.addLayout(form)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(tr("&Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.result_label, 1)
        layout.addLayout(test_row)

        recent_title = QLabel(tr("Recent &servers:"))
        layout.addWidget(recent_title)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentServersList")
        self.recent_list.setMaximumHeight(110)
        self.recent_list.itemClicked.connect(self._use_recent)
        self.recent_list.itemActivated.connect(self._on_recent_activated)
        recent_title.setBuddy(self.recent_list)
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent_list, 1)
        self.forget_button = QPushButton(tr("&Forget"))
        self.forget_button.setObjectName("forgetServerButton")
        self.forget_button.setAutoDefault(False)
        self.forget_button.setToolTip(
            tr("Remove the selected server from this list and its password from the keychain")
        )
        self.forget_button.clicked.connect(self.forget_selected)
        recent_row.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(recent_row)
        self.recent_list.currentItemChanged.connect(lambda *_: self._enable())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(tr("&Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.url_edit.textChanged.connect(self._on_url_edited)
        self.user_edit.textChanged.connect(self._on_fields_edited)
        self.password_edit.textChanged.connect(self._on_fields_edited)
        self.resize(560, 0)

    def _fill_recent(self) -> None:
        self.recent_list.clear()
        for entry in team.recent_servers(self.settings):
            item = QListWidgetItem(entry)
            item.setToolTip(entry)
            self.recent_list.addItem(item)

    # --- the fields -----------------------------------------------------------------------
    def _use_recent(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.url_edit.setText(item.text())
        self.url_edit.setCursorPosition(0)  # the start of a long address shows
        self.recent_list.setCurrentItem(item)

    def forget_selected(self) -> None:
        """The selected recent server leaves the list; its kept password, the keychain."""
        from cdmo_desktop.store import keys
        from cdmo_desktop.store.errors import StoreError
        from cdmo_desktop.store.location import ServerURL

        item = self.recent_list.currentItem()
        if item is None:
            return
        entry = item.text()
        team.forget_recent(self.settings, entry)
        with contextlib.suppress(StoreError):  # an entry typed in by hand: nothing kept
            keys.forget_server_password(ServerURL.parse(entry))
        self.recent_list.takeItem(self.recent_list.row(item))
        self._enable()

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self._use_recent(item)
        self.connect_to_server()

    def _on_url_edited(self) -> None:
        text, password = team.split_password(self.url_edit.text())
        if password:  # never left in the address (or the recent list): moved to its field
            self.url_edit.blockSignals(True)
            self.url_edit.setText(text)
            self.url_edit.blockSignals(False)
            self.password_edit.setText(password)
        parsed = self._parse(text)
        if parsed is not None and parsed.user and not self.user_edit.isModified():
            self.user_edit.setText(parsed.user)
        self._on_fields_edited()

    def _on_fields_edited(self) -> None:
        self.result_label.clear()
        self.url = self._effective_url()
        self._enable()

    def _parse(self, text: str) -> ServerURL | None:
        """The URL in `text`, with the reason it is not one next to the field."""
        from cdmo_desktop.store.errors import StoreError
        from cdmo_desktop.store.location import ServerURL

        problem = ""
        parsed = None
        if text.strip():
            try:
                parsed = ServerURL.parse(text.strip())
            except StoreError as exc:
                problem = message(exc.sentence())
        self.url_message.setText(problem)
        self.url_message.setVisible(bool(problem))
        return parsed

    def _effective_url(self) -> ServerURL | None:
        text = self.url_edit.text().strip()
        if not text:
            self.url_message.hide()
            return None
        return self._parse(team.with_user(text, self.user_edit.text()))

    def _enable(self) -> None:
        idle = self.job is None
        for widget in (self.url_edit, self.user_edit, self.password_edit, self.recent_list):
            widget.setEnabled(idle)
        self.test_button.setEnabled(idle and self.url is not None)
        self.forget_button.setEnabled(idle and self.recent_list.currentItem() is not None)
        self.connect_button.setEnabled(idle and self.url is not None)

    @property
    def password(self) -> str | None:
        """The typed password; None lets the keychain or libpq's sources supply one."""
        return self.password_edit.text() or None

    # --- test and connect -----------------------------------------------------------------
    def test_connection(self) -> None:
        url = self.url
        if url is None or self.job is not None:
            return
        from cdmo_desktop.store.server_check import check_server

        password = self.password
        self._say(tr("Testing the connection…"), None)
        self._run(lambda _progress: check_server(url, password), self._on_tested)

    def _on_tested(self, check: ServerCheck) -> None:
        self._say(check.sentence, "ok" if check.ok else "error")

    def connect_to_server(self) -> None:
        url = self.url
        if url is None or self.job is not None:
            return
        password = self.password
        self._say(tr("Connecting to {server}…").format(server=url.display), None)
        self._run(lambda _progress: _open(url, password), self._on_connected)

    def _on_connected(self, outcome: Any) -> None:
        from cdmo_desktop.store.server_check import Failure, ServerCheck

        url = self.url
        if isinstance(outcome, ServerCheck):
            self._say(outcome.sentence, "error")
            if outcome.failure is Failure.UNREACHABLE and url is not None:
                self.local_copy = team.local_copy(url)
                if self.local_copy is not None:
                    self.offline = True
                    self.accept()
            elif outcome.failure is Failure.PASSWORD:
                self.password_edit.setFocus()
                self.password_edit.selectAll()
            return
        assert url is not None
        self.store = outcome
        team.remember_recent(self.settings, url)
        self._keep_password(url)
        self.accept()

    def _keep_password(self, url: ServerURL) -> None:
        from cdmo_desktop.store import keys

        password = self.password
        if self.remember_check.isChecked() and password:
            keys.remember_server_password(url, password)

    def _run(self, fn: Any, done: Any) -> None:
        job = self.job = Job(fn)
        job.signals.finished.connect(lambda result: self._finished(job, done, result))
        job.signals.failed.connect(lambda reason: self._failed(job, reason))
        self._enable()
        job.start()

    def _finished(self, job: Job, done: Any, result: Any) -> None:
        if job is not self.job:
            return
        self.job = None
        self._enable()
        done(result)

    def _failed(self, job: Job, reason: str) -> None:
        if job is not self.job:
            return
        self.job = None
        self._enable()
        self._say(reason, "error")

    def show_result(self, text: str, *, ok: bool) -> None:
        """Say what a connection attempt found (at start-up: why the last server failed)."""
        self._say(text, "ok" if ok else "error")

    def _say(self, text: str, tone: theme.Tone | None) -> None:
        theme.set_tone(self.result_label, tone)
        self.result_label.setText(message(text))  # the store's sentences translated

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.job is not None:
            return  # already connecting
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Cancel: a connection still being made is closed once it is open."""
        job = self.job
        if job is not None:
            self.job = None
            job.signals.finished.connect(_close_if_store)
        super().reject()


def _open(url: ServerURL, password: str | None) -> Store | ServerCheck:
    """The server store, or the ServerCheck saying why not (off the GUI thread)."""
    from cdmo_desktop.store.server_check import describe_failure

    try:
        return team.open_server(url, password)
    except Exception as exc:
        log.info("connecting to %s failed (%s)", url.display, type(exc).__name__)
        return describe_failure(exc, url)


def _close_if_store(result: object) -> None:
    close = getattr(result, "close", None)
    if callable(close):
        close()
