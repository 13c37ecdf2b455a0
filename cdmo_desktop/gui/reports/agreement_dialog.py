"""New / edit agreement: kind, parties, engagement, status, dates, signatories, recitals.

A new agreement starts with the clause set of its kind from the clause library. Saving is
one store write (create_agreement / edit_agreement) committed as one undo step; Save stays
disabled while a field is refused (message beside it), with the store's own checks.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from cdmo_desktop.domain.enums import AgreementKind, AgreementStatus
from cdmo_desktop.domain.models import Agreement, new_id
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.forms.ui_agreement_dialog import Ui_AgreementDialog
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.reports import report_output as output
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.widgets.fields import DateField
from cdmo_desktop.store import conflicts
from cdmo_desktop.store.agreement_edits import create_agreement, edit_agreement
from cdmo_desktop.store.agreements import (
    AGREEMENT_FIELDS,
    agreement_values,
    check_agreement,
    choices,
    engagement_parties,
)


class AgreementDialog(RememberedGeometryDialog):
    def __init__(
        self,
        ctx: AppContext,
        agreement_id: str | None = None,
        parent: QWidget | None = None,
        *,
        engagement_id: str | None = None,
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx = ctx
        self.agreement_id = agreement_id
        self.ui = ui = Ui_AgreementDialog()
        ui.setupUi(self)
        self.setWindowTitle(tr("New agreement") if agreement_id is None else tr("Edit agreement"))
        self.dates: dict[str, DateField] = {
            "effective_date": ui.effectiveDateEdit,
            "expiry_date": ui.expiryDateEdit,
            "signed_date": ui.signedDateEdit,
        }
        for value, text in AgreementKind.choices():
            ui.kindCombo.addItem(message(text), value)
        for value, text in AgreementStatus.choices():
            ui.statusCombo.addItem(message(text), value)
        lists = choices(ctx.store)
        self._versions = conflicts.Versions()  # of the agreement, read before its values
        if agreement_id:
            self._versions = conflicts.opened(ctx.store, Agreement, agreement_id)
        original = agreement_values(ctx.store, agreement_id) if agreement_id else None
        parties = engagement_parties(ctx.store, engagement_id) if engagement_id else None
        ui.partnerCombo.addItem(tr("Choose the partner…"), None)
        ui.clientCombo.addItem(tr("Choose the client…"), None)
        ui.engagementCombo.addItem(tr("— not tied to one engagement —"), None)
        for combo, key in (
            (ui.partnerCombo, "partner"),
            (ui.clientCombo, "client"),
            (ui.engagementCombo, "engagement"),
        ):
            for row_id, name in lists[key]:
                combo.addItem(name, row_id)
        self._original = original or self._defaults(engagement_id, parties)
        self.set_values(self._original)
        ui.kindNote.setVisible(agreement_id is None)
        ui.kindNote.setText(
            tr("A new agreement starts with the clauses of its kind from the library.")
        )
        self._connect()
        self.refresh()

    def _defaults(
        self, engagement_id: str | None, parties: tuple[str, str] | None
    ) -> dict[str, Any]:
        values: dict[str, Any] = {f: "" for f in AGREEMENT_FIELDS}
        values.update(
            kind=AgreementKind.MASTER_SERVICES.value,
            status=AgreementStatus.DRAFT.value,
            version=1,
            effective_date=None,
            expiry_date=None,
            signed_date=None,
            engagement_id=engagement_id,
            client_id=parties[0] if parties else None,
            partner_id=parties[1] if parties else None,
            title=message(AgreementKind.MASTER_SERVICES.label),
        )
        return values

    def _connect(self) -> None:
        ui = self.ui
        for edit in (
            ui.titleEdit, ui.referenceEdit, ui.governingLawEdit, ui.clientSignatoryEdit,
            ui.clientSignatoryTitleEdit, ui.partnerSignatoryEdit, ui.partnerSignatoryTitleEdit,
        ):  # fmt: skip
            edit.textChanged.connect(self.refresh)
        for combo in (
            ui.kindCombo,
            ui.statusCombo,
            ui.partnerCombo,
            ui.clientCombo,
            ui.engagementCombo,
        ):
            combo.currentIndexChanged.connect(self.refresh)
        ui.versionSpin.valueChanged.connect(self.refresh)
        ui.recitalsEdit.textChanged.connect(self.refresh)
        ui.notesEdit.textChanged.connect(self.refresh)
        for field in self.dates.values():  # checked when the user leaves the field
            field.value_changed.connect(self.refresh)
            field.message_changed.connect(self.refresh)
        ui.kindCombo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    # --- values ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "title": ui.titleEdit.text().strip(),
            "kind": ui.kindCombo.currentData(),
            "status": ui.statusCombo.currentData(),
            "version": ui.versionSpin.value(),
            "reference": ui.referenceEdit.text().strip(),
            "partner_id": ui.partnerCombo.currentData(),
            "client_id": ui.clientCombo.currentData(),
            "engagement_id": ui.engagementCombo.currentData(),
            "governing_law": ui.governingLawEdit.text().strip(),
            **{k: d.current_date() for k, d in self.dates.items()},
            "client_signatory": ui.clientSignatoryEdit.text().strip(),
            "client_signatory_title": ui.clientSignatoryTitleEdit.text().strip(),
            "partner_signatory": ui.partnerSignatoryEdit.text().strip(),
            "partner_signatory_title": ui.partnerSignatoryTitleEdit.text().strip(),
            "recitals": ui.recitalsEdit.toPlainText(),
            "notes": ui.notesEdit.toPlainText(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        ui = self.ui
        ui.titleEdit.setText(values["title"] or "")
        for combo, key in (
            (ui.kindCombo, "kind"),
            (ui.statusCombo, "status"),
            (ui.partnerCombo, "partner_id"),
            (ui.clientCombo, "client_id"),
            (ui.engagementCombo, "engagement_id"),
        ):
            raw = values[key]
            combo.setCurrentIndex(max(0, combo.findData(getattr(raw, "value", raw))))
        ui.versionSpin.setValue(int(values["version"] or 1))
        ui.referenceEdit.setText(values["reference"] or "")
        ui.governingLawEdit.setText(values["governing_law"] or "")
        for key, field in self.dates.items():
            field.set_value(values[key])
        ui.clientSignatoryEdit.setText(values["client_signatory"] or "")
        ui.clientSignatoryTitleEdit.setText(values["client_signatory_title"] or "")
        ui.partnerSignatoryEdit.setText(values["partner_signatory"] or "")
        ui.partnerSignatoryTitleEdit.setText(values["partner_signatory_title"] or "")
        ui.recitalsEdit.setPlainText(values["recitals"] or "")
        ui.notesEdit.setPlainText(values["notes"] or "")

    def changes(self) -> dict[str, Any]:
        current = self.values()
        return {
            k: v
            for k, v in current.items()
            if getattr(self._original[k], "value", self._original[k]) != v
        }

    def errors(self) -> dict[str, str]:
        """The fields that may not be saved: a date whose text cannot be read, then the
        store's own checks."""
        errors = {k: d.message() for k, d in self.dates.items() if d.message()}
        for field, text in check_agreement(self.values()).items():
            errors.setdefault(field, text)
        return errors

    def refresh(self, *_args: object) -> None:
        errors = self.errors()
        ui = self.ui
        for label, key in (
            (ui.titleError, "title"),
            (ui.partnerError, "partner_id"),
            (ui.clientError, "client_id"),
            (ui.effectiveError, "effective_date"),
            (ui.expiryError, "expiry_date"),
            (ui.signedError, "signed_date"),
            (ui.recitalsError, "recitals"),
        ):
            label.setText(message(errors.get(key, "")))
            label.setVisible(key in errors)
        dirty = self.agreement_id is None or bool(self.changes())  # a new one saves as is
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not errors and dirty)

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        if self.agreement_id is None and not self.ui.titleEdit.isModified():
            self.ui.titleEdit.setText(self.ui.kindCombo.currentText())

    # --- saving and leaving (gui.unsaved.Editable) ----------------------------------------
    def is_dirty(self) -> bool:
        return bool(self.changes())

    def save(self) -> bool:
        if self.errors():
            self.refresh()
            return False
        agreement_id = self.agreement_id or new_id()
        try:
            if self.agreement_id is None:
                store = self.ctx.store
                changeset = create_agreement(store, self.values(), agreement_id=agreement_id)
            else:
                saved = guarded_save(
                    self,
                    self._versions,
                    partial(edit_agreement, self.ctx.store, agreement_id),
                    mine=self.values(),
                    first=self.changes(),
                    reload=self._reload_theirs,
                )
                if saved is None:
                    return False
                changeset = saved
        except REFUSALS as exc:
            QMessageBox.warning(self, tr("Agreement not saved"), refusal_text(exc))
            return False
        self.agreement_id = agreement_id
        commit(self.ctx, changeset, initiator=self)
        self._original = self.values()
        self.accept()
        return True

    def discard(self) -> None:
        self.set_values(self._original)
        self.refresh()

    def _reload_theirs(self) -> None:
        """The conflict dialog's Reload: the agreement as saved now, my edits dropped."""
        assert self.agreement_id is not None
        self._versions = conflicts.opened(self.ctx.store, Agreement, self.agreement_id)
        self._original = agreement_values(self.ctx.store, self.agreement_id) or self._original
        self.discard()

    def restore_geometry(self) -> bool:
        """The size the user left it at, shrunk to fit a small screen."""
        restored = super().restore_geometry()
        output.fit_on_screen(self)
        return restored

    def reject(self) -> None:
        if not self.is_dirty():
            super().reject()
            return
        answer = QMessageBox.question(
            self,
            tr("Discard changes?"),
            tr("The agreement has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            super().reject()
