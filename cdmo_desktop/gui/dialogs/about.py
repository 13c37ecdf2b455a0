"""Help > About: the app's version and licence, the libraries it runs on (Python, Qt,
SQLite, the schema revision), where the database and the log are, and "Copy
diagnostics", which puts the same facts on the clipboard for a support request: versions,
platform and paths, never a record, a passphrase or a server password."""

from __future__ import annotations

import html
import platform
import sqlite3
import sys
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QWidget

from cdmo_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.forms.ui_about import Ui_AboutDialog
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.resources import resources_dir

# Distribution names, read from the installed metadata so matplotlib and reportlab are
# never imported just to print their version.
LIBRARIES = ("SQLAlchemy", "SQLModel", "Alembic", "matplotlib", "reportlab", "pypdfium2")
LICENCE = "MIT"


def library_versions() -> list[tuple[str, str]]:
    """(name, version) of Python, Qt, PySide6, SQLite and the libraries the app uses."""
    rows = [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite3.sqlite_version),
    ]
    for dist in LIBRARIES:
        try:
            rows.append((dist, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            rows.append((dist, "not installed"))
    return rows


def schema_revision() -> str:
    """The database schema this version writes (an opened database is upgraded to it)."""
    from cdmo_desktop.store.revisions import HEAD_REVISION

    return HEAD_REVISION


def log_file() -> Path:
    """The log gui/app.py writes (its LOG_FILENAME; imported from there it would close an
    import cycle through the window)."""
    from cdmo_desktop.store.paths import log_dir

    return log_dir() / f"{APP_NAME}.log"


def diagnostics(db_path: Path | str) -> str:
    """Plain text for a support request: versions, platform, screen and paths."""
    screen = QGuiApplication.primaryScreen()
    scale = f"{screen.devicePixelRatio():g}" if screen is not None else "no screen"
    build = "frozen app" if getattr(sys, "frozen", False) else "Python package"
    lines = [
        f"{APP_DISPLAY_NAME} {__version__} ({build})",
        f"Platform: {platform.platform()} ({platform.machine()})",
        f"Qt platform: {QGuiApplication.platformName()}, scale {scale}",
        *(f"{name}: {version}" for name, version in library_versions()),
        f"Schema revision: {schema_revision()}",
        f"Database: {db_path}",
        f"Log: {log_file()}",
    ]
    return "\n".join(lines)


class AboutDialog(RememberedGeometryDialog):
    def __init__(
        self,
        db_path: Path | str,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent, settings)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.db_path = db_path
        self.ui.titleLabel.setText(
            tr(
                "<h2>{app}</h2><p>Version {version}. Partner profiles, kickoff charters, risk "
                "logs, schedules and PDF reports for consultants who manage CRO, CDMO and CMO "
                "partnerships.</p><p>Free software under the {licence} licence.</p>"
            ).format(app=APP_DISPLAY_NAME, version=__version__, licence=LICENCE)
        )
        self.ui.titleLabel.setWordWrap(True)
        self._add_icon()
        cells = "".join(
            f"<tr><td>{html.escape(name)}</td><td>&nbsp;&nbsp;{html.escape(version)}</td></tr>"
            for name, version in [*library_versions(), (tr("Schema revision"), schema_revision())]
        )
        self.ui.versionsLabel.setText(
            "<table>{cells}</table><p><b>{database}</b><br>{path}</p><p><b>{log}</b><br>"
            "{log_path}</p>".format(
                cells=cells,
                database=html.escape(tr("Database")),
                path=html.escape(str(db_path)),
                log=html.escape(tr("Log")),
                log_path=html.escape(str(log_file())),
            )
        )
        self.ui.versionsLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.copy_button = QPushButton(tr("&Copy diagnostics"), self)
        self.copy_button.setObjectName("copyDiagnosticsButton")
        self.copy_button.setToolTip(
            tr("Versions, platform and paths for a support request; no records, no passwords")
        )
        self.ui.buttonBox.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("diagnosticsCopiedLabel")
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.buttonBox), self.copied_label)
        self.resize(self.sizeHint().expandedTo(self.size()))  # the paths are never cut off

    def _add_icon(self) -> None:
        """The app's icon beside its name."""
        icon = QIcon(str(resources_dir() / "icons" / "app.svg"))
        label = QLabel(self)
        label.setObjectName("appIconLabel")
        label.setAccessibleName(tr("{app} icon").format(app=APP_DISPLAY_NAME))
        label.setPixmap(icon.pixmap(64, 64))
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        self.ui.layout.removeWidget(self.ui.titleLabel)
        row.addWidget(label)
        row.addWidget(self.ui.titleLabel, 1)
        self.ui.layout.insertLayout(0, row)

    def _on_copy_button_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(diagnostics(self.db_path))
        self.copied_label.setText(tr("Copied: paste it into your support request."))
