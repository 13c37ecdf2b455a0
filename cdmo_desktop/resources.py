"""Where the shipped data folders are: `resources/` (icons, clause library) and `ui/`.

An installed wheel carries them inside the package as `cdmo_desktop/_resources` and
`cdmo_desktop/_ui` (hatchling force-include); a source checkout or an editable install
uses the top-level `resources/` and `ui/` folders. No Qt here: the store and the reports
read resources too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(installed: str, source: str) -> Path:
    for candidate in (_PACKAGE / installed, _PACKAGE.parent / source):
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
