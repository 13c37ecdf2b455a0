"""What the site, contact, audit and inspection dialogs share: validation on every change
with the reason under the field, OK disabled while anything is wrong, a site picker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPushButton, QWidget

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.partners.partner_fields import show_error, widgets_with_signals


class PartnerRowDialog(RememberedGeometryDialog):
    """Subclasses set up `self.ui`, then call `_watch(...)` with their editors and
    implement `values()` and `errors()`; `error_labels()` maps fields to QLabels."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx = ctx

    def values(self) -> dict[str, Any]:
        return {}

    def errors(self) -> dict[str, str]:
        return {}

    def error_labels(self) -> dict[str, QLabel]:
        return {}

    @property
    def ok_button(self) -> QPushButton:
        box: QDialogButtonBox = self.ui.buttonBox  # type: ignore[attr-defined]
        return box.button(QDialogButtonBox.StandardButton.Ok)

    def _watch(self, *widgets: QWidget) -> None:
        for _widget, signal in widgets_with_signals(*widgets):
            signal.connect(self.revalidate)
        self.revalidate()

    def revalidate(self, *_args: Any) -> dict[str, str]:
        errors = self.errors()
        labels = self.error_labels()
        for name, label in labels.items():
            show_error(label, errors.get(name, ""))
        others = [m for f, m in errors.items() if f not in labels]
        self.ok_button.setEnabled(not errors)
        self.ok_button.setToolTip("\n".join(others) if others else "")
        return errors

    def accept(self) -> None:
        if not self.revalidate():
            super().accept()


def fill_site_combo(combo: QComboBox, sites: Sequence[dict[str, Any]], current: str | None) -> None:
    """'Whole organisation' first, then the partner's sites by name."""
    combo.clear()
    combo.addItem("Whole organisation / not site-specific", None)
    for site in sites:
        label = site["name"] + (f" ({site['city']})" if site.get("city") else "")
        combo.addItem(label, site["id"])
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(index, 0))
