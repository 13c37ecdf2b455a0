"""Where a partner sits in the register's order in a bounded number of index entries, however
deep it is (revision 0026_partner_buckets, SQLite).

Counting the rows before a partner along the sort key's index reads every one of them: at
a million partners a row in the middle cost 100 ms. `partner_mark` cuts each order
(`SORTED`: the stored key a column sorts by, then `name_key`) into spans of about SPAN
partners: a mark is the (key, name_key) a span starts at, with how many partners (listed,
archived) the span holds; mark 0 starts the order (no key). Triggers on `partner` (made by
the revision) add a partner to the span it falls in and take it out of the old one, so the
counts stay exact on every write path. A partner's place is then the partners of the spans
before its own (a sum over the marks, about partners / SPAN of them) plus those of its span
before it (at most a span's worth of index entries, until writes pile into one span; a
rebuild cuts them evenly again).

Marks are boundaries, not rows: a mark whose partner went away still cuts the order there.
PostgreSQL has no marks (store.triggers.keeps_tallies): the register counts along the index.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from cdmo_desktop.store import triggers

SPAN = 1024
"""Partners per span when the marks are cut (a migration or a rebuild)."""
SORTED = (
    "name_key",
    "kind",
    "country_key",
    "region_key",
    "qualification_status",
    "next_audit_key",
    "active_engagements",
    "contact_key",
)
"""The stored keys the register sorts by (each then by name_key: the name's own order is
name_key alone, marked as (name_key, name_key))."""
MARKS = sa.Table(
    "partner_mark",
    sa.MetaData(),
    sa.Column("sort_key", sa.String, primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("k"),  # the sort key's value as the partner table stores it (text or integer)
    sa.Column("name_key", sa.String),
    sa.Column("listed", sa.Integer, nullable=False),
    sa.Column("archived", sa.Integer, nullable=False),
)


def place(
    connection: sa.Connection,
    sort_key: str,
    values: tuple[Any, Any],
    archived_too: bool,
) -> tuple[int, tuple[Any, Any] | None, int]:
    """(partners before the span `values` = (key, name_key) falls in, the (key, name_key)
    that span starts at (None for the first), every partner counted), in one read: the
    caller counts the rest of the way along the sort key's index from there."""
    m = MARKS.c
    n = m.listed + m.archived if archived_too else m.listed

    def mark(column: Any) -> Any:
        here = sa.tuple_(m.k, m.name_key) <= sa.tuple_(*values)
        return (
            sa.select(column)
            .where(m.sort_key == sort_key, m.seq > 0, here)
            .order_by(m.k.desc(), m.name_key.desc())
            .limit(1)
            .scalar_subquery()
        )

    def total(*where: Any) -> Any:
        summed = sa.select(sa.func.coalesce(sa.func.sum(n), 0))
        return summed.where(m.sort_key == sort_key, *where).scalar_subquery()

    seq = sa.func.coalesce(mark(m.seq), 0)
    found = connection.execute(
        sa.select(seq, mark(m.k), mark(m.name_key), total(m.seq < seq), total())
    ).one()
    start = None if found[0] == 0 else (found[1], found[2])
    return int(found[3]), start, int(found[4])


def rebuild(connection: sa.Connection) -> None:
    """Cut every order into spans of SPAN partners again and count them (store.bulk, after
    rows written in bulk; the migration does the same)."""
    if not triggers.keeps_tallies(connection):
        return
    connection.execute(sa.delete(MARKS))
    for sort_key in SORTED:
        connection.execute(sa.insert(MARKS), spans(connection, sort_key))


def snap(connection: sa.Connection) -> None:
    """Move every mark onto the first partner at or after it in its order, dropping the
    marks of spans left empty: the counts stay exact (no partner lies between a mark and
    where it moves), and no mark keeps the keys of a partner that is gone or was renamed
    (an erasure: a primary contact's name is a sort key)."""
    if not triggers.keeps_tallies(connection):
        return
    m = MARKS.c
    for sort_key in SORTED:
        marks = connection.execute(
            sa.select(m.seq, m.k, m.name_key)
            .where(m.sort_key == sort_key, m.seq > 0)
            .order_by(m.seq.desc())
        ).all()
        following: tuple[Any, Any] | None = None
        for seq, key, name_key in marks:  # from the last: the next mark is known
            first = connection.exec_driver_sql(
                f"SELECT {sort_key}, name_key FROM partner WHERE ({sort_key}, name_key) >= "
                f"(?, ?) ORDER BY {sort_key}, name_key LIMIT 1",
                (key, name_key),
            ).first()
            mine = m.sort_key == sort_key, m.seq == seq
            if first is None or (following is not None and tuple(first) >= following):
                connection.execute(sa.delete(MARKS).where(*mine))
                continue
            if tuple(first) != (key, name_key):
                connection.execute(
                    sa.update(MARKS).where(*mine).values(k=first[0], name_key=first[1])
                )
            following = (first[0], first[1])


def spans(connection: sa.Connection, sort_key: str) -> list[dict[str, Any]]:
    """The marks of one order: every SPAN-th partner along the sort key's index starts a
    span (mark 0, the first span, has no key)."""
    first = {"sort_key": sort_key, "seq": 0, "k": None, "name_key": None}
    marks: list[dict[str, Any]] = [{**first, "listed": 0, "archived": 0}]
    rows = connection.exec_driver_sql(
        f"SELECT {sort_key}, name_key, archived FROM partner ORDER BY {sort_key}, name_key"
    )
    for i, (key, name_key, archived) in enumerate(rows):
        if i and i % SPAN == 0:
            marks.append(
                {
                    "sort_key": sort_key,
                    "seq": len(marks),
                    "k": key,
                    "name_key": name_key,
                    "listed": 0,
                    "archived": 0,
                }
            )
        marks[-1]["archived" if archived else "listed"] += 1
    return marks
