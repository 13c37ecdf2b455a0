"""The Schedule screen: a task table beside a Gantt timeline, for one engagement (a tab of
its workspace) or for the whole portfolio (engagements and phases as collapsible headings).

Both halves show the same rows (ScheduleDocument), share the row height and scroll
together. Edits on either side become store use cases on the undo stack (see
schedule_edits); the screen that made an edit shows it at once, every other open schedule
updates in place from the context's `changed` notice (see schedule_changes). The message
under the toolbar tells what the screen's own edit did; a change from elsewhere (an undo or
redo included) replaces it with the plan's state, conflicts with contract dates included,
so it never describes a plan that is no longer there.

A big plan opens in two steps, so what the user waits for does not grow with the items off
screen: the first paint reads and lays out only the plan's first HEAD_ROWS items (more than
any screen shows); the whole plan, its dependency graph and its analysis (critical path,
slack, conflicts), its rows, status figures and link buckets are read and laid out on a
worker thread after that paint (`prepare_document`), then swapped in for the head in a few
milliseconds whatever the plan's size (`ScheduleDocument.adopt`), keeping the scroll and
the selection. Until then the screen scrolls but
does not edit (an edit or a push of successors needs the whole plan).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.scheduling import Analysis, ScheduleItem, SchedulePlan
from cdmo_desktop.domain.timeline import Scale
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.schedule import schedule_reader
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule_actions import ScheduleActions
from cdmo_desktop.gui.schedule.schedule_baselines import BASELINE_TABLES, BaselineCompare
from cdmo_desktop.gui.schedule.schedule_changes import (
    HEADING_TABLES,
    SCHEDULE_TABLES,
    DocumentEdit,
    edit_for,
)
from cdmo_desktop.gui.schedule.schedule_document import (
    GROUP,
    HEAD_ROWS,
    ScheduleDocument,
    gc_paused,
    plan_status,
    prepare_document,
)
from cdmo_desktop.gui.schedule.schedule_edits import Outcome, ScheduleEditor
from cdmo_desktop.gui.schedule.schedule_link_edits import link_items
from cdmo_desktop.gui.schedule.schedule_table import ScheduleTableModel
from cdmo_desktop.gui.schedule.schedule_table_edits import edit_cell
from cdmo_desktop.gui.schedule.schedule_timeline import TimelinePane
from cdmo_desktop.gui.schedule.schedule_widgets import ScheduleTable
from cdmo_desktop.gui.schedule_exchange import ScheduleExchange
from cdmo_desktop.gui.widgets import table_copy, table_habits
from cdmo_desktop.gui.widgets.fitting import ElidedLabel, WrappedLabel
from cdmo_desktop.gui.widgets.gantt_chart import BUCKET
from cdmo_desktop.gui.widgets.gantt_style import DRAG_HINT, legend_html
from cdmo_desktop.gui.workers import Job, ProgressFn
from cdmo_desktop.store import schedule as sched
from cdmo_desktop.store.site_closures import closed_days

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from cdmo_desktop.store import Store
    from cdmo_desktop.store.changesets import ChangeSet

TABLE_SHARE = (0.4, 0.62)  # of the screen's width the table gets at first, at least/most
LOADING = QT_TR_NOOP("Reading the rest of the plan… (editing is possible once it is read)")


class ScheduleView(QWidget):
    plan_complete = Signal()  # the whole plan is on show and may be edited

    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str | None = None,
        parent: QWidget | None = None,
        *,
        head: SchedulePlan | None = None,
    ) -> None:
        """`head`: the plan's first HEAD_ROWS items as already read (the start screen's
        preview read them from the file), so they are not read again."""
        super().__init__(parent)
        self.setObjectName("schedule_view")
        self.ctx = ctx
        self.engagement_id = engagement_id
        self._loads = 0  # plan reads started: a worker's plan older than the last is dropped
        self._changed_while_loading = False
        self._analysing = False  # a worker is analysing the plan after an edit
        with gc_paused():
            plan = (
                head
                if head is not None
                else sched.load_plan(ctx.store, engagement_id, limit=HEAD_ROWS)
            )
            self._closed_days = _closed_for(ctx.store, plan)
            whole = len(plan.items) < HEAD_ROWS
            self.doc = ScheduleDocument(
                plan, portfolio=engagement_id is None, today=clock.today(), complete=whole
            )
            if whole:  # a plan that fits the head is analysed at once (a bounded cost)
                self.doc.analysis  # noqa: B018 - colours are ready on the first paint
        self.editor = ScheduleEditor(ctx, self.doc, self)
        self._placed = False
        self._status_due = False

        self.model = ScheduleTableModel(self.doc, self)
        self.model.edit_handler = self._on_model_edit
        self.table = ScheduleTable(self, ctx.settings)
        self.table.setModel(self.model)
        # Its menu comes from contextMenuEvent; its columns fit the pane (SCHEDULE_COLUMNS).
        table_habits.install(self.table, "schedule", ctx.settings, remember=False, menu=False)
        self.timeline = TimelinePane(self.doc, ctx.settings, self)
        self.gantt, self.header = self.timeline.gantt, self.timeline.header
        self.gantt.chart.closed_days = self._closed_days

        self.message = WrappedLabel(self)  # wraps without making the page scroll
        self.message.setObjectName("schedule_message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = WrappedLabel(legend_html(), self, one_line=True)  # wraps when narrow
        self.legend.setObjectName("schedule_legend")
        self.legend.setStyleSheet("font-size: 8pt;")
        theme.set_tone(self.legend, "muted")
        theme.notifier().changed.connect(self.on_theme_changed)
        # The how-to beside the legend gives way (elided, whole in its tooltip) on a laptop.
        self.drag_hint = ElidedLabel(tr(DRAG_HINT), self)
        self.drag_hint.setObjectName("schedule_drag_hint")
        self.drag_hint.setStyleSheet("font-size: 8pt;")
        theme.set_tone(self.drag_hint, "muted")
        self.drag_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.drag_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("schedule_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 810])  # the chart gets the larger share
        self._split_saved = self.splitter.restoreState(
            keys.get(ctx.settings, keys.SCHEDULE_SPLITTER)
        )

        self.acts = ScheduleActions(self, self)
        self.exchange = ScheduleExchange(
            self, ctx, lambda: self.engagement_id, lambda e: self.doc.engagement_titles.get(e, "")
        )
        self.acts.toolbar.addWidget(self.exchange.button(self.acts.toolbar))
        outer = QVBoxLayout(self)
        # A screen of its own keeps the pages' margin; a workspace tab sits flush like the others.
        outer.setContentsMargins(*((8, 8, 8, 8) if engagement_id is None else (0, 6, 0, 0)))
        outer.setSpacing(4)
        outer.addWidget(self.acts.toolbar)
        outer.addWidget(self.message)
        outer.addWidget(self.splitter, 1)
        foot = QHBoxLayout()
        foot.setSpacing(16)
        foot.addWidget(self.legend)
        foot.addWidget(self.drag_hint, 1)
        outer.addLayout(foot)
        self._connect()
        self._on_model_model_reset()
        self.acts.check_scale(self.timeline.scale)
        self.baselines = BaselineCompare(ctx.store, self.doc, self.acts.compare, engagement_id)
        self.baselines.compared.connect(self._on_baselines_compared)
        self.show_status()

    @property
    def today(self) -> date:
        return self.doc.today

    # --- wiring -------------------------------------------------------------------------
    def _connect(self) -> None:
        self.model.edit_refused.connect(self._on_model_edit_refused)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.table.toggle_requested.connect(self._on_table_toggle_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._on_table_scroll_value_changed)
        self.gantt.verticalScrollBar().valueChanged.connect(self._on_gantt_scroll_value_changed)
        self.timeline.scale_changed.connect(self.acts.check_scale)
        self.gantt.item_dragged.connect(self._on_gantt_item_dragged)
        self.gantt.link_dragged.connect(self._on_gantt_link_dragged)
        self.gantt.row_clicked.connect(self._on_gantt_row_clicked)
        self.gantt.row_double_clicked.connect(self._on_gantt_row_double_clicked)
        schedule_reader.follow_current_row(self.table, self.gantt, self.doc)  # screen readers
        self.gantt.context_requested.connect(self._on_gantt_context_requested)
        self.table.menu_requested.connect(self._on_table_menu_requested)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.ctx.changed.connect(self._on_ctx_changed)
        self.ctx.day_changed.connect(self._on_ctx_day_changed)
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(0)
        self._analysis_timer.timeout.connect(self._on_analysis_timer_timeout)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._on_reload_timer_timeout)

    def _on_model_model_reset(self) -> None:
        """Headings span the name, kind and owner columns so long titles stay readable."""
        self.table.clearSpans()
        for r, _heading in self.doc.rows.heading_rows():
            self.table.setSpan(r, cols.NAME, 1, cols.START - cols.NAME)

    def actions(self) -> list[QAction]:
        """Menu/toolbar actions for the main window (shortcuts are local to this screen)."""
        return [*self.acts.all(), *self.exchange.actions()]

    def _read_plan(self) -> SchedulePlan:
        plan = sched.load_plan(self.ctx.store, self.engagement_id)
        self._show_closed_days(_closed_for(self.ctx.store, plan))
        return plan

    def _show_closed_days(self, closed: dict[str, list[date]]) -> None:
        self._closed_days = closed
        self.gantt.chart.closed_days = closed

    def fill_columns_menu(self, menu: QMenu) -> None:
        self.table.columns.fill_menu(menu)

    def baseline_names(self, engagement_id: str) -> list[str]:
        return self.baselines.names(engagement_id)

    def _on_baselines_compared(self) -> None:
        self.gantt.viewport().update()
        self.show_status()

    # --- the message under the toolbar ----------------------------------------------------
    def show_status(self) -> None:
        """The plan as it is: items, finish against the baseline, conflicts."""
        if not self.doc.complete:
            self.show_outcome(Outcome(True, tr(LOADING)))
            return
        text, conflicts = plan_status(self.doc)
        self.show_outcome(Outcome(True, text, error=conflicts))

    # --- loading ------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """Only the plan's first rows are on show; the rest is being read."""
        return not self.doc.complete

    def _load_rest(self) -> None:
        """Read the whole plan, analyse it and lay it out on a worker thread (after the
        first paint): the GUI thread then only swaps it in (`_on_rest_loaded`)."""
        if self.doc.complete:
            return
        self._loads += 1
        load, store, engagement_id = self._loads, self.ctx.store, self.engagement_id
        doc = self.doc
        portfolio, today, compare = doc.portfolio, doc.today, doc.compare_state()
        collapsed = frozenset(doc.collapsed)

        def work(_progress: ProgressFn) -> object:
            plan = sched.load_plan(store, engagement_id)
            closed = _closed_for(store, plan)
            laid_out = prepare_document(
                plan,
                portfolio=portfolio,
                today=today,
                collapsed=collapsed,
                compare=compare,
                bucket_rows=BUCKET,
            )
            return load, laid_out, closed

        job = Job(work)
        job.signals.finished.connect(self._on_rest_loaded)
        job.signals.failed.connect(self._on_rest_failed)
        job.start()

    def _on_rest_loaded(
        self,
        result: tuple[int, tuple[ScheduleDocument, list[list[int]]], dict[str, list[date]]],
    ) -> None:
        load, (laid_out, buckets), closed = result
        if load != self._loads or self.doc.complete:
            return  # read again meanwhile (a reload): that plan is newer
        if self._changed_while_loading:
            self._changed_while_loading = False
            self._load_rest()  # the plan read may predate the change: read it again
            return
        self._show_closed_days(closed)
        self._show_plan(lambda: self.doc.adopt(laid_out), buckets)
        self.plan_complete.emit()
        self.show_status()

    def _on_rest_failed(self, reason: str) -> None:
        self.show_outcome(
            Outcome(
                False,
                tr("The plan could not be read: {reason}").format(reason=message(reason)),
                error=True,
            )
        )

    def _on_reload_timer_timeout(self) -> None:
        """Another screen changed what the rows are (items added or removed, headings,
        site closures): a plan that fits the head is read again at once; a bigger one is
        read and laid out on a worker and swapped in like the first whole plan (the rows
        on show stay meanwhile; edits wait for it, as then)."""
        if self.loading:
            self._changed_while_loading = True  # the plan is read again once loaded
            return
        if len(self.doc.items) < HEAD_ROWS:
            self.reload()
            return
        self.editor.flush()
        self.doc.complete = False
        self._changed_while_loading = False
        self._load_rest()
        self.show_status()

    def reload(self) -> None:
        """Read the plan again (another screen changed it), keeping selection and scroll."""
        self.editor.flush()
        self._loads += 1
        self._changed_while_loading = False
        with gc_paused():
            plan = self._read_plan()
            self._show_plan(lambda: self.doc.load(plan))
            self.doc.analysis  # noqa: B018

    def _show_plan(
        self, load: Callable[[], object], buckets: list[list[int]] | None = None
    ) -> None:
        """Let `load` replace the document's plan, keeping selection and scroll. The
        chart's link `buckets` made with the rows hold when `load` returns True (it took
        the rows they were made for)."""
        selected = {it.id for it in self.selected_items()}
        v_scroll = self.gantt.verticalScrollBar().value()
        h_scroll = self.gantt.horizontalScrollBar().value()
        taken: list[object] = []
        self.model.reset(lambda: taken.append(load()))
        self.gantt.chart.rows_changed(buckets if taken == [True] else None)
        self.gantt.refresh_extent()
        self.gantt.horizontalScrollBar().setValue(h_scroll)
        self.gantt.verticalScrollBar().setValue(v_scroll)
        self.select_items(selected)
        self.baselines.refresh()

    def _on_ctx_changed(self, cs: ChangeSet, initiator: object) -> None:
        self.editor.note_versions(cs)
        if cs.touches(*BASELINE_TABLES):
            self.baselines.refresh()
        if cs.touches("site_closure"):
            self._reload_timer.start()
        if initiator is self or not cs.touches(*SCHEDULE_TABLES, *HEADING_TABLES):
            return  # our own edit is on show already
        if self.loading:
            self._changed_while_loading = True  # the plan is read again once loaded
            return
        self._status_due = True  # an undo, a redo or another screen: tell the plan as it is
        edit = edit_for(self.doc, cs)
        if edit is None:
            self._reload_timer.start()
        else:
            self.show_edit(edit)
            self._analysis_timer.start()

    def _on_ctx_day_changed(self, today: date) -> None:
        """Midnight: overdue marks, the today line and new items' dates move on."""
        self.doc.today = today
        self.model.everything_changed()
        self.timeline.day_changed()

    def show_change(self, cs: ChangeSet) -> None:
        """Show a change this screen has just written (reading the plan again if need be)."""
        edit = edit_for(self.doc, cs)
        if edit is None:
            self.reload()
        else:
            self.show_edit(edit)

    def show_edit(self, edit: DocumentEdit) -> None:
        """Update the rows in place: the table cells, headings, bars and links they touch."""
        touched = edit.apply_to(self.doc)
        if not (touched or edit.relinks):
            return
        if edit.relinks:
            self.gantt.chart.rows_changed()
        self.model.items_changed(touched)
        self.gantt.refresh_extent()
        self.gantt.viewport().update()
        self._analysis_timer.start()

    def _on_analysis_timer_timeout(self) -> None:
        if self.doc.analysis_stale and len(self.doc.items) >= HEAD_ROWS:
            self._analyse_off_thread()  # a big plan: the status follows the analysis
            return
        if self.doc.analysis_stale:
            self.doc.analysis  # noqa: B018
            self._show_analysis()
        elif self._status_due:
            self.show_status()

    def _show_analysis(self) -> None:
        self.model.everything_changed()
        self.gantt.viewport().update()
        if self._status_due:
            self.show_status()

    def _analyse_off_thread(self) -> None:
        """Critical path and slack of a big plan after an edit, on a worker thread (drags
        and scrolling go on meanwhile); an analysis the plan has moved on from is dropped
        and made again."""
        if self._analysing:
            return  # the running one ends by asking again
        self._analysing = True
        version, graph = self.doc.analysis_source()
        job = Job(lambda _progress: (version, graph.analyse()))
        job.signals.finished.connect(self._on_analysed)
        job.signals.failed.connect(self._on_analysis_failed)
        job.start()

    def _on_analysed(self, result: tuple[int, Analysis]) -> None:
        self._analysing = False
        if self.doc.take_analysis(*result):
            self._show_analysis()
        elif self.doc.analysis_stale:
            self._analysis_timer.start()  # edited meanwhile: the plan as it is now

    def _on_analysis_failed(self, reason: str) -> None:
        self._analysing = False
        self.show_outcome(
            Outcome(
                False,
                tr("The critical path was not updated: {reason}").format(reason=message(reason)),
                True,
            )
        )

    # --- placement ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            if not self._split_saved:
                self._share_width()
            QTimer.singleShot(0, self, self.go_to_today)  # dropped if the view goes first
            if self.loading:  # after the chart's first paint: the whole plan, off the GUI thread
                self.gantt.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.gantt.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._load_rest)  # once this paint is on screen
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        """At first the table gets the width of the columns that fit in its largest share
        (all of them on a wide screen), the chart the rest."""
        total = sum(self.splitter.sizes())
        least, most = (int(total * share) for share in TABLE_SHARE)
        table = max(least, self.table.columns.width_within(most))
        self.splitter.setSizes([table, total - table])

    def go_to_today(self) -> None:
        self.timeline.go_to_today()

    def fit_to_plan(self) -> None:
        self.timeline.fit_to_plan()

    def set_scale(self, scale: Scale) -> None:
        self.timeline.set_scale(scale)

    def zoom(self, factor: float) -> None:
        self.timeline.zoom(factor)

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        keys.set(self.ctx.settings, keys.SCHEDULE_SPLITTER, self.splitter.saveState())

    # --- scrolling and selection in step ------------------------------------------------
    def _on_table_scroll_value_changed(self, value: int) -> None:
        self.gantt.verticalScrollBar().setValue(value)

    def _on_gantt_scroll_value_changed(self, value: int) -> None:
        self.table.verticalScrollBar().setValue(value)

    def _on_table_selection_changed(self, _sel: QItemSelection, _old: QItemSelection) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        self.gantt.chart.selected_rows = rows
        self.gantt.viewport().update()

    def _on_gantt_row_clicked(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, cols.NAME))
        self.table.selectRow(row)

    def _on_gantt_row_double_clicked(self, row: int) -> None:
        if self.doc.rows[row].kind == GROUP:
            self._on_table_toggle_requested(row)
        else:
            self.table.edit(self.model.index(row, cols.NAME))

    def _on_table_toggle_requested(self, row: int) -> None:
        selected = {it.id for it in self.selected_items()}
        key = self.doc.rows[row].key
        self.model.reset(lambda: self.doc.toggle(row))
        self.gantt.chart.rows_changed()
        self.gantt.refresh_extent()
        self.select_items(selected)
        r = self.doc.group_rows.get(key)
        if r is not None:
            self.table.setCurrentIndex(self.model.index(r, cols.NAME))

    def set_all_collapsed(self, collapsed: bool) -> None:
        groups = set(self.doc.groups) if collapsed else set()
        self.model.reset(lambda: self.doc.set_collapsed(groups))
        self.gantt.chart.rows_changed()
        self.gantt.refresh_extent()

    def selected_items(self) -> list[ScheduleItem]:
        out = []
        for index in self.table.selectionModel().selectedRows():
            item = self.doc.item_at_row(index.row())
            if item is not None:
                out.append(item)
        return out

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select_items(self, ids: set[str]) -> None:
        if not ids:
            return
        self.table.clearSelection()
        for item_id in ids:
            i = self.doc.index.get(item_id)
            row = self.doc.row_of_item[i] if i is not None else -1
            if row >= 0:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, cols.NAME))

    def edit_name(self, item_id: str) -> None:
        """Open the name cell of an item for typing (a new item)."""
        self.select_items({item_id})
        i = self.doc.index.get(item_id)
        if i is not None and self.doc.row_of_item[i] >= 0:
            self.table.edit(self.model.index(self.doc.row_of_item[i], cols.NAME))

    # --- edits --------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Only while a chart drag is shown and not yet written (a moment)."""
        return self.editor.pending

    def save(self) -> bool:
        return self.editor.flush()

    def discard(self) -> None:
        self.editor.withdraw()

    def on_theme_changed(self) -> None:
        """Dark mode on or off: the legend's marks in the new colours."""
        self.legend.setText(legend_html())

    def show_outcome(self, outcome: Outcome) -> None:
        """Say what an edit did (or the plan's state): it replaces a state still due."""
        self._status_due = False
        theme.set_tone(self.message, "error" if outcome.error else None)
        self.message.setText(outcome.message)

    def _on_model_edit(self, item: ScheduleItem, column: int, value: object) -> str | None:
        if self.loading:
            return tr(LOADING)
        outcome = edit_cell(self.editor, item, column, value)
        if outcome.error and not outcome.ok:
            return outcome.message
        if outcome.message:
            self.show_outcome(outcome)
        return None

    def _on_model_edit_refused(self, message: str) -> None:
        self.show_outcome(Outcome(False, message, error=True))

    def _on_gantt_item_dragged(self, i: int, start: date, finish: date) -> None:
        if self.loading:
            self.gantt.viewport().update()  # the bar goes back where it is
            self.show_outcome(Outcome(False, tr(LOADING), error=True))
            return
        self.show_outcome(self.editor.move(self.doc.items[i], start, finish, soon=True))

    def _on_gantt_link_dragged(self, a: int, b: int) -> None:
        if self.loading:
            self.show_outcome(Outcome(False, tr(LOADING), error=True))
            return
        items = self.doc.items
        self.show_outcome(link_items(self.editor, items[a], items[b], soon=True))

    def _on_gantt_context_requested(self, row: int, position: QPoint) -> None:
        self._on_gantt_row_clicked(row)
        self._on_table_menu_requested(position)

    def _on_table_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("schedule_context_menu")
        self.acts.fill_context_menu(menu, self.doc.item_at_row(self.current_row()))
        menu.addSeparator()
        copy = menu.addAction(tr("Copy rows"))
        copy.setShortcut("Ctrl+C")
        copy.triggered.connect(lambda: table_copy.copy_selected_rows(self.table))
        shown = [self.doc.item_at_row(r) for r in range(self.table.model().rowCount())]
        ids = [item.id for item in shown if item is not None]
        export = menu.addAction(tr("Export these rows…"))
        export.setObjectName("exportRowsAction")
        export.setEnabled(bool(ids))
        export.triggered.connect(lambda: self._export_rows(ids))
        table_habits.add_select_all(menu, self.table)
        menu.exec(position)

    def _export_rows(self, ids: list[str]) -> None:
        """The schedule items the table shows, in its order, to a spreadsheet."""
        from cdmo_desktop.gui.exchange.register_export import RegisterExportDialog

        dialog = RegisterExportDialog(
            self.ctx, self.window(), kind="milestones", rows=(len(ids), lambda: ids)
        )
        dialog.open()


def _closed_for(store: Store, plan: SchedulePlan) -> dict[str, list[date]]:
    """The days the sites of the plan's engagements are closed (shaded on the Gantt)."""
    closed = closed_days(store, [e for e, _ in plan.engagements])
    return {e: sorted(days) for e, days in closed.items()}
