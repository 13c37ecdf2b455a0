"""The engagement's KPIs as a table, with a sparkline of the last periods in each row.

The sparkline is painted by `SparklineDelegate` with QPainter from the row's `recent`
values (no chart library per row); its last point takes the status colour.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cdmo_desktop.domain.enums import KpiPeriod
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.kpis.kpi_text import (
    period_text,
    status_colour,
    status_text,
    status_tint,
    target_text,
    trend_text,
    unit_label,
    value_text,
)
from cdmo_desktop.gui.models.rows import ListTableModel
from cdmo_desktop.store.kpis import KpiRow

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
RECENT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3


class KpiTableModel(ListTableModel[KpiRow]):
    HEADERS = (
        QT_TR_NOOP("KPI"),
        QT_TR_NOOP("Unit"),
        QT_TR_NOOP("Period"),
        QT_TR_NOOP("Target"),
        QT_TR_NOOP("Latest"),
        QT_TR_NOOP("Of"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Trend"),
        QT_TR_NOOP("Last periods"),
    )
    NAME, UNIT, PERIOD, TARGET, LATEST, LATEST_PERIOD, STATUS, TREND, SPARK = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(self.HEADERS)

    def row_of(self, kpi_id: str) -> int:
        return next((i for i in range(self.rowCount()) if self.row_at(i).id == kpi_id), -1)

    def display(self, row: KpiRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.UNIT:
            return unit_label(row.unit)
        if column == self.PERIOD:
            return message(KpiPeriod(row.period).label)
        if column == self.TARGET:
            return target_text(row.target, row.direction, row.unit)
        if column == self.LATEST:
            return value_text(row.latest_value, row.unit)
        if column == self.LATEST_PERIOD:
            return period_text(row.period, row.latest_period)
        if column == self.STATUS:
            return status_text(row.status)
        if column == self.TREND:
            return trend_text(row.trend)
        return None

    def cell_data(self, row: KpiRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == RECENT_ROLE:
            return row.recent
        if role == STATUS_ROLE:
            return row.status
        if column == self.STATUS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return status_colour(row.status)
            if role == Qt.ItemDataRole.BackgroundRole:
                tint = status_tint(row.status)
                return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.TARGET, self.LATEST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: KpiRow, column: int) -> str | None:
        if column == self.TARGET and row.target is not None:
            parts = [tr("Target {value}").format(value=value_text(row.target, row.unit))]
            if row.amber is not None:
                parts.append(tr("amber from {value}").format(value=value_text(row.amber, row.unit)))
            if row.red is not None:
                parts.append(tr("red from {value}").format(value=value_text(row.red, row.unit)))
            return ", ".join(parts)
        if column == self.SPARK and row.recent:
            values = ", ".join(value_text(v) for v in row.recent)
            return tr("Last {count} values, oldest first: {values}").format(
                count=len(row.recent), values=values
            )
        if column == self.NAME and row.missing_since is not None:
            return tr("No value since {period}").format(
                period=period_text(row.period, row.missing_since)
            )
        return None


def sparkline_points(
    values: tuple[float, ...] | list[float], left: float, top: float, width: float, height: float
) -> list[QPointF]:
    """The values as points across the box, the lowest at its bottom, the highest at its
    top (a flat line sits in the middle)."""
    if not values:
        return []
    low, high = min(values), max(values)
    span = high - low
    if len(values) == 1:  # one value so far: a dot at the right end, where the latest goes
        return [QPointF(left + width, top + height / 2)]
    step = width / (len(values) - 1)
    points = []
    for i, v in enumerate(values):
        y = top + height / 2 if span == 0 else top + height - (v - low) / span * height
        points.append(QPointF(left + i * step, y))
    return points


class SparklineDelegate(QStyledItemDelegate):
    """Paints RECENT_ROLE as a line, the last point as a dot in the status colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        values = index.data(RECENT_ROLE) or ()
        if len(values) < 1:
            return
        r = opt.rect
        pad_x, pad_y = 6.0, max(3.0, r.height() * 0.2)
        points = sparkline_points(
            values, r.left() + pad_x, r.top() + pad_y, r.width() - 2 * pad_x, r.height() - 2 * pad_y
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        line = (
            opt.palette.highlightedText().color()
            if selected
            else theme.current().colour("chart_line")
        )
        painter.setPen(QPen(line, 1.4))
        if len(points) > 1:
            painter.drawPolyline(QPolygonF(points))
        dot = status_colour(index.data(STATUS_ROLE)) or line
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(dot)
        painter.drawEllipse(points[-1], 3.0, 3.0)
        painter.restore()
