"""A broad search's first page on a team server (PostgreSQL): read along the sort order's
index, each row tested as the walk meets it.

On PostgreSQL a search's page (the risk register's, the engagement list's) lists every
match by its address from the word index, fetches them and sorts them (store.fulltext's
list of addresses): at a million risks "supplier" matches 312,000 and its first page of
200 cost 560 ms of server CPU. Walking the order's index instead and testing each row's
words as it comes (fulltext.condition, `inline`: about 60 us a row, the words computed
from the row's text) finds a page after about limit / share rows: some 650 for
"supplier", 20 ms. A search matching few rows is better listed: a walk would test most
of the index.

PostgreSQL's own estimate of a word prefix's matches is blind while the word index's
statistics hold fewer than 100 words, and a team member who does not own the table may
not read those statistics; so the share is measured on the walk itself. `first_page`
walks a first stretch of 1 / SAMPLE_SHARE of the page (its rows read with their test): when
its matches say a walk pays (WALK_COST), the walk goes on from there for at most what
listing the matches would cost, else (or when that walk falls short) None: the caller
lists the matches. Each walk is a subquery with a LIMIT of rows walked, so no search walks
the whole index, however its matches lie along the order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from cdmo_desktop.store import fulltext

WALK_COST = 20
"""What walking past one row (its words computed) costs, in matches listed instead
(measured at a million risks: 60 us a row walked; 1.8 us a match listed, fetched and
sorted)."""
SAMPLE_SHARE = 2
"""The first walk reads a page's limit / SAMPLE_SHARE rows (at least SAMPLE_LEAST)."""
SAMPLE_LEAST = 16


def word_index_only(session: Any) -> None:
    """PostgreSQL: no sequential scan for the rest of this read's transaction (a search's
    count or listed page follows). The planner charges the word test to every row of a
    bitmap scan of the word index as to every row of a sequential scan, though the bitmap
    never computes it (the index is exact): for a word nearly every row holds it then
    prefers computing every row's words, 32 s at a million engagements for "p" where the
    bitmap takes 0.3 s. Nothing on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SET LOCAL enable_seqscan = off"))


def _walk(
    base: sa.Select[Any], table: sa.FromClause, index: fulltext.Index, rows: int
) -> tuple[sa.Subquery, list[str]]:
    """The first `rows` rows of `base` with the columns the search reads, as a subquery,
    and the names of `base`'s own columns."""
    shown = [c.key for c in base.selected_columns]
    extra = [table.c[c] for c in index.columns if c not in shown]
    return base.add_columns(*extra).limit(rows).subquery("walked"), [str(k) for k in shown]


def _matching(walked: sa.Subquery, index: fulltext.Index, text: str) -> Any:
    return fulltext.condition("postgresql", index, text, table=walked, inline=True)


def _ordered(walked: sa.Subquery, order: Sequence[sa.ColumnElement[Any]], down: bool) -> list[Any]:
    columns = [walked.c[str(c.key)] for c in order]
    return [c.desc() if down else c.asc() for c in columns]


def _table_rows(session: Any, table: sa.FromClause) -> float:
    """The rows of `table` as the server's statistics count them (pg_class.reltuples,
    readable by every role; -1 or 0 before the first ANALYZE)."""
    found = session.execute(
        sa.text("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:name)"),
        {"name": str(getattr(table, "name", ""))},
    ).scalar()
    return float(found or 0)


def _pays(share: float, every: float, limit: int) -> bool:
    """Whether walking about limit / share rows costs less than listing share x every."""
    return share * share * every >= WALK_COST * limit


def first_page(
    session: Any,
    base: sa.Select[Any],
    table: sa.FromClause,
    index: str,
    text: str,
    order: Sequence[sa.ColumnElement[Any]],
    down: bool,
    limit: int,
    *,
    matches: int | None = None,
) -> list[tuple[Any, ...]] | None:
    """The first `limit` rows of `base` whose row of `table` matches `text` in `index`,
    read by walking `base`'s order (see the module docstring), or None when the matches
    are better listed. `base`: the page's query without the search (its other filters,
    its seek position; no LIMIT), ordered by `order`, every column descending when
    `down`, selecting those columns among its own. `matches`: how many rows the search
    lists, when the caller counted them (no walk is tried when they are few)."""
    found = fulltext.INDEXES[index]
    every = _table_rows(session, table)
    if not fulltext.words(text) or every < WALK_COST * limit:
        return None  # even if every row matched, listing them would cost less
    if matches is not None and not _pays(matches / max(every, 1), every, limit):
        return None
    sample = max(limit // SAMPLE_SHARE, SAMPLE_LEAST)
    walked, shown = _walk(base, table, found, sample)
    hit = sa.func.coalesce(_matching(walked, found, text), sa.false()).label("search_hit")
    first = session.execute(
        sa.select(*(walked.c[k] for k in shown), hit).order_by(*_ordered(walked, order, down))
    ).all()
    rows = [tuple(r[:-1]) for r in first if r[-1]]
    if len(first) < sample or len(rows) >= limit:
        return rows[:limit]  # `base` holds no more rows
    share = len(rows) / sample
    if not _pays(share, every, limit):
        return None
    last = first[-1]
    keys = sa.tuple_(*order)
    values = sa.tuple_(*(sa.literal(last._mapping[str(c.key)], c.type) for c in order))
    rest = base.where(keys < values if down else keys > values)
    need = limit - len(rows)
    budget = int(min(2 * need / share + SAMPLE_LEAST, share * every / WALK_COST))
    walked, shown = _walk(rest, table, found, budget)
    more = session.execute(
        sa.select(*(walked.c[k] for k in shown))
        .where(_matching(walked, found, text))
        .order_by(*_ordered(walked, order, down))
        .limit(need)
    ).all()
    if len(more) < need:
        return None  # the matches lie further along the order: listed instead
    return rows + [tuple(r) for r in more]
