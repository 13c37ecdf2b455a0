"""Start-up of the desktop app: the QApplication, settings, logging and the first database.

Which database opens, in order: `--demo` (a fresh demo portfolio in a temporary folder),
`--db PATH` (or a team server's `postgresql://` URL), the `CDMO_DESKTOP_DB` environment
variable, the database used last (a file or a team server), the default file in the
user-data folder. A team server that cannot be reached is said in one sentence, with the
offer to open its local copy read-only; cancelled, the window opens the local file. When
none of them exists yet (first start), a welcome dialog offers the demo portfolio, an empty
database or an existing file.

Paint first, load the ORM after, off the GUI thread: an existing database at the current
schema is only probed read-only (stdlib sqlite3, SQLite's quick_check) and locked before
the window is built; the full integrity check of a small file follows the first paint on
the opening thread, before the store opens (a file it finds damaged is refused then, with
the same sentence, and the window closes);
the window paints at once (the Portfolio from a read-only look at the file, any other
screen the user left last as a light placeholder) and answers menus and the sidebar
while the Store (SQLAlchemy, SQLModel, the tables, the start screen's modules) opens on
a thread of its own (database.StoreOpener), with the lock handed over, never released in
between; then the screens fill in (the heat map is painted by Qt: no matplotlib). A
start screen that shows everything from the file (the Schedule's preview reads the whole
plan) does not load the ORM at all until the user first does something (a key, a click,
a scroll, a drop): an app left on show stays idle, and nothing can write meanwhile (the
lock is held, the store is not there). A new database, one that needs a migration, and
the demo open the Store first, as before.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import shutil
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cdmo_desktop import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__
from cdmo_desktop.gui import (
    crash_log,
    gc_guard,
    i18n,
    quit_signals,
    single_instance,
    theme,
)
from cdmo_desktop.gui.database import PendingStore, StoreOpener
from cdmo_desktop.gui.first_database import OpenedDatabase, initial_path, open_initial_database
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.quit_signals import QuitOnSignal
from cdmo_desktop.store import StoreError, safe_log
from cdmo_desktop.store.files import make_private, private_umask
from cdmo_desktop.store.paths import log_dir

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.main_window import MainWindow
    from cdmo_desktop.store import Store

log = logging.getLogger(__name__)
LOG_FILENAME = f"{APP_NAME}.log"
DESKTOP_ID = "io.github.cdmo_desktop.PartnershipDesk"  # the .desktop file and AppStream id


def run(db_path: Path | str | None, demo: bool, *, settings: QSettings | None = None) -> int:
    """Open the main window; returns the process exit code (1 when the user quit before a
    database could be opened)."""
    private_umask()  # the database, its -wal/-shm, backups, log, settings: owner-only
    app = ensure_application()
    collector = gc_guard.install(app)  # cycles are freed on the GUI thread, never in a worker
    # ... and not before the first paint: a collection there (its timer fires before the
    # paint on a busy machine) only delays it; restarted after that paint, or at the end.
    collector.timer.stop()
    configure_matplotlib_dir()
    handler = setup_logging()
    crash_log.enable()  # a native crash leaves the stacks in the log folder
    previous_hook = sys.excepthook
    sys.excepthook = _show_unexpected_error
    opened: OpenedDatabase | None = None
    ctx = None
    windows: list[MainWindow] = []
    # From here on SIGTERM / Ctrl+C close the window as Quit does, so the clean-up below
    # runs (the --demo folder included); the old handlers come back at the very end.
    quitter = QuitOnSignal(lambda number: quit_on_signal(number, windows))
    quitter.install()
    try:
        settings = settings if settings is not None else QSettings()
        make_settings_private(settings)
        theme.install(app, settings)  # light or dark, following the system's colour scheme
        i18n.install(app, settings)  # the system's language, or the one Preferences chose
        log.info("%s %s starting", APP_DISPLAY_NAME, __version__)
        if single_instance.hand_over_at_start(db_path, demo, initial_path(settings)[0]):
            return 0  # the window that has this database open came to the front
        from cdmo_desktop.gui import startup_probe
        from cdmo_desktop.gui.context import AppContext
        from cdmo_desktop.gui.main_window import MainWindow

        opened = open_initial_database(settings, db_path, demo, defer=True)
        if opened is None:
            return 1
        ctx = AppContext(opened.store, settings, path=opened.path)
        window = MainWindow(ctx, remember_database=opened.remember)
        windows.append(window)
        window.show()
        startup_probe.after_first_paint(window, lambda: log.info("window shown"))
        startup_probe.after_first_paint(window, collector.timer.start)
        refused: list[bool] = []
        opener = None
        if opened.pending is not None:
            opener = attach_in_background(ctx, opened.pending, window, refused)
            waits = window.waits_for_store()
            if not waits:  # the file's full check after the paint, the store on the first input
                startup_probe.after_first_paint(window, opener.check)
            watcher = (
                startup_probe.after_first_paint(window, opener.start)
                if waits
                else startup_probe.on_first_input(opener.start, window)
            )
        startup_probe.install(window, ctx)  # only with CDMO_DESKTOP_EXIT_AFTER_PAINT=1
        code = execute(app)
        if opener is not None:
            watcher.cancel()  # the loop ended before the paint or input: nothing to attach
            opener.cancel()
            opener.wait()
            if opener.store is not None and not ctx.has_store:
                opener.store.close()  # opened as the window closed: never attached
        window.deleteLater()
        settings.sync()
        make_settings_private(settings)
        return 1 if any(refused) else code
    finally:
        if not collector.timer.isActive():
            collector.timer.start()
        sys.excepthook = previous_hook
        if ctx is not None and ctx.has_store:
            ctx.store.close()  # the store open at the end (File > Open may have swapped it)
        if opened is not None:
            if opened.store is not None:
                opened.store.close()
            if opened.pending is not None:
                opened.pending.release()  # the lock, unless a Store took it over
            if opened.temp_dir is not None:
                shutil.rmtree(opened.temp_dir, ignore_errors=True)
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()
        quitter.uninstall()
        quitter.deleteLater()
        quit_signals.stop_dismissing()
        crash_log.disable()


def quit_on_signal(number: int, windows: list[MainWindow]) -> None:
    """The system asked the app to quit: whatever dialog is open is cancelled (a welcome
    dialog means Quit), the window closes without asking and saves what it can."""
    log.info("%s received: quitting", quit_signals.signal_name(number))
    quit_signals.dismiss_dialogs()
    for window in windows:
        window.quit_unattended()
    QCoreApplication.quit()


def attach_in_background(
    ctx: AppContext, pending: PendingStore, window: QWidget, refused: list[bool]
) -> StoreOpener:
    """The opener of the Store of the database the window shows (start it after the first
    paint): the store, once open, goes to the context, which enables everything. A
    refusal at this point (the daily backup cannot be written, say) is explained and the
    window closes (`refused` gets True); the file has not been changed."""
    from cdmo_desktop.gui.pages import SCREEN_BY_KEY
    from cdmo_desktop.gui.window_state import start_screen

    screen = SCREEN_BY_KEY[start_screen(ctx.settings)]
    opener = StoreOpener(pending, ctx.settings, (screen.module,), parent=window)

    def on_opened(store: Store) -> None:
        ctx.attach_store(store)

    def on_refused(exc: StoreError) -> None:
        log.warning("refused %s after the first paint: %s", pending.path, exc)
        refused.append(True)
        QMessageBox.critical(
            window,
            tr("Cannot open the database"),
            tr("{reason}\n\nThe file has not been changed.").format(
                reason=message(StoreError(exc.message, pending.path).sentence())
            ),
        )
        window.close()

    opener.opened.connect(on_opened)
    opener.refused.connect(on_refused)
    return opener


def execute(app: QCoreApplication) -> int:
    """The event loop (a seam for tests). A PDF still being written when the window closes
    is finished before the process exits."""
    code = app.exec()
    from cdmo_desktop.gui.workers import wait_for_jobs

    wait_for_jobs()
    return code


def ensure_application() -> QApplication:
    """The running QApplication, or a new one named for QSettings with the app icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setDesktopFileName(DESKTOP_ID)  # packaging/linux/<DESKTOP_ID>.desktop
    from cdmo_desktop.gui.icons import app_icon

    app.setWindowIcon(app_icon())
    return app


def configure_matplotlib_dir() -> None:
    """A persistent MPLCONFIGDIR, so matplotlib's font cache is built once, not per start."""
    if os.environ.get("MPLCONFIGDIR"):
        return
    import platformdirs

    folder = Path(platformdirs.user_cache_dir(APP_NAME, ORG_NAME)) / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    os.environ["MPLCONFIGDIR"] = str(folder)


def make_settings_private(settings: QSettings) -> None:
    """The settings file (recent files, the consultant's name) and its folder: owner-only."""
    name = settings.fileName()
    if settings.format() == QSettings.Format.IniFormat and name:
        make_private(Path(name).parent)
        make_private(name)


def setup_logging() -> logging.Handler | None:
    """Log to a rotating owner-only file in the user log folder (stdout is None under
    gui-scripts); no record carries SQL, its parameters or record contents (safe_log)."""
    try:
        handler = safe_log.open_log_file(log_dir(), LOG_FILENAME)
    except OSError:
        return None
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return handler


def _show_unexpected_error(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    log.critical("unexpected error", exc_info=(kind, exc, tb))
    if QApplication.instance() is not None:
        # Never the exception's own text: a database error's holds the SQL and its
        # parameters, other errors may hold record contents.
        QMessageBox.critical(
            None,
            tr("Unexpected error"),
            tr(
                "Something went wrong: {reason}\n\nEverything saved before this is safe. "
                "The details are in {log}."
            ).format(reason=message(safe_log.user_text(exc)), log=log_dir() / LOG_FILENAME),
        )
