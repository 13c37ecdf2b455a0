"""Dialogs for one site, contact, audit or GMP inspection of a partner (ui/partner_*.ui).

Each returns the row's values; the profile writes them through an undoable command. The
rules are the store's (domain.validation on a transient row) plus "pick from the list"
for countries and time zones, shown under the field as the user types."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QWidget

from cdmo_desktop.domain.enums import (
    AuditOutcome,
    AuditStatus,
    AuditType,
    InspectionAuthority,
    InspectionOutcome,
)
from cdmo_desktop.domain.models import Contact, GmpInspection, PartnerAudit, PartnerSite
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.forms.ui_partner_audit import Ui_PartnerAuditDialog
from cdmo_desktop.gui.forms.ui_partner_contact import Ui_PartnerContactDialog
from cdmo_desktop.gui.forms.ui_partner_inspection import Ui_PartnerInspectionDialog
from cdmo_desktop.gui.forms.ui_partner_site import Ui_PartnerSiteDialog
from cdmo_desktop.gui.partners.partner_base import PartnerRowDialog, fill_site_combo
from cdmo_desktop.gui.partners.partner_fields import (
    OptionalDate,
    fill_enum_combo,
    pick_errors,
    picked,
    set_combo_data,
)

_PLACEHOLDER_PARTNER = "partner"
REAUDIT_INTERVAL = timedelta(days=730)  # transient rows need a parent id to validate


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class PartnerSiteDialog(PartnerRowDialog):
    def __init__(
        self, ctx: AppContext, values: dict[str, Any] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_PartnerSiteDialog()
        ui.setupUi(self)
        v = values or {}
        self.setWindowTitle("Edit site" if v.get("name") else "Add site")
        ui.nameEdit.setText(v.get("name", ""))
        ui.cityEdit.setText(v.get("city", ""))
        ui.countryCombo.set_value(v.get("country") or None)
        ui.timeZoneCombo.set_value(v.get("time_zone") or None)
        ui.addressEdit.setPlainText(v.get("address", ""))
        ui.capabilitiesEdit.setText(v.get("capabilities", ""))
        ui.notesEdit.setPlainText(v.get("notes", ""))
        ui.countryCombo.value_changed.connect(self._on_country_combo_value_changed)
        self._watch(ui.nameEdit, ui.countryCombo, ui.timeZoneCombo)

    def _on_country_combo_value_changed(self, _code: object) -> None:
        self.ui.timeZoneCombo.suggest_for(self.ui.countryCombo)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.nameEdit.text().strip(),
            "city": ui.cityEdit.text().strip(),
            "country": picked(ui.countryCombo) or "",
            "time_zone": picked(ui.timeZoneCombo) or "",
            "address": ui.addressEdit.toPlainText().strip(),
            "capabilities": ui.capabilitiesEdit.text().strip(),
            "notes": ui.notesEdit.toPlainText().strip(),
        }

    def errors(self) -> dict[str, str]:
        errors = validate(PartnerSite(partner_id=_PLACEHOLDER_PARTNER, **self.values()))
        errors.update(pick_errors(self.ui.countryCombo, self.ui.timeZoneCombo))
        return errors

    def error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {"name": ui.nameError, "country": ui.countryError, "time_zone": ui.timeZoneError}


class PartnerContactDialog(PartnerRowDialog):
    def __init__(
        self,
        ctx: AppContext,
        sites: Sequence[dict[str, Any]],
        values: dict[str, Any] | None = None,
        current_primary: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_PartnerContactDialog()
        ui.setupUi(self)
        v = values or {}
        self._current_primary = current_primary
        self.setWindowTitle("Edit contact" if v.get("name") else "Add contact")
        fill_site_combo(ui.siteCombo, sites, v.get("site_id"))
        ui.nameEdit.setText(v.get("name", ""))
        ui.roleEdit.setText(v.get("role", ""))
        ui.emailEdit.setText(v.get("email", ""))
        ui.phoneEdit.setText(v.get("phone", ""))
        ui.primaryCheck.setChecked(bool(v.get("is_primary", not current_primary)))
        ui.notesEdit.setPlainText(v.get("notes", ""))
        ui.primaryCheck.toggled.connect(self._on_primary_check_toggled)
        self._on_primary_check_toggled(ui.primaryCheck.isChecked())
        self._watch(ui.nameEdit, ui.emailEdit, ui.phoneEdit)

    def _on_primary_check_toggled(self, checked: bool) -> None:
        other = self._current_primary
        text = f"{other} will no longer be the primary contact." if checked and other else ""
        self.ui.primaryHint.setText(text)
        self.ui.primaryHint.setVisible(bool(text))

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.nameEdit.text().strip(),
            "role": ui.roleEdit.text().strip(),
            "email": ui.emailEdit.text().strip(),
            "phone": ui.phoneEdit.text().strip(),
            "site_id": ui.siteCombo.currentData(),
            "is_primary": ui.primaryCheck.isChecked(),
            "notes": ui.notesEdit.toPlainText().strip(),
        }

    def errors(self) -> dict[str, str]:
        return validate(Contact(partner_id=_PLACEHOLDER_PARTNER, **self.values()))

    def error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {"name": ui.nameError, "email": ui.emailError, "phone": ui.phoneError}


class PartnerAuditDialog(PartnerRowDialog):
    def __init__(
        self,
        ctx: AppContext,
        sites: Sequence[dict[str, Any]],
        values: dict[str, Any] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_PartnerAuditDialog()
        ui.setupUi(self)
        self.today = today or date.today()
        v = values or {}
        self.setWindowTitle("Edit audit" if v else "Add audit")
        fill_enum_combo(ui.typeCombo, AuditType)
        fill_enum_combo(ui.statusCombo, AuditStatus)
        fill_enum_combo(ui.outcomeCombo, AuditOutcome)
        fill_site_combo(ui.siteCombo, sites, v.get("site_id"))
        audit_date: date = v.get("audit_date") or self.today
        ui.auditDateEdit.setDate(_qdate(audit_date))
        set_combo_data(ui.typeCombo, v.get("audit_type", AuditType.ROUTINE))
        set_combo_data(ui.statusCombo, v.get("status", AuditStatus.DONE))
        set_combo_data(ui.outcomeCombo, v.get("outcome", AuditOutcome.PENDING))
        ui.auditorEdit.setText(v.get("auditor", ""))
        ui.observationsSpin.setValue(int(v.get("observations", 0) or 0))
        ui.notesEdit.setPlainText(v.get("notes", ""))
        self.next_due = OptionalDate(ui.nextDueCheck, ui.nextDueEdit, self)
        # A new audit suggests the usual two-year re-audit interval, following its date
        # until the user sets the next due date themselves.
        self._suggest_next_due = not v
        self.next_due.set_value(v["next_due"] if v else audit_date + REAUDIT_INTERVAL)
        self.next_due.changed.connect(self._on_next_due_changed)
        ui.auditDateEdit.dateChanged.connect(self._on_audit_date_edit_date_changed)
        self._watch(ui.auditDateEdit, ui.statusCombo)

    def _on_audit_date_edit_date_changed(self, value: QDate) -> None:
        if self._suggest_next_due:
            self.next_due.set_value(cast(date, value.toPython()) + REAUDIT_INTERVAL)
            self.revalidate()

    def _on_next_due_changed(self) -> None:
        self._suggest_next_due = False
        self.revalidate()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "audit_date": ui.auditDateEdit.date().toPython(),
            "audit_type": ui.typeCombo.currentData(),
            "status": ui.statusCombo.currentData(),
            "site_id": ui.siteCombo.currentData(),
            "auditor": ui.auditorEdit.text().strip(),
            "outcome": ui.outcomeCombo.currentData(),
            "observations": ui.observationsSpin.value(),
            "next_due": self.next_due.value(),
            "notes": ui.notesEdit.toPlainText().strip(),
        }

    def errors(self) -> dict[str, str]:
        errors = validate(
            PartnerAudit(partner_id=_PLACEHOLDER_PARTNER, **self.values()), self.today
        )
        if "next_due" in errors:
            errors["next_due"] = "The next audit cannot be due before this audit."
        return errors

    def error_labels(self) -> dict[str, QLabel]:
        return {"audit_date": self.ui.auditDateError, "next_due": self.ui.nextDueError}


class PartnerInspectionDialog(PartnerRowDialog):
    def __init__(
        self,
        ctx: AppContext,
        sites: Sequence[dict[str, Any]],
        values: dict[str, Any] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_PartnerInspectionDialog()
        ui.setupUi(self)
        self.today = today or date.today()
        v = values or {}
        self.setWindowTitle("Edit GMP inspection" if v else "Add GMP inspection")
        fill_enum_combo(ui.authorityCombo, InspectionAuthority)
        fill_enum_combo(ui.outcomeCombo, InspectionOutcome)
        fill_site_combo(ui.siteCombo, sites, v.get("site_id"))
        set_combo_data(ui.authorityCombo, v.get("authority", InspectionAuthority.FDA))
        ui.inspectionDateEdit.setDate(_qdate(v.get("inspection_date") or self.today))
        set_combo_data(ui.outcomeCombo, v.get("outcome", InspectionOutcome.NAI))
        ui.observationsSpin.setValue(int(v.get("observations", 0) or 0))
        ui.notesEdit.setPlainText(v.get("notes", ""))
        self._watch(ui.inspectionDateEdit)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "authority": ui.authorityCombo.currentData(),
            "inspection_date": ui.inspectionDateEdit.date().toPython(),
            "outcome": ui.outcomeCombo.currentData(),
            "observations": ui.observationsSpin.value(),
            "site_id": ui.siteCombo.currentData(),
            "notes": ui.notesEdit.toPlainText().strip(),
        }

    def errors(self) -> dict[str, str]:
        row = GmpInspection(partner_id=_PLACEHOLDER_PARTNER, **self.values())
        return validate(row, self.today)

    def error_labels(self) -> dict[str, QLabel]:
        return {"inspection_date": self.ui.inspectionDateError}
