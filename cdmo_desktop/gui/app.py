"""Start-up of the desktop app: the QApplication, settings, logging and the first database.

Which database opens, in order: `--demo` (a fresh demo portfolio in a temporary folder),
`--db PATH`, the `CDMO_DESKTOP_DB` environment variable, the database used last, the default
file in the user-data folder. When none of them exists yet (first start), a welcome dialog
offers the demo portfolio, an empty database or an existing file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cdmo_desktop import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__
from cdmo_desktop.gui import database
from cdmo_desktop.store import Store, StoreError
from cdmo_desktop.store.paths import ENV_DB, default_db_path, log_dir

log = logging.getLogger(__name__)
LAST_DB_KEY = "database/last"
DEMO_FILENAME = "demo-portfolio.sqlite"
LOG_FILENAME = f"{APP_NAME}.log"


@dataclass
class OpenedDatabase:
    store: Store
    remember: bool = True  # False for the temporary demo: never "the last database"
    temp_dir: Path | None = None


def run(db_path: Path | None, demo: bool, *, settings: QSettings | None = None) -> int:
    """Open the main window; returns the process exit code (1 when the user quit before a
    database could be opened)."""
    app = ensure_application()
    configure_matplotlib_dir()
    handler = setup_logging()
    previous_hook = sys.excepthook
    sys.excepthook = _show_unexpected_error
    opened: OpenedDatabase | None = None
    ctx = None
    try:
        settings = settings if settings is not None else QSettings()
        log.info("%s %s starting", APP_DISPLAY_NAME, __version__)
        opened = open_initial_database(settings, db_path, demo)
        if opened is None:
            return 1
        from cdmo_desktop.gui.context import AppContext
        from cdmo_desktop.gui.main_window import MainWindow

        ctx = AppContext(opened.store, settings)
        window = MainWindow(ctx, remember_database=opened.remember)
        window.show()
        from cdmo_desktop.gui import startup_probe

        startup_probe.install(window)  # only with CDMO_DESKTOP_EXIT_AFTER_PAINT=1 (benchmark)
        code = execute(app)
        window.deleteLater()
        settings.sync()
        return code
    finally:
        sys.excepthook = previous_hook
        if ctx is not None:
            ctx.store.close()  # the store open at the end (File > Open may have swapped it)
        if opened is not None:
            opened.store.close()
            if opened.temp_dir is not None:
                shutil.rmtree(opened.temp_dir, ignore_errors=True)
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()


def execute(app: QCoreApplication) -> int:
    """The event loop (a seam for tests)."""
    return app.exec()


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
    app.setDesktopFileName(APP_NAME)
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


def setup_logging() -> logging.Handler | None:
    """Log to a rotating file in the user log folder (stdout is None under gui-scripts)."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILENAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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
        QMessageBox.critical(
            None,
            "Unexpected error",
            f"Something went wrong: {exc}\n\nEverything saved before this is safe. The "
            f"details are in {log_dir() / LOG_FILENAME}.",
        )


# --- choosing the first database ----------------------------------------------------------
def initial_path(settings: QSettings) -> tuple[Path, Path | None]:
    """The database to open without --db, and the last database if it has gone missing."""
    if os.environ.get(ENV_DB, "").strip():
        return default_db_path(), None
    last = str(settings.value(LAST_DB_KEY, "", type=str))
    if last and Path(last).is_file():
        return Path(last), None
    return default_db_path(), (Path(last) if last else None)


def open_initial_database(
    settings: QSettings,
    db_path: Path | None = None,
    demo: bool = False,
    parent: QWidget | None = None,
) -> OpenedDatabase | None:
    if demo:
        temp_dir = Path(tempfile.mkdtemp(prefix=f"{APP_NAME}-demo-"))
        store = _make_demo(temp_dir / DEMO_FILENAME, settings, parent)
        if store is None:
            shutil.rmtree(temp_dir, ignore_errors=True)
            return None
        return OpenedDatabase(store, remember=False, temp_dir=temp_dir)
    if db_path is not None:
        store = database.open_or_ask(Path(db_path).expanduser(), settings, parent)
        return OpenedDatabase(store) if store is not None else None
    path, missing = initial_path(settings)
    if path.exists():
        store = database.open_or_ask(path, settings, parent)
        return OpenedDatabase(store) if store is not None else None
    return welcome(settings, path, missing, parent)


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
    try:
        return database.create_demo(path, settings)
    except (StoreError, OSError) as exc:
        QMessageBox.critical(
            parent, "Demo portfolio", f"The demo portfolio could not be created at {path}: {exc}."
        )
        return None
