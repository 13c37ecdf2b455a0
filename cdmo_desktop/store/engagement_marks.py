"""The engagements' counted spans (store.marks, revision 0027_list_marks, SQLite): where an
engagement sits in the engagement list's and the Portfolio's orders in a bounded number of
index entries (a row in the middle of a million: a span of 1,024 index entries and a sum
over a thousand marks, not 500,000 index entries).

Each order (`ENGAGEMENT.orders`) is one of the stored sort keys then the id (the engagement
list; a descending date sorts by its own key, counted from the other end), or a Portfolio
order (partner then title; the stored Portfolio keys then the title) then the id. A span
counts its engagements listed (not archived), archived, and running (listed in the
Portfolio: not archived, active, on hold or planned), as far as its users read them: the
list's orders the first two, the Portfolio's the third, the title (both's) those three.
The Portfolio's default order (status group, RAG, title) is marked as the RAG, title and
id order counting each status group's running engagements apart (revision 0029: a row's
place is the groups before its own, from the marks' sums, plus its place in its group;
store.portfolio_default). The list's phase, status and RAG orders are marked like its
other orders (revision 0033): their groups are few and large, a third of the list each.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain.enums import PORTFOLIO_STATUS_RANK
from cdmo_desktop.store import marks

if TYPE_CHECKING:
    import sqlalchemy as sa

_LIST = (
    "sort_title",
    "sort_client",
    "sort_partner",
    "sort_program",
    "sort_start",
    "sort_start_desc",
    "sort_end",
    "sort_end_desc",
    "sort_phase",  # the phase, status and RAG ranks (revision 0033)
    "sort_status",
    "sort_rag",
)
_PORTFOLIO: dict[str, tuple[str, ...]] = {
    "partner_title": ("sort_partner", "sort_title", "id"),
    "pf_risks": ("pf_critical", "pf_high", "pf_open", "sort_title", "id"),
    "pf_reviews": ("pf_reviews", "sort_title", "id"),
    "pf_next": ("pf_next", "sort_title", "id"),
    "pf_late_milestones": ("pf_late_milestones", "sort_title", "id"),
    "pf_late_actions": ("pf_late_actions", "sort_title", "id"),
}
RUNNING = "('active', 'on_hold', 'planned')"  # portfolio.RUNNING_STATUSES' values
# The Portfolio's default order (status as the Portfolio ranks it, RAG, title, id; revision
# 0029): the RAG, title and id order counts each status group's running engagements apart,
# by rank (domain.enums.PORTFOLIO_STATUS_RANK: active, on hold, planned).
DEFAULT_ORDER = "pf_rag_title"
RANKED = ("active", "on_hold", "planned")
ENGAGEMENT = marks.Marked(
    table="engagement",
    marks="engagement_mark",
    keys=("k0", "k1", "k2", "k3", "k4"),
    orders={
        **{key: (key, "id") for key in _LIST},
        **_PORTFOLIO,
        DEFAULT_ORDER: ("sort_rag", "sort_title", "id"),
    },
    counts={
        "listed": "1 - {row}.archived",
        "archived": "{row}.archived",
        "running": f"({{row}}.archived = 0 AND {{row}}.status IN {RUNNING})",
        **{s: f"({{row}}.archived = 0 AND {{row}}.status = '{s}')" for s in RANKED},
    },
    watched=("archived", "status"),
    # The list's orders count what the archived choice shows (their indexes hold the
    # archived flag: cut without reading the table); the Portfolio's what it lists, its
    # default order by status group (store.portfolio_default).
    kept={
        "sort_title": ("listed", "archived", "running"),
        **{key: ("listed", "archived") for key in _LIST if key != "sort_title"},
        **{order: ("running",) for order in _PORTFOLIO},
        DEFAULT_ORDER: RANKED,
    },
    # The title's span is as long as its listed and archived engagements (running ones are
    # listed too); the default order is read along ix_engagement_portfolio, group by group.
    sized={"sort_title": ("listed", "archived")},
    grouped={DEFAULT_ORDER: (PORTFOLIO_STATUS_RANK, (0, 1, 2))},
)
# The Portfolio's columns whose order is marked, by the order's name (column 2, the
# default, is counted by status group: store.portfolio_default).
PORTFOLIO_ORDERS = {
    0: "sort_title",
    1: "partner_title",
    3: "pf_risks",
    4: "pf_reviews",
    5: "pf_next",
    6: "pf_late_milestones",
    7: "pf_late_actions",
}


def counted(filters: dict[str, Any]) -> tuple[str, ...]:
    """The kinds of engagement the engagement list's archived choice shows."""
    if filters.get("archived_only"):
        return ("archived",)
    if filters.get("show_archived"):
        return ("listed", "archived")
    return ("listed",)


def place(
    read: marks.Reader, order: str, values: Sequence[Any], kinds: Sequence[str]
) -> tuple[int, tuple[Any, ...] | None, int]:
    """store.marks.place on the engagements' marks."""
    return marks.place(read, ENGAGEMENT, order, [_plain(v) for v in values], kinds)


def _plain(value: Any) -> Any:
    """A key as the marks hold it (a date as SQLite stores it: ISO text)."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def rebuild(connection: sa.Connection) -> None:
    """Cut every order into spans again (after rows written in bulk)."""
    marks.rebuild(connection, ENGAGEMENT)


def snap(connection: sa.Connection) -> None:
    """store.marks.snap: no mark keeps an erased title, client or partner name. The
    default order's marks are moved by `_snap_default` (no index holds its order)."""
    from cdmo_desktop.store import triggers

    others = {o: c for o, c in ENGAGEMENT.orders.items() if o != DEFAULT_ORDER}
    marks.snap(connection, replace(ENGAGEMENT, orders=others))
    if triggers.keeps_tallies(connection):
        _snap_default(connection)


# The first engagement of a status group at or after a key of the default order's marks:
# along ix_engagement_portfolio (the rank equal, a row value after it), as no index holds
# the RAG, title and id order itself (a plain seek would sort the rows after the key).
_FIRST_IN_GROUP = (
    "SELECT sort_rag, sort_title, id FROM engagement WHERE "
    f"{PORTFOLIO_STATUS_RANK} = ? AND (sort_rag, sort_title, id) >= (?, ?, ?) "
    "ORDER BY sort_rag, sort_title, id LIMIT 1"
)


def _snap_default(connection: sa.Connection) -> None:
    """store.marks.snap for the default order's marks: the first row at or after a mark
    is the least of each status group's first (every row is in one of the three groups:
    PORTFOLIO_STATUS_RANK is 0, 1 or 2)."""
    mine = "WHERE sort_key = ? AND seq = ?"
    found = connection.exec_driver_sql(
        f"SELECT seq, k0, k1, k2 FROM {ENGAGEMENT.marks} WHERE sort_key = ? AND seq > 0 "
        "ORDER BY seq DESC",
        (DEFAULT_ORDER,),
    ).all()
    following: tuple[Any, ...] | None = None
    for seq, *key in found:  # from the last: the next mark is known
        firsts = [
            tuple(row)
            for rank in range(3)
            if (row := connection.exec_driver_sql(_FIRST_IN_GROUP, (rank, *key)).first())
        ]
        first = min(firsts, default=None)
        if first is None or (following is not None and first >= following):
            connection.exec_driver_sql(
                f"DELETE FROM {ENGAGEMENT.marks} {mine}", (DEFAULT_ORDER, seq)
            )
            continue
        if first != tuple(key):
            connection.exec_driver_sql(
                f"UPDATE {ENGAGEMENT.marks} SET k0 = ?, k1 = ?, k2 = ? {mine}",
                (*first, DEFAULT_ORDER, seq),
            )
        following = first


# --- the engagement list ----------------------------------------------------------------
def list_place(
    connection: sa.Connection,
    filters: dict[str, Any],
    sort: sa.Column[Any],
    descending: bool,
    values: tuple[Any, str],
    where: Sequence[Any],
) -> int:
    """The place of the engagement whose (key, id) in the order of the stored key `sort`
    are `values`, under the archived choice `filters` (`where`, their conditions): the
    spans before its own from the marks, then its span's rows before it along the key's
    index (SQLite). A descending order is the ascending one read from the other end."""
    import sqlalchemy as sa

    table = sort.table
    before, start, total = place(
        marks.connection_reader(connection), sort.name, values, counted(filters)
    )
    key = sa.tuple_(sort, table.c.id)
    span = [key < sa.tuple_(sa.literal(values[0], sort.type), sa.literal(values[1]))]
    if start is not None:
        span.append(key >= sa.tuple_(sa.literal(start[0], sort.type), sa.literal(start[1])))
    within = sa.select(sa.func.count()).select_from(table).where(*where, *span)
    ahead = before + int(connection.execute(within).scalar_one())
    return total - 1 - ahead if descending else ahead


def list_rows_at(
    connection: sa.Connection,
    filters: dict[str, Any],
    sort: sa.Column[Any],
    query: Any,
    rows: tuple[int, int],
) -> Any:
    """`query` (the list's rows in the ascending order of the stored key `sort`, then the
    id) narrowed to its rows `rows` = (first, stop), under the archived choice `filters`:
    from the span holding the first, skipping at most a span's rows (SQLite)."""
    import sqlalchemy as sa

    first, stop = rows
    before, start = marks.span_at(
        marks.connection_reader(connection), ENGAGEMENT, sort.name, first, counted(filters)
    )
    if start is not None:
        key = sa.tuple_(sort, sort.table.c.id)
        query = query.where(key >= sa.tuple_(sa.literal(start[0], sort.type), sa.literal(start[1])))
    return query.offset(first - before).limit(stop - first)


# --- the Portfolio ----------------------------------------------------------------------
def portfolio_place(
    run: Callable[..., Sequence[Sequence[Any]]],
    column: int,
    descending: bool,
    keyed: str,
    keys: Sequence[Any],
    engagement_id: str,
) -> int | None:
    """The place of a listed engagement in the order of a marked Portfolio `column`
    (SQLite): the running engagements of the spans before its own from the marks, then
    those of its span before it, counted in `keyed` (store.portfolio_list: each listed
    engagement's id and keys k0, k1, ... along the order's index). `run(sql, **params)`
    runs a text with the Portfolio's parameters. None when the file has no marks yet (the
    first paint reads a file before its upgrade)."""
    values = (*keys, engagement_id)
    try:
        before, start, total = place(
            lambda sql, params: run(sql, **params),
            PORTFOLIO_ORDERS[column],
            values,
            ("running",),
        )
    except sqlite3.OperationalError:  # no such table
        return None
    n = len(keys)
    here = ", ".join([f"o.k{i}" for i in range(n)] + ["o.id"])
    mine = ", ".join(f":s{i}" for i in range(n + 1))
    text = f"SELECT COUNT(*) FROM ({keyed}) AS o WHERE ({here}) < ({mine})"
    params = {f"s{i}": _plain(v) for i, v in enumerate(values)}
    if start is not None:
        text += f" AND ({here}) >= ({', '.join(f':m{i}' for i in range(n + 1))})"
        params.update({f"m{i}": v for i, v in enumerate(start)})
    ahead = before + int(run(text, **params)[0][0])
    return total - 1 - ahead if descending else ahead
