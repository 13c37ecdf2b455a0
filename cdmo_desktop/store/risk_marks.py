"""The risk register's counted spans (store.marks, revision 0028_risk_marks, SQLite): where a
risk sits in a register order, and which risks a jump of the scroll bar reads, in a bounded
number of index entries (a row in the middle of a million: a span of 1,024 index entries and
a sum over a thousand marks, not 500,000 index entries).

Each order (`RISK.orders`) is a register order (`SORT_KEYS`: the stored columns it sorts by)
then the id; a descending order is the ascending one counted from the other end. A span
counts its risks per status (`n_open`, `n_monitoring`, ...), so every status choice of the
register (all, the live ones, one status) is summed from the marks. Under any other filter
(an engagement, level, owner, search, ...) the register reads as before: `order_of` is None.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain.enums import RiskStatus
from cdmo_desktop.domain.risk_review import ACTIVE_STATUSES
from cdmo_desktop.store import marks

if TYPE_CHECKING:
    import sqlalchemy as sa

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "code": ("number",),
    "title": ("title",),
    "category": ("category",),
    "likelihood": ("likelihood",),
    "impact": ("impact",),
    "score": ("score",),
    "level": ("level_rank", "score"),
    "owner": ("owner",),
    "status": ("status_rank",),
    "next_review": ("review_key",),
    "raised_by": ("raised_by",),
    "milestone": ("milestone_name",),
    "engagement": ("engagement_title", "engagement_id", "number"),
}
"""Register columns that can be sorted: the stored columns of each order before the id
that makes it total (each order has its index, domain.models.risk.SORT_INDEXES). "code"
across the portfolio is engagement then number (R-001 exists once per engagement)."""

STATUSES: tuple[str, ...] = tuple(s.value for s in RiskStatus)
LIVE: tuple[str, ...] = tuple(f"n_{s.value}" for s in ACTIVE_STATUSES)
RISK = marks.Marked(
    table="risk",
    marks="risk_mark",
    keys=("k0", "k1", "k2", "k3"),
    # "code" is marked as "engagement": without an engagement filter it is that order.
    orders={name: (*cols, "id") for name, cols in SORT_KEYS.items() if name != "code"},
    counts={f"n_{s}": f"({{row}}.status = '{s}')" for s in STATUSES},
    watched=("status",),
)


def counted(filters: dict[str, Any]) -> tuple[str, ...] | None:
    """The counts of the statuses the register's status choice lists, or None when another
    filter is set (`today` alone filters nothing: it dates the review filter)."""
    given = {k for k, v in filters.items() if v not in (None, "", False, (), [])}
    if not given <= {"status", "today"}:
        return None
    status = filters.get("status")
    if status == "active":  # store.risks.ACTIVE
        return LIVE
    if status:
        return (f"n_{RiskStatus(status).value}",)
    return tuple(RISK.counts)


def order_of(connection: sa.Connection, filters: dict[str, Any], sort_key: str) -> str | None:
    """The marked order the register reads for `sort_key` under `filters`, or None when the
    marks do not answer them (another filter, or no marks: PostgreSQL)."""
    from cdmo_desktop.store import triggers

    if counted(filters) is None or not triggers.keeps_tallies(connection):
        return None
    if sort_key == "code":
        return "engagement"
    return sort_key if sort_key in RISK.orders else "score"


def listed(connection: sa.Connection, filters: dict[str, Any], sort_key: str) -> int | None:
    """How many risks the register lists under `filters` (a status choice), summed from the
    marks of the order of `sort_key` (a thousand marks at a million risks); None when the
    marks do not answer the filters."""
    order = order_of(connection, filters, sort_key)
    if order is None:
        return None
    summed = " + ".join(counted(filters) or ())
    found = connection.exec_driver_sql(
        f"SELECT COALESCE(SUM({summed}), 0) FROM risk_mark WHERE sort_key = ?", (order,)
    )
    return int(found.scalar_one())


def _plain(value: Any) -> Any:
    """A key as the marks hold it (a date as SQLite stores it: ISO text)."""
    return value.isoformat() if isinstance(value, date) else value


def _typed(columns: Sequence[sa.Column[Any]], values: Sequence[Any]) -> Any:
    """The row value (SQL) of a mark's key as the columns' own type binds it."""
    import sqlalchemy as sa

    return sa.tuple_(
        *(
            sa.literal(date.fromisoformat(v) if isinstance(c.type, sa.Date) else v, c.type)
            for c, v in zip(columns, values, strict=True)
        )
    )


def deep(first: int, stop: int, total: int) -> bool:
    """Whether the lines first..stop of `total` lie more than a span from either end (nearer,
    skipping from that end costs less than summing the marks)."""
    return min(first, total - stop) > marks.SPAN


def place(
    connection: sa.Connection,
    filters: dict[str, Any],
    way: tuple[str, bool],
    columns: Sequence[sa.Column[Any]],
    values: Sequence[Any],
    where: Sequence[Any],
) -> int:
    """How many risks come before the one whose key in the order `way` = (name, descending)
    (its `columns`, ascending) is `values`, under the status choice of `filters` (`where`,
    the register's conditions): the spans before its own from the marks, then its span's
    risks before it along the order's index (SQLite). A descending order is the ascending
    one counted from the other end."""
    import sqlalchemy as sa

    order, descending = way
    kinds = counted(filters) or ()
    read = marks.connection_reader(connection)
    before, start, total = marks.place(read, RISK, order, [_plain(v) for v in values], kinds)
    key = sa.tuple_(*columns)
    span = [key < _typed(columns, [_plain(v) for v in values])]
    if start is not None:
        span.append(key >= _typed(columns, start))
    # In the order, with a bound the span's risks stay under: read along the order's index
    # (the planner took the heat map's cell index for the likelihood order's few values,
    # reading every risk of the row's likelihood).
    ordered = sa.select(columns[-1]).where(*where, *span).order_by(*columns)
    within = sa.select(sa.func.count()).select_from(ordered.limit(total - before).subquery())
    ahead = before + int(connection.execute(within).scalar_one())
    return total - 1 - ahead if descending else ahead


def rows_at(
    connection: sa.Connection,
    filters: dict[str, Any],
    way: tuple[str, bool],
    columns: Sequence[sa.Column[Any]],
    query: Any,
    lines: tuple[int, int, int],
) -> Any:
    """`query` (the register's risks in the ascending order of `way` = (name, descending),
    its `columns`) narrowed to the risks of the lines `lines` = (first, stop, every line) of
    the order `way` under the status choice of `filters` (descending: read from the other
    end, the caller reverses them): from the span holding the first, skipping at most a
    span's risks (SQLite)."""
    import sqlalchemy as sa

    order, descending = way
    first, stop, total = lines
    if descending:
        first, stop = total - stop, total - first
    read = marks.connection_reader(connection)
    before, start = marks.span_at(read, RISK, order, first, counted(filters) or ())
    if start is not None:
        query = query.where(sa.tuple_(*columns) >= _typed(columns, start))
    return query.offset(first - before).limit(stop - first)


# --- cutting the spans --------------------------------------------------------------------
def spans(cursor: Any, order: str, span: int) -> list[tuple[Any, ...]]:
    """The marks of one order as rows (sort_key, seq, k0..k3, n_open, ...): along the
    order's index on a DB-API `cursor` (store.marks.skipped), every `span`-th risk starting
    a span (seq 0, the first span, has no key). The index holds each risk's status: no
    table row is read."""
    columns = RISK.orders[order]
    empty = (None,) * (len(RISK.keys) - len(columns))
    # The status order's index holds the status as its rank (its first column).
    if order == "status":
        held = [f"(status_rank = {rank})" for rank in range(len(STATUSES))]
    else:
        held = [f"(status = '{status}')" for status in STATUSES]
    cut = marks.cut(cursor.execute, "risk", columns, held, span)
    return [
        (order, seq, *((*start, *empty) if start else (None,) * len(RISK.keys)), *counts)
        for seq, (start, counts) in enumerate(cut)
    ]


def insert_sql() -> str:
    columns = ("sort_key", "seq", *RISK.keys, *RISK.counts)
    return f"INSERT INTO risk_mark ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def rebuild(connection: sa.Connection, span: int | None = None) -> None:
    """Cut every order into spans of `span` (default store.marks.SPAN) risks again and count
    them (after rows written in bulk; the migration does the same)."""
    from cdmo_desktop.store import triggers

    if triggers.keeps_tallies(connection):
        cut(connection.connection.driver_connection, span)


def cut(dbapi: Any, span: int | None = None, between: Callable[[], object] = tuple) -> None:
    """`rebuild` on a DB-API (sqlite3) connection: one pass along each order's index, then
    `between()` (a bulk load writes what its other threads made meanwhile)."""
    cursor = dbapi.cursor()
    try:
        cursor.execute("DELETE FROM risk_mark")
        marks.clear_notes(cursor.execute, "risk_mark")
        for order in RISK.orders:
            cursor.executemany(insert_sql(), spans(cursor, order, span or marks.SPAN))
            between()
    finally:
        cursor.close()


def snap(connection: sa.Connection) -> None:
    """store.marks.snap: no mark keeps an erased owner's name or a title naming a person."""
    marks.snap(connection, RISK)


@contextmanager
def suspended(connection: sa.Connection) -> Iterator[None]:
    """store.marks.suspended for the risks: without the marks' triggers while every risk is
    rewritten, then the triggers made again and the marks cut afresh (one pass an order)."""
    import sqlalchemy as sa

    from cdmo_desktop.store import triggers

    if not triggers.keeps_tallies(connection) or not sa.inspect(connection).has_table("risk_mark"):
        yield
        return
    made = marks.trigger_sql(RISK)
    for name in made:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    yield
    for name, body in made.items():
        connection.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    rebuild(connection)
