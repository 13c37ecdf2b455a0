"""Editing one agreement's clauses: add from the library, edit, reorder, remove.

Each edit is one store use case (store/agreement_edits.py) committed as one undo step. A
clause text may use {placeholders}; an unknown one is named beside the text and the clause
cannot be saved until it is fixed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from cdmo_desktop.domain.models import AgreementClause, new_id
from cdmo_desktop.domain.placeholders import PLACEHOLDERS
from cdmo_desktop.gui import read_only_fields
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.forms.ui_agreement_clauses import Ui_ClauseEditor
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.reports.report_tables import ClauseListModel
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.unsaved import ask_unsaved, settle_unsaved
from cdmo_desktop.gui.widgets.fitting import shrinkable_combo
from cdmo_desktop.gui.widgets.wrapping_row import WrappingRow
from cdmo_desktop.store import agreement_edits as edits
from cdmo_desktop.store import conflicts
from cdmo_desktop.store.agreements import check_clause, clauses_of, load_clause_library

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet


class ClauseEditor(QWidget):
    """Signals: dirty_changed(bool) while an edited clause is not saved."""

    dirty_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_ClauseEditor()
        ui.setupUi(self)
        read_only_fields.form(self)
        self.agreement_id: str | None = None
        self._versions = conflicts.Versions()
        self.model = ClauseListModel(self)
        ui.clauseList.setModel(self.model)
        self._loaded: tuple[str, str] = ("", "")
        self._current: str | None = None
        self._dirty = False
        self._loading = False
        for name, description in PLACEHOLDERS.items():
            shown = f"{{{name}}}  {message(description)}"
            ui.placeholderCombo.addItem(shown, name)
        shrinkable_combo(ui.placeholderCombo, chars=24)
        # The list's buttons take two rows where the pane is narrow (German at 150 %).
        buttons = WrappingRow(self).take_place_of(ui.listButtons)
        buttons.setObjectName("clauseListButtons")
        buttons.add_group(ui.addClauseButton, ui.removeClauseButton)
        buttons.add_group(ui.moveUpButton, ui.moveDownButton)
        self._build_add_menu()
        self._shortcut(QKeySequence.StandardKey.Save, self._on_save_clause_button_clicked)
        self._shortcut(QKeySequence("Ctrl+Up"), self._on_move_up_button_clicked)
        self._shortcut(QKeySequence("Ctrl+Down"), self._on_move_down_button_clicked)
        ui.clauseList.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.headingEdit.textChanged.connect(self._on_edited)
        ui.bodyEdit.textChanged.connect(self._on_edited)
        ui.saveClauseButton.clicked.connect(self._on_save_clause_button_clicked)
        ui.revertClauseButton.clicked.connect(self._on_revert_clause_button_clicked)
        ui.removeClauseButton.clicked.connect(self._on_remove_clause_button_clicked)
        ui.moveUpButton.clicked.connect(self._on_move_up_button_clicked)
        ui.moveDownButton.clicked.connect(self._on_move_down_button_clicked)
        ui.insertPlaceholderButton.clicked.connect(self._on_insert_placeholder_button_clicked)
        ctx.changed.connect(self._on_ctx_changed)
        self.set_agreement(None)

    def _shortcut(self, keys: QKeySequence | QKeySequence.StandardKey, slot: object) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _build_add_menu(self) -> None:
        menu = QMenu(self)
        menu.setObjectName("addClauseMenu")
        for template in load_clause_library().clauses.values():
            action = menu.addAction(template.heading)
            action.setData(template.key)
        menu.addSeparator()
        blank = menu.addAction(tr("Blank clause"))
        blank.setData("")
        menu.triggered.connect(self._on_add_menu_triggered)
        self.ui.addClauseButton.setMenu(menu)
        self.add_menu = menu

    # --- loading --------------------------------------------------------------------------
    def set_agreement(self, agreement_id: str | None) -> None:
        self.agreement_id = agreement_id
        self._current = None
        self.reload()

    def reload(self) -> None:
        """Read the clauses again, keeping the selected one (and its unsaved text)."""
        keep = self._current
        self._read_versions(keep)
        rows = [] if self.agreement_id is None else clauses_of(self.ctx.store, self.agreement_id)
        self._loading = True
        try:
            self.model.set_rows(rows)
            row = self.model.find(keep)
            if row < 0 and rows:
                row = 0
            if row >= 0:
                self.ui.clauseList.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._loading = False
        target = self.model.row_id(row) if row >= 0 else None
        if not self._dirty or target != keep:
            self._show(target)
        self._update_buttons()

    def _read_versions(self, keep: str | None) -> None:
        """The clauses' versions as read with their text; a clause with unsaved edits keeps
        the version its text was read at, so a save after someone else's is refused."""
        old = self._versions
        self._versions = (
            conflicts.Versions()
            if self.agreement_id is None
            else conflicts.opened_where(
                self.ctx.store, (AgreementClause, "agreement_id", self.agreement_id)
            )
        )
        if self._dirty and keep is not None and (AgreementClause, keep) in old:
            self._versions[(AgreementClause, keep)] = old[(AgreementClause, keep)]

    def _clause_version(self, clause_id: str) -> conflicts.Versions:
        """The version the clause's text was read at (not its neighbours': moving or
        removing another clause renumbers them, which is no conflict with this text)."""
        key = (AgreementClause, clause_id)
        return conflicts.Versions({key: self._versions[key]} if key in self._versions else {})

    def _reload_theirs(self) -> None:
        """The conflict dialog's Reload: the clause as saved now, my edits dropped."""
        self._set_dirty(False)
        self.reload()
        self._show(self._current)

    def _show(self, clause_id: str | None) -> None:
        self._current = clause_id
        row = self.model.find(clause_id)
        clause = self.model.rows[row] if row >= 0 else None
        self._loaded = (clause.heading, clause.body) if clause else ("", "")
        for w in (self.ui.headingEdit, self.ui.bodyEdit):
            w.blockSignals(True)
        self.ui.headingEdit.setText(self._loaded[0])
        self.ui.bodyEdit.setPlainText(self._loaded[1])
        self.ui.bodyEdit.setPlaceholderText(self._empty_hint() if clause is None else "")
        for w in (self.ui.headingEdit, self.ui.bodyEdit):
            w.blockSignals(False)
        self._set_dirty(False)
        self._update_buttons()

    def _empty_hint(self) -> str:
        if self.agreement_id is None:
            return tr("Select an agreement above to see and edit its clauses.")
        if not self.model.rows:
            return tr(
                "This agreement has no clauses yet: Add takes one from the clause library "
                "or starts a blank one."
            )
        return tr("Select a clause on the left to edit its text.")

    # --- state ----------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.model.find(self._current)

    def errors(self) -> dict[str, str]:
        return check_clause(self.ui.headingEdit.text(), self.ui.bodyEdit.toPlainText())

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def _update_buttons(self) -> None:
        ui = self.ui
        has_agreement = self.agreement_id is not None
        row = self.current_row()
        ui.addClauseButton.setEnabled(has_agreement)
        ui.removeClauseButton.setEnabled(row >= 0)
        ui.moveUpButton.setEnabled(row > 0)
        ui.moveDownButton.setEnabled(0 <= row < self.model.rowCount() - 1)
        for w in (ui.headingEdit, ui.bodyEdit, ui.placeholderCombo, ui.insertPlaceholderButton):
            w.setEnabled(row >= 0)
        errors = self.errors() if row >= 0 else {}
        ui.headingError.setText(message(errors.get("heading", "")))
        ui.headingError.setVisible("heading" in errors)
        ui.bodyError.setText(message(errors.get("body", "")))
        ui.bodyError.setVisible("body" in errors)
        ui.saveClauseButton.setEnabled(self._dirty and not errors)
        ui.revertClauseButton.setEnabled(self._dirty)
        ui.clauseState.setText(tr("Unsaved changes") if self._dirty else "")

    def maybe_leave(self) -> bool:
        """Before the clause or agreement changes: save, discard or stay (False)."""
        if not self._dirty:
            return True
        answer = ask_unsaved(
            self,
            tr("the clause"),
            title=tr("Unsaved clause"),
            question=tr("The clause has unsaved changes. Save them?"),
        )
        return settle_unsaved(answer, self.save, self.discard)

    # --- actions (gui.unsaved.Editable: is_dirty, save, discard) ----------------------------
    def _write(self, title: str, write: Callable[[], ChangeSet | None]) -> ChangeSet | None:
        """Run a store use case; a refusal is explained and nothing is stacked."""
        try:
            return write()
        except REFUSALS as exc:
            QMessageBox.warning(self, title, refusal_text(exc))
            return None

    def save(self) -> bool:
        if self._current is None or not self._dirty or self.errors():
            return not self._dirty
        clause_id = self._current
        heading, body = self.ui.headingEdit.text().strip(), self.ui.bodyEdit.toPlainText()
        changeset = self._write(
            tr("Clause not saved"),
            lambda: guarded_save(
                self,
                self._clause_version(clause_id),
                lambda v: edits.edit_clause(self.ctx.store, clause_id, v["heading"], v["body"]),
                mine={"heading": heading, "body": body},
                reload=self._reload_theirs,
            ),
        )
        if changeset is None:
            return False
        self._versions = conflicts.opened(self.ctx.store, AgreementClause, clause_id)
        self._set_dirty(False)
        commit(self.ctx, changeset, initiator=self)
        return True

    def discard(self) -> None:
        self._show(self._current)

    def add(self, key: str) -> str | None:
        """Add the library clause `key` ("" = blank) after the selected one."""
        agreement_id = self.agreement_id
        if agreement_id is None or not self.maybe_leave():
            return None
        if key:
            template = load_clause_library().clauses[key]
            heading, body = template.heading, template.body
        else:
            heading, body = tr("New clause"), ""
        row, clause_id = self.current_row(), new_id()
        changeset = self._write(
            tr("Clause not added"),
            lambda: edits.add_clause(
                self.ctx.store,
                agreement_id,
                heading,
                body,
                key,
                index=None if row < 0 else row + 1,
                clause_id=clause_id,
            ),
        )
        if changeset is None:
            return None
        self._current = clause_id
        commit(self.ctx, changeset, initiator=self)
        return clause_id

    def move_clause(self, step: int) -> None:
        clause_id = self._current
        if self.agreement_id is None or clause_id is None or not self.maybe_leave():
            return
        changeset = self._write(
            tr("Clause not moved"), lambda: edits.move_clause(self.ctx.store, clause_id, step)
        )
        if changeset is not None:
            commit(self.ctx, changeset, initiator=self)

    def remove(self) -> None:
        clause_id = self._current
        if clause_id is None:
            return
        row = self.current_row()
        neighbour = self.model.row_id(row + 1) or self.model.row_id(row - 1)
        changeset = self._write(
            tr("Clause not removed"), lambda: edits.remove_clause(self.ctx.store, clause_id)
        )
        if changeset is None:
            return
        self._current = neighbour
        self._set_dirty(False)
        commit(self.ctx, changeset, initiator=self)

    # --- slots ----------------------------------------------------------------------------
    def _on_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        new = self.model.row_id(indexes[0].row()) if indexes else None
        if self._loading or new == self._current:
            return
        if not self.maybe_leave():
            previous = self.model.find(self._current)
            sel = self.ui.clauseList.selectionModel()
            sel.blockSignals(True)
            self.ui.clauseList.setCurrentIndex(self.model.index(previous, 0))
            sel.blockSignals(False)
            return
        self._show(new)

    def _on_edited(self) -> None:
        current = (self.ui.headingEdit.text(), self.ui.bodyEdit.toPlainText())
        self._set_dirty(self._current is not None and current != self._loaded)
        self._update_buttons()

    def _on_save_clause_button_clicked(self) -> None:
        self.save()

    def _on_revert_clause_button_clicked(self) -> None:
        self._show(self._current)

    def _on_add_menu_triggered(self, action: QAction) -> None:
        self.add(str(action.data() or ""))

    def _on_remove_clause_button_clicked(self) -> None:
        self.remove()

    def _on_move_up_button_clicked(self) -> None:
        self.move_clause(-1)

    def _on_move_down_button_clicked(self) -> None:
        self.move_clause(+1)

    def _on_insert_placeholder_button_clicked(self) -> None:
        name = self.ui.placeholderCombo.currentData()
        if name:
            self.ui.bodyEdit.insertPlainText("{" + str(name) + "}")
            self.ui.bodyEdit.setFocus()

    def _on_ctx_changed(self, changeset: ChangeSet, _initiator: object) -> None:
        if changeset.touches("agreement_clause", "agreement"):
            self.reload()
