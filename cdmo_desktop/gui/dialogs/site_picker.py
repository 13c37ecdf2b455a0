"""Pick a partner site (Schedule > Import site holidays…): the partner from the
page-at-a-time partner list (type its first letters), then one of its sites.

One list of every site of every partner would read them all before it opened (two million
at a million partners); a partner's own sites are a handful.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.models.choices import ChoiceModel, long_list, store_list
from cdmo_desktop.store.choice_lists import Listing
from cdmo_desktop.store.site_closures import sites_of


class SitePicker(QDialog):
    """`site_id` is the chosen site once accepted. OK waits for a site."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sitePicker")
        self.setWindowTitle(title)
        self.partner_combo = QComboBox()
        self.partner_combo.setObjectName("sitePartnerCombo")
        self.partners = long_list(self.partner_combo, ChoiceModel(tr("— pick a partner —")))
        self.partners.reset_to(store_list(ctx.store, Listing("partner")))
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("siteCombo")
        self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.none_label = QLabel(tr("This partner has no site yet."))
        self.none_label.setObjectName("siteNoneLabel")
        self.none_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout(self)
        partner_label = QLabel(tr("&Partner:"))
        partner_label.setBuddy(self.partner_combo)
        site_label = QLabel(tr("&Site:"))
        site_label.setBuddy(self.site_combo)
        form.addRow(partner_label, self.partner_combo)
        form.addRow(site_label, self.site_combo)
        form.addRow(self.none_label)
        form.addRow(self.buttons)
        self.partner_combo.currentIndexChanged.connect(self._on_partner_changed)
        self.site_combo.currentIndexChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_partner_changed()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 64))

    @property
    def site_id(self) -> str | None:
        value = self.site_combo.currentData()
        return str(value) if value else None

    def _on_partner_changed(self, *_args: object) -> None:
        partner_id = self.partner_combo.currentData()
        self.site_combo.clear()
        sites = sites_of(self.ctx.store, str(partner_id)) if partner_id else []
        for site_id, name in sites:
            self.site_combo.addItem(name, site_id)
        self.none_label.setVisible(bool(partner_id) and not sites)
        self._update()

    def _update(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.site_id is not None)
        self.site_combo.setEnabled(self.site_combo.count() > 0)
