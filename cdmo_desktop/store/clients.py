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
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
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


# --- the list, a page at a time (keyset on the sort keys) -------------------------------
# Every order is total: (sort key, lower(name), id), all ascending or all descending, so a
# page starts right after (or ends right before) any row by a row-value comparison on the
# values the row carries; lower() is applied in SQL to the row's own text, so the seek
# compares exactly what the ORDER BY sorts.


def _page_query(filters: dict[str, Any], sort_column: int) -> tuple[Any, list[Any]]:
    """The list query (unordered) and its sort keys for `sort_column`."""
    contacts, engagements, running = _counts()
    by_column: list[Any] = [
        sa.func.lower(CL.c.name),
        sa.func.lower(CL.c.legal_name),
        CL.c.country,
        contacts,
        engagements,
    ]
    column = sort_column if 0 <= sort_column < len(by_column) else 0
    keys = [by_column[column], sa.func.lower(CL.c.name), CL.c.id]
    if column == 0:
        keys = keys[1:]
    query = sa.select(
        CL.c.id,
        CL.c.name,
        CL.c.legal_name,
        CL.c.country,
        contacts,
        engagements,
        running,
        CL.c.archived,
    ).where(*client_where(filters))
    return query, keys


def _values(row: ClientRow, sort_column: int) -> list[Any]:
    """The sort key values of `row`, as SQL expressions matching _page_query's keys."""
    name = sa.func.lower(sa.literal(row.name))
    by_column: list[Any] = [
        name,
        sa.func.lower(sa.literal(row.legal_name)),
        sa.literal(row.country),
        sa.literal(row.contacts),
        sa.literal(row.engagements),
    ]
    column = sort_column if 0 <= sort_column < len(by_column) else 0
    values = [by_column[column], name, sa.literal(row.id)]
    return values[1:] if column == 0 else values


def _ordered(query: Any, keys: list[Any], backwards: bool) -> Any:
    return query.order_by(*(k.desc() if backwards else k.asc() for k in keys))


def _rows(store: Store, query: Any) -> list[ClientRow]:
    with store.read() as s:
        return [ClientRow(*r) for r in s.execute(query).all()]


def fetch_clients(
    store: Store,
    filters: dict[str, Any],
    sort_column: int = 0,
    descending: bool = False,
    limit: int = 200,
    after: ClientRow | None = None,
) -> list[ClientRow]:
    """The first `limit` clients in list order, or the `limit` right after `after`."""
    query, keys = _page_query(filters, sort_column)
    if after is not None:
        here, there = sa.tuple_(*keys), sa.tuple_(*_values(after, sort_column))
        query = query.where(here < there if descending else here > there)
    return _rows(store, _ordered(query, keys, descending).limit(limit))


def fetch_clients_before(
    store: Store,
    filters: dict[str, Any],
    sort_column: int = 0,
    descending: bool = False,
    limit: int = 200,
    before: ClientRow | None = None,
) -> list[ClientRow]:
    """The `limit` clients right before `before` (the last ones when None), in list order."""
    query, keys = _page_query(filters, sort_column)
    if before is not None:
        here, there = sa.tuple_(*keys), sa.tuple_(*_values(before, sort_column))
        query = query.where(here > there if descending else here < there)
    rows = _rows(store, _ordered(query, keys, not descending).limit(limit))
    return rows[::-1]


def fetch_clients_at(
    store: Store,
    filters: dict[str, Any],
    sort_column: int,
    descending: bool,
    offset: int,
    limit: int,
) -> list[ClientRow]:
    """`limit` clients from row `offset` of the list, counted from the nearer end."""
    query, keys = _page_query(filters, sort_column)
    total = count_clients(store, filters)
    stop = min(total, offset + limit)
    if offset >= stop:
        return []
    if offset <= total - stop:
        return _rows(store, _ordered(query, keys, descending).offset(offset).limit(stop - offset))
    backwards = _ordered(query, keys, not descending).offset(total - stop).limit(stop - offset)
    return _rows(store, backwards)[::-1]


def client_position(
    store: Store, filters: dict[str, Any], sort_column: int, descending: bool, client_id: str
) -> int | None:
    """Row number of the client in the list, None when the filters hide it."""
    query, keys = _page_query({**filters, "id": client_id}, sort_column)
    found = _rows(store, query)
    if not found:
        return None
    _, keys = _page_query(filters, sort_column)
    here, there = sa.tuple_(*keys), sa.tuple_(*_values(found[0], sort_column))
    before = sa.select(sa.func.count()).select_from(CL).where(*client_where(filters))
    with store.read() as s:
        return int(
            s.execute(before.where(here > there if descending else here < there)).scalar_one()
        )


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
    template = (
        QT_TRANSLATE_NOOP("messages", "Archive client {name}")
        if archived
        else QT_TRANSLATE_NOOP("messages", "Restore client {name}")
    )

    def work(s: Session) -> str:
        client = get_row(s, Client, client_id)
        when = datetime.now(UTC) if archived else None
        set_values(client, {"archived": archived, "archived_at": when})
        return msg(template, name=client.name)

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
