"""The Schedule as the start screen, before the store is open: the plan's first HEAD_ROWS
items read straight from the file (store/schedule_head.py, no ORM), in the table and on
the timeline as the screen shows them, read-only. It stands in for the screen like any
`PendingScreen` (the main window puts the real Schedule in its place once the store is
attached), so the window's first paint shows the plan without waiting for SQLAlchemy and
the table classes to load. After that paint the rest of the plan is read from the file
and laid out on a worker thread, as the real screen does through the store, so the whole
plan shows without the store: the app opens it only when the user first does something
(gui/app.py). Nothing here imports SQLAlchemy or SQLModel."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QWidget

from cdmo_desktop.domain import clock
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.pages import PendingScreen, Screen
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule_document import (
    HEAD_ROWS,
    ScheduleDocument,
    prepare_document,
)
from cdmo_desktop.gui.schedule.schedule_table import ScheduleTableModel
from cdmo_desktop.gui.schedule.schedule_timeline import TimelinePane
from cdmo_desktop.gui.schedule.schedule_widgets import ScheduleTable
from cdmo_desktop.gui.startup_probe import after_first_paint
from cdmo_desktop.gui.widgets.gantt_chart import BUCKET
from cdmo_desktop.gui.workers import Job, ProgressFn
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
        self.setProperty("complete_without_store", True)  # see MainWindow.waits_for_store
        self._path, self._engagement_id = path, engagement_id
        self.plan = plan = read_head(path, engagement_id, limit=HEAD_ROWS)
        self.doc = ScheduleDocument(
            plan,
            portfolio=engagement_id is None,
            today=clock.today(),
            complete=len(plan.items) < HEAD_ROWS,
        )
        self.label = label = self.findChild(QLabel, "pendingScreenLabel")
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
        # The user's first edit (a double-click or F2 on a cell) brings the store; the
        # real screen then opens that cell's editor (`hand_over`).
        self.asked: Asked | None = None
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.installEventFilter(self)
        self._title = tr(screen.title)
        self._rest: Job | None = None
        if self.doc.complete:
            self._show_title()
        else:
            after_first_paint(self, self.load_rest)

    def load_rest(self) -> None:
        """Read the whole plan from the file and lay it out on a worker thread (as the
        real screen does through the store); the rows on show stay meanwhile."""
        if self.doc.complete or self._rest is not None:
            return
        path, engagement_id, doc = self._path, self._engagement_id, self.doc
        portfolio, today, compare = doc.portfolio, doc.today, doc.compare_state()
        collapsed = frozenset(doc.collapsed)

        def work(_progress: ProgressFn) -> object:
            plan = read_head(path, engagement_id, limit=None)
            return prepare_document(
                plan,
                portfolio=portfolio,
                today=today,
                collapsed=collapsed,
                compare=compare,
                bucket_rows=BUCKET,
            )

        self._rest = job = Job(work)
        job.signals.finished.connect(self._on_rest_loaded)
        job.signals.failed.connect(self._on_rest_failed)
        job.start()

    def _on_rest_loaded(self, result: tuple[ScheduleDocument, list[list[int]]]) -> None:
        laid_out, buckets = result
        self.plan = laid_out.plan  # what the real screen starts from (screen_options)
        gantt = self.timeline.gantt
        h_scroll, v_scroll = gantt.horizontalScrollBar().value(), gantt.verticalScrollBar().value()
        taken: list[object] = []
        self.model.reset(lambda: taken.append(self.doc.adopt(laid_out)))
        self.table.clearSpans()
        for r, _heading in self.doc.rows.heading_rows():
            self.table.setSpan(r, cols.NAME, 1, cols.START - cols.NAME)
        gantt.chart.rows_changed(buckets if taken == [True] else None)
        gantt.refresh_extent()
        gantt.horizontalScrollBar().setValue(h_scroll)
        gantt.verticalScrollBar().setValue(v_scroll)
        self._show_title()

    def _on_rest_failed(self, reason: str) -> None:
        log.warning("the rest of the plan could not be read from %s: %s", self._path, reason)

    def _show_title(self) -> None:
        """The whole plan is on show: the title alone (nothing is waiting for the store)."""
        if self.label is not None:
            title = f"<h2>{escape(self._title)}</h2>"  # translated when the preview was made
            self.label.setText(title)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:  # at today, as the real screen opens
            self._placed = True
            QTimer.singleShot(0, self, self.timeline.go_to_today)

    def screen_options(self) -> dict[str, object]:
        """What the real Schedule is built with: the plan this preview read (its head, or
        the whole plan once read), so the store does not read the head again and the real
        screen opens with every row the user may have scrolled to (the caller holds the
        lock: nobody wrote meanwhile)."""
        return {"head": self.plan}

    def _ask_edit(self, index: QModelIndex | QPersistentModelIndex) -> None:
        item = self.doc.item_at_row(index.row()) if index.isValid() else None
        if item is not None and self.asked is None:
            self.asked = Asked(item.id, index.column())

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self._ask_edit(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_F2:  # the Schedule's edit key (no typing over)
                self._ask_edit(self.table.currentIndex())
        return False

    def hand_over(self, screen: QWidget) -> None:
        """The real Schedule takes the preview's place: it opens on the rows on show (both
        list the plan's head in the same order), and on the cell the user asked to edit,
        with its editor open once the whole plan is there."""
        table = getattr(screen, "table", None)
        if isinstance(table, ScheduleTable):
            table.verticalScrollBar().setValue(self.table.verticalScrollBar().value())
        if self.asked is not None and isinstance(table, ScheduleTable):
            edit_when_complete(screen, table, self.asked)


@dataclass(frozen=True)
class Asked:
    """A cell the user asked to edit on the preview (a double-click, or F2)."""

    item_id: str
    column: int


def edit_when_complete(screen: QWidget, table: ScheduleTable, asked: Asked) -> None:
    """Open the editor of the asked cell in the real screen's `table` as soon as the
    screen may be edited: now, or when its whole plan is there."""

    def edit() -> None:
        doc = getattr(screen, "doc", None)
        i = doc.index.get(asked.item_id) if doc is not None else None
        if doc is None or i is None or not table.isVisible():
            return  # gone meanwhile, or the user moved on to another screen
        index = table.model().index(doc.row_of_item[i], asked.column)
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            table.setCurrentIndex(index)
            return
        table.setFocus()
        table.setCurrentIndex(index)
        table.edit(index)

    if getattr(screen, "loading", False):
        screen.plan_complete.connect(edit, Qt.ConnectionType.SingleShotConnection)  # type: ignore[attr-defined]
    else:
        QTimer.singleShot(0, table, edit)


def pending_schedule(screen: Screen, path: Path, settings: QSettings) -> PendingScreen:
    """The plan's head from the file; the plain placeholder when the file cannot be read
    that way (an encrypted database, say): the store then tells why, if anything is wrong."""
    try:
        return SchedulePreview(screen, path, settings)
    except Exception:
        log.warning("the schedule's first paint could not read %s", path, exc_info=True)
        return PendingScreen(screen)
