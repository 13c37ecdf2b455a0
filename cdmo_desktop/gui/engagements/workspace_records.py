"""One register of the engagement workspace: its table, and the form of the selected
record beside it (team members, channels, data shares, decisions, action items).

Edits stay in the form until saved (Save / Ctrl+S); each save, addition or deletion is one
use case of the register (store.workspace.Register) committed as one undo step. Moving to
another record with unsaved edits asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, ClassVar

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import new_id
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.gui import read_only_fields, theme
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.engagement_records_model import (
    Record,
    RecordColumn,
    RecordTableModel,
    RowStyle,
)
from cdmo_desktop.gui.engagements.record_phrases import phrases
from cdmo_desktop.gui.engagements.refused import refused_errors
from cdmo_desktop.gui.engagements.typed_fields import read_form, settled, watch_typed_fields
from cdmo_desktop.gui.engagements.workspace_records_ui import build_editor_layout
from cdmo_desktop.gui.exchange import row_export
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.undo import REFUSALS, commit
from cdmo_desktop.gui.unsaved import ask_unsaved, settle_unsaved
from cdmo_desktop.gui.widgets import form_wrap, table_habits
from cdmo_desktop.gui.widgets.fields import FieldBinder
from cdmo_desktop.gui.widgets.wrapping_row import WrappingRow
from cdmo_desktop.store import conflicts
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.workspace import Register

# The spreadsheet register (exchange.registers) of each workspace register, by noun.
EXPORT_KINDS = {
    "channel": "channels",
    "shared item": "datashares",
    "decision": "decisions",
    "action item": "actions",
}


class RecordEditor(QWidget):
    """Subclasses name the register (`register`, and the `tables` whose changes they show),
    build the form (`form_class`, `bind`) and answer the hooks below."""

    register: ClassVar[Register]
    tables: ClassVar[frozenset[str]] = frozenset()
    form_class: ClassVar[type]
    # Built by build_editor_layout:
    model: RecordTableModel
    table: QTableView
    toolbar: WrappingRow
    new_button: QPushButton
    delete_button: QPushButton
    save_button: QPushButton
    discard_button: QPushButton
    count_label: QLabel
    message_label: QLabel
    splitter: QSplitter
    page_layout: QVBoxLayout

    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id = engagement_id
        self._fixed_today = today
        self._current_id: str | None = None
        self._new = False
        self._dirty = False
        self._busy = False
        self._fetched = conflicts.Versions()  # of the register's rows, read before them
        self._versions = conflicts.Versions()  # of the record in the form, when loaded
        self.noun = self.register.noun
        self.setObjectName(f"{self.noun.replace(' ', '_')}_editor")

        self.form = QWidget()
        self.ui = self.form_class()
        self.ui.setupUi(self.form)
        read_only_fields.form(self.form)
        form_wrap.labels_above_when_narrow(self.form)  # German on a laptop at 150 %
        self.binder = FieldBinder(self)
        self.bind()

        build_editor_layout(self)
        kind = EXPORT_KINDS.get(self.noun)
        if kind is not None:  # its rows to a spreadsheet from the table's context menu
            row_export.attach(self.table, ctx, kind, engagement_id)
        name = f"workspace_{self.noun.replace(' ', '_')}s"
        table_habits.install(self.table, name, ctx.settings, self.new_button)  # + its Delete
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.binder.edited.connect(self._on_binder_edited)
        watch_typed_fields(self.binder, self._on_typed_field_judged)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        ctx.changed.connect(self._on_ctx_changed)
        ctx.day_changed.connect(self._on_ctx_day_changed)
        self.reload()

    # --- hooks ----------------------------------------------------------------------------
    def columns(self) -> list[RecordColumn]:
        return []

    def bind(self) -> None:
        """Add the form's fields to self.binder."""

    def fetch(self) -> list[Record]:
        """The register's rows in its order."""
        return self.register.records(self.ctx.store, self.engagement_id)

    def refresh_choices(self) -> None:
        """Fill the form's pick lists (team members, gates, agreements)."""

    def defaults(self) -> dict[str, Any]:
        return {}

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        return {}

    def finish_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """Values as they will be written (fields that follow from others)."""
        return values

    def row_style(self, record: Record) -> RowStyle | None:
        return None

    def count_text(self, rows: list[Record]) -> str:
        return tr("{count} shown").format(count=len(rows))

    def values_changed(self, values: dict[str, Any]) -> None:
        """Update computed labels of the form."""

    def form_loaded(self) -> None:
        """The form shows a record (or a new one's defaults) afresh."""

    # --- state ----------------------------------------------------------------------------
    def today(self) -> date:
        return self._fixed_today or clock.today()

    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def current_id(self) -> str | None:
        return self._current_id

    def reload(self) -> None:
        self.refresh_choices()
        self._fetched = conflicts.opened_where(
            self.ctx.store, (self.register.model, "engagement_id", self.engagement_id)
        )
        rows = self.fetch()
        self._busy = True
        try:
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
            self.count_label.setText(self.count_text(rows))
            row = self.model.row_of(self._current_id)
            if row < 0 and not self._new and not self._dirty:
                row = 0 if rows else -1  # show the first record rather than an empty form
                self._current_id = rows[0]["id"] if rows else None
            self._select_row(row)
        finally:
            self._busy = False
        if not self._dirty:
            self._load_form()
        self._update_state()

    def _select_row(self, row: int) -> None:
        sel = self.table.selectionModel()
        if row < 0:
            sel.clearSelection()
            return
        index = self.model.index(row, 0)
        sel.select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(index)

    def _load_form(self) -> None:
        if self._new:
            values = self.defaults()
        elif self._current_id is not None:
            record = self.model.record(self.model.row_of(self._current_id))
            values = {k: v for k, v in record.items() if k != "id"}
        else:
            values = self.defaults()
        self.binder.load(values)
        self._versions = conflicts.Versions(
            {k: v for k, v in self._fetched.items() if k[1] == self._current_id}
        )
        self.form.setEnabled(self._new or self._current_id is not None)
        self._dirty = False
        self.binder.show_errors({})
        self.values_changed(read_form(self.binder)[0])
        self.form_loaded()

    def select_record(self, record_id: str) -> bool:
        """Show a record (asks about unsaved edits first)."""
        if not self._may_leave_record():
            return False
        self._new = False
        self._current_id = record_id
        self._busy = True
        self._select_row(self.model.row_of(record_id))
        self._busy = False
        self._load_form()
        self._update_state()
        return True

    def start_new(self) -> None:
        if not self._may_leave_record():
            return
        self._new = True
        self._current_id = None
        self._busy = True
        self.table.selectionModel().clearSelection()
        self._busy = False
        self._load_form()
        self._update_state()
        first = self.binder.widget(self.binder.names[0])
        first.setFocus()

    def errors(self) -> dict[str, str]:
        """Everything that stops the form from being saved, by field (a date typed in a form
        that is not one included)."""
        read, errors = read_form(self.binder)
        values = self.finish_values(read)
        candidate = self.register.model(engagement_id=self.engagement_id, **values)
        for key, text in validate(candidate, self.today()).items():
            errors.setdefault(key, text)
        errors.pop("engagement_id", None)
        for key, text in self.extra_errors(values).items():
            errors.setdefault(key, text)
        return errors

    def _show(self, errors: dict[str, str]) -> None:
        unplaced = self.binder.show_errors(errors)
        if unplaced:
            theme.set_tone(self.message_label, "error")
            self.message_label.setText(" ".join(message(m) for m in unplaced))
        elif errors:
            theme.set_tone(self.message_label, "error")
            self.message_label.setText(tr("Fix the fields marked in red to save."))
        elif self._dirty:
            theme.set_tone(self.message_label, None)
            self.message_label.setText(tr("Unsaved changes"))
        else:
            theme.set_tone(self.message_label, None)
            self.message_label.setText(
                "" if (self._new or self._current_id) else phrases(self.noun).select
            )

    def _update_state(self) -> None:
        errors = self.errors() if self._dirty else {}
        self._show(settled(self.binder, errors))
        self.save_button.setEnabled(self._dirty and not errors)
        self.discard_button.setEnabled(self._dirty)
        self.delete_button.setEnabled(self._current_id is not None and not self._new)

    def _may_leave_record(self) -> bool:
        if not self._dirty:
            return True
        return settle_unsaved(
            ask_unsaved(self, phrases(self.noun).this), self.save, self._drop_edits
        )

    def _drop_edits(self) -> None:
        self._dirty = False

    # --- writes ---------------------------------------------------------------------------
    def _commit(self, write: Callable[[], ChangeSet]) -> bool:
        """Commit a use case's change; a refusal is shown with the form and nothing is
        stacked. The editor reloads itself after its own writes."""
        try:
            commit(self.ctx, write(), initiator=self)
        except REFUSALS as exc:
            self._show(refused_errors(exc, "record"))
            return False
        return True

    def save(self) -> bool:
        """Write the form (one undo step); False, with the reasons shown, when refused."""
        if not self._dirty:
            return True
        errors = self.errors()
        if errors:
            self._show(errors)
            return False
        values = self.finish_values(read_form(self.binder)[0])
        store, register = self.ctx.store, self.register
        if self._new:
            record_id = new_id()
            if not self._commit(
                lambda: register.add(store, self.engagement_id, values, record_id=record_id)
            ):
                return False
            self._current_id = record_id
        else:
            record_id = str(self._current_id)
            record = self.model.record(self.model.row_of(record_id))
            changes = {k: v for k, v in values.items() if record.get(k) != v}
            try:
                saved = guarded_save(
                    self,
                    self._versions,
                    partial(register.edit, store, record_id),
                    mine=values,
                    first=changes,
                    reload=self._reload_theirs,
                )
            except REFUSALS as exc:
                self._show(refused_errors(exc, "record"))
                return False
            if saved is None:
                return False
            commit(self.ctx, saved, initiator=self)
        self._new = False
        self._dirty = False
        self.reload()
        return True

    def _reload_theirs(self) -> None:
        """The conflict dialog's Reload: the record as saved now, my edits dropped."""
        self._dirty = False
        self.reload()

    def discard(self) -> None:
        self._dirty = False
        if self._new:
            self._new = False
        self._load_form()
        self._update_state()

    def delete_current(self) -> None:
        if self._new:
            self.discard()
            return
        if self._current_id is None:
            return
        record_id = self._current_id
        row = self.model.row_of(record_id)
        name = self.register.name_of(self.model.record(row))
        if not self._commit(lambda: self.register.remove(self.ctx.store, record_id)):
            return
        rows = self.model.rowCount()
        neighbour = row + 1 if row + 1 < rows else row - 1
        self._current_id = self.model.record(neighbour)["id"] if 0 <= neighbour < rows else None
        self._dirty = False
        self.reload()
        self.message_label.setText(
            tr("Deleted {name} (Ctrl+Z brings it back).").format(name=name)
            if name
            else phrases(self.noun).deleted
        )

    # --- slots ----------------------------------------------------------------------------
    def _on_binder_edited(self) -> None:
        self._dirty = True
        self.values_changed(read_form(self.binder)[0])
        self._update_state()

    def _on_typed_field_judged(self) -> None:
        if self._dirty:
            self._update_state()

    def _on_table_selection_changed(self, *_args: Any) -> None:
        if self._busy:
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record_id = self.model.record(rows[0].row())["id"]
        if record_id == self._current_id and not self._new:
            return
        if not self.select_record(record_id):
            self._busy = True
            self._select_row(self.model.row_of(self._current_id))
            self._busy = False

    def _on_new_button_clicked(self) -> None:
        self.start_new()

    def _on_delete_button_clicked(self) -> None:
        self.delete_current()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_discard_button_clicked(self) -> None:
        self.discard()

    def _on_ctx_changed(self, changeset: ChangeSet, initiator: object) -> None:
        if initiator is not self and changeset.touches(*self.tables):
            self.reload()

    def _on_ctx_day_changed(self, _today: date) -> None:
        """Overdue marks and next dates follow the new date."""
        if self._fixed_today is None:
            self.reload()
