"""Information sharing tab: what data goes to or comes from the partner, why the partner
needs it, and under which agreement it is shared."""

from __future__ import annotations

from typing import Any

from cdmo_desktop.domain.enums import ShareDirection
from cdmo_desktop.gui.engagements.engagement_records_model import Record, RecordColumn, RowStyle
from cdmo_desktop.gui.engagements.workspace_records import RecordEditor
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.forms.ui_engagement_datashare import Ui_DataShareForm
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.widgets.fields import enum_items, fill_combo
from cdmo_desktop.store.engagements import agreement_choices
from cdmo_desktop.store.workspace import DATA_SHARES


class DataSharesEditor(RecordEditor):
    register = DATA_SHARES
    tables = frozenset({"data_share", "agreement"})
    form_class = Ui_DataShareForm

    def columns(self) -> list[RecordColumn]:
        return [
            RecordColumn(tr("Date"), lambda r: date_text(r["shared_date"])),
            RecordColumn(tr("Item"), lambda r: r["item"]),
            RecordColumn(tr("Direction"), lambda r: message(ShareDirection(r["direction"]).label)),
            RecordColumn(tr("Purpose"), lambda r: r["purpose"]),
            RecordColumn(tr("Why the partner needs it"), lambda r: r["reason_needed"]),
            RecordColumn(tr("Agreement"), self._agreement_text),
            RecordColumn(tr("Restrictions"), lambda r: r["restrictions"]),
        ]

    def bind(self) -> None:
        ui = self.ui
        self._agreements: dict[str, str] = {}
        fill_combo(ui.directionCombo, enum_items(ShareDirection))
        b = self.binder
        b.add("item", ui.itemEdit, ui.itemError)
        b.add("direction", ui.directionCombo, convert=ShareDirection)
        b.add("purpose", ui.purposeEdit)
        b.add("reason_needed", ui.reasonNeededEdit)
        b.add("agreement_id", ui.agreementCombo)
        b.add("agreement_ref", ui.agreementRefEdit, ui.agreementRefError)
        b.add("restrictions", ui.restrictionsEdit)
        b.add("shared_date", ui.sharedDateEdit, ui.sharedDateError)
        b.add("shared_by", ui.sharedByEdit, ui.sharedByError)

    def refresh_choices(self) -> None:
        choices = agreement_choices(self.ctx.store, self.engagement_id)
        self._agreements = {c.id: c.name for c in choices}
        fill_combo(
            self.ui.agreementCombo,
            [(c.id, f"{c.name} ({c.detail})" if c.detail else c.name) for c in choices],
            blank=tr("— not in the app: give a reference below —"),
        )

    def defaults(self) -> dict[str, Any]:
        return {
            "item": "",
            "direction": ShareDirection.TO_PARTNER,
            "purpose": "",
            "reason_needed": "",
            "agreement_id": None,
            "agreement_ref": "",
            "restrictions": "",
            "shared_date": self.today(),
            "shared_by": "",
        }

    def row_style(self, record: Record) -> RowStyle | None:
        if not record.get("agreement_id") and not record.get("agreement_ref"):
            return RowStyle(
                background="warn_bg",
                tooltip=tr("No agreement named: under which agreement was this shared?"),
            )
        return None

    def _agreement_text(self, r: Record) -> str:
        name = self._agreements.get(r.get("agreement_id") or "", "")
        ref = r.get("agreement_ref", "")
        return " — ".join(t for t in (name, ref) if t) or tr("None named")
