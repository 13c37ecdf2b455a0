"""A one-word search that finds exactly the partners whose name starts with the word, read
as a range of the name order (store.partner_list decides when it applies).

Typing a partner's name finds the partners named so: at a million partners "kestrel" finds
38,000, every one a "Kestrel ..." name. Read from the matches, a page sorted by name looks
each of them up and sorts them (16 ms), and their count reads each one's archived flag
(8 ms); walking the name index to them from the top passes 377,000 other names first. But
those partners sit together in the name order, between `lo` (the word) and `hi` (the first
key past every name it begins): when they are the search's matches and nothing else, a
page sorted by name is a walk of that range along the name index (in another order, the
sort key's index seeks the range for each of its values, 3 to 5 ms at a million
partners), and a count is read from the marks (store.partner_marks): as cheap as for a
word matching a few partners.

Whether they are, without reading them:

- every partner in the range matches: its name starts with the word as the name key folds
  it (store.derived_partners: case folded), so its name's first word starts with the word
  as the full-text index folds it; except where case folding makes ASCII letters of a
  letter the index keeps as it is ("ß" folds to "ss", the ligature "ﬅ" to "st"): no
  partner may have a word starting with such a spelling of the word (`spellings`, one
  look in the word index);
- no partner outside the range matches: the matches are at most as many as the range
  holds. The range is counted from the marks; the matches are bounded by the rows of the
  whole words the typed word begins (the word index's vocabulary, kept between keystrokes:
  store.fulltext.whole_terms), or counted in the word index up to one more than the range
  holds.
"""

from __future__ import annotations

import functools
import threading
import weakref
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import fulltext, fulltext_vocab, partner_marks

NAME_ORDER = "name_key"
"""The order the range is counted in (the name's own order, marked as (name_key, name_key))."""
FOLDED_APART: dict[str, tuple[str, ...]] = {
    "ss": ("ß", "ẞ"),
    "ff": ("ﬀ",),
    "fi": ("ﬁ",),
    "fl": ("ﬂ",),
    "ffi": ("ﬃ",),
    "ffl": ("ﬄ",),
    "st": ("ﬅ", "ﬆ"),
    "aʾ": ("ẚ",),
}
"""Letters that case folding (the name key) turns into ASCII letters (then, for "ẚ", a
letter no typed word holds) but the full-text index (unicode61 with remove_diacritics 2)
does not match as them, by what they fold to: a name spelt with them sorts among the
names starting with the ASCII spelling but does not match it."""
SPELLINGS_MOST = 32
"""Other spellings of a typed word looked for at most (more: the range is not used)."""


def _table() -> sa.Table:
    return cast(sa.Table, sa.inspect(Partner).local_table)


def bounds(word: str) -> tuple[str, str] | None:
    """The name keys [lo, hi) of the names starting with `word`, for a word of ASCII letters
    and digits (None for any other: its folding may differ between the name key and the
    word index)."""
    if not (word and word.isascii() and word.isalnum()):
        return None
    lo = word.lower()
    return lo, lo[:-1] + chr(ord(lo[-1]) + 1)


def spellings(lo: str, apart: dict[str, tuple[str, ...]] | None = None) -> list[str] | None:
    """The other starts of a word whose case folding starts with `lo` (letters of
    FOLDED_APART in place of the ASCII letters they fold to, a folding that runs past the
    end of `lo` included: "keß" folds to "kess", which starts with "kes"); None when there
    are more than SPELLINGS_MOST. `apart`: such letters by what they fold to (default
    FOLDED_APART, the SQLite word index's)."""
    found: set[str] = set()
    letters_apart = FOLDED_APART if apart is None else apart

    def spell(at: int, typed: str, apart: bool) -> None:
        if len(found) > SPELLINGS_MOST:
            return
        if at >= len(lo):
            if apart:
                found.add(typed)
            return
        spell(at + 1, typed + lo[at], apart)
        rest = lo[at:]
        for folded, letters in letters_apart.items():
            if folded.startswith(rest) or rest.startswith(folded):
                for letter in letters:
                    spell(at + min(len(folded), len(rest)), typed + letter, True)

    spell(0, "", False)
    return sorted(found) if len(found) <= SPELLINGS_MOST else None


_MARKS = partner_marks.PARTNER.marks
_SPAN_OF = (
    f"(SELECT coalesce((SELECT seq FROM {_MARKS} WHERE sort_key = :order AND seq > 0 "
    "AND (k, name_key) <= ({key}, {key}) ORDER BY k DESC, name_key DESC LIMIT 1), 0))"
)
_RANGE = (
    f"WITH here AS (SELECT {_SPAN_OF.format(key=':lo')} AS lo, {_SPAN_OF.format(key=':hi')} "
    f"AS hi) SELECT (SELECT coalesce(sum({{n}}), 0) FROM {_MARKS} WHERE sort_key = :order "
    f"AND seq >= here.lo AND seq < here.hi), (SELECT name_key FROM {_MARKS} "
    f"WHERE sort_key = :order AND seq = here.lo), (SELECT name_key FROM {_MARKS} "
    "WHERE sort_key = :order AND seq = here.hi) FROM here"
)
"""The marks between the spans `lo` and `hi` fall in: (partners of the spans from the
first to before the last, the name keys those two spans start at)."""


def listed(session: Session, lo: str, hi: str, archived_too: bool) -> int:
    """Partners (not archived, or every one) whose name key is in [lo, hi): the spans from
    the one `lo` falls in to the one `hi` falls in, from the marks (store.partner_marks),
    less the partners of the first before `lo` and plus those of the last before `hi`,
    along the name index (at most a span's worth of entries each)."""
    conn = session.connection()
    n = "listed + archived" if archived_too else "listed"
    spans, lo_start, hi_start = conn.execute(
        sa.text(_RANGE.format(n=n)), {"order": NAME_ORDER, "lo": lo, "hi": hi}
    ).one()
    p = _table()
    live = [] if archived_too else [sa.func.coalesce(p.c.archived, sa.false()) == sa.false()]

    def within(start: str | None, key: str) -> int:
        where = [*live, p.c.name_key < key]
        if start is not None:
            where.append(p.c.name_key >= start)
        counted = sa.select(sa.func.count()).select_from(p).where(*where)
        return int(conn.execute(counted).scalar_one())

    return int(spans) - within(lo_start, lo) + within(hi_start, hi)


_decided: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], tuple[bytes, Any]]] = (
    weakref.WeakKeyDictionary()
)
_lock = threading.Lock()
DECIDED_MOST = 64
"""Words whose answer is kept per database (the oldest forgotten first)."""


def name_range(session: Session, index: str, word: str) -> tuple[str, str] | None:
    """[lo, hi) of the name keys when the partners matching `word` in the full-text index
    `index` are exactly those whose name starts with it (see the module docstring); None
    when they may not be. On SQLite the answer is kept while the
    index is unchanged (its version: store.fulltext_vocab), so the count and the pages of
    one search weigh it once: it changes only with the names and the indexed text (a
    partner archived or restored stays in the range and among the matches alike). Only
    for read sessions (one with its own uncommitted writes would find the old version).
    On PostgreSQL (`_on_server`) it is weighed at each call."""
    found = bounds(word)
    if found is None:
        return None
    if session.get_bind().dialect.name != "sqlite":
        return _on_server(session, index, found)
    engine = session.get_bind()
    version = fulltext_vocab.version(session, index)
    with _lock:
        kept = _decided.get(engine, {}).get((index, word))
    if kept is not None and version is not None and kept[0] == version:
        return cast("tuple[str, str] | None", kept[1])
    answer = _weighed(session, index, word, found)
    if version is not None:
        with _lock:
            words = _decided.setdefault(engine, {})
            words.pop((index, word), None)
            words[(index, word)] = (version, answer)
            while len(words) > DECIDED_MOST:
                words.pop(next(iter(words)))
    return answer


def _weighed(
    session: Session, index: str, word: str, found: tuple[str, str]
) -> tuple[str, str] | None:
    """`name_range` read from the database (the name index, the marks, the word index)."""
    lo, hi = found
    p = _table()
    first = sa.select(p.c.id).where(p.c.name_key >= lo, p.c.name_key < hi).limit(1)
    if session.connection().execute(first).first() is None:
        return None  # no name starts with it (a city, a contact...): the plain search
    inside = listed(session, lo, hi, True)
    whole = fulltext.whole_terms(session, index, word, kept=True)
    terms = next(iter(whole.values())) if whole else None
    rows = None if terms is None else sum(terms.values())
    if terms is not None and rows is not None and rows > inside and len(terms) == 1:
        return None  # one whole word: its rows are the matches, more than the range holds
    # More rows than the range holds among the whole words (or none read): counted.
    bounded = rows is not None and rows <= inside
    if not bounded and fulltext.matches_at_least(session, index, word, inside + 1):
        return None
    others = spellings(lo)
    if others is None:
        return None
    if others:
        phrases = " OR ".join('"' + s + '"*' for s in others)
        spelt: sa.Select[Any] = sa.select(sa.literal_column("rowid")).select_from(sa.table(index))
        spelt = spelt.where(sa.literal_column(index).op("MATCH")(phrases)).limit(1)
        if session.connection().execute(spelt).first() is not None:
            return None
    return lo, hi


def condition(found: tuple[str, str]) -> list[sa.ColumnElement[bool]]:
    """The WHERE conditions of the name keys in [lo, hi) (in place of the search's)."""
    p = _table()
    lo, hi = found
    return [p.c.name_key >= lo, p.c.name_key < hi]


# --- on PostgreSQL ----------------------------------------------------------------------------
# The same range on a team server, with its own word index (store.fulltext: the GIN index of
# cdmo_words over the folded text). Typing "kestrel" at a million partners, the matches were
# read from the table by their address to be counted (38,000 rows) and again to be sorted
# for a page; the range is counted along the name index and a page is a walk of it.
#
# Whether the matches are the range, without reading them: every partner in the range
# matches (its name key starts with the word, so its folded name's first word does, unless
# a letter case folding makes ASCII is folded otherwise by the server: such letters are
# asked of the server once, `_server_apart`, and a word spelt with them looked for in the
# word index), and the matches are as many as the partners in the range (both counted from
# indexes alone: the word index's matches by a bitmap, whose pages PostgreSQL need not read
# when they are all visible). Only with the byte order of text (collation "C"): another
# collation sorts other names in the range ("kest-rel" among the "kestrel" names).


@functools.cache
def _folding_to_ascii() -> tuple[str, ...]:
    """Letters beyond ASCII whose case folding (the name key) starts with an ASCII letter or
    digit ("ß" -> "ss", the Kelvin sign -> "k", "İ" -> "i" and a dot above)."""
    return tuple(
        c
        for c in map(chr, range(0x80, 0x10000))
        if (f := c.casefold())[:1].isascii() and f[:1].isalnum()
    )


_apart_on: weakref.WeakKeyDictionary[Any, dict[str, tuple[str, ...]] | None] = (
    weakref.WeakKeyDictionary()
)


def _byte_ordered(conn: sa.Connection) -> bool:
    collation = conn.exec_driver_sql(
        "SELECT datcollate FROM pg_database WHERE datname = current_database()"
    ).scalar_one()
    return str(collation) in ("C", "POSIX") or str(collation).startswith("C.")


def _server_apart(conn: sa.Connection) -> dict[str, tuple[str, ...]] | None:
    """The letters of `_folding_to_ascii` the server folds (cdmo_fold) to other than the ASCII
    start of their case folding, by that start (as FOLDED_APART); None when the database
    does not order text by its bytes (the range may hold other names)."""
    if not _byte_ordered(conn):
        return None
    folded = conn.exec_driver_sql(
        "SELECT c, cdmo_fold(c) FROM unnest(%(letters)s::text[]) AS c",
        {"letters": list(_folding_to_ascii())},
    ).all()
    apart: dict[str, list[str]] = {}
    for letter, server in folded:
        start = "".join(ch for ch in letter.casefold() if ch.isascii())
        if server != start:
            apart.setdefault(start, []).append(letter)
    return {k: tuple(v) for k, v in apart.items()}


def _on_server(session: Session, index: str, found: tuple[str, str]) -> tuple[str, str] | None:
    """`name_range` on PostgreSQL (see above): the name keys [lo, hi) when the partners
    matching the word `lo` are exactly those whose name key is in that range."""
    lo, hi = found
    conn = session.connection()
    engine = session.get_bind()
    with _lock:
        known = engine in _apart_on
        apart = _apart_on.get(engine)
    if not known:
        apart = _server_apart(conn)
        with _lock:
            _apart_on[engine] = apart
    if apart is None:
        return None
    others = spellings(lo, apart)
    if others is None:
        return None
    p = _table()
    inside = sa.select(sa.func.count()).where(p.c.name_key >= lo, p.c.name_key < hi)
    n = int(conn.execute(inside.select_from(p)).scalar_one())
    if not n:
        return None  # no name starts with it (a city, a contact...): the plain search
    words = fulltext.INDEXES[index].columns
    indexed = sa.func.cdmo_words(*(p.c[c] for c in words))

    def matching(typed: str) -> sa.ColumnElement[bool]:
        query = sa.func.cdmo_query(sa.bindparam(None, typed, sa.String()), sa.true())
        return indexed.op("@@")(query)

    matched = sa.select(sa.func.count()).select_from(p).where(matching(lo))
    if int(conn.execute(matched).scalar_one()) != n:
        return None
    for spelt in others:
        if conn.execute(sa.select(p.c.id).where(matching(spelt)).limit(1)).first() is not None:
            return None
    return lo, hi
