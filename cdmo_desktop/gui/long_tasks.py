"""The app's long work, each run through gui/long_work.py (busy cursor, progress after
half a second, off the GUI thread): a backup (Cancel stops the copy; no file is left), a
restore (progress, no Cancel: the database is replaced in one transaction and must come
out whole), the demo portfolio (Cancel between its parts removes the half-made file) and
a schedule or calendar export (Cancel before the file is written; it is written
atomically, so never half)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.long_work import Outcome, ProgressFn, Token, run_with_progress

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store


def take_backup(parent: QWidget | None, store: Store) -> Outcome[Path]:
    """Store.backup(reason="manual") with a progress bar over the pages copied."""

    def work(progress: ProgressFn, token: Token) -> Path:
        def step(done: int, total: int) -> None:
            token.check()
            progress(int(done * 100 / total) if total else 0, tr("Copying the database"))

        token.check()
        return store.backup(reason="manual", progress=step)

    return run_with_progress(parent, tr("Backup now"), tr("Backing up the database…"), work)


def restore(parent: QWidget | None, work: Callable[[], str]) -> str:
    """Run a restore (`work`: its own sentence on failure, "" when it went through) off
    the GUI thread with the window painting; it cannot be cancelled halfway."""
    outcome = run_with_progress(
        parent,
        tr("Restore from backup"),
        tr("Restoring the backup; the database is replaced when it is complete…"),
        lambda _progress, _token: work(),
        cancellable=False,
    )
    return outcome.failure or (outcome.value or "")


def build_demo(parent: QWidget | None, path: Path, settings: QSettings) -> Outcome[Store]:
    """database.create_demo, cancellable between its parts (the file is then removed)."""
    from cdmo_desktop.gui import database

    def work(progress: ProgressFn, token: Token) -> Store:
        def step(percent: int, text: str) -> None:
            token.check()
            progress(percent, text)

        return database.create_demo(path, settings, step=step)

    return run_with_progress(parent, tr("Demo portfolio"), tr("Building the demo portfolio…"), work)


def write_export(
    parent: QWidget | None, title: str, path: Path, make: Callable[[], bytes]
) -> Outcome[Path]:
    """`make()` (reading the store, building the file's bytes) off the GUI thread, then
    the bytes written atomically to `path` unless the user cancelled meanwhile."""
    from cdmo_desktop.store.files import write_bytes_atomic

    def work(progress: ProgressFn, token: Token) -> Path:
        progress(10, reading)
        data = make()
        token.check()
        progress(90, writing)
        write_bytes_atomic(path, data)
        return path

    reading = tr("Reading the plan")  # translated here: `work` runs off the GUI thread
    writing = tr("Writing {file}").format(file=path.name)
    return run_with_progress(parent, title, tr("Writing {file}…").format(file=path.name), work)
