"""The editable fields of the partner profile: loading a partner's values into the Designer
widgets, reading them back, and showing each field's error under it (once the user left the
field, see field_checks)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from cdmo_desktop.domain import capabilities, clock, derive, geo
from cdmo_desktop.domain.enums import PartnerKind, QualificationStatus
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.gui.confirm import ask_to_archive
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.forms.ui_partner_profile import Ui_PartnerProfile
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.partners import partner_fields as pf
from cdmo_desktop.gui.partners.field_checks import FieldChecks, Source
from cdmo_desktop.gui.widgets.fields import (
    DateField,
    changed_signal,
    enum_items,
    fill_combo,
    set_combo_value,
    show_error,
)
from cdmo_desktop.gui.widgets.fitting import align_label_columns
from cdmo_desktop.store import Store, partners

DATE_FIELDS = (
    ("cda_signed_date", "cdaSigned"),
    ("cda_expiry_date", "cdaExpiry"),
    ("quality_agreement_date", "qaSigned"),
    ("quality_agreement_expiry", "qaExpiry"),
    ("msa_signed_date", "msaSigned"),
)
TEXT_FIELDS = (
    ("name", "nameEdit"),
    ("legal_name", "legalNameEdit"),
    ("website", "websiteEdit"),
    ("city", "cityEdit"),
    ("languages", "languagesEdit"),
)
FIELD_NAMES = {
    "name": QT_TR_NOOP("Name"),
    "website": QT_TR_NOOP("Website"),
    "country": QT_TR_NOOP("Country"),
    "time_zone": QT_TR_NOOP("Time zone"),
    "cda_signed_date": QT_TR_NOOP("CDA signed"),
    "cda_expiry_date": QT_TR_NOOP("CDA expiry"),
    "quality_agreement_date": QT_TR_NOOP("Quality agreement signed"),
    "quality_agreement_expiry": QT_TR_NOOP("Quality agreement expiry"),
    "msa_signed_date": QT_TR_NOOP("MSA signed"),
}
NEW_PARTNER_DEFAULTS: dict[str, Any] = {
    "kind": PartnerKind.CDMO.value,
    "qualification_status": QualificationStatus.PROSPECT.value,
}


class ProfileForm(QObject):
    """`changed` fires on any edit; `checks.left(field)` when the user finished editing a
    field (the time to tell what is wrong with it, see field_checks). `values()` returns
    the Partner column values the form edits (tags joined the way the store keeps them)."""

    changed = Signal()
    PROFILE_FIELDS = frozenset(
        [f for f, _ in TEXT_FIELDS]
        + [f for f, _ in DATE_FIELDS]
        + ["kind", "country", "registered_address", "time_zone", "capabilities", "scales"]
        + ["technology_platforms", "notes"]
    )

    def __init__(self, ui: Ui_PartnerProfile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._loading = False
        fill_combo(ui.kindCombo, enum_items(PartnerKind))
        fill_combo(ui.qualificationCombo, enum_items(QualificationStatus))
        align_label_columns(ui.identityForm, ui.locationForm)
        self.capabilities, self.scales, self.platforms = pf.tag_lists(ui, self, "partner")
        self.dates: dict[str, DateField] = {
            field: getattr(ui, f"{prefix}Date") for field, prefix in DATE_FIELDS
        }
        self.checks = FieldChecks(self)
        for field, source in self._sources().items():
            self.checks.watch(field, source)
        for tags in (self.capabilities, self.scales, self.platforms):
            tags.changed.connect(self._emit)
        editors: list[QWidget] = [getattr(ui, name) for _f, name in TEXT_FIELDS]
        editors += [ui.kindCombo, ui.qualificationCombo, ui.countryCombo, ui.timeZoneCombo]
        editors += [ui.registeredAddressEdit, ui.notesEdit, *self.dates.values()]
        for editor in editors:
            changed_signal(editor).connect(self._emit)
        ui.countryCombo.value_changed.connect(self._on_country_combo_value_changed)
        self.clear()

    def _sources(self) -> dict[str, Source]:
        ui = self.ui
        out: dict[str, Source] = {field: getattr(ui, name) for field, name in TEXT_FIELDS}
        out.update(self.dates)
        out.update(
            kind=ui.kindCombo,
            qualification_status=ui.qualificationCombo,
            country=ui.countryCombo,
            time_zone=ui.timeZoneCombo,
            capabilities=self.capabilities,
            scales=self.scales,
            technology_platforms=self.platforms,
        )
        return out

    def _emit(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_country_combo_value_changed(self, _code: object) -> None:
        if not self._loading:
            self.ui.timeZoneCombo.suggest_for(self.ui.countryCombo)

    # --- values -------------------------------------------------------------------------
    def clear(self) -> None:
        self.load(NEW_PARTNER_DEFAULTS)

    def load(self, p: dict[str, Any]) -> None:
        ui = self.ui
        self._loading = True
        self.checks.quiet(True)
        try:
            for field, name in TEXT_FIELDS:
                edit = getattr(ui, name)
                edit.setText(p.get(field) or "")
                edit.home(False)  # a long value reads from its start
            set_combo_value(ui.kindCombo, p.get("kind") or PartnerKind.CDMO)
            set_combo_value(
                ui.qualificationCombo, p.get("qualification_status") or QualificationStatus.PROSPECT
            )
            ui.countryCombo.set_value(p.get("country") or None)
            ui.timeZoneCombo.set_value(p.get("time_zone") or None)
            ui.registeredAddressEdit.setPlainText(p.get("registered_address") or "")
            ui.notesEdit.setPlainText(p.get("notes") or "")
            self.capabilities.set_tags(capabilities.split_tags(p.get("capabilities")))
            self.scales.set_tags(capabilities.split_tags(p.get("scales")))
            self.platforms.set_tags(capabilities.split_tags(p.get("technology_platforms")))
            for field, edit in self.dates.items():
                edit.set_value(p.get(field))
        finally:
            self.checks.quiet(False)
            self._loading = False
        self.checks.reset()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        out: dict[str, Any] = {
            field: getattr(ui, name).text().strip() for field, name in TEXT_FIELDS
        }
        out.update(
            kind=ui.kindCombo.currentData(),
            qualification_status=ui.qualificationCombo.currentData(),
            country=pf.picked(ui.countryCombo) or "",
            time_zone=pf.picked(ui.timeZoneCombo) or "",
            registered_address=ui.registeredAddressEdit.toPlainText().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
            capabilities=capabilities.join_tags(self.capabilities.tags()),
            scales=capabilities.join_tags(self.scales.tags()),
            technology_platforms=capabilities.join_tags(self.platforms.tags()),
        )
        out.update({field: edit.current_date() for field, edit in self.dates.items()})
        return out

    def unreadable(self) -> dict[str, str]:
        """Text that means nothing yet: a country or time zone not in the lists, a date
        that is not one. `values()` reads such a field as empty."""
        errors = pf.pick_errors(self.ui.countryCombo, self.ui.timeZoneCombo)
        for field, edit in self.dates.items():
            if edit.message():
                errors[field] = edit.message()
        return errors

    def errors(self, store: Store, partner_id: str | None) -> dict[str, str]:
        """Every reason the form cannot be saved as partner `partner_id` (None: a new one),
        by field: the store's rules, a unique name, and text that reads as nothing."""
        values = self.values()
        transient = Partner(**values)
        derive.apply(transient)
        errors = {k: v for k, v in validate(transient, clock.today()).items() if k in values}
        for signed, expiry, what in (
            ("cda_signed_date", "cda_expiry_date", tr("The CDA")),
            ("quality_agreement_date", "quality_agreement_expiry", tr("The quality agreement")),
        ):
            if values[signed] and values[expiry] and values[expiry] < values[signed]:
                errors[expiry] = tr("{what} cannot expire before it was signed.").format(what=what)
        name = values["name"]
        if not name:
            errors["name"] = tr("Name is required.")
        else:
            other = partners.name_in_use(store, name, partner_id)
            if other:
                errors["name"] = tr(
                    "“{name}” is already in the register (names are unique, ignoring case)."
                ).format(name=other)
        errors.update(self.unreadable())
        return errors

    # --- messages -----------------------------------------------------------------------
    def error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        labels = {
            "name": ui.nameError,
            "website": ui.websiteError,
            "country": ui.countryError,
            "time_zone": ui.timeZoneError,
        }
        labels.update({field: getattr(ui, f"{prefix}Error") for field, prefix in DATE_FIELDS})
        return labels

    def show_errors(self, errors: dict[str, str]) -> None:
        for field, label in self.error_labels().items():
            show_error(label, errors.get(field, ""))

    def summary(self, errors: dict[str, str]) -> str:
        """One line under Save: which fields stop the save (the reasons are under them)."""
        if not errors:
            return ""
        shown = self.error_labels()
        names = [FIELD_NAMES[f] for f in shown if f in errors]
        others = [m for f, m in errors.items() if f not in shown]
        count = len(errors)
        n = number_text(count)
        if names:
            text = (
                tr("Cannot save yet, {count} problem: {fields} (see the red notes).")
                if count == 1
                else tr("Cannot save yet, {count} problems: {fields} (see the red notes).")
            ).format(count=n, fields=", ".join(tr(name) for name in names))
        else:
            text = (
                tr("Cannot save yet, {count} problem.")
                if count == 1
                else tr("Cannot save yet, {count} problems.")
            ).format(count=n)
        return " ".join([text, *(message(m) for m in others)])

    def show_similar(self, names: list[str]) -> None:
        text = ""
        if names:
            text = tr("Similar to {names}: a duplicate?").format(
                names=", ".join(f"“{n}”" for n in names[:3])
            )
        self.ui.nameWarning.setText(text)
        self.ui.nameWarning.setVisible(bool(text))


def header_texts(values: dict[str, Any], dirty: bool) -> tuple[str, str]:
    """("Hollis Ridge Pharma *", "CDMO · Durham, United States · Approved")."""
    title = (values["name"] or tr("New partner")) + (" *" if dirty else "")
    country = geo.shown_name(values["country"])
    place = ", ".join(filter(None, [values["city"], country]))
    parts = [message(PartnerKind(values["kind"]).label), place]
    parts.append(message(QualificationStatus(values["qualification_status"]).label))
    return title, " · ".join(filter(None, parts))


def banner_text(removed: bool, archived: bool, archived_at: Any) -> str:
    if removed:
        return tr(
            "This partner no longer exists: its creation was undone. "
            "Redo (Ctrl+Shift+Z) brings it back."
        )
    if archived:
        if isinstance(archived_at, datetime):
            return tr(
                "Archived on {date}: hidden from the register and from new engagements. "
                "Restore it to work with it again."
            ).format(date=date_text(archived_at.astimezone().date()))
        return tr(
            "Archived: hidden from the register and from new engagements. "
            "Restore it to work with it again."
        )
    return ""


def confirm_similar(parent: QWidget, name: str, similar: list[str]) -> bool:
    """Ask before saving a partner whose name resembles others' ("a duplicate?")."""
    listing = "\n".join(f"• {n}" for n in similar)
    answer = QMessageBox.question(
        parent,
        tr("Possible duplicate"),
        tr(
            "The register already has a partner with a similar name:\n{listing}\n\n"
            "Save “{name}” as a separate partner anyway?"
        ).format(listing=listing, name=name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def confirm_archive(parent: QWidget, name: str) -> bool:
    return ask_to_archive(
        parent,
        "partner",
        name,
        tr(
            "It leaves the register and the pickers for new engagements; its engagements and "
            "history stay."
        ),
    )
