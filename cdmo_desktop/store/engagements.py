"""Engagement reads: the paged list, one engagement's or client's values for their forms,
and the choices those forms offer. Every function takes the Store and opens its own short
read session, except `decision_gates`, a building block for other store queries.

The writes are in store.engagement_edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import MilestoneKind
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    Agreement,
    Client,
    Contact,
    Engagement,
    Milestone,
)
from cdmo_desktop.domain.models.engagement import ENGAGEMENT_SORT_KEYS
from cdmo_desktop.store import (
    deep_pages,
    dialect,
    engagement_marks,
    fulltext,
    server_search,
    triggers,
)
from cdmo_desktop.store.changesets import values_of
from cdmo_desktop.store.choice_lists import Choice
from cdmo_desktop.store.derived_engagements import (
    FTS_INDEX,
    PHASE_RANK,
    RAG_RANK,
    STATUS_RANK,
    TALLY,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

# --- the engagements list ---------------------------------------------------------------
# Every list read is one short query on the engagement table alone (the client's and
# partner's names and a sort key per column are stored on it, store.derived_engagements):
# a page is a seek on (sort key, id) along that key's index, counts of the unfiltered list
# and of its combo filters are read from the maintained tally (on a team server by who
# sees every row, store.triggers.reads_tallies; others count the rows), a search goes through the
# full-text index and costs what it matches. The functions building SQL take
# `dialect_name` (store.dialect.name) for the full-text condition and the counts.
E = sa.inspect(Engagement).local_table
T = TALLY

HEADERS = (
    "Title",
    "Client",
    "Partner",
    "Program / compound",
    "Phase",
    "Status",
    "Start",
    "End",
    "RAG",
)
# The stored key each column sorts by, ascending and descending (dates differ: undated
# engagements come last both ways).
_SORTS: tuple[tuple[str, str], ...] = (
    ("sort_title", "sort_title"),
    ("sort_client", "sort_client"),
    ("sort_partner", "sort_partner"),
    ("sort_program", "sort_program"),
    ("sort_phase", "sort_phase"),
    ("sort_status", "sort_status"),
    ("sort_start", "sort_start_desc"),
    ("sort_end", "sort_end_desc"),
    ("sort_rag", "sort_rag"),
)
# Filters the tally answers (with the archived choice): counting them costs the same at
# any size.
_TALLIED = frozenset({"status", "phase", "rag", "show_archived", "archived_only"})
NEAR = 256  # rows counted from either end before a row's place is looked up deeper


@dataclass(frozen=True)
class EngagementRow:
    id: str
    title: str
    client: str
    partner: str
    program: str
    compound: str
    phase: str
    status: str
    start_date: date | None
    end_date: date | None
    rag: str | None
    archived: bool
    client_id: str
    partner_id: str
    # The stored sort keys (ENGAGEMENT_SORT_KEYS order): where a page after this row starts.
    keys: tuple[Any, ...] = ()

    @property
    def program_compound(self) -> str:
        return " · ".join(p for p in (self.program, self.compound) if p)

    def key_value(self, name: str) -> Any:
        return self.keys[ENGAGEMENT_SORT_KEYS.index(name)]


_COLUMNS = (
    E.c.id,
    E.c.title,
    E.c.client_name,
    E.c.partner_name,
    E.c.program,
    E.c.compound,
    E.c.phase,
    E.c.status,
    E.c.start_date,
    E.c.end_date,
    E.c.rag,
    E.c.archived,
    E.c.client_id,
    E.c.partner_id,
    *(E.c[k] for k in ENGAGEMENT_SORT_KEYS),
)


_ROW_FIELDS = tuple(f.name for f in fields(EngagementRow))[:14]


def _row(values: Sequence[Any]) -> EngagementRow:
    shown = dict(zip(_ROW_FIELDS, values[:14], strict=True))
    return EngagementRow(**shown, keys=tuple(values[14:]))


def _unindexed(column: Any) -> Any:
    """The column as an expression no index serves: a filter with few distinct values
    (status, phase, RAG) is checked along the sort key's index instead of read through its
    own index and sorted."""
    return sa.func.coalesce(column, "")


def _filtered(column: Any, dialect_name: str) -> Any:
    """`column` as a status, phase or RAG filter compares it. SQLite: `_unindexed`.
    PostgreSQL's planner weighs the column's statistics (a status a quarter of the rows
    hold: the sort key's index, walked until a page is found) but guesses an expression
    matches 0.5 % of the rows and reads them all, then sorts (300 ms instead of 15 ms at
    100,000 engagements)."""
    return _unindexed(column) if dialect_name == "sqlite" else column


def engagement_where(
    filters: dict[str, Any],
    *,
    probe: bool = False,
    dialect_name: str = "sqlite",
    inline: bool = False,
) -> list[Any]:
    """Filters: text (word prefixes in title, program, compound, client or partner), id,
    status, phase, rag, partner_id, client_id, show_archived (archived rows are hidden
    otherwise), archived_only.

    On SQLite the rows a search matches are read by rowid and sorted (a few matches), or,
    with `probe`, the sort key's index is walked and each row looked up among the matches
    (many matches: the first page is near the start of the index). `inline` (PostgreSQL):
    the search tested on each engagement row (fulltext.condition)."""
    clauses: list[Any] = []
    text = str(filters.get("text") or "")
    matching = fulltext.condition(
        dialect_name, FTS_INDEX, text, probe=probe, table=E, inline=inline
    )
    if matching is not None:
        clauses.append(matching)
    if value := filters.get("id"):
        clauses.append(E.c.id == str(value))
    for key in ("status", "phase", "rag"):
        if value := filters.get(key):
            clauses.append(_filtered(E.c[key], dialect_name) == str(getattr(value, "value", value)))
    for key in ("partner_id", "client_id"):
        if value := filters.get(key):
            clauses.append(E.c[key] == str(value))
    if filters.get("archived_only"):
        clauses.append(E.c.archived.is_(sa.true()))
    elif not filters.get("show_archived"):
        clauses.append(E.c.archived.is_not(sa.true()))
    return clauses


def _tally_count(filters: dict[str, Any]) -> Any:
    clauses: list[Any] = []
    for key in ("status", "phase", "rag"):
        if value := filters.get(key):
            clauses.append(T.c[key] == str(getattr(value, "value", value)))
    if filters.get("archived_only"):
        clauses.append(T.c.archived.is_(sa.true()))
    elif not filters.get("show_archived"):
        clauses.append(T.c.archived.is_(sa.false()))
    return sa.select(sa.func.coalesce(sa.func.sum(T.c.n), 0)).where(*clauses)


_RANKS = {"status": STATUS_RANK, "phase": PHASE_RANK, "rag": RAG_RANK}


def _ranked(filters: dict[str, Any]) -> dict[str, int]:
    """The stored rank of each status, phase or RAG value `filters` choose."""
    chosen = {k: str(getattr(v, "value", v)) for k, v in filters.items() if k in _RANKS and v}
    return {k: _RANKS[k][v] for k, v in chosen.items() if v in _RANKS[k]}


def count_query(
    filters: dict[str, Any], *, dialect_name: str = "sqlite", tallies: bool | None = None
) -> Any:
    """The count of the list's rows under `filters`: from the tally when it answers and
    may be read (`tallies`, default: on SQLite; store.triggers.reads_tallies). Else, on
    PostgreSQL, a status, phase or RAG filter compares the stored rank of the
    value (the same rows: each value has its own rank), whose sort index also holds the
    archived flag: the rows are counted in that index alone, not read from the table (a
    phase of a million engagements: 30-50 ms instead of 0.4-4.8 s)."""
    tallied = dialect_name == "sqlite" if tallies is None else tallies
    if tallied and {k for k, v in filters.items() if v} <= _TALLIED:
        return _tally_count(filters)
    ranked = {} if dialect_name == "sqlite" else _ranked(filters)
    unranked = {k: v for k, v in filters.items() if k not in ranked}
    where = engagement_where(unranked, dialect_name=dialect_name)
    where += [E.c[f"sort_{key}"] == rank for key, rank in ranked.items()]
    return sa.select(sa.func.count()).select_from(E).where(*where)


def _archive_choice(filters: dict[str, Any]) -> dict[str, Any]:
    return {k: filters.get(k) for k in ("show_archived", "archived_only") if filters.get(k)}


def _searched_only(filters: dict[str, Any]) -> str | None:
    """The search text when the search is the only filter besides the archived choice."""
    keys = {k for k, v in filters.items() if v} - {"show_archived", "archived_only"}
    return str(filters["text"]) if keys == {"text"} else None


def _matches(s: Session, text: str) -> int | None:
    """How many engagements the search text matches, archived or not, counted in the
    full-text index alone (None when the text holds no word)."""
    matching = fulltext.matching_rowids(FTS_INDEX, text)
    if matching is None:
        return None
    return int(s.execute(sa.select(sa.func.count()).select_from(matching.subquery())).scalar_one())


def _count(s: Session, filters: dict[str, Any]) -> int:
    if dialect.name(s) != "sqlite":  # no full-text table to count in
        if _searched_only(filters) is not None:  # each match read once (word index bitmap)
            server_search.word_index_only(s)
            where = engagement_where(filters, dialect_name=dialect.name(s), inline=True)
            return int(
                s.execute(sa.select(sa.func.count()).select_from(E).where(*where)).scalar_one()
            )
        tallies = triggers.reads_tallies(s.connection())
        query = count_query(filters, dialect_name=dialect.name(s), tallies=tallies)
        return int(s.execute(query).scalar_one())
    text = _searched_only(filters)
    if text is None:
        return int(s.execute(count_query(filters)).scalar_one())
    if filters.get("show_archived") or not int(
        s.execute(_tally_count({"archived_only": True})).scalar_one()
    ):  # every match is listed, or (no archived engagement) none of them
        n = _matches(s, text)
        if n is None:
            return int(s.execute(count_query(filters)).scalar_one())
        return 0 if filters.get("archived_only") and not filters.get("show_archived") else n
    # The matches and the archived ones among them in one pass over the matches, each
    # looked for among the archived engagements (read from their index alone).
    split = fulltext.count_matches_among(s, FTS_INDEX, text, E, [E.c.archived.is_(sa.true())])
    if split is None:
        return int(s.execute(count_query(filters)).scalar_one())
    n, n_archived = split
    return n_archived if filters.get("archived_only") else n - n_archived


def count_engagements(store: Store, filters: dict[str, Any]) -> int:
    with store.read() as s:
        return _count(s, filters)


def listed_engagements(store: Store, filters: dict[str, Any]) -> int:
    """The engagements the list holds under the archived choice of `filters` alone (from the
    tally, a few rows whatever the number of engagements, where the login may read it):
    how large a search's count can be."""
    with store.read() as s:
        return _count(s, _archive_choice(filters))


def _probe(s: Session, filters: dict[str, Any], limit: int) -> bool:
    """Whether a search matches so many rows that walking the sort key's index (about
    limit x rows / matches entries) costs less than reading and sorting every match."""
    text = _searched_only(filters)
    if text is None or dialect.name(s) != "sqlite":
        return False
    rows = int(s.execute(count_query(_archive_choice(filters))).scalar_one())
    return fulltext.probe_pays(s, FTS_INDEX, text, rows, limit)


def _sort(sort_column: int, descending: bool) -> Any:
    column = sort_column if 0 <= sort_column < len(_SORTS) else 0
    return E.c[_SORTS[column][1 if descending else 0]]


def _seek(key: Any, row: EngagementRow, forward: bool, descending: bool) -> Any:
    """Rows after `row` in display order (forward), else before it."""
    here = sa.tuple_(key, E.c.id)
    there = sa.tuple_(sa.literal(row.key_value(key.name), key.type), sa.literal(row.id))
    return here > there if forward != descending else here < there


def page_query(
    filters: dict[str, Any],
    sort_column: int,
    descending: bool,
    *,
    after: EngagementRow | None = None,
    before: EngagementRow | None = None,
    reverse: bool = False,
    probe: bool = False,
    dialect_name: str = "sqlite",
) -> Any:
    """The list's rows in display order (reverse: last first), after or before a row."""
    key = _sort(sort_column, descending)
    where = engagement_where(filters, probe=probe, dialect_name=dialect_name)
    query = sa.select(*_COLUMNS).where(*where)
    if after is not None:
        query = query.where(_seek(key, after, True, descending))
    if before is not None:
        query = query.where(_seek(key, before, False, descending))
    down = descending != reverse
    return query.order_by(*((key.desc(), E.c.id.desc()) if down else (key, E.c.id)))


def _walked_page(
    s: Session,
    filters: dict[str, Any],
    sort_column: int,
    descending: bool,
    limit: int,
    *,
    after: EngagementRow | None = None,
    before: EngagementRow | None = None,
    reverse: bool = False,
) -> list[EngagementRow] | None:
    """PostgreSQL: a search's page read along the sort order's index (store.server_search;
    `reverse`: the page before `before`, or the last, last row first) when it matches
    many engagements; None: the matches are listed (or not PostgreSQL)."""
    text = str(filters.get("text") or "")
    if not text or dialect.name(s) != "postgresql":
        return None
    plain = {k: v for k, v in filters.items() if k != "text"}
    base = page_query(
        plain,
        sort_column,
        descending,
        after=after,
        before=before,
        reverse=reverse,
        dialect_name="postgresql",
    )
    key = _sort(sort_column, descending)
    found = server_search.first_page(
        s, base, E, FTS_INDEX, text, (key, E.c.id), descending != reverse, limit
    )
    return None if found is None else [_row(r) for r in found]


def fetch_engagements(
    store: Store,
    filters: dict[str, Any],
    sort_column: int = 0,
    descending: bool = False,
    limit: int = 200,
    after: EngagementRow | None = None,
) -> list[EngagementRow]:
    """The first `limit` rows in display order, or the `limit` rows right after `after`."""
    with store.read() as s:
        walked = _walked_page(s, filters, sort_column, descending, limit, after=after)
        if walked is not None:
            return walked
        if filters.get("text"):
            server_search.word_index_only(s)
        probe = _probe(s, filters, limit)
        name = dialect.name(s)
        query = page_query(
            filters, sort_column, descending, after=after, probe=probe, dialect_name=name
        )
        return [_row(r) for r in s.execute(query.limit(limit))]


def fetch_engagements_before(
    store: Store,
    filters: dict[str, Any],
    sort_column: int = 0,
    descending: bool = False,
    limit: int = 200,
    before: EngagementRow | None = None,
) -> list[EngagementRow]:
    """The `limit` rows right before `before` (the last `limit` rows when None), in display
    order."""
    with store.read() as s:
        walked = _walked_page(
            s, filters, sort_column, descending, limit, before=before, reverse=True
        )
        if walked is not None:
            return walked[::-1]
        if filters.get("text"):
            server_search.word_index_only(s)
        probe = _probe(s, filters, limit)
        query = page_query(
            filters,
            sort_column,
            descending,
            before=before,
            reverse=True,
            probe=probe,
            dialect_name=dialect.name(s),
        )
        rows = [_row(r) for r in s.execute(query.limit(limit))]
    rows.reverse()
    return rows


def fetch_engagements_at(
    store: Store,
    filters: dict[str, Any],
    sort_column: int,
    descending: bool,
    offset: int,
    limit: int,
) -> list[EngagementRow]:
    """Rows `offset`.. of the display order (a jump of the scroll bar), counted from the
    nearer end; deep in a long list under the archived choice alone, from the span of the
    marks that holds them (store.engagement_marks, SQLite)."""
    with store.read() as s:
        total = _count(s, filters)
        stop = min(offset + limit, total)
        if offset >= stop:
            return []
        name = dialect.name(s)
        sort = _sort(sort_column, descending)
        along_index = not {k for k, v in filters.items() if v} - {"show_archived", "archived_only"}
        deep = min(offset, total - stop) > NEAR
        if (
            deep
            and along_index
            and name == "sqlite"
            and sort.name in engagement_marks.ENGAGEMENT.orders
        ):
            rising = (total - stop, total - offset) if descending else (offset, stop)
            query = page_query(filters, sort_column, descending, reverse=descending)
            query = engagement_marks.list_rows_at(s.connection(), filters, sort, query, rising)
            rows = [_row(r) for r in s.execute(query)]
            return rows[::-1] if descending else rows
        reverse = offset > total - stop
        query = page_query(filters, sort_column, descending, reverse=reverse, dialect_name=name)
        skip = total - stop if reverse else offset
        if name == "postgresql":  # no marks: skipped along the index alone (deep_pages)
            query = deep_pages.from_offset(query, (sort, E.c.id), descending != reverse, skip)
        else:
            query = query.offset(skip)
        rows = [_row(r) for r in s.execute(query.limit(stop - offset))]
        if not reverse:
            return rows
    rows.reverse()
    return rows


def engagement_position(
    store: Store,
    filters: dict[str, Any],
    sort_column: int,
    descending: bool,
    key: str,
    budget: int | None = None,
) -> int | None:
    """Row number of engagement `key` under the filters and sort (how many rows come before
    it), None when it does not match the filters (see `locate_engagement`)."""
    found = locate_engagement(store, filters, sort_column, descending, key, budget)
    return None if found is None else found[0]


def locate_engagement(
    store: Store,
    filters: dict[str, Any],
    sort_column: int,
    descending: bool,
    key: str,
    budget: int | None = None,
) -> tuple[int, EngagementRow] | None:
    """(row number, row) of engagement `key` under the filters and sort (how many rows
    come before it), None when it does not match the filters.

    A row near either end costs a few short reads: the rows before and after it are
    counted up to a cap. Deeper, when the filters are the archived choice alone (the
    sort key's index carries the archived flag), the place is exact at any depth: from the
    marks (store.engagement_marks, SQLite) or on a team server the tally (phase, status,
    RAG), else one count along that index; under other filters (checked on the rows) the cap grows
    eightfold each round and, with a `budget`, the row is let go (None) once more than
    `budget` rows lie between it and either end."""
    with store.read() as s:
        name = dialect.name(s)
        found = s.execute(
            page_query({**filters, "id": key}, 0, False, dialect_name=name).limit(1)
        ).first()
        if found is None:
            return None
        row = _row(found)
        sort = _sort(sort_column, descending)
        where = engagement_where(filters, dialect_name=name)

        def counted(forward: bool, cap: int | None) -> int:
            seek = _seek(sort, row, forward, descending)
            if cap is None:
                return int(s.execute(sa.select(sa.func.count()).where(*where, seek)).scalar_one())
            query = sa.select(E.c.id).where(*where, seek).limit(cap)
            return int(
                s.execute(sa.select(sa.func.count()).select_from(query.subquery())).scalar_one()
            )

        along_index = not {k for k, v in filters.items() if v} - {"show_archived", "archived_only"}
        cap = NEAR  # rows counted on each side, growing until the nearer end is reached
        while True:
            before = counted(False, cap)
            if before < cap:
                return before, row
            after = counted(True, cap)
            if after < cap:
                return _count(s, filters) - 1 - after, row
            if along_index and name == "sqlite" and sort.name in engagement_marks.ENGAGEMENT.orders:
                values = (row.key_value(sort.name), row.id)
                conn = s.connection()
                return engagement_marks.list_place(
                    conn, filters, sort, descending, values, where
                ), row
            if along_index and sort_column in _GROUPED and triggers.reads_tallies(s.connection()):
                return _grouped_place(s, filters, sort_column, descending, row), row
            if along_index:
                return counted(False, None), row
            if budget is not None and cap >= budget:
                return None
            cap = cap * 8 if budget is None else min(cap * 8, budget)


# Columns whose sort key is a rank of a tallied value (phase, status, RAG): few groups.
_GROUPED: dict[int, tuple[str, dict[str, int]]] = {
    4: ("phase", PHASE_RANK),
    5: ("status", STATUS_RANK),
    8: ("rag", RAG_RANK),
}


def _grouped_place(
    s: Session, filters: dict[str, Any], sort_column: int, descending: bool, row: EngagementRow
) -> int:
    """The place of `row` in the order of a grouped column on a team server (the archived
    choice alone, where the tally may be read; SQLite reads its marks): the rows of the
    groups before its own, from the tally, plus the rows of its own group before it,
    counted along the sort key's index from the nearer end of the group. Ids are random,
    so the id's leading digits tell about how far into its group a row lies. A row at
    910,000 of a million sorted by phase: 70,000 index entries read instead of 910,000
    (6 ms instead of 77 ms)."""
    field, rank = _GROUPED[sort_column]
    sort = _sort(sort_column, descending)
    mine = row.key_value(sort.name)
    archive = _tally_count(_archive_choice(filters)).whereclause
    groups = sa.select(T.c[field], T.c.n).where(*([archive] if archive is not None else []))
    before = size = 0
    for value, n in s.execute(groups):
        key = rank.get(value, len(rank))
        if key == mine:
            size += int(n)
        elif (key > mine) if descending else (key < mine):
            before += int(n)
    where = [*engagement_where(_archive_choice(filters)), sort == mine]
    try:
        depth = int(row.id[:8], 16) / 0x1_0000_0000
    except ValueError:
        depth = 0.0
    front = depth < 0.5 if not descending else depth >= 0.5
    ids = E.c.id < row.id if front != descending else E.c.id > row.id
    counted = int(
        s.execute(sa.select(sa.func.count()).select_from(E).where(*where, ids)).scalar_one()
    )
    return before + (counted if front else size - 1 - counted)


def get_engagement_row(store: Store, engagement_id: str) -> EngagementRow | None:
    rows = fetch_engagements(store, {"show_archived": True, "id": engagement_id}, limit=1)
    return rows[0] if rows else None


# --- one engagement, one client ---------------------------------------------------------
def engagement_values(store: Store, engagement_id: str) -> dict[str, Any]:
    """The engagement's column values (LookupError when it no longer exists)."""
    with store.read() as s:
        eng = s.get(Engagement, engagement_id)
        if eng is None:
            raise LookupError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "engagement {engagement_id} no longer exists"),
                    engagement_id=engagement_id,
                )
            )
        return values_of(eng)


@dataclass(frozen=True)
class ClientRecord:
    """A client's column values and its contacts (id, column values), by name."""

    values: dict[str, Any]
    contacts: list[tuple[str, dict[str, Any]]]


def client_record(store: Store, client_id: str) -> ClientRecord:
    """LookupError when the client no longer exists."""
    with store.read() as s:
        client = s.get(Client, client_id)
        if client is None:
            raise LookupError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "client {client_id} no longer exists"),
                    client_id=client_id,
                )
            )
        query = select(Contact).where(Contact.client_id == client_id)
        contacts = s.exec(query.order_by(sa.func.lower(Contact.name))).all()
        return ClientRecord(values_of(client), [(c.id, values_of(c)) for c in contacts])


# --- choices for the forms --------------------------------------------------------------
def client_name_taken(store: Store, name: str, except_id: str | None = None) -> bool:
    key = " ".join(name.split()).casefold()
    with store.read() as s:
        rows = s.exec(select(Client.id, Client.name)).all()
    return any(" ".join(n.split()).casefold() == key and i != except_id for i, n in rows)


def decision_gates(session: Session, engagement_id: str) -> list[Milestone]:
    """The engagement's go/no-go gates in date order (the charter's decision points)."""
    # The kind is checked on the engagement's own milestones (read through engagement_id),
    # not through the kind index, which holds the gates of every engagement.
    query = select(Milestone).where(
        Milestone.engagement_id == engagement_id,
        _unindexed(col(Milestone.kind)) == MilestoneKind.DECISION_GATE.value,
    )
    return list(session.exec(query.order_by(col(Milestone.planned_finish))).all())


def agreement_choices(store: Store, engagement_id: str) -> list[Choice]:
    """Agreements with this engagement's partner (for the information-sharing register)."""
    with store.read() as s:
        eng = s.get(Engagement, engagement_id)
        if eng is None:
            return []
        query = select(Agreement).where(Agreement.partner_id == eng.partner_id)
        rows = s.exec(query.order_by(sa.func.lower(Agreement.title))).all()
    return [Choice(a.id, a.title, a.kind.label if a.kind else "") for a in rows]
