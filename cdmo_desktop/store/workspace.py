"""The registers of an engagement's workspace: team members, communication channels, data
shares, decisions and action items.

Each register is a `Register`: its records (plain dicts of column values with the id) and
three use cases, `add`, `edit` and `remove`, that take plain values and return a ChangeSet
labelled as the user sees it in Edit > Undo ("Delete team member Li Wei"). Removing a row
takes what follows it (a member's RACI cells, kickoff attendance and channel ownership);
the ChangeSet holds those rows too, so undo brings them back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, func, select

from cdmo_desktop.domain.enums import ActionStatus, Side
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdmo_desktop.domain.models import (
    ActionItem,
    Client,
    CommunicationChannel,
    DataShare,
    Decision,
    Engagement,
    Milestone,
    Partner,
    TeamMember,
    new_id,
)
from cdmo_desktop.store.changesets import values_of
from cdmo_desktop.store.engagement_edits import get_row, set_values, write_labelled
from cdmo_desktop.store.engagements import decision_gates
from cdmo_desktop.store.teams import list_team

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

Record = dict[str, Any]


def record_of(obj: SQLModel) -> Record:
    return {"id": obj.id, **values_of(obj)}  # type: ignore[attr-defined]


def _listing(model: Any, *order: Any) -> Callable[[Session, str], list[Any]]:
    def rows(session: Session, engagement_id: str) -> list[Any]:
        query = select(model).where(model.engagement_id == engagement_id)
        return list(session.exec(query.order_by(*order, model.id)).all())

    return rows


@dataclass(frozen=True)
class Register:
    """One register of the workspace. `noun` names a record in undo texts; `name_field`
    holds its name; `listing` reads the engagement's rows in the register's order."""

    model: type[SQLModel]
    noun: str
    listing: Callable[[Session, str], list[Any]]
    name_field: str = "name"

    def name_of(self, values: Mapping[str, Any]) -> str:
        """The record's name for messages: the first line of its name field, shortened."""
        text = str(values.get(self.name_field) or "").strip()
        return text.splitlines()[0][:60] if text else ""

    def label(self, bare: str, named: str, values: Mapping[str, Any]) -> Message:
        """The undo text: `named` with the record's noun and name, `bare` without a name."""
        noun = msg(NOUNS.get(self.noun, self.noun))
        name = self.name_of(values)
        return msg(named, noun=noun, name=name) if name else msg(bare, noun=noun)

    def records(self, store: Store, engagement_id: str) -> list[Record]:
        with store.read() as s:
            return [record_of(r) for r in self.listing(s, engagement_id)]

    def add(
        self,
        store: Store,
        engagement_id: str,
        values: Mapping[str, Any],
        *,
        record_id: str | None = None,
    ) -> ChangeSet:
        """A new record; a register kept in order puts it last unless `values` say where."""
        model: Any = self.model

        def work(s: Session) -> str:
            extra: dict[str, Any] = {}
            if "position" in model.model_fields and "position" not in values:
                count = select(func.count()).select_from(model)
                extra["position"] = s.exec(count.where(model.engagement_id == engagement_id)).one()
            row = model(id=record_id or new_id(), engagement_id=engagement_id, **values, **extra)
            s.add(row)
            return self.label(
                QT_TRANSLATE_NOOP("messages", "Add {noun}"),
                QT_TRANSLATE_NOOP("messages", "Add {noun} {name}"),
                values,
            )

        return write_labelled(store, work)

    def edit(self, store: Store, record_id: str, changes: Mapping[str, Any]) -> ChangeSet:
        """Set the given fields of the record."""

        def work(s: Session) -> str:
            row = get_row(s, self.model, record_id)
            set_values(row, changes)
            return self.label(
                QT_TRANSLATE_NOOP("messages", "Edit {noun}"),
                QT_TRANSLATE_NOOP("messages", "Edit {noun} {name}"),
                values_of(row),
            )

        return write_labelled(store, work)

    def remove(self, store: Store, record_id: str) -> ChangeSet:
        """Delete the record and what follows it (undo brings all of it back)."""

        def work(s: Session) -> str:
            row = get_row(s, self.model, record_id)
            s.delete(row)
            return self.label(
                QT_TRANSLATE_NOOP("messages", "Delete {noun}"),
                QT_TRANSLATE_NOOP("messages", "Delete {noun} {name}"),
                values_of(row),
            )

        return write_labelled(store, work)


# The registers' nouns inside undo texts ("Delete team member Li Wei").
NOUNS = {
    "team member": QT_TRANSLATE_NOOP("messages", "team member"),
    "channel": QT_TRANSLATE_NOOP("messages", "channel"),
    "shared item": QT_TRANSLATE_NOOP("messages", "shared item"),
    "decision": QT_TRANSLATE_NOOP("messages", "decision"),
    "action item": QT_TRANSLATE_NOOP("messages", "action item"),
}
TEAM_MEMBERS = Register(TeamMember, "team member", list_team)
CHANNELS = Register(
    CommunicationChannel,
    "channel",
    _listing(CommunicationChannel, col(CommunicationChannel.position)),
)
DATA_SHARES = Register(
    DataShare,
    "shared item",
    _listing(DataShare, col(DataShare.shared_date).desc(), col(DataShare.item)),
    "item",
)
DECISIONS = Register(
    Decision, "decision", _listing(Decision, col(Decision.decision_date).desc()), "title"
)


# --- action items -----------------------------------------------------------------------
OPEN_ACTION_STATUSES = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


def list_actions(
    session: Session,
    engagement_id: str,
    *,
    raised_by: str | None = None,
    open_only: bool = False,
    overdue_on: date | None = None,
) -> list[ActionItem]:
    """Open items first, each group in due order (undated last); filters run in SQL."""
    query = select(ActionItem).where(ActionItem.engagement_id == engagement_id)
    if raised_by:
        query = query.where(ActionItem.raised_by == raised_by)
    if open_only or overdue_on is not None:
        query = query.where(col(ActionItem.status).in_(OPEN_ACTION_STATUSES))
    if overdue_on is not None:
        query = query.where(col(ActionItem.due_date) < overdue_on)
    closed = sa.case((col(ActionItem.status).in_(OPEN_ACTION_STATUSES), 0), else_=1)
    query = query.order_by(
        closed, col(ActionItem.due_date).is_(None), col(ActionItem.due_date), col(ActionItem.id)
    )
    return list(session.exec(query).all())


def action_records(
    store: Store, engagement_id: str, *, raised_by: str | None = None, open_only: bool = False
) -> list[Record]:
    with store.read() as s:
        rows = list_actions(s, engagement_id, raised_by=raised_by, open_only=open_only)
        return [record_of(a) for a in rows]


def is_overdue(status: str, due: date | None, today: date) -> bool:
    return due is not None and due < today and str(status) in OPEN_ACTION_STATUSES


ACTION_ITEMS = Register(ActionItem, "action item", list_actions, "description")


# --- pick lists -------------------------------------------------------------------------
def side_organisations(store: Store, engagement_id: str) -> dict[str, str]:
    """Side value -> the organisation a new member of that side belongs to."""
    with store.read() as s:
        eng = s.get(Engagement, engagement_id)
        if eng is None:
            return {}
        client = s.get(Client, eng.client_id)
        partner = s.get(Partner, eng.partner_id)
    return {
        Side.CLIENT.value: client.name if client else "",
        Side.PARTNER.value: partner.name if partner else "",
        Side.CONSULTANT.value: "",
    }


def decision_choices(store: Store, engagement_id: str) -> tuple[list[Milestone], list[TeamMember]]:
    """The decision gates a decision may belong to and the people who may decide."""
    with store.read() as s:
        return decision_gates(s, engagement_id), list_team(s, engagement_id)
