"""The score grid: criteria down, for each compared partner its score (1-5), evidence and
comment across. Typed like a spreadsheet: a digit starts editing a score, Tab and Enter
move on; a score outside 1-5 cannot be typed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cdmo_desktop.domain.reassessment import (
    QUESTIONS,
    SCORE_MAX,
    SCORE_MIN,
    Criterion,
    ScoreEntry,
)
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.store.reassessments import PartnerColumn

CRITERIA = tuple(Criterion)
FIELDS = ("score", "evidence", "comment")


def score_fill(score: int | None) -> QColor | None:
    """The tint of a score (1 worst .. 5 best); text on it in the theme's `score_fg`."""
    fills = theme.current().score_bg
    return QColor(fills[score]) if score in fills else None


class ScoreDelegate(QStyledItemDelegate):
    """Score cells accept one digit from 1 to 5 (or nothing)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit) and index.column() % len(FIELDS) == 0:
            editor.setValidator(QIntValidator(SCORE_MIN, SCORE_MAX, editor))
            editor.setMaxLength(1)
            editor.setObjectName("score_editor")
        return editor


class ScoreTable(QTableWidget):
    """Signals: edited() after a cell's text changed by the user."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("score_table")
        self.columns: tuple[PartnerColumn, ...] = ()
        self._loading = False
        self.setItemDelegate(ScoreDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itemChanged.connect(self._on_item_changed)
        self._errors: set[str] = set()
        theme.notifier().changed.connect(self._on_theme_changed)  # tints are the theme's

    def load(
        self, columns: tuple[PartnerColumn, ...], entries: dict[tuple[str, Criterion], ScoreEntry]
    ) -> None:
        self._loading = True
        try:
            self.columns = columns
            self.clear()
            self.setRowCount(len(CRITERIA))
            self.setColumnCount(len(FIELDS) * len(columns))
            headers = []
            for c in columns:
                who = tr("{name} (current)").format(name=c.name) if c.current else c.name
                headers += [tr("Score"), tr("Evidence — {who}").format(who=who), tr("Comment")]
            self.setHorizontalHeaderLabels(headers)
            self.setVerticalHeaderLabels([message(c.label) for c in CRITERIA])
            for row, crit in enumerate(CRITERIA):
                self.verticalHeaderItem(row).setToolTip(message(QUESTIONS[crit]))
                for i, c in enumerate(columns):
                    e = entries.get((c.id, crit))
                    values = [
                        "" if e is None or e.score is None else str(e.score),
                        e.evidence if e else "",
                        e.comment if e else "",
                    ]
                    for j, text in enumerate(values):
                        item = QTableWidgetItem(text)
                        if j == 0:
                            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                        self.setItem(row, i * len(FIELDS) + j, item)
                    self._tint(row, i)
            header = self.horizontalHeader()
            for i in range(len(columns)):
                header.resizeSection(i * 3, 56)
                header.resizeSection(i * 3 + 1, 240)
                header.resizeSection(i * 3 + 2, 130)
        finally:
            self._loading = False

    def _tint(self, row: int, column_index: int) -> None:
        item = self.item(row, column_index * len(FIELDS))
        if item is None:
            return
        score = int(item.text()) if item.text().isdigit() else None
        fill = score_fill(score)
        item.setBackground(QBrush(fill) if fill else QBrush())
        item.setForeground(QBrush(theme.current().colour("score_fg")) if fill else QBrush())

    def entries(self) -> tuple[ScoreEntry, ...]:
        out = []
        for row, crit in enumerate(CRITERIA):
            for i, c in enumerate(self.columns):
                score_text, evidence, comment = (
                    self._text(row, i * len(FIELDS) + j) for j in range(len(FIELDS))
                )
                score = int(score_text) if score_text.strip().isdigit() else None
                out.append(ScoreEntry(c.id, crit, score, evidence, comment))
        return tuple(out)

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def cell_of(
        self, partner_id: str, criterion: Criterion, what: str = "score"
    ) -> tuple[int, int]:
        i = next(n for n, c in enumerate(self.columns) if c.id == partner_id)
        return CRITERIA.index(criterion), i * len(FIELDS) + FIELDS.index(what)

    def mark_errors(self, keys: set[str]) -> None:
        """Tint the cells named by error keys ("<partner>:<criterion>:<field>")."""
        self._errors = set(keys)
        self._loading = True  # a tint is no edit
        try:
            self._mark(keys)
        finally:
            self._loading = False

    def _mark(self, keys: set[str]) -> None:
        for row, crit in enumerate(CRITERIA):
            for i, c in enumerate(self.columns):
                for j, what in enumerate(FIELDS):
                    item = self.item(row, i * len(FIELDS) + j)
                    if item is None:
                        continue
                    if f"{c.id}:{crit.value}:{what}" in keys:
                        item.setBackground(QBrush(theme.current().colour("late_bg")))
                        item.setForeground(QBrush(theme.current().colour("late_fg")))
                    elif j:
                        item.setBackground(QBrush())
                        item.setForeground(QBrush())
                self._tint_unless_error(row, i, keys)

    def _on_theme_changed(self) -> None:
        self.mark_errors(self._errors)  # every cell tinted again in the new scheme

    def _tint_unless_error(self, row: int, i: int, keys: set[str]) -> None:
        c = self.columns[i]
        if f"{c.id}:{CRITERIA[row].value}:score" not in keys:
            self._tint(row, i)

    def current_partner(self) -> PartnerColumn | None:
        col = self.currentColumn()
        if col < 0 or not self.columns:
            return None
        return self.columns[col // len(FIELDS)]

    def current_criterion(self) -> Criterion:
        return CRITERIA[max(self.currentRow(), 0)]

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() % len(FIELDS) == 0:
            self._loading = True
            try:
                self._tint(item.row(), item.column() // len(FIELDS))
            finally:
                self._loading = False
        self.edited.emit()
