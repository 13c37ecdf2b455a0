"""The risk register: the portfolio Risks screen (engagement_id None: every engagement, with
an engagement column and filter) and the Risks tab of an engagement workspace.

Page 1 lists the risks (filtered and sorted in SQL) next to the heat map, which counts the
same filtered risks through the same SQL filter builder; clicking a cell lists its risks.
Page 2 is the risk form. Ctrl+N logs a risk, Ctrl+S saves the form, Esc goes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import clock
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.exchange.row_export import export_rows_action
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.models.choices import store_list
from cdmo_desktop.gui.models.paged import prepare_view
from cdmo_desktop.gui.risks.register_columns import RegisterColumns
from cdmo_desktop.gui.risks.risk_filters import DEFAULT_FILTERS, RiskFilterBar
from cdmo_desktop.gui.risks.risk_form import RiskForm
from cdmo_desktop.gui.risks.risks_model import RiskSource, RiskTableModel
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.heatmap import RiskHeatMap
from cdmo_desktop.store import risks as risk_store
from cdmo_desktop.store.choice_lists import Listing

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet

WATCHED = ("risk", "risk_review", "engagement", "milestone", "decision", "team_member")
HEAT_MAP_SHARE, HEAT_MAP_WIDEST = 0.24, 440  # of the register page's width; pixels


class RisksView(QWidget):
    REGISTER_PAGE, FORM_PAGE = 0, 1

    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("risksView")
        self.ctx, self.engagement_id, self.today = ctx, engagement_id, today
        portfolio = engagement_id is None
        self.source = RiskSource(ctx.store, portfolio, today)
        self.model = RiskTableModel(self.source, self)
        self.model.preset_filters(self._full_filters(dict(DEFAULT_FILTERS)))
        self.model.count_settled.connect(self._on_model_count_settled)
        self.model.count_failed.connect(self._on_model_count_failed)
        self.model.rows_settled.connect(self._on_model_rows_settled)
        self._selected_before: str | None = None  # of a search whose rows are awaited
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("risksStack")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._build_register(portfolio)
        self._form: RiskForm | None = None  # built when a risk is first opened
        self._build_actions()
        self._shortcuts_checked = False
        ctx.changed.connect(self._on_ctx_changed)
        ctx.day_changed.connect(self._on_ctx_day_changed)
        self._reload_options()
        self.table.setSortingEnabled(True)  # loads the first page, sorted by score
        self.refresh_heatmap()
        self._update_summary()

    # --- construction ---------------------------------------------------------------------
    @property
    def form(self) -> RiskForm:
        """The risk form (the stack's second page), built on first use: opening the
        register does not pay for a form the user may never open."""
        if self._form is None:
            form = self._form = RiskForm(self.ctx, self, self.today)
            form.setObjectName("riskForm")
            self.stack.addWidget(form)
            form.back_requested.connect(self._on_form_back_requested)
            form.deleted.connect(self._on_form_deleted)
            form.review_requested.connect(self.mark_reviewed)
        return self._form

    def _build_register(self, portfolio: bool) -> None:
        page = QWidget(self)
        page.setObjectName("riskRegisterPage")
        layout = QVBoxLayout(page)
        # A screen of its own keeps the pages' margin; a workspace tab sits flush like the others.
        layout.setContentsMargins(*((8, 8, 8, 8) if portfolio else (0, 6, 0, 0)))
        self.filter_bar = RiskFilterBar(portfolio, page)
        self.filter_bar.filters_changed.connect(self._on_filter_bar_filters_changed)
        layout.addWidget(self.filter_bar)
        bar = QHBoxLayout()  # actions on the left, the count on the right, as on every list
        self.summary_label = QLabel(page)
        self.summary_label.setObjectName("riskSummaryLabel")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.new_button = self._button(
            page, "newRiskButton", tr("&New risk"), tr("Log a risk (Ctrl+N)")
        )
        self.open_button = self._button(
            page, "openRiskButton", tr("&Open"), tr("Open the risk (Enter)")
        )
        self.review_button = self._button(
            page,
            "markReviewedButton",
            tr("Mark re&viewed…"),
            tr("Record a review of the selected risk"),
        )
        for b in (self.new_button, self.open_button, self.review_button):
            bar.addWidget(b)
        bar.addWidget(self.summary_label, 1)
        self.new_button.clicked.connect(self.new_risk)
        self.open_button.clicked.connect(self.open_selected)
        self.review_button.clicked.connect(self._on_review_button_clicked)
        layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("riskSplitter")
        self.table = QTableView(self.splitter)
        self.table.setObjectName("riskTable")
        self.table.setModel(self.model)
        prepare_view(self.table, self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.column_of("score"), Qt.SortOrder.DescendingOrder)
        mode = "portfolio" if self.engagement_id is None else "engagement"
        column_keys = [key for _title, key in self.source.columns]
        self.columns = table_habits.install(
            self.table,
            f"risks_{mode}",
            self.ctx.settings,
            fixed=[column_keys.index(key) for key in ("code", "title")],
            legacy=table_habits.from_old_hidden(
                self.ctx.settings, keys.RISKS_HIDDEN_COLUMNS.at(mode), column_keys
            ),
        )
        self.column_widths = RegisterColumns(self.table, self.source.keys)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        box = self.heat_map_box = QGroupBox(tr("Heat map"))
        box.setObjectName("heatMapGroup")
        box_layout = QVBoxLayout(box)
        hint = QLabel(tr("Follows the filters; click a cell to list its risks."), box)
        hint.setObjectName("heatMapHint")
        hint.setWordWrap(True)
        theme.set_tone(hint, "muted")
        box_layout.addWidget(hint)
        self.heatmap = RiskHeatMap(box)
        self.heatmap.cell_clicked.connect(self._on_heatmap_cell_clicked)
        self.heatmap.canvas_ready.connect(self.refresh_heatmap)
        box_layout.addWidget(self.heatmap)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(box)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the register
        self.splitter.setStretchFactor(1, 0)
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(page)
        self._on_selection_changed()

    @staticmethod
    def _button(parent: QWidget, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_action = QAction(tr("New risk"), self)
        self.new_action.setObjectName("newRiskAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_risk)
        self.save_action = QAction(tr("Save risk"), self)
        self.save_action.setObjectName("saveRiskAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.back_action = QAction(tr("Back to the register"), self)
        self.back_action.setObjectName("backToRegisterAction")
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.triggered.connect(self._on_form_back_requested)
        for action in (self.new_action, self.save_action, self.back_action):
            action.setShortcutContext(context)
            self.addAction(action)

    def actions(self) -> list[QAction]:
        return [self.new_action, self.save_action]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shortcuts_checked:
            self._shortcuts_checked = True
            self._share_ancestor_shortcuts()
            self._share_splitter()

    def _share_splitter(self) -> None:
        """The heat map takes about a quarter of the width (not below its minimum, not
        wider than it is useful), the register the rest (see register_columns)."""
        total = sum(self.splitter.sizes())
        least = self.heat_map_box.minimumSizeHint().width()
        side = max(least, min(HEAT_MAP_WIDEST, int(total * HEAT_MAP_SHARE)))
        self.splitter.setSizes([total - side, side])
        self.column_widths.fit()

    def _share_ancestor_shortcuts(self) -> None:
        """Inside a page that has its own Ctrl+S / Ctrl+N (the engagement workspace), two
        actions on one key would cancel each other out ("ambiguous shortcut"): leave the key
        to the page's action and do our part when it fires."""
        ours = {a.shortcut().toString(): a for a in (self.new_action, self.save_action)}
        parent = self.parentWidget()
        while parent is not None:
            for action in parent.actions():
                mine = ours.pop(action.shortcut().toString(), None)
                if mine is not None and not action.shortcut().isEmpty():
                    mine.setShortcut(QKeySequence())
                    action.triggered.connect(mine.trigger)
            parent = parent.parentWidget()

    # --- Editable (gui.unsaved): the open risk's unsaved edits ---------------------------------
    def is_dirty(self) -> bool:
        return self.stack.currentIndex() == self.FORM_PAGE and self.form.is_dirty()

    def save(self) -> bool:
        return not self.is_dirty() or self.form.save()

    def discard(self) -> None:
        if self.is_dirty():
            self.form.discard()

    # --- filters, model and heat map ---------------------------------------------------------
    def _full_filters(self, filters: dict[str, Any]) -> dict[str, Any]:
        if self.engagement_id:
            filters["engagement_id"] = self.engagement_id
        return filters

    def _on_filter_bar_filters_changed(self, filters: dict[str, Any]) -> None:
        self.apply_filters(filters)

    def apply_filters(self, filters: dict[str, Any]) -> None:
        self._selected_before = self.selected_id()
        self.model.set_filters(self._full_filters(dict(filters)))
        if not self.model.reading:  # else when the search's first page arrives
            self._on_model_rows_settled()

    def _on_model_rows_settled(self) -> None:
        self._lay_out_rows()
        self._restore_selection(self._selected_before)
        self.refresh_heatmap()
        self._update_summary()

    @property
    def reading(self) -> bool:
        """True while the first page of a search is read off the GUI thread: the register
        shows the rows before until it arrives."""
        return self.model.reading

    @property
    def counting(self) -> bool:
        """True while the register's count (its total, due reviews and heat map) is read off
        the GUI thread: the rows show at once (a search's when its first page arrives), the
        counts when they arrive."""
        return self.model.counting or self.model.reading

    def _on_model_count_settled(self) -> None:
        self.refresh_heatmap()
        self._update_summary()

    def _on_model_count_failed(self, reason: str) -> None:
        self.summary_label.setText(
            tr("The risks could not be counted: {reason}").format(reason=reason)
        )

    def _lay_out_rows(self) -> None:
        """Lay the table's rows out now, not on the view's deferred layout timer: the
        repaint then comes once, with the new rows in place, instead of once before the
        layout and again after it."""
        self.table.executeDelayedItemsLayout()

    def refresh_heatmap(self) -> None:
        """Show the filtered risks per cell, counted with the register's count (only once
        the map is on screen). Until the counts of a new search arrive, the map still shows
        those before: greyed out, and not clickable (other filters are counted before the
        eye would notice: greying the map would only make it flash)."""
        filters = self.model.filters
        counts = self.source.heatmap(filters)
        if counts is None:
            if self.source.slow_to_count(filters):
                self.heat_map_box.setEnabled(False)
            return
        self.heat_map_box.setEnabled(True)
        if self.heatmap.ready:
            self.heatmap.set_counts(counts, filters.get("cell"))

    def _on_heatmap_cell_clicked(self, cell: tuple[str, int, int] | None) -> None:
        self.filter_bar.set_cell(cell)

    def _update_summary(self) -> None:
        if not self.source.counts_for(self.model.filters):  # said when the count comes
            if self.source.slow_to_count(self.model.filters):
                self.summary_label.setText(tr("Counting the matching risks…"))
            return
        n = self.model.total
        text = (tr("{count} risk") if n == 1 else tr("{count} risks")).format(
            count=fmt.number_text(n)
        )
        due = self.source.due_count
        if due and not self.model.filters.get("review_due"):
            text += tr(", {count} due for review (highlighted)").format(count=fmt.number_text(due))
        cell = self.model.filters.get("cell")
        if cell:
            kind, likelihood, impact = cell
            where = (
                tr(" in residual cell likelihood {likelihood} x impact {impact}")
                if kind == "residual"
                else tr(" in current cell likelihood {likelihood} x impact {impact}")
            )
            text += where.format(likelihood=likelihood, impact=impact)
        self.summary_label.setText(text)

    def _reload_options(self, engagements: bool = True) -> None:
        before = self.filter_bar.filters()
        store = self.ctx.store
        owners = risk_store.filter_options(store, self.engagement_id)
        self.filter_bar.set_options(owners)
        if engagements and self.engagement_id is None:
            # Counted now, read a page at a time when the list is shown (gui.models.choices).
            chosen = self.filter_bar.engagement_combo.currentData()
            listing = Listing("risk engagement", keep=chosen)
            self.filter_bar.set_engagement_choices(store_list(store, listing))
        if self.filter_bar.filters() != before:
            self.apply_filters(self.filter_bar.filters())

    def _on_ctx_changed(self, change: ChangeSet, _initiator: object) -> None:
        if not change.touches(*WATCHED):
            return
        self._reload_options(engagements=_engagements_may_change(change))
        self._refresh_rows()

    def _on_ctx_day_changed(self, _today: date) -> None:
        """Past midnight other reviews are due: the highlights, count and filter follow."""
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        """The rows shown read again; the summary and heat map keep their counts until the
        new ones arrive (a count under way is dropped)."""
        selected = self.selected_id()
        self.model.refresh()
        self._lay_out_rows()
        self._restore_selection(selected)

    # --- selection ----------------------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key_at(rows[0].row()) if rows else None

    def _restore_selection(self, risk_id: str | None) -> None:
        if risk_id is None:
            return
        row = self.model.find_key(risk_id, load=False)
        if row >= 0:
            self.table.selectRow(row)

    def select_risk(self, risk_id: str) -> bool:
        row = self.model.find_key(risk_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _on_selection_changed(self, *_: Any) -> None:
        has = self.selected_id() is not None
        self.open_button.setEnabled(has)
        self.review_button.setEnabled(has)

    # --- pages ----------------------------------------------------------------------------
    def open_risk(self, risk_id: str) -> bool:
        if not self.maybe_leave() or not self.form.load(risk_id):
            return False
        self.stack.setCurrentIndex(self.FORM_PAGE)
        self.form.ui.titleEdit.setFocus()
        return True

    def open_selected(self) -> None:
        risk_id = self.selected_id()
        if risk_id is not None:
            self.open_risk(risk_id)

    def new_risk(self) -> None:
        if not self.maybe_leave():
            return
        engagement = self.engagement_id or self.model.filters.get("engagement_id")
        self.form.start_new(engagement)
        self.stack.setCurrentIndex(self.FORM_PAGE)
        (self.form.ui.titleEdit if engagement else self.form.ui.engagementCombo).setFocus()

    def show_register(self) -> None:
        risk_id = self._form.risk_id if self._form is not None else None
        self.stack.setCurrentIndex(self.REGISTER_PAGE)
        if risk_id is not None:
            self.select_risk(risk_id)
        self.table.setFocus()

    def maybe_leave(self) -> bool:
        """True when the screen may be left (no unsaved risk, or the user chose)."""
        if self.stack.currentIndex() != self.FORM_PAGE:
            return True
        return self.form.maybe_leave()

    def _on_form_back_requested(self) -> None:
        if self.stack.currentIndex() == self.FORM_PAGE and self.form.maybe_leave():
            self.show_register()

    def _on_form_deleted(self, _risk_id: str) -> None:
        self.stack.setCurrentIndex(self.REGISTER_PAGE)

    def _on_save_action_triggered(self) -> None:
        if self.stack.currentIndex() == self.FORM_PAGE:
            self.form.save()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_risk(self.model.key_at(index.row()))

    def mark_reviewed(self, risk_id: str) -> bool:
        from cdmo_desktop.gui.risks.risk_review import RiskReviewDialog

        dialog = RiskReviewDialog(self.ctx, risk_id, self, self.today)
        return bool(dialog.exec())

    def _on_review_button_clicked(self) -> None:
        risk_id = self.selected_id()
        if risk_id is not None:
            self.mark_reviewed(risk_id)

    def _erase_values(self, risk_id: str) -> None:
        from cdmo_desktop.gui import erasure

        erasure.erase_record(self.ctx, "risk", risk_id, self)

    def _on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        menu.setObjectName("riskContextMenu")
        if index.isValid():
            row = self.model.row_at(index.row())
            menu.addAction(tr("Open risk"), lambda: self.open_risk(row.id))
            menu.addAction(tr("Mark reviewed…"), lambda: self.mark_reviewed(row.id))
            menu.addAction(
                tr("Open engagement {title}").format(title=repr(row.engagement_title)),
                lambda: self.ctx.open_engagement_requested.emit(row.engagement_id),
            )
            menu.addAction(tr("Erase confidential values…"), lambda: self._erase_values(row.id))
            menu.addSeparator()
        export_rows_action(menu, self.ctx, self.table, "risks")
        menu.exec(self.table.viewport().mapToGlobal(pos))


def _engagements_may_change(change: ChangeSet) -> bool:
    """Whether the engagement filter's choices may change: an engagement written, or a risk
    added or removed (an archived engagement is listed while it has risks). An edit of a
    risk leaves them (re-reading thousands of engagements on every edit is what made the
    refresh after an edit grow with the portfolio)."""
    if change.touches("engagement"):
        return True
    states = (*change.before, *change.after)
    return any(st.table == "risk" and st.values is None for st in states)
