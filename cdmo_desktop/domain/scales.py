"""Batch scales and equipment sizes as people write them: "100 kg", "2000 L", "2,000 L",
"6 kL reactors", "5,000 vials per batch".

Search and the register's scale filter compare scales in one spelling (`normalise`):
lower case, thousands written without separators, a space between a number and its unit
("2,000L" and "2000 l" are the same). `scale_key` is what a scale tag stands for in the
filter: the quantity it starts with ("100 kg scale" is "100 kg"), else the whole tag.
`search_words` splits a search keeping a quantity and its unit together, so "100 kg" looks
for "100 kg" and not for "100" and "kg" anywhere.

`sort_site_tags` splits the free text a site used to hold ("GMP API manufacturing; 100 kg
scale; lyophilisation") into capabilities, scales and technology platforms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cdmo_desktop.domain import capabilities

UNITS = ("mg", "g", "kg", "t", "ml", "l", "kl", "m3", "m³", "gal")
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
# A number with optional thousands separators (comma, apostrophe, thin or plain space).
_NUMBER = r"\d{1,3}(?:[,'’\u202f\u2009 ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?"
_QUANTITY = re.compile(rf"(?<![\w.])({_NUMBER})\s*({_UNIT})(?![\w])", re.IGNORECASE)
_GROUPED = re.compile(r"(?<=\d)[,'’\u202f\u2009](?=\d{3}(?!\d))")
_TERM = re.compile(rf"(?:{_NUMBER})\s*(?:{_UNIT})(?![\w])|\S+", re.IGNORECASE)


def normalise(text: str) -> str:
    """ "2,000L Single-use" -> "2000 l single-use": one spelling for comparing scales."""
    folded = " ".join(text.split()).casefold()
    folded = _GROUPED.sub("", folded)

    def spaced(match: re.Match[str]) -> str:
        number = re.sub(r"[ \u202f\u2009]", "", match.group(1))
        return f"{number} {match.group(2)}"

    return _QUANTITY.sub(spaced, folded)


def scale_key(tag: str) -> str:
    """What a scale tag stands for: its leading quantity ("100 kg scale" -> "100 kg"), a
    standard scale ("kg"), else the whole tag in one spelling."""
    plain = normalise(tag)
    match = _QUANTITY.match(plain)
    return f"{match.group(1)} {match.group(2)}" if match else plain


def is_scale(tag: str) -> bool:
    """True for a standard scale ("kg") or a tag that starts with a quantity ("6 kL
    reactors", "100 kg scale")."""
    plain = normalise(tag)
    standard = {s.casefold() for s in capabilities.SCALES}
    return plain in standard or _QUANTITY.match(plain) is not None


def search_words(text: str) -> list[str]:
    """The words of a search as typed, a quantity and its unit as one word:
    "Visp 2,000 L" -> ["Visp", "2,000 L"] (compare them in `normalise`d spelling)."""
    return [str(word) for word in _TERM.findall(text)]


def key_list(tags: Iterable[str]) -> str:
    """ "|g|kg|100 kg|": the scale keys of `tags`, each between bars, for an exact match in
    SQL (LIKE '%|kg|%')."""
    keys: list[str] = []
    for tag in tags:
        key = scale_key(tag)
        if key and key not in keys:
            keys.append(key)
    return "|" + "|".join(keys) + "|" if keys else ""


def sort_site_tags(text: str) -> tuple[str, str, str]:
    """(capabilities, scales, technology platforms) of one free-text list: scales are
    quantities and the standard scales, platforms the standard ones (in their standard
    spelling); everything else stays a capability, as written."""
    caps: list[str] = []
    scales: list[str] = []
    platforms: list[str] = []
    known = {p.casefold(): p for p in capabilities.STANDARD_PLATFORMS}
    for tag in capabilities.split_tags(text):
        if is_scale(tag):
            scales.append(tag)
        elif tag.casefold() in known:
            platforms.append(known[tag.casefold()])
        else:
            caps.append(tag)
    join = capabilities.join_tags
    return join(caps), join(scales), join(platforms)
