"""A partner search word that names a country (store.partner_list): the partners it finds
are those whose words it starts, and those in the countries it names, read as the union of
the two index-driven sets, so it costs what their own rows cost whatever the number of
partners.

Written as `word matches OR country IN (codes)`, no index answered the OR (the country code
has none): at a million partners every count and page of "k" or "ke" read the whole table
(0.5-0.7 s), while a user typing "kestrel" passes through both. Here the country's
partners are found along the country's sort key (`country_key`, the English name's sort
text, unique to a known code, in ix_partner_country_key_name_key) and joined to the word's
matches from the word index: the partners are those whose key is in that list (SQLite:
their rowid, which the list answers by lookup; PostgreSQL: their id)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import derived_partners, dialect, fulltext
from cdmo_desktop.store.partner_reads import search_count


def country_keys(codes: Sequence[str]) -> list[str]:
    """The sort keys (`partner.country_key`) of the countries `codes` (known codes only)."""
    return sorted({derived_partners.country_key(code) for code in codes})


def found_or_in(
    p: sa.Table,
    index: str,
    word: str,
    codes: Sequence[str],
    dialect_name: str,
    probe: bool = False,
) -> sa.ColumnElement[bool]:
    """The condition "partner `p` has a word `word` starts (full-text index `index`), or
    is in one of the countries `codes`". `probe` (SQLite): each partner is checked among
    the list (a walk of the sort key's index), not looked up from it."""
    inside = p.alias("partner_in_country")
    keys = country_keys(codes)
    if dialect_name == "sqlite":
        rowid: Any = sa.literal_column(f"{inside.name}.rowid")
        in_country = sa.select(rowid).select_from(inside).where(inside.c.country_key.in_(keys))
        matching = fulltext.matching_rowids(index, word)
        listed = in_country if matching is None else sa.union_all(matching, in_country)
        return fulltext.probing(sa.literal_column(f"{p.name}.rowid"), probe).in_(listed)
    by_word = p.alias("partner_by_word")
    found = fulltext.condition(dialect_name, index, word, table=by_word)
    ids = sa.select(inside.c.id).where(inside.c.country_key.in_(keys))
    if found is not None:
        ids = sa.union_all(sa.select(by_word.c.id).where(found), ids)  # type: ignore[assignment]
    return p.c.id.in_(ids)


def only_in_country(
    p: sa.Table,
    index: str,
    word: str,
    codes: Sequence[str],
    others: str,
    phrases: Sequence[str],
    dialect_name: str,
) -> list[sa.ColumnElement[bool]]:
    """The conditions of the partners a search finds only through the country `word`
    names: in one of `codes`, `word` not starting any of their words, and the search's
    other words (`others`, `phrases`) found. With those the search's word matches, they are
    its partners, counted apart (each set along its own index): a count of the union read
    every partner of either ("k" at a million partners: 510 ms, its matches alone 140)."""
    out: list[sa.ColumnElement[bool]] = [p.c.country_key.in_(country_keys(codes))]
    found = fulltext.condition(dialect_name, index, word, table=p)
    if found is not None:
        out.append(sa.not_(found))
    rest = fulltext.condition(dialect_name, index, others, phrases, table=p)
    return out if rest is None else [*out, rest]


def count(
    session: Session,
    index: str,
    rest: Sequence[sa.ColumnElement[bool]],
    words: Sequence[str],
    phrases: Sequence[str],
    word: str,
    codes: Sequence[str],
    archived_too: bool | None,
) -> int:
    """Partners a search finds (`words`, `phrases`; of the words only `word` names the
    countries `codes`) among those the other filters keep (conditions `rest`): the
    partners the words find, plus those found only through the countries. `archived_too`:
    the search is the only filter besides the archived choice, its matches are counted
    in the word index (partner_reads.search_count); None: along the filters."""
    p = cast(sa.Table, sa.inspect(Partner).local_table)
    name = dialect.name(session)
    text = " ".join(words)
    conn = session.connection()
    if name != "sqlite":
        return _server_count(conn, p, index, rest, words, phrases, word, codes)
    found = None
    if name == "sqlite" and archived_too is not None:
        found = search_count(session, index, text, list(phrases), archived_too)
    if found is None:
        matching = fulltext.condition(name, index, text, phrases, table=p)
        where = [*rest] if matching is None else [*rest, matching]
        found = int(
            conn.execute(sa.select(sa.func.count()).select_from(p).where(*where)).scalar_one()
        )
    others = " ".join(w for w in words if w != word)
    only = only_in_country(p, index, word, codes, others, phrases, name)
    stmt = sa.select(sa.func.count()).select_from(p).where(*rest, *only)
    return found + int(conn.execute(stmt).scalar_one())


def _server_count(
    conn: sa.Connection,
    p: sa.Table,
    index: str,
    rest: Sequence[sa.ColumnElement[bool]],
    words: Sequence[str],
    phrases: Sequence[str],
    word: str,
    codes: Sequence[str],
) -> int:
    """`count` on PostgreSQL: the partners every word finds, plus those in the countries
    the other words find, less those counted twice (in the countries and found by every
    word, counted in the same pass as the first). Asking for the country's partners that
    `word` does not find (`only_in_country`) compared each of them with the list of every
    match (at 10,000 partners "k" took 115 ms for 1,011 partners of its countries against
    8,682 matches; the work grows with the product of the two)."""
    name = dialect.name(conn)
    in_country = p.c.country_key.in_(country_keys(codes))
    every = fulltext.condition(name, index, " ".join(words), phrases, table=p)
    assert every is not None  # `word` is one of the words
    both = sa.func.count().filter(in_country)
    found, twice = conn.execute(sa.select(sa.func.count(), both).where(*rest, every)).one()
    others = " ".join(w for w in words if w != word)
    rest_found = fulltext.condition(name, index, others, phrases, table=p)
    where = [*rest, in_country] + ([] if rest_found is None else [rest_found])
    inside = conn.execute(sa.select(sa.func.count()).select_from(p).where(*where)).scalar_one()
    return int(found) + int(inside) - int(twice)


def page_ids(
    p: sa.Table,
    index: str,
    where: Sequence[sa.ColumnElement[bool]],
    order: Sequence[sa.ColumnElement[Any]],
    words: Sequence[str],
    phrases: Sequence[str],
    word: str,
    codes: Sequence[str],
    rows: int,
    dialect_name: str,
) -> sa.CompoundSelect[Any]:
    """(PostgreSQL) The ids of the first `rows` partners in `order` (under `where`) that a
    search finds, one word of which (`word`) names the countries `codes`: the first
    `rows` that every word finds, and the first `rows` of the countries that the other
    words find, each read in that order on its own. A page read from the union of both
    sets looked up and sorted every partner of the countries ("united" at 10,000
    partners: 2,069 of them for a page of 100; a fifth of the partners at any size)."""
    every = fulltext.condition(dialect_name, index, " ".join(words), phrases, table=p)
    assert every is not None  # `word` is one of the words
    others = " ".join(w for w in words if w != word)
    found = fulltext.condition(dialect_name, index, others, phrases, table=p)
    in_country = [p.c.country_key.in_(country_keys(codes))] + ([] if found is None else [found])

    def first(*matching: sa.ColumnElement[bool]) -> sa.Select[Any]:
        stmt = sa.select(p.c.id).where(*where, *matching).order_by(*order).limit(rows)
        return stmt.correlate(None)

    return sa.union_all(first(every), first(*in_country))
