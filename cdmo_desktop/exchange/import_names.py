"""Near-duplicate names in an import (exchange/imports.py): a new partner whose name is close
to an existing one (case, punctuation, legal suffixes such as GmbH or S.A., or a small
typo) carries a warning."""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


LEGAL_SUFFIXES = frozenset(
    "ab ag as bv co company corp corporation gmbh inc incorporated kg kk limited llc llp "
    "ltd nv oy plc pte pty pvt private sa sarl sas se spa srl sro".split()
)
NEAR_RATIO = 0.88
# Names compared per row at most (those starting alike, first come): beyond that only the
# same key counts, so a file of 10,000 names starting alike stays linear.
NEAR_COMPARED = 300


def name_key(name: str) -> str:
    """A company name without case, accents, punctuation and trailing legal suffixes:
    "Lonza Group AG", "LONZA GROUP" and "Lonza-Group A.G." share one key."""
    folded = unicodedata.normalize("NFKD", name).casefold()
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace(".", "").replace("&", " and ")
    words = re.sub(r"[^\w]+", " ", folded).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


class NearNames:
    """Names to warn about: the same key, or a close spelling among names that start
    alike (comparing with every partner would be quadratic in a large import)."""

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}
        self._by_start: dict[str, list[tuple[str, str]]] = {}

    def add(self, name: str, *, close_spellings: bool = True) -> None:
        """Warn about `name` from now on: its key, and (`close_spellings`) names spelled
        alike. The file's own rows are added by key only: comparing each row with the rows
        before it costs more than the typo it could find."""
        key = name_key(name)
        self._by_key.setdefault(key, name)
        if close_spellings:
            self._by_start.setdefault(key[:3], []).append((key, name))

    def near(self, name: str) -> str | None:
        key = name_key(name)
        if key in self._by_key:
            return self._by_key[key]
        matcher = difflib.SequenceMatcher(None, "", key)  # b is cached: the name asked about
        for other_key, other in self._by_start.get(key[:3], [])[:NEAR_COMPARED]:
            matcher.set_seq1(other_key)
            if matcher.quick_ratio() >= NEAR_RATIO and matcher.ratio() >= NEAR_RATIO:
                return other
        return None
