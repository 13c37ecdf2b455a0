"""A scroll-bar jump in the Portfolio's marked orders on SQLite: the rows at an offset read
from the span holding them, not by skipping every row before them.

Dragging the scroll bar to the middle of a million engagements asks for the rows at offset
500,000. Read by OFFSET, SQLite steps over the 500,000 index entries before them. Every
marked order (store.engagement_marks' PORTFOLIO_ORDERS: title, partner and the stored keys
of columns 3-7; the dated ones only while their key day is the day read for, which
store.portfolio_list's PortfolioList._marked decides) is cut into counted spans: the span
holding the first row wanted is found from the marks' running counts
(store.marks.span_at), then its rows are read along the order's index from the span's
start, skipping at most a span's rows (`_FROM_SPAN`). A descending order is the ascending
one read from the other end: the rows wanted are read ascending from the span holding the
last of them, then turned round. The default order (status group, RAG, title) is counted
by status group (store.portfolio_default). A file without the marks (the first paint
reads a file before its upgrade) gets None: the caller reads by offset.

Nothing here imports SQLAlchemy (the first paint reads before it loads).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from cdmo_desktop.store import marks
from cdmo_desktop.store.engagement_marks import ENGAGEMENT, PORTFOLIO_ORDERS
from cdmo_desktop.store.portfolio_default import marked_rows_at

# Runs a text with the Portfolio's parameters (store.portfolio_sql.Query.run).
Run = Callable[..., Sequence[Sequence[Any]]]

_RUNNING = (
    f"SELECT COALESCE(SUM(m.running), 0) FROM {ENGAGEMENT.marks} AS m WHERE m.sort_key = :order"
)


def _reader(run: Run) -> marks.Reader:
    def read(text: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return run(text, **params)

    return read


def rows_at(
    run: Run, column: int, keyed: str, descending: bool, offset: int, limit: int
) -> list[tuple[Any, ...]] | None:
    """The ids and keys of the rows `offset`.. (up to `limit`) of Portfolio `column`'s
    order, from the marks (`keyed`: each listed engagement's id and its keys k0, k1, ...
    in that order, along the order's index). `column` is the default one or a marked one
    (store.engagement_marks.PORTFOLIO_ORDERS). None when the file has no marks."""
    if column not in PORTFOLIO_ORDERS:
        return marked_rows_at(run, keyed, descending, offset, limit)
    if limit <= 0 or offset < 0:
        return []
    order = PORTFOLIO_ORDERS[column]
    try:
        if descending:  # the ascending places of the rows wanted: first and past the last
            total = int(run(_RUNNING, order=order)[0][0])
            first, stop = max(0, total - offset - limit), total - offset
        else:
            first, stop = offset, offset + limit
        before, start = marks.span_at(_reader(run), ENGAGEMENT, order, first, ("running",))
    except sqlite3.OperationalError:  # no such table or column: a file before the marks
        return None
    if first >= stop:
        return []
    names = [f"o.k{i}" for i in range(ENGAGEMENT.width(order) - 1)] + ["o.id"]
    where = ""
    params: dict[str, Any] = {}
    if start is not None:
        here = ", ".join(f":m{i}" for i in range(len(names)))
        where = f"WHERE ({', '.join(names)}) >= ({here})"
        params = {f"m{i}": v for i, v in enumerate(start)}
    text = (
        f"SELECT * FROM ({keyed}) AS o {where} ORDER BY {', '.join(names)} "
        "LIMIT :limit OFFSET :offset"
    )
    found = [tuple(r) for r in run(text, limit=stop - first, offset=first - before, **params)]
    return found[::-1] if descending else found
