"""Engagement reads: the paged list, one engagement's or client's values for their forms,
and the choices those forms offer. Every function takes the Store and opens its own short
read session, except `decision_gates`, a building block for other store queries.

The writes are in store.engagement_edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import EngagementStatus, MilestoneKind, Phase, Rag
from cdmo_desktop.domain.models import (
    Agreement,
    Client,
    Contact,
    Engagement,
    Milestone,
    Partner,
)
from cdmo_desktop.store.changesets import values_of

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

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


def count_engagements(store: Store, filters: dict[str, Any]) -> int:
    with store.read() as s:
        return int(s.execute(_list_query([sa.func.count()], filters)).scalar_one())


def fetch_engagements(
    store: Store,
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
    with store.read() as s:
        rows = s.execute(query.offset(offset).limit(limit)).all()
    return [EngagementRow(*r) for r in rows]


def get_engagement_row(store: Store, engagement_id: str) -> EngagementRow | None:
    rows = fetch_engagements(store, {"show_archived": True, "id": engagement_id}, limit=1)
    return rows[0] if rows else None


# --- one engagement, one client ---------------------------------------------------------
def engagement_values(store: Store, engagement_id: str) -> dict[str, Any]:
    """The engagement's column values (LookupError when it no longer exists)."""
    with store.read() as s:
        eng = s.get(Engagement, engagement_id)
        if eng is None:
            raise LookupError(f"engagement {engagement_id} no longer exists")
        return values_of(eng)


@dataclass(frozen=True)
class ClientRecord:
    """A client's column values and its contacts (id, column values), by name."""

    values: dict[str, Any]
    contacts: list[tuple[str, dict[str, Any]]]


def client_record(store: Store, client_id: str) -> ClientRecord:
    """LookupError when the client no longer exists."""
    with store.read() as s:
        client = s.get(Client, client_id)
        if client is None:
            raise LookupError(f"client {client_id} no longer exists")
        query = select(Contact).where(Contact.client_id == client_id)
        contacts = s.exec(query.order_by(sa.func.lower(Contact.name))).all()
        return ClientRecord(values_of(client), [(c.id, values_of(c)) for c in contacts])


# --- choices for the forms --------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    detail: str = ""


def partner_choices(store: Store, keep: str | None = None) -> list[Choice]:
    """Partners one can engage (not archived), plus `keep` even if archived since."""
    query = select(Partner).where(sa.or_(col(Partner.archived).is_(False), col(Partner.id) == keep))
    with store.read() as s:
        rows = s.exec(query.order_by(col(Partner.name_key))).all()
    return [Choice(p.id, p.name, p.kind.label if p.kind else "") for p in rows]


def client_choices(store: Store, keep: str | None = None) -> list[Choice]:
    query = select(Client).where(sa.or_(col(Client.archived).is_(False), col(Client.id) == keep))
    with store.read() as s:
        rows = s.exec(query.order_by(sa.func.lower(Client.name))).all()
    return [Choice(c.id, c.name, c.legal_name) for c in rows]


def client_name_taken(store: Store, name: str, except_id: str | None = None) -> bool:
    key = " ".join(name.split()).casefold()
    with store.read() as s:
        rows = s.exec(select(Client.id, Client.name)).all()
    return any(" ".join(n.split()).casefold() == key and i != except_id for i, n in rows)


def decision_gates(session: Session, engagement_id: str) -> list[Milestone]:
    """The engagement's go/no-go gates in date order (the charter's decision points)."""
    query = select(Milestone).where(
        Milestone.engagement_id == engagement_id, Milestone.kind == MilestoneKind.DECISION_GATE
    )
    return list(session.exec(query.order_by(col(Milestone.planned_finish))).all())


def agreement_choices(store: Store, engagement_id: str) -> list[Choice]:
    """Agreements with this engagement's partner (for the information-sharing register)."""
    with store.read() as s:
        eng = s.get(Engagement, engagement_id)
        if eng is None:
            return []
        query = select(Agreement).where(Agreement.partner_id == eng.partner_id)
        rows = s.exec(query.order_by(sa.func.lower(Agreement.title))).all()
    return [Choice(a.id, a.title, a.kind.label if a.kind else "") for a in rows]
