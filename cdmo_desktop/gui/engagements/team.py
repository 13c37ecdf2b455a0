"""Team & RACI tab: the named people on both sides (and the consultant), and who is
Responsible, Accountable, Consulted or Informed for each workstream.

A member is typed in, or picked from the client's and the partner's contacts (their name,
side, organisation, role, email and phone fill the form)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from cdmo_desktop.domain.enums import Side
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.engagement_records_model import Record, RecordColumn
from cdmo_desktop.gui.engagements.team_raci import RaciPanel
from cdmo_desktop.gui.engagements.workspace_records import RecordEditor
from cdmo_desktop.gui.forms.ui_engagement_member import Ui_MemberForm
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.widgets.fields import enum_items, fill_combo
from cdmo_desktop.store.clients import Person, engagement_contacts
from cdmo_desktop.store.teams import team
from cdmo_desktop.store.workspace import TEAM_MEMBERS, side_organisations

PICK_CONTACT = QT_TR_NOOP("Pick a contact…")


def _side(r: Record) -> str:
    return message(Side(r["side"]).label) if r.get("side") else ""


class MembersEditor(RecordEditor):
    register = TEAM_MEMBERS
    tables = frozenset({"team_member", "engagement", "contact", "client", "partner"})
    form_class = Ui_MemberForm

    def columns(self) -> list[RecordColumn]:
        return [
            RecordColumn(tr("Name"), lambda r: r["name"]),
            RecordColumn(tr("Side"), _side),
            RecordColumn(tr("Organisation"), lambda r: r["organisation"]),
            RecordColumn(tr("Role"), lambda r: r["role"]),
            RecordColumn(tr("Decides"), lambda r: tr("Yes") if r["is_decision_maker"] else ""),
            RecordColumn(tr("Email"), lambda r: r["email"]),
            RecordColumn(tr("Phone"), lambda r: r["phone"]),
        ]

    def bind(self) -> None:
        ui = self.ui
        self._organisations: dict[str, str] = {}
        fill_combo(ui.sideCombo, enum_items(Side))
        b = self.binder
        b.add("name", ui.nameEdit, ui.nameError)
        b.add("side", ui.sideCombo, convert=Side)
        b.add("organisation", ui.organisationEdit, ui.organisationError)
        b.add("role", ui.roleEdit, ui.roleError)
        b.add("email", ui.emailEdit, ui.emailError)
        b.add("phone", ui.phoneEdit, ui.phoneError)
        b.add("is_decision_maker", ui.isDecisionMakerCheck)
        ui.sideCombo.currentIndexChanged.connect(self._on_side_combo_current_index_changed)
        ui.contactCombo.activated.connect(self._on_contact_combo_activated)

    def refresh_choices(self) -> None:
        organisations = side_organisations(self.ctx.store, self.engagement_id)
        if organisations:
            self._organisations = organisations
        people = engagement_contacts(self.ctx.store, self.engagement_id)
        self._people = {p.contact_id: p for p in people}
        in_team = {m.name.casefold() for m in team(self.ctx.store, self.engagement_id)}
        items = []
        for p in people:
            where = ", ".join(x for x in (p.role, p.organisation) if x)
            mark = tr(" · in the team") if p.name.casefold() in in_team else ""
            items.append((p.contact_id, f"{p.name} ({message(p.side.label)}: {where}){mark}"))
        combo = self.ui.contactCombo
        fill_combo(
            combo, items, blank=tr(PICK_CONTACT) if items else tr("— no contacts on record yet —")
        )
        combo.setCurrentIndex(0)
        combo.setEnabled(bool(items))

    def form_loaded(self) -> None:
        self.ui.contactCombo.setCurrentIndex(0)

    def pick_contact(self, person: Person) -> None:
        """Fill the form with a contact (their role only where the member has none yet)."""
        b = self.binder
        b.set_value("name", person.name)
        b.set_value("side", person.side)
        b.set_value("organisation", person.organisation)
        if not str(b.value("role")).strip():
            b.set_value("role", person.role)
        b.set_value("email", person.email)
        b.set_value("phone", person.phone)

    def defaults(self) -> dict[str, Any]:
        return {
            "name": "",
            "side": Side.PARTNER,
            "organisation": self._organisations.get(Side.PARTNER.value, ""),
            "role": "",
            "email": "",
            "phone": "",
            "is_decision_maker": False,
        }

    def _on_contact_combo_activated(self, index: int) -> None:
        """A picked contact becomes a new member (an unsaved one is filled instead)."""
        person = self._people.get(self.ui.contactCombo.itemData(index))
        if person is None:
            return
        if not self._new:
            self.start_new()
            if not self._new:  # the user kept the record being edited
                self.ui.contactCombo.setCurrentIndex(0)
                return
        self.pick_contact(person)
        self.ui.contactCombo.setCurrentIndex(index)

    def _on_side_combo_current_index_changed(self, _index: int) -> None:
        """A new side suggests its organisation unless the user typed their own."""
        org = self.ui.organisationEdit.text().strip()
        if not org or org in self._organisations.values():
            side = str(self.ui.sideCombo.currentData() or "")
            self.ui.organisationEdit.setText(self._organisations.get(side, ""))


class TeamTab(QWidget):
    """Members on top, the RACI grid below, split so that the grid shows every workstream
    when the screen allows (it gets up to RACI_SHARE of the height first)."""

    RACI_SHARE = 0.65

    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_tab")
        self.members = MembersEditor(ctx, engagement_id, today=today)
        self.raci = RaciPanel(ctx, engagement_id)
        title = QLabel(tr("<b>Team</b>"))
        title.setObjectName("team_title_label")
        title.setToolTip(tr("The named people on both sides, and you"))
        self.members.toolbar.add_group(title, at=0)
        # Two rows of people and a few lines of their form at least: the grid gets the room.
        self.members.table.setMinimumHeight(48)
        form_area = self.members.findChild(QScrollArea, "form_scroll")
        if form_area is not None:
            form_area.setMinimumHeight(48)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("team_splitter")
        self.splitter.addWidget(self.members)
        self.splitter.addWidget(self.raci)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def fit_split(self) -> None:
        """Give the RACI grid the height its rows need (up to RACI_SHARE), the team the
        rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        raci = min(self.raci.needed_height(), int(total * self.RACI_SHARE))
        raci = max(raci, self.raci.minimumSizeHint().height())
        self.splitter.setSizes([total - raci, raci])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.fit_split)

    def is_dirty(self) -> bool:
        return self.members.is_dirty()

    def save(self) -> bool:
        return self.members.save()

    def discard(self) -> None:
        self.members.discard()
