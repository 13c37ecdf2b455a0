"""The interactive timeline: zoom, scroll, drag to move/resize/link, tooltips.

The view never edits the plan itself; it reports what the user did through signals and the
schedule screen turns that into undoable edits. Drags snap to whole days and show a
preview with the new dates until the mouse is released.

Signals:
    item_dragged(int item, date start, date finish): move or resize released.
    link_dragged(int predecessor, int successor): an item dropped onto another.
    row_clicked(int row), row_double_clicked(int row)
    context_requested(int row, QPoint global_position)
    range_changed(): zoom or scroll changed what is in view (the header follows).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from cdmo_desktop.domain.scheduling import ScheduleItem
from cdmo_desktop.domain.timeline import TimelineLayout, add_days, clamp_density
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument
from cdmo_desktop.gui.widgets import gantt_style as st
from cdmo_desktop.gui.widgets.gantt_chart import GanttChartItem, item_span
from cdmo_desktop.gui.widgets.gantt_tips import item_tooltip

DRAG_THRESHOLD = 4
END_GRIP = 6.0
WHEEL_ZOOM = 1.25


class GanttView(QGraphicsView):
    item_dragged = Signal(int, object, object)
    link_dragged = Signal(int, int)
    row_clicked = Signal(int)
    row_double_clicked = Signal(int)
    context_requested = Signal(int, QPoint)
    range_changed = Signal()

    def __init__(
        self, document: ScheduleDocument, layout: TimelineLayout, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gantt_view")
        self.doc = document
        self.timeline = layout
        self._scene = QGraphicsScene(self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(self._scene)
        self.chart = GanttChartItem(document, layout)
        self._scene.addItem(self.chart)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setMouseTracking(True)
        self._make_previews()
        self._press: QPointF | None = None
        self._press_view = QPoint()
        self._mode = ""  # "", "pending", "move", "resize", "link", "pan"
        self._source = -1  # item index under the press
        self._target = -1
        self._preview_dates: tuple[date, date] | None = None
        self._pan_from = (0, 0)
        self.horizontalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        self.refresh_extent()

    def _make_previews(self) -> None:
        self._ghost_bar = QGraphicsRectItem()
        self._ghost_point = QGraphicsPolygonItem()
        self._rubber = QGraphicsLineItem()
        self._target_band = QGraphicsRectItem()
        self._label = QGraphicsSimpleTextItem()
        for item, z in (
            (self._target_band, 1),
            (self._ghost_bar, 2),
            (self._ghost_point, 2),
            (self._rubber, 3),
            (self._label, 4),
        ):
            item.setZValue(z)
            item.setVisible(False)
            self._scene.addItem(item)
        self.colour_previews()
        theme.notifier().changed.connect(self.colour_previews)

    def colour_previews(self) -> None:
        """The drag previews in the theme's colours (again after a switch to dark mode)."""
        for shape in (self._ghost_bar, self._ghost_point):
            shape.setBrush(QBrush(st.colours().preview))
            shape.setPen(QPen(st.colours().bar_done_part, 1, Qt.PenStyle.DashLine))
        self._target_band.setBrush(QBrush(st.colours().target))
        self._target_band.setPen(QPen(Qt.PenStyle.NoPen))
        self._rubber.setPen(QPen(st.colours().bar_done_part, 1.5, Qt.PenStyle.DashLine))

    # --- extent, zoom and scrolling -----------------------------------------------------
    def refresh_extent(self) -> None:
        """Scene rectangle from the plan (and today) with room either side."""
        span = self.doc.span()
        first, last = span if span else (self.doc.today, self.doc.today)
        # a viewport's width of room either side, so zooming can keep any date in place
        room = max(120, int(self.viewport().width() / self.timeline.px_per_day) + 1)
        first = add_days(min(first, self.doc.today, self.timeline.origin), -room)
        last = add_days(max(last, self.doc.today), room)
        x0, x1 = self.timeline.x_of(first), self.timeline.x_of(last)
        self.chart.set_extent(x0, x1)
        height = max(len(self.doc.rows) * self.timeline.row_height, 1.0)
        self._scene.setSceneRect(QRectF(x0, 0, x1 - x0, height))
        self.range_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh_extent()

    def set_layout(self, layout: TimelineLayout, anchor_x: float | None = None) -> None:
        """Change the zoom, keeping the date under viewport x `anchor_x` (default: centre)."""
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
        anchor_scene = self.mapToScene(QPoint(int(anchor_x), 0)).x()
        days = anchor_scene / self.timeline.px_per_day
        self.timeline = layout
        self.chart.layout = layout
        self.refresh_extent()
        self.scroll_scene_x_to(days * layout.px_per_day, anchor_x)
        self.viewport().update()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        density = clamp_density(self.timeline.px_per_day * factor)
        self.set_layout(self.timeline.with_density(density), anchor_x)

    def scroll_scene_x_to(self, scene_x: float, viewport_x: float) -> None:
        """Scroll so that scene_x appears at viewport_x."""
        bar = self.horizontalScrollBar()
        left = self.sceneRect().left()
        bar.setValue(round(scene_x - viewport_x - left) + bar.minimum())

    def show_date(self, d: date, at: float = 0.3) -> None:
        """Scroll so that d sits at fraction `at` of the viewport width."""
        self.scroll_scene_x_to(self.timeline.point_x(d), self.viewport().width() * at)

    def left_scene_x(self) -> float:
        return self.mapToScene(QPoint(0, 0)).x()

    def _on_scroll_value_changed(self, _value: int) -> None:
        self.range_changed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120 if delta.y() else delta.x() / 120
            if steps:
                self.zoom_by(WHEEL_ZOOM**steps, event.position().x())
            event.accept()
            return
        if mods & Qt.KeyboardModifier.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            amount = delta.x() or delta.y()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - amount)
            event.accept()
            return
        super().wheelEvent(event)

    # --- hit testing --------------------------------------------------------------------
    def hit(self, scene: QPointF) -> tuple[int, int, str]:
        """(row, item index, zone) under a scene point; zone is "", "body" or "end"."""
        row = self.timeline.row_at(scene.y())
        i = self.doc.rows.item_at(row)
        if i < 0:
            return row, -1, ""
        item = self.doc.items[i]
        x0, x1 = item_span(self.timeline, item)
        x = scene.x()
        if not item.is_point and not item.contract_fixed and x1 - END_GRIP <= x <= x1 + 3:
            return row, i, "end"
        if x0 - 3 <= x <= x1 + 3:
            return row, i, "body"
        return row, -1, ""

    # --- mouse --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        row, i, zone = self.hit(pos)
        self._press, self._press_view = pos, event.position().toPoint()
        if 0 <= row < len(self.doc.rows):
            self.row_clicked.emit(row)
        if i >= 0:
            self._source = i
            self._mode = "resize" if zone == "end" else "pending"
        else:
            self._mode = "pan"
            self._pan_from = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        view_pos = event.position().toPoint()
        pos = self.mapToScene(view_pos)
        if not self._mode:
            self._update_hover_cursor(pos)
            super().mouseMoveEvent(event)
            return
        delta = view_pos - self._press_view
        if self._mode == "pan":
            self.horizontalScrollBar().setValue(self._pan_from[0] - delta.x())
            self.verticalScrollBar().setValue(self._pan_from[1] - delta.y())
            return
        if self._mode == "pending":
            dx, dy = abs(delta.x()), abs(delta.y())
            if dy > self.timeline.row_height * 0.6 and dy > dx:
                self._mode = "link"  # left the row: a dependency is being drawn
            elif dx >= DRAG_THRESHOLD and dx >= dy:
                self._mode = "move"
            else:
                return
        if self._mode in ("move", "resize"):
            self._preview_shape(pos)
        elif self._mode == "link":
            self._preview_link(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._mode:
            super().mouseReleaseEvent(event)
            return
        mode, source = self._mode, self._source
        dates, target = self._preview_dates, self._target
        self._end_drag()
        if mode in ("move", "resize") and dates is not None:
            item = self.doc.items[source]
            if dates != (item.start, item.finish):
                self.item_dragged.emit(source, dates[0], dates[1])
        elif mode == "link" and target >= 0 and target != source:
            self.link_dragged.emit(source, target)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self.timeline.row_at(self.mapToScene(event.position().toPoint()).y())
        if 0 <= row < len(self.doc.rows):
            self.row_double_clicked.emit(row)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        row = self.timeline.row_at(self.mapToScene(event.pos()).y())
        if 0 <= row < len(self.doc.rows):
            self.context_requested.emit(row, event.globalPos())
        event.accept()

    def _end_drag(self) -> None:
        self._mode, self._source, self._target = "", -1, -1
        self._preview_dates = None
        for item in (
            self._ghost_bar,
            self._ghost_point,
            self._rubber,
            self._target_band,
            self._label,
        ):
            item.setVisible(False)
        self.viewport().unsetCursor()

    def _update_hover_cursor(self, pos: QPointF) -> None:
        _row, i, zone = self.hit(pos)
        if zone == "end":
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        elif i >= 0:
            fixed = self.doc.items[i].contract_fixed
            shape = Qt.CursorShape.ForbiddenCursor if fixed else Qt.CursorShape.SizeAllCursor
            self.viewport().setCursor(shape)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def _preview_shape(self, pos: QPointF) -> None:
        assert self._press is not None
        item = self.doc.items[self._source]
        layout = self.timeline
        y = layout.row_y(self.doc.row_of_item[self._source])
        if item.contract_fixed:
            self._label.setText(tr("Contract-fixed: clear Fixed in the table to move it"))
            self._label.setPos(pos.x() + 12, y + 3)
            self._label.setVisible(True)
            return
        if self._mode == "resize":
            finish = max(add_days(layout.nearest_boundary(pos.x()), -1), item.start)
            start = item.start
        else:
            shift = layout.days_for(pos.x() - self._press.x())
            start, finish = add_days(item.start, shift), add_days(item.finish, shift)
        self._preview_dates = (start, finish)
        probe = ScheduleItem(item.id, item.name, start, finish, item.kind)
        x0, x1 = item_span(layout, probe)
        if item.is_point:
            self._ghost_point.setPolygon(
                st.point_shape(item.kind, (x0 + x1) / 2, y + st.POINT_CENTRE, st.POINT_HALF + 1)
            )
            self._ghost_point.setVisible(True)
            text = date_text(finish)
        else:
            self._ghost_bar.setRect(QRectF(x0, y + st.BAR_TOP - 1, x1 - x0, st.BAR_HEIGHT + 2))
            self._ghost_bar.setVisible(True)
            days = (finish - start).days + 1
            text = tr("{start} – {finish}  ({days} d)").format(
                start=date_text(start), finish=date_text(finish), days=number_text(days)
            )
        self._label.setText(text)
        self._label.setPos(x1 + 8, y + 3)
        self._label.setVisible(True)

    def _preview_link(self, pos: QPointF) -> None:
        source = self.doc.items[self._source]
        layout = self.timeline
        y0 = layout.row_y(self.doc.row_of_item[self._source]) + st.POINT_CENTRE
        x0 = item_span(layout, source)[1]
        self._rubber.setLine(x0, y0, pos.x(), pos.y())
        self._rubber.setVisible(True)
        row = layout.row_at(pos.y())
        target = self.doc.rows.item_at(row)
        self._target = target if target != self._source else -1
        if self._target >= 0:
            rect = self.sceneRect()
            self._target_band.setRect(
                QRectF(rect.left(), layout.row_y(row), rect.width(), layout.row_height)
            )
            self._target_band.setVisible(True)
            link = f"{source.name}  →  {self.doc.items[self._target].name}"  # names only
            self._label.setText(link)
        else:
            self._target_band.setVisible(False)
            self._label.setText(tr("Drop on the item that must wait for this one"))
        self._label.setPos(pos.x() + 12, pos.y() - 18)
        self._label.setVisible(True)

    # --- tooltips -----------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            _row, i, _zone = self.hit(self.mapToScene(event.pos()))
            if i >= 0:
                QToolTip.showText(event.globalPos(), item_tooltip(self.doc, i), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
