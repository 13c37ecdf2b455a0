"""A searchable country combo box: type part of a name, a code or a common name ("UK",
"Holland") and the likeliest countries are offered first; Return takes the top one, so
"Ind" then Return is India, not British Indian Ocean Territory (`domain.country_search`
ranks them). Promote a QComboBox to `CountryPicker` in Designer (header
`cdmo_desktop.gui.widgets.fields`), or make one in code.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from cdmo_desktop.domain import country_search, geo

NO_LONGER_LISTED = "{} (no longer listed)"


class CountryPicker(QComboBox):
    """Holds an ISO 3166 alpha-2 code or None (the blank first item).

    Signals:
        value_changed(object): the code (None for none) after the choice changed.
    """

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryPicker")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("countryPickerEdit")
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.addItem("", None)
        for code, name in geo.countries():
            self.addItem(name, code)
        self.suggestions = QStringListModel(self)
        self.search = QCompleter(self.suggestions, self)
        self.search.setObjectName("countryPickerCompleter")
        self.search.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search.setMaxVisibleItems(12)
        self.setCompleter(self.search)
        self.edit.setPlaceholderText("Type to search countries")
        self._highlighter = QTimer(self)  # a child: it goes with the picker
        self._highlighter.setSingleShot(True)
        self._highlighter.setInterval(0)
        self._highlighter.timeout.connect(self._highlight_top)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def value(self) -> str | None:
        """The chosen code (None when blank). ValueError when the text names no country."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        code = country_search.exact_match(text)
        if code is not None:
            return code
        raise ValueError(f"“{text}” is not a country: pick one from the list.")

    def set_value(self, code: str | None) -> None:
        """Show the country `code`; a code not in the list is kept as "XY (no longer listed)"."""
        if not code:
            self.setCurrentIndex(0)
            return
        index = self.findData(code.upper())
        if index < 0:
            self.addItem(NO_LONGER_LISTED.format(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def pick_best(self) -> str | None:
        """Choose the country the typed text most likely means (what Return does)."""
        text = self.currentText().strip()
        if self.findText(text, Qt.MatchFlag.MatchFixedString) >= 0:
            self.setCurrentIndex(self.findText(text, Qt.MatchFlag.MatchFixedString))
            return self.value()
        code = country_search.best_match(text)
        if code is not None:
            self.set_value(code)
        return code

    def _on_edit_text_edited(self, text: str) -> None:
        self.suggestions.setStringList([name for _code, name in country_search.matches(text)])
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
