"""Where the shipped data folders are: `resources/` (icons, clause library) and `ui/`.

An installed wheel carries them inside the package as `cdmo_desktop/_resources` and
`cdmo_desktop/_ui` (hatchling force-include); a source checkout or an editable install
uses the top-level `resources/` and `ui/` folders. The frozen app (PyInstaller,
packaging/cdmo-desktop.spec) puts them at `cdmo_desktop/_resources` and `_ui` inside its
bundle folder (`sys._MEIPASS`), as the wheel does. No Qt here: the store and the reports
read resources too.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates(installed: str, source: str) -> list[Path]:
    found = [_PACKAGE / installed, _PACKAGE.parent / source]
    bundle = getattr(sys, "_MEIPASS", None)  # a frozen app's folder of data files
    if getattr(sys, "frozen", False) and bundle:
        found.insert(0, Path(bundle) / "cdmo_desktop" / installed)
    return found


def _find(installed: str, source: str) -> Path:
    for candidate in _candidates(installed, source):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"the application's {source}/ folder is missing (looked in {_PACKAGE / installed} "
        f"and {_PACKAGE.parent / source}); reinstall cdmo-desktop"
    )


@cache
def resources_dir() -> Path:
    """The folder holding icons/, clauses/ and the other shipped data."""
    return _find("_resources", "resources")


@cache
def ui_dir() -> Path:
    """The folder holding the Qt Designer .ui files."""
    return _find("_ui", "ui")
