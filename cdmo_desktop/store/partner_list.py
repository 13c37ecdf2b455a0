"""The partner register: counts and pages of partners, filtered and sorted in SQL, each call
one short read whatever the number of partners (the paged-list protocol of the GUI's
PagedTableModel).

- Order: every column sorts by a stored, never-NULL key (store.derived_partners.sort_keys:
  country by its name, region, next audit, active engagements, primary contact; kind and
  qualification by their value) and then by `name_key`, which is unique, so every order is
  total. Each (key, name_key) pair has an index that also carries the combo filters'
  columns (domain.models.partner), so a filtered page skips rows without reading them.
- Pages: by seek on the sort key values a row carries (`(key, name_key) > (?, ?)`), from the
  start, after a row, before a row or from the end; a jump into the middle uses OFFSET from
  the nearer end.
- Positions (the current row kept across a sort or refresh): the row read by its id, then
  the rows before it counted along the sort key's index (never the table), near either
  end first among a few rows (store.partner_locate); the GUI's source reads that row's
  page by seek from it (store.list_anchor).
- Search: the full-text index `partner_fts` (store.fulltext) over name, legal name, city,
  capabilities and the derived search words (sites, contacts, scales); every word typed must
  be the start of a word there, or of the partner's country name (or its code).
- Counts: the unfiltered view and the kind / region / qualification / archived filters are
  answered from `partner_tally` (one row per combination, kept by triggers made by revision
  0007; on a team server by 0032_server_partner_tallies), and with a standard scale (the
  filter's choices, TALLIED_SCALES) from `partner_scale_tally` (the same per scale key,
  triggers made by 0015_scale_rest, on a team server by 0032). There only who sees every
  partner reads them (store.triggers.reads_tallies); a consultant's or a viewer's count
  is of the rows they may see (server time at 100,000 partners: the unfiltered count
  0.03 ms from the tally instead of 8 ms counting rows, a kind filter 0.03 ms instead of
  3.3, the "kg" scale 0.05 ms instead of 51). A search counts its matches in the word
  index, the overdue filter alone from the marks (store.partner_reads); another scale
  (LIKE on the derived scale keys) reads every partner. A search's page is read from its
  matches, weighed by the count when known.
- A one-word search that finds exactly the names it starts (store.partner_name_range) is
  their range of the name order instead: its count from the marks, a page sorted by name
  a walk of that range (at a million partners "kestrel" finds 38,000 "Kestrel ..." names:
  neither reads each of them).

Portable SQL (SQLAlchemy Core): the backend-specific parts are the full-text condition
(store.fulltext) and the tallies (their triggers are made by the migrations; who may not
read them on a team server counts with plain queries, store.triggers.reads_tallies).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session

from cdmo_desktop.domain import capabilities, geo, scales
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import (
    deep_pages,
    derived_partners,
    dialect,
    fulltext,
    marks,
    partner_countries,
    partner_marks,
    partner_name_range,
    triggers,
)
from cdmo_desktop.store.partner_reads import matches_joined, overdue_count, probe_from, search_count

HEADERS = (
    "Name",
    "Kind",
    "Country",
    "Region",
    "Qualification",
    "Next audit due",
    "Active engagements",
    "Primary contact",
)
(
    COL_NAME,
    COL_KIND,
    COL_COUNTRY,
    COL_REGION,
    COL_QUALIFICATION,
    COL_NEXT_AUDIT,
    COL_ACTIVE,
    COL_CONTACT,
) = range(len(HEADERS))

FULLTEXT = "partner_fts"
FULLTEXT_COLUMNS = ("name", "legal_name", "city", "capabilities", "search_extra")
# The register's counts per combination of the combo filters (archived stored as 0/1, no
# region as ""), kept by triggers on `partner`.
TALLIED_SCALES: tuple[str, ...] = tuple(scales.scale_key(s) for s in capabilities.SCALES)
"""The scale keys `partner_scale_tally` counts partners for (the register's scale choices;
the tally's triggers list them, 0015_scale_rest's and on a team server
0032_server_partner_tallies': a change here needs a migration that makes them again)."""
SCALE_TALLY = sa.Table(
    "partner_scale_tally",
    sa.MetaData(),
    sa.Column("scale_key", sa.String, primary_key=True),
    sa.Column("archived", sa.Boolean, primary_key=True),
    sa.Column("kind", sa.String, primary_key=True),
    sa.Column("region", sa.String, primary_key=True),
    sa.Column("qualification_status", sa.String, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)
TALLY = sa.Table(
    "partner_tally",
    sa.MetaData(),
    sa.Column("archived", sa.Boolean, primary_key=True),
    sa.Column("kind", sa.String, primary_key=True),
    sa.Column("region", sa.String, primary_key=True),
    sa.Column("qualification_status", sa.String, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)
PROBE_WEIGHT = 16
"""How much more a partner costs to walk past in a probe than to read and sort as a match
(fulltext.probe_pays weighs the partners by it): measured at 100,000 partners, reading
and sorting the 3,700 matches of "kestrel" took 8 ms, probing 19 ms; a probe pays from
about four times as many matches (a million partners: 37,000)."""
PROBE_SHARE = 8
"""A probe walks the sort key's index only when at least one partner in PROBE_SHARE
matches: the walk's cost assumes the matches spread evenly along the order, and a search
for a name sorted by name finds them all together (at a million partners the 38,000
matches of "kestrel" sit after 377,000 other names: walking to them took 60 ms, reading
and sorting them 22 ms). With one in eight matching, even matches all at the far end cost
a walk no longer than reading and sorting them would."""
NEAR = 256
"""How many rows at each end of the list store.partner_locate looks among first."""
TALLIED_KEYS = frozenset({"kind", "qualification_status"})
"""Sort keys the tally counts partners by (their groups before a row are summed there)."""
# The stored key each column sorts by before name_key (None: the name alone).
SORT_KEYS: dict[int, str | None] = {
    COL_NAME: None,
    COL_KIND: "kind",
    COL_COUNTRY: "country_key",
    COL_REGION: "region_key",
    COL_QUALIFICATION: "qualification_status",
    COL_NEXT_AUDIT: "next_audit_key",
    COL_ACTIVE: "active_engagements",
    COL_CONTACT: "contact_key",
}


@dataclass(frozen=True, slots=True)
class PartnerListRow:
    """One register row: what it shows, and the sort keys a seek starts from."""

    id: str
    name: str
    kind: str
    country: str
    city: str
    region: str | None
    qualification_status: str
    next_audit_due: date | None
    active_engagements: int
    primary_contact: str
    archived: bool
    name_key: str = ""
    country_key: str = ""
    region_key: str = ""
    next_audit_key: str = ""
    contact_key: str = ""


@dataclass(frozen=True)
class PartnerFilters:
    """What the register shows. `text`: every word typed must start a word of the name,
    legal name, capabilities, scales, technology platforms, city, a site's name, city or
    tags, a contact's name, or the country's name (or be its code). `scale` keeps partners
    that work at that scale (a scale key, domain.scales.scale_key: "kg", "100 kg",
    "2000 l"), themselves or at a site."""

    text: str = ""
    kind: str = ""
    region: str = ""
    qualification: str = ""
    scale: str = ""
    overdue: bool = False
    archived: bool = False

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> PartnerFilters:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known and v is not None})

    @property
    def words(self) -> list[str]:
        """The words searched for by their start (not those of a quantity)."""
        return self.terms[0]

    @property
    def terms(self) -> tuple[list[str], list[str]]:
        """(words searched for by their start, quantities searched for as whole words:
        "2,000 L" is "2000 l", and "100 kg" does not find "1000 kg")."""
        words: list[str] = []
        quantities: list[str] = []
        for term in scales.search_words(self.text):
            plain = scales.normalise(term)
            split = fulltext.words(plain)
            if len(split) > 1 and plain[:1].isdigit():
                quantities.append(plain)
            else:
                words += split
        return words, quantities

    @property
    def tallied(self) -> bool:
        """Counted from a tally (only the combo filters, archived and a standard scale are
        set)."""
        if self.scale and scales.scale_key(self.scale) not in TALLIED_SCALES:
            return False
        return not (any(self.terms) or self.overdue)


def _table() -> sa.Table:
    return cast(sa.Table, sa.inspect(Partner).local_table)


def _plain(column: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    """An enum column as the string it stores (rows hold plain values)."""
    return sa.type_coerce(column, sa.String)


def _row_columns(p: sa.Table) -> list[sa.ColumnElement[Any]]:
    return [
        p.c.id,
        p.c.name,
        _plain(p.c.kind).label("kind"),
        p.c.country,
        p.c.city,
        _plain(p.c.region).label("region"),
        _plain(p.c.qualification_status).label("qualification_status"),
        p.c.next_audit_due,
        p.c.active_engagements,
        p.c.primary_contact,
        p.c.archived,
        p.c.name_key,
        p.c.country_key,
        p.c.region_key,
        p.c.next_audit_key,
        p.c.contact_key,
    ]


def _row(r: sa.Row[Any]) -> PartnerListRow:
    return PartnerListRow(
        id=r.id,
        name=r.name,
        kind=r.kind,
        country=r.country or "",
        city=r.city or "",
        region=r.region,
        qualification_status=r.qualification_status,
        next_audit_due=r.next_audit_due,
        active_engagements=int(r.active_engagements or 0),
        primary_contact=r.primary_contact or "",
        archived=bool(r.archived),
        name_key=r.name_key,
        country_key=r.country_key,
        region_key=r.region_key,
        next_audit_key=r.next_audit_key,
        contact_key=r.contact_key,
    )


# --- filters --------------------------------------------------------------------------------
@functools.cache
def _country_words(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each country's words, in English and as shown on screen ("schweiz", "switzerland")."""
    shown = dict(geo.countries_in(language))
    return tuple(
        (code, tuple(fulltext.words(derived_partners.sort_text(f"{name} {shown[code]}"))))
        for code, name in geo.countries()
    )


def country_codes_matching(word: str) -> list[str]:
    """Countries a search word names: it starts a word of the country's name (in English
    or as shown on screen), or is its two-letter code."""
    folded = derived_partners.sort_text(word)
    words_of = _country_words(geo.shown_language())
    codes = {code for code, words in words_of if any(w.startswith(folded) for w in words)}
    if len(word) == 2 and geo.is_country(word):
        codes.add(word.upper())
    return sorted(codes)


def _matching(
    p: sa.Table, text: str, phrases: list[str], dialect_name: str, probe: bool = False
) -> sa.ColumnElement[bool]:
    found = fulltext.condition(dialect_name, FULLTEXT, text, phrases, probe=probe, table=p)
    assert found is not None  # only called with words
    return found


def _text_conditions(
    p: sa.Table, filters: PartnerFilters, dialect_name: str, probe: bool = False
) -> list[sa.ColumnElement[bool]]:
    words, quantities = filters.terms
    if not (words or quantities):
        return []
    countries = [country_codes_matching(w) for w in words]
    if not any(countries):
        return [_matching(p, " ".join(words), quantities, dialect_name, probe)]
    out = [_matching(p, "", quantities, dialect_name, probe)] if quantities else []
    out += [
        partner_countries.found_or_in(p, FULLTEXT, w, codes, dialect_name, probe)
        if codes
        else _matching(p, w, [], dialect_name, probe)
        for w, codes in zip(words, countries, strict=True)
    ]
    return out


def _unindexed(column: sa.ColumnElement[Any], dialect_name: str) -> sa.ColumnElement[Any]:
    """`column` in an expression no index answers (portable: `kind || ''`). A page walks the
    sort key's index and filters as it goes, stopping after one page; were the filter's
    own index used, every match would be read and sorted first (SQLite has no statistics
    telling it that "not archived" keeps nearly every partner). PostgreSQL gets the column
    itself: its planner weighs the column's statistics and walks the sort key's index, but
    guesses an expression keeps 0.5 % of the rows, then reads every partner and sorts them
    (a kind filter at 100,000 partners: 300 ms instead of 0.5 ms)."""
    if dialect_name != "sqlite":
        return column if isinstance(column.type, sa.Boolean) else _plain(column)
    if isinstance(column.type, sa.Boolean):
        return sa.func.coalesce(column, sa.false())
    return _plain(column).concat("")


def conditions(
    filters: PartnerFilters,
    today: date,
    sort_column: int | None = None,
    *,
    dialect_name: str = "sqlite",
    probe: bool = False,
    searched: bool = True,
    name_range: tuple[str, str] | None = None,
) -> list[sa.ColumnElement[bool]]:
    """The WHERE conditions (on the partner table) of `filters` (without the search's
    unless `searched`: a page joined to its matches, store.partner_reads): when sorted,
    only the filter on the sort column is one an index answers; a count (`sort_column`
    None) may use the index of any filter but "not archived". `dialect_name`: the database's
    (store.dialect.name), for the full-text condition; `probe`: a search is checked along
    the sort key's index (fulltext.probing) instead of reading and sorting every match;
    `name_range`: the search's matches are the partners whose name key is in that range
    (store.partner_name_range), compared instead."""
    p = _table()
    key = SORT_KEYS.get(sort_column) if sort_column is not None else None
    counting = sort_column is None

    def equal(name: str, value: str) -> sa.ColumnElement[bool]:
        if name == key or counting:
            return _plain(p.c[name]) == value
        if name == "region" and key == "region_key":
            return p.c.region_key == value
        return _unindexed(p.c[name], dialect_name) == value

    out: list[sa.ColumnElement[bool]] = []
    if not filters.archived:
        out.append(_unindexed(p.c.archived, dialect_name) == sa.false())
    if filters.kind:
        out.append(equal("kind", filters.kind))
    if filters.region:
        out.append(equal("region", filters.region))
    if filters.qualification:
        out.append(equal("qualification_status", filters.qualification))
    if filters.scale:
        scale = "|" + scales.scale_key(filters.scale) + "|"
        out.append(p.c.scale_tags.contains(scale, autoescape=True))
    if filters.overdue:
        # next_audit_key is the ISO date, or LAST (never overdue) without one.
        indexed = counting or key == "next_audit_key"
        due = p.c.next_audit_key if indexed else _unindexed(p.c.next_audit_key, dialect_name)
        out.append(due < today.isoformat())
        out.append(_unindexed(p.c.archived, dialect_name) == sa.false())
    if name_range is not None:
        return out + partner_name_range.condition(name_range)
    return out + (_text_conditions(p, filters, dialect_name, probe) if searched else [])


# --- order and seek -------------------------------------------------------------------------
def _keys(sort_column: int) -> list[sa.ColumnElement[Any]]:
    p = _table()
    name = SORT_KEYS.get(sort_column)
    if name is None:
        return [p.c.name_key]
    column = p.c[name]
    if name in ("kind", "qualification_status"):
        return [_plain(column), p.c.name_key]
    return [column, p.c.name_key]


def _key_values(sort_column: int, row: PartnerListRow) -> list[Any]:
    name = SORT_KEYS.get(sort_column)
    values = [] if name is None else [getattr(row, name)]
    return [*values, row.name_key]


def _beyond(sort_column: int, row: PartnerListRow, ascending: bool) -> sa.ColumnElement[bool]:
    """Rows after `row` in the order (key, name_key) ascending, or before it descending."""
    keys, values = _keys(sort_column), _key_values(sort_column, row)
    if len(keys) == 1:
        return keys[0] > values[0] if ascending else keys[0] < values[0]
    left, right = sa.tuple_(*keys), sa.tuple_(*values)
    return left > right if ascending else left < right


def _select(
    filters: PartnerFilters,
    sort_column: int,
    ascending: bool,
    today: date,
    beyond: PartnerListRow | None = None,
    *,
    dialect_name: str = "sqlite",
    probe: bool = False,
    name_range: tuple[str, str] | None = None,
    rows: int | None = None,
) -> sa.Select[Any]:
    named = _country_word(filters) if rows and dialect_name != "sqlite" else None
    if named is not None and rows and name_range is None:
        return _country_page(filters, sort_column, ascending, today, beyond, named, rows)
    joined = None if probe or name_range else _joined(filters, dialect_name)
    where = conditions(
        filters,
        today,
        sort_column,
        dialect_name=dialect_name,
        probe=probe,
        searched=joined is None,
        name_range=name_range,
    )
    if beyond is not None:
        where.append(_beyond(sort_column, beyond, ascending))
    order = [k.asc() if ascending else k.desc() for k in _keys(sort_column)]
    stmt = sa.select(*_row_columns(_table())).where(*where).order_by(*order)
    return stmt if joined is None else stmt.select_from(joined)


def _country_word(filters: PartnerFilters) -> tuple[str, list[str]] | None:
    """The one word of a search that names countries, and their codes (None when no word
    or more than one does)."""
    named = [(w, c) for w in dict.fromkeys(filters.words) if (c := country_codes_matching(w))]
    return named[0] if len(named) == 1 else None


def _country_page(
    filters: PartnerFilters,
    sort_column: int,
    ascending: bool,
    today: date,
    beyond: PartnerListRow | None,
    named: tuple[str, list[str]],
    rows: int,
) -> sa.Select[Any]:
    """`_select` (PostgreSQL) of a search one word of which names countries, for a read of
    at most `rows` rows: from the first `rows` partners of each of the two sets it finds
    (store.partner_countries.page_ids)."""
    p = _table()
    where = conditions(filters, today, sort_column, dialect_name="postgresql", searched=False)
    if beyond is not None:
        where.append(_beyond(sort_column, beyond, ascending))
    order = [k.asc() if ascending else k.desc() for k in _keys(sort_column)]
    words, quantities = filters.terms
    ids = partner_countries.page_ids(
        p, FULLTEXT, where, order, words, quantities, *named, rows, "postgresql"
    )
    return sa.select(*_row_columns(p)).where(p.c.id.in_(ids)).order_by(*order)


def _joined(filters: PartnerFilters, dialect_name: str) -> sa.FromClause | None:
    """The partners joined to the matches of a search no word of which names a country
    (SQLite: store.partner_reads.matches_joined), for a page read from every match."""
    words, quantities = filters.terms
    if dialect_name != "sqlite" or any(country_codes_matching(w) for w in words):
        return None
    return matches_joined(FULLTEXT, " ".join(words), quantities)


def _page(
    session: Session,
    filters: PartnerFilters,
    sort_column: int,
    ascending: bool,
    today: date,
    beyond: PartnerListRow | None = None,
    *,
    rows: int = 200,
    matches: int | None = None,
) -> sa.Select[Any]:
    """`_select` for the database `session` reads, for a read of about `rows` rows: a
    search for the start of names as their range of the name order (sorted by name, a walk
    of that range; in another order, each value of the sort key's index seeks the range,
    as the planner's statistics find it pays: at a million partners 3 to 5 ms for the
    38,000 of "kestrel" in every order, 20 to 37 ms read from the matches)."""
    name = dialect.name(session)
    found = _name_range(session, filters)
    if found is not None:
        return _select(
            filters, sort_column, ascending, today, beyond, dialect_name=name, name_range=found
        )
    probe = _probe(session, filters, today, rows, matches)
    return _select(
        filters, sort_column, ascending, today, beyond, dialect_name=name, probe=probe, rows=rows
    )


def _name_range(session: Session, filters: PartnerFilters) -> tuple[str, str] | None:
    """The name keys [lo, hi) of the partners a one-word search finds, when they are exactly
    those whose name starts with the word (store.partner_name_range)."""
    words, quantities = filters.terms
    if len(words) != 1 or quantities or country_codes_matching(words[0]):
        return None
    return partner_name_range.name_range(session, FULLTEXT, words[0])


def _probe(
    session: Session, filters: PartnerFilters, today: date, rows: int, matches: int | None = None
) -> bool:
    """Whether a search matches so many partners that a page is best read by walking the
    sort key's index and looking each partner up among the matches (about `rows` x
    partners / matches entries) rather than by reading and sorting every match
    (fulltext.probe_pays, SQLite only): at least one partner in PROBE_SHARE matches, as
    the 861,000 partners "k" finds among a million. `matches`: how many partners the
    filters keep, when known (the register's count), weighed instead of counted again."""
    words, quantities = filters.terms
    if not (words or quantities) or dialect.name(session) != "sqlite":
        return False
    # The partners the other filters keep, from the tally (the search and the filters
    # a tally does not answer left out: an estimate is enough).
    rest = replace(filters, text="", overdue=False, scale="")
    shown = int(session.connection().execute(count_statement(rest, today)).scalar_one())
    if matches is not None:
        return matches >= shown // PROBE_SHARE and matches >= probe_from(shown * PROBE_WEIGHT, rows)
    text = " ".join(words)
    if not fulltext.matches_at_least(session, FULLTEXT, text, shown // PROBE_SHARE, quantities):
        return False
    weighed = shown * PROBE_WEIGHT
    return fulltext.probe_pays(session, FULLTEXT, text, weighed, rows, quantities)


def _rows(session: Session, stmt: sa.Select[Any]) -> list[PartnerListRow]:
    return [_row(r) for r in session.connection().execute(stmt)]


# --- the protocol ---------------------------------------------------------------------------
def count(session: Session, filters: PartnerFilters, today: date) -> int:
    """Partners matching `filters`: from the tally for the combo filters (a few rows
    whatever the number of partners; on a team server for who may read it), else by
    counting the matches: a search for the start of names from the marks, or along their
    range of the name index."""
    found = _name_range(session, filters)
    if found is not None:
        alone = replace(filters, text="", archived=False) == PartnerFilters()
        if alone and dialect.name(session) == "sqlite":  # from the marks
            return partner_name_range.listed(session, *found, filters.archived)
        where = conditions(filters, today, name_range=found)
        stmt = sa.select(sa.func.count()).select_from(_table()).where(*where)
        return int(session.connection().execute(stmt).scalar_one())
    searched = _search_count(session, filters)
    if searched is not None:
        return searched
    named = _country_count(session, filters, today)
    if named is not None:
        return named
    overdue_only = replace(filters, archived=False) == PartnerFilters(overdue=True)
    if overdue_only and dialect.name(session) == "sqlite":  # from the marks
        return overdue_count(session, today)
    tallies = triggers.reads_tallies(session.connection())
    stmt = count_statement(filters, today, dialect_name=dialect.name(session), tallies=tallies)
    return int(session.connection().execute(stmt).scalar_one())


def _search_count(session: Session, filters: PartnerFilters) -> int | None:
    """The count of a search that is the only filter (besides the archived choice), from
    the full-text index (SQLite, store.partner_reads.search_count); None for any other
    filters, or where a word names a country (matched outside the index)."""
    words, quantities = filters.terms
    if not (words or quantities) or dialect.name(session) != "sqlite":
        return None
    if replace(filters, text="", archived=False) != PartnerFilters():
        return None
    if any(country_codes_matching(w) for w in words):
        return None
    return search_count(session, FULLTEXT, " ".join(words), quantities, filters.archived)


def _country_count(session: Session, filters: PartnerFilters, today: date) -> int | None:
    """The count of a search one word of which names countries, counted apart (store.
    partner_countries.count: from the word index when the search is the only filter);
    None for other searches."""
    words, quantities = filters.terms
    named = [(w, codes) for w in dict.fromkeys(words) if (codes := country_codes_matching(w))]
    if len(named) != 1:
        return None
    rest = conditions(filters, today, dialect_name=dialect.name(session), searched=False)
    alone = replace(filters, text="", archived=False) == PartnerFilters()
    archived = filters.archived if alone else None
    return partner_countries.count(session, FULLTEXT, rest, words, quantities, *named[0], archived)


def count_statement(
    filters: PartnerFilters,
    today: date,
    *,
    dialect_name: str = "sqlite",
    tallies: bool | None = None,
) -> sa.Select[Any]:
    """The query `count` runs: the tallies answer the combo filters where they may be read
    (`tallies`, default: on SQLite; on a team server store.triggers.reads_tallies), else
    the matching rows are counted."""
    if tallies is None:
        tallies = dialect_name == "sqlite"
    if filters.tallied and tallies:
        t = SCALE_TALLY if filters.scale else TALLY
        return sa.select(sa.func.coalesce(sa.func.sum(t.c.n), 0)).where(*_tallied(t, filters))
    where = conditions(filters, today, dialect_name=dialect_name)
    return sa.select(sa.func.count()).select_from(_table()).where(*where)


def _tallied(t: sa.Table, filters: PartnerFilters) -> list[sa.ColumnElement[bool]]:
    """The conditions on a tally (TALLY, or SCALE_TALLY with a scale) of `filters`."""
    where: list[sa.ColumnElement[bool]] = []
    if filters.scale:
        where.append(t.c.scale_key == scales.scale_key(filters.scale))
    if not filters.archived:
        where.append(t.c.archived == sa.false())
    for column, value in (
        (t.c.kind, filters.kind),
        (t.c.region, filters.region),
        (t.c.qualification_status, filters.qualification),
    ):
        if value:
            where.append(column == value)
    return where


def fetch(
    session: Session,
    filters: PartnerFilters,
    sort_column: int,
    descending: bool,
    limit: int,
    today: date,
    after: PartnerListRow | None = None,
    *,
    matches: int | None = None,
) -> list[PartnerListRow]:
    """The first `limit` rows in display order, or the `limit` rows right after `after`."""
    stmt = _page(
        session, filters, sort_column, not descending, today, after, rows=limit, matches=matches
    )
    return _rows(session, stmt.limit(limit))


def fetch_before(
    session: Session,
    filters: PartnerFilters,
    sort_column: int,
    descending: bool,
    limit: int,
    today: date,
    before: PartnerListRow | None = None,
    *,
    matches: int | None = None,
) -> list[PartnerListRow]:
    """The `limit` rows right before `before` (the last `limit` rows when None), in display
    order."""
    stmt = _page(
        session, filters, sort_column, descending, today, before, rows=limit, matches=matches
    )
    return _rows(session, stmt.limit(limit))[::-1]


def fetch_at(
    session: Session,
    filters: PartnerFilters,
    sort_column: int,
    descending: bool,
    offset: int,
    limit: int,
    today: date,
) -> list[PartnerListRow]:
    """Rows `offset` .. `offset + limit - 1` in display order (a jump of the scroll bar),
    skipping from the nearer end (on a team server along the sort key's index alone,
    store.deep_pages: only the page's rows read from the table)."""
    total = count(session, filters, today)
    limit = min(limit, total - offset)
    if offset < 0 or limit <= 0:
        return []
    from_end = total - offset - limit
    if min(offset, from_end) > NEAR and _every_partner(session, filters):
        first = from_end if descending else offset  # in the ascending order
        rows = _rows(session, _from_span(session, filters, sort_column, first, limit, today))
        return rows[::-1] if descending else rows
    forward = offset <= from_end
    skip = offset if forward else from_end
    ascending = not descending if forward else descending
    stmt = _page(session, filters, sort_column, ascending, today, rows=skip + limit)
    if skip and dialect.name(session) == "postgresql":  # no marks: the index alone
        stmt = deep_pages.from_offset(stmt, _keys(sort_column), not ascending, skip)
    else:
        stmt = stmt.offset(skip)
    rows = _rows(session, stmt.limit(limit))
    return rows if forward else rows[::-1]


def _every_partner(session: Session, filters: PartnerFilters) -> bool:
    """Every partner listed, or every one not archived, on SQLite: the marks count them."""
    plain = replace(filters, archived=False) == PartnerFilters()
    return plain and dialect.name(session) == "sqlite"


def _from_span(
    session: Session,
    filters: PartnerFilters,
    sort_column: int,
    first: int,
    limit: int,
    today: date,
) -> sa.Select[Any]:
    """Rows `first`.. of the ascending order of `sort_column` read from the span holding
    the first (store.marks.span_at): at most a span's rows skipped, not every row before."""
    counted = ("listed", "archived") if filters.archived else ("listed",)
    order = SORT_KEYS.get(sort_column) or "name_key"
    reader = marks.connection_reader(session.connection())
    before, start = partner_marks.marks.span_at(
        reader, partner_marks.PARTNER, order, first, counted
    )
    stmt = _select(filters, sort_column, True, today)
    keys = _keys(sort_column)
    if start is not None:  # the name's own order is marked as (name_key, name_key)
        at = keys[0] >= start[1] if len(keys) == 1 else sa.tuple_(*keys) >= sa.tuple_(*start)
        stmt = stmt.where(at)
    return stmt.offset(first - before).limit(limit)


# --- derived data in bulk -------------------------------------------------------------------
def rebuild_tally(connection: sa.Connection) -> None:
    """Count the partners per combination again (store.bulk after rows written in bulk,
    a copy onto a team server)."""
    if not triggers.has_tally(connection, TALLY.name):
        return
    p = _table()
    region = sa.func.coalesce(_plain(p.c.region), "")
    grouped = sa.select(
        p.c.archived,
        _plain(p.c.kind),
        region,
        _plain(p.c.qualification_status),
        sa.func.count(),
    ).group_by(p.c.archived, p.c.kind, region, p.c.qualification_status)
    connection.execute(sa.delete(TALLY))
    connection.execute(
        sa.insert(TALLY).from_select(
            ["archived", "kind", "region", "qualification_status", "n"], grouped
        )
    )


def rebuild_scale_tally(connection: sa.Connection) -> None:
    """Count the partners per standard scale and combination again (0015_scale_rest; on a
    team server 0032_server_partner_tallies): a key is counted where the partner's stored
    keys hold it, as the triggers find it (instr on SQLite, strpos on PostgreSQL)."""
    if not triggers.has_tally(connection, SCALE_TALLY.name):
        return
    found = "instr" if connection.dialect.name == "sqlite" else "strpos"
    connection.execute(sa.delete(SCALE_TALLY))
    for key in TALLIED_SCALES:
        connection.execute(
            sa.text(
                "INSERT INTO partner_scale_tally (scale_key, archived, kind, region, "
                "qualification_status, n) SELECT :key, archived, kind, coalesce(region, ''), "
                f"qualification_status, count(*) FROM partner WHERE {found}(scale_tags, :tag) > 0 "
                "GROUP BY archived, kind, coalesce(region, ''), qualification_status"
            ),
            {"key": key, "tag": f"|{key}|"},
        )


def rebuild(connection: sa.Connection) -> None:
    """Every partner's derived data from its rows (store.bulk.REBUILDERS): search words and
    scale keys, register sort keys, the full-text index and the tally. Rows may have been
    written with the full-text index dropped (fulltext.drop, faster bulk inserts)."""
    # Without the full-text triggers and the sort key indexes while every row is rewritten
    # (made again afterwards in one pass each: minutes less at a million partners).
    fulltext.drop(connection, FULLTEXT)
    derived = {"country_key", "region_key", "next_audit_key", "active_engagements", "contact_key"}
    keyed = [ix for ix in _table().indexes if derived & {ix.columns.keys()[0]}]
    for index in keyed:
        index.drop(connection)
    derived_partners.refresh_words(connection, None)
    derived_partners.refresh_sort_keys(connection, None)
    for index in keyed:
        index.create(connection)
    fulltext.create(connection, FULLTEXT, "partner", FULLTEXT_COLUMNS)
    rebuild_tally(connection)
    rebuild_scale_tally(connection)
    partner_marks.rebuild(connection)
