"""Text in any script on a PDF page: which face sets each character, the word order of
right-to-left stretches, and shaping (Arabic joining, Devanagari conjuncts and vowel signs).

Every character is set in DejaVu Sans when it has a glyph (in all four faces), otherwise
in the first fallback of `fonts.FALLBACKS` that has one (Arabic goes to its own face
first); bold text takes a fallback's bold face where it has one. Plain text keeps a fast
path: ASCII, or only characters DejaVu sets without shaping, is one run in its font.

Paragraphs: the report styles carry `shaping=1`, so reportlab passes every word of a
paragraph to `shapeFragWord`; `install_paragraph_shaping` puts `shape_word` in its place,
which returns plain words untouched, sets the other runs of a word in their fallback face
(the word's own style decides bold, which a `<font face>` tag in the markup would reset)
and shapes each face's part on its own (reportlab shapes a word with the face of its
first part, so "Dr.अनीता" or "2024年" would print missing glyphs).
Canvas text (table cells, charts, page headers): `pieces`, `width`, `draw`, `string`.

Right to left: reportlab leaves bidi to `rlbidi`, which is not on PyPI. Shaping a word
puts its letters right to left; `visual` puts the words of each right-to-left stretch of
a line in display order, which is exact for a stretch that stays on one line (a name, a
table cell line). A stretch that a paragraph wraps keeps its words' display order per
stretch, not per line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import (
    ShapedFragWord,
    ShapedStr,
    makeShapedFragWord,
    shapeFragWord,
    shapeStr,
)

from cdmo_desktop.reports import fonts

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Group, String

BASE = fonts.FAMILY
# Scripts whose letters join, reorder or stack: Hebrew to NKo (right to left), the Indic
# block from Devanagari to Sinhala, Devanagari Extended, and the presentation forms.
_COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u0dff\ua8e0-\ua8ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_STRONG_RTL = frozenset({"R", "AL"})

_choice: dict[str, str] = {}  # character -> family that sets it


@cache
def _plain_chars() -> frozenset[str]:
    """Characters DejaVu Sans sets on its own, with no shaping and left to right."""
    covered = (chr(c) for c in fonts.coverage(BASE))
    return frozenset(ch for ch in covered if not _COMPLEX.match(ch))


def plain(text: str) -> bool:
    """True when `text` is one DejaVu run that needs no shaping (the fast path)."""
    return text.isascii() or _plain_chars().issuperset(text)


def needs_shaping(text: str) -> bool:
    return _COMPLEX.search(text) is not None


def family_for(ch: str) -> str:
    """The family that sets `ch`: a preferring fallback, DejaVu Sans, the first fallback
    that has it, or DejaVu Sans when none has (its missing-glyph box)."""
    family = _choice.get(ch)
    if family is None:
        code = ord(ch)
        preferring = (
            f.family
            for f in fonts.FALLBACKS
            if f.prefers(code) and code in fonts.coverage(f.family)
        )
        family = next(preferring, "")
        if not family and code in fonts.coverage(BASE):
            family = BASE
        if not family:
            having = (f.family for f in fonts.FALLBACKS if code in fonts.coverage(f.family))
            family = next(having, BASE)
        _choice[ch] = family
    return family


def _ignorable(ch: str) -> bool:
    """Joiners, direction marks and variation selectors: invisible, dropped by a face
    that has no glyph for them rather than printed as a box."""
    code = ord(ch)
    return (
        unicodedata.category(ch) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


def _attaches(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M") or _ignorable(ch)


def runs(line: str) -> list[tuple[str, str]]:
    """(family, text) runs of one line, each set in one family. A combining mark or joiner
    stays in the face of the character it follows when that face has it."""
    if plain(line):
        return [(BASE, line)] if line else []
    out: list[tuple[str, str]] = []
    family, chars = "", []
    for ch in line:
        if family and _attaches(ch) and ord(ch) in fonts.coverage(family):
            chars.append(ch)
            continue
        face = family_for(ch)
        if _ignorable(ch) and ord(ch) not in fonts.coverage(face):
            continue
        if face != family and chars:
            out.append((family, "".join(chars)))
            chars = []
        family = face
        chars.append(ch)
    if chars:
        out.append((family, "".join(chars)))
    return out


def visual(line: str) -> str:
    """`line` with the words of each right-to-left stretch in display order: a stretch
    runs from a right-to-left letter to the last one before a left-to-right letter, so
    spaces, digits and punctuation between Arabic words stay inside it."""
    if not _RTL.search(line):
        return line
    kinds = [unicodedata.bidirectional(ch) for ch in line]
    parts, start, i, n = [], 0, 0, len(line)
    while i < n:
        if kinds[i] not in _STRONG_RTL:
            i += 1
            continue
        last = j = i
        while j < n and kinds[j] != "L":
            if kinds[j] in _STRONG_RTL or (kinds[j] == "NSM" and last == j - 1):
                last = j
            j += 1
        parts += [line[start:i], " ".join(reversed(line[i : last + 1].split(" ")))]
        start = i = last + 1
    parts.append(line[start:])
    return "".join(parts)


def markup(text: str) -> str:
    """Paragraph markup for cleaned plain text: escaped, newlines as <br/>, right-to-left
    words in display order (faces and shaping are chosen per word by `shape_word`)."""
    if text.isascii() or not _RTL.search(text):
        return escape(text).replace("\n", "<br/>")
    return "<br/>".join(escape(visual(line)) for line in text.split("\n"))


def face_of(family: str, font: str) -> str:
    """The face of `family` for text the caller sets in `font` (bold or not)."""
    if family in (BASE, font):
        return font
    fallback = next(f for f in fonts.FALLBACKS if f.family == family)
    return fallback.bold_face if font in fonts.BOLD_FACES else fallback.family


# --- drawing on a canvas or in a reportlab Drawing ----------------------------------------


@dataclass(frozen=True)
class Piece:
    """Part of a line set in one face, `width` points wide; `text` may be a ShapedStr."""

    font: str
    text: str
    width: float


@lru_cache(maxsize=4096)
def _shaped(word: str, font: str, size: float) -> tuple[str, float]:
    """One word shaped in `font` (a ShapedStr when shaping changed it) and its width."""
    shaped = shapeStr(word, font, size)
    if isinstance(shaped, ShapedStr):
        return shaped, sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
    return shaped, pdfmetrics.stringWidth(shaped, font, size)


def _piece(run: str, font: str, size: float) -> Piece:
    # Unshaped without uharfbuzz: reportlab's shapeStr raises then instead of passing.
    if not needs_shaping(run) or not pdfmetrics.getFont(font).shapable:
        return Piece(font, run, pdfmetrics.stringWidth(run, font, size))
    text, width = "", 0.0
    for i, word in enumerate(run.split(" ")):
        if i:
            text += " "
            width += pdfmetrics.stringWidth(" ", font, size)
        shaped, w = _shaped(word, font, size) if word else ("", 0.0)
        text, width = text + shaped, width + w
    return Piece(font, text, width)


def pieces(line: str, font: str, size: float) -> list[Piece]:
    """One line of plain text as pieces to draw left to right; `font` is a DejaVu face."""
    if plain(line):
        return [Piece(font, line, pdfmetrics.stringWidth(line, font, size))]
    return [_piece(run, face_of(family, font), size) for family, run in runs(visual(line))]


def width(text: str, font: str, size: float) -> float:
    """Width of one line of plain text as `pieces` draws it."""
    if plain(text):
        return pdfmetrics.stringWidth(text, font, size)
    return sum(p.width for p in pieces(text, font, size))


def _start(x: float, total: float, anchor: str) -> float:
    return x - total if anchor == "end" else x - total / 2 if anchor == "middle" else x


def draw(
    canv: Any, x: float, y: float, text: str, font: str, size: float, anchor: str = "start"
) -> float:
    """Draw one line of plain text on a canvas (anchor: start, middle or end) as one text
    object, so it extracts as one line. Returns its width."""
    parts = pieces(text, font, size)
    total = sum(p.width for p in parts)
    line = canv.beginText(_start(x, total, anchor), y)
    for p in parts:
        line.setFont(p.font, size)
        line.textOut(p.text)
    canv.drawText(line)
    return total


def string(
    x: float, y: float, text: str, font: str, size: float, anchor: str = "start", **kw: Any
) -> String | Group:
    """A reportlab graphics String for one line of plain text, or a Group of Strings (one
    per face) when it needs fallback faces or shaping. `kw`: String properties."""
    from reportlab.graphics.shapes import Group, String

    if plain(text):
        return String(x, y, text, fontName=font, fontSize=size, textAnchor=anchor, **kw)
    parts = pieces(text, font, size)
    x = _start(x, sum(p.width for p in parts), anchor)
    group = Group()
    for p in parts:
        group.add(String(x, y, p.text, fontName=p.font, fontSize=size, **kw))
        x += p.width
    return group


# --- paragraphs: fallback faces and shaping per word --------------------------------------


def install_paragraph_shaping() -> None:
    """Make reportlab's paragraphs (styles with `shaping=1`) call `shape_word` for each
    word. reportlab looks `shapeFragWord` up in its paragraph module at each use."""
    from reportlab.platypus import paragraph

    paragraph.shapeFragWord = shape_word


def shape_word(word: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
    """A paragraph word (`[width, (frag, text), ...]`) with the runs DejaVu Sans cannot set
    in their fallback faces, each face's complex-script part shaped on its own. Plain
    words and words already done (a paragraph split across pages) come back as they are."""
    parts = word[1:]
    if isinstance(word, ShapedFragWord) or all(
        hasattr(f, "cbDefn") or isinstance(t, ShapedStr) or plain(t) for f, t in parts
    ):
        return word
    groups: list[list[tuple[Any, str]]] = []
    face = None
    for frag, text in parts:
        if hasattr(frag, "cbDefn"):  # an anchor or image: stays with its neighbour
            runs_here = [(frag, text)]
        else:
            runs_here = []
            for family, run in runs(text):
                f = face_of(family, frag.fontName)
                runs_here.append((frag if f == frag.fontName else frag.clone(fontName=f), run))
        for f, run in runs_here:
            if groups and (hasattr(f, "cbDefn") or f.fontName == face):
                groups[-1].append((f, run))
            else:
                groups.append([(f, run)])
                face = None if hasattr(f, "cbDefn") else f.fontName
    out: list[Any] = [0.0]
    for group in groups:
        piece: list[Any] = [_frag_width(group), *group]
        if any(needs_shaping(t) for _f, t in group):
            piece = shapeFragWord(piece, *args, **kwargs)
        out[0] += piece[0]
        out += piece[1:]
    done = _shaped_class(word)(out)
    done.__dict__.update(getattr(word, "__dict__", {}))
    return done


def _shaped_class(word: list[Any]) -> type[list[Any]]:
    """The word's own list class (it tells reportlab whether a space follows) marked as
    shaped, so a second layout pass leaves it alone."""
    return makeShapedFragWord(word)


def _frag_width(parts: list[tuple[Any, str]]) -> float:
    return sum(
        pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
        for frag, text in parts
        if not hasattr(frag, "cbDefn")
    )
