"""Field helpers of the partner forms: reading the country and time-zone pickers, and the
tag lists (capabilities, scales, platforms). They wrap widgets made in Designer
(ui/partner_*.ui); none creates its own widget. The shared editors and combo helpers are in
gui/widgets/fields."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from cdmo_desktop.domain import capabilities
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.partners.zone_picker import TimeZonePicker
from cdmo_desktop.gui.widgets.fields import CountryPicker


def picked(picker: CountryPicker | TimeZonePicker) -> str | None:
    """The picker's value; None when empty or when its text names nothing in its list."""
    try:
        return picker.value()
    except ValueError:
        return None


def pick_errors(country: CountryPicker, zone: TimeZonePicker) -> dict[str, str]:
    """Text typed in a country or time-zone picker that names nothing in its list."""
    errors = {}
    try:
        country.value()
    except ValueError:
        errors["country"] = tr("Pick a country from the list.")
    try:
        zone.value()
    except ValueError:
        errors["time_zone"] = tr("Pick a time zone from the list (type a city, e.g. Mumbai).")
    return errors


class TagList(QObject):
    """Checkable tags in a QListWidget: the standard ones always listed, free additions
    typed in a line edit and added checked (Return or the Add button; Return in the edit
    never reaches a dialog's OK). `changed` fires on every tick or addition."""

    changed = Signal()

    def __init__(
        self,
        listing: QListWidget,
        edit: QLineEdit,
        button: QPushButton,
        standard: Iterable[str],
        parent: QObject | None = None,
        owner: str = "partner",
    ) -> None:
        super().__init__(parent)
        self.listing, self.edit, self.button = listing, edit, button
        self.standard = tuple(standard)
        self.owner = owner
        listing.setWrapping(True)  # a flow of tags; Designer cannot store this property
        listing.itemChanged.connect(self._on_listing_item_changed)
        button.setAutoDefault(False)
        button.clicked.connect(self._on_button_clicked)
        edit.installEventFilter(self)
        self.set_tags([])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.edit.text().strip():
                self._on_button_clicked()
                return True
        return False

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
            item.setToolTip(
                tr("Added for this site; untick to remove it")
                if self.owner == "site"
                else tr("Added for this partner; untick to remove it")
            )
        self.listing.addItem(item)

    def _on_listing_item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    def _on_button_clicked(self) -> None:
        self.add(self.edit.text())
        self.edit.clear()


def tag_lists(ui: Any, parent: QObject, owner: str) -> tuple[TagList, TagList, TagList]:
    """The capability, scale and platform lists of a form whose widgets are named
    `capabilityList`, `capabilityEdit`, `capabilityAddButton`, `scaleList`... (the profile
    and the site dialog)."""

    def make(prefix: str, standard: Iterable[str]) -> TagList:
        listing, edit = getattr(ui, f"{prefix}List"), getattr(ui, f"{prefix}Edit")
        return TagList(listing, edit, getattr(ui, f"{prefix}AddButton"), standard, parent, owner)

    return (
        make("capability", capabilities.STANDARD_CAPABILITIES),
        make("scale", capabilities.SCALES),
        make("platform", capabilities.STANDARD_PLATFORMS),
    )
