"""Action items of an engagement: who does what by when, where it came from and which
side raised it. Overdue items stand out; a filter shows what the partner raised."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout

from cdmo_desktop.domain.enums import ActionSource, ActionStatus, Side
from cdmo_desktop.gui.engagements.engagement_records_model import Record, RecordColumn, RowStyle
from cdmo_desktop.gui.engagements.workspace_records import RecordEditor
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.forms.ui_engagement_action import Ui_ActionForm
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.widgets.fields import enum_items, fill_combo
from cdmo_desktop.store.teams import team
from cdmo_desktop.store.workspace import ACTION_ITEMS, action_records, is_overdue

_CLOSED = (ActionStatus.DONE, ActionStatus.CANCELLED)


class ActionsEditor(RecordEditor):
    register = ACTION_ITEMS
    tables = frozenset({"action_item", "team_member"})
    form_class = Ui_ActionForm

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.partner_only_check = QCheckBox(tr("Raised by partner only"))
        self.partner_only_check.setObjectName("partner_only_check")
        self.partner_only_check.setToolTip(
            tr("Concerns, traps and better approaches the partner raised (shared ownership)")
        )
        self.open_only_check = QCheckBox(tr("Open only"))
        self.open_only_check.setObjectName("open_only_check")
        super().__init__(*args, **kwargs)
        # Under the buttons, so the register fits a narrow (or 150 %) screen.
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.partner_only_check)
        filters.addWidget(self.open_only_check)
        filters.addStretch(1)
        left = self.table.parentWidget()
        left_layout = left.layout() if left is not None else None
        if isinstance(left_layout, QVBoxLayout):
            left_layout.insertLayout(1, filters)
        self.partner_only_check.toggled.connect(self._on_filter_toggled)
        self.open_only_check.toggled.connect(self._on_filter_toggled)

    def columns(self) -> list[RecordColumn]:
        return [
            RecordColumn(tr("Description"), lambda r: r["description"]),
            RecordColumn(tr("Owner"), lambda r: r["owner"]),
            RecordColumn(tr("Due"), self._due_text),
            RecordColumn(tr("Status"), lambda r: message(ActionStatus(r["status"]).label)),
            RecordColumn(tr("Raised by"), lambda r: message(Side(r["raised_by"]).label)),
            RecordColumn(tr("Source"), lambda r: message(ActionSource(r["source"]).label)),
            RecordColumn(tr("Raised on"), lambda r: date_text(r["raised_date"])),
        ]

    def bind(self) -> None:
        ui = self.ui
        fill_combo(ui.statusCombo, enum_items(ActionStatus))
        fill_combo(ui.sourceCombo, enum_items(ActionSource))
        fill_combo(ui.raisedByCombo, enum_items(Side))
        b = self.binder
        b.add("description", ui.descriptionEdit, ui.descriptionError)
        b.add("owner", ui.ownerCombo, ui.ownerError)
        b.add("due_date", ui.dueDateEdit, ui.dueDateError)
        b.add("status", ui.statusCombo, convert=ActionStatus)
        b.add("source", ui.sourceCombo, convert=ActionSource)
        b.add("raised_by", ui.raisedByCombo, convert=Side)
        b.add("raised_date", ui.raisedDateEdit, ui.raisedDateError)
        b.add("closed_date", ui.closedDateEdit, ui.closedDateError)
        b.add("notes", ui.notesEdit)

    def fetch(self) -> list[Record]:
        return action_records(
            self.ctx.store,
            self.engagement_id,
            raised_by=Side.PARTNER.value if self.partner_only_check.isChecked() else None,
            open_only=self.open_only_check.isChecked(),
        )

    def refresh_choices(self) -> None:
        names = [(m.name, m.name) for m in team(self.ctx.store, self.engagement_id)]
        fill_combo(self.ui.ownerCombo, names)

    def defaults(self) -> dict[str, Any]:
        return {
            "description": "",
            "owner": "",
            "due_date": None,
            "status": ActionStatus.OPEN,
            "source": ActionSource.MEETING,
            "raised_by": Side.CONSULTANT,
            "raised_date": self.today(),
            "closed_date": None,
            "notes": "",
        }

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        errors: dict[str, str] = {}
        raised, due, closed = values["raised_date"], values["due_date"], values["closed_date"]
        if raised and due and due < raised:
            errors["due_date"] = tr("Due date cannot be before the day it was raised.")
        if raised and closed and closed < raised:
            errors["closed_date"] = tr("Closed on cannot be before raised on.")
        if closed and closed > self.today():
            errors.setdefault("closed_date", tr("Closed on cannot be in the future."))
        if closed and values["status"] not in _CLOSED:
            errors.setdefault(
                "closed_date", tr("Only a done or cancelled item has a closing date.")
            )
        return errors

    def finish_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """Marking an item done or cancelled closes it today unless a date was given."""
        if values.get("status") in _CLOSED and values.get("closed_date") is None:
            return {**values, "closed_date": self.today()}
        return values

    def row_style(self, record: Record) -> RowStyle | None:
        due: date | None = record.get("due_date")
        if is_overdue(record["status"], due, self.today()):
            assert due is not None
            days = (self.today() - due).days
            return RowStyle(
                "late_bg", "late_fg", True, tr("Overdue by {days} days").format(days=days)
            )
        if ActionStatus(record["status"]) in _CLOSED:
            return RowStyle(foreground="muted")
        return None

    def count_text(self, rows: list[Record]) -> str:
        overdue = sum(is_overdue(r["status"], r["due_date"], self.today()) for r in rows)
        if overdue:
            return tr("{count} shown, {overdue} overdue").format(count=len(rows), overdue=overdue)
        return tr("{count} shown").format(count=len(rows))

    def _due_text(self, r: Record) -> str:
        due = r.get("due_date")
        if due is None:
            return ""
        if is_overdue(r["status"], due, self.today()):
            return tr("{date} (overdue)").format(date=date_text(due))
        return date_text(due)

    def _on_filter_toggled(self, _checked: bool) -> None:
        self.reload()
