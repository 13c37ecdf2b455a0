"""The Partners screen: the searchable register of every CRO, CDMO, CMO and lab.

Search-as-you-type (debounced) and the filters run in SQL on every change; sorting by any
column too (store.partner_list). Enter or double-click opens the profile through
`ctx.open_partner_requested`. After a write anywhere (`ctx.changed`) the list is read again
with the same filters and sort, and the selected partner stays selected. Archive and restore
are store use cases (store.partner_edits) committed to the undo stack. The register holds no
edits of its own: as an Editable it is never dirty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import capabilities
from cdmo_desktop.domain.enums import PartnerKind, QualificationStatus, Region
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.exchange.row_export import export_rows_action
from cdmo_desktop.gui.format import number_text
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.models.paged import prepare_view
from cdmo_desktop.gui.partners.layout_fit import ColumnFitter
from cdmo_desktop.gui.partners.partner_profile_form import confirm_archive
from cdmo_desktop.gui.partners.partners_model import PartnerListSource, PartnerTableModel
from cdmo_desktop.gui.undo import commit_or_report
from cdmo_desktop.gui.unsaved import NothingToSave
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.fields import enum_items, fill_combo
from cdmo_desktop.gui.widgets.fitting import shrinkable_combo
from cdmo_desktop.gui.widgets.wrapping_row import WrappingRow
from cdmo_desktop.store import partner_edits
from cdmo_desktop.store.partner_list import COL_ACTIVE, COL_NAME, COL_REGION, PartnerListRow

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet

SEARCH_DELAY_MS = 150
WATCHED_TABLES = {"partner", "contact", "partner_site", "partner_audit", "engagement"}
# Name takes the width left over; on a narrow screen every column gives some up (layout_fit).
COLUMN_WIDTHS = (240, 90, 120, 120, 120, 110, 130, 170)
W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


class PartnersView(NothingToSave, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnersView")
        self.ctx = ctx
        self.source = PartnerListSource(ctx.store)
        self.model = PartnerTableModel(self.source, self)
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.changed.connect(self._on_ctx_changed)
        ctx.day_changed.connect(self._on_ctx_day_changed)
        column, desc = self._saved_sort()
        self.model.set_sort_state(column, desc)
        header = self.table.horizontalHeader()
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
        )
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.apply_filters()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = _named(QLineEdit(), "partnerSearchEdit")
        self.search_edit.setPlaceholderText(
            tr("Search name, capability, scale (100 kg, 2000 L), country, city, site or contact…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.kind_combo = _named(QComboBox(), "partnerKindFilter")
        fill_combo(self.kind_combo, enum_items(PartnerKind), blank=tr("All kinds"))
        self.region_combo = _named(QComboBox(), "partnerRegionFilter")
        fill_combo(self.region_combo, enum_items(Region), blank=tr("All regions"))
        self.qualification_combo = _named(QComboBox(), "partnerQualificationFilter")
        fill_combo(
            self.qualification_combo, enum_items(QualificationStatus), blank=tr("Any qualification")
        )
        self.scale_combo = _named(QComboBox(), "partnerScaleFilter")
        fill_combo(self.scale_combo, [(s, s) for s in capabilities.SCALES], blank=tr("Any scale"))
        self.scale_combo.setToolTip(
            tr(
                "Only partners working at this scale, themselves or at one of their sites; "
                "search for other sizes (e.g. 2000 L)"
            )
        )
        self.overdue_check = _named(QCheckBox(tr("Audit overdue")), "partnerOverdueFilter")
        self.overdue_check.setToolTip(tr("Only partners whose next audit due date has passed"))
        self.archived_check = _named(QCheckBox(tr("Show archived")), "partnerArchivedFilter")
        self.archived_check.setToolTip(tr("Include archived partners (grey), to restore them"))
        for combo in (self.kind_combo, self.region_combo, self.qualification_combo):
            shrinkable_combo(combo)
        shrinkable_combo(self.scale_combo, chars=9)
        self.new_button = _named(QPushButton(tr("New partner")), "newPartnerButton")
        self.open_button = _named(QPushButton(tr("Open")), "openPartnerButton")
        self.archive_button = _named(QPushButton(tr("Archive…")), "archivePartnerButton")
        self.restore_button = _named(QPushButton(tr("Restore")), "restorePartnerButton")
        self.count_label = _named(QLabel(), "partnerCountLabel")
        # Two rows that fit a laptop at 150 %: the search with the actions and the count,
        # then the filters.
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        for b in (self.new_button, self.open_button, self.archive_button, self.restore_button):
            top.addWidget(b)
        top.addWidget(self.count_label)
        filters = _named(WrappingRow(self), "partnerFilterRow")  # wraps when narrow
        filters.add_group(self.kind_combo, self.region_combo)
        filters.add_group(self.qualification_combo, self.scale_combo)
        filters.add_group(self.overdue_check, self.archived_check)

        self.table = _named(QTableView(), "partnersTable")
        self.table.setModel(self.model)
        prepare_view(self.table, self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        self.columns = ColumnFitter(
            self.table,
            stretch=COL_NAME,
            preferred=COLUMN_WIDTHS,
            optional=(COL_REGION, COL_ACTIVE),  # the region follows from the country
            stretch_gives_first=False,  # the names are what a register is read by
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(filters)
        layout.addWidget(self.table, 1)

        self.new_action = self._action(
            "newPartnerAction", tr("New partner"), QKeySequence.StandardKey.New
        )
        self.new_action.triggered.connect(self.new_partner)
        self.open_action = self._action("openPartnerAction", tr("Open partner"), None)
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        # Enter opens from the table only; in the search box it opens the first match.
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.open_action)
        self.table.addAction(self.open_action)
        self.open_action.triggered.connect(self.open_selected)
        self.find_action = self._action(
            "findPartnerAction", tr("Find partner"), QKeySequence.StandardKey.Find
        )
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.archive_action = self._action("archivePartnerAction", tr("Archive partner…"), None)
        self.archive_action.triggered.connect(self.archive_selected)
        self.restore_action = self._action("restorePartnerAction", tr("Restore partner"), None)
        self.restore_action.triggered.connect(self.restore_selected)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        for combo in (
            self.kind_combo,
            self.region_combo,
            self.qualification_combo,
            self.scale_combo,
        ):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.overdue_check.toggled.connect(self._on_filter_changed)
        self.archived_check.toggled.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self.new_partner)
        self.open_button.clicked.connect(self.open_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.customContextMenuRequested.connect(self._on_table_custom_context_menu_requested)
        optional = (COL_REGION, COL_ACTIVE)  # shown as room allows (ColumnFitter)
        table_habits.install(self.table, "partners", self.ctx.settings, fixed=optional)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def _action(self, name: str, text: str, key: QKeySequence.StandardKey | None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.new_action, self.open_action, self.archive_action, self.restore_action]

    # --- filters and refresh ------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        return {
            "text": self.search_edit.text().strip(),
            "kind": self.kind_combo.currentData(),
            "region": self.region_combo.currentData(),
            "qualification": self.qualification_combo.currentData(),
            "scale": self.scale_combo.currentData(),
            "overdue": self.overdue_check.isChecked(),
            "archived": self.archived_check.isChecked(),
        }

    def apply_filters(self) -> None:
        self._search_timer.stop()
        selected = self.selected_id()
        self.model.set_filters(self.filters())
        self._after_refresh(selected)

    def refresh(self) -> None:
        """Read the list again (after a write), keeping filters, sort and selection."""
        selected = self.selected_id()
        self.model.refresh()
        self._after_refresh(selected)

    def _after_refresh(self, selected: str | None) -> None:
        if selected:
            row = self._followed_row(selected)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, COL_NAME))
        self._update_count()
        self._update_buttons()

    def _followed_row(self, key: str) -> int:
        """Where partner `key` is now: the selected row when the model kept it selected
        (it follows the selection across a sort or refresh), else looked up (-1: gone)."""
        rows = self.table.selectionModel().selectedRows()
        if rows and self.model.has_row(rows[0].row()) and self.model.key_at(rows[0].row()) == key:
            return rows[0].row()
        return self.model.find_key(key)

    def _update_count(self) -> None:
        n = self.model.total
        narrowed = any(v for k, v in self.filters().items() if k != "archived")
        if narrowed:
            text = tr("{count} partner matches") if n == 1 else tr("{count} partners match")
        else:
            text = tr("{count} partner") if n == 1 else tr("{count} partners")
        self.count_label.setText(text.format(count=number_text(n)))

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        if self._search_timer.isActive():
            self.apply_filters()
        if self.selected_id() is None and self.model.rowCount() > 0:
            self.table.selectRow(0)
        self.open_selected()

    def _on_filter_changed(self, *_args: Any) -> None:
        self.apply_filters()

    def _on_ctx_changed(self, changeset: ChangeSet, initiator: object) -> None:
        if not changeset.touches(*WATCHED_TABLES):
            return
        if initiator is self:  # the register's own archive / restore: show it now
            self._refresh_timer.stop()
            self.refresh()
        else:
            self._refresh_timer.start()

    def _on_ctx_day_changed(self, _today: object) -> None:
        """Overdue audits are counted from the new date."""
        self._refresh_timer.start()

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        selected = self.selected_id()
        self.model.sort(column, order)
        desc = int(order == Qt.SortOrder.DescendingOrder)
        keys.set(self.ctx.settings, keys.PARTNERS_SORT, f"{column},{desc}")
        self._after_refresh(selected)

    def _saved_sort(self) -> tuple[int, bool]:
        raw = keys.get(self.ctx.settings, keys.PARTNERS_SORT)
        try:
            column, desc = (int(x) for x in raw.split(","))
        except ValueError:
            return COL_NAME, False
        return (column, bool(desc)) if 0 <= column < len(self.model.headers) else (COL_NAME, False)

    # --- selection and actions ----------------------------------------------------------
    def selected_row(self) -> PartnerListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.open_action.setEnabled(row is not None)
        can_archive = row is not None and not row.archived
        self.archive_button.setEnabled(can_archive)
        self.archive_action.setEnabled(can_archive)
        can_restore = row is not None and row.archived
        self.restore_button.setEnabled(can_restore)
        self.restore_action.setEnabled(can_restore)
        self.restore_button.setVisible(self.archived_check.isChecked() or can_restore)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_partner_requested.emit(self.model.key_at(index.row()))

    def _on_find_action_triggered(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_table_custom_context_menu_requested(self, pos: QPoint) -> None:
        row = self.selected_row()
        menu = QMenu(self)
        menu.setObjectName("partnerContextMenu")
        if row is not None:
            menu.addAction(self.open_action)
            menu.addAction(self.restore_action if row.archived else self.archive_action)
            menu.addSeparator()
        export_rows_action(menu, self.ctx, self.table, "partners")
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def open_selected(self) -> None:
        partner_id = self.selected_id()
        if partner_id:
            self.ctx.open_partner_requested.emit(partner_id)

    def new_partner(self) -> None:
        """A blank profile (an empty id asks the main window for a new partner)."""
        self.ctx.open_partner_requested.emit("")

    def archive_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.archived:
            return
        if confirm_archive(self, row.name):
            self._set_archived(row, True)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.archived:
            self._set_archived(row, False)

    def _set_archived(self, row: PartnerListRow, archived: bool) -> None:
        commit_or_report(
            self.ctx,
            lambda: partner_edits.set_archived(self.ctx.store, row.id, archived),
            initiator=self,
        )
