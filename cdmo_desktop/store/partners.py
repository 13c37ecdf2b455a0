"""Partner profiles: loading one, name checks, derived fields and undoable change sets.

Every write of the profile is a *change set* (store.changesets): the target states of a few
rows. The screen reads the current states of the same rows first, so undo is applying
those. The states leave out the partner's search words; after each change set the partner's
derived fields are recomputed: last audit / next audit due from its audits, and the search
words of the register (see `refresh_search_extra`).

The register query lives in store.partner_list, the overview panel in store.partner_overview.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.enums import AuditStatus
from cdmo_desktop.domain.models import Contact, GmpInspection, Partner, PartnerAudit, PartnerSite
from cdmo_desktop.store import changesets
from cdmo_desktop.store.changesets import BOOKKEEPING, RowState, apply_states

CHILD_MODELS: tuple[type[SQLModel], ...] = (PartnerSite, Contact, PartnerAudit, GmpInspection)
# The search words are derived after every change set (refresh_search_extra), never written.
_SKIP = BOOKKEEPING | {"search_extra"}


# --- change sets (see store.changesets) ---------------------------------------------------
def _values_of(obj: SQLModel) -> dict[str, Any]:
    return changesets.values_of(obj, _SKIP)


def read_states(session: Session, states: Iterable[RowState]) -> list[RowState]:
    """The current states of the rows named by `states` (same order)."""
    return changesets.read_states(session, states, _SKIP)


def apply_partner_change(session: Session, partner_id: str, states: Sequence[RowState]) -> set[str]:
    """Apply a change set of one partner's rows and recompute the partner's derived fields.
    Returns the tables written."""
    tables = apply_states(session, states)
    if session.get(Partner, partner_id) is None:
        return tables
    if "partner_audit" in tables and refresh_audit_dates(session, partner_id):
        tables.add("partner")
    if tables & {"partner", "partner_site", "contact"}:
        refresh_search_extra(session, [partner_id])
    return tables


def partner_state(partner_id: str, values: dict[str, Any]) -> RowState:
    clean = {k: v for k, v in values.items() if k not in _SKIP}
    return RowState(Partner, partner_id, clean)


def archive_state(session: Session, partner_id: str, archived: bool, now: datetime) -> RowState:
    obj = session.get(Partner, partner_id)
    if obj is None:
        raise LookupError(f"partner {partner_id} no longer exists")
    values = {**_values_of(obj), "archived": archived, "archived_at": now if archived else None}
    return RowState(Partner, partner_id, values)


def child_save_states(
    session: Session, model: type[SQLModel], row_id: str, values: dict[str, Any]
) -> list[RowState]:
    """Target states for adding or changing one child row. A contact marked primary takes
    the flag from the partner's other contacts (one primary per partner)."""
    states = [RowState(model, row_id, {k: v for k, v in values.items() if k not in _SKIP})]
    if model is Contact and values.get("is_primary"):
        others = session.exec(
            select(Contact).where(
                Contact.partner_id == values["partner_id"],
                col(Contact.is_primary).is_(True),
                Contact.id != row_id,
            )
        ).all()
        states.extend(
            RowState(Contact, c.id, {**_values_of(c), "is_primary": False}) for c in others
        )
    return states


def child_delete_states(session: Session, model: type[SQLModel], row_id: str) -> list[RowState]:
    """Target states for removing one child row. Removing a site unlinks the contacts,
    audits and inspections recorded at it (they stay with the partner); listing them lets
    undo link them again."""
    states = [RowState(model, row_id, None)]
    if model is PartnerSite:
        for child in (Contact, PartnerAudit, GmpInspection):
            rows = session.exec(select(child).where(col(child.site_id) == row_id)).all()
            states.extend(RowState(child, r.id, {**_values_of(r), "site_id": None}) for r in rows)
    return states


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
    return {"id": obj.id, **_values_of(obj)}  # type: ignore[attr-defined]


def load_profile(session: Session, partner_id: str) -> PartnerProfile | None:
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


def name_in_use(session: Session, name: str, exclude_id: str | None = None) -> str | None:
    """The name of another partner that has `name` ignoring case and spacing, if any."""
    key = derive.name_key(name)
    if not key:
        return None
    stmt = select(Partner.name).where(Partner.name_key == key)
    if exclude_id:
        stmt = stmt.where(Partner.id != exclude_id)
    return session.exec(stmt).first()


def name_stem(name: str) -> str:
    """A name without punctuation and legal-form words: "Lonza AG" and "lonza" share it."""
    words = re.findall(r"\w+", name.casefold())
    kept = [w for w in words if w not in _LEGAL_SUFFIXES]
    return " ".join(kept or words)


def similar_names(session: Session, name: str, exclude_id: str | None = None) -> list[str]:
    """Partners whose name is the same as `name` once legal forms and punctuation are
    ignored ("Hollis Ridge Pharma, Inc." for "Hollis Ridge Pharma")."""
    stem = name_stem(name)
    if not stem:
        return []
    longest = max(stem.split(), key=len)
    stmt = select(Partner.id, Partner.name).where(col(Partner.name_key).contains(longest))
    found = []
    for pid, other in session.exec(stmt).all():
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


def refresh_audit_dates(session: Session, partner_id: str) -> bool:
    """Store the partner's last / next audit dates from its audits; True if they changed."""
    partner = session.get(Partner, partner_id)
    if partner is None:
        return False
    audits = session.exec(select(PartnerAudit).where(PartnerAudit.partner_id == partner_id)).all()
    last, next_due = audit_dates((a.audit_date, a.status, a.next_due) for a in audits)
    if (partner.last_audit_date, partner.next_audit_due) == (last, next_due):
        return False
    partner.last_audit_date, partner.next_audit_due = last, next_due
    session.flush()
    return True


_SEARCH_SQL = """
SELECT p.id, lower(
    p.legal_name || ' | ' || p.technology_platforms || ' | ' ||
    coalesce((SELECT group_concat(s.name || ' ' || s.city, ' | ')
              FROM partner_site AS s WHERE s.partner_id = p.id), '') || ' | ' ||
    coalesce((SELECT group_concat(c.name, ' | ')
              FROM contact AS c WHERE c.partner_id = p.id), ''))
FROM partner AS p
"""


def refresh_search_extra(session: Session, partner_ids: Iterable[str] | None = None) -> int:
    """Recompute the register's search words of some partners (all when None).

    Derived data, written with a plain UPDATE so it never reaches the change log."""
    table = Partner.__table__  # type: ignore[attr-defined]
    conn = session.connection()
    ids = None if partner_ids is None else list(partner_ids)
    where, params = "", {}
    if ids is not None:
        if not ids:
            return 0
        where = "WHERE p.id IN (" + ", ".join(f":i{n}" for n in range(len(ids))) + ")"
        params = {f"i{n}": pid for n, pid in enumerate(ids)}
    rows = conn.execute(sa.text(_SEARCH_SQL + where), params).all()
    update = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("pid"))
        .values(search_extra=sa.bindparam("words"))
    )
    data = [{"pid": pid, "words": (words or "").casefold()} for pid, words in rows]
    if data:
        conn.execute(update, data)
    return len(data)
