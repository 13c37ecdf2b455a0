"""Partner profiles: reading one, name checks, the register's pages, and the rules of the
partner's derived fields.

Reads take the Store and open their own short read session; they return plain rows. Edits
are the use cases in store.partner_edits. The derived fields (last audit / next audit due
from the audits, the register's search words) are kept by the flush hook for every write
path (store.derived_partners), with the rules below.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel, col, select

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.enums import AuditStatus
from cdmo_desktop.domain.models import Contact, GmpInspection, Partner, PartnerAudit, PartnerSite
from cdmo_desktop.store.changesets import BOOKKEEPING, values_of

if TYPE_CHECKING:
    from cdmo_desktop.store.partner_list import PartnerFilters, PartnerList, PartnerListRow
    from cdmo_desktop.store.store import Store

# What a profile row shows: its columns without the bookkeeping and the derived words.
_SKIP = BOOKKEEPING | {"search_extra"}


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


# --- the register -------------------------------------------------------------------------
def register_count(store: Store, query: PartnerList, filters: PartnerFilters, today: date) -> int:
    """How many partners the register shows with `filters` (see store.partner_list)."""
    with store.read() as session:
        return query.count(session, filters, today)


def register_page(
    store: Store,
    query: PartnerList,
    filters: PartnerFilters,
    sort: tuple[int, bool],
    window: tuple[int, int],
    today: date,
) -> list[PartnerListRow]:
    """One page of the register: `sort` is (column, descending), `window` (offset, limit)."""
    with store.read() as session:
        return query.page(session, filters, *sort, *window, today)


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


# --- derived fields -------------------------------------------------------------------------
def audit_dates(
    audits: Iterable[tuple[date, str, date | None]],
) -> tuple[date | None, date | None]:
    """(last audit, next audit due) from (audit date, status, next due) triples.

    Last audit: the latest audit done. Next due: the earlier of the next-due date set at the
    latest audit done and the first audit planned after it (a late plan keeps it overdue)."""
    rows = [(d, str(getattr(s, "value", s)), n) for d, s, n in audits]
    done = sorted((r for r in rows if r[1] == AuditStatus.DONE.value), key=lambda r: r[0])
    last = done[-1][0] if done else None
    candidates = []
    if done and done[-1][2] is not None:
        candidates.append(done[-1][2])
    planned = [r[0] for r in rows if r[1] == AuditStatus.PLANNED.value]
    candidates += [d for d in planned if last is None or d >= last]
    return last, min(candidates, default=None)


def refresh_search_extra(session: Session, partner_ids: Iterable[str] | None = None) -> int:
    """Recompute the register's search words of some partners (all when None): legal name,
    technology platforms, site names and cities, contact names, lower-cased. Sites and
    contacts are listed in sorted order, so the words depend on what the rows hold, not on
    the order they were written in (an undo that brings a site back gives the same words).

    Derived data, written with a plain UPDATE so it never reaches the change log (the flush
    hook calls it after every write of a partner, its sites or its contacts)."""
    ids = None if partner_ids is None else sorted(set(partner_ids))
    if ids == []:
        return 0
    conn = session.connection()
    p, s, c = (cast(sa.Table, sa.inspect(m).local_table) for m in (Partner, PartnerSite, Contact))

    def of(column: Any) -> list[Any]:
        return [] if ids is None else [column.in_(ids)]

    sites: dict[str, list[str]] = defaultdict(list)
    for pid, name, city in conn.execute(
        sa.select(s.c.partner_id, s.c.name, s.c.city).where(*of(s.c.partner_id))
    ):
        sites[pid].append(f"{name} {city}")
    contacts: dict[str, list[str]] = defaultdict(list)
    for pid, name in conn.execute(
        sa.select(c.c.partner_id, c.c.name).where(c.c.partner_id.is_not(None), *of(c.c.partner_id))
    ):
        contacts[pid].append(name)
    data = [
        {
            "pid": pid,
            "words": " | ".join(
                [
                    legal,
                    platforms,
                    " | ".join(sorted(sites[pid])),
                    " | ".join(sorted(contacts[pid])),
                ]
            ).casefold(),
        }
        for pid, legal, platforms in conn.execute(
            sa.select(p.c.id, p.c.legal_name, p.c.technology_platforms).where(*of(p.c.id))
        )
    ]
    if data:
        update = (
            sa.update(p)
            .where(p.c.id == sa.bindparam("pid"))
            .values(search_extra=sa.bindparam("words"))
        )
        conn.execute(update, data)
    return len(data)
