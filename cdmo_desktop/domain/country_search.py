"""Finding a country from what a person types: "Ind" is India, "uk" the United Kingdom,
"Cote" Côte d'Ivoire, "Holland" the Netherlands; in German "Schweiz" Switzerland too.

`matches(text)` ranks the countries: the code or a name typed in full, then names that start
with the text, then names with a word that starts with it ("Kingdom"), then names the
text occurs in; within each rank shorter (plainer) names first, so "Ind" lists India and
Indonesia before British Indian Ocean Territory. Names people use for a country besides
the ISO one ("USA", "Russia", "Czech Republic", "Turkey") count as its names.
"""

from __future__ import annotations

import functools
import unicodedata

from cdmo_desktop.domain import geo

ALSO_KNOWN_AS: dict[str, tuple[str, ...]] = {
    "US": ("USA", "United States of America", "America"),
    "GB": ("UK", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"),
    "NL": ("Holland", "The Netherlands"),
    "KR": ("Korea", "Republic of Korea"),
    "RU": ("Russia",),
    "CZ": ("Czech Republic",),
    "TR": ("Turkey",),
    "SZ": ("Swaziland",),
    "MM": ("Burma",),
    "CI": ("Ivory Coast",),
    "MK": ("Macedonia",),
    "VA": ("Vatican",),
    "CV": ("Cape Verde",),
    "PS": ("Palestine",),
    "FM": ("Micronesia",),
    "BN": ("Brunei",),
    "CD": ("DR Congo", "Democratic Republic of the Congo"),
    "AE": ("UAE", "Emirates"),
    "TW": ("Taiwan, Province of China",),
    "CN": ("PRC", "People's Republic of China"),
}


def fold(text: str) -> str:
    """Lower case without accents or punctuation: "Côte d'Ivoire" -> "cote divoire"."""
    plain = unicodedata.normalize("NFKD", text)
    kept = (ch for ch in plain if not unicodedata.combining(ch))
    return " ".join("".join(ch for ch in kept if ch.isalnum() or ch.isspace()).casefold().split())


def _index() -> list[tuple[str, str, tuple[str, ...]]]:
    """(code, name, folded names it answers to) for every country, named in the language
    countries are shown in."""
    return _index_in(geo.shown_language())


@functools.cache
def _index_in(language: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The shown name answers, and so do the English one and its other names: a German
    user finds Switzerland by "Schweiz" and by "Switzerland"."""
    out = []
    english = dict(geo.countries())
    for code, name in geo.countries_in(language):
        names = dict.fromkeys((name, english[code], *ALSO_KNOWN_AS.get(code, ())))
        out.append((code, name, tuple(fold(n) for n in names)))
    return out


def _rank(query: str, code: str, names: tuple[str, ...]) -> int | None:
    if query == code.casefold() or query in names:
        return 0
    if any(n.startswith(query) for n in names):
        return 1
    if any(word.startswith(query) for n in names for word in n.split()):
        return 2
    if any(query in n for n in names):
        return 3
    return None


def matches(text: str) -> list[tuple[str, str]]:
    """(code, name) of the countries `text` may mean, best first; every country, by name,
    for empty text."""
    query = fold(text)
    if not query:
        return [(code, name) for code, name, _names in _index()]
    ranked = []
    for code, name, names in _index():
        rank = _rank(query, code, names)
        if rank is not None:
            ranked.append((rank, len(name), name, code))
    ranked.sort()
    return [(code, name) for _rank_, _length, name, code in ranked]


def exact_match(text: str) -> str | None:
    """The ISO code of the country whose code, name or other name `text` is; else None."""
    query = fold(text)
    if query:
        for code, _name, names in _index():
            if _rank(query, code, names) == 0:
                return code
    return None


def best_match(text: str) -> str | None:
    """The ISO code of the country `text` most likely means; None when nothing matches."""
    found = matches(text) if text.strip() else []
    return found[0][0] if found else None
