"""Icons shipped in resources/icons (inside the wheel: cdmo_desktop/_resources/icons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from cdmo_desktop.resources import resources_dir


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`; an empty icon when it is missing."""
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")
