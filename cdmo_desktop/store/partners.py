"""Partner profiles: reading one, name checks, the register's pages, and the rules of the
partner's derived fields.

Reads take the Store and open their own short read session; they return plain rows. Edits
are the use cases in store.partner_edits. The derived fields (last audit / next audit due
from the audits, the register's search words) are kept by the flush hook for every write
path (store.derived_partners), with the rules below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import SQLModel, col, select

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.models import Contact, GmpInspection, Partner, PartnerAudit, PartnerSite
from cdmo_desktop.store import partner_list, partner_locate
from cdmo_desktop.store.changesets import BOOKKEEPING, CAPTURE_SKIP, values_of

if TYPE_CHECKING:
    from cdmo_desktop.store.partner_list import PartnerFilters, PartnerListRow
    from cdmo_desktop.store.store import Store

# What a profile row shows: its columns without the bookkeeping and what the register
# derives (search words, scale keys, sort keys).
DERIVED = CAPTURE_SKIP - {"id", "updated_at"}
_SKIP = BOOKKEEPING | DERIVED


# --- reading a profile --------------------------------------------------------------------
@dataclass
class PartnerProfile:
    """One partner and its child rows as plain dicts (each with its "id")."""

    partner: dict[str, Any]
    sites: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    audits: list[dict[str, Any]] = field(default_factory=list)
    inspections: list[dict[str, Any]] = field(default_factory=list)


def _with_id(obj: SQLModel) -> dict[str, Any]:
    return {"id": obj.id, **values_of(obj, _SKIP)}  # type: ignore[attr-defined]


def load_profile(store: Store, partner_id: str) -> PartnerProfile | None:
    """The partner and its sites, contacts, audits and inspections (None when it is gone)."""
    with store.read() as session:
        partner = session.get(Partner, partner_id)
        if partner is None:
            return None

        def rows(model: Any, *order: Any) -> list[dict[str, Any]]:
            stmt = select(model).where(model.partner_id == partner_id).order_by(*order)
            return [_with_id(r) for r in session.exec(stmt).all()]

        return PartnerProfile(
            partner=_with_id(partner),
            sites=rows(PartnerSite, PartnerSite.name),
            contacts=rows(Contact, col(Contact.is_primary).desc(), Contact.name),
            audits=rows(PartnerAudit, col(PartnerAudit.audit_date).desc()),
            inspections=rows(GmpInspection, col(GmpInspection.inspection_date).desc()),
        )


# --- the register ---------------------------------------------------------------------------
# Each read is one short query of store.partner_list (the paged-list protocol); `sort` is
# (column, descending).
def register_count(store: Store, filters: PartnerFilters, today: date) -> int:
    """How many partners the register shows with `filters`."""
    with store.read() as session:
        return partner_list.count(session, filters, today)


def register_fetch(
    store: Store,
    filters: PartnerFilters,
    sort: tuple[int, bool],
    limit: int,
    today: date,
    after: PartnerListRow | None = None,
    matches: int | None = None,
) -> list[PartnerListRow]:
    """The first `limit` rows, or the `limit` rows right after `after`. `matches`: how many
    partners the filters keep, when known (the count read before), so it is not read
    again to weigh how a search's page is best read."""
    with store.read() as session:
        return partner_list.fetch(session, filters, *sort, limit, today, after, matches=matches)


def register_fetch_before(
    store: Store,
    filters: PartnerFilters,
    sort: tuple[int, bool],
    limit: int,
    today: date,
    before: PartnerListRow | None = None,
    matches: int | None = None,
) -> list[PartnerListRow]:
    """The `limit` rows right before `before` (the last ones when None), in display order."""
    with store.read() as session:
        return partner_list.fetch_before(
            session, filters, *sort, limit, today, before, matches=matches
        )


def register_fetch_at(
    store: Store,
    filters: PartnerFilters,
    sort: tuple[int, bool],
    window: tuple[int, int],
    today: date,
) -> list[PartnerListRow]:
    """The rows of `window` (offset, limit): a jump into the middle of the list."""
    with store.read() as session:
        return partner_list.fetch_at(session, filters, *sort, *window, today)


def register_locate(
    store: Store, filters: PartnerFilters, sort: tuple[int, bool], key: str, today: date
) -> tuple[int, PartnerListRow] | None:
    """(row number, row) of partner `key` in the register (None when the filters hide it)."""
    with store.read() as session:
        return partner_locate.locate(session, filters, *sort, key, today)


# --- names --------------------------------------------------------------------------------
_LEGAL_SUFFIXES = frozenset(
    [
        "inc",
        "incorporated",
        "llc",
        "ltd",
        "limited",
        "gmbh",
        "ag",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "plc",
        "co",
        "corp",
        "corporation",
        "company",
        "pvt",
        "private",
        "kk",
        "oy",
        "ab",
        "as",
        "aps",
        "group",
        "holding",
        "holdings",
        "the",
    ]
)


def name_in_use(store: Store, name: str, exclude_id: str | None = None) -> str | None:
    """The name of another partner that has `name` ignoring case and spacing, if any."""
    key = derive.name_key(name)
    if not key:
        return None
    stmt = select(Partner.name).where(Partner.name_key == key)
    if exclude_id:
        stmt = stmt.where(Partner.id != exclude_id)
    with store.read() as session:
        return session.exec(stmt).first()


def name_stem(name: str) -> str:
    """A name without punctuation and legal-form words: "Lonza AG" and "lonza" share it."""
    words = re.findall(r"\w+", name.casefold())
    kept = [w for w in words if w not in _LEGAL_SUFFIXES]
    return " ".join(kept or words)


def similar_names(store: Store, name: str, exclude_id: str | None = None) -> list[str]:
    """Partners whose name is the same as `name` once legal forms and punctuation are
    ignored ("Hollis Ridge Pharma, Inc." for "Hollis Ridge Pharma")."""
    stem = name_stem(name)
    if not stem:
        return []
    longest = max(stem.split(), key=len)
    stmt = select(Partner.id, Partner.name).where(col(Partner.name_key).contains(longest))
    with store.read() as session:
        named = session.exec(stmt).all()
    found = []
    for pid, other in named:
        if pid != exclude_id and name_stem(other) == stem:
            found.append(other)
    return sorted(found)
