"""A partner's derived fields: last audit / next audit due from its audits, and the
register's search words from its name, sites and contacts (see store.derived).

Both follow every write path (forms, undo and redo, imports, sync, the command line):
- `before_flush`: partners whose audits are added, changed or removed in this flush get
  their audit dates recomputed from the audits as they will be once it is written (the
  session does not autoflush, so pending rows are taken from the session). The dates are set
  on the Partner row, so they are validated and change-logged like any edit.
- `after_flush`: partners whose own row, sites or contacts were written get new search
  words, with a plain UPDATE through the session's connection (derived data, never in the
  change log; no ORM change, so no further flush).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from cdmo_desktop.domain.models import Contact, Partner, PartnerAudit, PartnerSite
from cdmo_desktop.store import changesets
from cdmo_desktop.store.partners import audit_dates, refresh_search_extra


def _written(session: Session, model: type) -> Iterable[Any]:
    """Rows of `model` this flush adds, changes or removes."""
    for obj in session.new:
        if isinstance(obj, model):
            yield obj
    for obj in session.dirty:
        if isinstance(obj, model) and session.is_modified(obj, include_collections=False):
            yield obj
    for obj in session.deleted:
        if isinstance(obj, model):
            yield obj


def _partner_ids(session: Session, model: type) -> set[str]:
    """The partners the written rows of `model` belong to, before and after the change (a
    row moved to another partner changes both)."""
    out: set[str] = set()
    for obj in _written(session, model):
        if model is Partner:
            out.add(obj.id)
            continue
        history = sa.inspect(obj).attrs.partner_id.history
        out.update(pid for pid in (obj.partner_id, *history.deleted) if pid)
    return out


def _partner(session: Session, partner_id: str) -> Partner | None:
    """The partner as this flush will leave it (None when it is gone or being removed)."""
    for obj in session.new:
        if isinstance(obj, Partner) and obj.id == partner_id:
            return obj
    partner = session.get(Partner, partner_id)
    return None if partner is None or partner in session.deleted else partner


def _audits(session: Session, partner_id: str) -> list[PartnerAudit]:
    """The partner's audits once this flush is written: the stored ones (with their pending
    changes), plus the new ones, minus the removed ones."""
    stmt = sa.select(PartnerAudit).where(PartnerAudit.partner_id == partner_id)  # type: ignore[arg-type]
    rows = {a.id: a for a in session.scalars(stmt)}
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, PartnerAudit):
            rows[obj.id] = obj
    return [a for a in rows.values() if a.partner_id == partner_id and a not in session.deleted]


def before_flush(session: Session) -> None:
    """Partners whose audits are written get their audit dates recomputed."""
    for partner_id in sorted(_partner_ids(session, PartnerAudit)):
        partner = _partner(session, partner_id)
        if partner is None:
            continue
        audits = _audits(session, partner_id)
        last, next_due = audit_dates((a.audit_date, a.status, a.next_due) for a in audits)
        if partner.last_audit_date != last:
            partner.last_audit_date = last
        if partner.next_audit_due != next_due:
            partner.next_audit_due = next_due


def after_flush(session: Session) -> None:
    """Partners whose own row, sites or contacts were written get new search words."""
    ids = set().union(*(_partner_ids(session, m) for m in (Partner, PartnerSite, Contact)))
    if ids:
        refresh_search_extra(session, sorted(ids))
        changesets.note_tables(session, "partner")  # type: ignore[arg-type]
