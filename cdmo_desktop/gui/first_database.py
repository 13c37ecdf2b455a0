"""Which database the app opens at start: the one asked for (--db, a team server's URL),
the demo, the last one, or the default file after the welcome dialog (first start). An
existing file at the current schema can come back probed and locked but not opened
(`defer`): its Store follows the first paint (gui/app.py)."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cdmo_desktop import APP_NAME
from cdmo_desktop.gui import database
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.database import PendingStore
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.long_tasks import build_demo
from cdmo_desktop.store import StoreError
from cdmo_desktop.store.location import is_server_url
from cdmo_desktop.store.paths import ENV_DB, default_db_path

if TYPE_CHECKING:
    from cdmo_desktop.store import Store

log = logging.getLogger(__name__)
DEMO_FILENAME = "demo-portfolio.sqlite"


@dataclass
class OpenedDatabase:
    store: Store | None  # None while `pending` (opened after the first paint)
    remember: bool = True  # False for the temporary demo: never "the last database"
    temp_dir: Path | None = None
    pending: PendingStore | None = None

    @property
    def path(self) -> Path | None:
        """The database file (None on a team server)."""
        if self.store is not None:
            return self.store.file
        assert self.pending is not None
        return self.pending.path


def initial_path(settings: QSettings) -> tuple[Path, Path | None]:
    """The database to open without --db, and the last database if it has gone missing."""
    if os.environ.get(ENV_DB, "").strip():
        return default_db_path(), None
    last = keys.get(settings, keys.LAST_DATABASE)
    if last and is_server_url(last):
        return default_db_path(), None  # the local file, when the server is not used
    if last and Path(last).is_file():
        return Path(last), None
    return default_db_path(), (Path(last) if last else None)


def open_initial_database(
    settings: QSettings,
    db_path: Path | str | None = None,
    demo: bool = False,
    parent: QWidget | None = None,
    *,
    defer: bool = False,
) -> OpenedDatabase | None:
    """The first database. With `defer`, an existing database at the current schema comes
    back probed and locked but not opened (`pending`): its Store follows the first paint."""
    opener = database.probe_or_ask if defer else database.open_or_ask
    if demo:
        temp_dir = Path(tempfile.mkdtemp(prefix=f"{APP_NAME}-demo-"))
        store = _make_demo(temp_dir / DEMO_FILENAME, settings, parent)
        if store is None:
            shutil.rmtree(temp_dir, ignore_errors=True)
            return None
        return OpenedDatabase(store, remember=False, temp_dir=temp_dir)
    if db_path is not None and is_server_url(str(db_path)):
        return open_server_at_start(str(db_path), settings, parent, defer=defer)
    if db_path is not None:
        return _opened(opener(Path(db_path).expanduser(), settings, parent))
    last = keys.get(settings, keys.LAST_DATABASE)
    if not os.environ.get(ENV_DB, "").strip() and is_server_url(last):
        return open_server_at_start(last, settings, parent, defer=defer)
    return open_local_database(settings, parent, defer=defer)


def open_local_database(
    settings: QSettings, parent: QWidget | None = None, *, defer: bool = False
) -> OpenedDatabase | None:
    """The database file on this computer: the last one, or the default (welcome first)."""
    opener = database.probe_or_ask if defer else database.open_or_ask
    path, missing = initial_path(settings)
    if path.exists():
        return _opened(opener(path, settings, parent))
    return welcome(settings, path, missing, parent)


def open_server_at_start(
    text: str, settings: QSettings, parent: QWidget | None = None, *, defer: bool = False
) -> OpenedDatabase | None:
    """The team server at `text` (its password from the keychain or libpq's sources).
    Unreachable: say so and offer the local copy read-only. Any other failure, or the
    offer declined: the Connect dialog, saying why; cancelled, the local file opens."""
    from cdmo_desktop.gui import team
    from cdmo_desktop.gui.dialogs.connect_server import ConnectServerDialog
    from cdmo_desktop.store.location import ServerURL
    from cdmo_desktop.store.server_check import Failure, describe_failure

    address = ""
    try:
        url = ServerURL.parse(text)
    except StoreError as exc:
        reason = exc.sentence()
    else:
        address = url.redacted
        try:
            return OpenedDatabase(team.open_server(url, None))
        except Exception as exc:
            log.warning("team server %s not opened (%s)", url.display, type(exc).__name__)
            check = describe_failure(exc, url)
            reason = check.sentence
            if check.failure is Failure.UNREACHABLE:
                copy = team.local_copy(url)
                store = team.offer_local_copy(parent, url, reason, copy)
                if store is not None:
                    return OpenedDatabase(store, remember=False)
    dialog = ConnectServerDialog(settings, parent, url=address)
    dialog.show_result(reason, ok=False)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    store, chosen, copy = dialog.store, dialog.url, dialog.local_copy
    reason = dialog.result_label.text()
    dialog.deleteLater()
    if accepted and store is not None:
        return OpenedDatabase(store)
    if accepted and chosen is not None and dialog.offline:
        store = team.offer_local_copy(parent, chosen, reason, copy)
        if store is not None:
            return OpenedDatabase(store, remember=False)
    return open_local_database(settings, parent, defer=defer)


def _opened(result: Store | PendingStore | None) -> OpenedDatabase | None:
    if result is None:
        return None
    if isinstance(result, PendingStore):
        return OpenedDatabase(None, pending=result)
    return OpenedDatabase(result)


def welcome(
    settings: QSettings, path: Path, missing: Path | None, parent: QWidget | None = None
) -> OpenedDatabase | None:
    """First start: the demo portfolio (a file of its own beside `path`), an empty database
    at `path`, or an existing file."""
    from cdmo_desktop.gui.dialogs.welcome import WelcomeChoice, WelcomeDialog

    while True:
        dialog = WelcomeDialog(settings, path, missing, parent)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        store: Store | None = None
        if choice is WelcomeChoice.QUIT:
            return None
        if choice is WelcomeChoice.DEMO:
            demo_path = path.with_name(DEMO_FILENAME)
            if demo_path.exists():
                store = database.open_or_ask(demo_path, settings, parent)
            else:
                store = _make_demo(demo_path, settings, parent)
        elif choice is WelcomeChoice.EMPTY:
            from cdmo_desktop.gui.dialogs.passphrase import choose_encryption

            # a new file: encrypted or not, as File > New asks; Cancel goes back
            if not path.exists() and not choose_encryption(path, parent):
                continue
            store = database.open_or_ask(path, settings, parent)
        else:
            chosen = database.choose_existing_file(parent, path.parent)
            if chosen is None:
                continue
            store = database.open_or_ask(chosen, settings, parent)
        if store is not None:
            return OpenedDatabase(store)
        if choice is not WelcomeChoice.DEMO:
            return None


def _make_demo(path: Path, settings: QSettings, parent: QWidget | None) -> Store | None:
    """Build the demo off the GUI thread with progress and Cancel (gui/long_tasks.py)."""
    outcome = build_demo(parent, path, settings)
    if outcome.failure:
        QMessageBox.critical(
            parent,
            tr("Demo portfolio"),
            tr("The demo portfolio could not be created at {path}. {reason}").format(
                path=path, reason=message(outcome.failure)
            ),
        )
    return outcome.value
