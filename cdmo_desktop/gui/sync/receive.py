"""Sync > Receive changes…: take in a sync file another copy wrote.

The file is checked first (what it is, who sent it, whether it is encrypted: its header
only). An encrypted one asks for its passphrase; a wrong one is said next to the field and
nothing is read further. Then, off the GUI thread: a backup of the database, and the apply,
all of the file or nothing (Cancel rolls it back). Every screen refreshes from the change
notice, and the report says what arrived. A refusal (another schema revision, a damaged
file, changes missing in between) is one sentence, and nothing was changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.sync.common import FILE_FILTER, error_label, named, plural
from cdmo_desktop.gui.sync.progress import SyncProgressDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.workers import ProgressFn
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.sync import SyncBatch, SyncReport

log = logging.getLogger(__name__)
NOTHING_CHANGED = QT_TR_NOOP("Nothing was changed.")


@dataclass(frozen=True)
class Received:
    report: SyncReport
    sender_name: str
    backup: Path | None
    changes: ChangeSet | None = None  # the rows the apply wrote, as they stand now


class FilePassphraseDialog(QDialog):
    """The passphrase of an encrypted sync file, asked until the file reads with it."""

    def __init__(
        self, path: Path, read: Callable[[str], SyncBatch], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncFilePassphraseDialog")
        self.setWindowTitle(tr("Encrypted sync file"))
        self.setAccessibleName(tr("Encrypted sync file"))
        self.path = path
        self._read = read
        self.batch: SyncBatch | None = None
        layout = QVBoxLayout(self)
        intro = named(
            QLabel(
                tr("{file} is encrypted. Enter the passphrase its sender chose.").format(
                    file=path.name
                )
            ),
            "syncFilePassphraseIntro",
            tr("About the passphrase"),
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.edit = named(QLineEdit(), "syncFilePassphraseEdit", tr("Passphrase"))
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.edit)
        self.error = error_label("syncFilePassphraseError")
        layout.addWidget(self.error)
        self.edit.textEdited.connect(self.error.hide)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        named(open_button, "syncFilePassphraseOpenButton", tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        from cdmo_desktop.store import StoreError

        text = self.edit.text()
        if not text:
            self._say(tr("Enter the passphrase."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.batch = self._read(text)
        except StoreError as exc:
            self._say(message(exc.sentence()))
            self.edit.selectAll()
            self.edit.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def choose_file(parent: QWidget, settings: QSettings) -> Path | None:
    folder = keys.get(settings, keys.SYNC_FOLDER) or str(Path.home())
    chosen, _ = QFileDialog.getOpenFileName(parent, tr("Receive changes"), folder, tr(FILE_FILTER))
    return Path(chosen) if chosen else None


def apply_work(
    store: Any, path: Path, batch: SyncBatch | None
) -> Callable[[ProgressFn, Callable[[], bool]], Received]:
    """Read (unless read already), back up, apply: off the GUI thread."""

    def work(progress: ProgressFn, cancelled: Callable[[], bool]) -> Received:
        from cdmo_desktop.store import StoreError, live, sync, sync_file

        data = batch
        if data is None:
            progress(0, tr("Reading the file…"))
            data = sync_file.read_sync_file(path)
        progress(0, tr("Taking a backup of the database first…"))
        try:
            backup: Path | None = store.backup(reason="sync")
        except StoreError as exc:
            raise StoreError(
                tr("No backup could be taken, so the changes were not applied. {reason}").format(
                    reason=message(exc.sentence())
                )
            ) from exc
        total = len(data.entries)

        shown = [-1]

        def step(done: int, of: int) -> None:
            """Told per change: passed on once per percent (10k changes, 100 signals)."""
            percent = int(100 * done / max(of, 1))
            if percent == shown[0]:
                return
            shown[0] = percent
            n = fmt.number_text
            progress(
                percent, tr("Applying change {done} of {total}…").format(done=n(done), total=n(of))
            )

        progress(1, plural(total, tr("Applying {count} change…"), tr("Applying {count} changes…")))
        cursor = live.log_head(store)
        report = sync.apply(store, data, progress=step, cancelled=cancelled)
        changes = None if report.nothing_new else live.changes_since(store, cursor).changeset
        return Received(report, data.sender_name, backup, changes)

    return work


def notice(received: Received) -> ChangeSet:
    """The change notice for the screens: the rows the apply wrote as they stand now (the
    applied entries are logged as another session's, store.live reads them back), with
    the tables the report names (and those derived from them) as a floor."""
    from dataclasses import replace

    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.live import DERIVED_FROM

    report = received.report
    tables = {t for t, n in report.by_kind.items() if n}
    tables |= {c.table for c in (*report.conflicts, *report.duplicates)}
    tables |= {r.table for r in report.renumbered}
    tables |= {derived for derived, sources in DERIVED_FROM.items() if sources & tables}
    label = tr("Changes from {sender}").format(sender=received.sender_name or tr("another copy"))
    if received.changes is None:
        return ChangeSet(label, tables=frozenset(tables))
    return replace(received.changes, label=label, tables=received.changes.tables | tables)


def refusal(sentence: str) -> str:
    """`sentence`, saying that nothing was changed unless it says so already."""
    if "nothing was changed" in sentence.casefold():
        return message(sentence)
    return f"{message(sentence)} {tr(NOTHING_CHANGED)}"


def failure_text(reason: str, cancelled: bool) -> str:
    return (
        tr("Cancelled. {outcome}").format(outcome=tr(NOTHING_CHANGED))
        if cancelled
        else refusal(reason)
    )


def receive_changes(
    ctx: AppContext,
    parent: QWidget,
    path: Path | None = None,
    on_received: Callable[[Received], object] | None = None,
) -> SyncProgressDialog | None:
    """The whole Receive flow; returns the progress window (None: nothing to do)."""
    from cdmo_desktop.store import StoreError, sync, sync_file

    if path is None:
        path = choose_file(parent, ctx.settings)
        if path is None:
            return None
    keys.set(ctx.settings, keys.SYNC_FOLDER, str(path.parent))
    try:
        info = sync_file.describe(path)
        # packed for another copy: said before any passphrase, backup or apply
        sync.refuse_misaddressed(ctx.store, info.for_peer, info.sender_name or path.stem)
        if info.encrypted:  # another schema revision is refused before any passphrase
            sync_file.read_sync_file(path)
    except sync_file.NeedsPassphrase:
        pass
    except StoreError as exc:
        QMessageBox.warning(parent, tr("Cannot receive changes"), refusal(message(exc.sentence())))
        return None
    batch = None
    if info.encrypted:
        dialog = FilePassphraseDialog(
            path, lambda text: sync_file.read_sync_file(path, passphrase=text), parent
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        batch = dialog.batch
        dialog.deleteLater()
        if not accepted or batch is None:
            return None
    sender = info.sender_name or tr("another copy")
    progress = SyncProgressDialog(
        tr("Receive changes"),
        plural(
            info.count,
            tr("Taking in {count} change from {sender} ({file})."),
            tr("Taking in {count} changes from {sender} ({file})."),
            sender=sender,
            file=path.name,
        ),
        parent,
    )
    progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def succeeded(received: Received) -> None:
        ctx.announce(notice(received))
        progress.accept()
        if on_received is not None:
            on_received(received)

    progress.succeeded.connect(succeeded)
    progress.failed.connect(
        lambda reason: progress.finish(
            failure_text(reason, progress.was_cancelled), error=not progress.was_cancelled
        )
    )
    progress.start(apply_work(ctx.store, path, batch))
    return progress
