"""Where a partner sits in the register (store.partner_list's order and filters): the row
read by its id, then the rows before it counted along the sort key's index (which carries
the combo filters' columns), never the table. Where the tally gives the count, a row near
either end is first looked for among the rows at each end (store.partner_list.NEAR; two
short reads); with every partner listed, the spans before the row's come from the marks
(store.partner_marks, SQLite); sorted by kind or qualification, the groups before the
row's from the tally (on a team server for who may read it, store.triggers.reads_tallies).
Only a row deep in a list filtered otherwise costs the whole count."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from cdmo_desktop.store import dialect, partner_list, partner_marks, triggers
from cdmo_desktop.store.partner_list import (
    SORT_KEYS,
    TALLIED_KEYS,
    TALLY,
    PartnerFilters,
    PartnerListRow,
    _beyond,
    _key_values,
    _keys,
    _plain,
    _row,
    _row_columns,
    _table,
    _tallied,
    conditions,
    count,
)


def position(
    session: Session,
    filters: PartnerFilters,
    sort_column: int,
    descending: bool,
    key: str,
    today: date,
) -> int | None:
    """Row number of partner `key` under `filters` and the order (rows before it), None
    when it does not match the filters."""
    found = locate(session, filters, sort_column, descending, key, today)
    return None if found is None else found[0]


def locate(
    session: Session,
    filters: PartnerFilters,
    sort_column: int,
    descending: bool,
    key: str,
    today: date,
) -> tuple[int, PartnerListRow] | None:
    """(row number, row) of partner `key` under `filters` and the order, None when it does
    not match the filters: the row read by its id, then the rows before it counted along
    the sort key's index (which carries the combo filters' columns). Where the tally
    gives the count (a team server counts the list for who may not read it), a row near
    either end is first looked for among the NEAR rows at each end (two short reads), so
    only a row deep in the list costs the whole count."""
    p = _table()
    conn = session.connection()
    # A search for the start of names: their range (store.partner_name_range), not a list
    # of every match.
    found_range = partner_list._name_range(session, filters)
    where = conditions(
        filters, today, sort_column, dialect_name=dialect.name(session), name_range=found_range
    )
    found = conn.execute(sa.select(*_row_columns(p)).where(p.c.id == key, *where)).first()
    if found is None:
        return None
    row = _row(found)

    def counted(ascending: bool, cap: int | None) -> int:
        side = _beyond(sort_column, row, ascending)
        if cap is None:
            stmt = sa.select(sa.func.count()).select_from(p).where(*where, side)
        else:
            near = sa.select(p.c.id).where(*where, side).limit(cap).subquery()
            stmt = sa.select(sa.func.count()).select_from(near)
        return int(conn.execute(stmt).scalar_one())

    if filters.tallied:
        # On a team server too: the rows after one near the end are counted, and the
        # list's count read, instead of every row before it (at a million partners the
        # last row sorted by name: 979,000 index entries, 110-160 ms; the count 40-50).
        ends = partner_list.NEAR
        before = counted(descending, ends)
        if before < ends:
            return before, row
        after = counted(not descending, ends)
        if after < ends:
            return count(session, filters, today) - 1 - after, row
    sqlite = dialect.name(session) == "sqlite"
    if filters.tallied and sqlite and replace(filters, archived=False) == PartnerFilters():
        # Every partner listed (or every one not archived): the spans before the row's
        # from the marks, then the rows of its span before it along the index.
        ahead, listed = _marked(conn, where, sort_column, row, filters.archived)
        return (listed - 1 - ahead if descending else ahead), row
    if filters.tallied and triggers.reads_tallies(conn):
        grouped = SORT_KEYS.get(sort_column)
        if grouped is not None and grouped in TALLIED_KEYS and not filters.scale:
            # The groups before the row's kind or status from the tally, then the rows
            # before it within its group along the index.
            value, n = getattr(row, grouped), TALLY.c.n
            earlier = TALLY.c[grouped] > value if descending else TALLY.c[grouped] < value
            groups = sa.select(sa.func.coalesce(sa.func.sum(n), 0))
            groups = groups.where(*_tallied(TALLY, filters), earlier)
            inside = p.c.name_key > row.name_key if descending else p.c.name_key < row.name_key
            within = sa.select(sa.func.count()).select_from(p)
            within = within.where(*where, _plain(p.c[grouped]) == value, inside)
            return int(conn.execute(groups).scalar_one()) + int(
                conn.execute(within).scalar_one()
            ), row
    return counted(descending, None), row


def _marked(
    conn: sa.Connection,
    where: list[sa.ColumnElement[bool]],
    sort_column: int,
    row: PartnerListRow,
    archived_too: bool,
) -> tuple[int, int]:
    """(partners before `row` in the ascending order of `sort_column`, partners listed):
    store.partner_marks, then the row's span along the index."""
    keys = _keys(sort_column)
    values = _key_values(sort_column, row)
    marked = (values[0], row.name_key)  # the name's own order is marked as (name, name)
    before, start, listed = partner_marks.place(
        conn, SORT_KEYS.get(sort_column) or "name_key", marked, archived_too
    )
    if len(keys) == 1:
        span = [keys[0] < values[0]] + ([keys[0] >= start[1]] if start else [])
    else:
        span = [sa.tuple_(*keys) < sa.tuple_(*values)]
        span += [sa.tuple_(*keys) >= sa.tuple_(*start)] if start else []
    within = sa.select(sa.func.count()).select_from(_table()).where(*where, *span)
    return before + int(conn.execute(within).scalar_one()), listed
