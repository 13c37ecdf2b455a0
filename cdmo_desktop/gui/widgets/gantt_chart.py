"""The timeline's drawing: one QGraphicsItem that paints only the rows and dates exposed.

A 10,000-item plan is not 10,000 graphics items: the chart looks up the rows in the exposed
rectangle (row = y / row height) and the dependency arrows that cross them (links are kept
in buckets of rows), so a paint costs what is on screen, never what is in the plan.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cdmo_desktop.domain.enums import DependencyKind, MilestoneStatus
from cdmo_desktop.domain.scheduling import Analysis, ScheduleItem
from cdmo_desktop.domain.timeline import TimelineLayout
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.schedule.schedule_document import (
    GROUP,
    Row,
    ScheduleDocument,
    link_buckets,
)
from cdmo_desktop.gui.widgets import gantt_style as st

BUCKET = 64  # rows per link bucket
_ELBOW = 6.0


def item_span(layout: TimelineLayout, item: ScheduleItem) -> tuple[float, float]:
    """Horizontal extent of an item's symbol (bar, diamond or gate)."""
    if item.is_point:
        x = layout.point_x(item.finish)
        return x - st.POINT_HALF, x + st.POINT_HALF
    return layout.bar_span(item.start, item.finish)


class GanttChartItem(QGraphicsItem):
    """Paints bars, milestones, gates, baselines, arrows, weekends and the today line."""

    def __init__(self, document: ScheduleDocument, layout: TimelineLayout) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.doc = document
        self.layout = layout
        self.selected_rows: set[int] = set()
        # engagement id -> the days (sorted) its sites are closed, shaded on its rows
        self.closed_days: Mapping[str, Sequence[date]] = {}
        self._rect = QRectF()
        self._buckets: list[list[int]] | None = None
        self._small = QFont()
        self._small.setPointSizeF(7.0)

    # --- geometry -----------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._rect

    def set_extent(self, left: float, right: float) -> None:
        rect = QRectF(left, 0, right - left, len(self.doc.rows) * self.layout.row_height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def rows_changed(self, buckets: list[list[int]] | None = None) -> None:
        """Rows were rebuilt or links added/removed: re-bucket the arrows (or take
        `buckets`, made of the rows as they are now off the GUI thread)."""
        self._buckets = buckets
        self.update()

    def _link_buckets(self) -> list[list[int]]:
        """Links by the buckets of rows they cross (made on the first paint after the rows
        changed, unless they came with them)."""
        if self._buckets is None:
            self._buckets = link_buckets(self.doc, BUCKET)
        return self._buckets

    def links_near(self, first_row: int, last_row: int) -> set[int]:
        buckets = self._link_buckets()
        found: set[int] = set()
        for bucket in range(first_row // BUCKET, min(len(buckets) - 1, last_row // BUCKET) + 1):
            found.update(buckets[bucket])
        return found

    # --- painting -----------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        exposed = option.exposedRect.intersected(self._rect)
        if exposed.isEmpty():
            return
        layout, doc = self.layout, self.doc
        rows = layout.rows_between(exposed.top(), exposed.bottom(), len(doc.rows))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_background(painter, exposed, rows)
        analysis = doc.last_analysis
        if rows:
            self._paint_links(painter, exposed, rows.start, rows.stop - 1, analysis)
        for r in rows:
            entry = doc.rows[r]
            y = layout.row_y(r)
            if entry.kind == GROUP:
                self._paint_group(painter, entry, y)
            else:
                self._paint_item(painter, entry.item, y, analysis)
        x_today = layout.point_x(doc.today)
        if exposed.left() - 2 <= x_today <= exposed.right() + 2:
            painter.setPen(QPen(st.colours().today, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x_today, exposed.top()), QPointF(x_today, exposed.bottom()))

    def _paint_background(self, painter: QPainter, exposed: QRectF, rows: range) -> None:
        layout = self.layout
        top, bottom = exposed.top(), exposed.bottom()
        painter.setPen(Qt.PenStyle.NoPen)
        for r in rows:
            entry = self.doc.rows[r]
            colour = (
                st.colours().selected
                if r in self.selected_rows
                else st.colours().group_band
                if entry.kind == GROUP
                else None
            )
            if colour is not None:
                painter.fillRect(
                    QRectF(exposed.left(), layout.row_y(r), exposed.width(), layout.row_height),
                    colour,
                )
        for d in layout.weekend_days(exposed.left(), exposed.right()):
            painter.fillRect(
                QRectF(layout.x_of(d), top, layout.px_per_day, bottom - top), st.colours().weekend
            )
        if self.closed_days:
            self._paint_closed_days(painter, exposed, rows)
        painter.setPen(QPen(st.colours().grid_minor, 0))
        for tick in layout.minor_ticks(exposed.left(), exposed.right()):
            painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, bottom))
        painter.setPen(QPen(st.colours().grid_major, 0))
        for tick in layout.major_ticks(exposed.left(), exposed.right()):
            painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, bottom))

    def _paint_closed_days(self, painter: QPainter, exposed: QRectF, rows: range) -> None:
        """Hatch the days the sites of each row's engagement are closed (holidays,
        shutdowns imported from the site's calendar), on that row only."""
        layout = self.layout
        first, last = layout.date_at(exposed.left()), layout.date_at(exposed.right())
        width = max(layout.px_per_day, 1.0)
        for r in rows:
            item = self.doc.item_at_row(r)
            days = self.closed_days.get(item.engagement_id) if item is not None else None
            if not days:
                continue
            y = layout.row_y(r)
            for d in days[bisect_left(days, first) : bisect_right(days, last)]:
                painter.fillRect(
                    QRectF(layout.x_of(d), y, width, layout.row_height), st.colours().closed_day
                )

    def _paint_group(self, painter: QPainter, entry: Row, y: float) -> None:
        start, finish = entry.start, entry.finish
        if start is None or finish is None:
            return
        x0, x1 = self.layout.bar_span(start, finish)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(st.colours().group_bar)
        painter.drawRect(QRectF(x0, y + 8, x1 - x0, 5))
        for x, direction in ((x0, 1), (x1, -1)):
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, y + 8),
                        QPointF(x + 6 * direction, y + 8),
                        QPointF(x, y + 17),
                    ]
                )
            )

    def _fill_colours(self, i: int, item: ScheduleItem, critical: bool) -> tuple[QColor, QColor]:
        if item.status is MilestoneStatus.DONE:
            return st.colours().done, st.colours().done_done_part
        if item.is_overdue(self.doc.today):
            return st.colours().overdue, st.colours().overdue_done_part
        if critical:
            return st.colours().critical, st.colours().critical_done_part
        return st.colours().bar, st.colours().bar_done_part

    def _paint_item(self, painter: QPainter, i: int, y: float, analysis: Analysis | None) -> None:
        layout, item = self.layout, self.doc.items[i]
        finished = item.status in (MilestoneStatus.DONE, MilestoneStatus.CANCELLED)
        critical = analysis is not None and analysis.critical[i] and not finished
        conflict = analysis is not None and i in analysis.conflicts
        right = self._paint_baseline(painter, item, y)
        right = max(right, self._paint_actual(painter, item, y))
        fill, done_part = self._fill_colours(i, item, critical)
        edge = (
            QPen(st.colours().conflict, 2.2)
            if conflict
            else (
                QPen(st.colours().critical_edge, 1.6)
                if critical
                else QPen(done_part.darker(115), 1.0)
            )
        )
        x0, x1 = item_span(layout, item)
        if item.is_point:
            colour = (
                st.colours().gate if item.kind.value == "decision_gate" else st.colours().milestone
            )
            if critical and item.status is not MilestoneStatus.DONE:
                colour = st.colours().critical_done_part
            if item.status is MilestoneStatus.DONE:
                colour = st.colours().done_done_part
            painter.setPen(edge if conflict else QPen(colour.darker(130), 1.0))
            painter.setBrush(colour)
            painter.drawPolygon(st.point_shape(item.kind, (x0 + x1) / 2, y + st.POINT_CENTRE))
        else:
            bar = QRectF(x0, y + st.BAR_TOP, max(x1 - x0, 2.0), st.BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(bar)
            if item.percent_complete > 0:
                done = QRectF(bar)
                done.setWidth(bar.width() * min(item.percent_complete, 100) / 100)
                painter.setBrush(done_part)
                painter.drawRect(done)
            painter.setPen(edge)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
        if item.contract_fixed:
            st.draw_lock(painter, x0 - 11, y + 4)
        right = max(right, x1)
        if conflict:
            st.draw_warning(painter, right + 3, y + 5)
            right += 14
        variance = self.doc.variance(item)
        if variance:
            painter.setFont(self._small)
            painter.setPen(st.colours().late if variance > 0 else st.colours().early)
            text = tr("{days} d").format(days=f"{variance:+d}").replace("-", "−")
            painter.drawText(QPointF(right + 4, y + 15), text)

    def _paint_baseline(self, painter: QPainter, item: ScheduleItem, y: float) -> float:
        """The baseline compared with, as a thin grey bar at the bottom of the row."""
        base = self.doc.baseline_of(item)
        if base is None:
            return -1e9
        layout = self.layout
        if item.is_point:
            x0 = layout.point_x(base[1]) - 3
            x1 = x0 + 6
        else:
            x0, x1 = layout.bar_span(*base)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(st.colours().baseline)
        painter.drawRect(QRectF(x0, y + st.BASELINE_TOP, x1 - x0, st.BASELINE_HEIGHT))
        return x1

    def _paint_actual(self, painter: QPainter, item: ScheduleItem, y: float) -> float:
        """When the work really happened, under the planned bar: a finished task from its
        actual start to its actual finish, a started one up to today (lighter), a
        milestone or gate as a small diamond on its actual day."""
        layout = self.layout
        painter.setPen(Qt.PenStyle.NoPen)
        if item.is_point:
            if item.actual_finish is None:
                return -1e9
            x = layout.point_x(item.actual_finish)
            painter.setBrush(st.colours().actual)
            half = st.ACTUAL_HEIGHT
            painter.drawPolygon(st.diamond(x, y + st.ACTUAL_TOP + half / 2, half))
            return x + half
        if item.actual_start is None:
            return -1e9
        if item.actual_finish is not None:
            x0, x1 = layout.bar_span(item.actual_start, item.actual_finish)
            painter.setBrush(st.colours().actual)
        else:
            x0 = layout.x_of(item.actual_start)
            x1 = max(layout.x_of(self.doc.today), x0 + layout.px_per_day)
            painter.setBrush(st.colours().actual_open)
        painter.drawRect(QRectF(x0, y + st.ACTUAL_TOP, max(x1 - x0, 2.0), st.ACTUAL_HEIGHT))
        return x1

    def _paint_links(
        self, painter: QPainter, exposed: QRectF, first: int, last: int, analysis: Analysis | None
    ) -> None:
        doc, layout, graph = self.doc, self.layout, self.doc.graph
        rh = layout.row_height
        driving = analysis.driving if analysis is not None else set()
        show_lag = layout.px_per_day >= 14  # day zoom; tooltips give lags at any zoom
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for k in self.links_near(first, last):
            link = graph.links[k]
            if link is None:
                continue
            a, b = graph.link_ends(k)
            ra, rb = doc.row_of_item[a], doc.row_of_item[b]
            if ra < 0 or rb < 0 or max(ra, rb) < first or min(ra, rb) > last:
                continue
            pred, succ = doc.items[a], doc.items[b]
            pa0, pa1 = item_span(layout, pred)
            sb0, sb1 = item_span(layout, succ)
            ss = link.kind.from_start
            xa = pa0 if ss else pa1
            ya = ra * rh + st.POINT_CENTRE
            yb = rb * rh + st.POINT_CENTRE
            if (
                max(xa, sb1) + 2 * _ELBOW < exposed.left()
                or min(xa, sb0) - 2 * _ELBOW > exposed.right()
            ):
                continue
            path = QPainterPath(QPointF(xa, ya))
            if link.kind.to_finish:
                tip, direction = _to_finish(path, xa, ya, sb1, yb, ss, ra, rb, rh), "left"
            elif ss:
                elbow = min(xa, sb0) - _ELBOW
                path.lineTo(elbow, ya)
                path.lineTo(elbow, yb)
                tip, direction = QPointF(sb0, yb), "right"
            elif sb0 >= xa + 2 * _ELBOW or rb == ra:
                path.lineTo(xa + _ELBOW, ya)
                path.lineTo(xa + _ELBOW, yb)
                tip, direction = QPointF(sb0, yb), "right"
            elif xa + _ELBOW <= sb1 - 2:
                x_e = max(xa + _ELBOW, sb0 + 3)
                half = st.POINT_HALF if succ.is_point else st.BAR_HEIGHT / 2
                down = rb > ra
                y_tip = yb - half if down else yb + half
                path.lineTo(x_e, ya)
                tip, direction = QPointF(x_e, y_tip), "down" if down else "up"
            else:
                mid = (ra + (1 if rb > ra else 0)) * rh
                path.lineTo(xa + _ELBOW, ya)
                path.lineTo(xa + _ELBOW, mid)
                path.lineTo(sb0 - _ELBOW, mid)
                path.lineTo(sb0 - _ELBOW, yb)
                tip, direction = QPointF(sb0, yb), "right"
            path.lineTo(tip)
            critical = k in driving and succ.status is not MilestoneStatus.DONE
            pen = (
                QPen(st.colours().critical_edge, 1.4) if critical else QPen(st.colours().link, 1.0)
            )
            painter.setPen(pen)
            painter.drawPath(path)
            painter.setBrush(pen.color())
            painter.drawPolygon(_arrow_head(tip, direction))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if link.lag_days and show_lag:
                painter.setFont(self._small)
                kind = "" if link.kind is DependencyKind.FINISH_TO_START else f"{link.kind.code} "
                text = kind + tr("{days} d").format(days=f"{link.lag_days:+d}")
                painter.drawText(QPointF(path.elementAt(1).x + 3, (ya + yb) / 2 + 3), text)


def _to_finish(
    path: QPainterPath,
    xa: float,
    ya: float,
    sb1: float,
    yb: float,
    from_start: bool,
    ra: int,
    rb: int,
    rh: float,
) -> QPointF:
    """The way of a finish-to-finish or start-to-finish arrow: out of the predecessor's
    finish (or, for start-to-finish, back out of its start and along the gap between the
    rows), round the right of the successor's finish, into it from the right."""
    right = max(xa, sb1) + _ELBOW
    if from_start:
        mid = (ra + (1 if rb > ra else 0)) * rh
        path.lineTo(xa - _ELBOW, ya)
        path.lineTo(xa - _ELBOW, mid)
        path.lineTo(right, mid)
    else:
        path.lineTo(right, ya)
    path.lineTo(right, yb)
    return QPointF(sb1, yb)


def _arrow_head(tip: QPointF, direction: str) -> QPolygonF:
    x, y = tip.x(), tip.y()
    if direction == "left":
        return QPolygonF([tip, QPointF(x + 5, y - 3), QPointF(x + 5, y + 3)])
    if direction == "down":
        return QPolygonF([tip, QPointF(x - 3, y - 5), QPointF(x + 3, y - 5)])
    if direction == "up":
        return QPolygonF([tip, QPointF(x - 3, y + 5), QPointF(x + 3, y + 5)])
    return QPolygonF([tip, QPointF(x - 5, y - 3), QPointF(x - 5, y + 3)])
