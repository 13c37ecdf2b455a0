"""Engagements screen: every engagement (client x partner, program, phase, status, dates,
overall RAG) with search and filters run in SQL; create, edit, open, archive, restore."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from cdmo_desktop.domain.enums import EngagementStatus, Phase, Rag
from cdmo_desktop.gui.confirm import ask_to_archive
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.engagement_dialog import EngagementDialog
from cdmo_desktop.gui.engagements.engagement_list_model import EngagementListModel
from cdmo_desktop.gui.exchange import row_export
from cdmo_desktop.gui.forms.ui_engagement_list import Ui_EngagementListForm
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.models.choices import ChoiceModel, long_list, refill, store_list
from cdmo_desktop.gui.models.paged import prepare_view
from cdmo_desktop.gui.undo import commit_or_report
from cdmo_desktop.gui.unsaved import NothingToSave
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.fields import enum_items, fill_combo
from cdmo_desktop.gui.widgets.fitting import shrinkable_combo, widen_to_titles
from cdmo_desktop.gui.widgets.wrapping_row import WrappingRow
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.choice_lists import Listing
from cdmo_desktop.store.engagement_edits import archive_engagement, restore_engagement
from cdmo_desktop.store.engagements import EngagementRow, engagement_position

_TABLES = ("engagement", "client", "partner", "charter")
# The title takes the width left over; the rest fit a laptop screen (1280 px) side by side.
COLUMN_WIDTHS = (260, 130, 150, 160, 120, 70, 90, 90, 70)


def confirm_archive(parent: QWidget, title: str) -> bool:
    return ask_to_archive(
        parent,
        tr("engagement"),
        title,
        tr("It leaves the lists and the portfolio; nothing is deleted."),
    )


class EngagementsView(NothingToSave, QWidget):
    """The engagements register. It holds no unsaved edits of its own (the dialogs save
    on OK), so as a screen it is never dirty."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EngagementListForm()
        self.ui.setupUi(self)
        self.setObjectName("engagements_view")
        ui = self.ui
        self.model = EngagementListModel(ctx.store, self)
        ui.engagementsTable.setModel(self.model)
        prepare_view(ui.engagementsTable, self.model)
        header = ui.engagementsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        widen_to_titles(ui.engagementsTable, COLUMN_WIDTHS)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # titles are long
        # Filters and buttons wrap onto more rows on a narrow screen (a laptop at 150 %).
        filters = WrappingRow(self).take_place_of(ui.filterLayout)
        filters.setObjectName("engagementFilterRow")
        # The search keeps room for a few words; the filters beside it give way first.
        ui.searchEdit.setMinimumWidth(ui.searchEdit.fontMetrics().horizontalAdvance("x" * 24))
        filters.add_group(ui.searchEdit, ui.statusFilterCombo, ui.phaseFilterCombo, stretch=[2])
        filters.add_group(ui.partnerFilterCombo, ui.clientFilterCombo)
        filters.add_group(ui.ragFilterCombo, ui.showArchivedCheck)
        buttons = WrappingRow(self).take_place_of(ui.buttonLayout)
        buttons.setObjectName("engagementButtonRow")
        buttons.add_group(ui.newButton, ui.openButton, ui.editButton)
        buttons.add_group(ui.archiveButton, ui.restoreButton)
        ui.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons.add_group(ui.countLabel, stretch=[1])
        fill_combo(ui.statusFilterCombo, enum_items(EngagementStatus), blank=tr("All statuses"))
        fill_combo(ui.phaseFilterCombo, enum_items(Phase), blank=tr("All phases"))
        fill_combo(ui.ragFilterCombo, enum_items(Rag), blank=tr("Any RAG"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)

        self.new_action = self._action(
            "new_engagement_action",
            tr("New engagement…"),
            QKeySequence.StandardKey.New,
            self.new_engagement,
        )
        self.open_action = self._action(
            "open_engagement_action", tr("Open workspace"), None, self.open_selected
        )
        self.edit_action = self._action(
            "edit_engagement_action", tr("Edit details…"), None, self.edit_selected
        )
        self.archive_action = self._action(
            "archive_engagement_action", tr("Archive…"), None, self.archive_selected
        )
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.find_action = self._action(
            "find_engagement_action",
            tr("Find"),
            QKeySequence.StandardKey.Find,
            self._on_find_action_triggered,
        )

        ui.searchEdit.textChanged.connect(self._on_search_edit_text_changed)
        self._search_timer.timeout.connect(self.apply_filters)
        for combo in (
            ui.statusFilterCombo,
            ui.phaseFilterCombo,
            ui.partnerFilterCombo,
            ui.clientFilterCombo,
            ui.ragFilterCombo,
        ):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.showArchivedCheck.toggled.connect(self._on_filter_changed)
        ui.newButton.clicked.connect(self.new_engagement)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.openButton.clicked.connect(self.open_selected)
        ui.archiveButton.clicked.connect(self.archive_selected)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.engagementsTable.doubleClicked.connect(self._on_engagements_table_double_clicked)
        ui.engagementsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        row_export.attach(ui.engagementsTable, ctx, "engagements")
        rows = (ui.openButton, ui.editButton, ui.archiveButton, ui.restoreButton, ui.newButton)
        table_habits.install(ui.engagementsTable, "engagements", ctx.settings, *rows)
        self.model.modelReset.connect(self._update_buttons)
        self._awaited: str | None = None
        self.model.count_settled.connect(self._on_model_count_settled)
        self.model.count_failed.connect(self._on_model_count_failed)
        ctx.changed.connect(self._on_ctx_changed)
        self._choices_wanted = False
        self.partner_choices = long_list(ui.partnerFilterCombo, ChoiceModel(tr("All partners")))
        self.client_choices = long_list(ui.clientFilterCombo, ChoiceModel(tr("All clients")))
        ui.partnerFilterCombo.installEventFilter(self)
        ui.clientFilterCombo.installEventFilter(self)
        self._refresh_choices()
        for combo in (
            ui.statusFilterCombo,
            ui.phaseFilterCombo,
            ui.partnerFilterCombo,
            ui.clientFilterCombo,
            ui.ragFilterCombo,
        ):
            shrinkable_combo(combo)
        self.apply_filters()

    def _action(self, name: str, text: str, key: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.new_action, self.open_action, self.edit_action, self.archive_action]

    # --- filters --------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "text": ui.searchEdit.text().strip(),
            "status": ui.statusFilterCombo.currentData(),
            "phase": ui.phaseFilterCombo.currentData(),
            "partner_id": ui.partnerFilterCombo.currentData(),
            "client_id": ui.clientFilterCombo.currentData(),
            "rag": ui.ragFilterCombo.currentData(),
            "show_archived": ui.showArchivedCheck.isChecked(),
        }

    def apply_filters(self) -> None:
        selected = self.selected_id()
        self.model.set_filters(self.filters())
        self._after_refresh(selected)

    def _after_refresh(self, selected: str | None) -> None:
        self._show_count()
        found = self.select(selected) if selected else True
        # A search is counted in the background: a row deeper than the rows read so far is
        # selected again once the count is in.
        self._awaited = selected if not found and self.model.counting else None
        self._update_buttons()

    @property
    def counting(self) -> bool:
        """True while the count of a search is read off the GUI thread: the rows show at
        once, the count when it arrives."""
        return self.model.counting

    def _show_count(self) -> None:
        if not self.model.total_known:
            self.ui.countLabel.setText(tr("Counting the matching engagements…"))
            return
        total = self.model.total
        counted = tr("{count} engagement") if total == 1 else tr("{count} engagements")
        self.ui.countLabel.setText(counted.format(count=total))

    def _on_model_count_settled(self) -> None:
        self._show_count()
        awaited, self._awaited = self._awaited, None
        if awaited and self.selected_id() is None:
            self.select(awaited)
        self._update_buttons()

    def _on_model_count_failed(self, reason: str) -> None:
        self._awaited = None
        self.ui.countLabel.setText(
            tr("The engagements could not be counted: {reason}").format(reason=reason)
        )

    def _refresh_choices(self) -> None:
        """The partner and client filters list every partner and client, read a page at a
        time as the list shows them (gui.models.choices), from when the user first reaches
        for one of them (opening the screen does not wait for them), and again after a
        change to partners or clients; a choice archived since stays listed."""
        if not self._choices_wanted:
            return
        store, lost = self.ctx.store, False
        for combo, model, which in (
            (self.ui.partnerFilterCombo, self.partner_choices, "partner"),
            (self.ui.clientFilterCombo, self.client_choices, "client"),
        ):
            listing = Listing(which, keep=combo.currentData())
            lost |= refill(combo, model, store_list(store, listing))
        if lost:  # a chosen partner or client is gone: the filter no longer holds it
            self.apply_filters()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wanting = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.FocusIn)
        if not self._choices_wanted and event.type() in wanting:
            self._choices_wanted = True
            self._refresh_choices()
        return super().eventFilter(watched, event)

    # --- selection ------------------------------------------------------------------------
    def selected_row(self) -> EngagementRow | None:
        rows = self.ui.engagementsTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, engagement_id: str) -> bool:
        """Select and show the engagement, wherever it is in the list."""
        row = self.model.find_key(engagement_id, load=False)
        if row < 0:
            sort_column, descending = self.model.sort_state
            found = engagement_position(
                self.ctx.store, self.model.filters, sort_column, descending, engagement_id
            )
            row = -1 if found is None or found >= self.model.total else found
        if row < 0:
            return False
        self.ui.engagementsTable.selectRow(row)
        self.ui.engagementsTable.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected_row()
        ui = self.ui
        for widget in (ui.editButton, ui.openButton, self.edit_action, self.open_action):
            widget.setEnabled(row is not None)
        ui.archiveButton.setEnabled(row is not None and not row.archived)
        self.archive_action.setEnabled(row is not None and not row.archived)
        ui.restoreButton.setVisible(ui.showArchivedCheck.isChecked())
        ui.restoreButton.setEnabled(row is not None and row.archived)

    # --- actions --------------------------------------------------------------------------
    def new_engagement(self) -> None:
        dialog = EngagementDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.engagement_id:
            self._refresh_choices()
            self.apply_filters()
            self.select(dialog.engagement_id)

    def edit_selected(self) -> None:
        if (eid := self.selected_id()) is not None:
            EngagementDialog(self.ctx, eid, self).exec()

    def open_selected(self) -> None:
        if (eid := self.selected_id()) is not None:
            self.ctx.open_engagement_requested.emit(eid)

    def archive_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.archived or not confirm_archive(self, row.title):
            return
        self._write(lambda: archive_engagement(self.ctx.store, row.id))

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None or not row.archived:
            return
        if self._write(lambda: restore_engagement(self.ctx.store, row.id)):
            self.select(row.id)

    def _write(self, write: Callable[[], ChangeSet]) -> bool:
        return commit_or_report(self.ctx, write, initiator=self) is not None

    # --- slots ----------------------------------------------------------------------------
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_filter_changed(self, *_args: Any) -> None:
        self.apply_filters()

    def _on_find_action_triggered(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _on_engagements_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_engagement_requested.emit(self.model.key_at(index.row()))

    def _on_ctx_changed(self, changeset: ChangeSet, _initiator: object) -> None:
        if changeset.touches(*_TABLES):
            if changeset.touches("client", "partner"):
                self._refresh_choices()
            selected = self.selected_id()
            self.model.refresh()
            self._after_refresh(selected)
