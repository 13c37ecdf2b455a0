"""A broad risk search's pages in score order read one score at a time (SQLite).

The risk full-text index numbers its entries by a key whose top bits are the risk's
status, likelihood and impact (store.risk_search), and a risk's score is its likelihood
times its impact (domain.derive). So the matches of one score are a few ranges of keys:
for score 20 and the live statuses, the ranges of (open, 4, 5), (open, 5, 4), (monitoring,
4, 5) ... Read with the typed long words as the whole words they begin (fulltext.
whole_terms), each range is a seek in the index and a run of its entries, and the risks of
that score are walked along the score index, each checked against that short list.

Walking the score index and looking every risk up in the full-text index instead (the
probe of store.risks) costs a search of the index per risk walked: for "supplier" at a
million risks (312k matches, 187k of them live) the first page of 200 live risks walked
about 1,100 risks, 20 ms of lookups; the matches of the highest score, about 7,500 entries
read as three ranges, take under a millisecond, and the walk checks each risk in a list.
A page that needs more rows than a score has reads the next score, and so on: a search
matching few risks is better served by the list of all its matches (store.risks decides:
this is only for the probe's broad searches)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from cdmo_desktop.domain.enums import RiskStatus
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.store import derived_risks, fulltext, risk_search

_SCORE_RANGE = range(1, 6)
SCORES: tuple[int, ...] = tuple(
    sorted({li * im for li in _SCORE_RANGE for im in _SCORE_RANGE}, reverse=True)
)
"""Every score a risk may have, highest first."""

BANDED_FILTERS = frozenset({"search", "status", "today"})
"""The filters a page read by score bands may have: a status filter is a range of the
key's top bits; other filters would make the walk of each band step over risks they drop."""

_RISK: Any = sa.inspect(Risk).local_table
_CELL_SHIFT = 54  # the key's impact bits; likelihood above them (store.risk_search)


def applies(given: Collection[str], sort_key: str, offset: int) -> bool:
    """Whether a page of a broad search (the probe's, with whole terms) is read by score
    bands: in score order, from the first line or after a row, with no filter but the
    search and the status."""
    return sort_key == "score" and not offset and set(given) <= BANDED_FILTERS


def key_ranges(score: int, statuses: range) -> list[tuple[int, int]]:
    """The full-text keys [low, high) of the risks of `score` with a status rank among
    `statuses` (one range per status and cell)."""
    shift = risk_search.STATUS_SHIFT
    cells = [(li, im) for li in _SCORE_RANGE for im in _SCORE_RANGE if li * im == score]
    return [
        (
            (rank << shift) | (li << (_CELL_SHIFT + 3)) | (im << _CELL_SHIFT),
            (rank << shift) | (li << (_CELL_SHIFT + 3)) | ((im + 1) << _CELL_SHIFT),
        )
        for rank in statuses
        for li, im in cells
    ]


def status_ranks(status: str | None) -> range:
    """The status ranks (the key's top bits) of the risks a status filter keeps."""
    if status == risk_search.ACTIVE:
        return range(0, risk_search.LIVE_KEYS_BELOW >> risk_search.STATUS_SHIFT)
    if status:
        rank = derived_risks.STATUS_VALUES.index(RiskStatus(status).value)
        return range(rank, rank + 1)
    return range(0, 8)  # every rank the key's three bits hold


def read(
    session: Any,
    base: sa.Select[Any],
    filters: Mapping[str, Any],
    terms: Mapping[str, Collection[str]],
    limit: int,
    down: bool,
    seek: Any = None,
) -> Sequence[Any]:
    """Up to `limit` rows of `base` (the page's query without its search, in display
    order, after the row `seek`) whose risk matches the search of `filters`: one query
    per score, highest first when `down` (else lowest first), from the score of `seek`,
    until the page is full."""
    if any(not whole for whole in terms.values()):
        return []  # a typed word begins no word: no risk matches
    text = str(filters.get("search") or "")
    statuses = status_ranks(filters.get("status"))
    scores = SCORES if down else SCORES[::-1]
    if seek is not None:
        scores = tuple(s for s in scores if (s <= seek.score if down else s >= seek.score))
    rowid = fulltext.probing(sa.literal_column(f"{_RISK.name}.rowid"), True)
    rows: list[Any] = []
    for band in scores:
        ranges = key_ranges(band, statuses)
        matching = matching_in_key_ranges(derived_risks.FTS_INDEX, text, terms, ranges)
        if matching is None:  # nothing to search for
            return []
        query = base.where(_RISK.c.score == band, rowid.in_(matching))
        rows += session.execute(query.limit(limit - len(rows))).all()
        if len(rows) >= limit:
            break
    return rows


def matching_in_key_ranges(
    index: str,
    text: str,
    terms: Mapping[str, Collection[str]],
    ranges: Sequence[tuple[int, int]],
) -> sa.CompoundSelect | sa.Select[Any] | None:
    """SELECT of the rowids of the risks matching `text` whose entry in the full-text
    index `index` has its key in one of `ranges` ([low, high) each): one seek of the index
    per range, long typed words as the whole words they begin (`terms`, see
    fulltext.whole_terms: a prefix makes FTS5 merge every word it begins for each range).
    None when there is no word to search for."""
    if not fulltext.INDEXES[index].key:
        raise ValueError(f"{index} has no key")
    query = fulltext.match_query(text, terms=terms)
    if query is None:
        return None
    entry: Any = sa.literal_column("rowid")
    parts: list[sa.Select[Any]] = [
        sa.select(sa.literal_column(f"rowid & {risk_search.ROWID_MASK}"))
        .select_from(sa.table(index))
        .where(sa.literal_column(index).op("MATCH")(query), entry >= low, entry < high)
        for low, high in ranges
    ]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else sa.union_all(*parts)


FACET_SKIP_MATCHES = 50_000
"""Matches from which a search's facet groups are counted group by group (`facet_rows`)."""
FACET_GROUPS_MOST = 200
"""Groups beyond which the facet groups are counted in one pass instead."""

_FIRST = (
    "SELECT rowid FROM {fts} WHERE {fts} MATCH :query AND rowid >= {low}{below} "
    "ORDER BY rowid LIMIT 1"
)
_COUNT = "SELECT count(*) FROM {fts} WHERE {fts} MATCH :query AND rowid >= {low} AND rowid < {high}"


def facet_rows(
    session: Any, index: str, query: str, low: int, high: int | None, due_day: int
) -> list[tuple[int, int, int]] | None:
    """SQLite: the facet groups of the entries of `index` matching `query` (an FTS5
    expression of whole words) with keys in [low, high) (no upper end: None), each as
    (key >> FACET_SHIFT, entries, entries with the day bits at most `due_day`), found one
    group after the other: the first entry at or after a key is a seek, and a group's due
    entries (the lower days of its keys) and the others are counted as two ranges of keys,
    never looked at one by one. At a million risks "supplier"'s 187k live matches fall in 75
    groups: 24 ms, where one pass grouping every entry by its key takes 45. None when there
    are more than FACET_GROUPS_MOST groups (then one pass costs less)."""
    if not fulltext.INDEXES[index].key:
        raise ValueError(f"{index} has no key")
    shift = risk_search.FACET_SHIFT
    below = "" if high is None else f" AND rowid < {int(high)}"
    first = _FIRST.format(fts=index, low="{low}", below=below)
    start = f"(top << {shift})"
    due_end = f"({start} + {(due_day + 1) << risk_search.DAY_SHIFT})"
    due = _COUNT.format(fts=index, low=start, high=due_end)
    ahead = _COUNT.format(fts=index, low=due_end, high=f"((top + 1) << {shift})")
    sql = (
        f"WITH RECURSIVE g(top) AS (SELECT ({first.format(low=int(low))}) >> {shift} "
        f"UNION ALL SELECT ({first.format(low=f'((g.top + 1) << {shift})')}) >> {shift} "
        f"FROM g WHERE g.top IS NOT NULL LIMIT {FACET_GROUPS_MOST + 2}) "
        f"SELECT top, ({due}), ({ahead}) FROM g WHERE top IS NOT NULL"
    )
    rows = session.execute(sa.text(sql), {"query": query}).all()
    if len(rows) > FACET_GROUPS_MOST:
        return None
    return [(int(t), int(d) + int(a), int(d)) for t, d, a in rows]


def broad_facet_rows(
    session: Any, text: str, keys: tuple[int, int] | None, due_day: int
) -> list[tuple[int, int, int]] | None:
    """`facet_rows` of the risk index for what was typed, with keys in `keys` ([low, high);
    None: every key), when it is one long word matching at least FACET_SKIP_MATCHES risks
    (its whole words known: fulltext.whole_terms, kept between keystrokes); else None (the
    groups are then read in one pass)."""
    if len(fulltext.words(text)) != 1:
        return None
    index = derived_risks.FTS_INDEX
    terms = fulltext.whole_terms(session, index, text, kept=True)
    if terms is None:
        return None
    if not all(terms.values()):
        return []  # the word begins no word: nothing matches
    counts = [n for whole in terms.values() for n in whole.values()]
    if max(counts) < FACET_SKIP_MATCHES:
        return None
    low, high = keys or (0, None)
    return facet_rows(
        session, index, str(fulltext.match_query(text, terms=terms)), low, high, due_day
    )
