"""Risk register queries: one filter builder shared by the register, its count and the heat
map, so the heat map's cells always add up to what the register lists.

Every question is one short read whatever the number of risks: pages are sought by key
(each sort order is total, sort key then id, and has its own index) instead of skipped with
OFFSET; counts and heat-map cells come from maintained tallies when the filters are the
tally's keys (status, level, category, owner, heat-map cell, and due for review with the
status and level, an owner or a category), else from the filter's own index;
the text search reads the full-text index (store.fulltext, word prefixes).

The tallies are kept by triggers on both backends (on a team server from revision
0031_server_tallies), but on PostgreSQL they count every client's risks: only who sees
every row reads them (store.triggers.reads_tallies); a consultant's or a viewer's count and
heat map are a plain GROUP BY over the risks the filters keep (row-level security then
limits them to what the user may see). The functions building SQL take `dialect_name`
(store.dialect.name) for the full-text condition, and `tallies` for whether the tallies
may be read (default: on SQLite).

Filters are a plain dict (the register's combo boxes fill it):
    engagement_id  str              one engagement's risks
    status         str              a RiskStatus value, or "active" (live risks, see is_live)
    level          str              a RiskLevel value
    category       str              a RiskCategory value
    owner          str              exact owner name
    review_due     bool             live risks whose review date is today or past
    today          date             the day "review_due" is judged on (default: today)
    search         str              word prefixes found in the title, description or mitigation
    cell           (kind, l, i)     kind "current" or "residual": risks in one heat-map cell
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from cdmo_desktop.domain import clock, risk_matrix, risk_review
from cdmo_desktop.domain.enums import RiskLevel, RiskStatus
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.domain.models.risk import NO_REVIEW
from cdmo_desktop.store import (
    deep_pages,
    derived_risks,
    dialect,
    fulltext,
    risk_forms,
    risk_marks,
    risk_search,
    risk_search_bands,
    server_search,
    triggers,
)
from cdmo_desktop.store.risk_marks import SORT_KEYS
from cdmo_desktop.store.risk_search import FacetGroup

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

ACTIVE = risk_search.ACTIVE
LIVE_STATUS_VALUES: tuple[str, ...] = tuple(s.value for s in risk_review.ACTIVE_STATUSES)

R = sa.inspect(Risk).local_table

# The maintained counts (store.derived_risks keeps them with triggers).
_TALLY = sa.table(
    "risk_tally",
    *(sa.column(k) for k in derived_risks.TALLY_KEYS),
    sa.column("n", sa.Integer),
)
_REVIEW_TALLY = sa.table(
    "risk_review_tally",
    sa.column("status"),
    sa.column("level"),
    sa.column("day", sa.Date),
    sa.column("n", sa.Integer),
)
_OWNER_TALLY = sa.table(
    "risk_owner_tally",
    *(sa.column(k) for k in derived_risks.OWNER_TALLY_KEYS),
    sa.column("n", sa.Integer),
)
_DUE_TALLY = sa.table(
    "risk_due_tally",
    sa.column("facet"),
    sa.column("value"),
    sa.column("status"),
    sa.column("day", sa.Date),
    sa.column("n", sa.Integer),
)
_LIVE_RANKS = tuple(derived_risks.STATUS_VALUES.index(v) for v in LIVE_STATUS_VALUES)


@dataclass(frozen=True)
class RiskRow:
    """One register line (plain values, safe to keep in a Qt model). It carries every sort
    key, so the next or previous page can be sought from it."""

    id: str
    engagement_id: str
    engagement_title: str
    number: int
    title: str
    category: str
    likelihood: int
    impact: int
    score: int
    level: str
    owner: str
    status: str
    next_review_date: date | None
    raised_by: str
    milestone_name: str
    residual_likelihood: int | None
    residual_impact: int | None
    level_rank: int
    status_rank: int
    review_key: date

    @property
    def code(self) -> str:
        return risk_review.code(self.number)


# --- filters ------------------------------------------------------------------------------


def is_live(status: Any, *, literal: bool = False) -> Any:
    """SQL for "a live risk" on a status column: the SQL twin of domain.risk_review.is_active,
    built from the same status list. `literal`: the statuses written into the SQL, not
    bound, as the partial index of the live risks in review order needs
    (domain.models.risk.LIVE_WHERE: a planner, SQLite's and PostgreSQL's alike, uses a
    partial index only for a query that holds its condition word for word). Only the
    review order asks for it: other queries, the heat map's groupings among them, are
    better served by indexes that hold the columns they read."""
    if literal:
        return status.in_([sa.literal_column(f"'{v}'") for v in LIVE_STATUS_VALUES])
    return status.in_(LIVE_STATUS_VALUES)


def _search_words(filters: dict[str, Any]) -> str:
    return str(filters.get("search") or "")


def where_clauses(
    filters: dict[str, Any],
    *,
    with_cell: bool = True,
    probe: bool = False,
    dialect_name: str = "sqlite",
    review_order: bool = False,
    terms: Mapping[str, Collection[str]] | None = None,
    inline: bool = False,
) -> list[Any]:
    """SQL conditions for the register's filters (see the module docstring). On SQLite the
    risks a search matches are read by rowid (a few matches), or, with `probe`, looked up
    among the matches along another index (many matches: see fulltext.probe_pays).
    `review_order`: the rows are read in next-review order (the live risks' condition
    then as their partial index has it: `is_live`). `terms`: a probe's long words as the
    whole words they begin (fulltext.whole_terms): each row is then looked up alone.
    `inline` (PostgreSQL): the search tested on each risk row (fulltext.condition)."""
    clauses: list[Any] = []
    if eid := filters.get("engagement_id"):
        clauses.append(R.c.engagement_id == eid)
    status = filters.get("status")
    if status == ACTIVE:
        clauses.append(is_live(R.c.status, literal=review_order))
    elif status:
        clauses.append(R.c.status == RiskStatus(status).value)
    if level := filters.get("level"):
        clauses.append(R.c.level == RiskLevel(level).value)
    if category := filters.get("category"):
        clauses.append(R.c.category == str(category))
    if (owner := filters.get("owner")) is not None and owner != "":
        clauses.append(R.c.owner == owner)
    if filters.get("review_due"):
        today = filters.get("today") or clock.today()
        clauses.append(R.c.review_key <= today)
        if status != ACTIVE:  # said once: twice, the planner counts it twice as selective
            clauses.append(is_live(R.c.status, literal=review_order))
    text = _search_words(filters)
    matching = fulltext.condition(
        dialect_name,
        derived_risks.FTS_INDEX,
        text,
        probe=probe,
        table=R,
        key_range=_status_keys(filters),
        terms=terms,
        inline=inline,
    )
    if matching is not None:
        clauses.append(matching)
    cell = filters.get("cell")
    if with_cell and cell:
        kind, likelihood, impact = cell
        if kind == "residual":
            clauses += [R.c.residual_likelihood == likelihood, R.c.residual_impact == impact]
        else:
            clauses += [R.c.likelihood == likelihood, R.c.impact == impact]
    return clauses


def _status_keys(filters: dict[str, Any]) -> tuple[int, int] | None:
    """The full-text index's keys of the risks the status filter keeps (store.risk_search:
    the status rank is the key's top bits), so a search reads only their entries."""
    status = filters.get("status")
    shift = risk_search.STATUS_SHIFT
    if status and status != ACTIVE:
        rank = derived_risks.STATUS_VALUES.index(RiskStatus(status).value)
        return rank << shift, (rank + 1) << shift
    if status == ACTIVE or filters.get("review_due"):
        return 0, risk_search.LIVE_KEYS_BELOW
    return None


# --- counts -------------------------------------------------------------------------------

_TALLIED = {"status", "level", "category", "cell", "today"}
_OWNER_TALLIED = {"owner", "status", "level", "cell", "today"}
"""Filters the tallies answer: risk_tally, and risk_owner_tally for an owner's risks
(per-engagement, text and review-date filters are answered by an index on the risk table
instead)."""


def _given(filters: dict[str, Any]) -> set[str]:
    return {k for k, v in filters.items() if v not in (None, "", False, (), [])}


def _tally_clauses(filters: dict[str, Any], table: Any) -> list[Any]:
    """The filters as conditions on a tally (its columns share the risk table's names)."""
    clauses: list[Any] = []
    status = filters.get("status")
    if status == ACTIVE:
        clauses.append(is_live(table.c.status))
    elif status:
        clauses.append(table.c.status == RiskStatus(status).value)
    if level := filters.get("level"):
        clauses.append(table.c.level == RiskLevel(level).value)
    if table is _TALLY and (category := filters.get("category")):
        clauses.append(table.c.category == str(category))
    if table is _OWNER_TALLY:
        clauses.append(table.c.owner == filters["owner"])
    if table in (_TALLY, _OWNER_TALLY) and (cell := filters.get("cell")):
        kind, likelihood, impact = cell
        prefix = "residual_" if kind == "residual" else ""
        clauses += [
            table.c[f"{prefix}likelihood"] == likelihood,
            table.c[f"{prefix}impact"] == impact,
        ]
    return clauses


def _tally_of(given: set[str]) -> Any:
    """The tally that answers these filters alone, or None."""
    if given <= _TALLIED:
        return _TALLY
    if "owner" in given and given <= _OWNER_TALLIED:
        return _OWNER_TALLY
    return None


def _tallied(dialect_name: str, tallies: bool | None) -> bool:
    return dialect_name == "sqlite" if tallies is None else tallies


def reads_tallies(session: Any) -> bool:
    """Whether this session's login may count from the tallies (store.triggers)."""
    return triggers.reads_tallies(session.connection())


def count_query(
    filters: dict[str, Any], *, dialect_name: str = "sqlite", tallies: bool | None = None
) -> Any:
    """The cheapest SELECT of how many risks `filters` lists: a tally sum when the filters
    are the tally's keys and `tallies` may be read (default: on SQLite), else a count over
    the filter's own index."""
    where = where_clauses(filters, dialect_name=dialect_name)
    if not _tallied(dialect_name, tallies):
        return sa.select(sa.func.count()).select_from(R).where(*where)
    given = _given(filters)
    if (tally := _tally_of(given)) is not None:
        return sa.select(sa.func.coalesce(sa.func.sum(tally.c.n), 0)).where(
            *_tally_clauses(filters, tally)
        )
    today = filters.get("today") or clock.today()
    if given <= {"status", "level", "review_due", "today"}:
        return sa.select(sa.func.coalesce(sa.func.sum(_REVIEW_TALLY.c.n), 0)).where(
            *_tally_clauses(filters, _REVIEW_TALLY),
            is_live(_REVIEW_TALLY.c.status),
            _REVIEW_TALLY.c.day <= today,
        )
    for facet in derived_risks.DUE_FACETS:
        if "review_due" in given and given <= {"status", facet, "review_due", "today"}:
            return sa.select(sa.func.coalesce(sa.func.sum(_DUE_TALLY.c.n), 0)).where(
                _DUE_TALLY.c.facet == facet,
                _DUE_TALLY.c.value == str(filters[facet]),
                *_tally_clauses({"status": filters.get("status")}, _DUE_TALLY),
                is_live(_DUE_TALLY.c.status),
                _DUE_TALLY.c.day <= today,
            )
    return sa.select(sa.func.count()).select_from(R).where(*where)


def count_risks(store: Store, filters: dict[str, Any]) -> int:
    with store.read() as session:
        if _faceted(filters):
            return _facet_count(facet_groups(session, filters), filters)[0]
        query = count_query(
            filters, dialect_name=dialect.name(session), tallies=reads_tallies(session)
        )
        return int(session.execute(query).scalar_one())


def count_risks_and_due(store: Store, filters: dict[str, Any], today: date) -> tuple[int, int]:
    """How many risks the filters list, and how many of those are due for review."""
    due = {**filters, "review_due": True, "today": today}
    with store.read() as session:
        if _faceted(filters):
            return _facet_count(facet_groups(session, due), filters)
        name, tallies = dialect.name(session), reads_tallies(session)
        total = session.execute(count_query(filters, dialect_name=name, tallies=tallies))
        due_count = session.execute(count_query(due, dialect_name=name, tallies=tallies))
        return int(total.scalar_one()), int(due_count.scalar_one())


# --- a search's counts and heat map from the matches' facets (store.risk_search) ------------

_FACETED = {"search", "status", "level", "cell", "review_due", "today"}
"""Filters a search's facet groups answer (with the search: its matches' status, cells
and review day); with another filter the search is counted over the risk rows."""


def _faceted(filters: dict[str, Any]) -> bool:
    given = _given(filters)
    return "search" in given and given <= _FACETED and bool(fulltext.words(_search_words(filters)))


def searched_by_facets(filters: dict[str, Any]) -> bool:
    """Whether `search_counts` answers these filters (a search, with at most status,
    level, cell and review filters)."""
    return _faceted(filters)


def facet_groups(session: Any, filters: dict[str, Any]) -> list[FacetGroup]:
    """The risks the search (and status filter) of `filters` matches, grouped by status,
    current and residual cell, each group with how many of its risks have their review on
    or before `today` (default: today). SQLite: one pass over the full-text index's keys
    (no risk row read); PostgreSQL: one GROUP BY over the matching risks, each read once
    through the word index's bitmap (the list of their addresses read each twice and
    sorted them: 1 s for the 312,000 risks "supplier" finds among a million)."""
    today = filters.get("today") or clock.today()
    status = filters.get("status")
    text = _search_words(filters)
    name = dialect.name(session)
    if name != "sqlite":
        server_search.word_index_only(session)
        plain = {"search": text, "status": status}
        cols = (R.c.status, R.c.likelihood, R.c.impact, _CELLS[2], _CELLS[3])
        due = sa.func.sum(sa.case((R.c.review_key <= today, 1), else_=0))
        query = (
            sa.select(*cols, sa.func.count(), due)
            .where(*where_clauses(plain, dialect_name=name, inline=True))
            .group_by(*cols)
        )
        return [
            FacetGroup(str(st), int(li), int(im), rl, ri, int(n), int(d or 0))
            for st, li, im, rl, ri, n, d in session.execute(query).all()
        ]
    due_day = risk_search.day_number(today)
    keys = _status_keys({"status": status})
    rows = risk_search_bands.broad_facet_rows(session, text, keys, due_day)
    if rows is not None:  # a broad search's groups, counted group by group
        return [risk_search.decode(t, n, d) for t, n, d in rows]
    query_text = fulltext.match_query(text)
    key: Any = sa.literal_column("rowid")
    clauses = [sa.literal_column(derived_risks.FTS_INDEX).op("MATCH")(query_text)]
    if status == ACTIVE:
        clauses.append(key < risk_search.LIVE_KEYS_BELOW)
    elif status:
        rank = derived_risks.STATUS_VALUES.index(RiskStatus(status).value)
        shift = risk_search.STATUS_SHIFT
        clauses += [key >= rank << shift, key < (rank + 1) << shift]
    top = key.op(">>")(risk_search.FACET_SHIFT)
    day = key.op(">>")(risk_search.DAY_SHIFT).op("&")(risk_search.DAY_MASK)
    query = (
        sa.select(top, sa.func.count(), sa.func.sum(sa.case((day <= due_day, 1), else_=0)))
        .select_from(sa.table(derived_risks.FTS_INDEX))
        .where(*clauses)
        .group_by(top)
    )
    return [risk_search.decode(int(t), int(n), int(d)) for t, n, d in session.execute(query)]


def _kept(groups: list[FacetGroup], filters: dict[str, Any], *, with_cell: bool) -> Any:
    """The groups the status, level and cell filters keep (the search made the groups)."""
    status = filters.get("status")
    level = filters.get("level")
    cell = filters.get("cell") if with_cell else None
    for g in groups:
        if status == ACTIVE and g.status not in LIVE_STATUS_VALUES:
            continue
        if status and status != ACTIVE and g.status != RiskStatus(status).value:
            continue
        if level and not (
            g.likelihood in _SCORES
            and g.impact in _SCORES
            and risk_matrix.level(g.likelihood, g.impact).value == RiskLevel(level).value
        ):
            continue
        if cell:
            kind, likelihood, impact = cell
            where = (
                (g.residual_likelihood, g.residual_impact)
                if kind == "residual"
                else (g.likelihood, g.impact)
            )
            if where != (likelihood, impact):
                continue
        yield g


_SCORES = range(1, 6)


def _listed(g: FacetGroup, filters: dict[str, Any]) -> int:
    """How many of the group's risks the filters list (with review_due: the live ones due)."""
    if filters.get("review_due"):
        return g.due if g.status in LIVE_STATUS_VALUES else 0
    return g.n


def _facet_heatmap(groups: list[FacetGroup], filters: dict[str, Any]) -> risk_matrix.HeatMapCounts:
    """The heat map of what the filters list, from the groups (a cell filter ignored)."""
    cells: Counter[tuple[Any, ...]] = Counter()
    for g in _kept(groups, filters, with_cell=False):
        if n := _listed(g, filters):
            cells[g.likelihood, g.impact, g.residual_likelihood, g.residual_impact] += n
    return _heatmap(cells)


def search_counts(
    store: Store, filters: dict[str, Any], today: date
) -> tuple[int, int, risk_matrix.HeatMapCounts] | None:
    """For a search the facet groups answer (see `facet_groups`): how many risks the
    filters list, how many of them are due for review, and the heat map (`heatmap_counts`),
    from one read of the matches; None for other filters."""
    if not _faceted(filters):
        return None
    due = {**filters, "review_due": True, "today": today}
    plain = {k: v for k, v in filters.items() if k != "cell"}
    with store.read() as session:
        groups = facet_groups(session, due)
    total, due_count = _facet_count(groups, filters)
    return total, due_count, _facet_heatmap(groups, plain)


def _facet_count(groups: list[FacetGroup], filters: dict[str, Any]) -> tuple[int, int]:
    """(listed, of those due for review) from the groups (the due count of each group is
    for the `today` the groups were made with)."""
    total = due = 0
    for g in _kept(groups, filters, with_cell=True):
        total += _listed(g, filters)
        due += g.due if g.status in LIVE_STATUS_VALUES else 0
    return total, due


# --- sorting and paging ---------------------------------------------------------------------

_ROW_COLUMNS = tuple(R.c[f] for f in RiskRow.__dataclass_fields__)


def _sort_columns(filters: dict[str, Any], sort_key: str) -> list[Any]:
    if sort_key == "code" and not filters.get("engagement_id"):
        sort_key = "engagement"
    names = SORT_KEYS.get(sort_key, SORT_KEYS["score"])
    return [*(R.c[n] for n in names), R.c.id]


def _status_ranks(filters: dict[str, Any]) -> list[Any]:
    """The status filter on the stored rank as well, for the status order: its index then
    starts at the first listed status instead of stepping over the others."""
    status = filters.get("status")
    if status == ACTIVE:
        return [R.c.status_rank.in_(_LIVE_RANKS)]
    if status:
        return [R.c.status_rank == derived_risks.STATUS_VALUES.index(RiskStatus(status).value)]
    return []


def _seek(columns: list[Any], row: RiskRow, after: bool) -> Any:
    """Rows after (or before) `row` in the order of `columns`, ascending."""
    values = sa.tuple_(*(sa.literal(getattr(row, c.key), c.type) for c in columns))
    keys = sa.tuple_(*columns)
    return keys > values if after else keys < values


def page_query(
    filters: dict[str, Any],
    sort_key: str,
    descending: bool,
    *,
    backwards: bool = False,
    seek: RiskRow | None = None,
    probe: bool = False,
    dialect_name: str = "sqlite",
    terms: Mapping[str, Collection[str]] | None = None,
) -> Any:
    """SELECT of the register lines in display order (`backwards`: reversed), starting
    right after `seek` in that order. One index range: the sort order's index from the
    seek position, filters checked on the way (`probe`: see where_clauses)."""
    columns = _sort_columns(filters, sort_key)
    down = descending != backwards
    review_order = sort_key == "next_review"
    clauses = where_clauses(
        filters, probe=probe, dialect_name=dialect_name, review_order=review_order, terms=terms
    )
    if sort_key == "status":
        clauses += _status_ranks(filters)
    if seek is not None:
        clauses.append(_seek(columns, seek, after=not down))
    return (
        sa.select(*_ROW_COLUMNS)
        .where(*clauses)
        .order_by(*(c.desc() if down else c.asc() for c in columns))
    )


def _probe(
    session: Any, filters: dict[str, Any], limit: int, listed: int | None, rows: int
) -> bool:
    """Whether the search matches so many risks that a page is best read along the sort
    order's index (fulltext.probe_pays, weighed against every risk: `rows`). `listed`: how many
    risks the filters list, when the caller counted them already: weighed the same way
    without counting matches again (for a word prefix, FTS5 merges every matching word's
    entries before it gives the first: 28 ms for "supplier" at 1M risks)."""
    text = _search_words(filters)
    if not text or dialect.name(session) != "sqlite":
        return False
    if listed is not None:
        return listed * listed * 10 >= max(limit, 1) * rows
    return fulltext.probe_pays(session, derived_risks.FTS_INDEX, text, rows, limit)


LOOKUP_COST = 180
"""What looking one risk up in the full-text index by its key costs, in entries of a list
of matches built instead (measured at 1M risks: 0.035 ms a lookup, 60 ms for 312k)."""


def _lookup_terms(
    session: Any, filters: dict[str, Any], limit: int, listed: int | None, rows: int
) -> dict[str, dict[str, int]] | None:
    """For a probe: the long words of the search as the whole words they begin
    (fulltext.whole_terms), when looking up each risk the walk along the sort index meets
    (about limit x risks / matches of them) costs less than the list of every match; the
    matches are `listed` when counted, else, for one typed word, at least as many as its
    most frequent whole word (`rows`: every risk); None: the list of matches is read."""

    def pays(matches: int) -> bool:
        return matches * matches >= LOOKUP_COST * max(limit, 1) * rows

    if not pays(rows if listed is None else listed):  # the vocabulary is not even read
        return None
    text = _search_words(filters)
    terms = fulltext.whole_terms(session, derived_risks.FTS_INDEX, text, kept=True)
    if terms is None:
        return None
    matches = listed
    if matches is None and len(fulltext.words(text)) == 1:
        matches = max((max(t.values(), default=0) for t in terms.values()), default=0)
    return terms if matches is not None and pays(matches) else None


def _read_page(
    store: Store,
    filters: dict[str, Any],
    sort_key: str,
    descending: bool,
    limit: int,
    *,
    backwards: bool = False,
    seek: RiskRow | None = None,
    offset: int = 0,
    listed: int | None = None,
) -> list[RiskRow]:
    with store.read() as session:
        every = 0
        if _search_words(filters) and dialect.name(session) == "sqlite":
            every = int(session.execute(count_query({})).scalar_one())
        # A search broad enough for lookups (whole words known) is broad enough to probe:
        # its matches are not counted again (a long word's prefix is merged to count).
        terms = _lookup_terms(session, filters, limit + offset, listed, every) if every else None
        probe = terms is not None or _probe(session, filters, limit + offset, listed, every)
        if terms is not None and risk_search_bands.applies(_given(filters), sort_key, offset):
            plain = {k: v for k, v in filters.items() if k != "search"}
            base = page_query(plain, sort_key, descending, backwards=backwards, seek=seek)
            down = descending != backwards
            found = risk_search_bands.read(session, base, filters, terms, limit, down, seek)
            return [RiskRow(*r) for r in (found[::-1] if backwards else found)]
        if (
            not offset
            and (
                walked := _walked_page(
                    session, filters, sort_key, descending, limit, backwards, seek, listed
                )
            )
            is not None
        ):
            return walked[::-1] if backwards else walked
        if _search_words(filters):
            server_search.word_index_only(session)
        query = page_query(
            filters,
            sort_key,
            descending,
            backwards=backwards,
            seek=seek,
            probe=probe,
            dialect_name=dialect.name(session),
            terms=terms,
        )
        if offset and dialect.name(session) == "postgresql":  # no marks: the index alone
            columns = _sort_columns(filters, sort_key)
            query = deep_pages.from_offset(query, columns, descending != backwards, offset)
        elif offset:
            query = query.offset(offset)
        rows = [RiskRow(*r) for r in session.execute(query.limit(limit)).all()]
    return rows[::-1] if backwards else rows


def _walked_page(
    session: Any,
    filters: dict[str, Any],
    sort_key: str,
    descending: bool,
    limit: int,
    backwards: bool,
    seek: RiskRow | None,
    listed: int | None,
) -> list[RiskRow] | None:
    """PostgreSQL: a search's page read along the sort order's index (store.server_search)
    when it matches many risks; None: the matches are listed (or not PostgreSQL)."""
    text = _search_words(filters)
    if not text or dialect.name(session) != "postgresql":
        return None
    plain = {k: v for k, v in filters.items() if k != "search"}
    base = page_query(
        plain, sort_key, descending, backwards=backwards, seek=seek, dialect_name="postgresql"
    )
    columns = _sort_columns(filters, sort_key)
    found = server_search.first_page(
        session,
        base,
        R,
        derived_risks.FTS_INDEX,
        text,
        columns,
        descending != backwards,
        limit,
        matches=listed,
    )
    return None if found is None else [RiskRow(*r) for r in found]


def fetch_risks(
    store: Store,
    filters: dict[str, Any],
    sort_key: str = "score",
    descending: bool = True,
    limit: int = 200,
    after: RiskRow | None = None,
    *,
    listed: int | None = None,
) -> list[RiskRow]:
    """The first `limit` lines of the register, or the `limit` lines right after `after`.
    `listed`: how many lines the filters list, when the caller counted them (`count_risks`)."""
    return _read_page(store, filters, sort_key, descending, limit, seek=after, listed=listed)


def fetch_risks_before(
    store: Store,
    filters: dict[str, Any],
    sort_key: str = "score",
    descending: bool = True,
    limit: int = 200,
    before: RiskRow | None = None,
    *,
    listed: int | None = None,
) -> list[RiskRow]:
    """The `limit` lines right before `before`, or the last `limit` lines, in display
    order (`listed`: as for `fetch_risks`)."""
    return _read_page(
        store, filters, sort_key, descending, limit, backwards=True, seek=before, listed=listed
    )


def fetch_risks_at(
    store: Store,
    filters: dict[str, Any],
    sort_key: str = "score",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    *,
    listed: int | None = None,
    from_top: bool = False,
) -> list[RiskRow]:
    """`limit` lines from line `offset` (a jump into the middle): counted from the nearer
    end of the register. `listed`: how many lines the filters list, when the caller
    counted them (no count is read then); `from_top`: counted from the top without
    counting the lines (the caller's count is still being read)."""
    offset = max(0, offset)
    if offset == 0:
        return fetch_risks(store, filters, sort_key, descending, limit, listed=listed)
    if from_top and listed is None:
        with store.read() as session:  # the marks' sum: no line counted one by one
            listed = risk_marks.listed(session.connection(), filters, sort_key)
        if listed is None:
            return _read_page(store, filters, sort_key, descending, limit, offset=offset)
    total = count_risks(store, filters) if listed is None else listed
    if offset >= total:
        return []
    limit = min(limit, total - offset)
    if risk_marks.deep(offset, offset + limit, total):  # from the span of the marks holding it
        with store.read() as session:
            connection = session.connection()
            if (order := risk_marks.order_of(connection, filters, sort_key)) is not None:
                query = page_query(filters, sort_key, descending, backwards=descending)
                columns, lines = _sort_columns(filters, sort_key), (offset, offset + limit, total)
                way = (order, descending)
                query = risk_marks.rows_at(connection, filters, way, columns, query, lines)
                rows = [RiskRow(*r) for r in session.execute(query)]
                return rows[::-1] if descending else rows
    if offset <= total - offset - limit:
        return _read_page(store, filters, sort_key, descending, limit, offset=offset, listed=total)
    back = total - offset - limit
    return _read_page(
        store, filters, sort_key, descending, limit, backwards=True, offset=back, listed=total
    )


def risk_position(
    store: Store, filters: dict[str, Any], sort_key: str, descending: bool, risk_id: str
) -> int | None:
    """Line number of the risk under these filters and order (how many lines come before
    it), or None when the filters do not list it."""
    with store.read() as session:
        where = where_clauses(filters, dialect_name=dialect.name(session))
        found = session.execute(
            sa.select(*_ROW_COLUMNS).where(R.c.id == risk_id, *where)
        ).one_or_none()
        if found is None:
            return None
        columns, connection = _sort_columns(filters, sort_key), session.connection()
        if (order := risk_marks.order_of(connection, filters, sort_key)) is not None:
            values = [getattr(found, c.key) for c in columns]
            where += _status_ranks(filters) if sort_key == "status" else []
            way = (order, descending)
            return risk_marks.place(connection, filters, way, columns, values, where)
        if sort_key == "status" and filters.get("status"):
            # The status as its stored rank: counted in the order's index alone (status_rank,
            # id), not by reading every risk to test the status (PostgreSQL, 1M risks: the
            # middle row's place read 450,000 index entries instead of the 1M rows).
            plain = {k: v for k, v in filters.items() if k != "status"}
            where = [*where_clauses(plain, dialect_name=dialect.name(session))]
            where += _status_ranks(filters)
        before = _seek(columns, RiskRow(*found), after=descending)
        query = sa.select(sa.func.count()).select_from(R).where(*where, before)
        return int(session.execute(query).scalar_one())


# --- heat map and overview ------------------------------------------------------------------


_CELLS = (R.c.likelihood, R.c.impact, R.c.residual_likelihood, R.c.residual_impact)
_DUE_PARTS = {"status", "level", "review_due", "today"}
"""Filters whose heat map may be counted as every live risk (the tally) less those not
yet due (see `heatmap_counts`)."""


def _tally_cells(filters: dict[str, Any], *extra: Any, tally: Any = _TALLY) -> Any:
    cells = (
        tally.c.likelihood,
        tally.c.impact,
        sa.func.nullif(tally.c.residual_likelihood, 0),
        sa.func.nullif(tally.c.residual_impact, 0),
    )
    return (
        sa.select(*cells, sa.func.sum(tally.c.n))
        .where(*_tally_clauses(filters, tally), *extra, tally.c.n > 0)
        .group_by(*cells)
    )


def _grouped_cells(clauses: list[Any]) -> Any:
    """Risks per cell. Grouped residual cell first: no index starts with it, so the planner
    reads the rows through the filters' index instead of walking a likelihood or impact
    index (every risk) to spare the grouping's sort."""
    grouping = (*_CELLS[2:], *_CELLS[:2])
    return sa.select(*_CELLS, sa.func.count()).where(*clauses).group_by(*grouping)


def _cell_rows(query: Any, session: Any) -> Counter[tuple[Any, ...]]:
    return Counter({tuple(r[:4]): int(r[4]) for r in session.execute(query).all()})


def heatmap_counts(store: Store, filters: dict[str, Any]) -> risk_matrix.HeatMapCounts:
    """Cell counts of the risks the register lists for `filters` (a heat-map cell filter is
    ignored: the map shows where every listed risk sits and highlights the chosen cell).
    From the tally when it answers the filters, else grouped from the filtered risks. For
    "due for review" when most live risks are due: the tally's live risks less those whose
    review is still ahead (an index range over the fewer rows)."""
    plain = {k: v for k, v in filters.items() if k != "cell"}
    given = _given(plain)
    with store.read() as session:
        name = dialect.name(session)
        if _faceted(plain):
            return _facet_heatmap(facet_groups(session, plain), plain)
        if not reads_tallies(session):  # grouped from the risks the user may see
            cells = _cell_rows(_grouped_cells(where_clauses(plain, dialect_name=name)), session)
        elif (tally := _tally_of(given)) is not None:
            cells = _cell_rows(_tally_cells(plain, tally=tally), session)
        elif given <= _DUE_PARTS and "review_due" in given and _mostly_due(session, plain):
            today = plain.get("today") or clock.today()
            every = {k: v for k, v in plain.items() if k in ("status", "level")}
            live = _cell_rows(_tally_cells(every, is_live(_TALLY.c.status)), session)
            cells = live - _ahead_cells(session, every, today)
        else:
            cells = _cell_rows(_grouped_cells(where_clauses(plain, dialect_name=name)), session)
    return _heatmap(cells)


def _ahead_cells(session: Any, filters: dict[str, Any], today: date) -> Counter[tuple[Any, ...]]:
    """Cells of the live risks (under the status and level `filters`) whose review is
    after `today`: those with a review date, one range of the review index that stops
    before the risks without one (every closed risk sits there: 200k of the 225k entries
    the open-ended range read at 1M risks), and the live risks without a review date, a
    seek per live status at that key."""
    base = [*where_clauses(filters), is_live(R.c.status)]
    dated = [*base, R.c.review_key > today, R.c.review_key < NO_REVIEW]
    undated = [*base, R.c.review_key == NO_REVIEW]
    return _cell_rows(_grouped_cells(dated), session) + _cell_rows(_grouped_cells(undated), session)


def _heatmap(cells: Counter[tuple[Any, ...]]) -> risk_matrix.HeatMapCounts:
    """The heat map of (likelihood, impact, residual likelihood, residual impact) counts."""
    rows = [(*key, n) for key, n in cells.items()]
    current_grid = risk_matrix.grid_from_counts((r[0], r[1], r[4]) for r in rows)
    residual_grid = risk_matrix.grid_from_counts((r[2], r[3], r[4]) for r in rows)
    total = sum(sum(row) for row in current_grid)
    assessed = sum(sum(row) for row in residual_grid)
    return risk_matrix.HeatMapCounts(current_grid, residual_grid, total - assessed)


def _mostly_due(session: Any, filters: dict[str, Any]) -> bool:
    """Whether more than half of the live risks under the status and level filters are
    due for review (both counted from the tallies)."""
    every = {k: v for k, v in filters.items() if k in ("status", "level")}
    live = sa.select(sa.func.coalesce(sa.func.sum(_TALLY.c.n), 0)).where(
        *_tally_clauses(every, _TALLY), is_live(_TALLY.c.status)
    )
    query = count_query(filters, dialect_name=dialect.name(session), tallies=True)
    due = int(session.execute(query).scalar_one())
    return 2 * due > int(session.execute(live).scalar_one())


def count_reviews_due(store: Store, today: date, engagement_id: str | None = None) -> int:
    """Live risks whose review date is `today` or earlier (Portfolio overview, workspace)."""
    filters: dict[str, Any] = {"review_due": True, "today": today}
    if engagement_id:
        filters["engagement_id"] = engagement_id
    return count_risks(store, filters)


def filter_options(store: Store, engagement_id: str | None = None) -> list[str]:
    """The register's owner filter: owner names already used (in the engagement, or
    anywhere). The engagement filter reads its list a page at a time
    (store.choice_lists)."""
    with store.read() as session:
        return risk_forms.owner_options(session, engagement_id)
