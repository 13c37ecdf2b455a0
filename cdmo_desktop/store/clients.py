"""Clients: the list of the Clients screen (search and sort in SQL, a page at a time), one
client's card, archive and restore, and the people a team member can be picked from (the
contacts of the engagement's client and partner).

Creating and editing a client with its contacts are use cases of store.engagement_edits
(the engagement dialog creates clients too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import EngagementStatus, Side
from cdmo_desktop.domain.models import Client, Contact, Engagement, Partner, PartnerSite
from cdmo_desktop.store.engagement_edits import get_row, set_values, write_labelled

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

CL = sa.inspect(Client).local_table
CO = sa.inspect(Contact).local_table
EN = sa.inspect(Engagement).local_table

HEADERS = ("Name", "Legal name", "Country", "Contacts", "Engagements")
RUNNING = (EngagementStatus.ACTIVE, EngagementStatus.ON_HOLD, EngagementStatus.PLANNED)


@dataclass(frozen=True)
class ClientRow:
    """One row of the client list: `engagements` counts the client's engagements that are
    not archived, `running` those of them planned, active or on hold."""

    id: str
    name: str
    legal_name: str
    country: str
    contacts: int
    engagements: int
    running: int
    archived: bool


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def client_where(filters: dict[str, Any]) -> list[Any]:
    """Filters: text (each word in the name, legal name, country code or a contact's name
    or email), show_archived (archived clients are hidden otherwise), id."""
    clauses: list[Any] = []
    for word in str(filters.get("text", "")).split():
        pattern = _like(word)
        by_contact = (
            sa.select(CO.c.id)
            .where(CO.c.client_id == CL.c.id)
            .where(
                sa.or_(
                    sa.func.lower(CO.c.name).like(pattern, escape="\\"),
                    sa.func.lower(CO.c.email).like(pattern, escape="\\"),
                )
            )
        )
        clauses.append(
            sa.or_(
                sa.func.lower(CL.c.name).like(pattern, escape="\\"),
                sa.func.lower(CL.c.legal_name).like(pattern, escape="\\"),
                sa.func.lower(CL.c.country) == word.lower(),
                by_contact.exists(),
            )
        )
    if value := filters.get("id"):
        clauses.append(CL.c.id == str(value))
    if not filters.get("show_archived"):
        clauses.append(CL.c.archived.is_(False))
    return clauses


def _counts() -> tuple[Any, Any, Any]:
    contacts = sa.select(sa.func.count()).where(CO.c.client_id == CL.c.id).scalar_subquery()
    live = sa.and_(EN.c.client_id == CL.c.id, EN.c.archived.is_(False))
    engagements = sa.select(sa.func.count()).where(live).scalar_subquery()
    running = (
        sa.select(sa.func.count())
        .where(live, EN.c.status.in_([s.value for s in RUNNING]))
        .scalar_subquery()
    )
    return contacts, engagements, running


def count_clients(store: Store, filters: dict[str, Any]) -> int:
    query = sa.select(sa.func.count()).select_from(CL).where(*client_where(filters))
    with store.read() as s:
        return int(s.execute(query).scalar_one())


def fetch_clients(
    store: Store,
    filters: dict[str, Any],
    sort_column: int = 0,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[ClientRow]:
    contacts, engagements, running = _counts()
    keys: list[Any] = [
        sa.func.lower(CL.c.name),
        sa.func.lower(CL.c.legal_name),
        CL.c.country,
        contacts,
        engagements,
    ]
    key = keys[sort_column if 0 <= sort_column < len(keys) else 0]
    query = (
        sa.select(
            CL.c.id,
            CL.c.name,
            CL.c.legal_name,
            CL.c.country,
            contacts,
            engagements,
            running,
            CL.c.archived,
        )
        .where(*client_where(filters))
        .order_by(key.desc() if descending else key.asc(), sa.func.lower(CL.c.name), CL.c.id)
    )
    with store.read() as s:
        rows = s.execute(query.offset(offset).limit(limit)).all()
    return [ClientRow(*r) for r in rows]


# --- one client -------------------------------------------------------------------------
@dataclass(frozen=True)
class ContactLine:
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class EngagementLine:
    id: str
    title: str
    partner: str
    status: EngagementStatus
    archived: bool


@dataclass(frozen=True)
class ClientCard:
    """What the Clients screen shows beside the list for the selected client."""

    id: str
    name: str
    legal_name: str
    registered_address: str
    country: str
    notes: str
    archived: bool
    archived_at: datetime | None
    contacts: list[ContactLine]
    engagements: list[EngagementLine]


def client_card(store: Store, client_id: str) -> ClientCard | None:
    """None when the client no longer exists."""
    with store.read() as s:
        client = s.get(Client, client_id)
        if client is None:
            return None
        people = s.exec(
            select(Contact)
            .where(Contact.client_id == client_id)
            .order_by(sa.func.lower(Contact.name), col(Contact.id))
        ).all()
        work = s.exec(
            select(Engagement, Partner.name)
            .join(Partner, col(Partner.id) == col(Engagement.partner_id))
            .where(Engagement.client_id == client_id)
            .order_by(col(Engagement.archived), sa.func.lower(Engagement.title))
        ).all()
        return ClientCard(
            id=client.id,
            name=client.name,
            legal_name=client.legal_name,
            registered_address=client.registered_address,
            country=client.country,
            notes=client.notes,
            archived=client.archived,
            archived_at=client.archived_at,
            contacts=[ContactLine(c.name, c.role, c.email, c.phone) for c in people],
            engagements=[
                EngagementLine(e.id, e.title, partner, EngagementStatus(e.status), e.archived)
                for e, partner in work
            ],
        )


def set_client_archived(store: Store, client_id: str, archived: bool) -> ChangeSet:
    """Archive the client (it leaves the list and the engagement dialog's picker; its
    engagements and contacts stay) or restore it."""
    verb = "Archive" if archived else "Restore"

    def work(s: Session) -> str:
        client = get_row(s, Client, client_id)
        when = datetime.now(UTC) if archived else None
        set_values(client, {"archived": archived, "archived_at": when})
        return f"{verb} client {client.name}"

    return write_labelled(store, work)


# --- people a team member can be picked from --------------------------------------------
@dataclass(frozen=True)
class Person:
    """A contact of the engagement's client or partner, as a team member would hold it."""

    contact_id: str
    name: str
    side: Side
    organisation: str
    role: str
    email: str
    phone: str
    site: str = ""


def engagement_contacts(store: Store, engagement_id: str) -> list[Person]:
    """The client's contacts, then the partner's (primary contact first), each by name."""
    with store.read() as s:
        eng = s.get(Engagement, engagement_id)
        if eng is None:
            return []
        client = s.get(Client, eng.client_id)
        partner = s.get(Partner, eng.partner_id)
        people = _people(s, Contact.client_id == eng.client_id, Side.CLIENT, client)
        people += _people(s, Contact.partner_id == eng.partner_id, Side.PARTNER, partner)
    return people


def _people(s: Session, where: Any, side: Side, org: Client | Partner | None) -> list[Person]:
    query = (
        select(Contact, PartnerSite.name)
        .outerjoin(PartnerSite, col(PartnerSite.id) == col(Contact.site_id))
        .where(where)
        .order_by(col(Contact.is_primary).desc(), sa.func.lower(Contact.name), col(Contact.id))
    )
    organisation = org.name if org is not None else ""
    return [
        Person(c.id, c.name, side, organisation, c.role, c.email, c.phone, site or "")
        for c, site in s.exec(query).all()
    ]
