"""The fonts every PDF embeds (always as subsets).

DejaVu Sans (shipped with matplotlib) sets the text, so no standard (non-embedded)
Helvetica is left in a file. Characters DejaVu Sans lacks (Devanagari, Chinese, Japanese,
Korean, most emoji) and Arabic, which reads better in a face drawn for it, are set in the
fallback faces shipped in resources/fonts/ (see its README for sources and licences).
A fallback is read and registered the first time a character needs it: the CJK face alone
takes ~0.2 s to read, which a report in Latin script never pays.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from cdmo_desktop.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = REGULAR

# Arabic, Arabic Supplement / Extended-A, Arabic presentation forms A and B.
ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


@dataclass(frozen=True)
class Fallback:
    """A face for the characters DejaVu Sans lacks. `family` (the regular face's name) is
    what paragraph markup names; bold markup maps to the bold face where there is one."""

    family: str
    regular: str  # file in resources/fonts/
    bold: str = ""  # file of the bold face, "" when the face has none (bold prints regular)
    preferred: tuple[tuple[int, int], ...] = ()  # code point ranges it sets before DejaVu

    @property
    def bold_face(self) -> str:
        return f"{self.family}-Bold" if self.bold else self.family

    def prefers(self, code: int) -> bool:
        return any(lo <= code <= hi for lo, hi in self.preferred)


# Tried in this order for a character DejaVu Sans lacks.
FALLBACKS = (
    Fallback("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    Fallback(
        "NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", preferred=ARABIC
    ),
    Fallback("DroidSansFallback", "DroidSansFallback.ttf"),  # Han, kana, hangul
    Fallback("Symbola", "Symbola.ttf"),  # emoji and symbols (monochrome, Unicode 9)
)
BOLD_FACES = frozenset({BOLD, BOLD_ITALIC, *(f.bold_face for f in FALLBACKS if f.bold)})

_lock = threading.RLock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}


def font_dir() -> Path:
    """matplotlib's bundled TrueType folder, found without importing matplotlib (half a
    second, numpy included, of every PDF worker's start): its data folder `mpl-data` sits
    in the package folder (as `matplotlib.get_data_path()` says), else ask matplotlib."""
    import importlib.util

    spec = importlib.util.find_spec("matplotlib")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        candidate = Path(folder) / "mpl-data" / "fonts" / "ttf"
        if candidate.is_dir():
            return candidate
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def fallback_dir() -> Path:
    return resources_dir() / "fonts"


def _map_family(family: str, regular: str, bold: str, italic: str, bold_italic: str) -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFontFamily(
        family, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
    )
    for is_bold, is_italic, face in ((0, 0, regular), (1, 0, bold), (0, 1, italic)):
        addMapping(family, is_bold, is_italic, face)
    addMapping(family, 1, 1, bold_italic)


def register_fonts() -> str:
    """Register the four DejaVu Sans faces and their family once; returns the family name."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = font_dir()
        faces = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
        for name in faces:
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
        _map_family(FAMILY, *faces)
        # A character counts as DejaVu's only if every face has it (bold lacks a few).
        _coverage[FAMILY] = frozenset.intersection(
            *(frozenset(pdfmetrics.getFont(n).face.charToGlyph) for n in faces)
        )
        _registered = True
    return FAMILY


def coverage(family: str) -> frozenset[int]:
    """The code points a family has glyphs for (DejaVu Sans or a fallback), read from its
    cmap once; a fallback is registered (with its bold face) on the first call."""
    found = _coverage.get(family)
    if found is not None:
        return found
    register_fonts()
    with _lock:
        if family not in _coverage:
            _register_fallback(next(f for f in FALLBACKS if f.family == family))
        return _coverage[family]


def _register_fallback(fallback: Fallback) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = fallback_dir()
    regular = TTFont(fallback.family, str(folder / fallback.regular))
    pdfmetrics.registerFont(regular)
    if fallback.bold:
        pdfmetrics.registerFont(TTFont(fallback.bold_face, str(folder / fallback.bold)))
    bold = fallback.bold_face
    _map_family(fallback.family, fallback.family, bold, fallback.family, bold)
    _coverage[fallback.family] = frozenset(regular.face.charToGlyph)
