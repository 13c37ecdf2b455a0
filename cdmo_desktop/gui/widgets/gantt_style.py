"""Colours and shapes of the Gantt chart, shared by the chart, its legend and drag previews.

The PDF chart (reports/charts/gantt.py) uses the same colour values.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from cdmo_desktop.domain.enums import MilestoneKind

BAR = QColor("#6f9fd8")
BAR_DONE_PART = QColor("#2f609f")
CRITICAL = QColor("#e3826f")
CRITICAL_DONE_PART = QColor("#a8382a")
CRITICAL_EDGE = QColor("#8c1f14")
OVERDUE = QColor("#f2b23e")
OVERDUE_DONE_PART = QColor("#a86d06")
DONE = QColor("#9cc49a")
DONE_DONE_PART = QColor("#5d8f5a")
CONFLICT = QColor("#d40f1a")
MILESTONE = QColor("#2c3e50")
GATE = QColor("#7b3fa0")
BASELINE = QColor("#9aa3ad")
ACTUAL = QColor("#2a7f62")
ACTUAL_OPEN = QColor("#7fbfa6")  # started, not finished: drawn up to today
LATE = QColor("#c0141c")
EARLY = QColor("#2e7d32")
LINK = QColor("#6b7683")
TODAY = QColor("#e4572e")
WEEKEND = QColor("#f3f3f3")
CLOSED_DAY = QColor(214, 120, 60, 70)  # a site holiday or shutdown, on its rows
GRID_MINOR = QColor("#ececec")
GRID_MAJOR = QColor("#cfd5dc")
GROUP_BAND = QColor("#eef1f5")
GROUP_BAR = QColor("#4a5560")
SELECTED = QColor("#dce9fb")
LOCK = QColor("#39424c")
PREVIEW = QColor(40, 90, 170, 90)
TARGET = QColor(40, 140, 70, 70)

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
    painter.setPen(LOCK)
    painter.setBrush(LOCK)
    painter.drawRect(QRectF(x, y + 3.5, 7, 5.5))
    painter.setBrush(QColor(0, 0, 0, 0))
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
    painter.setPen(CONFLICT)
    painter.setBrush(CONFLICT)
    painter.drawPolygon(QPolygonF([QPointF(x + 5, y), QPointF(x + 10, y + 9), QPointF(x, y + 9)]))
    painter.setPen(QColor("white"))
    painter.drawLine(QPointF(x + 5, y + 3), QPointF(x + 5, y + 6))
    painter.drawPoint(QPointF(x + 5, y + 7.6))
    painter.restore()


LEGEND_HTML = (
    "<span style='color:#6f9fd8'>■</span> task "
    "<span style='color:#2c3e50'>◆</span> milestone "
    "<span style='color:#7b3fa0'>⬢</span> decision gate "
    "<span style='color:#e3826f'>■</span> critical path "
    "<span style='color:#f2b23e'>■</span> overdue "
    "<span style='color:#9cc49a'>■</span> done "
    "<span style='color:#d40f1a'>▲</span> conflict "
    "<span style='color:#2a7f62'>▬</span> actual "
    "<span style='color:#9aa3ad'>▬</span> baseline (±days)"
)
DRAG_HINT = (
    "Drag a bar to move it, its right end to resize, onto another item to link"
    " (or Ctrl+L to add a predecessor by name or number)."
)
