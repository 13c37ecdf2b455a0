"""Small widget helpers shared by the risk form and the Mark reviewed dialog: score combos,
level badges from the one risk matrix, and date edits that may hold "no date"."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QSizePolicy, QToolButton, QWidget

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import LabelledEnum, RiskLevel

NO_DATE = QDate(1900, 1, 1)
"""The minimum of an optional date edit; shown as its special text, read as None."""

NOT_ASSESSED = "Not assessed"
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT_MIDDLE = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def fill_score_combo(combo: QComboBox, labels: tuple[str, ...], *, optional: bool) -> None:
    combo.clear()
    if optional:
        combo.addItem(NOT_ASSESSED, None)
    for value, label in enumerate(labels, start=1):
        combo.addItem(f"{value} - {label}", value)


def fill_enum_combo(combo: QComboBox, enum: type[LabelledEnum]) -> None:
    combo.clear()
    for value, label in enum.choices():
        combo.addItem(label, value)


def combo_value(combo: QComboBox) -> Any:
    return combo.currentData()


def set_combo_value(combo: QComboBox, value: Any) -> None:
    """Select the item holding `value` (the first item when none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def show_level(label: QLabel, likelihood: int | None, impact: int | None) -> RiskLevel | None:
    """Paint `label` as the level badge of the matrix cell (blank when not assessed)."""
    if likelihood is None or impact is None:
        label.setText("")
        label.setStyleSheet("")
        label.setToolTip("")
        return None
    level = risk_matrix.level(likelihood, impact)
    label.setText(level.label)
    label.setStyleSheet(
        f"background: {risk_matrix.LEVEL_COLOURS[level]};"
        f" color: {risk_matrix.LEVEL_TEXT_COLOURS[level]};"
        " font-weight: bold; padding: 2px 8px; border-radius: 3px;"
    )
    label.setToolTip(
        f"{risk_matrix.LIKELIHOOD_LABELS[likelihood - 1]} likelihood x "
        f"{risk_matrix.IMPACT_LABELS[impact - 1].lower()} impact = {level.label.lower()}"
    )
    return level


def setup_optional_date(edit: QDateEdit, clear: QToolButton | None, none_text: str) -> None:
    """A date edit that can be empty: its minimum date stands for "no date"."""
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    if clear is not None:
        clear.clicked.connect(lambda: edit.setDate(NO_DATE))


def date_value(edit: QDateEdit) -> date | None:
    qd = edit.date()
    if edit.specialValueText() and qd == edit.minimumDate():
        return None
    return date(qd.year(), qd.month(), qd.day())


def set_date_value(edit: QDateEdit, value: date | None) -> None:
    if value is None:
        edit.setDate(edit.minimumDate())
    else:
        edit.setDate(QDate(value.year, value.month, value.day))


class RiskMatrixWidget(QWidget):
    """The 5x5 matrix in miniature, with the risk's cell now (●) and after mitigation (○)."""

    CELL = 20
    MARGIN_LEFT = 64
    MARGIN_BOTTOM = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: tuple[int, int] | None = None
        self.residual: tuple[int, int] | None = None
        side = self.CELL * 5
        self.setMinimumSize(self.MARGIN_LEFT + side + 4, side + self.MARGIN_BOTTOM + 4)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def set_cells(self, current: tuple[int, int] | None, residual: tuple[int, int] | None) -> None:
        self.current, self.residual = current, residual
        self.update()

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c, left = self.CELL, self.MARGIN_LEFT
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        painter.setFont(small)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRect(0, 0, left - 6, 5 * c), _RIGHT_MIDDLE, "Likelihood")
        painter.drawText(QRect(left, 5 * c + 2, 5 * c, self.MARGIN_BOTTOM), _CENTRE, "Impact")
        for li in range(1, 6):
            for im in range(1, 6):
                rect = QRect(left + (im - 1) * c, (5 - li) * c, c - 1, c - 1)
                level = risk_matrix.MATRIX[li - 1][im - 1]
                painter.fillRect(rect, QColor(risk_matrix.LEVEL_COLOURS[level]))
                mark = ""
                if self.current == (li, im):
                    mark = "●"
                if self.residual == (li, im):
                    mark += "○"
                if mark:
                    painter.setPen(QColor(risk_matrix.LEVEL_TEXT_COLOURS[level]))
                    painter.drawText(rect, _CENTRE, mark)
        painter.end()
