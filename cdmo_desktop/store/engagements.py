"""Engagement queries and writes: the paged list, clients, choices for the forms, the
registers of the workspace (channels, data shares, decisions, actions) and change sets.

Writes go through *change sets* (store.changesets); `delete_states` adds the rows that
follow a deleted workspace row, so undo brings them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from cdmo_desktop.domain.enums import ActionStatus, EngagementStatus, MilestoneKind, Phase, Rag
from cdmo_desktop.domain.models import (
    ActionItem,
    Agreement,
    Client,
    CommunicationChannel,
    Contact,
    DataShare,
    Decision,
    Engagement,
    KickoffAttendee,
    Milestone,
    Partner,
    RaciAssignment,
    Risk,
    TeamMember,
    Workstream,
)
from cdmo_desktop.store.changesets import RowState, values_of

# --- change sets (see store.changesets) ------------------------------------------------
# Rows that follow a deleted parent (ON DELETE CASCADE / SET NULL), kept so undo restores them.
_CASCADE: dict[type[SQLModel], list[tuple[type[SQLModel], str]]] = {
    TeamMember: [(RaciAssignment, "team_member_id"), (KickoffAttendee, "team_member_id")],
    Workstream: [(RaciAssignment, "workstream_id")],
}
_SET_NULL: dict[type[SQLModel], list[tuple[type[SQLModel], str]]] = {
    TeamMember: [(CommunicationChannel, "owner_member_id")],
    Decision: [(Risk, "realized_decision_id")],
}


def delete_states(session: Session, model: type[SQLModel], row_id: str) -> list[RowState]:
    """Target states for deleting one row of the workspace, with what follows it."""
    states = [RowState(model, row_id, None)]
    for child, column in _CASCADE.get(model, []):
        rows = session.exec(select(child).where(getattr(child, column) == row_id)).all()
        states.extend(RowState(child, r.id, None) for r in rows)  # type: ignore[attr-defined]
    for child, column in _SET_NULL.get(model, []):
        rows = session.exec(select(child).where(getattr(child, column) == row_id)).all()
        states.extend(
            RowState(child, r.id, {**values_of(r), column: None})  # type: ignore[attr-defined]
            for r in rows
        )
    return states


# --- the engagements list ---------------------------------------------------------------
E = sa.inspect(Engagement).local_table
C = sa.inspect(Client).local_table
P = sa.inspect(Partner).local_table

HEADERS = (
    "Title",
    "Client",
    "Partner",
    "Program / compound",
    "Phase",
    "Status",
    "Start",
    "End",
    "RAG",
)


@dataclass(frozen=True)
class EngagementRow:
    id: str
    title: str
    client: str
    partner: str
    program: str
    compound: str
    phase: str
    status: str
    start_date: date | None
    end_date: date | None
    rag: str | None
    archived: bool
    client_id: str
    partner_id: str

    @property
    def program_compound(self) -> str:
        return " · ".join(p for p in (self.program, self.compound) if p)


def _order_case(column: Any, values: Sequence[str]) -> Any:
    return sa.case({v: i for i, v in enumerate(values)}, value=column, else_=len(values))


_SORT_KEYS: list[Any] = [
    sa.func.lower(E.c.title),
    sa.func.lower(C.c.name),
    sa.func.lower(P.c.name),
    sa.func.lower(E.c.program + " " + E.c.compound),
    _order_case(E.c.phase, [p.value for p in Phase]),
    _order_case(E.c.status, [s.value for s in EngagementStatus]),
    E.c.start_date,
    E.c.end_date,
    _order_case(E.c.rag, [Rag.RED.value, Rag.AMBER.value, Rag.GREEN.value]),
]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def engagement_where(filters: dict[str, Any]) -> list[Any]:
    """Filters: text (words in title, program, compound, client or partner), status,
    phase, rag, partner_id, client_id, show_archived (archived rows are hidden otherwise),
    archived_only."""
    clauses: list[Any] = []
    for word in str(filters.get("text", "")).split():
        pattern = _like(word)
        clauses.append(
            sa.or_(
                *(
                    sa.func.lower(c).like(pattern, escape="\\")
                    for c in (E.c.title, E.c.program, E.c.compound, C.c.name, P.c.name)
                )
            )
        )
    for key in ("id", "status", "phase", "rag", "partner_id", "client_id"):
        if value := filters.get(key):
            clauses.append(E.c[key] == str(value))
    if filters.get("archived_only"):
        clauses.append(E.c.archived.is_(True))
    elif not filters.get("show_archived"):
        clauses.append(E.c.archived.is_(False))
    return clauses


def _list_query(columns: Sequence[Any], filters: dict[str, Any]) -> Any:
    joined = E.join(C, C.c.id == E.c.client_id).join(P, P.c.id == E.c.partner_id)
    return sa.select(*columns).select_from(joined).where(*engagement_where(filters))


def count_engagements(session: Session, filters: dict[str, Any]) -> int:
    return int(session.execute(_list_query([sa.func.count()], filters)).scalar_one())


def fetch_engagements(
    session: Session,
    filters: dict[str, Any],
    sort_column: int = 0,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[EngagementRow]:
    key = _SORT_KEYS[sort_column if 0 <= sort_column < len(_SORT_KEYS) else 0]
    order = [key.desc() if descending else key.asc()]
    if sort_column in (6, 7):  # undated rows last either way
        order.insert(0, key.is_(None))
    columns = [
        E.c.id,
        E.c.title,
        C.c.name,
        P.c.name,
        E.c.program,
        E.c.compound,
        E.c.phase,
        E.c.status,
        E.c.start_date,
        E.c.end_date,
        E.c.rag,
        E.c.archived,
        E.c.client_id,
        E.c.partner_id,
    ]
    query = _list_query(columns, filters).order_by(*order, sa.func.lower(E.c.title), E.c.id)
    rows = session.execute(query.offset(offset).limit(limit)).all()
    return [EngagementRow(*r) for r in rows]


def get_engagement_row(session: Session, engagement_id: str) -> EngagementRow | None:
    rows = fetch_engagements(session, {"show_archived": True, "id": engagement_id}, limit=1)
    return rows[0] if rows else None


# --- choices for the forms --------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    detail: str = ""


def partner_choices(session: Session, keep: str | None = None) -> list[Choice]:
    """Partners one can engage (not archived), plus `keep` even if archived since."""
    query = select(Partner).where(sa.or_(col(Partner.archived).is_(False), col(Partner.id) == keep))
    rows = session.exec(query.order_by(col(Partner.name_key))).all()
    return [Choice(p.id, p.name, p.kind.label if p.kind else "") for p in rows]


def client_choices(session: Session, keep: str | None = None) -> list[Choice]:
    query = select(Client).where(sa.or_(col(Client.archived).is_(False), col(Client.id) == keep))
    rows = session.exec(query.order_by(sa.func.lower(Client.name))).all()
    return [Choice(c.id, c.name, c.legal_name) for c in rows]


def client_name_taken(session: Session, name: str, except_id: str | None = None) -> bool:
    key = " ".join(name.split()).casefold()
    rows = session.exec(select(Client.id, Client.name)).all()
    return any(" ".join(n.split()).casefold() == key and i != except_id for i, n in rows)


def client_contacts(session: Session, client_id: str) -> list[Contact]:
    query = select(Contact).where(Contact.client_id == client_id)
    return list(session.exec(query.order_by(sa.func.lower(Contact.name))).all())


def decision_gates(session: Session, engagement_id: str) -> list[Milestone]:
    """The engagement's go/no-go gates in date order (the charter's decision points)."""
    query = select(Milestone).where(
        Milestone.engagement_id == engagement_id, Milestone.kind == MilestoneKind.DECISION_GATE
    )
    return list(session.exec(query.order_by(col(Milestone.planned_finish))).all())


def agreement_choices(session: Session, engagement_id: str) -> list[Choice]:
    """Agreements with this engagement's partner (for the information-sharing register)."""
    eng = session.get(Engagement, engagement_id)
    if eng is None:
        return []
    query = select(Agreement).where(Agreement.partner_id == eng.partner_id)
    rows = session.exec(query.order_by(sa.func.lower(Agreement.title))).all()
    return [Choice(a.id, a.title, a.kind.label if a.kind else "") for a in rows]


# --- registers of the workspace ---------------------------------------------------------
def list_rows(
    session: Session, model: type[SQLModel], engagement_id: str, *order: Any
) -> list[Any]:
    query = select(model).where(model.engagement_id == engagement_id)  # type: ignore[attr-defined]
    return list(session.exec(query.order_by(*order, model.id)).all())  # type: ignore[attr-defined]


def list_channels(session: Session, engagement_id: str) -> list[CommunicationChannel]:
    return list_rows(
        session, CommunicationChannel, engagement_id, col(CommunicationChannel.position)
    )


def list_data_shares(session: Session, engagement_id: str) -> list[DataShare]:
    return list_rows(
        session, DataShare, engagement_id, col(DataShare.shared_date).desc(), col(DataShare.item)
    )


def list_decisions(session: Session, engagement_id: str) -> list[Decision]:
    return list_rows(session, Decision, engagement_id, col(Decision.decision_date).desc())


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


def is_overdue(status: str, due: date | None, today: date) -> bool:
    return due is not None and due < today and str(status) in OPEN_ACTION_STATUSES
