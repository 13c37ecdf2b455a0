"""Icons shipped in resources/icons (inside the wheel: cdmo_desktop/_resources/icons).

The screen icons are drawn in `currentColor`: each is painted in the palette's text colour
at the moment it is drawn (the highlighted text colour when selected, the disabled text
colour when disabled), so they follow a switch to dark mode without being made again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cdmo_desktop.resources import resources_dir

CURRENT_COLOUR = "currentColor"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_colour(mode: QIcon.Mode, state: QIcon.State = QIcon.State.Off) -> str:
    """The palette colour an icon is drawn in, as "#rrggbb"."""
    palette = QGuiApplication.palette()
    role = QPalette.ColorRole
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, role.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(role.HighlightedText).name()
    return palette.color(role.WindowText).name()


class PaletteIconEngine(QIconEngine):
    """An SVG whose `currentColor` becomes the palette's text colour when painted."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def renderer(self, colour: str) -> QSvgRenderer:
        found = self._renderers.get(colour)
        if found is None:
            found = QSvgRenderer(QByteArray(self.svg.replace(CURRENT_COLOUR, colour).encode()))
            self._renderers[colour] = found
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self.renderer(icon_colour(mode, state)).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.svg)

    def key(self) -> str:
        return "PaletteIconEngine"


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`; an empty icon when it is missing. An icon
    drawn in `currentColor` takes its colour from the palette."""
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    if CURRENT_COLOUR in svg:
        return QIcon(PaletteIconEngine(svg))
    return QIcon(str(path))


def app_icon() -> QIcon:
    return icon("app")
