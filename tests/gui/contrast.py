"""Readable text: the contrast text has on screen (WCAG 2 relative luminance and ratio).

Two ways to measure:
- `text_contrast(label)`: a label's darkest painted pixel against its lightest.
- `screen_contrasts(window)`: every visible label and item-view cell of a window, from one
  grab of the whole window. The background is the most common colour of the widget's (or
  cell's) area in the grab, so it is what is really painted behind the text (a parent's
  tint, a tile's frame, a row's tint, alternating rows); the text colour is the one the
  widget paints its text in: an item's ForegroundRole (HighlightedText when selected, the
  view's Text colour when the model gives none), a label's WindowText after its style
  sheet and tone were applied, plus every `color:` and link in its rich text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QWidget

MINIMUM = 4.5
_HEX = r"(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b"
_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*" + _HEX)
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*" + _HEX)
_STYLED = re.compile(r"<(\w+)[^>]*?style=(['\"])(.*?)\2[^>]*>(.*?)</\1>", re.S)
_MARKS = set("■◆⬢▲▬●○◼▪ ")  # legend swatches: the chart's own colours, not text


def _channel(c: float) -> float:
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(colour: QColor) -> float:
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def text_contrast(label: QLabel) -> float:
    """Contrast ratio of a label's darkest painted pixel (its text) against its lightest
    (the background it is drawn on)."""
    image = label.grab().toImage()
    levels = [
        _luminance(image.pixelColor(x, y))
        for x in range(image.width())
        for y in range(image.height())
    ]
    return (max(levels) + 0.05) / (min(levels) + 0.05)


@dataclass(frozen=True)
class Measured:
    where: str  # "QLabel#name 'text'" or "QTableView#name row 3 col 2 'text'"
    text: QColor
    background: QColor

    @property
    def ratio(self) -> float:
        return ratio(self.text, self.background)

    def __str__(self) -> str:
        return f"{self.where}: {self.text.name()} on {self.background.name()} = {self.ratio:.2f}:1"


class Grab:
    """One grab of a window as an RGB array, and the most common colour of a rectangle."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        pixmap = window.grab()
        self.scale = pixmap.devicePixelRatio()
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
        self.image = image
        h, w = image.height(), image.width()
        raw = np.frombuffer(image.constBits(), dtype=np.uint8)
        self.pixels = raw.reshape(h, image.bytesPerLine() // 4, 4)[:, :w, :3]  # B, G, R

    def background(self, widget: QWidget, rect: QRect) -> QColor | None:
        """The most common colour inside `rect` (in `widget`'s coordinates)."""
        top_left = widget.mapTo(self.window, rect.topLeft())
        s = self.scale
        x0, y0 = max(0, int(top_left.x() * s)), max(0, int(top_left.y() * s))
        x1 = min(self.pixels.shape[1], int((top_left.x() + rect.width()) * s))
        y1 = min(self.pixels.shape[0], int((top_left.y() + rect.height()) * s))
        if x1 - x0 < 2 or y1 - y0 < 2:
            return None
        area = self.pixels[y0:y1, x0:x1].reshape(-1, 3).astype(np.uint32)
        packed = (area[:, 2] << 16) | (area[:, 1] << 8) | area[:, 0]
        values, counts = np.unique(packed, return_counts=True)
        rgb = int(values[int(np.argmax(counts))])
        return QColor((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255)


def _shown(widget: QWidget, window: QWidget) -> bool:
    if not widget.isVisibleTo(window) or not widget.isEnabled():
        return False
    visible = widget.visibleRegion().boundingRect()
    return visible.width() > 2 and visible.height() > 2


def _label_colours(label: QLabel, ground: QColor) -> list[tuple[QColor, QColor]]:
    """(text, background) pairs of a label: its own text colour on the ground sampled
    behind it; in rich text each element's `color:` on the element's own `background:`
    when it has one (a chip), else on that ground; links in the palette's link colour.
    A legend swatch (an element holding only a mark like ■) is not text."""
    pairs = [(label.palette().color(label.foregroundRole()), ground)]
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or "<" not in text:
        return pairs
    for _tag, _quote, style, content in _STYLED.findall(text):
        colour = _COLOUR.search(style)
        if colour is None or set(re.sub(r"<[^>]+>|&nbsp;", "", content)) <= _MARKS:
            continue
        background = _BACKGROUND.search(style)
        pairs.append(
            (QColor(colour.group(1)), QColor(background.group(1)) if background else ground)
        )
    if "<a " in text:
        pairs.append((label.palette().color(QPalette.ColorRole.Link), ground))
    return pairs


def _labels(grab: Grab) -> Iterator[Measured]:
    for label in grab.window.findChildren(QLabel):
        if not label.text().strip() or not _shown(label, grab.window):
            continue
        ground = grab.background(label, label.visibleRegion().boundingRect())
        if ground is None:
            continue
        name = f"QLabel#{label.objectName()} {label.text()[:50]!r}"
        for colour, behind in _label_colours(label, ground):
            yield Measured(name, colour, behind)


def _indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """Every index of the view whose cell shows on screen (top level, and the children of
    expanded rows of a tree)."""
    model = view.model()
    if model is None:
        return
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            first = model.index(row, 0, parent)
            if not view.visualRect(first).intersects(view.viewport().rect()):
                if view.visualRect(first).top() > view.viewport().height():
                    break
                continue
            column = 0
            while (index := model.index(row, column, parent)).isValid():
                yield index
                column += 1
            if isinstance(view, QTreeView) and view.isExpanded(first):
                pending.append(first)


def _as_colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color() if value.style() != Qt.BrushStyle.NoBrush else None
    if isinstance(value, QColor):
        return value if value.isValid() else None
    return None


def _cells(grab: Grab) -> Iterator[Measured]:
    for view in grab.window.findChildren(QAbstractItemView):
        if not _shown(view, grab.window):
            continue
        viewport = view.viewport()
        selection = view.selectionModel()
        palette = view.palette()
        for index in _indexes(view):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or not str(text).strip():
                continue
            rect = view.visualRect(index).intersected(viewport.rect())
            if rect.width() < 4 or rect.height() < 4:
                continue
            ground = grab.background(viewport, rect)
            if ground is None:
                continue
            selected = selection is not None and selection.isSelected(index)
            colour = (
                palette.color(QPalette.ColorRole.HighlightedText)
                if selected
                else _as_colour(index.data(Qt.ItemDataRole.ForegroundRole))
                or palette.color(QPalette.ColorRole.Text)
            )
            where = (
                f"{type(view).__name__}#{view.objectName()} row {index.row()}"
                f" col {index.column()} {str(text)[:40]!r}"
            )
            yield Measured(where, colour, ground)


def screen_contrasts(window: QWidget) -> list[Measured]:
    """The text colour and background of every visible label and item-view cell."""
    grab = Grab(window)
    return [*_labels(grab), *_cells(grab)]


def too_faint(window: QWidget, minimum: float = MINIMUM) -> list[str]:
    """The texts of `window` below `minimum`:1, described."""
    return [str(m) for m in screen_contrasts(window) if m.ratio < minimum]
