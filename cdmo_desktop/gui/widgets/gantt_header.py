"""The date header above the timeline: two bands (months or years over days, weeks, months
or quarters) for the dates in view. The upper band's label sticks to the left edge, so the
month or year in view is always named, wherever the chart is scrolled."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from cdmo_desktop.domain.timeline import HEADER_BAND, HEADER_HEIGHT, TickLabels, TimelineLayout
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui.widgets import gantt_style as st


def locale_tick_labels(locale: QLocale | None = None) -> TickLabels:
    """Header labels in the user's language: "2. März", "Dez.", "Dezember 2026"."""
    loc = fmt.effective_locale(locale)
    short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat

    def month_year(d: date, wide: bool) -> str:
        if not wide:
            return fmt.month_year_text(d, loc)
        return loc.toString(QDate(d.year, d.month, 1), "MMMM yyyy")

    return TickLabels(
        day_month=lambda d: fmt.day_month_text(d, loc),
        month=lambda m, wide: loc.standaloneMonthName(m, long if wide else short),
        month_year=month_year,
    )


class GanttHeader(QWidget):
    def __init__(self, layout: TimelineLayout, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gantt_header")
        self.setFixedHeight(int(HEADER_HEIGHT))
        self.timeline = layout
        self.today = today
        self.x_left = 0.0
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))

    def sizeHint(self) -> QSize:
        return QSize(400, int(HEADER_HEIGHT))

    def show_range(self, layout: TimelineLayout, x_left: float) -> None:
        """The view scrolled or zoomed: `x_left` is the scene x at the left edge."""
        self.timeline, self.x_left = layout, x_left
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        layout, x_left, width = self.timeline, self.x_left, float(self.width())
        x_right = x_left + width
        painter.fillRect(self.rect(), st.colours().header_background)
        band = HEADER_BAND
        for d in layout.weekend_days(x_left, x_right):
            painter.fillRect(
                QRectF(layout.x_of(d) - x_left, band, layout.px_per_day, band), st.colours().weekend
            )
        painter.setPen(QPen(st.colours().header_line, 0))
        painter.drawLine(QPointF(0, band), QPointF(width, band))
        painter.drawLine(QPointF(0, 2 * band - 0.5), QPointF(width, 2 * band - 0.5))
        # lower band: one cell per day / week / month / quarter, label centred
        painter.setFont(self._small)
        for tick in layout.minor_ticks(x_left, x_right):
            x0, x1 = tick.x - x_left, tick.x_end - x_left
            painter.setPen(QPen(st.colours().header_line, 0))
            painter.drawLine(QPointF(x0, band), QPointF(x0, 2 * band))
            if tick.label:
                painter.setPen(st.colours().header_text)
                painter.drawText(
                    QRectF(x0, band, x1 - x0, band), Qt.AlignmentFlag.AlignCenter, tick.label
                )
        # upper band: month or year, label kept in view
        painter.setFont(self._bold)
        for tick in layout.major_ticks(x_left, x_right):
            x0, x1 = tick.x - x_left, tick.x_end - x_left
            painter.setPen(QPen(st.colours().header_line, 0))
            painter.drawLine(QPointF(x0, 0), QPointF(x0, band))
            text_x = max(x0, 0.0) + 5
            text_w = painter.fontMetrics().horizontalAdvance(tick.label)
            if text_x + text_w > x1 - 3:
                text_x = x1 - 3 - text_w  # slide out with its cell, never over the next one
            if text_x + text_w > x0:
                painter.setClipRect(QRectF(x0, 0, x1 - x0, band))
                painter.setPen(st.colours().header_text)
                painter.drawText(
                    QRectF(text_x, 0, text_w + 4, band),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    tick.label,
                )
                painter.setClipping(False)
        x_today = layout.point_x(self.today) - x_left
        if -10 <= x_today <= width + 10:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(st.colours().today)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x_today - 5, 2 * band - 7),
                        QPointF(x_today + 5, 2 * band - 7),
                        QPointF(x_today, 2 * band),
                    ]
                )
            )
        painter.end()
