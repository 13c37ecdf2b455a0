"""The whole words a typed word begins, kept between keystrokes (SQLite's full-text
indexes; store.fulltext.whole_terms reads them).

Reading a word's whole words from an FTS5 vocabulary table reads every entry of each of
them to count its rows: 10 ms for "supplier" at a million risks (312k rows hold it), on
every keystroke of a broad search. The words a typed word begins are among those the
word typed before it began ("supplier" among "supplie"'s), and they change only when the
index does: so the words read for a typed word are kept, with the index's version, and a
longer word typed next is answered from them without reading the vocabulary again.

The version is FTS5's structure record (the row of `<index>_data` with id 10): FTS5
rewrites it, its change counter included, whenever a committed write adds or removes
entries (a new segment) or merges segments, so a kept answer is used only while the
index holds the same entries. A read session sees committed entries only; a session with
its own uncommitted writes to the index must not use what is kept (its entries are not in
the structure record yet): store.fulltext.whole_terms keeps them only when asked.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

STRUCTURE_ID = 10
"""The id of FTS5's structure record in its `_data` table."""
KEPT_WORDS = 64
"""Typed words kept per index (the oldest forgotten first)."""


@dataclass
class _Kept:
    version: bytes
    words: dict[str, dict[str, int]] = field(default_factory=dict)


_kept: weakref.WeakKeyDictionary[Any, dict[str, _Kept]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


class Vocabulary:
    """The kept whole words of one index for one read (`terms`, `keep`)."""

    def __init__(self, session: Any, index: str) -> None:
        self._engine = session.get_bind()
        self._index = index
        self._version = version(session, index)

    def terms(self, folded: str, shortest: int) -> dict[str, int] | None:
        """The whole words `folded` begins (with their rows), from the words kept for it or
        for a shorter typed word of at least `shortest` letters it begins with; None when
        none is kept for this version of the index."""
        with _lock:
            kept = _kept.get(self._engine, {}).get(self._index)
            if kept is None or kept.version != self._version:
                return None
            for n in range(len(folded), shortest - 1, -1):
                whole = kept.words.get(folded[:n])
                if whole is not None:
                    return {t: c for t, c in whole.items() if t.startswith(folded)}
        return None

    def keep(self, folded: str, whole: dict[str, int]) -> None:
        """Keep the whole words read for `folded` (for this version of the index)."""
        if self._version is None:
            return
        with _lock:
            indexes = _kept.setdefault(self._engine, {})
            kept = indexes.get(self._index)
            if kept is None or kept.version != self._version:
                kept = indexes[self._index] = _Kept(self._version)
            kept.words.pop(folded, None)
            kept.words[folded] = dict(whole)
            while len(kept.words) > KEPT_WORDS:
                kept.words.pop(next(iter(kept.words)))


def version(session: Any, index: str) -> bytes | None:
    """The FTS5 index's structure record (None when it has none yet)."""
    block = session.execute(
        sa.text(f"SELECT block FROM {index}_data WHERE id = :id"), {"id": STRUCTURE_ID}
    ).scalar()
    return bytes(block) if block is not None else None
