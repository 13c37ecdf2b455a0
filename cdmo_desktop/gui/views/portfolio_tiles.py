"""Headline figures at the top of the portfolio screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

ALERT, WARNING, CALM = "#C62828", "#B26A00", "#2E7D32"


class Tile(QFrame):
    """A figure, its caption and one line of detail; the figure is coloured when it needs
    attention. A detail given as a link emits `link_activated`."""

    link_activated = Signal(str)

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#{name} {{ background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(1)
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        self.caption = QLabel(caption)
        self.caption.setObjectName(f"{name}Caption")
        self.caption.setStyleSheet("font-weight: 600;")
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(dark);")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.detail.linkActivated.connect(self.link_activated)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_value(self, value: int, colour: str | None = None) -> None:
        self.value.setText(str(value))
        style = "font-size: 20pt; font-weight: 600;"
        self.value.setStyleSheet(style + (f" color: {colour};" if colour else ""))

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)


def attention_colour(count: int, severe: bool = True) -> str:
    if not count:
        return CALM
    return ALERT if severe else WARNING
