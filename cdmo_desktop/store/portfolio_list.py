"""The Portfolio's engagement list and headline figures, read from SQL a page at a time.

`store.portfolio.overview_from` builds a summary of every running engagement in Python and
sorts them there: right for a status report, but 16 s at 100,000 engagements. The screen
reads through this module instead:

- `count` and `fetch`/`fetch_before`/`fetch_at`/`position`: the list in any column's order,
  a page at a time by keyset on the column's sort key and the engagement id (the contract of
  gui.models.paged.PagedSource). Title, partner and status/RAG walk the stored sort keys'
  indexes (store.derived_engagements, revision 0020's portfolio indexes); the other columns
  count or date what belongs to the engagement (open risks, reviews due, the next
  milestone, late work): they walk the keys stored on the engagement too
  (store.portfolio_keys, revision 0022), the dated ones only when their key day is the
  day read for (on a team server, set by a roll that saw every engagement); otherwise
  they are counted as of that day by joining and grouping every row (`_JOINS`: slow at
  scale, never a wrong order);
- `position` counts the rows before one from the marks (store.engagement_marks; the default
  order's by status group: store.portfolio_default; SQLite; `fetch_at`, a scroll-bar jump,
  reads from the span holding its rows there: store.portfolio_jump), else along its index
  alone (revision 0024 put what makes an engagement listed in every such index); it keeps
  the row found so the page it is on is read by seek from it, not by OFFSET, until the
  next count;
- only the engagements of a page are summarised (`_summaries` with the page's ids), in the
  same words as the overview;
- `totals`: the tiles' figures as SQL sums, and the RAGs to review counted by checking in
  Python only the engagements where a RAG advice is possible (a latest report that differs
  from the RAG, an open critical risk or late work).

The texts are plain SQL (store.portfolio_sql), run through a `Reader`: the store's session,
or a read-only stdlib connection before the store is open (the window's first paint).
Column numbers are those of the Portfolio table; each column's order is the overview's:
ascending puts what needs attention first (most critical risks, most reviews due, the
nearest milestone, most late work), ties by title.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import EngagementStatus
from cdmo_desktop.store import portfolio_sql as sql
from cdmo_desktop.store.engagement_marks import PORTFOLIO_ORDERS, portfolio_place
from cdmo_desktop.store.portfolio import (
    RUNNING_STATUSES,
    EngagementSummary,
    OverdueAudit,
    _by_status,
    _overdue_audits,
    _query,
    _summaries,
)
from cdmo_desktop.store.portfolio_default import STATUS_RANK as _STATUS_RANK
from cdmo_desktop.store.portfolio_default import (
    marked_place,
    ranked_seek,
    seek_params,
    tallied_place,
)
from cdmo_desktop.store.portfolio_jump import rows_at
from cdmo_desktop.store.portfolio_sql import (
    Query,
    Reader,
    as_date,
    in_list,
    session_reader,
    sqlite_reader,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

log = logging.getLogger(__name__)
# Where an engagement without a milestone ahead sorts: after every date a row may hold,
# as its stored key (domain.models.engagement.PORTFOLIO_NO_MILESTONE, not imported here:
# the first paint reads before the ORM is loaded).
FAR = date(2199, 12, 31)
# Ids summarised in one query (an IN list).
CHUNK = 500

# The sort key of each column, ascending, before the final tie-break on the id. Keys of
# columns 0-2 are stored on the engagement and indexed; 3-7 come from the joined counts.
# Column 2 ranks the status active, on hold, planned (the overview's order) as
# ix_engagement_portfolio has it (_STATUS_RANK).
SORT_KEYS: tuple[tuple[str, ...], ...] = (
    ("e.sort_title",),
    ("e.sort_partner", "e.sort_title"),
    (_STATUS_RANK, "e.sort_rag", "e.sort_title"),
    ("-COALESCE(x.critical, 0)", "-COALESCE(x.high, 0)", "-COALESCE(x.n, 0)", "e.sort_title"),
    ("-COALESCE(x.n, 0)", "e.sort_title"),
    ("COALESCE(x.d, :far)", "e.sort_title"),
    ("-COALESCE(x.n, 0)", "e.sort_title"),
    ("-COALESCE(x.n, 0)", "e.sort_title"),
)
DEFAULT_COLUMN = 2  # the overview's order: status, RAG, title
# The same orders of columns 3-7 on the keys stored on the engagement (store.portfolio_keys:
# minus each count, the next milestone's date or PORTFOLIO_NO_MILESTONE), each walking its
# index (domain.models.engagement.PORTFOLIO_ORDERS).
STORED_KEYS: dict[int, tuple[str, ...]] = {
    3: ("e.pf_critical", "e.pf_high", "e.pf_open", "e.sort_title"),
    4: ("e.pf_reviews", "e.sort_title"),
    5: ("e.pf_next", "e.sort_title"),
    6: ("e.pf_late_milestones", "e.sort_title"),
    7: ("e.pf_late_actions", "e.sort_title"),
}
DATED = frozenset({4, 5, 6, 7})  # stored as of the key day
# The key day (row 1) and, on a team server, the whole day (row WHOLE: store.portfolio_keys,
# not imported here, as FAR above).
KEY_DAYS = "SELECT k.day, k.id FROM portfolio_key_day AS k"
WHOLE = 2
_JOINS: dict[int, str] = {
    3: """LEFT JOIN (
    SELECT r.engagement_id AS eid, COUNT(*) AS n,
           SUM(CASE WHEN r.level = :critical THEN 1 ELSE 0 END) AS critical,
           SUM(CASE WHEN r.level = :high THEN 1 ELSE 0 END) AS high
    FROM risk AS r WHERE r.status IN {open_risk} GROUP BY r.engagement_id
) AS x ON x.eid = e.id""",
    4: """LEFT JOIN (
    SELECT r.engagement_id AS eid, COUNT(*) AS n
    FROM risk AS r WHERE r.status IN {open_risk} AND r.next_review_date <= :today
    GROUP BY r.engagement_id
) AS x ON x.eid = e.id""",
    5: """LEFT JOIN (
    SELECT m.engagement_id AS eid, MIN(m.planned_finish) AS d
    FROM milestone AS m
    WHERE m.status NOT IN {finished} AND m.kind IN {next_kinds} AND m.planned_finish >= :today
    GROUP BY m.engagement_id
) AS x ON x.eid = e.id""",
    6: """LEFT JOIN (
    SELECT m.engagement_id AS eid, COUNT(*) AS n
    FROM milestone AS m WHERE m.status NOT IN {finished} AND m.planned_finish < :today
    GROUP BY m.engagement_id
) AS x ON x.eid = e.id""",
    7: """LEFT JOIN (
    SELECT a.engagement_id AS eid, COUNT(*) AS n
    FROM action_item AS a WHERE a.status IN {open_action} AND a.due_date < :today
    GROUP BY a.engagement_id
) AS x ON x.eid = e.id""",
}
COUNT = f"SELECT COUNT(*) FROM engagement AS e WHERE {sql.LISTED}"
# The maintained counts answer (store.derived_engagements' engagement_tally): on SQLite,
# and on a team server for who may read them (store.triggers.reads_tallies).
TALLY_READABLE = (
    "SELECT coalesce(has_table_privilege(to_regclass('engagement_tally'), 'SELECT'), false)"
)
TALLY_COUNT = (
    "SELECT COALESCE(SUM(t.n), 0) FROM engagement_tally AS t "
    "WHERE t.archived = :no AND t.status IN {listed}"
)
TALLY_BY_STATUS = (
    "SELECT t.status, SUM(t.n) FROM engagement_tally AS t WHERE t.archived = :no GROUP BY t.status"
)


# --- the tiles ----------------------------------------------------------------------------
# Each total starts from the rows it counts (an index on their status or date), then checks
# their engagement is listed: its cost follows what is counted, not the engagements (the
# CROSS JOIN keeps that order in SQLite; in PostgreSQL it means JOIN ... ON).
def _listed_e(child: str) -> str:
    return f"e.id = {child}.engagement_id AND {sql.LISTED}"


TOTAL_RISKS = f"""
SELECT COUNT(*),
       COALESCE(SUM(CASE WHEN r.level = :critical THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN r.level = :high THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN r.next_review_date <= :today THEN 1 ELSE 0 END), 0)
FROM risk AS r CROSS JOIN engagement AS e
WHERE r.status IN {{open_risk}} AND {_listed_e("r")}
"""
_LATE_MILESTONES = f"""
FROM milestone AS m CROSS JOIN engagement AS e
WHERE m.status NOT IN {{finished}} AND m.planned_finish < :today AND {_listed_e("m")}
"""
_LATE_ACTIONS = f"""
FROM action_item AS a CROSS JOIN engagement AS e
WHERE a.status IN {{open_action}} AND a.due_date < :today AND {_listed_e("a")}
"""
TOTAL_OVERDUE_MILESTONES = f"SELECT COUNT(*) {_LATE_MILESTONES}"
TOTAL_OVERDUE_ACTIONS = f"SELECT COUNT(*) {_LATE_ACTIONS}"
# Engagements whose RAG advice may say something (domain.rag_advice): the latest report
# gives another status than the RAG, or an open critical risk or late work sets a floor.
# Every other listed engagement's advice is None.
RAG_CANDIDATES = f"""
SELECT rep.engagement_id FROM (
    SELECT r.engagement_id, r.overall_status,
           ROW_NUMBER() OVER (
               PARTITION BY r.engagement_id
               ORDER BY r.prepared_on DESC, r.period_end DESC, r.created_at DESC
           ) AS place
    FROM status_report AS r
) AS rep
CROSS JOIN engagement AS e
WHERE rep.place = 1 AND rep.overall_status IS NOT NULL
  AND (e.rag IS NULL OR rep.overall_status <> e.rag) AND {_listed_e("rep")}
UNION
SELECT r.engagement_id FROM risk AS r CROSS JOIN engagement AS e
WHERE r.level = :critical AND r.status IN {{open_risk}} AND {_listed_e("r")}
UNION
SELECT m.engagement_id {_LATE_MILESTONES}
UNION
SELECT a.engagement_id {_LATE_ACTIONS}
"""


@dataclass(frozen=True)
class ListedEngagement(EngagementSummary):
    """A row of the Portfolio list: the engagement's summary and the values of the sort
    key it was read under (where the next page starts)."""

    keys: tuple[Any, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Anchor:
    """A row `position` found: its order (column, descending), place, id and keys."""

    order: tuple[int, bool]
    place: int
    id: str
    keys: tuple[Any, ...]


@dataclass(frozen=True)
class PortfolioTotals:
    """The tiles' figures over every running engagement."""

    today: date
    listed: int
    by_status: dict[EngagementStatus, int]
    open_risks: int
    critical_risks: int
    high_risks: int
    reviews_due: int
    overdue_milestones: int
    overdue_actions: int
    rags_to_review: int
    audits_overdue: list[OverdueAudit] = field(default_factory=list)
    audits_overdue_total: int = 0


Reading = Callable[[], AbstractContextManager[Reader]]


def store_reading(store: Store) -> Reading:
    """Read through `store`'s session, one read transaction per call."""

    @contextmanager
    def reading() -> Iterator[Reader]:
        with store.read() as s:
            yield session_reader(s)

    return reading


def file_reading(path: Path) -> Reading:
    """Read straight from the file through a read-only stdlib connection (before the
    store is open)."""

    @contextmanager
    def reading() -> Iterator[Reader]:
        from cdmo_desktop.store.engine import connect_readonly

        conn = connect_readonly(path)
        try:
            conn.isolation_level = None
            conn.execute("BEGIN")
            yield sqlite_reader(conn)
        finally:
            conn.close()

    return reading


def _scoped(read: Reader, today: date, ids: Sequence[str]) -> Query:
    """The overview's queries kept to the engagements `ids` (read through their indexes)."""
    q = _query(read, today, RUNNING_STATUSES)
    listed, params = in_list("page", ids)
    q.params.update(params)
    q.lists["scope"] = f"AND e.id IN {listed}"
    for alias in ("r", "m", "a"):
        q.lists[f"scope_{alias}"] = f"AND {alias}.engagement_id IN {listed}"
    return q


def summaries(read: Reader, today: date, ids: Sequence[str]) -> dict[str, EngagementSummary]:
    """The overview's rows of the listed engagements among `ids`, by id."""
    out: dict[str, EngagementSummary] = {}
    for start in range(0, len(ids), CHUNK):
        for row in _summaries(_scoped(read, today, ids[start : start + CHUNK])):
            out[row.id] = row
    return out


# --- the list -----------------------------------------------------------------------------
def _keyed(column: int, stored: bool) -> str:
    """Each listed engagement's id and its sort key values under `column` (k0, k1, ...):
    `stored`, the keys stored on the engagement, else the joined counts."""
    if stored and column in STORED_KEYS:
        keys = ", ".join(f"{k} AS k{i}" for i, k in enumerate(STORED_KEYS[column]))
        return f"SELECT e.id AS id, {keys} FROM engagement AS e WHERE {sql.LISTED}"
    keys = ", ".join(f"{k} AS k{i}" for i, k in enumerate(SORT_KEYS[column]))
    return (
        f"SELECT e.id AS id, {keys} FROM engagement AS e {_JOINS.get(column, '')} "
        f"WHERE {sql.LISTED}"
    )


def _order(column: int, down: bool) -> str:
    way = " DESC" if down else ""
    names = [f"o.k{i}" for i in range(len(SORT_KEYS[column]))] + ["o.id"]
    return ", ".join(n + way for n in names)


def _seek(column: int, forward: bool, descending: bool) -> str:
    """`o` after (forward) or before the row whose keys are :s0, :s1, ... and :sid."""
    n = len(SORT_KEYS[column])
    here = ", ".join([f"o.k{i}" for i in range(n)] + ["o.id"])
    there = ", ".join([f":s{i}" for i in range(n)] + [":sid"])
    op = ">" if forward != descending else "<"
    return f"({here}) {op} ({there})"


def _counted_before(column: int, descending: bool, keyed: str) -> str:
    """The listed engagements before the one whose keys are :s0, :s1, ... and :sid, counted
    along the order's index alone (each index carries what makes an engagement listed,
    revision 0024). The status rank is an expression, which SQLite compares as part of a
    row value only by reading the table: its order is counted as the lower ranks, then the
    rows before within the same rank."""
    if column != DEFAULT_COLUMN:
        return f"SELECT COUNT(*) FROM ({keyed}) AS o WHERE {_seek(column, False, descending)}"
    op = ">" if descending else "<"
    listed = f"SELECT COUNT(*) FROM engagement AS e WHERE {sql.LISTED} AND {_STATUS_RANK}"
    rest = "(e.sort_rag, e.sort_title, e.id)"
    return f"SELECT ({listed} {op} :s0) + ({listed} = :s0 AND {rest} {op} (:s1, :s2, :sid))"


class PortfolioList:
    """The Portfolio's engagements in SQL (see the module doc); `today` fixes the date the
    counts are taken at (None: the local date at each read)."""

    def __init__(
        self, reading: Reading, today: date | None = None, *, tallied: Callable[[], bool]
    ) -> None:
        self.reading = reading
        self.today = today
        # Whether the database is a SQLite one: it keeps engagement_tally and the marks, and
        # any roll of its dated keys holds for every engagement (store.portfolio_keys).
        self.tallied = tallied
        # The row the last position() found: the page it is on is read by seek from it
        # (store.list_anchor), until the next count.
        self._anchor: Anchor | None = None

    @classmethod
    def of_store(cls, store: Store, today: date | None = None) -> PortfolioList:
        return cls(store_reading(store), today, tallied=lambda: store.backend == "sqlite")

    def _today(self) -> date:
        return self.today or clock.today()

    def _counted(self, read: Reader) -> bool:
        """Whether the counts come from engagement_tally: a SQLite file, or a team server
        whose login may read it (who sees every engagement; one catalogue look-up)."""
        return self.tallied() or bool(read(TALLY_READABLE, {})[0][0])

    def _stored(self, read: Reader, column: int) -> bool:
        """Whether `column`'s order may walk the keys stored on the engagement: the
        database has them (a file read before its upgrade has not) and, for the dated
        ones, they hold for the day read for (on a team server, set by a roll that saw
        every engagement: store.portfolio_keys.holds)."""
        if column not in STORED_KEYS:
            return False
        try:
            found = read(KEY_DAYS, {})
        except sqlite3.OperationalError:  # no such table: the file is not upgraded yet
            return False
        days = {int(r[1]): as_date(r[0]) for r in found if r[0] is not None}
        if 1 not in days:
            return False
        if column not in DATED:
            return True
        if self.tallied():
            return days[1] == self._today()
        return days.get(1) == self._today() and days.get(WHOLE) == self._today()

    def _marked(self, read: Reader, column: int) -> bool:
        """Whether `column`'s order is counted from the marks (store.engagement_marks; the
        default's by status group): it walks keys stored on the engagement (SQLite's)."""
        if not self.tallied() or column not in (*PORTFOLIO_ORDERS, DEFAULT_COLUMN):
            return False
        return column not in STORED_KEYS or self._stored(read, column)

    def _ids(
        self,
        read: Reader,
        column: int,
        descending: bool,
        limit: int,
        *,
        seek: ListedEngagement | Anchor | None = None,
        forward: bool = True,
        reverse: bool = False,
        offset: int = 0,
    ) -> list[tuple[Any, ...]]:
        column = column if 0 <= column < len(SORT_KEYS) else DEFAULT_COLUMN
        q = _query(read, self._today(), RUNNING_STATUSES)
        if seek is not None and column == DEFAULT_COLUMN and not offset:
            keyed = _keyed(column, self._stored(read, column))
            params = seek_params(seek.keys, seek.id)
            return ranked_seek(q.run, keyed, descending != reverse, limit, params)
        where = f"WHERE {_seek(column, forward, descending)}" if seek is not None else ""
        text = (
            f"SELECT * FROM ({_keyed(column, self._stored(read, column))}) AS o {where} "
            f"ORDER BY {_order(column, descending != reverse)} LIMIT :limit OFFSET :offset"
        )
        extra = {"limit": limit, "offset": offset, "far": FAR}
        if seek is not None:
            extra.update(seek_params(seek.keys, seek.id))
        return [tuple(r) for r in q.run(text, **extra)]

    def _around(
        self, read: Reader, column: int, descending: bool, offset: int, limit: int
    ) -> list[tuple[Any, ...]] | None:
        """The ids and keys of rows `offset`.. read by seek from the row the last
        `position` found, when it lies among them in this order (else None)."""
        a = self._anchor
        if a is None or a.order != (column, descending):
            return None
        if not offset <= a.place < offset + limit:
            return None
        wanted = a.place - offset
        head = self._ids(read, column, descending, wanted, seek=a, forward=False, reverse=True)
        if len(head) != wanted:
            return None
        rest = offset + limit - a.place - 1
        tail = self._ids(read, column, descending, rest, seek=a) if rest > 0 else []
        return [*head[::-1], (a.id, *a.keys), *tail]

    def _rows(self, read: Reader, keyed: list[tuple[Any, ...]]) -> list[ListedEngagement]:
        found = summaries(read, self._today(), [k[0] for k in keyed])
        out = []
        for k in keyed:
            summary = found.get(k[0])
            if summary is not None:
                out.append(ListedEngagement(**vars(summary), keys=tuple(k[1:])))
        return out

    def count(self) -> int:
        self._anchor = None  # a reload starts with a count
        with self.reading() as read:
            text = TALLY_COUNT if self._counted(read) else COUNT
            return int(_query(read, self._today(), RUNNING_STATUSES).run(text)[0][0])

    def fetch(
        self, column: int, descending: bool, limit: int, after: ListedEngagement | None = None
    ) -> list[ListedEngagement]:
        with self.reading() as read:
            return self._rows(read, self._ids(read, column, descending, limit, seek=after))

    def fetch_before(
        self, column: int, descending: bool, limit: int, before: ListedEngagement | None = None
    ) -> list[ListedEngagement]:
        with self.reading() as read:
            keyed = self._ids(
                read, column, descending, limit, seek=before, forward=False, reverse=True
            )
            return self._rows(read, keyed[::-1])

    def fetch_at(
        self, column: int, descending: bool, offset: int, limit: int
    ) -> list[ListedEngagement]:
        column = column if 0 <= column < len(SORT_KEYS) else DEFAULT_COLUMN
        with self.reading() as read:
            keyed = self._around(read, column, descending, offset, limit)
            if keyed is None and self._marked(read, column):
                q = _query(read, self._today(), RUNNING_STATUSES)
                text = _keyed(column, self._stored(read, column))
                keyed = rows_at(q.run, column, text, descending, offset, limit)
            if keyed is None:
                keyed = self._ids(read, column, descending, limit, offset=offset)
            return self._rows(read, keyed)

    def position(self, column: int, descending: bool, key: str) -> int | None:
        """Row number of engagement `key` in this order, None when it is not listed."""
        column = column if 0 <= column < len(SORT_KEYS) else DEFAULT_COLUMN
        with self.reading() as read:
            q = _query(read, self._today(), RUNNING_STATUSES)
            keyed = _keyed(column, self._stored(read, column))
            mine = q.run(f"SELECT * FROM ({keyed}) AS o WHERE o.id = :key", key=key, far=FAR)
            if not mine:
                return None
            place = None
            if column == DEFAULT_COLUMN and self.tallied():
                keys = tuple(mine[0][1:])
                place = marked_place(q.run, descending, keys, key)
                if place is None:  # a file before the default order's marks
                    place = tallied_place(q.run, descending, keys, key)
            elif self._marked(read, column):
                keys = tuple(mine[0][1:])
                place = portfolio_place(
                    partial(q.run, far=FAR), column, descending, keyed, keys, key
                )
            if place is None:
                text = _counted_before(column, descending, keyed)
                place = int(q.run(text, far=FAR, **seek_params(mine[0][1:], key))[0][0])
        self._anchor = Anchor((column, descending), place, key, tuple(mine[0][1:]))
        return place

    def totals(self) -> PortfolioTotals:
        """The tiles' figures (see the module doc)."""
        from cdmo_desktop.domain.rag_advice import rag_advice

        today = self._today()
        with self.reading() as read:
            q = _query(read, today, RUNNING_STATUSES)
            n_open, n_crit, n_high, n_due = (int(v or 0) for v in q.run(TOTAL_RISKS)[0])
            late_ms = int(q.run(TOTAL_OVERDUE_MILESTONES)[0][0])
            late_act = int(q.run(TOTAL_OVERDUE_ACTIONS)[0][0])
            candidates = [str(r[0]) for r in q.run(RAG_CANDIDATES)]
            to_review = sum(
                rag_advice(s.rag_evidence) is not None
                for s in summaries(read, today, candidates).values()
            )
            if self._counted(read):
                counts = {EngagementStatus(r[0]): int(r[1]) for r in q.run(TALLY_BY_STATUS)}
                by_status = {s: counts.get(s, 0) for s in EngagementStatus}
            else:
                by_status = _by_status(q)
            return PortfolioTotals(
                today=today,
                listed=sum(by_status[s] for s in RUNNING_STATUSES),
                by_status=by_status,
                open_risks=n_open,
                critical_risks=n_crit,
                high_risks=n_high,
                reviews_due=n_due,
                overdue_milestones=late_ms,
                overdue_actions=late_act,
                rags_to_review=to_review,
                **_overdue_audits(q),
            )


def catch_up(store: Store, day: date | None = None) -> bool:
    """Roll `store`'s stored Portfolio keys (store.portfolio_keys) to `day` (default today)
    unless they hold already: a new day's sorts walk their indexes again. False when the
    store cannot be written now (read-only, busy, a disk fault): the list counts meanwhile."""
    from cdmo_desktop.store import portfolio_keys
    from cdmo_desktop.store.errors import StoreError, WriteRefused

    day = day or clock.today()
    if store.read_only:
        return False
    with store.read() as s:
        if portfolio_keys.holds(s.connection(), day):
            return True
    try:
        with store.session() as s:
            portfolio_keys.roll(s.connection(), day)
    except (WriteRefused, StoreError):
        log.warning("the Portfolio's sort keys were not rolled to %s", day, exc_info=True)
        return False
    return True
