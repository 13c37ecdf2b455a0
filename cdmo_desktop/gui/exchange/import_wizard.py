"""File > Import…: records from a CSV or XLSX file, in four steps.

1. The file, what it holds (partners, contacts, risks, actions) and, for risks and actions,
   the engagement. A file the reader refuses (too large, binary, a zip bomb, too many
   columns) is named here with the reason, and the wizard stays on the page.
2. Which field each column fills: matched by header name, editable, and remembered for the
   next file with the same headers (settings.IMPORT_MAPPING).
3. The preview: every row's fate (new, update with the fields that change, unchanged,
   refused with the reason) and near-duplicate warnings, planned on a worker thread with a
   progress bar. With a refused row the import is refused as a whole unless "Skip refused
   rows" is ticked.
4. The import itself, on a worker thread, written as one change set: one undo step.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cdmo_desktop.exchange import cells
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.import_kinds import (
    KINDS,
    SHEET_NAMES,
    Fate,
    ImportPlan,
    RowPlan,
    auto_mapping,
    header_key,
    mapping_key,
)
from cdmo_desktop.exchange.imports import apply_import, check_mapping, plan_import
from cdmo_desktop.exchange.sheet_reader import Sheet, read_sheet
from cdmo_desktop.gui import accessibility, theme
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.models.choices import ChoiceModel, long_list, store_list
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.workers import Job, ProgressFn
from cdmo_desktop.store.choice_lists import Listing

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store.changesets import ChangeSet

KIND_LABELS = {
    "partners": QT_TR_NOOP("Partners"),
    "contacts": QT_TR_NOOP("Contacts of partners"),
    "clients": QT_TR_NOOP("Clients"),
    "client-contacts": QT_TR_NOOP("Contacts of clients"),
    "risks": QT_TR_NOOP("Risks of an engagement"),
    "actions": QT_TR_NOOP("Actions of an engagement"),
    "measurements": QT_TR_NOOP("KPI values of an engagement"),
}
NOT_IMPORTED = QT_TR_NOOP("(not imported)")
FATE_TEXT = {
    Fate.NEW: QT_TR_NOOP("New"),
    Fate.UPDATE: QT_TR_NOOP("Update"),
    Fate.UNCHANGED: QT_TR_NOOP("Unchanged"),
    Fate.REFUSED: QT_TR_NOOP("Refused"),
}


def _mapping_setting(kind: str, headers: tuple[str, ...]) -> keys.Setting[str]:
    digest = hashlib.sha1(mapping_key(KINDS[kind], headers).encode()).hexdigest()[:20]
    return keys.IMPORT_MAPPING.at(digest)


class ImportWizard(QWizard):
    """Import records from a spreadsheet; the written import is one undo step."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, engagement_id: str = ""
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.setWindowTitle(tr("Import records"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.sheet: Sheet | None = None
        self.mapping: list[str] = []
        self.plan: ImportPlan | None = None
        self.changeset: ChangeSet | None = None
        self.file_page = FilePage(self, engagement_id)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(1000, 660)
        accessibility.install_all(self)  # names for a screen reader

    @property
    def kind(self) -> str:
        return self.file_page.kind()

    @property
    def engagement_id(self) -> str | None:
        return self.file_page.engagement_id()

    @property
    def path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip())


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, engagement_id: str) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Choose the file"))
        self.setSubTitle(
            tr(
                "A CSV file (comma, semicolon or tab; UTF-8, UTF-16 or Windows encoding) or an "
                "Excel workbook (.xlsx). The first row holds the column names."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(tr("The file to import"))
        self.path_edit.textChanged.connect(self._changed)
        browse = QPushButton(tr("Browse…"))
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("importKind")
        for key, label in ((k, tr(v)) for k, v in KIND_LABELS.items()):
            self.kind_combo.addItem(label, key)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.engagement_combo = QComboBox()
        self.engagement_combo.setObjectName("importEngagement")
        # Every engagement one can import into, read a page at a time as the list shows it.
        engagements = long_list(self.engagement_combo, ChoiceModel(tr("Choose the engagement…")))
        engagements.reset_to(store_list(wizard.ctx.store, Listing("engagement")))
        found = self.engagement_combo.findData(engagement_id) if engagement_id else -1
        if found >= 0:
            self.engagement_combo.setCurrentIndex(found)
        self.engagement_combo.currentIndexChanged.connect(self._changed)
        self.error = QLabel()
        self.error.setObjectName("importFileError")
        self.error.setWordWrap(True)
        theme.set_tone(self.error, "error")
        form = QFormLayout(self)
        form.addRow(tr("File:"), file_row)
        form.addRow(tr("Records:"), self.kind_combo)
        form.addRow(tr("Engagement:"), self.engagement_combo)
        form.addRow(self.error)
        self._changed()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def engagement_id(self) -> str | None:
        if not KINDS[self.kind()].needs_engagement:
            return None
        return str(self.engagement_combo.currentData() or "") or None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import records"), "", tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx)")
        )
        if path:
            self.path_edit.setText(path)

    def _changed(self) -> None:
        self.engagement_combo.setEnabled(KINDS[self.kind()].needs_engagement)
        self.error.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.path_edit.text().strip():
            return False
        return not KINDS[self.kind()].needs_engagement or self.engagement_id() is not None

    def validatePage(self) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.wiz.sheet = read_sheet(self.wiz.path, sheet=SHEET_NAMES[self.kind()])
        except ExchangeError as exc:
            self.error.setText(
                tr("This file cannot be imported: {reason}").format(reason=message(exc))
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if not self.wiz.sheet.rows:
            self.error.setText(tr("This file has a header row but no rows to import."))
            return False
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Match the columns"))
        self.setSubTitle(
            tr(
                "Which field each column of the file fills. Columns matched by their name are "
                "filled in; the choice is remembered for files with the same columns."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels(
            [tr("Column in the file"), tr("First value"), tr("Imports as")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table_habits.install(self.table, "import_mapping", wizard.ctx.settings)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.error = QLabel()
        self.error.setObjectName("importMappingError")
        self.error.setWordWrap(True)
        theme.set_tone(self.error, "error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        sheet = self.wiz.sheet
        assert sheet is not None
        kind = KINDS[self.wiz.kind]
        mapping = auto_mapping(kind, sheet.headers)
        remembered = keys.get(self.wiz.ctx.settings, _mapping_setting(kind.key, sheet.headers))
        try:
            saved = json.loads(remembered) if remembered else None
        except ValueError:
            saved = None
        fields = {c.field for c in kind.columns} | {""}
        if isinstance(saved, dict):  # header (folded) -> field, whatever the column order
            mapping = [
                f if isinstance(f := saved.get(header_key(h), m), str) and f in fields else m
                for h, m in zip(sheet.headers, mapping, strict=True)
            ]
        self.table.setRowCount(len(sheet.headers))
        self.combos = []
        for i, header in enumerate(sheet.headers):
            self.table.setItem(
                i, 0, QTableWidgetItem(header or tr("(column {number})").format(number=i + 1))
            )
            self.table.setItem(i, 1, QTableWidgetItem(_sample(sheet, i)))
            combo = QComboBox()
            combo.addItem(tr(NOT_IMPORTED), "")
            for column in kind.columns:
                combo.addItem(column.label, column.field)
            combo.setCurrentIndex(max(0, combo.findData(mapping[i])))
            combo.currentIndexChanged.connect(self.error.clear)
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.error.clear()

    def current_mapping(self) -> list[str]:
        return [str(c.currentData() or "") for c in self.combos]

    def validatePage(self) -> bool:
        sheet = self.wiz.sheet
        assert sheet is not None
        mapping = self.current_mapping()
        chosen = [f for f in mapping if f]
        if len(chosen) != len(set(chosen)):
            self.error.setText(tr("Two columns fill the same field: choose one of them."))
            return False
        problem = check_mapping(KINDS[self.wiz.kind], mapping)
        if problem is not None:
            self.error.setText(problem)
            return False
        self.wiz.mapping = mapping
        keys.set(
            self.wiz.ctx.settings,
            _mapping_setting(self.wiz.kind, sheet.headers),
            json.dumps({header_key(h): f for h, f in zip(sheet.headers, mapping, strict=True)}),
        )
        return True


def _sample(sheet: Sheet, column: int) -> str:
    """The column's first value, as the preview of what it holds."""
    for row in sheet.rows[:50]:
        cell = row[column]
        if cells.is_empty(cell):
            continue
        if isinstance(cell, datetime):
            return fmt.date_text(cell.date())
        if isinstance(cell, date):
            return fmt.date_text(cell)
        return cells.text(cell)[:80]
    return ""


class PlanModel(QAbstractTableModel):
    """The preview's rows: row number, fate, what the row names, and the details (the
    reason it is refused, the fields an update changes, warnings)."""

    HEADERS = (QT_TR_NOOP("Row"), QT_TR_NOOP("Result"), QT_TR_NOOP("Record"), QT_TR_NOOP("Details"))

    def __init__(self, rows: tuple[RowPlan, ...] = ()) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return fmt.number_text(row.row)
            if column == 1:
                fate = tr(FATE_TEXT[row.fate])
                return tr("{result} (warning)").format(result=fate) if row.warnings else fate
            if column == 2:
                return row.name
            return details(row)
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 3):
            if row.fate is Fate.REFUSED:
                return QBrush(theme.current().colour("error"))
            if row.warnings:
                return QBrush(theme.current().colour("warning"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return details(row)
        return None


def details(row: RowPlan) -> str:
    parts = []
    if row.reason:
        parts.append(message(row.reason))
    if row.changed:
        parts.append(
            tr("Changes {fields}.").format(fields=", ".join(message(c) for c in row.changed))
        )
    parts.extend(message(w) for w in row.warnings)
    return " ".join(parts)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Check what the import does"))
        self.setSubTitle(
            tr(
                "Every row of the file and what importing it does. Nothing is written until "
                "you press Import."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importPlanProgress")
        self.model = PlanModel()
        self.view = QTableView()
        self.view.setObjectName("importPreview")
        self.view.setModel(self.model)
        # The columns are the fields of the kind imported: nothing to remember.
        table_habits.install(self.view, "import_preview", None)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.only_issues = QCheckBox(tr("Show only refused rows and warnings"))
        self.only_issues.setObjectName("importOnlyIssues")
        self.only_issues.toggled.connect(self._show_rows)
        self.skip = QCheckBox(tr("Skip the refused rows and import the others"))
        self.skip.setObjectName("importSkipRefused")
        self.skip.toggled.connect(self._update_summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.only_issues)
        row.addStretch(1)
        row.addWidget(self.skip)
        layout.addLayout(row)
        self.job: Job | None = None
        self._generation = 0

    def initializePage(self) -> None:
        sheet, wiz = self.wiz.sheet, self.wiz
        assert sheet is not None
        wiz.plan = None
        self._generation += 1
        generation = self._generation
        self.model.beginResetModel()
        self.model.rows = ()
        self.model.endResetModel()
        self.skip.setChecked(False)
        self.skip.setVisible(False)
        self.only_issues.setChecked(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.summary.setText(
            tr("Checking {count} rows…").format(count=fmt.number_text(len(sheet.rows)))
        )
        store, kind, mapping = wiz.ctx.store, wiz.kind, list(wiz.mapping)
        engagement_id, name = wiz.engagement_id, wiz.path.name

        def work(progress: ProgressFn) -> ImportPlan:
            def report(done: int, total: int) -> None:
                progress(int(100 * done / max(total, 1)), "")

            return plan_import(
                store,
                kind,
                sheet,
                mapping,
                engagement_id=engagement_id,
                file_name=name,
                progress=report,
            )

        self.job = Job(work)
        self.job.signals.progress.connect(lambda percent, _t: self.progress.setValue(percent))
        self.job.signals.finished.connect(lambda plan: self._planned(generation, plan))
        self.job.signals.failed.connect(lambda reason: self._failed(generation, reason))
        self.job.start()
        self.completeChanged.emit()

    def _planned(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._generation:
            return
        self.wiz.plan = plan
        self.progress.setVisible(False)
        self.skip.setVisible(bool(plan.refused))
        self._show_rows()
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._update_summary()

    def _failed(self, generation: int, reason: str) -> None:
        if generation != self._generation:
            return
        self.progress.setVisible(False)
        self.summary.setText(
            tr("This file cannot be imported: {reason}").format(reason=message(reason))
        )

    def _show_rows(self) -> None:
        plan = self.wiz.plan
        rows = plan.rows if plan is not None else ()
        if self.only_issues.isChecked():
            rows = tuple(r for r in rows if r.fate is Fate.REFUSED or r.warnings)
        self.model.beginResetModel()
        self.model.rows = rows
        self.model.endResetModel()

    def _update_summary(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        n = fmt.number_text
        text = tr(
            "{new} new, {update} to update, {unchanged} unchanged, {refused} refused."
        ).format(
            new=n(plan.count(Fate.NEW)),
            update=n(plan.count(Fate.UPDATE)),
            unchanged=n(plan.count(Fate.UNCHANGED)),
            refused=n(plan.count(Fate.REFUSED)),
        )
        warned = sum(1 for r in plan.rows if r.warnings)
        if warned:
            text += (
                tr(" {count} row may duplicate an existing record: check them.")
                if warned == 1
                else tr(" {count} rows may duplicate an existing record: check them.")
            ).format(count=n(warned))
        if plan.refused and not self.skip.isChecked():
            text += tr(
                " Nothing is imported while a row is refused: fix the file, or skip the "
                "refused rows."
            )
        elif not plan.entries:
            text += tr(" There is nothing to import.")
        self.summary.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        if plan is None or not plan.entries:
            return False
        return not plan.refused or self.skip.isChecked()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Import"))
        self.setSubTitle(tr("The rows are written as one change: Edit > Undo takes it back."))
        self.message = QLabel()
        self.message.setObjectName("importResult")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importWriteProgress")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.done_ = False
        self.job: Job | None = None

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        self.done_ = False
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)  # busy: one transaction has no steps to count
        self.message.setText(
            tr("Writing {count} records…").format(count=fmt.number_text(len(plan.entries)))
        )
        store, skip = self.wiz.ctx.store, self.wiz.preview_page.skip.isChecked()

        def work(_progress: ProgressFn) -> ChangeSet | str | None:
            try:
                return apply_import(store, plan, skip_refused=skip)
            except REFUSALS as exc:  # a record changed or deleted since the preview
                return refusal_text(exc)

        self.job = Job(work)
        self.job.signals.finished.connect(self._written)
        self.job.signals.failed.connect(self._refused)
        self.job.start()

    def _written(self, result: ChangeSet | str | None) -> None:
        if isinstance(result, str):
            self._refused(result)
            return
        plan = self.wiz.plan
        assert plan is not None
        if result is not None:
            commit(self.wiz.ctx, result, initiator=self.wiz)
            self.wiz.changeset = result
        skipped = len(plan.refused) if self.wiz.preview_page.skip.isChecked() else 0
        n = fmt.number_text
        values = {
            "file": plan.file_name,
            "new": n(plan.count(Fate.NEW)),
            "updated": n(plan.count(Fate.UPDATE)),
            "skipped": n(skipped),
        }
        text = (
            tr(
                "Imported from {file}: {new} new, {updated} updated, {skipped} refused rows "
                "skipped. Edit > Undo takes the whole import back."
            )
            if skipped
            else tr(
                "Imported from {file}: {new} new, {updated} updated. "
                "Edit > Undo takes the whole import back."
            )
        ).format(**values)
        self._finish(text)

    def _refused(self, reason: str) -> None:
        self._finish(tr("Nothing was imported: {reason}").format(reason=message(reason)))

    def _finish(self, text: str) -> None:
        self.progress.setVisible(False)
        self.message.setText(text)
        self.done_ = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done_
