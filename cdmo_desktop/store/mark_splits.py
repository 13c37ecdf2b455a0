"""Counted spans that stay bounded (store.marks, revision 0030_mark_splits, SQLite): a span
grown past BOUND rows is cut into spans of about SPAN rows again before the write that grew
it commits, and the mark of a span left empty goes (after a mass delete or an undone import).

Writes that pile into one span (an import of partners whose names sort together, thousands
of risks added to one engagement) made its count walk as long as the pile, and a row's
place or a scroll-bar jump in it read the whole pile. A trigger on each marks table notes a
span whose size (the counts `Marked.sized_by` names) passes BOUND, or drops to 0, in
`mark_split`; the store (`settle`, from Store.session before its commit: every write path)
reads a noted span's rows along its order's index, cuts them like a rebuild (or drops an
empty span's mark) and clears the note. A write
that notes nothing pays one read of the empty note table when it wrote a marked table,
nothing otherwise. The new marks start at rows as they are now: no erased text is kept.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cdmo_desktop.store import engagement_marks, marks, partner_marks, risk_marks

if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlalchemy.orm import Session

BOUND = 4 * marks.SPAN
"""A span holding more rows than this is cut again (the note triggers hold the number)."""
NOTES = marks.NOTES
MARKED: dict[str, marks.Marked] = {
    m.marks: m for m in (partner_marks.PARTNER, engagement_marks.ENGAGEMENT, risk_marks.RISK)
}
WRITTEN = frozenset(m.table for m in MARKED.values())


def _size(marked: marks.Marked, row: str) -> str:
    """A span's size as the SQL of the marks row `row` (new/old): its sized counts."""
    by_size: dict[tuple[str, ...], list[str]] = {}
    for order in marked.orders:
        by_size.setdefault(marked.sized_by(order), []).append(order)
    sizes = [(" + ".join(f"{row}.{c}" for c in sized), orders) for sized, orders in by_size.items()]
    if len(sizes) == 1:
        return sizes[0][0]
    *cases, (last, _orders) = sizes
    return (
        "CASE "
        + " ".join(
            f"WHEN {row}.sort_key IN ({', '.join(repr(o) for o in orders)}) THEN {sized}"
            for sized, orders in cases
        )
        + f" ELSE {last} END"
    )


def note_trigger(marked: marks.Marked, bound: int = BOUND) -> tuple[str, str]:
    """The name and SQL (after CREATE TRIGGER name) of the trigger noting a span of
    `marked` whose size passes `bound`, or drops to nothing (but the first), as its counts
    are kept."""
    new, old = _size(marked, "new"), _size(marked, "old")
    return (
        f"{NOTES}_{marked.table}",
        f"AFTER UPDATE OF {', '.join(marked.counts)} ON {marked.marks} "
        f"WHEN {new} > {bound} OR (new.seq > 0 AND {new} = 0 AND {old} > 0) "
        f"BEGIN INSERT OR IGNORE INTO {NOTES} (marks, sort_key, seq) "
        f"VALUES ('{marked.marks}', new.sort_key, new.seq); END",
    )


def settle_session(session: Session) -> int:
    """`settle` within a store session that wrote a marked table (its own rows or derived
    ones): the spans its writes grew past BOUND are cut before it commits."""
    captured = session.info.get("captured", {})
    written = {table for table, _id in captured} | set(session.info.get("extra_tables", ()))
    if not written & WRITTEN:
        return 0
    return settle(session.connection())


def settle(
    connection: sa.Connection,
    span: int | None = None,
    known: Mapping[str, marks.Marked] = MARKED,
) -> int:
    """Cut every noted span into spans of about `span` (default SPAN) rows and clear the
    notes; how many spans were cut. `known`: the marked tables by their marks' name."""
    from cdmo_desktop.store import triggers

    if not triggers.keeps_tallies(connection):
        return 0
    noted = connection.exec_driver_sql(
        f"SELECT marks, sort_key, seq FROM {NOTES} ORDER BY marks, sort_key, seq DESC"
    ).all()
    if not noted:
        return 0
    # From the last span of an order: cutting one moves the seqs after it only.
    for table, order, seq in noted:
        split(connection, known[table], order, int(seq), span or marks.SPAN)
    connection.exec_driver_sql(f"DELETE FROM {NOTES}")
    return len(noted)


def split(connection: sa.Connection, marked: marks.Marked, order: str, seq: int, span: int) -> int:
    """Cut the span `seq` of `order` into spans of about `span` rows (by its size) with
    exact counts; how many spans it became (0: no such span, or an empty one whose mark
    went: its place joins the span before, which gains no row)."""
    columns = marked.orders[order]
    keys = marked.keys[: len(columns)]
    mine = f"FROM {marked.marks} WHERE sort_key = ? AND seq"
    size = " + ".join(marked.sized_by(order))
    found = connection.exec_driver_sql(
        f"SELECT {size}, {', '.join(keys)} {mine} = ?", (order, seq)
    ).first()
    if found is None:
        return 0
    if seq and not found[0]:  # the counts a span keeps are all 0 when its sized ones are
        connection.exec_driver_sql(f"DELETE {mine} = ?", (order, seq))
        return 0
    start = found[1:]
    following = connection.exec_driver_sql(
        f"SELECT {', '.join(keys)} {mine} > ? ORDER BY seq LIMIT 1", (order, seq)
    ).first()
    rows = _rows(
        connection,
        marked,
        order,
        tuple(start) if seq else None,
        tuple(following) if following is not None else None,
    )
    counted = marked.counted_in(order)
    sized = [counted.index(c) for c in marked.sized_by(order)]
    pieces = _cut(rows, len(columns), sized, span)
    if len(pieces) < 2:
        return len(pieces)
    shift = len(pieces) - 1
    connection.exec_driver_sql(  # through negative seqs: no two marks share one meanwhile
        f"UPDATE {marked.marks} SET seq = -(seq + ?) WHERE sort_key = ? AND seq > ?",
        (shift, order, seq),
    )
    connection.exec_driver_sql(
        f"UPDATE {marked.marks} SET seq = -seq WHERE sort_key = ? AND seq < 0", (order,)
    )
    zero = dict.fromkeys(marked.counts, 0)
    first = zero | dict(zip(counted, pieces[0][1], strict=True))
    connection.exec_driver_sql(
        f"UPDATE {marked.marks} SET {', '.join(f'{c} = ?' for c in first)} "
        "WHERE sort_key = ? AND seq = ?",
        (*first.values(), order, seq),
    )
    names = ("sort_key", "seq", *marked.keys, *marked.counts)
    padding = (None,) * (len(marked.keys) - len(keys))
    connection.exec_driver_sql(
        f"INSERT INTO {marked.marks} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [
            (order, seq + i, *key, *padding, *(zero | dict(zip(counted, n, strict=True))).values())
            for i, (key, n) in enumerate(pieces[1:], start=1)
        ],
    )
    return len(pieces)


def _rows(
    connection: sa.Connection,
    marked: marks.Marked,
    order: str,
    start: tuple[Any, ...] | None,
    stop: tuple[Any, ...] | None,
) -> Iterable[Sequence[Any]]:
    """The rows of the span from `start` (None: the first) to `stop` (None: the last) in
    `order`, each its key then the 0/1 of each count it keeps, along the order's index."""
    columns = marked.orders[order]
    here = ", ".join("?" for _ in columns)
    where: list[str] = []
    params: list[Any] = []
    if start is not None:
        where.append(f"({', '.join(columns)}) >= ({here})")
        params.extend(start)
    if stop is not None:
        where.append(f"({', '.join(columns)}) < ({here})")
        params.extend(stop)
    added = ", ".join(marked.counts[c].format(row=marked.table) for c in marked.counted_in(order))
    text = f"SELECT {', '.join(columns)}, {added} FROM {marked.table}"
    ordered = f"ORDER BY {', '.join(columns)}"
    if order not in marked.grouped:
        found = " AND ".join(where) or "1 = 1"
        return connection.exec_driver_sql(f"{text} WHERE {found} {ordered}", tuple(params)).all()
    group, values = marked.grouped[order]
    width = len(columns)
    streams: list[Iterator[Sequence[Any]]] = [
        iter(
            connection.exec_driver_sql(
                f"{text} WHERE {' AND '.join([f'{group} = ?', *where])} {ordered}",
                (value, *params),
            ).all()
        )
        for value in values
    ]
    return heapq.merge(*streams, key=lambda row: tuple(row[:width]))


def _cut(
    rows: Iterable[Sequence[Any]], width: int, sized: Sequence[int], span: int
) -> list[tuple[tuple[Any, ...], list[int]]]:
    """The span's rows cut into pieces of even size, about `span` each: (the key a piece
    starts at (the first's is the span's own, unused), its counts)."""
    kept = [(tuple(row[:width]), [int(n) for n in row[width:]]) for row in rows]
    total = sum(n[i] for _key, n in kept for i in sized)
    parts = max(1, -(-total // span))
    pieces: list[tuple[tuple[Any, ...], list[int]]] = []
    reached = 0
    for key, counts in kept:
        if not pieces or (len(pieces) < parts and reached * parts >= total * len(pieces)):
            pieces.append((key, [0] * len(counts)))
        for i, n in enumerate(counts):
            pieces[-1][1][i] += n
        reached += sum(counts[i] for i in sized)
    return pieces
