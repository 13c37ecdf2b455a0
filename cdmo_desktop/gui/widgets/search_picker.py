"""A combo box that finds its value from what is typed: the shared mechanics of the country
and time-zone pickers.

Each keystroke fills the suggestion list from the picker's `Finder` (most likely first) and
marks its top row; Return takes the finder's best match; nothing is checked while the text is
half-typed: `value()` says whether the text names a value, or why not.
A stored value that is not in the list is kept and shown as "X (no longer listed)".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr

NO_LONGER_LISTED = QT_TR_NOOP("{} (no longer listed)")  # tr(NO_LONGER_LISTED).format(value)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


def _none(_text: str) -> str | None:
    return None


def _same(value: str) -> str:
    return value


@dataclass(frozen=True)
class Finder:
    """How typed text becomes a value: `suggest(text)` gives (value, shown text) most likely
    first, `best(text)` the value Return takes, `not_found(text)` the reason text names
    none; `alias(text)` a value another name means exactly ("UK"), `normal(value)` how a
    value is written (a country code in capitals)."""

    suggest: Callable[[str], list[tuple[str, str]]]
    best: Callable[[str], str | None]
    not_found: Callable[[str], str]
    alias: Callable[[str], str | None] = _none
    normal: Callable[[str], str] = _same


class SearchPicker(QComboBox):
    """Holds one value of `choices` (value, label) or None (the blank first item).

    Signals:
        value_changed(object): the value (None for none) after the choice changed.
    """

    value_changed = Signal(object)

    def __init__(
        self,
        name: str,
        choices: Iterable[tuple[str, str]],
        finder: Finder,
        placeholder: str,
        *,
        complete_with_value: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.finder = finder
        self.setObjectName(name)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{name}Edit")
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.addItem("", None)
        for value, label in choices:
            self.addItem(label, value)
        self.suggestions = QStandardItemModel(self)
        self.search = QCompleter(self.suggestions, self)
        self.search.setObjectName(f"{name}Completer")
        if complete_with_value:  # the suggestion describes; the edit gets the value itself
            self.search.setCompletionRole(VALUE_ROLE)
        self.search.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search.setMaxVisibleItems(12)
        self.setCompleter(self.search)
        self.edit.setPlaceholderText(tr(placeholder))
        self._highlighter = QTimer(self)  # a child: it goes with the picker
        self._highlighter.setSingleShot(True)
        self._highlighter.setInterval(0)
        self._highlighter.timeout.connect(self._highlight_top)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.currentIndexChanged.connect(self._on_current_index_changed)

    # --- the value ------------------------------------------------------------------------
    def value(self) -> str | None:
        """The chosen value (None when blank). ValueError when the text names none."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        found = self.finder.alias(text)
        if found is not None:
            return found
        raise ValueError(self.finder.not_found(text))

    def set_value(self, value: str | None) -> None:
        """Show `value`; one not in the list is kept as "X (no longer listed)"."""
        if not value:
            self.setCurrentIndex(0)
            return
        value = self.finder.normal(value)
        index = self.findData(value)
        if index < 0:
            self.addItem(tr(NO_LONGER_LISTED).format(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def pick_best(self) -> str | None:
        """Choose what the typed text most likely means (what Return does)."""
        text = self.currentText().strip()
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            self.setCurrentIndex(exact)
            return self.value()
        found = self.finder.best(text) if text else None
        if found is not None:
            self.set_value(found)
        return found

    # --- slots ----------------------------------------------------------------------------
    def _on_edit_text_edited(self, text: str) -> None:
        self.suggestions.clear()
        for value, shown in self.finder.suggest(text):
            item = QStandardItem(shown)
            item.setData(value, VALUE_ROLE)
            self.suggestions.appendRow(item)
        self._highlighter.start()  # after Qt's own completion has run

    def _highlight_top(self) -> None:
        """Mark the first suggestion, which Return takes (Qt marks only prefix matches)."""
        popup = self.search.popup()
        if popup is not None and popup.isVisible() and self.suggestions.rowCount():
            top = self.search.completionModel().index(0, 0)
            popup.selectionModel().setCurrentIndex(top, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_edit_return_pressed(self) -> None:
        self.pick_best()

    def _on_current_index_changed(self, index: int) -> None:
        data = self.itemData(index) if index >= 0 else None
        self.value_changed.emit(str(data) if data else None)
