"""Portfolio: the consultant's start page. Headline figures (SQL sums), every running
engagement with what needs attention (read a page at a time in SQL: store.portfolio_list),
and an agenda of late and upcoming work. Before the store is open (start-up) the same
queries read the file read-only; navigation stays off until the context's `store_ready`."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCursor, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import clock
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.exchange.row_export import export_rows_action
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.kpis.portfolio_tile import KpiTile
from cdmo_desktop.gui.portfolio.agenda_model import AgendaTableModel
from cdmo_desktop.gui.portfolio.key_roll import KeyRoll
from cdmo_desktop.gui.portfolio.portfolio_model import (
    ID_ROLE,
    PortfolioTableModel,
    context_reading,
)
from cdmo_desktop.gui.portfolio.portfolio_tables import empty_label, fit_columns, portfolio_table
from cdmo_desktop.gui.portfolio.portfolio_tiles import (
    AGENDA_TITLE,
    EMPTY_HTML,
    audit_due_text,
    fill_tile_rows,
    headline_tiles,
    show_totals,
    tile_rows,
)
from cdmo_desktop.gui.portfolio.rag_text import apply_advice
from cdmo_desktop.gui.unsaved import NothingToSave
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.fitting import WrappedLabel, share_columns
from cdmo_desktop.store.portfolio import AgendaItem, agenda_from
from cdmo_desktop.store.portfolio_list import PortfolioTotals

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet

log = logging.getLogger(__name__)

# Tables whose changes alter the overview.
WATCHED = frozenset(
    {"engagement", "client", "partner", "risk", "milestone", "action_item", "status_report"}
) | {"engagement_kpi", "kpi_measurement"}
AGENDA_DAYS = 28
COMPACT_HEIGHT = 560  # px of the screen's height below which the tiles show no detail line


class PortfolioView(NothingToSave, QWidget):
    """Rows open the engagement workspace (double-click or Enter); the partner column, the
    context menu and the audit tile open partner profiles."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioView")
        self.ctx = ctx
        self._fixed_today = today
        self._dirty = True
        self._columns_sized = self._splitter_fitted = False
        self.key_roll = KeyRoll(self)  # the stored sort keys to the day shown, on a worker
        self.overview: PortfolioTotals | None = None
        self._build()
        ctx.changed.connect(self._on_ctx_changed)
        ctx.day_changed.connect(self._on_ctx_day_changed)
        if not ctx.has_store:
            ctx.store_ready.connect(self._on_ctx_store_ready)
        self.refresh()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        head = QHBoxLayout()
        title = QLabel(tr("<h2 style='margin:0'>Portfolio</h2>"), self)
        title.setObjectName("portfolioTitle")
        self.as_of = QLabel(self)
        self.as_of.setObjectName("portfolioAsOf")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.as_of)
        layout.addLayout(head)

        rows = tile_rows(self)  # first: tiles made in it are styled once, not moved into it
        self.tiles = headline_tiles(rows, lambda: self.overview)
        self.tiles["audits"].link_activated.connect(self._on_audits_tile_link_activated)
        self.kpi_tile = KpiTile(self.ctx, rows)
        fill_tile_rows(rows, [*self.tiles.values(), self.kpi_tile])
        layout.addWidget(rows)

        # Built top-down: a built widget moved to another parent is restyled all through.
        self.body = QStackedWidget(self)
        self.body.setObjectName("portfolioBody")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self.body)
        self.splitter.setObjectName("portfolioSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.model = PortfolioTableModel(*context_reading(self.ctx), self)
        self.table = portfolio_table("portfolioTable", self.splitter, lines=2)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        share_columns(header, PortfolioTableModel.TITLE)  # the title takes what is left
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        old = table_habits.from_old_state(self.ctx.settings, keys.PORTFOLIO_HEADER)
        self.habits = table_habits.install(
            self.table, "portfolio", self.ctx.settings, fixed=(0,), legacy=old, fit=self._fit
        )
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current_engagement)

        agenda_box = QWidget(self.splitter)
        self.agenda_model = AgendaTableModel(self)
        agenda_title = WrappedLabel(tr(AGENDA_TITLE).format(count=AGENDA_DAYS), agenda_box)
        agenda_title.setObjectName("agendaTitle")
        self.agenda_table = portfolio_table("agendaTable", agenda_box)
        self.agenda_table.setModel(self.agenda_model)
        share_columns(self.agenda_table.horizontalHeader(), AgendaTableModel.WHAT)
        self.agenda_table.doubleClicked.connect(self._on_agenda_table_double_clicked)
        opening = table_habits.double_click_action(self.agenda_table, tr("&Open"))
        table_habits.install(self.agenda_table, "portfolio_agenda", self.ctx.settings, opening)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 6, 0, 0)
        agenda_layout.addWidget(agenda_title)
        agenda_layout.addWidget(self.agenda_table, 1)

        self.splitter.addWidget(self.table)
        self.splitter.addWidget(agenda_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self._empty: QLabel | None = None
        self.body.addWidget(self.splitter)
        layout.addWidget(self.body, 1)
        self._build_actions()
        self._restore_layout()

    @property
    def empty(self) -> QLabel:
        """What shows instead of the tables while nothing runs, built when first needed."""
        if self._empty is None:
            self._empty = empty_label(tr(EMPTY_HTML), self.body)
            self.body.addWidget(self._empty)
        return self._empty

    def _build_actions(self) -> None:
        self.open_engagement_action = QAction(tr("&Open engagement"), self)
        self.open_engagement_action.setObjectName("openEngagementAction")
        self.open_engagement_action.setToolTip(tr("Open the selected engagement (Enter)"))
        self.open_engagement_action.triggered.connect(self.open_current_engagement)
        self.open_partner_action = QAction(tr("Open &partner"), self)
        self.open_partner_action.setObjectName("openPartnerAction")
        self.open_partner_action.triggered.connect(self.open_current_partner)
        self.update_rag_action = QAction(tr("Set &RAG as suggested"), self)
        self.update_rag_action.setObjectName("updateRagAction")
        self.update_rag_action.triggered.connect(self.apply_rag_advice)
        self.refresh_action = QAction(tr("&Refresh"), self)
        self.refresh_action.setObjectName("refreshPortfolioAction")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        for action in self.actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._update_actions()

    def actions(self) -> list[QAction]:
        """Actions the main window shows in its menu while this screen is current."""
        return [
            self.open_engagement_action,
            self.open_partner_action,
            self.update_rag_action,
            self.refresh_action,
        ]

    # --- data ---------------------------------------------------------------------------
    @property
    def today(self) -> date:
        return self._fixed_today or clock.today()

    def _read(self) -> tuple[PortfolioTotals, list[AgendaItem]] | None:
        self.model.list.today = today = self.today
        if self.ctx.has_store:  # meanwhile read as for keys of another day
            self.key_roll.ensure(self.ctx.store, today)
        try:
            totals = self.model.list.totals()
            with self.model.list.reading() as read:
                upcoming = agenda_from(read, today, AGENDA_DAYS)
        except sqlite3.Error:
            if self.ctx.has_store:
                raise
            log.exception("reading the portfolio from %s", self.ctx.database_path)
            return None  # still dirty: read again once the store is there
        return totals, upcoming

    def refresh(self) -> None:
        current = self.current_engagement_id()
        if (read := self._read()) is None:
            return
        ov, upcoming = read
        if self.ctx.has_store:
            upcoming = self.kpi_tile.refresh(upcoming, ov.today)
        self.overview = ov
        self.model.reload(ov.today)
        self.agenda_model.set_rows(upcoming, ov.today)
        self._dirty = False
        self.as_of.setText(tr("As of {date}").format(date=date_text(ov.today)))
        show_totals(self.tiles, ov)
        self.body.setCurrentWidget(self.splitter if self.model.rowCount() else self.empty)
        if self.model.rowCount():
            if not self._columns_sized:
                self._size_columns()
            row = self.model.row_of(current) if current else -1
            self.table.selectRow(max(row, 0))
        self._update_actions()

    def _size_columns(self) -> None:
        """Fit the columns to the first data once (long titles capped), unless the user's
        own column layout was saved."""
        fit_columns(self.agenda_table)
        # The engagement whole (on a laptop too); the description takes what is left.
        eng = AgendaTableModel.ENGAGEMENT
        self.agenda_table.setColumnWidth(eng, min(self.agenda_table.columnWidth(eng), 360))
        with self.habits.quiet():
            self._fit()
        self.habits.restore()
        self._columns_sized = True

    def _fit(self) -> None:
        fit_columns(self.table)
        m = self.model
        caps = {m.PARTNER: 150, m.NEXT: 220, m.REVIEWS: 72, m.LATE_MS: 84, m.LATE_ACT: 84}
        for col, cap in caps.items():
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), cap))

    def _on_audits_tile_link_activated(self, link: str) -> None:
        if link != "menu":
            self._open_partner(link)
            return
        menu = QMenu(self)
        menu.setObjectName("auditsMenu")
        for a in self.overview.audits_overdue if self.overview else []:
            action = menu.addAction(audit_due_text(a))
            action.triggered.connect(lambda _=False, pid=a.partner_id: self._open_partner(pid))
        menu.exec(QCursor.pos())

    # --- selection and navigation -------------------------------------------------------
    def current_engagement_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def open_current_engagement(self) -> None:
        eid = self.current_engagement_id()
        if eid:
            self._open_engagement(eid)

    def apply_rag_advice(self) -> None:
        """Set the selected engagement's RAG to what its report or state calls for."""
        index = self.table.currentIndex()
        if not (index.isValid() and self.ctx.has_store):
            return
        row = self.model.row_at(index.row())
        advice = row.rag_advice
        if advice is not None:
            apply_advice(self.ctx, row.id, advice, self)

    def open_current_partner(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_partner(self.model.row_at(index.row()).partner_id)

    def _open_engagement(self, engagement_id: str) -> None:
        if self.ctx.has_store:  # pages open once the store is there
            self.ctx.open_engagement_requested.emit(engagement_id)

    def _open_partner(self, partner_id: str) -> None:
        if self.ctx.has_store:
            self.ctx.open_partner_requested.emit(partner_id)

    def _update_actions(self, *_: object) -> None:
        ready = self.ctx.has_store
        has_row = self.table.currentIndex().isValid()
        self.open_engagement_action.setEnabled(ready and has_row)
        self.open_partner_action.setEnabled(ready and has_row)
        advice = self.model.row_at(self.table.currentIndex().row()).rag_advice if has_row else None
        self.update_rag_action.setEnabled(ready and advice is not None)
        self.update_rag_action.setText(
            tr("Set &RAG to {rag}").format(rag=message(advice.suggested.label))
            if advice
            else tr("Set &RAG as suggested")
        )
        self.refresh_action.setEnabled(ready)

    def _on_ctx_store_ready(self) -> None:
        if self._dirty:
            self.refresh()
        else:
            self._update_actions()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == PortfolioTableModel.PARTNER:
            self._open_partner(index.data(ID_ROLE))
        else:
            self._open_engagement(index.data(ID_ROLE))

    def _on_agenda_table_double_clicked(self, index: QModelIndex) -> None:
        self._open_engagement(index.data(ID_ROLE))

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        menu = QMenu(self)
        if self.table.indexAt(pos).isValid():
            menu.addAction(self.open_engagement_action)
            menu.addAction(self.open_partner_action)
            if self.update_rag_action.isEnabled():
                menu.addAction(self.update_rag_action)
            menu.addSeparator()
        export_rows_action(menu, self.ctx, self.table, "engagements")
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- refresh and layout -------------------------------------------------------------
    def _on_ctx_changed(self, changeset: ChangeSet, _initiator: object) -> None:
        if changeset.touches(*WATCHED):
            self._on_ctx_day_changed(None)

    def _on_ctx_day_changed(self, _today: date | None) -> None:
        """A related change, or past midnight (what was due today is late now): read again
        now if shown, else when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a short screen (a laptop at 150 %) the tiles drop their detail line so the
        engagements keep the room."""
        super().resizeEvent(event)
        compact = event.size().height() < COMPACT_HEIGHT
        for tile in (*self.tiles.values(), self.kpi_tile):
            tile.set_compact(compact)

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)
        if not self._splitter_fitted:
            self._splitter_fitted = True
            QTimer.singleShot(0, self._fit_splitter)

    def _fit_splitter(self) -> None:
        """Give the engagement table the height its rows need (at most 60%), the agenda the
        rest, unless the user's own split was saved."""
        if keys.has(self.ctx.settings, keys.PORTFOLIO_SPLITTER):
            return
        total = sum(self.splitter.sizes())
        rows = max(3, self.model.rowCount())
        needed = (
            self.table.horizontalHeader().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + self.table.horizontalScrollBar().sizeHint().height()
        )
        top = min(needed, int(total * 0.6))
        self.splitter.setSizes([top, max(total - top, 0)])

    def _restore_layout(self) -> None:
        saved = keys.get(self.ctx.settings, keys.PORTFOLIO_SPLITTER)
        if saved:
            self.splitter.restoreState(saved)
        self.splitter.splitterMoved.connect(self._on_splitter_splitter_moved)

    def _on_splitter_splitter_moved(self, *_: object) -> None:
        keys.set(self.ctx.settings, keys.PORTFOLIO_SPLITTER, self.splitter.saveState())
