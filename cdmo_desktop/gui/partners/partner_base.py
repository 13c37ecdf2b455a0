"""What the site, contact, audit and inspection dialogs share: OK enabled only while nothing
is wrong (decided at every change, its tooltip says why), the reasons under the fields once
the user leaves a field or presses OK (never while typing, see field_checks), a site picker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPushButton, QWidget

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.partners.field_checks import FieldChecks, Source
from cdmo_desktop.gui.partners.partner_fields import TagList
from cdmo_desktop.gui.widgets.fields import changed_signal, show_error


class PartnerRowDialog(RememberedGeometryDialog):
    """Subclasses set up `self.ui`, then call `_watch({field: editor})` with the editors
    whose values are checked, and implement `values()` and `errors()`; `error_labels()`
    maps fields to the QLabels under them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx = ctx
        self.checks = FieldChecks(self)
        self.checks.left.connect(self._on_checks_left)

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

    def _watch(self, editors: dict[str, Source]) -> None:
        for field, source in editors.items():
            self.checks.watch(field, source)
            signal = source.changed if isinstance(source, TagList) else changed_signal(source)
            if signal is not None:
                signal.connect(self._on_editor_changed)
        self.revalidate()

    def _on_editor_changed(self, *_args: Any) -> None:
        self._update_ok(self.errors())

    def _on_checks_left(self, _field: str) -> None:
        self.revalidate()

    def _update_ok(self, errors: dict[str, str]) -> None:
        self.ok_button.setEnabled(not errors)
        self.ok_button.setToolTip("\n".join(message(m) for m in errors.values()))

    def revalidate(self) -> dict[str, str]:
        """Show the problems worth showing now; returns every problem."""
        errors = self.errors()
        shown = self.checks.shown(errors)
        for name, label in self.error_labels().items():
            show_error(label, shown.get(name, ""))
        self._update_ok(errors)
        return errors

    def accept(self) -> None:
        self.checks.attempted()
        if not self.revalidate():
            super().accept()


def fill_site_combo(combo: QComboBox, sites: Sequence[dict[str, Any]], current: str | None) -> None:
    """'Whole organisation' first, then the partner's sites by name."""
    combo.clear()
    combo.addItem(tr("Whole organisation / not site-specific"), None)
    for site in sites:
        label = site["name"] + (f" ({site['city']})" if site.get("city") else "")
        combo.addItem(label, site["id"])
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(index, 0))
