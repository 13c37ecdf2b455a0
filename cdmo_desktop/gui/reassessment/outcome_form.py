"""The outcome of a reassessment: the choice (continue, with conditions, second source,
re-tender, exit), the note, who assessed and when, and the conditions (each becomes an
action item with its owner and due date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain.reassessment import ConditionEntry, ReassessmentOutcome
from cdmo_desktop.gui.format import date_text, parse_date
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.widgets.fields import combo_value, enum_items, fill_combo, set_combo_value
from cdmo_desktop.gui.widgets.text_fields import DateField


class OutcomeForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_form")
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("outcome_combo")
        fill_combo(self.outcome_combo, enum_items(ReassessmentOutcome), blank=tr("— choose —"))
        self.assessor_edit = QLineEdit()
        self.assessor_edit.setObjectName("assessor_edit")
        self.assessed_on_edit = DateField()
        self.assessed_on_edit.setObjectName("assessed_on_edit")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("outcome_note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        self.note_edit.setPlaceholderText(
            tr("Why this outcome: what the scores and the scorecard say")
        )
        self.conditions = QTableWidget(0, 3)
        self.conditions.setObjectName("conditions_table")
        self.conditions.setHorizontalHeaderLabels([tr("Condition"), tr("Owner"), tr("Due")])
        self.conditions.setTabKeyNavigation(True)
        self.conditions.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.conditions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 160)
        header.resizeSection(2, 120)
        self.add_condition_button = QPushButton(tr("Add condition"))
        self.add_condition_button.setObjectName("add_condition_button")
        self.remove_condition_button = QPushButton(tr("Remove condition"))
        self.remove_condition_button.setObjectName("remove_condition_button")
        self.add_condition_button.clicked.connect(self._on_add_condition_button_clicked)
        self.remove_condition_button.clicked.connect(self._on_remove_condition_button_clicked)
        form = QFormLayout()
        form.addRow(tr("&Outcome"), self.outcome_combo)
        form.addRow(tr("Assessed &by"), self.assessor_edit)
        form.addRow(tr("Assessed &on"), self.assessed_on_edit)
        form.addRow(tr("&Note"), self.note_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_condition_button)
        buttons.addWidget(self.remove_condition_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.conditions, 1)
        layout.addLayout(buttons)

    def load(self, outcome: ReassessmentOutcome | None, note: str, assessor: str, on: date) -> None:
        set_combo_value(self.outcome_combo, outcome)
        self.note_edit.setPlainText(note)
        self.assessor_edit.setText(assessor)
        self.assessed_on_edit.set_value(on)

    def outcome(self) -> ReassessmentOutcome | None:
        value = combo_value(self.outcome_combo)
        return ReassessmentOutcome(value) if value else None

    def add_condition(self, text: str = "", owner: str = "", due: date | None = None) -> int:
        row = self.conditions.rowCount()
        self.conditions.insertRow(row)
        for col, value in enumerate((text, owner, date_text(due) if due else "")):
            self.conditions.setItem(row, col, QTableWidgetItem(value))
        return row

    def condition_entries(self) -> tuple[tuple[ConditionEntry, ...], dict[str, str]]:
        """The conditions typed, and the reasons a due date cannot be read."""
        out, problems = [], {}
        for row in range(self.conditions.rowCount()):
            text, owner, due_text = (self._text(row, c) for c in range(3))
            if not (text.strip() or owner.strip() or due_text.strip()):
                continue
            due = None
            if due_text.strip():
                try:
                    due = parse_date(due_text)
                except ValueError:
                    problems[f"conditions:{row + 1}:due"] = tr(
                        "Condition {number}: {text} is not a date."
                    ).format(number=row + 1, text=repr(due_text))
            out.append(ConditionEntry(text, owner, due))
        return tuple(out), problems

    def _text(self, row: int, column: int) -> str:
        item = self.conditions.item(row, column)
        return item.text() if item is not None else ""

    def _on_add_condition_button_clicked(self) -> None:
        row = self.add_condition()
        self.conditions.setCurrentCell(row, 0)
        self.conditions.setFocus()

    def _on_remove_condition_button_clicked(self) -> None:
        row = self.conditions.currentRow()
        if row >= 0:
            self.conditions.removeRow(row)
