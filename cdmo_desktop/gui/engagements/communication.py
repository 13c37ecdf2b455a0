"""Communication plan tab: the meetings, calls, reports, data exchanges and site visits
agreed at kickoff, who owns them and when each one happens next."""

from __future__ import annotations

from typing import Any

from cdmo_desktop.domain.cadence import describe, next_occurrence
from cdmo_desktop.domain.enums import Cadence, ChannelKind
from cdmo_desktop.gui.engagements.engagement_records_model import Record, RecordColumn
from cdmo_desktop.gui.engagements.workspace_records import RecordEditor
from cdmo_desktop.gui.format import weekday_date_text
from cdmo_desktop.gui.forms.ui_engagement_channel import Ui_ChannelForm
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.widgets.fields import enum_items, fill_combo
from cdmo_desktop.store.teams import team
from cdmo_desktop.store.workspace import CHANNELS


class ChannelsEditor(RecordEditor):
    register = CHANNELS
    tables = frozenset({"communication_channel", "team_member"})
    form_class = Ui_ChannelForm

    def columns(self) -> list[RecordColumn]:
        return [
            RecordColumn(tr("Name"), lambda r: r["name"]),
            RecordColumn(tr("Kind"), lambda r: message(ChannelKind(r["kind"]).label)),
            RecordColumn(
                tr("Cadence"), lambda r: message(describe(r["cadence"], r["anchor_date"]))
            ),
            RecordColumn(tr("Next"), self._next_text),
            RecordColumn(tr("Owner"), self._owner_text),
            RecordColumn(tr("Participants"), lambda r: r["participants"]),
            RecordColumn(tr("Purpose"), lambda r: r["purpose"]),
        ]

    def bind(self) -> None:
        ui = self.ui
        self._members: dict[str, str] = {}
        fill_combo(ui.kindCombo, enum_items(ChannelKind))
        fill_combo(ui.cadenceCombo, enum_items(Cadence))
        b = self.binder
        b.add("name", ui.nameEdit, ui.nameError)
        b.add("kind", ui.kindCombo, convert=ChannelKind)
        b.add("purpose", ui.purposeEdit)
        b.add("cadence", ui.cadenceCombo, convert=Cadence)
        b.add("anchor_date", ui.anchorDateEdit, ui.anchorDateError)
        b.add("owner_member_id", ui.ownerMemberCombo, ui.ownerMemberIdError)
        b.add("participants", ui.participantsEdit)
        b.add("medium", ui.mediumEdit, ui.mediumError)
        ui.anchorDateEdit.setToolTip(
            tr("A date the channel met or will meet; the next occurrence follows from the cadence.")
        )

    def refresh_choices(self) -> None:
        members = team(self.ctx.store, self.engagement_id)
        self._members = {m.id: m.name for m in members}
        fill_combo(
            self.ui.ownerMemberCombo,
            [(m.id, f"{m.name} ({message(m.side.label)})") for m in members],
            blank=tr("— nobody yet —"),
        )

    def defaults(self) -> dict[str, Any]:
        return {
            "name": "",
            "kind": ChannelKind.MEETING,
            "purpose": "",
            "cadence": Cadence.WEEKLY,
            "anchor_date": None,
            "owner_member_id": None,
            "participants": "",
            "medium": "",
        }

    def finish_values(self, values: dict[str, Any]) -> dict[str, Any]:
        owner = values.get("owner_member_id")
        return {**values, "owner": self._members.get(owner, "") if owner else ""}

    def values_changed(self, values: dict[str, Any]) -> None:
        self.ui.nextLabel.setText(self._next_text(values))

    def _next_text(self, r: dict[str, Any]) -> str:
        cadence = r.get("cadence") or Cadence.AD_HOC
        if r.get("anchor_date") is None:
            return (
                tr("Set a first or last meeting date")
                if cadence != Cadence.AD_HOC
                else tr("When needed")
            )
        nxt = next_occurrence(cadence, r["anchor_date"], self.today())
        if nxt is None:
            return tr("When needed")
        days = (nxt - self.today()).days
        if days == 0:
            when = tr("today")
        elif days == 1:
            when = tr("tomorrow")
        else:
            when = tr("in {days} days").format(days=days)
        return f"{weekday_date_text(nxt)} ({when})"

    def _owner_text(self, r: Record) -> str:
        member = r.get("owner_member_id")
        owner = str(r.get("owner") or "")
        return self._members.get(member, owner) if member else owner
