"""Field helpers of the partner forms: enum, country and time-zone combos, tag lists and
optional dates. They wrap widgets made in Designer (ui/partner_*.ui); none creates its own
widget."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from enum import Enum
from importlib import resources
from typing import Any, cast

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from cdmo_desktop.domain import capabilities, geo

ERROR_STYLE = "color: #B71C1C;"


def fill_enum_combo(combo: QComboBox, enum: type[Enum], blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for value, text in enum.choices():  # type: ignore[attr-defined]
        combo.addItem(text, value)


def set_combo_data(combo: QComboBox, value: Any) -> None:
    raw = getattr(value, "value", value)
    index = combo.findData(raw)
    combo.setCurrentIndex(max(index, 0))


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def _searchable(combo: QComboBox) -> None:
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def setup_country_combo(combo: QComboBox) -> None:
    """Every country by name (the ISO code is the item data), first a blank entry; typing
    filters the list by any part of the name."""
    combo.clear()
    combo.addItem("", "")
    for code, name in geo.countries():
        combo.addItem(name, code)
    _searchable(combo)
    _placeholder(combo, "Type to search countries")


def country_code(combo: QComboBox) -> str | None:
    """The chosen ISO code; "" for none; None when the typed text is not a country."""
    text = combo.currentText().strip()
    if not text:
        return ""
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return str(combo.itemData(index))
    if len(text) == 2 and geo.is_country(text):
        return text.upper()
    return None


def set_country(combo: QComboBox, code: str) -> None:
    index = combo.findData(code.upper()) if code else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(code)


@functools.cache
def _zones_by_country() -> dict[str, list[str]]:
    """Country code -> IANA zones located there (tzdata's zone.tab)."""
    out: dict[str, list[str]] = {}
    try:
        text = (resources.files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return out
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            if len(parts) >= 3:
                out.setdefault(parts[0], []).append(parts[2])
    return out


def zones_for_country(code: str) -> list[str]:
    return list(_zones_by_country().get(code.upper(), []))


def setup_zone_combo(combo: QComboBox) -> None:
    combo.clear()
    combo.addItem("")
    combo.addItems(geo.time_zones())
    _searchable(combo)
    _placeholder(combo, "Type to search, e.g. Zurich")


def _placeholder(combo: QComboBox, text: str) -> None:
    edit = combo.lineEdit()
    if edit is not None:  # a searchable combo is editable
        edit.setPlaceholderText(text)


def zone_name(combo: QComboBox) -> str | None:
    """The chosen IANA zone; "" for none; None when the text is not a known zone."""
    text = combo.currentText().strip()
    if not text:
        return ""
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return combo.itemText(index)
    return text if geo.is_time_zone(text) else None


def set_zone(combo: QComboBox, zone: str) -> None:
    index = combo.findText(zone) if zone else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(zone)


def suggest_zone(country: QComboBox, zone: QComboBox) -> None:
    """Fill an empty time zone with the country's zone when it has only one."""
    code = country_code(country)
    if code and not zone.currentText().strip():
        zones = zones_for_country(code)
        if len(zones) == 1:
            set_zone(zone, zones[0])


class TagList(QObject):
    """Checkable tags in a QListWidget: the standard ones always listed, free additions
    typed in a line edit and added checked. `changed` fires on every tick or addition."""

    changed = Signal()

    def __init__(
        self,
        listing: QListWidget,
        edit: QLineEdit,
        button: QPushButton,
        standard: Iterable[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.listing, self.edit, self.button = listing, edit, button
        self.standard = tuple(standard)
        listing.setWrapping(True)  # a flow of tags; Designer cannot store this property
        listing.itemChanged.connect(self._on_listing_item_changed)
        button.clicked.connect(self._on_button_clicked)
        edit.returnPressed.connect(self._on_button_clicked)
        self.set_tags([])

    def set_tags(self, tags: Iterable[str]) -> None:
        """Show `tags` ticked and first (standard ones in their usual order, then the free
        additions), the other standard tags after them unticked."""
        chosen = [capabilities.canonical(t, self.standard) for t in tags]
        self.listing.blockSignals(True)
        self.listing.clear()
        for tag in self.standard:
            if tag in chosen:
                self._add_item(tag, True)
        for tag in chosen:
            if tag not in self.standard:
                self._add_item(tag, True)
        for tag in self.standard:
            if tag not in chosen:
                self._add_item(tag, False)
        self.listing.blockSignals(False)

    def tags(self) -> list[str]:
        out = []
        for i in range(self.listing.count()):
            item = self.listing.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.text())
        return out

    def add(self, text: str) -> None:
        for tag in capabilities.split_tags(text):
            tag = capabilities.canonical(tag, self.tags() + list(self.standard))
            found = self.listing.findItems(tag, Qt.MatchFlag.MatchFixedString)
            if found:
                found[0].setCheckState(Qt.CheckState.Checked)
            else:
                self._add_item(tag, True)
                self.changed.emit()

    def _add_item(self, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if text not in self.standard:
            item.setToolTip("Added for this partner; untick to remove it")
        self.listing.addItem(item)

    def _on_listing_item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    def _on_button_clicked(self) -> None:
        self.add(self.edit.text())
        self.edit.clear()


class OptionalDate(QObject):
    """A date that may be blank: a check box says whether it is set; the date edit holds
    it, and shows "not on file" (disabled) while unchecked."""

    changed = Signal()
    BLANK = QDate(1900, 1, 1)

    def __init__(self, check: QCheckBox, edit: QDateEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check, self.edit = check, edit
        self._last = QDate.currentDate()
        edit.setMinimumDate(self.BLANK)
        edit.setSpecialValueText("not on file")
        check.toggled.connect(self._on_check_toggled)
        edit.dateChanged.connect(self._on_edit_date_changed)
        self.set_value(None)

    def value(self) -> date | None:
        if not self.check.isChecked() or self.edit.date() == self.BLANK:
            return None
        return cast(date, self.edit.date().toPython())

    def set_value(self, value: date | None) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.check.blockSignals(False)
        if value is not None:
            self._last = QDate(value.year, value.month, value.day)
        self._show(value is not None)

    def _show(self, checked: bool) -> None:
        self.edit.blockSignals(True)
        self.edit.setDate(self._last if checked else self.BLANK)
        self.edit.blockSignals(False)
        self.edit.setEnabled(checked)

    def _on_check_toggled(self, checked: bool) -> None:
        self._show(checked)
        self.changed.emit()

    def _on_edit_date_changed(self, value: QDate) -> None:
        if value != self.BLANK:
            self._last = value
        self.changed.emit()


def widgets_with_signals(*widgets: QWidget) -> list[tuple[QWidget, Any]]:
    """(widget, its "value changed" signal) for the usual editor widgets."""
    out: list[tuple[QWidget, Any]] = []
    for w in widgets:
        if isinstance(w, QLineEdit):
            out.append((w, w.textChanged))
        elif isinstance(w, QComboBox):
            out.append((w, w.currentTextChanged if w.isEditable() else w.currentIndexChanged))
        elif isinstance(w, QCheckBox):
            out.append((w, w.toggled))
        elif isinstance(w, QDateEdit):
            out.append((w, w.dateChanged))
        elif hasattr(w, "textChanged"):
            out.append((w, w.textChanged))  # QPlainTextEdit
        elif hasattr(w, "valueChanged"):
            out.append((w, w.valueChanged))  # QSpinBox
    return out
