"""Turning user text into safe reportlab paragraph markup.

reportlab's Paragraph parses markup: raw `<` raises, `&` renders wrong and `<img>` would
fetch a URL. Everything typed by a user goes through `para` (flowing text) or `cell`
(table cells, which cannot split across pages, so they are bounded in size). Right-to-left
words are put in display order here; the faces for other scripts and shaping are chosen
when reportlab lays the paragraph out (see `reports.scripts`).
"""

from __future__ import annotations

import re

from cdmo_desktop.reports.scripts import markup

# C0/C1 controls except tab and newline, lone surrogates and non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_NEWLINES = re.compile("\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")

PARA_LIMIT = 20_000  # characters of one flowing text field
CELL_LIMIT = 600  # characters in one table cell
CELL_LINES = 8  # lines in one table cell


def clean(text: str | None, limit: int | None = None, max_lines: int | None = None) -> str:
    """Plain text without control characters, with \\n newlines, tabs as spaces, and at
    most `limit` characters / `max_lines` lines (the cut is marked)."""
    if not text:
        return ""
    text = _NEWLINES.sub("\n", str(text))
    text = _CONTROL.sub("", text.replace("\t", "    "))
    text = "\n".join(line.rstrip() for line in text.strip("\n").split("\n")).strip()
    if max_lines is not None:
        lines = text.split("\n")
        if len(lines) > max_lines:
            text = "\n".join([*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])])
    if limit is not None and len(text) > limit:
        rest = len(text) - limit
        text = text[:limit].rstrip() + f" … [{rest:,} more characters not printed]"
    return text


def para(text: str | None, limit: int | None = PARA_LIMIT) -> str:
    """Markup for a flowing paragraph: escaped, newlines kept as line breaks."""
    return markup(clean(text, limit))


def cell(text: str | None, limit: int = CELL_LIMIT, max_lines: int = CELL_LINES) -> str:
    """Markup for a table cell: escaped and bounded so a row always fits on a page."""
    return markup(clean(text, limit, max_lines))


def paragraphs(text: str | None, limit: int | None = PARA_LIMIT) -> list[str]:
    """Markup per paragraph (blank-line separated), for long free text."""
    body = clean(text, limit)
    if not body:
        return []
    blocks = re.split(r"\n\s*\n", body)
    return [markup(b.strip()) for b in blocks if b.strip()]
