"""The KPIs tab of the engagement workspace: the agreed KPIs with their latest value, status
and trend; the measurement grid where the values of each period are entered; the trend
chart of the selected KPI. Every edit is a store use case committed to the undo stack."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import KpiPeriod
from cdmo_desktop.domain.kpi import last_periods
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.conflicts import Choice
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.kpis import grid_conflicts
from cdmo_desktop.gui.kpis.grid_model import Change, MeasurementGridModel
from cdmo_desktop.gui.kpis.grid_view import MeasurementGridView
from cdmo_desktop.gui.kpis.kpi_dialog import KpiDialog
from cdmo_desktop.gui.kpis.kpi_table import ID_ROLE, KpiTableModel, SparklineDelegate
from cdmo_desktop.gui.kpis.library_picker import LibraryPicker
from cdmo_desktop.gui.kpis.trend_chart import KpiTrendChart, TrendSeries
from cdmo_desktop.gui.undo import REFUSALS, commit, commit_or_report, refusal_text
from cdmo_desktop.gui.unsaved import NothingToSave
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.fitting import stretch_at_least
from cdmo_desktop.store import kpi_edits, kpis
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.errors import ConflictError
from cdmo_desktop.store.kpi_views import measurement_cells

WATCHED = ("engagement_kpi", "kpi_measurement", "kpi_definition")
# The widest text of each column of the KPI table.
COLUMN_SAMPLES = {
    KpiTableModel.UNIT: "number",
    KpiTableModel.PERIOD: QT_TR_NOOP("Quarterly"),
    KpiTableModel.TARGET: "≥ 100.5 %",
    KpiTableModel.LATEST: "100.5 %",
    KpiTableModel.LATEST_PERIOD: "Sep 2026",
    KpiTableModel.STATUS: QT_TR_NOOP("Green – on target"),
    KpiTableModel.TREND: QT_TR_NOOP("↘ worsening"),
}
PERIODS_SHOWN = 12
FINEST = (KpiPeriod.MONTH, KpiPeriod.QUARTER, KpiPeriod.YEAR)


class KpisTab(NothingToSave, QWidget):
    """Values are written as they are entered (nothing waits for Save)."""

    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kpisTab")
        self.ctx = ctx
        self.engagement_id = engagement_id
        self._fixed_today = today
        self.span = PERIODS_SHOWN
        self._dirty = True
        self._fitted = False
        self._sized = False
        self._chart_kpi: str | None = None
        self._chart_pending = False
        self.seen = grid_conflicts.SeenCells()  # the grid's cells as read (team mode)
        self._build()
        ctx.changed.connect(self._on_ctx_changed)
        ctx.day_changed.connect(self._on_ctx_day_changed)
        self.refresh()

    @property
    def today(self) -> date:
        return self._fixed_today or clock.today()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.add_library_button = self._button("addFromLibraryButton", tr("Add from &library…"))
        self.add_library_button.clicked.connect(self.add_from_library)
        self.new_button = self._button("newKpiButton", tr("&New KPI…"))
        self.new_button.clicked.connect(self.new_kpi)
        self.edit_button = self._button("editKpiButton", tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_kpi)
        self.delete_button = self._button("deleteKpiButton", tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_kpis)
        self.status_label = QLabel()
        self.status_label.setObjectName("kpiStatusLine")
        self.status_label.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.add_library_button, self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.status_label, 1)

        self.model = KpiTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("kpiTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(KpiTableModel.SPARK, SparklineDelegate(self.table))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        stretch_at_least(self.table, KpiTableModel.NAME, chars=22)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.edit_kpi)
        rows = (self.edit_button, self.delete_button, self.new_button, self.add_library_button)
        table_habits.install(self.table, "kpis", self.ctx.settings, *rows)

        self.grid_model = MeasurementGridModel(self._write_measurements, self)
        self.grid = MeasurementGridView()
        self.grid.setModel(self.grid_model)
        # Its own menu; its columns are the periods shown, nothing to remember.
        table_habits.install(self.grid, "kpi_grid", self.ctx.settings, remember=False)
        self.grid.message.connect(self._on_grid_message)
        self.earlier_button = self._button("earlierPeriodsButton", tr("◀ Earlier"))
        self.earlier_button.setToolTip(
            tr("Show {count} more periods before these").format(count=PERIODS_SHOWN)
        )
        self.earlier_button.clicked.connect(self.show_earlier)
        self.grid_message = QLabel()
        self.grid_message.setObjectName("kpiGridMessage")
        theme.set_tone(self.grid_message, "error")
        self.grid_message.setWordWrap(True)
        grid_head = QHBoxLayout()
        title = QLabel(
            tr("<b>Measurements</b>: type a value, Tab / Enter to move, Ctrl+V to paste")
        )
        title.setObjectName("kpiGridTitle")
        title.setWordWrap(True)
        grid_head.addWidget(title, 1)
        grid_head.addWidget(self.earlier_button)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setSpacing(3)
        grid_layout.addLayout(grid_head)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.grid_message)

        self.chart = KpiTrendChart()
        self.chart.canvas_ready.connect(self._on_chart_canvas_ready)
        self.lower_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.lower_splitter.setObjectName("kpiLowerSplitter")
        self.lower_splitter.addWidget(grid_box)
        self.lower_splitter.addWidget(self.chart)
        self.lower_splitter.setStretchFactor(0, 3)
        self.lower_splitter.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("kpiSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.lower_splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.empty = QLabel(
            tr(
                "No KPIs agreed yet. <b>Add from library…</b> offers the measures used for CROs, "
                "CDMOs and CMOs with their usual targets; <b>New KPI…</b> adds one of your own."
            )
        )
        self.empty.setObjectName("kpiEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

        self.delete_action = QAction(tr("Delete KPI"), self.table)
        self.delete_action.setObjectName("deleteKpiAction")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_kpis)
        self.table.addAction(self.delete_action)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    # --- reading ------------------------------------------------------------------------
    def refresh(self, *, cells: bool = True, chart: bool = True) -> None:
        """Read the KPIs again; `cells` False keeps the grid's values (this tab has just
        written them), `chart` False keeps the chart when the same KPI stays selected."""
        current = self.current_kpi_id()
        selected = set(self.selected_kpi_ids())
        rows = kpis.engagement_kpis(self.ctx.store, self.engagement_id, self.today)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        first = not self._sized
        if cells or [r.id for r in rows] != [k.id for k in self.grid_model.kpis]:
            self._refresh_grid()
        else:
            g = self.grid_model
            g.set_content(rows, g.periods, g.column_period, g.cells)
        if rows:
            if first:
                self._size_columns()
                self.scroll_to_latest()
            row = self.model.row_of(current) if current else 0
            self._reselect(max(row, 0), selected)
        self.show_chart(self.current_kpi_id(), force=chart)
        self._dirty = False
        self._update_buttons()

    def _refresh_grid(self) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        used = {KpiPeriod(r.period) for r in rows}
        column_period = next((p for p in FINEST if p in used), KpiPeriod.MONTH)
        periods = last_periods(column_period, self.today, self.span)
        cells = measurement_cells(self.ctx.store, self.engagement_id, periods[0])
        self.seen.load(cells)
        self.grid_model.set_content(rows, periods, column_period, cells)

    def _size_columns(self) -> None:
        """Widths from the widest text each column can hold (measuring every cell, as
        resizeColumnsToContents does, costs more than reading the KPIs)."""
        self._sized = True
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        hm = header.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            title = tr(str(self.model.headers[column]))
            width = max(fm.horizontalAdvance(tr(sample)), hm.horizontalAdvance(title)) + 18
            self.table.setColumnWidth(
                column, max(width, header.sectionSizeFromContents(column).width())
            )
        # The sparkline's own width, or its title's where that is wider ("Letzte Zeiträume").
        spark = KpiTableModel.SPARK
        self.table.setColumnWidth(spark, max(110, header.sectionSizeFromContents(spark).width()))
        fm = self.grid.verticalHeader().fontMetrics()
        widest = max((fm.horizontalAdvance(k.name) for k in self.grid_model.kpis), default=80)
        self.grid.verticalHeader().setFixedWidth(min(widest + 16, 230))

    def _reselect(self, row: int, selected: set[str]) -> None:
        """Select the KPIs again after a refresh (the chart follows in `refresh`)."""
        sm = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        blocked = sm.blockSignals(True)
        try:
            sm.setCurrentIndex(self.model.index(row, 0), flags.ClearAndSelect | flags.Rows)
            for i in range(self.model.rowCount()):
                if self.model.row_at(i).id in selected and i != row:
                    sm.select(self.model.index(i, 0), flags.Select | flags.Rows)
        finally:
            sm.blockSignals(blocked)
        self.table.viewport().update()

    def current_kpi_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def selected_kpi_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def show_chart(self, kpi_id: str | None, *, force: bool = True) -> None:
        """The chart of `kpi_id`; read once the chart can draw (matplotlib loads in the
        background), and again only when `force`d (its values may have changed)."""
        if kpi_id == self._chart_kpi and not force and not self._chart_pending:
            return
        self._chart_kpi = kpi_id
        self._chart_pending = not self.chart.ready
        if self._chart_pending:
            return
        row_index = self.model.row_of(kpi_id) if kpi_id else -1
        if row_index < 0:
            self.chart.show_series(None)
            return
        row = self.model.row_at(row_index)
        points = [(m.period_start, m.value) for m in kpis.kpi_measurements(self.ctx.store, row.id)]
        self.chart.show_series(
            TrendSeries(
                row.name,
                str(row.unit),
                str(row.period),
                str(row.direction),
                row.target,
                row.amber,
                row.red,
                sorted(points),
            )
        )

    def show_earlier(self) -> None:
        before = self.grid_model.columnCount()
        self.span += PERIODS_SHOWN
        self._refresh_grid()
        added = self.grid_model.columnCount() - before
        if added > 0:
            self.grid.scrollTo(self.grid_model.index(0, added - 1))

    # --- writing ------------------------------------------------------------------------
    def _write_measurements(self, changes: Sequence[Change]) -> str | None:
        """Write the grid's batch expecting its cells as read (grid_conflicts)."""
        while True:
            entries = [
                kpi_edits.MeasurementEntry(
                    kpi_id=k, period_start=p, value=v, comment=c, seen=self.seen.get(k, p)
                )
                for k, p, v, c in changes
            ]
            try:
                changeset = kpi_edits.set_measurements(self.ctx.store, entries)
            except ConflictError as error:
                choice = grid_conflicts.ask(self, error)
                if choice is Choice.OVERWRITE:
                    self.seen.accept(error)
                    continue
                said = refusal_text(error)
                if choice is Choice.RELOAD:  # after the grid has closed its editor
                    QTimer.singleShot(0, self, lambda s=said: self._reload_after_conflict(s))
                return said
            except REFUSALS as exc:
                return refusal_text(exc)
            self.seen.advance(changeset)
            commit(self.ctx, changeset, initiator=self)
            return None

    def _reload_after_conflict(self, said: str) -> None:
        """The grid as saved now, still saying why my values are not there."""
        self.refresh(chart=False)
        self.grid_message.setText(said)

    def add_from_library(self) -> None:
        library = kpis.kpi_library(self.ctx.store)
        own = {t.key for t in library if t.own}
        taken = {k for i in range(self.model.rowCount()) if (k := self.model.row_at(i).library_key)}
        picker = LibraryPicker(library, own, taken, self)
        if picker.exec() and picker.chosen():
            keys = picker.chosen()
            commit_or_report(
                self.ctx,
                lambda: kpi_edits.add_kpis_from_library(self.ctx.store, self.engagement_id, keys),
                initiator=self,
            )

    def new_kpi(self) -> None:
        KpiDialog(self.ctx, self.engagement_id, None, self).exec()

    def edit_kpi(self, *_: object) -> None:
        kpi_id = self.current_kpi_id()
        if kpi_id:
            KpiDialog(self.ctx, self.engagement_id, kpi_id, self).exec()

    def delete_kpis(self) -> None:
        ids = self.selected_kpi_ids()
        if not ids:
            return
        written = commit_or_report(
            self.ctx, lambda: kpi_edits.delete_kpis(self.ctx.store, ids), initiator=self
        )
        if written is not None:
            n = len(ids)
            self.status_label.setText(
                (
                    tr("Deleted {count} KPI and its values. Undo (Ctrl+Z) brings them back.")
                    if n == 1
                    else tr(
                        "Deleted {count} KPIs and their values. Undo (Ctrl+Z) brings them back."
                    )
                ).format(count=n)
            )

    # --- slots --------------------------------------------------------------------------
    def _update_buttons(self, *_: object) -> None:
        has = bool(self.selected_kpi_ids())
        self.edit_button.setEnabled(self.table.currentIndex().isValid())
        self.delete_button.setEnabled(has)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_chart(str(current.data(ID_ROLE)) if current.isValid() else None)

    def _on_chart_canvas_ready(self) -> None:
        if self._chart_pending:
            self.show_chart(self._chart_kpi)

    def _on_grid_message(self, text: str) -> None:
        self.grid_message.setText(text)

    def _on_ctx_changed(self, changeset: ChangeSet, initiator: object) -> None:
        if not changeset.touches(*WATCHED):
            return
        if not self.isVisible():
            self._dirty = True
            return
        own = initiator is self
        self.refresh(cells=not own, chart=not own or self._charted_kpi_changed(changeset))

    def _charted_kpi_changed(self, changeset: ChangeSet) -> bool:
        kpi = self._chart_kpi
        if kpi is None or kpi in changeset.ids("engagement_kpi"):
            return True
        return any(
            st.table == "kpi_measurement" and (st.values or {}).get("kpi_id") == kpi
            for st in (*changeset.before, *changeset.after)
        )

    def _on_ctx_day_changed(self, _today: date) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self, self._fit_splitters)

    def _fit_splitters(self) -> None:
        """The table as high as its rows need (at most half), the chart 40 % of the width."""
        total = sum(self.lower_splitter.sizes())
        self.lower_splitter.setSizes([int(total * 0.6), total - int(total * 0.6)])
        height = sum(self.splitter.sizes())
        needed = (
            self.table.horizontalHeader().height()
            + max(3, self.model.rowCount()) * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        top = min(needed, height // 2)
        self.splitter.setSizes([top, height - top])
        self.scroll_to_latest()

    def scroll_to_latest(self) -> None:
        """The grid shows its latest periods (the right end)."""
        bar = self.grid.horizontalScrollBar()
        bar.setValue(bar.maximum())
