"""Someone else saved the record this form is saving: reload, overwrite or compare.

A form remembers the versions of the rows it shows (`store.conflicts.opened`, read when it
loads them) and saves through `guarded_save`. When the store refuses the save because
another user saved one of those rows meanwhile (ConflictError: "Dana changed this risk at
10:42."), the ConflictDialog offers:

- Reload: forget my edits and show the record as it is saved now (theirs);
- Overwrite: save my values over theirs (recorded in the change log as a normal edit);
- Compare: a field-by-field table (field, mine, theirs, keep which), then save the mix.

Nothing is written until the user picks Overwrite or saves the comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.store import conflicts
from cdmo_desktop.store.errors import ConflictError

T = TypeVar("T")
_LONG = 120  # characters of a long text shown in the comparison
MINE, THEIRS = "mine", "theirs"  # what the comparison keeps of a field (combo data)


class Choice(StrEnum):
    CANCEL = "cancel"
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    MERGE = "merge"


def value_text(value: Any) -> str:
    """A field's value as the comparison shows it (formatted like the rest of the app)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, datetime):
        return fmt.datetime_text(value)
    if isinstance(value, date):
        return fmt.date_text(value)
    if isinstance(value, Decimal):
        return fmt.number_text(value, 2)
    if isinstance(value, int):
        return fmt.number_text(value)
    text = " ".join(str(value).split())
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def _same(mine: Any, theirs: Any) -> bool:
    """Equal as the user sees them (an enum and its stored text, None and "")."""
    if isinstance(mine, Enum):
        mine = mine.value
    if isinstance(theirs, Enum):
        theirs = theirs.value
    return (mine if mine != "" else None) == (theirs if theirs != "" else None)


def differing(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[str]:
    """The fields of `mine` whose value differs from `theirs`, in `mine`'s order."""
    return [k for k, v in mine.items() if k in theirs and not _same(v, theirs[k])]


def field_label(name: str, labels: Mapping[str, str]) -> str:
    given = labels.get(name, "").replace("&", "")  # a form label's mnemonic
    return given or name.replace("_id", "").replace("_", " ").capitalize()


class ConflictDialog(QDialog):
    """Reload, Overwrite or Compare (see the module). `choice` is what the user picked;
    after a comparison, `merged()` is my values with the fields kept from theirs."""

    def __init__(
        self,
        error: ConflictError,
        mine: Mapping[str, Any],
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        cells: bool = False,
    ) -> None:
        """`cells`: the rows are a grid's cells (no comparison; a cell cleared meanwhile
        can take my value again)."""
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.cells = cells
        self.setWindowTitle(tr("Changed by someone else"))
        self.error = error
        self.mine = dict(mine)
        self.theirs = dict(error.first.current or {})
        self.labels = dict(labels or {})
        self.fields = differing(self.mine, self.theirs)
        self.choice = Choice.CANCEL
        self._build()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        gone = self.error.first.current is None and not self.cells
        said = message(self.error.sentence(fmt.moment_text))  # the store's sentence, translated
        bold = f"<b>{said}</b>"
        sentence = QLabel(bold, self)
        sentence.setObjectName("sentenceLabel")
        sentence.setTextFormat(Qt.TextFormat.RichText)
        if self.cells:
            advice = tr(
                "Your values were not saved. Reload shows the values as saved now and drops "
                "yours; Overwrite saves yours over theirs."
            )
        elif gone:
            advice = tr("Your changes were not saved. The record no longer exists.")
        else:
            advice = tr(
                "Your changes were not saved. Reload shows their version and drops yours; "
                "Overwrite saves yours over theirs; Compare lets you keep either, field by "
                "field."
            )
        hint = QLabel(advice, self)
        hint.setObjectName("adviceLabel")
        hint.setWordWrap(True)
        self.table = self._comparison_table()
        table_habits.install(self.table, "conflict_comparison", None)  # copy, select all
        self.table.setVisible(False)
        self.reload_button = self._button("reloadButton", tr("&Reload"), Choice.RELOAD)
        self.overwrite_button = self._button("overwriteButton", tr("&Overwrite"), Choice.OVERWRITE)
        self.compare_button = QPushButton(tr("&Compare…"), self)
        self.compare_button.setObjectName("compareButton")
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self.save_merged_button = self._button(
            "saveMergedButton", tr("&Save with these choices"), Choice.MERGE
        )
        self.save_merged_button.setVisible(False)
        cancel = QPushButton(tr("Cancel"), self)
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        for button in (self.overwrite_button, self.compare_button):
            button.setEnabled(not gone)
        self.compare_button.setVisible(not self.cells)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addStretch(1)
        for button in (self.reload_button, self.overwrite_button, self.save_merged_button):
            row.addWidget(button)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(sentence)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self._filler = QWidget(self)  # takes the height while the comparison is hidden
        layout.addWidget(self._filler, 1)
        layout.addLayout(row)
        self.reload_button.setDefault(True)

    def _button(self, name: str, text: str, choice: Choice) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _comparison_table(self) -> QTableWidget:
        table = QTableWidget(len(self.fields), 4, self)
        table.setObjectName("comparisonTable")
        table.setHorizontalHeaderLabels([tr("Field"), tr("Mine"), tr("Theirs"), tr("Keep")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, name in enumerate(self.fields):
            cells = (
                message(field_label(name, self.labels)),
                value_text(self.mine[name]),
                value_text(self.theirs[name]),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
            keep = QComboBox(table)
            keep.setObjectName(f"keep_{name}")
            for value, text in ((MINE, tr("Mine")), (THEIRS, tr("Theirs"))):
                keep.addItem(text, value)
            table.setCellWidget(row, 3, keep)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        return table

    # --- answers ------------------------------------------------------------------------
    def keep(self, name: str) -> str:
        """ "mine" or "theirs": what the comparison keeps of field `name`."""
        combo = self.table.cellWidget(self.fields.index(name), 3)
        assert isinstance(combo, QComboBox)
        return str(combo.currentData())

    def set_keep(self, name: str, which: str) -> None:
        combo = self.table.cellWidget(self.fields.index(name), 3)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(which))

    def merged(self) -> dict[str, Any]:
        """My values, with the fields the comparison keeps from theirs."""
        out = dict(self.mine)
        for name in self.fields:
            if self.keep(name) == "theirs":
                out[name] = self.theirs[name]
        return out

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def _on_compare_button_clicked(self) -> None:
        self.table.setVisible(True)
        self._filler.setVisible(False)
        self.save_merged_button.setVisible(True)
        self.compare_button.setEnabled(False)
        self.resize(max(self.width(), 720), max(self.height(), 420))


def ask(
    parent: QWidget | None,
    error: ConflictError,
    mine: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
) -> tuple[Choice, dict[str, Any]]:
    """Show the dialog; (the choice, the values to save for Overwrite or a comparison)."""
    dialog = ConflictDialog(error, mine, labels, parent)
    dialog.exec()
    values = dialog.merged() if dialog.choice is Choice.MERGE else dict(mine)
    dialog.deleteLater()
    return dialog.choice, values


def guarded_save(
    parent: QWidget | None,
    versions: conflicts.Versions,
    save: Callable[[dict[str, Any]], T],
    *,
    mine: Mapping[str, Any],
    reload: Callable[[], object],
    first: Mapping[str, Any] | None = None,
    labels: Mapping[str, str] | None = None,
) -> T | None:
    """`save(values)` expecting the rows at `versions`: first with `first` (the fields the
    user changed; default `mine`), then, when someone else saved meanwhile, as the user
    decides: Reload (calls `reload`; None), Overwrite (all of `mine`), Compare (the mix),
    Cancel (None: the form keeps the edits). A record deleted meanwhile raises LookupError
    as before; other refusals raise as they did."""
    values = dict(mine if first is None else first)
    while True:
        try:
            with conflicts.expecting(versions):
                return save(values)
        except ConflictError as error:
            if all(c.current is None for c in error.conflicts):
                # Deleted meanwhile: nothing to reload or overwrite; the form refuses the
                # save as it does for any record that is gone.
                raise LookupError(error.sentence()) from error
            choice, values = ask(parent, error, mine, labels)
            if choice is Choice.RELOAD:
                reload()
                return None
            if choice is Choice.CANCEL:
                return None
            versions.accept(error)
            mine = values
