"""The Portfolio's default order (status as the Portfolio ranks it, RAG, title, id) on SQLite:
a row's place and the rows of a scroll-bar jump in a bounded number of index entries.

The order walks ix_engagement_portfolio, whose first column is the status rank (an
expression: active 0, on hold 1, planned 2). Its marks (store.engagement_marks'
DEFAULT_ORDER, revision 0029) cut the RAG, title and id order into spans counting each
status group's running engagements apart. A row's place is the groups before its own (the
marks' sums) plus the spans before its own in its group (store.marks.place) plus the rows of
its group in its span before it (at most a span's worth of index entries, the rank equal
and a row value after the span's start: a seek along the index). A jump finds the group
and the span holding the row (store.marks.span_at) and skips at most a span from there.
Before, both read the row's whole (status, RAG) group, about a twelfth of the list.

A file before revision 0029 (the first paint reads a file before its upgrade) has no such
marks: the place is counted from the tally and the row's group (`tallied_place`), a jump
read by offset. Nothing here imports SQLAlchemy (the first paint reads before it loads).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from cdmo_desktop.domain.enums import PORTFOLIO_STATUS_RANK
from cdmo_desktop.store import marks
from cdmo_desktop.store import portfolio_sql as sql
from cdmo_desktop.store.engagement_marks import DEFAULT_ORDER, ENGAGEMENT, RANKED

# Runs a text with the Portfolio's parameters (store.portfolio_sql.Query.run).
Run = Callable[..., Sequence[Sequence[Any]]]

STATUS_RANK = PORTFOLIO_STATUS_RANK.replace("sort_status", "e.sort_status")
_GROUPS = (
    f"SELECT {', '.join(f'COALESCE(SUM(m.{k}), 0)' for k in RANKED)} "
    f"FROM {ENGAGEMENT.marks} AS m WHERE m.sort_key = :order"
)
# The listed engagements of group :s0 before the row whose rest of the key is (:s1, :s2,
# :sid), from the span's start (:m0, :m1, :m2) when there is one: along the index.
_IN_SPAN = (
    f"SELECT COUNT(*) FROM engagement AS e WHERE {sql.LISTED} AND {STATUS_RANK} = :s0 "
    "AND (e.sort_rag, e.sort_title, e.id) < (:s1, :s2, :sid)"
)
_FROM_SPAN = " AND (e.sort_rag, e.sort_title, e.id) >= (:m0, :m1, :m2)"


def seek_params(keys: Sequence[Any], engagement_id: str) -> dict[str, Any]:
    """The parameters of a seek from the row whose keys are `keys` (:s0, :s1, ... and :sid)."""
    params = {f"s{i}": v for i, v in enumerate(keys)}
    params["sid"] = engagement_id
    return params


def _groups(run: Run) -> tuple[int, ...] | None:
    """The running engagements of each status group (from the marks), None before 0029."""
    try:
        found = run(_GROUPS, order=DEFAULT_ORDER)
    except sqlite3.OperationalError:  # no such table or column: a file before revision 0029
        return None
    groups = tuple(int(n) for n in found[0])
    return groups


def _reader(run: Run) -> marks.Reader:
    return lambda text, params: run(text, **params)


def _start(start: tuple[Any, ...] | None) -> tuple[str, dict[str, Any]]:
    if start is None:
        return "", {}
    return _FROM_SPAN, {f"m{i}": v for i, v in enumerate(start)}


def marked_place(run: Run, descending: bool, keys: Sequence[Any], engagement_id: str) -> int | None:
    """The place of a listed engagement whose keys in the default order are `keys` (rank,
    RAG, title): the groups before its own, the spans before its own in its group, then
    its group's rows of its span before it. None before revision 0029."""
    groups = _groups(run)
    if groups is None:
        return None
    rank = int(keys[0])
    before, start, _ = marks.place(
        _reader(run), ENGAGEMENT, DEFAULT_ORDER, (*keys[1:], engagement_id), (RANKED[rank],)
    )
    extra, params = _start(start)
    within = int(run(_IN_SPAN + extra, **params, **seek_params(keys, engagement_id))[0][0])
    ahead = sum(groups[:rank]) + before + within
    return sum(groups) - 1 - ahead if descending else ahead


def marked_rows_at(
    run: Run, keyed: str, descending: bool, offset: int, limit: int
) -> list[tuple[Any, ...]] | None:
    """The ids and keys of the rows `offset`.. (up to `limit`) of the default order, from
    the span holding the first (`keyed`: each listed engagement's id and keys k0, k1, k2):
    the row there, then a seek on from it. None before revision 0029."""
    groups = _groups(run)
    if groups is None:
        return None
    total = sum(groups)
    if limit <= 0 or not 0 <= offset < total:
        return []
    place = total - 1 - offset if descending else offset  # the first row's, ascending
    rank = 0
    while place >= groups[rank]:
        place -= groups[rank]
        rank += 1
    before, start = marks.span_at(_reader(run), ENGAGEMENT, DEFAULT_ORDER, place, (RANKED[rank],))
    where = "" if start is None else " AND (o.k1, o.k2, o.id) >= (:m0, :m1, :m2)"
    _, params = _start(start)
    first = run(
        f"SELECT * FROM ({keyed}) AS o WHERE o.k0 = :s0{where} "
        "ORDER BY o.k1, o.k2, o.id LIMIT 1 OFFSET :offset",
        s0=rank,
        offset=place - before,
        **params,
    )
    if not first:
        return []
    row = tuple(first[0])
    following = ranked_seek(run, keyed, descending, limit - 1, seek_params(row[1:], row[0]))
    return [row, *following]


def ranked_seek(
    run: Run, keyed: str, down: bool, limit: int, params: Mapping[str, Any]
) -> list[tuple[Any, ...]]:
    """Up to `limit` rows of the default order after the row whose keys are `params`
    (`down`: the order descends, the rows before it, nearest first). SQLite seeks a row
    value holding the status rank (an expression) only by reading every row, so the rest
    of the row's own rank is read first (the rank equal, the row value after it: a seek
    along ix_engagement_portfolio), then the ranks after it (83 ms became 0.1 ms in the
    middle of 735,000 engagements)."""
    if limit <= 0:
        return []
    op, way = ("<", " DESC") if down else (">", "")
    same = (
        f"SELECT * FROM ({keyed}) AS o WHERE o.k0 = :s0 AND (o.k1, o.k2, o.id) {op} "
        f"(:s1, :s2, :sid) ORDER BY o.k1{way}, o.k2{way}, o.id{way} LIMIT :limit"
    )
    rows = [tuple(r) for r in run(same, limit=limit, **params)]
    if len(rows) < limit:
        rest = (
            f"SELECT * FROM ({keyed}) AS o WHERE o.k0 {op} :s0 "
            f"ORDER BY o.k0{way}, o.k1{way}, o.k2{way}, o.id{way} LIMIT :limit"
        )
        rows += [tuple(r) for r in run(rest, limit=limit - len(rows), **params)]
    return rows


# --- before revision 0029 -----------------------------------------------------------------
TALLY_BY_STATUS_RAG = (
    "SELECT t.status, t.rag, SUM(t.n) FROM engagement_tally AS t "
    "WHERE t.archived = :no AND t.status IN {listed} GROUP BY t.status, t.rag"
)
_WITHIN = (
    f"SELECT COUNT(*) FROM engagement AS e WHERE {sql.LISTED} AND {STATUS_RANK} = :s0 "
    "AND e.sort_rag = :s1 AND (e.sort_title, e.id) {op} (:s2, :sid)"
)


def tallied_place(run: Run, descending: bool, keys: Sequence[Any], engagement_id: str) -> int:
    """The place of an engagement in the default order from the tally: the engagements of
    every (status, RAG) group before its own, plus those of its own group before it along
    ix_engagement_portfolio (a file without the marks of revision 0029)."""
    from cdmo_desktop.store.derived_engagements import RAG_RANK
    from cdmo_desktop.store.derived_engagements import STATUS_RANK as STATUS_KEY

    ranks = {1: 0, 2: 1}  # PORTFOLIO_STATUS_RANK of the sort_status: active, on hold, the rest
    mine = (int(keys[0]), int(keys[1]))
    before = 0
    for status, rag, n in run(TALLY_BY_STATUS_RAG):
        group = (
            ranks.get(STATUS_KEY.get(status, len(STATUS_KEY)), 2),
            RAG_RANK.get(rag, len(RAG_RANK)),
        )
        if (group > mine) if descending else (group < mine):
            before += int(n)
    within = _WITHIN.replace("{op}", ">" if descending else "<")
    return before + int(run(within, **seek_params(keys, engagement_id))[0][0])
