"""A one-word search that finds exactly the partners whose name starts with the word, read
as a range of the name order (SQLite; store.partner_list decides when it applies).

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


def spellings(lo: str) -> list[str] | None:
    """The other starts of a word whose case folding starts with `lo` (letters of
    FOLDED_APART in place of the ASCII letters they fold to, a folding that runs past the
    end of `lo` included: "keß" folds to "kess", which starts with "kes"); None when there
    are more than SPELLINGS_MOST."""
    found: set[str] = set()

    def spell(at: int, typed: str, apart: bool) -> None:
        if len(found) > SPELLINGS_MOST:
            return
        if at >= len(lo):
            if apart:
                found.add(typed)
            return
        spell(at + 1, typed + lo[at], apart)
        rest = lo[at:]
        for folded, letters in FOLDED_APART.items():
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
    when they may not be, or on another database than SQLite. The answer is kept while the
    index is unchanged (its version: store.fulltext_vocab), so the count and the pages of
    one search weigh it once: it changes only with the names and the indexed text (a
    partner archived or restored stays in the range and among the matches alike). Only
    for read sessions (one with its own uncommitted writes would find the old version)."""
    found = bounds(word)
    if found is None or session.get_bind().dialect.name != "sqlite":
        return None
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
