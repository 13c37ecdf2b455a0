"""Dialogs for one site, contact, audit or GMP inspection of a partner (ui/partner_*.ui).

Each returns the row's values; the profile writes them through a store use case committed
to the undo stack. The rules are the store's (domain.validation on a transient row) plus
"pick from the list" for countries and time zones and "a date as typed must read as one",
shown under the field once the user leaves it (partner_base, field_checks)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.capabilities import join_tags, split_tags
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
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.partners.partner_base import PartnerRowDialog, fill_site_combo
from cdmo_desktop.gui.partners.partner_fields import pick_errors, picked, tag_lists
from cdmo_desktop.gui.widgets.fields import (
    DateField,
    enum_items,
    fill_combo,
    set_combo_value,
)

_PLACEHOLDER_PARTNER = "partner"
REAUDIT_INTERVAL = timedelta(days=730)  # transient rows need a parent id to validate


def date_problem(field: DateField, what: str) -> str | None:
    """Why a required date cannot be used: none given, or text that is not a date."""
    reason = field.message()
    if reason:
        return reason
    return tr("Enter the {what}.").format(what=what) if field.current_date() is None else None


class PartnerSiteDialog(PartnerRowDialog):
    def __init__(
        self, ctx: AppContext, values: dict[str, Any] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_PartnerSiteDialog()
        ui.setupUi(self)
        v = values or {}
        self.setWindowTitle(tr("Edit site") if v.get("name") else tr("Add site"))
        ui.nameEdit.setText(v.get("name", ""))
        ui.cityEdit.setText(v.get("city", ""))
        ui.countryCombo.set_value(v.get("country") or None)
        ui.timeZoneCombo.set_value(v.get("time_zone") or None)
        ui.addressEdit.setPlainText(v.get("address", ""))
        self.capabilities, self.scales, self.platforms = tag_lists(ui, self, "site")
        self.capabilities.set_tags(split_tags(v.get("capabilities")))
        self.scales.set_tags(split_tags(v.get("scales")))
        self.platforms.set_tags(split_tags(v.get("technology_platforms")))
        ui.notesEdit.setPlainText(v.get("notes", ""))
        ui.countryCombo.value_changed.connect(self._on_country_combo_value_changed)
        self._watch(
            {"name": ui.nameEdit, "country": ui.countryCombo, "time_zone": ui.timeZoneCombo}
        )

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
            "capabilities": join_tags(self.capabilities.tags()),
            "scales": join_tags(self.scales.tags()),
            "technology_platforms": join_tags(self.platforms.tags()),
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
        self.setWindowTitle(tr("Edit contact") if v.get("name") else tr("Add contact"))
        fill_site_combo(ui.siteCombo, sites, v.get("site_id"))
        ui.nameEdit.setText(v.get("name", ""))
        ui.roleEdit.setText(v.get("role", ""))
        ui.emailEdit.setText(v.get("email", ""))
        ui.phoneEdit.setText(v.get("phone", ""))
        ui.primaryCheck.setChecked(bool(v.get("is_primary", not current_primary)))
        ui.notesEdit.setPlainText(v.get("notes", ""))
        ui.primaryCheck.toggled.connect(self._on_primary_check_toggled)
        self._on_primary_check_toggled(ui.primaryCheck.isChecked())
        self._watch({"name": ui.nameEdit, "email": ui.emailEdit, "phone": ui.phoneEdit})

    def _on_primary_check_toggled(self, checked: bool) -> None:
        other = self._current_primary
        text = (
            tr("{name} will no longer be the primary contact.").format(name=other)
            if checked and other
            else ""
        )
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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_PartnerAuditDialog()
        ui.setupUi(self)
        v = values or {}
        self.setWindowTitle(tr("Edit audit") if v else tr("Add audit"))
        fill_combo(ui.typeCombo, enum_items(AuditType))
        fill_combo(ui.statusCombo, enum_items(AuditStatus))
        fill_combo(ui.outcomeCombo, enum_items(AuditOutcome))
        fill_site_combo(ui.siteCombo, sites, v.get("site_id"))
        audit_date: date = v.get("audit_date") or clock.today()
        ui.auditDateEdit.set_value(audit_date)
        set_combo_value(ui.typeCombo, v.get("audit_type", AuditType.ROUTINE))
        set_combo_value(ui.statusCombo, v.get("status", AuditStatus.DONE))
        set_combo_value(ui.outcomeCombo, v.get("outcome", AuditOutcome.PENDING))
        ui.auditorEdit.setText(v.get("auditor", ""))
        ui.observationsSpin.setValue(int(v.get("observations", 0) or 0))
        ui.notesEdit.setPlainText(v.get("notes", ""))
        # A new audit suggests the usual two-year re-audit interval, following its date
        # until the user sets the next due date themselves.
        self._suggest_next_due = not v
        ui.nextDueEdit.set_value(v["next_due"] if v else audit_date + REAUDIT_INTERVAL)
        ui.nextDueEdit.value_changed.connect(self._on_next_due_edit_value_changed)
        ui.auditDateEdit.value_changed.connect(self._on_audit_date_edit_value_changed)
        self._watch(
            {
                "audit_date": ui.auditDateEdit,
                "status": ui.statusCombo,
                "next_due": ui.nextDueEdit,
            }
        )

    def _on_audit_date_edit_value_changed(self, value: date | None) -> None:
        if self._suggest_next_due and value is not None:
            self.ui.nextDueEdit.set_value(value + REAUDIT_INTERVAL)
            self.revalidate()

    def _on_next_due_edit_value_changed(self, _value: date | None) -> None:
        self._suggest_next_due = False

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "audit_date": ui.auditDateEdit.current_date(),
            "audit_type": ui.typeCombo.currentData(),
            "status": ui.statusCombo.currentData(),
            "site_id": ui.siteCombo.currentData(),
            "auditor": ui.auditorEdit.text().strip(),
            "outcome": ui.outcomeCombo.currentData(),
            "observations": ui.observationsSpin.value(),
            "next_due": ui.nextDueEdit.current_date(),
            "notes": ui.notesEdit.toPlainText().strip(),
        }

    def errors(self) -> dict[str, str]:
        values = self.values()
        if values["audit_date"] is None:
            values["audit_date"] = clock.today()  # its own problem is reported below
        errors = validate(PartnerAudit(partner_id=_PLACEHOLDER_PARTNER, **values), clock.today())
        if "next_due" in errors:
            errors["next_due"] = tr("The next audit cannot be due before this audit.")
        problem = date_problem(self.ui.auditDateEdit, tr("date of the audit"))
        if problem:
            errors["audit_date"] = problem
        if self.ui.nextDueEdit.message():
            errors["next_due"] = self.ui.nextDueEdit.message()
        return errors

    def error_labels(self) -> dict[str, QLabel]:
        return {"audit_date": self.ui.auditDateError, "next_due": self.ui.nextDueError}


class PartnerInspectionDialog(PartnerRowDialog):
    def __init__(
        self,
        ctx: AppContext,
        sites: Sequence[dict[str, Any]],
        values: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_PartnerInspectionDialog()
        ui.setupUi(self)
        v = values or {}
        self.setWindowTitle(tr("Edit GMP inspection") if v else tr("Add GMP inspection"))
        fill_combo(ui.authorityCombo, enum_items(InspectionAuthority))
        fill_combo(ui.outcomeCombo, enum_items(InspectionOutcome))
        fill_site_combo(ui.siteCombo, sites, v.get("site_id"))
        set_combo_value(ui.authorityCombo, v.get("authority", InspectionAuthority.FDA))
        ui.inspectionDateEdit.set_value(v.get("inspection_date") or clock.today())
        set_combo_value(ui.outcomeCombo, v.get("outcome", InspectionOutcome.NAI))
        ui.observationsSpin.setValue(int(v.get("observations", 0) or 0))
        ui.notesEdit.setPlainText(v.get("notes", ""))
        self._watch({"inspection_date": ui.inspectionDateEdit})

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "authority": ui.authorityCombo.currentData(),
            "inspection_date": ui.inspectionDateEdit.current_date(),
            "outcome": ui.outcomeCombo.currentData(),
            "observations": ui.observationsSpin.value(),
            "site_id": ui.siteCombo.currentData(),
            "notes": ui.notesEdit.toPlainText().strip(),
        }

    def errors(self) -> dict[str, str]:
        values = self.values()
        if values["inspection_date"] is None:
            values["inspection_date"] = clock.today()  # its own problem is reported below
        errors = validate(GmpInspection(partner_id=_PLACEHOLDER_PARTNER, **values), clock.today())
        problem = date_problem(self.ui.inspectionDateEdit, tr("date of the inspection"))
        if problem:
            errors["inspection_date"] = problem
        return errors

    def error_labels(self) -> dict[str, QLabel]:
        return {"inspection_date": self.ui.inspectionDateError}
