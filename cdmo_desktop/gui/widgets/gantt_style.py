"""Colours and shapes of the Gantt chart, shared by the chart, its legend and drag previews.

The colours are the theme's (gui/theme.py, light or dark); the PDF chart
(reports/charts/gantt.py) keeps its own print colours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF

from cdmo_desktop.domain.enums import MilestoneKind
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.theme import GanttColours


def colours() -> GanttColours:
    """The chart's colours in the theme in use (asked at paint time, so a switch to dark
    mode needs a repaint only)."""
    return theme.current().gantt


# A row (24 px): the planned bar, under it the actual bar, under that the baseline.
BAR_TOP, BAR_HEIGHT = 3.0, 11.0
ACTUAL_TOP, ACTUAL_HEIGHT = 15.0, 3.5
BASELINE_TOP, BASELINE_HEIGHT = 19.5, 3.0
POINT_CENTRE, POINT_HALF = 9.0, 6.0


def diamond(cx: float, cy: float, half: float = POINT_HALF) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(cx, cy - half),
            QPointF(cx + half, cy),
            QPointF(cx, cy + half),
            QPointF(cx - half, cy),
        ]
    )


def gate(cx: float, cy: float, half: float = POINT_HALF) -> QPolygonF:
    """A hexagon: a decision gate must not be mistaken for a plain milestone."""
    w = half * 0.95
    return QPolygonF(
        [
            QPointF(cx - w / 2, cy - half),
            QPointF(cx + w / 2, cy - half),
            QPointF(cx + w, cy),
            QPointF(cx + w / 2, cy + half),
            QPointF(cx - w / 2, cy + half),
            QPointF(cx - w, cy),
        ]
    )


def point_shape(kind: MilestoneKind, cx: float, cy: float, half: float = POINT_HALF) -> QPolygonF:
    return gate(cx, cy, half) if kind is MilestoneKind.DECISION_GATE else diamond(cx, cy, half)


def draw_lock(painter: QPainter, x: float, y: float) -> None:
    """A small padlock whose body's top-left corner is at (x, y)."""
    painter.save()
    lock = colours().lock
    painter.setPen(lock)
    painter.setBrush(lock)
    painter.drawRect(QRectF(x, y + 3.5, 7, 5.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    path.moveTo(x + 1.5, y + 3.5)
    path.lineTo(x + 1.5, y + 1.8)
    path.arcTo(QRectF(x + 1.5, y - 0.5, 4, 4), 180, -180)
    path.lineTo(x + 5.5, y + 3.5)
    painter.drawPath(path)
    painter.restore()


def draw_warning(painter: QPainter, x: float, y: float) -> None:
    """A red warning triangle with its top at (x + 5, y)."""
    painter.save()
    g = colours()
    painter.setPen(g.conflict)
    painter.setBrush(g.conflict)
    painter.drawPolygon(QPolygonF([QPointF(x + 5, y), QPointF(x + 10, y + 9), QPointF(x, y + 9)]))
    painter.setPen(g.conflict_mark)
    painter.drawLine(QPointF(x + 5, y + 3), QPointF(x + 5, y + 6))
    painter.drawPoint(QPointF(x + 5, y + 7.6))
    painter.restore()


LEGEND = (
    ("bar", "■", QT_TR_NOOP("task")),
    ("milestone", "◆", QT_TR_NOOP("milestone")),
    ("gate", "⬢", QT_TR_NOOP("decision gate")),
    ("critical", "■", QT_TR_NOOP("critical path")),
    ("overdue", "■", QT_TR_NOOP("overdue")),
    ("done", "■", QT_TR_NOOP("done")),
    ("conflict", "▲", QT_TR_NOOP("conflict")),
    ("actual", "▬", QT_TR_NOOP("actual")),
    ("baseline", "▬", QT_TR_NOOP("baseline (±days)")),
)


def legend_html() -> str:
    """The legend under the chart, each mark in the theme's colour; a narrow screen wraps
    it between entries, never inside one."""
    g = colours()
    return " ".join(
        f"<span style='color:{getattr(g, role).name()}'>{mark}</span>&nbsp;"
        + tr(text).replace(" ", "&nbsp;")
        for role, mark, text in LEGEND
    )


DRAG_HINT = QT_TR_NOOP(
    "Drag a bar to move it, its right end to resize, onto another item to link"
    " (or Ctrl+L to add a predecessor by name or number)."
)  # shown as tr(DRAG_HINT)
