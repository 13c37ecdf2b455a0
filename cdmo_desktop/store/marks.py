"""Where a row sits in a list's order in a bounded number of index entries, however deep it
is: counted spans ("marks") kept exact by triggers (SQLite, store.triggers.keeps_tallies).

Counting the rows before a row along its sort key's index reads every one of them: at a
million rows a row in the middle costs 100 ms. A `Marked` table's marks cut each of its
orders (`orders`: the row's columns the order sorts by, the last one unique) into spans of
about SPAN rows: a mark is the key a span starts at, with how many rows of each kind
(`counts`: listed, archived, ...) the span holds; seq 0 starts the order (no key).
Triggers on the table add a row to the span it falls in and take it out of the old one,
so the counts stay exact on every write path. A row's place is then the rows of the spans
before its own (a sum over the marks, about rows / SPAN of them) plus those of its span
before it (at most a span's worth of index entries: a span grown past mark_splits.BOUND rows is cut
again before the write that grew it commits, store.mark_splits).

Marks are boundaries, not rows: a mark whose row went away still cuts the order there.
`snap` moves every mark onto a row as it is now (an erasure: no mark keeps erased text).
PostgreSQL has no marks: its lists count along the index.

Users: the partner register (store.partner_marks, revision 0026), the engagement list
and the Portfolio (store.engagement_marks, revisions 0027 and 0029, whose default order
store.portfolio_default reads) and the risk register (store.risk_marks, revision 0028).
Nothing here imports SQLAlchemy at module level (the Portfolio's first paint reads before
it is loaded).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlalchemy as sa

SPAN = 1024
"""Rows per span when the marks are cut (a migration or a rebuild)."""
NOTES = "mark_split"
"""The spans grown past their bound, to cut again (store.mark_splits, revision 0030)."""

# Runs one SQL text with its named parameters, returns the rows (store.portfolio_sql.Reader).
Reader = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]


@dataclass(frozen=True)
class Marked:
    """A table whose orders are marked. `counts` maps each count column of the marks to
    the 0/1 SQL a row adds to it, reading the row as `{row}.column`; `watched` are the
    columns besides the orders' that the counts read (an update of one moves a row);
    `kept` names the counts an order keeps when not all (the others stay 0: an order
    whose index holds what its counts read is cut without reading the table); `sized`, the
    counts whose sum is a span's size when not all it keeps (store.mark_splits splits a span
    grown past a bound); `grouped`, an order no index holds read as the merge of groups
    that each have one (the SQL of the group and its values)."""

    table: str
    marks: str
    keys: tuple[str, ...]  # the marks' key columns (an order of n columns uses the first n)
    orders: Mapping[str, tuple[str, ...]]
    counts: Mapping[str, str]
    watched: tuple[str, ...] = ()
    kept: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sized: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    grouped: Mapping[str, tuple[str, tuple[Any, ...]]] = field(default_factory=dict)

    def width(self, order: str) -> int:
        return len(self.orders[order])

    def counted_in(self, order: str) -> tuple[str, ...]:
        return self.kept.get(order, tuple(self.counts))

    def sized_by(self, order: str) -> tuple[str, ...]:
        return self.sized.get(order, self.counted_in(order))

    def triggers(self) -> tuple[str, str, str]:
        """Its insert, delete and update triggers' names."""
        return (f"{self.marks}_ai", f"{self.marks}_ad", f"{self.marks}_au")


def _row_value(columns: Sequence[str], prefix: str = "") -> str:
    return "(" + ", ".join(f"{prefix}{c}" for c in columns) + ")"


def _desc(columns: Sequence[str]) -> str:
    return ", ".join(f"{c} DESC" for c in columns)


def place(
    read: Reader,
    marked: Marked,
    order: str,
    values: Sequence[Any],
    counted: Sequence[str],
) -> tuple[int, tuple[Any, ...] | None, int]:
    """(rows before the span `values` (the row's key in `order`) falls in, the key that
    span starts at (None for the first), every row counted), counting the `counted` kinds,
    in one short read: the caller counts the rest of the way along the order's index."""
    if not set(counted) <= set(marked.counted_in(order)):
        raise ValueError(f"the {order} order of {marked.marks} does not count {counted}")
    keys = marked.keys[: marked.width(order)]
    here = ", ".join(f":v{i}" for i in range(len(keys)))
    params: dict[str, Any] = {f"v{i}": v for i, v in enumerate(values)}
    n = " + ".join(f"b.{c}" for c in counted)
    summed = f"SELECT COALESCE(SUM({{}}), 0) FROM {marked.marks} AS b WHERE b.sort_key = :order"
    # Mark 0 is always there: the join finds the span's mark, or the first.
    found = read(
        f"WITH here AS (SELECT COALESCE((SELECT seq FROM {marked.marks} WHERE sort_key = :order "
        f"AND seq > 0 AND {_row_value(keys)} <= ({here}) ORDER BY {_desc(keys)} LIMIT 1), 0) "
        f"AS seq) SELECT here.seq, {', '.join(f'm.{k}' for k in keys)}, "
        f"({summed.format(f'CASE WHEN b.seq < here.seq THEN {n} ELSE 0 END')}), "
        f"({summed.format(n)}) "
        f"FROM here JOIN {marked.marks} AS m ON m.sort_key = :order AND m.seq = here.seq",
        {**params, "order": order},
    )[0]
    start = tuple(found[1 : 1 + len(keys)]) if found[0] else None
    return int(found[-2]), start, int(found[-1])


def span_at(
    read: Reader, marked: Marked, order: str, row: int, counted: Sequence[str]
) -> tuple[int, tuple[Any, ...] | None]:
    """(rows before the span holding the `row`-th row of `order` (from 0, ascending),
    the key that span starts at (None for the first)), counting the `counted` kinds, in
    one short read: a jump to a row in the middle of the list skips at most a span's rows
    from there, not every row before it."""
    if not set(counted) <= set(marked.counted_in(order)):
        raise ValueError(f"the {order} order of {marked.marks} does not count {counted}")
    keys = marked.keys[: marked.width(order)]
    n = " + ".join(counted)
    found = read(
        f"SELECT seq, {', '.join(keys)}, ahead FROM (SELECT seq, {', '.join(keys)}, "
        f"SUM({n}) OVER (ORDER BY seq) - ({n}) AS ahead FROM {marked.marks} "
        f"WHERE sort_key = :order) AS m WHERE ahead <= :row ORDER BY seq DESC LIMIT 1",
        {"order": order, "row": row},
    )
    if not found:
        return 0, None
    seq, *start, ahead = found[0]
    return int(ahead), (tuple(start) if seq else None)


def connection_reader(connection: sa.Connection) -> Reader:
    """A Reader running texts on a SQLAlchemy connection."""
    import sqlalchemy as sa

    def read(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return connection.execute(sa.text(sql), dict(params)).all()

    return read


def spans(connection: sa.Connection, marked: Marked, order: str, span: int) -> list[dict[str, Any]]:
    """The marks of one order: every `span`-th row along the order starts a span (seq 0,
    the first span, has no key)."""
    columns = marked.orders[order]
    keys = marked.keys[: len(columns)]
    counts = marked.counted_in(order)
    zero = dict.fromkeys(marked.counts, 0)
    empty = {k: None for k in marked.keys}
    added = [marked.counts[c].format(row=marked.table) for c in counts]
    found = cut(connection.exec_driver_sql, marked.table, columns, added, span)
    return [
        {"sort_key": order, "seq": seq, **empty, **dict(zip(keys, start or (), strict=False))}
        | zero
        | dict(zip(counts, held, strict=True))
        for seq, (start, held) in enumerate(found)
    ]


Cut = list[tuple[tuple[Any, ...] | None, tuple[int, ...]]]
"""An order cut into spans: each span's first key (None for the first span) and its sums."""


def cut(
    execute: Callable[..., Any],
    table: str,
    columns: Sequence[str],
    sums: Sequence[str],
    span: int,
) -> Cut:
    """`table` cut along the order of `columns` into spans of `span` rows, each with the
    sums of the 0/1 SQL `sums`: `skipped` along the order's index, or one sorted read of
    every row where no index holds the order (a grouped one). `execute(sql, params)` is
    exec_driver_sql or a DB-API cursor's execute."""
    return skipped(execute, table, columns, sums, span) or _in_one_pass(
        execute, table, columns, sums, span
    )


def skipped(
    execute: Callable[..., Any],
    table: str,
    columns: Sequence[str],
    sums: Sequence[str],
    span: int,
) -> Cut | None:
    """`cut` read span by span in SQLite: a span's sums over its rows, then the next
    span's first key `span` index entries on (no row passes through Python: a third of the
    CPU of one pass that does). None when no index holds the order (SQLite would sort the
    rows again for each span)."""
    key = ", ".join(columns)
    at = f"WHERE {_row_value(columns)} >= ({', '.join('?' for _ in columns)}) "
    following = f"SELECT {key} FROM {table} {{where}}ORDER BY {key} LIMIT 1 OFFSET {span}"
    plan = execute(f"EXPLAIN QUERY PLAN {following.format(where=at)}", (None,) * len(columns))
    if any("TEMP B-TREE" in str(step[-1]) for step in plan.fetchall()):
        return None
    inner = ", ".join(f"{s} AS c{i}" for i, s in enumerate(sums)) or "1"
    outer = ", ".join(f"COALESCE(SUM(c{i}), 0)" for i in range(len(sums))) or "0"
    summed = (
        f"SELECT {outer} FROM (SELECT {inner} FROM {table} {{where}}ORDER BY {key} LIMIT {span})"
    )
    found: Cut = []
    start: tuple[Any, ...] | None = None
    while True:
        where, params = (at, start) if start is not None else ("", ())
        held = execute(summed.format(where=where), params).fetchone()
        found.append((start, tuple(int(n) for n in held[: len(sums)])))
        after = execute(following.format(where=where), params).fetchone()
        if after is None:
            return found
        start = tuple(after)


def _in_one_pass(
    execute: Callable[..., Any], table: str, columns: Sequence[str], sums: Sequence[str], span: int
) -> Cut:
    """`cut` in one sorted read of every row."""
    found: Cut = []
    held: list[int] = []
    width = len(columns)
    rows = execute(
        f"SELECT {', '.join(columns)}, {', '.join(sums) or '0'} FROM {table} "
        f"ORDER BY {', '.join(columns)}",
        (),
    )
    for i, row in enumerate(rows):
        if i % span == 0:
            if found:
                found[-1] = (found[-1][0], tuple(held))
            found.append((tuple(row[:width]) if i else None, ()))
            held = [0] * len(sums)
        for j, n in enumerate(row[width : width + len(sums)]):
            held[j] += int(n)
    if not found:
        return [(None, (0,) * len(sums))]
    found[-1] = (found[-1][0], tuple(held))
    return found


def rebuild(connection: sa.Connection, marked: Marked, span: int | None = None) -> None:
    """Cut every order into spans of `span` (default SPAN) rows again and count them (after
    rows written in bulk; the migrations do the same)."""
    import sqlalchemy as sa

    from cdmo_desktop.store import triggers

    if not triggers.keeps_tallies(connection):
        return
    columns = ["sort_key", "seq", *marked.keys, *marked.counts]
    insert = sa.text(
        f"INSERT INTO {marked.marks} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)})"
    )
    connection.exec_driver_sql(f"DELETE FROM {marked.marks}")
    clear_notes(connection.exec_driver_sql, marked.marks)
    for order in marked.orders:
        connection.execute(insert, spans(connection, marked, order, span or SPAN))


def clear_notes(execute: Callable[..., Any], marks_table: str) -> None:
    """Drop the notes of one marks table's spans (all cut afresh): `execute(sql, params)`
    runs on a connection (exec_driver_sql, a DB-API cursor's execute). Before revision
    0030 there is no note to drop."""
    found = execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (NOTES,))
    if found.fetchone():
        execute(f"DELETE FROM {NOTES} WHERE marks = ?", (marks_table,))


def snap(connection: sa.Connection, marked: Marked) -> None:
    """Move every mark onto the first row at or after it in its order, dropping the marks
    of spans left empty: the counts stay exact (no row lies between a mark and where it
    moves), and no mark keeps the key of a row that is gone or was renamed (an erasure)."""
    from cdmo_desktop.store import triggers

    if not triggers.keeps_tallies(connection):
        return
    for order, columns in marked.orders.items():
        keys = marked.keys[: len(columns)]
        marks = connection.exec_driver_sql(
            f"SELECT seq, {', '.join(keys)} FROM {marked.marks} "
            "WHERE sort_key = ? AND seq > 0 ORDER BY seq DESC",
            (order,),
        ).all()
        here = ", ".join("?" for _ in columns)
        mine = "WHERE sort_key = ? AND seq = ?"
        following: tuple[Any, ...] | None = None
        for seq, *key in marks:  # from the last: the next mark is known
            first = connection.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {marked.table} WHERE {_row_value(columns)} "
                f">= ({here}) ORDER BY {', '.join(columns)} LIMIT 1",
                tuple(key),
            ).first()
            if first is None or (following is not None and tuple(first) >= following):
                connection.exec_driver_sql(f"DELETE FROM {marked.marks} {mine}", (order, seq))
                continue
            if tuple(first) != tuple(key):
                moved = ", ".join(f"{k} = ?" for k in keys)
                connection.exec_driver_sql(
                    f"UPDATE {marked.marks} SET {moved} {mine}", (*first, order, seq)
                )
            following = tuple(first)


# --- the triggers -------------------------------------------------------------------------
def _span(marked: Marked, order: str, row: str) -> str:
    """The seq of the span the `row` (new/old) falls in, in `order`."""
    columns = marked.orders[order]
    keys = marked.keys[: len(columns)]
    return (
        f"coalesce((SELECT seq FROM {marked.marks} WHERE sort_key = '{order}' AND seq > 0 "
        f"AND {_row_value(keys)} <= {_row_value(columns, row + '.')} "
        f"ORDER BY {_desc(keys)} LIMIT 1), 0)"
    )


def _count(marked: Marked, order: str, row: str, sign: str, changed: str = "") -> str:
    counted = ", ".join(
        f"{c} = {c} {sign} ({marked.counts[c].format(row=row)})" for c in marked.counted_in(order)
    )
    return (
        f"UPDATE {marked.marks} SET {counted} "
        f"WHERE sort_key = '{order}' AND seq = {_span(marked, order, row)}{changed};"
    )


def _changed(marked: Marked, order: str) -> str:
    read = dict.fromkeys((*marked.orders[order], *marked.watched))
    return " AND (" + " OR ".join(f"old.{c} IS NOT new.{c}" for c in read) + ")"


def trigger_sql(marked: Marked) -> dict[str, str]:
    """Each trigger's name and SQL (after CREATE TRIGGER name)."""
    insert, delete, update = marked.triggers()
    add = " ".join(_count(marked, o, "new", "+") for o in marked.orders)
    remove = " ".join(_count(marked, o, "old", "-") for o in marked.orders)
    moved = " ".join(
        _count(marked, o, "old", "-", _changed(marked, o))
        + " "
        + _count(marked, o, "new", "+", _changed(marked, o))
        for o in marked.orders
    )
    watched = ", ".join(
        dict.fromkeys((*marked.watched, *(c for cs in marked.orders.values() for c in cs)))
    )
    return {
        insert: f"AFTER INSERT ON {marked.table} BEGIN {add} END",
        delete: f"AFTER DELETE ON {marked.table} BEGIN {remove} END",
        update: f"AFTER UPDATE OF {watched} ON {marked.table} BEGIN {moved} END",
    }


@contextmanager
def suspended(connection: sa.Connection, marked: Marked) -> Iterator[None]:
    """Without the marks' triggers while every row is rewritten (following a million
    updates through them costs minutes), then the triggers made again and the marks cut
    afresh. Triggers already dropped by the caller (a copy into a new file drops every
    trigger while its rows go in) are made here too; the caller then skips them."""
    from cdmo_desktop.store import triggers

    if not triggers.keeps_tallies(connection):
        yield
        return
    import sqlalchemy as sa

    if not sa.inspect(connection).has_table(marked.marks):  # before the marks' revision
        yield
        return
    made = trigger_sql(marked)
    for name in made:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    yield
    for name, body in made.items():
        connection.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    rebuild(connection, marked)
