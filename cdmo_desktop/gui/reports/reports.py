"""Reports screen: issued status reports (print again, issue a new one) and partnership
agreements (new, edit, clauses, export). The export dialog lives in report_export.py.

The screen refreshes from the context's change notices; its only edits of its own are the
clause editor's (is_dirty / save / discard pass through to it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.forms.ui_reports_view import Ui_ReportsView
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.reports.agreement_clauses import ClauseEditor
from cdmo_desktop.gui.reports.agreement_dialog import AgreementDialog
from cdmo_desktop.gui.reports.report_export import ExportDialog
from cdmo_desktop.gui.reports.report_tables import AgreementTableModel, StatusReportTableModel
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.fitting import share_columns
from cdmo_desktop.gui.widgets.wrapping_row import WrappingRow
from cdmo_desktop.store.agreements import list_agreements
from cdmo_desktop.store.status_reports import engagement_titles, list_status_reports

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet

__all__ = ["ExportDialog", "ReportsView"]

STATUS_TAB, AGREEMENTS_TAB = 0, 1


MAX_COLUMN_PX = 260
# The columns that take the width left over (and give it back on a laptop screen).
STRETCH_COLUMNS = {"reportTable": [0], "agreementTable": [0, 4]}  # engagement; title, engagement
AGREEMENT_COLUMN_PX = 150


def _fit_columns(view: QTableView, cap: int = MAX_COLUMN_PX) -> None:
    """Columns as wide as their text, none wider than `cap` (tooltips show all); the
    stretching columns share what is left."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)


def _setup_table(view: QTableView) -> None:
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    share_columns(header, STRETCH_COLUMNS.get(view.objectName(), [0]), minimum=60)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


class ReportsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_ReportsView()
        ui.setupUi(self)
        # The engagement filter and the buttons share a row, or take two on a laptop at 150 %.
        status_bar = WrappingRow(ui.statusTab).take_place_of(ui.statusBar)
        status_bar.setObjectName("statusReportBar")
        status_bar.add_group(ui.engagementFilterLabel, ui.engagementFilterCombo, None)
        status_bar.add_group(ui.newReportButton, ui.printAgainButton)
        self.report_model = StatusReportTableModel(self)
        self.agreement_model = AgreementTableModel(self)
        ui.reportTable.setModel(self.report_model)
        ui.agreementTable.setModel(self.agreement_model)
        for view in (ui.reportTable, ui.agreementTable):
            _setup_table(view)
        self.clauses = ClauseEditor(ctx, ui.clauseHost)
        self.clauses.setObjectName("clauseEditor")
        ui.clauseHostLayout.addWidget(self.clauses)
        ui.agreementSplitter.setSizes([260, 420])
        self.new_report_action = self._action(
            "newReportAction", tr("New status report…"), QKeySequence("Ctrl+E")
        )
        self.new_report_action.triggered.connect(self._on_new_report_button_clicked)
        self.new_agreement_action = self._action(
            "newAgreementAction", tr("New agreement…"), QKeySequence(QKeySequence.StandardKey.New)
        )
        self.new_agreement_action.triggered.connect(self._on_new_agreement_button_clicked)
        self._connect()
        self._fill_engagement_filter()
        self.refresh()

    def _action(self, name: str, text: str, keys: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.new_report_action, self.new_agreement_action]

    def _connect(self) -> None:
        ui = self.ui
        ui.engagementFilterCombo.currentIndexChanged.connect(self._on_engagement_filter_changed)
        ui.newReportButton.clicked.connect(self._on_new_report_button_clicked)
        ui.printAgainButton.clicked.connect(self._on_print_again_button_clicked)
        ui.reportTable.doubleClicked.connect(self._on_print_again_button_clicked)
        ui.newAgreementButton.clicked.connect(self._on_new_agreement_button_clicked)
        ui.editAgreementButton.clicked.connect(self._on_edit_agreement_button_clicked)
        ui.exportAgreementButton.clicked.connect(self._on_export_agreement_button_clicked)
        ui.agreementTable.doubleClicked.connect(self._on_edit_agreement_button_clicked)
        erase = QAction(tr("Erase confidential values…"), ui.agreementTable)
        erase.setObjectName("agreementEraseAction")
        erase.triggered.connect(self._erase_agreement_values)
        ui.agreementTable.addAction(erase)
        ui.agreementTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        reports = (ui.printAgainButton, ui.newReportButton)
        table_habits.install(ui.reportTable, "reports", self.ctx.settings, *reports)
        rows = (ui.editAgreementButton, ui.exportAgreementButton, erase, ui.newAgreementButton)
        table_habits.install(ui.agreementTable, "agreements", self.ctx.settings, *rows)
        ui.reportTable.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.agreementTable.selectionModel().selectionChanged.connect(
            self._on_agreement_selection_changed
        )
        self.ctx.changed.connect(self._on_ctx_changed)

    def _fill_engagement_filter(self) -> None:
        combo = self.ui.engagementFilterCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("All engagements"), None)
        for eid, title in engagement_titles(self.ctx.store):
            combo.addItem(title, eid)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_reports()
        self.refresh_agreements()

    def refresh_reports(self) -> None:
        keep = self.selected_report_id()
        rows = list_status_reports(self.ctx.store, self.ui.engagementFilterCombo.currentData())
        self.report_model.set_rows(rows)
        _fit_columns(self.ui.reportTable)
        self._select(self.ui.reportTable, self.report_model.find(keep))
        self.ui.reportHint.setText(
            tr("Issued status reports print again exactly as they were issued.")
            if rows
            else tr("No status report has been issued yet: New status report… (Ctrl+E) starts one.")
        )
        self._update_buttons()

    def refresh_agreements(self) -> None:
        keep = self.selected_agreement_id()
        rows = list_agreements(self.ctx.store)
        self.agreement_model.set_rows(rows)
        _fit_columns(self.ui.agreementTable, AGREEMENT_COLUMN_PX)
        row = self.agreement_model.find(keep)
        self._select(self.ui.agreementTable, row)
        if row < 0:
            self.clauses.set_agreement(None)
        self._update_buttons()

    @staticmethod
    def _select(view: QTableView, row: int) -> None:
        if row >= 0:
            view.selectRow(row)

    def selected_report_id(self) -> str | None:
        rows = self.ui.reportTable.selectionModel().selectedRows()
        return self.report_model.row_id(rows[0].row()) if rows else None

    def selected_agreement_id(self) -> str | None:
        rows = self.ui.agreementTable.selectionModel().selectedRows()
        return self.agreement_model.row_id(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.printAgainButton.setEnabled(self.selected_report_id() is not None)
        has_agreement = self.selected_agreement_id() is not None
        ui.editAgreementButton.setEnabled(has_agreement)
        ui.exportAgreementButton.setEnabled(has_agreement)

    # --- saving and leaving (gui.unsaved.Editable) ----------------------------------------
    def is_dirty(self) -> bool:
        return self.clauses.is_dirty()

    def save(self) -> bool:
        return self.clauses.save()

    def discard(self) -> None:
        self.clauses.discard()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.setAccepted(self.clauses.maybe_leave())

    # --- slots ----------------------------------------------------------------------------
    def _on_engagement_filter_changed(self, _index: int) -> None:
        self.refresh_reports()

    def _on_selection_changed(self, *_args: QItemSelection) -> None:
        self._update_buttons()

    def _on_agreement_selection_changed(self, *_args: QItemSelection) -> None:
        agreement_id = self.selected_agreement_id()
        if agreement_id != self.clauses.agreement_id:
            if not self.clauses.maybe_leave():
                self._select(
                    self.ui.agreementTable, self.agreement_model.find(self.clauses.agreement_id)
                )
                return
            self.clauses.set_agreement(agreement_id)
        self._update_buttons()

    def _on_new_report_button_clicked(self) -> None:
        self.ui.tabs.setCurrentIndex(STATUS_TAB)
        ExportDialog(
            self.ctx, engagement_id=self.ui.engagementFilterCombo.currentData(), parent=self
        ).exec()

    def _on_print_again_button_clicked(self, *_args: object) -> None:
        report_id = self.selected_report_id()
        if report_id is not None:
            ExportDialog(self.ctx, parent=self, report_id=report_id).exec()

    def _on_new_agreement_button_clicked(self) -> None:
        if not self.clauses.maybe_leave():
            return
        self.ui.tabs.setCurrentIndex(AGREEMENTS_TAB)
        dialog = AgreementDialog(self.ctx, None, self)
        if dialog.exec() and dialog.agreement_id:  # the change notice listed it already
            self._select(self.ui.agreementTable, self.agreement_model.find(dialog.agreement_id))

    def _on_edit_agreement_button_clicked(self, *_args: object) -> None:
        agreement_id = self.selected_agreement_id()
        if agreement_id is not None:
            AgreementDialog(self.ctx, agreement_id, self).exec()

    def _erase_agreement_values(self) -> None:
        from cdmo_desktop.gui import erasure

        agreement_id = self.selected_agreement_id()
        if agreement_id is not None:
            erasure.erase_record(self.ctx, "agreement", agreement_id, self)

    def _on_export_agreement_button_clicked(self) -> None:
        agreement_id = self.selected_agreement_id()
        if agreement_id is not None and self.clauses.maybe_leave():
            ExportDialog(self.ctx, agreement_id=agreement_id, parent=self).exec()

    def _on_ctx_changed(self, changeset: ChangeSet, _initiator: object) -> None:
        if changeset.touches("status_report", "engagement"):
            if changeset.touches("engagement"):
                self._fill_engagement_filter()
            self.refresh_reports()
        if changeset.touches("agreement", "partner", "client", "engagement"):
            self.refresh_agreements()
