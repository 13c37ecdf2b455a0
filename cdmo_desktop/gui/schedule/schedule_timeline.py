"""The Schedule screen's right half: the date header over the Gantt view, and where the
timeline is placed (today, the whole plan, a zoom level), remembered in the settings.

Signals:
    scale_changed(Scale): zoom or scroll changed what is in view (the toolbar's scale
        buttons follow).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cdmo_desktop.domain.timeline import Scale, TimelineLayout, fit_density, plan_origin
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument
from cdmo_desktop.gui.widgets.gantt_header import GanttHeader, locale_tick_labels
from cdmo_desktop.gui.widgets.gantt_view import GanttView


class TimelinePane(QWidget):
    scale_changed = Signal(object)

    def __init__(
        self, document: ScheduleDocument, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_timeline")
        self.doc, self.settings = document, settings
        span = document.span()
        origin = plan_origin(span[0] if span else None, document.today)
        layout = TimelineLayout(origin, Scale.WEEK.px_per_day, labels=locale_tick_labels())
        layout = layout.with_density(keys.get(settings, keys.SCHEDULE_PX_PER_DAY))
        self.gantt = GanttView(document, layout, self)
        self.header = GanttHeader(layout, document.today, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.header)
        box.addWidget(self.gantt)
        self.gantt.range_changed.connect(self._on_gantt_range_changed)

    @property
    def scale(self) -> Scale:
        return self.gantt.timeline.scale

    def go_to_today(self) -> None:
        span, today = self.doc.span(), self.doc.today
        if span and not span[0] <= today <= span[1]:
            self.gantt.show_date(span[0], at=0.05)
        else:
            self.gantt.show_date(today, at=0.3)

    def fit_to_plan(self) -> None:
        span = self.doc.span()
        if span is None:
            return
        width = max(200, self.gantt.viewport().width() - 20)
        density = fit_density(span[0], span[1], width)
        self.gantt.set_layout(self.gantt.timeline.with_density(density))
        self.gantt.scroll_scene_x_to(self.gantt.timeline.x_of(span[0]) - 12, 0)
        self._remember_density()

    def set_scale(self, scale: Scale) -> None:
        self.gantt.set_layout(self.gantt.timeline.with_scale(scale))
        self._remember_density()

    def zoom(self, factor: float) -> None:
        self.gantt.zoom_by(factor)
        self._remember_density()

    def day_changed(self) -> None:
        """Midnight: the today line moves on."""
        self.header.today = self.doc.today
        self.gantt.refresh_extent()
        self.gantt.viewport().update()
        self.header.update()

    def _remember_density(self) -> None:
        keys.set(self.settings, keys.SCHEDULE_PX_PER_DAY, self.gantt.timeline.px_per_day)
        self.scale_changed.emit(self.scale)

    def _on_gantt_range_changed(self) -> None:
        self.header.show_range(self.gantt.timeline, self.gantt.left_scene_x())
        self.scale_changed.emit(self.scale)
