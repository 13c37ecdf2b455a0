"""Icons shipped in resources/icons (inside the wheel: cdmo_desktop/_resources/icons)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

import cdmo_desktop


@cache
def icons_dir() -> Path:
    package = Path(cdmo_desktop.__file__).resolve().parent
    installed = package / "_resources" / "icons"
    if installed.is_dir():
        return installed
    return package.parent / "resources" / "icons"


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`; an empty icon when it is missing."""
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")
