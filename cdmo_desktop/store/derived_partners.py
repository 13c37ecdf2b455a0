"""A partner's derived fields: last audit / next audit due from its audits, and the
register's search words from its name, sites and contacts (see store.derived).

Both follow every write path (forms, undo and redo, imports, sync, the command line):
- `before_flush`: partners whose audits are added, changed or removed in this flush get
  their audit dates recomputed from the audits as they will be once it is written (the
  session does not autoflush, so pending rows are taken from the session). The dates are set
  on the Partner row, so they are validated and change-logged like any edit.
- `after_flush`: partners whose own row, sites or contacts were written get new search
  words and scale keys, and partners whose row, contacts or engagements were written get
  new register sort keys (country name, region, next audit, primary contact, active
  engagements), with plain UPDATEs through the session's connection (derived data, never in
  the change log; no ORM change, so no further flush).

The full-text index over the partners (partner_fts) and the register's tally follow the
partner rows through triggers made by revision 0007; store.partner_list.rebuild recomputes
all of it after rows were written around the hook.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from cdmo_desktop.domain import capabilities, geo, scales
from cdmo_desktop.domain.enums import AuditStatus, EngagementStatus
from cdmo_desktop.domain.models import Contact, Engagement, Partner, PartnerAudit, PartnerSite
from cdmo_desktop.store import changesets

# The sort key of a missing value (no country, region, next audit or primary contact): after
# every real key in both SQLite's and Python's string order.
LAST = "\U0010ffff"


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
        out.update(
            pid for pid in (obj.partner_id, *history.deleted) if isinstance(pid, str) and pid
        )
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
    """Partners whose own row, sites or contacts were written get new search words; those
    whose row, contacts or engagements were written get new sort keys."""
    ids = set().union(*(_partner_ids(session, m) for m in (Partner, PartnerSite, Contact)))
    if ids:
        refresh_search_extra(session, sorted(ids))
    keyed = ids | _partner_ids(session, Engagement)
    if keyed:
        refresh_sort_keys(session.connection(), sorted(keyed))
        changesets.note_tables(session, "partner")


def _is_day(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def audit_dates(
    audits: Iterable[tuple[date, str, date | None]],
) -> tuple[date | None, date | None]:
    """(last audit, next audit due) from (audit date, status, next due) triples.

    Last audit: the latest audit done. Next due: the earlier of the next-due date set at the
    latest audit done and the first audit planned after it (a late plan keeps it overdue)."""
    rows = [
        (d, str(getattr(s, "value", s)), n)
        for d, s, n in audits
        if _is_day(d) and (n is None or _is_day(n))  # a malformed row is refused later
    ]
    done = sorted((r for r in rows if r[1] == AuditStatus.DONE.value), key=lambda r: r[0])
    last = done[-1][0] if done else None
    candidates = []
    if done and done[-1][2] is not None:
        candidates.append(done[-1][2])
    planned = [r[0] for r in rows if r[1] == AuditStatus.PLANNED.value]
    candidates += [d for d in planned if last is None or d >= last]
    return last, min(candidates, default=None)


@functools.lru_cache(maxsize=4096)
def _normalised(text: str) -> str:
    """domain.scales.normalise, remembered: the same scale texts recur across partners."""
    return scales.normalise(text)


def search_words(
    legal_name: str,
    platforms: str,
    scale_text: str,
    sites: Iterable[tuple[str, str, str, str, str]],
    contacts: Iterable[str],
) -> str:
    """The register's search words of a partner besides its own searched columns: legal
    name, platforms, scales (in one spelling, domain.scales), each site's name, city,
    capabilities, scales and platforms, and the contacts' names; lower-cased. Sites and
    contacts in sorted order, so the words depend on what the rows hold, not on the order
    they were written in (an undo that brings a site back gives the same words)."""
    site_texts = sorted(
        " ".join(filter(None, [name, city, caps, _normalised(sizes), tech]))
        for name, city, caps, sizes, tech in sites
    )
    parts = [legal_name, platforms, _normalised(scale_text)]
    parts += [" | ".join(site_texts), " | ".join(sorted(contacts))]
    return " | ".join(parts).casefold()


@functools.lru_cache(maxsize=4096)
def _partner_scale_tags(scale_text: str) -> tuple[str, ...]:
    return tuple(capabilities.split_tags(scale_text))


def scale_keys(scale_text: str, site_scales: Iterable[str]) -> str:
    """ "|kg|100 kg|2000 l|": the keys of the partner's and its sites' scales."""
    tags = list(_partner_scale_tags(scale_text))
    for text in sorted(site_scales):
        tags += capabilities.split_tags(text)
    return scales.key_list(tags)


def refresh_search_extra(session: Session, partner_ids: Iterable[str] | None = None) -> int:
    """Recompute the register's search words and scale keys of some partners (all when
    None), see `search_words` and `scale_keys`.

    Derived data, written with a plain UPDATE so it never reaches the change log (the flush
    hook calls it after every write of a partner, its sites or its contacts)."""
    return refresh_words(session.connection(), partner_ids)


def _tables() -> tuple[sa.Table, ...]:
    return tuple(
        cast(sa.Table, sa.inspect(m).local_table)
        for m in (Partner, PartnerSite, Contact, Engagement)
    )


def refresh_words(conn: sa.Connection, partner_ids: Iterable[str] | None) -> int:
    """`refresh_search_extra` on a connection (the bulk rebuild)."""
    ids = None if partner_ids is None else sorted(set(partner_ids))
    if ids == []:
        return 0
    p, s, c, _e = _tables()

    def of(column: Any) -> list[Any]:
        return [] if ids is None else [column.in_(ids)]

    sites: dict[str, list[tuple[str, str, str, str, str]]] = defaultdict(list)
    site_columns = (s.c.name, s.c.city, s.c.capabilities, s.c.scales, s.c.technology_platforms)
    site_rows = sa.select(s.c.partner_id, *site_columns).where(*of(s.c.partner_id))
    for pid, name, city, caps, sizes, tech in conn.execute(site_rows):
        sites[pid].append((name, city or "", caps or "", sizes or "", tech or ""))
    contacts: dict[str, list[str]] = defaultdict(list)
    for pid, name in conn.execute(
        sa.select(c.c.partner_id, c.c.name).where(c.c.partner_id.is_not(None), *of(c.c.partner_id))
    ):
        contacts[pid].append(name)
    data = [
        {
            "pid": pid,
            "words": search_words(legal, platforms, scale_text, sites[pid], contacts[pid]),
            "keys": scale_keys(scale_text, (site[3] for site in sites[pid])),
        }
        for pid, legal, platforms, scale_text in conn.execute(
            sa.select(p.c.id, p.c.legal_name, p.c.technology_platforms, p.c.scales).where(
                *of(p.c.id)
            )
        )
    ]
    if data:
        update = (
            sa.update(p)
            .where(p.c.id == sa.bindparam("pid"))
            .values(search_extra=sa.bindparam("words"), scale_tags=sa.bindparam("keys"))
        )
        conn.execute(update, data)
    return len(data)


# --- the register's sort keys -------------------------------------------------------------
def sort_text(text: str) -> str:
    """A text's sort key: accents dropped, case folded ("Côte d'Ivoire" sorts with "Cote")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def country_key(code: str) -> str:
    """Partners sort by their country's name as shown; an unknown code after the known
    names, no country last."""
    if not code:
        return LAST
    if geo.is_country(code):
        return sort_text(geo.country_name(code))
    return "\U0010fffe" + code.upper()


def sort_keys(
    country: str | None,
    region: str | None,
    next_audit: date | str | None,
    active: int,
    primary_contact: str | None,
) -> dict[str, Any]:
    """The register's stored sort keys of a partner (columns of the partner row)."""
    due = next_audit.isoformat() if isinstance(next_audit, date) else next_audit
    return {
        "country_key": country_key(country or ""),
        "region_key": region or LAST,
        "next_audit_key": due or LAST,
        "active_engagements": active,
        "primary_contact": primary_contact or "",
        "contact_key": sort_text(primary_contact) if primary_contact else LAST,
    }


def refresh_sort_keys(conn: sa.Connection, partner_ids: Sequence[str] | None = None) -> int:
    """Recompute the register's sort keys of some partners (all when None): country name,
    region, next audit due, active engagements (status active, not archived) and the primary
    contact (the first primary contact by name). Plain UPDATEs: derived data, outside the
    change log."""
    if partner_ids is None:
        _all_sort_keys(conn)
        return -1
    if not partner_ids:
        return 0
    p, _s, c, e = _tables()
    active: dict[str, int] = dict(
        conn.execute(
            sa.select(e.c.partner_id, sa.func.count())
            .where(_is_active(e), e.c.partner_id.in_(partner_ids))
            .group_by(e.c.partner_id)
        ).all()
    )
    contacts: dict[str, str] = {}
    primary = (
        sa.select(c.c.partner_id, c.c.name)
        .where(c.c.is_primary == sa.true(), c.c.partner_id.in_(partner_ids))
        .order_by(c.c.partner_id, c.c.name.desc(), c.c.id.desc())
    )
    for pid, name in conn.execute(primary):
        contacts[pid] = name  # the last one written per partner is the first by (name, id)
    rows = conn.execute(
        sa.select(p.c.id, p.c.country, p.c.region, p.c.next_audit_due).where(
            p.c.id.in_(partner_ids)
        )
    )
    data = [
        {"pid": pid, **sort_keys(country, region, due, active.get(pid, 0), contacts.get(pid))}
        for pid, country, region, due in rows
    ]
    if data:
        values: dict[str, Any] = {k: sa.bindparam(k) for k in data[0] if k != "pid"}
        conn.execute(sa.update(p).where(p.c.id == sa.bindparam("pid")).values(values), data)
    return len(data)


def _is_active(e: sa.Table) -> sa.ColumnElement[bool]:
    """Active and not archived, in expressions no index answers: the engagements are
    always read through their partner's (ix_engagement_partner_id). Without planner
    statistics (a bulk load before ANALYZE) SQLite otherwise read them through the
    archived or status index, every engagement for every partner: hours at 100,000
    partners."""
    return sa.and_(
        sa.type_coerce(e.c.status, sa.String).concat("") == EngagementStatus.ACTIVE.value,
        sa.func.coalesce(e.c.archived, sa.false()) == sa.false(),
    )


def _all_sort_keys(conn: sa.Connection) -> None:
    """Every partner's sort keys in a few set-based UPDATEs (a million partners in seconds,
    not row by row); the contact keys that plain lower-casing gets wrong (accents) are then
    put right one by one."""
    p, _s, _c, _e = _tables()
    conn.execute(all_keys_statement())
    conn.execute(
        sa.update(p).values(
            contact_key=sa.case(
                (p.c.primary_contact == "", LAST), else_=sa.func.lower(p.c.primary_contact)
            )
        )
    )
    wrong = [
        {"pid": pid, "key": sort_text(name)}
        for pid, name, key in conn.execute(
            sa.select(p.c.id, p.c.primary_contact, p.c.contact_key).where(p.c.primary_contact != "")
        )
        if sort_text(name) != key
    ]
    if wrong:
        conn.execute(
            sa.update(p)
            .where(p.c.id == sa.bindparam("pid"))
            .values(contact_key=sa.bindparam("key")),
            wrong,
        )


def all_keys_statement() -> sa.Update:
    """The UPDATE of every partner's sort keys but the contact key (`_all_sort_keys`):
    each partner's engagements and primary contacts read through its own index."""
    p, _s, c, e = _tables()
    codes = [code for code, _name in geo.countries()]
    country = sa.case({code: country_key(code) for code in codes}, value=p.c.country, else_=None)
    unknown = sa.case(
        (p.c.country == "", LAST), else_=sa.literal("\U0010fffe") + sa.func.upper(p.c.country)
    )
    active = (
        sa.select(sa.func.count()).where(e.c.partner_id == p.c.id, _is_active(e)).scalar_subquery()
    )
    primary = (
        sa.select(c.c.name)
        .where(c.c.partner_id == p.c.id, c.c.is_primary == sa.true())
        .order_by(c.c.name, c.c.id)
        .limit(1)
        .scalar_subquery()
    )
    due = sa.cast(p.c.next_audit_due, sa.String)
    return sa.update(p).values(
        country_key=sa.func.coalesce(country, unknown),
        region_key=sa.func.coalesce(sa.type_coerce(p.c.region, sa.String), LAST),
        next_audit_key=sa.func.coalesce(due, LAST),
        active_engagements=active,
        primary_contact=sa.func.coalesce(primary, ""),
    )
