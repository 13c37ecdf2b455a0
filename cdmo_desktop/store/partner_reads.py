"""Reads of the partner register whose cost follows what they show, not how many partners
there are (SQLite; store.partner_list decides when they apply, PostgreSQL reads plainly).

- A search's page read from its matches: the full-text index's matches joined to the
  partners they are (each looked up by its rowid, then sorted), instead of
  `partner.rowid IN (matches)`, which first builds the list of every match and then looks
  each partner up by it (at a million partners the 38,000 partners "kestrel" finds: 16 ms
  instead of 22).
- A search's count: the matches in the full-text index, less the archived partners among
  them (found along the archived index, so no matching partner is read).
- The "Audit overdue" count: the place of today in the next-audit order, from the marks
  (store.partner_marks: the partners not archived before the span today falls in) and
  the rest of that span along the next-audit index. Counting the overdue partners one by
  one read 404,686 index entries at a million partners (38 ms); this reads at most a
  span's worth (SPAN) and the marks of one order.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import fulltext, partner_marks

NEXT_AUDIT = "next_audit_key"
"""The order the overdue count is read along (next_audit_key is the ISO date of the next
audit, or derived_partners.LAST without one: never before a date)."""


def _table() -> sa.Table:
    return cast(sa.Table, sa.inspect(Partner).local_table)


def matches_joined(index: str, text: str, phrases: list[str]) -> sa.FromClause | None:
    """The partner table joined to the rows of full-text index `index` matching `text` and
    `phrases` (None when nothing searchable was typed): FROM for a page read from the
    matches. The join reads the matches first and looks each partner up by its rowid: the
    index's rowid is compared as an expression (`+ 0`), which the full-text index cannot
    be asked for, so no plan walks the partners and searches the index for each one."""
    matching = fulltext.matching_rowids(index, text, phrases)
    if matching is None:
        return None
    found = matching.subquery("matched")
    rowid: Any = sa.literal_column("partner.rowid")
    return found.join(_table(), rowid == found.c.rowid + 0)


def probe_from(weighed: int, limit: int) -> int:
    """How many matches a search needs for a page of `limit` rows to be read best by
    walking the sort key's index past `weighed` entries (fulltext.probe_pays's rule, for a
    number of matches already known: the register's count, read just before its first
    page, so the word index is not counted again for every page)."""
    return math.isqrt(max(limit, 1) * max(weighed, 0) // 10) + 1


def search_count(
    session: Session, index: str, text: str, phrases: list[str], archived_too: bool
) -> int | None:
    """Partners matching `text` and `phrases` (words at the start of a word, whole phrases;
    store.fulltext), the archived ones too or not; None when nothing searchable was typed."""
    p = _table()
    archived = p.c.archived.is_(sa.true())
    if not (phrases or archived_too):
        # The matches and the archived ones among them in one pass over the matches.
        split = fulltext.count_matches_among(session, index, text, p, [archived])
        return None if split is None else split[0] - split[1]
    matching = fulltext.matching_rowids(index, text, phrases)
    if matching is None:
        return None
    conn = session.connection()
    n = int(conn.execute(sa.select(sa.func.count()).select_from(matching.subquery())).scalar_one())
    if archived_too or not n:
        return n
    rowid = fulltext.probing(sa.literal_column("partner.rowid"), True)
    gone = sa.select(sa.func.count()).where(archived, rowid.in_(matching))
    return n - int(conn.execute(gone.select_from(p)).scalar_one())


def overdue_count(session: Session, today: date) -> int:
    """Partners not archived whose next audit was due before `today` (the marks' SQLite)."""
    due = today.isoformat()
    conn = session.connection()
    # (due, "") comes before every partner due today (no name_key sorts before ""), so
    # every partner before it in the order is overdue.
    before, start, _listed = partner_marks.place(conn, NEXT_AUDIT, (due, ""), False)
    p = _table()
    # Along the next-audit index (which carries `archived`): never the archived index.
    where = [sa.func.coalesce(p.c.archived, sa.false()) == sa.false(), p.c.next_audit_key < due]
    if start is not None:
        where.append(sa.tuple_(p.c.next_audit_key, p.c.name_key) >= sa.tuple_(*start))
    within = sa.select(sa.func.count()).select_from(p).where(*where)
    return before + int(conn.execute(within).scalar_one())
