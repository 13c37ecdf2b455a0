"""The Schedule as the start screen, before the store is open: the plan's first HEAD_ROWS
items read straight from the file (store/schedule_head.py, no ORM), in the table and on
the timeline as the screen shows them, read-only. It stands in for the screen like any
`PendingScreen` (the main window puts the real Schedule in its place once the store is
attached), so the window's first paint shows the plan without waiting for SQLAlchemy and
the table classes to load. Nothing here imports them."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QWidget

from cdmo_desktop.domain import clock
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.pages import PendingScreen, Screen
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule_document import HEAD_ROWS, ScheduleDocument
from cdmo_desktop.gui.schedule.schedule_table import ScheduleTableModel
from cdmo_desktop.gui.schedule.schedule_timeline import TimelinePane
from cdmo_desktop.gui.schedule.schedule_widgets import ScheduleTable
from cdmo_desktop.store.schedule_head import read_head

log = logging.getLogger(__name__)


class SchedulePreview(PendingScreen):
    """The plan's head (the portfolio's, or one engagement's) from the file, shown until
    the store is there."""

    def __init__(
        self,
        screen: Screen,
        path: Path,
        settings: QSettings,
        engagement_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(screen, parent)
        self.setObjectName("schedulePreview")
        self.plan = plan = read_head(path, engagement_id, limit=HEAD_ROWS)
        self.doc = ScheduleDocument(
            plan,
            portfolio=engagement_id is None,
            today=clock.today(),
            complete=len(plan.items) < HEAD_ROWS,
        )
        label = self.findChild(QLabel, "pendingScreenLabel")
        if label is not None:  # the title and "Opening the database…" above the plan
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.model = ScheduleTableModel(self.doc, self)  # no edit handler: edits wait
        self.table = ScheduleTable(self, settings)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, _heading in self.doc.rows.heading_rows():
            self.table.setSpan(r, cols.NAME, 1, cols.START - cols.NAME)
        self.timeline = TimelinePane(self.doc, settings, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("schedule_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 810])
        self.splitter.restoreState(keys.get(settings, keys.SCHEDULE_SPLITTER))
        layout = self.layout()
        assert layout is not None
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self.table.verticalScrollBar().valueChanged.connect(
            self.timeline.gantt.verticalScrollBar().setValue
        )
        self.timeline.gantt.verticalScrollBar().valueChanged.connect(
            self.table.verticalScrollBar().setValue
        )
        self._placed = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:  # at today, as the real screen opens
            self._placed = True
            QTimer.singleShot(0, self, self.timeline.go_to_today)

    def screen_options(self) -> dict[str, object]:
        """What the real Schedule is built with: the plan's head this preview read, so the
        store does not read it again (the caller holds the lock: nobody wrote meanwhile)."""
        return {"head": self.plan}

    def hand_over(self, screen: QWidget) -> None:
        """The real Schedule takes the preview's place: it opens on the rows on show (both
        list the plan's head in the same order)."""
        table = getattr(screen, "table", None)
        if isinstance(table, ScheduleTable):
            table.verticalScrollBar().setValue(self.table.verticalScrollBar().value())


def pending_schedule(screen: Screen, path: Path, settings: QSettings) -> PendingScreen:
    """The plan's head from the file; the plain placeholder when the file cannot be read
    that way (an encrypted database, say): the store then tells why, if anything is wrong."""
    try:
        return SchedulePreview(screen, path, settings)
    except Exception:
        log.warning("the schedule's first paint could not read %s", path, exc_info=True)
        return PendingScreen(screen)
