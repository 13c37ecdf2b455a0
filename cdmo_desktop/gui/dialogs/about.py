"""Help > About: the app's version, the libraries it runs on and the open database."""

from __future__ import annotations

import html
import platform
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, qVersion
from PySide6.QtWidgets import QWidget

from cdmo_desktop import APP_DISPLAY_NAME, __version__
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.forms.ui_about import Ui_AboutDialog

# Distribution names, read from the installed metadata so matplotlib and reportlab are
# never imported just to print their version.
LIBRARIES = ("SQLAlchemy", "SQLModel", "Alembic", "matplotlib", "reportlab")


def library_versions() -> list[tuple[str, str]]:
    """(name, version) of Python, Qt, PySide6 and the libraries the app uses."""
    rows = [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
    ]
    for dist in LIBRARIES:
        try:
            rows.append((dist, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            rows.append((dist, "not installed"))
    return rows


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
        self.ui.titleLabel.setText(
            f"<h2>{APP_DISPLAY_NAME}</h2><p>Version {__version__}. Partner profiles, kickoff "
            "charters, risk logs, schedules and PDF reports for consultants who manage "
            "CRO, CDMO and CMO partnerships.</p>"
        )
        self.ui.titleLabel.setWordWrap(True)
        cells = "".join(
            f"<tr><td>{html.escape(name)}</td><td>&nbsp;&nbsp;{html.escape(version)}</td></tr>"
            for name, version in library_versions()
        )
        self.ui.versionsLabel.setText(
            f"<table>{cells}</table><p><b>Database</b><br>{html.escape(str(db_path))}</p>"
        )
