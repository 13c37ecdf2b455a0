"""Readable text: the contrast a label's text has on screen (WCAG 2 ratio)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


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
