"""A searchable time-zone combo box for the partner forms.

People type a time zone the way they think of it: a region ("Asia", "Europe"), a city that
names no zone of its own ("Mumbai"), a country ("India") or part of a zone ("Kolk"). Each
keystroke offers the likeliest zones (`domain.geo.find_time_zones`), each shown with its
country and its offset from UTC; Return (or a pick from the list) takes one. Nothing is
checked while the text is half-typed: `value()` says whether the text names a zone, and the
form asks when the user leaves the field or saves. Promote a QComboBox to `TimeZonePicker`
in Designer (header `cdmo_desktop.gui.partners.zone_picker`).
"""

from __future__ import annotations

import functools
import zoneinfo
from datetime import UTC, datetime, timedelta
from importlib import resources

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from cdmo_desktop.domain import geo
from cdmo_desktop.gui.widgets.country_picker import NO_LONGER_LISTED, CountryPicker

ZONE_ROLE = Qt.ItemDataRole.UserRole + 1
PLACEHOLDER = "Type a city, country or region, e.g. Mumbai"


@functools.cache
def _zones_by_country() -> dict[str, list[str]]:
    """Country code -> the IANA zones located there (tzdata's zone.tab)."""
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


@functools.cache
def _country_of_zone() -> dict[str, str]:
    return {zone: code for code, zones in _zones_by_country().items() for zone in zones}


def zones_for_country(code: str) -> list[str]:
    return list(_zones_by_country().get(code.upper(), []))


def _utc_offset(zone: str, now: datetime) -> str:
    offset = now.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def describe_zone(zone: str, now: datetime | None = None) -> str:
    """ "Asia/Kolkata · India · UTC+05:30": what a suggestion shows."""
    parts = [zone]
    code = _country_of_zone().get(zone)
    if code:
        parts.append(geo.country_name(code))
    if geo.is_time_zone(zone):
        parts.append(_utc_offset(zone, now or datetime.now(UTC)))
    return " · ".join(parts)


class TimeZonePicker(QComboBox):
    """Holds an IANA time-zone name or None (the blank first item).

    Signals:
        value_changed(object): the zone (None for none) after the choice changed.
    """

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeZonePicker")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("timeZonePickerEdit")
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.addItem("", None)
        for zone in geo.time_zones():
            self.addItem(zone, zone)
        self.suggestions = QStandardItemModel(self)
        self.search = QCompleter(self.suggestions, self)
        self.search.setObjectName("timeZonePickerCompleter")
        self.search.setCompletionRole(ZONE_ROLE)
        self.search.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search.setMaxVisibleItems(12)
        self.setCompleter(self.search)
        self.edit.setPlaceholderText(PLACEHOLDER)
        self.setToolTip("Type a city (Mumbai), a country (India) or a zone (Asia/Kolkata)")
        self._highlighter = QTimer(self)
        self._highlighter.setSingleShot(True)
        self._highlighter.setInterval(0)
        self._highlighter.timeout.connect(self._highlight_top)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.search.activated.connect(self._on_search_activated)
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def value(self) -> str | None:
        """The chosen zone (None when blank). ValueError when the text names no zone."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        raise ValueError(
            f"“{text}” is not a time zone: pick one from the list "
            "(type a city or country, e.g. Mumbai)."
        )

    def set_value(self, zone: str | None) -> None:
        """Show `zone`; a zone not in the list is kept as "X (no longer listed)"."""
        if not zone:
            self.setCurrentIndex(0)
            return
        index = self.findData(zone)
        if index < 0:
            self.addItem(NO_LONGER_LISTED.format(zone), zone)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def pick_best(self) -> str | None:
        """Choose the zone the typed text most likely means (what Return does)."""
        text = self.currentText().strip()
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            self.setCurrentIndex(exact)
            return self.value()
        found = geo.find_time_zones(text, limit=1) if text else []
        if found:
            self.set_value(found[0])
            return found[0]
        return None

    def suggest_for(self, country: CountryPicker) -> None:
        """Fill an empty zone with the country's zone when it has only one."""
        try:
            code = country.value()
        except ValueError:
            return
        if code and not self.currentText().strip():
            zones = zones_for_country(code)
            if len(zones) == 1:
                self.set_value(zones[0])

    def _on_edit_text_edited(self, text: str) -> None:
        self.suggestions.clear()
        now = datetime.now(UTC)
        for zone in geo.find_time_zones(text, limit=30):
            item = QStandardItem(describe_zone(zone, now))
            item.setData(zone, ZONE_ROLE)
            self.suggestions.appendRow(item)
        self._highlighter.start()  # after Qt's own completion has run

    def _highlight_top(self) -> None:
        """Mark the first suggestion, which Return takes."""
        popup = self.search.popup()
        if popup is not None and popup.isVisible() and self.suggestions.rowCount():
            top = self.search.completionModel().index(0, 0)
            popup.selectionModel().setCurrentIndex(top, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_edit_return_pressed(self) -> None:
        self.pick_best()

    def _on_search_activated(self, zone: str) -> None:
        self.set_value(zone)

    def _on_current_index_changed(self, index: int) -> None:
        data = self.itemData(index) if index >= 0 else None
        self.value_changed.emit(str(data) if data else None)
