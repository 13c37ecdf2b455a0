"""The dependencies of one item: add predecessors from the keyboard (by name or item number,
with the type and lag), change a link's type or lag, or remove it. Nothing is written until
OK; the screen then makes it one undoable edit (schedule_link_edits.change_links)."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain.enums import DependencyKind
from cdmo_desktop.domain.models import new_id
from cdmo_desktop.domain.scheduling import ScheduleItem, ScheduleLink
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument
from cdmo_desktop.gui.schedule.schedule_link_edits import link_problem

_COLUMNS = (
    QT_TR_NOOP("Predecessor"),
    QT_TR_NOOP("Successor"),
    QT_TR_NOOP("Type"),
    QT_TR_NOOP("Lag (days)"),
    QT_TR_NOOP("Remove"),
)
_NUMBERED = re.compile(r"^\s*#?(\d+)\b")
LAG_RANGE = (-365, 365)


def kind_text(kind: DependencyKind) -> str:
    return f"{message(kind.label)} ({kind.code})"


def fill_kinds(combo: QComboBox, current: DependencyKind) -> None:
    for kind in DependencyKind:
        combo.addItem(kind_text(kind), kind.value)
    combo.setCurrentIndex(combo.findData(current.value))


def find_item(doc: ScheduleDocument, text: str, candidates: list[ScheduleItem]) -> ScheduleItem:
    """The item `text` names: its number ("3", "#3", "3 · Batch") or the name of one of
    `candidates` (whole, else the one name containing it, case ignored). ValueError with a
    sentence otherwise."""
    typed = text.strip()
    if not typed:
        raise ValueError(tr("Type the predecessor's name or number."))
    numbered = _NUMBERED.match(typed)
    if numbered:
        n = int(numbered.group(1))
        if not 1 <= n <= len(doc.items):
            raise ValueError(tr("There is no item {number}.").format(number=n))
        return doc.items[n - 1]
    folded = typed.casefold()
    exact = [it for it in candidates if it.name.casefold() == folded]
    found = exact or [it for it in candidates if folded in it.name.casefold()]
    if not found:
        raise ValueError(tr("No item of this plan is called “{name}”.").format(name=typed))
    if len(found) > 1:
        names = ", ".join(f"{doc.index[it.id] + 1} · {it.name}" for it in found[:4])
        raise ValueError(
            tr("“{name}” fits several items ({names}): type its number.").format(
                name=typed, names=names
            )
        )
    return found[0]


class DependencyDialog(QDialog):
    def __init__(
        self, document: ScheduleDocument, item: ScheduleItem, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dependency_dialog")
        self.setWindowTitle(tr("Dependencies of {name}").format(name=item.name))
        self.doc, self.item = document, item
        self._links = document.links_of(item.id)
        self._added: list[ScheduleLink] = []
        self._kinds: list[QComboBox] = []
        self._lags: list[QSpinBox] = []
        self._removes: list[QCheckBox] = []
        self.plan_items = [it for it in document.items if it.engagement_id == item.engagement_id]
        self.candidates = [it for it in self.plan_items if it.id != item.id]
        intro = QLabel(
            tr(
                "A successor waits for its predecessor: its start (FS, SS) or finish (FF, SF) "
                "comes no earlier than the predecessor's finish (FS, FF) or start (SS, SF), plus "
                "the lag in days. Add a predecessor by its name or its number in the table."
            ),
            self,
        )
        intro.setWordWrap(True)
        adder = self._adder()
        self.table = QTableWidget(0, len(_COLUMNS), self)
        self.table.setObjectName("dependency_table")
        self.table.setHorizontalHeaderLabels([tr(c) for c in _COLUMNS])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, mode in enumerate(
            (QHeaderView.ResizeMode.Stretch,) * 2 + (QHeaderView.ResizeMode.ResizeToContents,) * 3
        ):
            header.setSectionResizeMode(col, mode)
        for link in self._links:
            self._add_row(link)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("dependency_buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.predecessor.editTextChanged.connect(self._on_predecessor_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(adder)
        layout.addWidget(self.problem)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 190 + 30 * max(2, len(self._links)))
        self.predecessor.setFocus()

    # --- adding -------------------------------------------------------------------------
    def _adder(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(tr("&Predecessor:"), self)
        self.predecessor = QComboBox(self)
        self.predecessor.setObjectName("dependency_predecessor")
        self.predecessor.setEditable(True)
        self.predecessor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for it in self.candidates:
            numbered = f"{self.doc.index[it.id] + 1} · {it.name}"
            self.predecessor.addItem(numbered, it.id)
        self.predecessor.setCurrentIndex(-1)
        self.predecessor.setEditText("")
        completer = self.predecessor.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.predecessor.setMinimumContentsLength(24)
        label.setBuddy(self.predecessor)
        self.new_kind = QComboBox(self)
        self.new_kind.setObjectName("dependency_new_kind")
        fill_kinds(self.new_kind, DependencyKind.FINISH_TO_START)
        self.new_lag = QSpinBox(self)
        self.new_lag.setObjectName("dependency_new_lag")
        self.new_lag.setRange(*LAG_RANGE)
        self.new_lag.setSuffix(tr(" d"))
        self.new_lag.setToolTip(tr("Lag in days (negative: lead)"))
        self.add_button = QPushButton(tr("&Add"), self)
        self.add_button.setObjectName("dependency_add")
        self.add_button.clicked.connect(self.add_predecessor)
        self.problem = QLabel(self)
        self.problem.setObjectName("dependency_problem")
        self.problem.setWordWrap(True)
        for widget in (label, self.predecessor, self.new_kind, self.new_lag, self.add_button):
            row.addWidget(widget, 1 if widget is self.predecessor else 0)
        return row

    def _on_predecessor_edit_text_changed(self, text: str) -> None:
        """Return adds the typed predecessor while there is one, else it means OK."""
        typing = bool(text.strip())
        self.add_button.setDefault(typing)
        self.ok_button.setDefault(not typing)

    def add_predecessor(self) -> bool:
        """Add the predecessor typed (or picked) with the type and lag chosen; the reason
        shows under the field when it cannot be added."""
        pending = [x.predecessor_id for x in self.added()]
        try:
            pred = find_item(self.doc, self.predecessor.currentText(), self.plan_items)
        except ValueError as exc:
            return self._tell(message(exc), error=True)
        problem = link_problem(self.doc, pred, self.item, pending)
        if problem:
            return self._tell(problem, error=True)
        kind = DependencyKind(self.new_kind.currentData())
        link = ScheduleLink(new_id(), pred.id, self.item.id, kind, self.new_lag.value())
        self._added.append(link)
        self._add_row(link, new=True)
        self.predecessor.setCurrentIndex(-1)
        self.predecessor.setEditText("")
        self.new_kind.setCurrentIndex(self.new_kind.findData(DependencyKind.FINISH_TO_START.value))
        self.new_lag.setValue(0)
        self.predecessor.setFocus()
        told = tr("{successor} waits for {predecessor}: press OK to save.")
        return self._tell(told.format(successor=self.item.name, predecessor=pred.name))

    def _tell(self, message: str, *, error: bool = False) -> bool:
        theme.set_tone(self.problem, "error" if error else None)
        self.problem.setText(message)
        return not error

    # --- the table of links -------------------------------------------------------------
    def _add_row(self, link: ScheduleLink, *, new: bool = False) -> None:
        names = {it.id: it.name for it in self.doc.items}
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, item_id in ((0, link.predecessor_id), (1, link.successor_id)):
            cell = QTableWidgetItem(names.get(item_id, ""))
            if new:
                cell.setToolTip(tr("Added: saved when you press OK"))
                font = cell.font()
                font.setItalic(True)
                cell.setFont(font)
            self.table.setItem(row, col, cell)
        kind = QComboBox(self.table)
        kind.setObjectName(f"dependency_kind_{row}")
        fill_kinds(kind, link.kind)
        lag = QSpinBox(self.table)
        lag.setObjectName(f"dependency_lag_{row}")
        lag.setRange(*LAG_RANGE)
        lag.setValue(link.lag_days)
        remove = QCheckBox(self.table)
        remove.setObjectName(f"dependency_remove_{row}")
        self.table.setCellWidget(row, 2, kind)
        self.table.setCellWidget(row, 3, lag)
        self.table.setCellWidget(row, 4, remove)
        self._kinds.append(kind)
        self._lags.append(lag)
        self._removes.append(remove)

    def _rows(self) -> list[tuple[ScheduleLink, ScheduleLink, bool]]:
        """(link as it was, as the row now says, removed) per row, added ones last."""
        out = []
        for link, kind, lag, box in zip(
            [*self._links, *self._added], self._kinds, self._lags, self._removes, strict=True
        ):
            now = replace(link, kind=DependencyKind(kind.currentData()), lag_days=lag.value())
            out.append((link, now, box.isChecked()))
        return out

    def added(self) -> list[ScheduleLink]:
        return [now for _was, now, gone in self._rows()[len(self._links) :] if not gone]

    def removed(self) -> list[ScheduleLink]:
        return [was for was, _now, gone in self._rows()[: len(self._links)] if gone]

    def changed(self) -> list[tuple[ScheduleLink, ScheduleLink]]:
        return [
            (was, now)
            for was, now, gone in self._rows()[: len(self._links)]
            if not gone and now != was
        ]

    def has_changes(self) -> bool:
        return bool(self.added() or self.removed() or self.changed())
