"""Risk-specific widget helpers shared by the risk form and the Mark reviewed dialog: score
combos, level badges and the miniature matrix, all from the one risk matrix. Dates, enum
combos and the other fields come from gui.widgets.fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import RiskLevel
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.widgets.fields import DateField

NOT_ASSESSED = QT_TR_NOOP("Not assessed")
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT_MIDDLE = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def fill_score_combo(combo: QComboBox, labels: tuple[str, ...], *, optional: bool) -> None:
    combo.clear()
    if optional:
        combo.addItem(tr(NOT_ASSESSED), None)
    for value, label in enumerate(labels, start=1):
        combo.addItem(" - ".join((str(value), message(label))), value)


def setup_date_field(edit: DateField, placeholder: str) -> None:
    """An optional date as wide as the widest date it may show (not the whole row), saying
    `placeholder` when empty."""
    edit.setPlaceholderText(placeholder)
    metrics = edit.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(text)
        for text in [placeholder, *(fmt.date_text(date(2026, m, 28)) for m in range(1, 13))]
    )
    edit.setMaximumWidth(widest + 4 * metrics.height() + 8)  # the clear and calendar buttons


def show_level(label: QLabel, likelihood: int | None, impact: int | None) -> RiskLevel | None:
    """Paint `label` as the level badge of the matrix cell (blank when not assessed)."""
    if likelihood is None or impact is None:
        label.setText("")
        label.setStyleSheet("")
        label.setToolTip("")
        return None
    level = risk_matrix.level(likelihood, impact)
    label.setText(message(level.label))
    label.setStyleSheet(
        f"background: {theme.current().level_bg[level]};"
        f" color: {theme.current().level_fg[level]};"
        " font-weight: bold; padding: 2px 8px; border-radius: 3px;"
    )
    label.setToolTip(
        tr("{likelihood} likelihood x {impact} impact = {level}").format(
            likelihood=message(risk_matrix.LIKELIHOOD_LABELS[likelihood - 1]),
            impact=message(risk_matrix.IMPACT_LABELS[impact - 1]).lower(),
            level=message(level.label).lower(),
        )
    )
    return level


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
        painter.drawText(QRect(0, 0, left - 6, 5 * c), _RIGHT_MIDDLE, tr("Likelihood"))
        painter.drawText(QRect(left, 5 * c + 2, 5 * c, self.MARGIN_BOTTOM), _CENTRE, tr("Impact"))
        for li in range(1, 6):
            for im in range(1, 6):
                rect = QRect(left + (im - 1) * c, (5 - li) * c, c - 1, c - 1)
                level = risk_matrix.MATRIX[li - 1][im - 1]
                painter.fillRect(rect, theme.current().level(level)[0])
                mark = ""
                if self.current == (li, im):
                    mark = "●"
                if self.residual == (li, im):
                    mark += "○"
                if mark:
                    painter.setPen(theme.current().level(level)[1])
                    painter.drawText(rect, _CENTRE, mark)
        painter.end()
