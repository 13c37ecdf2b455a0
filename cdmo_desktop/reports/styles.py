"""Paragraph and table styles shared by every PDF (DejaVu Sans with fallback faces for other
scripts, shaped; one accent colour)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from cdmo_desktop.reports import fonts, scripts

ACCENT = "#1F3A5F"
MUTED = "#5F6B7A"
RULE = "#C9D2DD"
HEADER_FILL = "#E6ECF3"
ZEBRA_FILL = "#F6F8FB"
LATE = "#B71C1C"
RAG_COLOURS = {"green": "#2E7D32", "amber": "#E0A100", "red": "#C62828"}
RAG_TEXT = {"green": "#FFFFFF", "amber": "#1A1A1A", "red": "#FFFFFF"}


@dataclass(frozen=True)
class Styles:
    title: Any
    subtitle: Any
    h1: Any
    h2: Any
    body: Any
    small: Any
    muted: Any
    cell: Any
    head: Any
    bullet: Any
    clause_head: Any
    note: Any
    numbered: Any
    sub_bullet: Any


@functools.cache
def styles() -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    fonts.register_fonts()
    scripts.install_paragraph_shaping()  # shaping=1 below shapes complex-script words only
    accent = colors.HexColor(ACCENT)
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=9.5,
        leading=13,
        spaceAfter=4,
        alignment=TA_LEFT,
        splitLongWords=1,
        bulletFontName=fonts.REGULAR,
        shaping=1,
    )
    numbered = ParagraphStyle("numbered", parent=base, leftIndent=26, bulletIndent=0)
    return Styles(
        numbered=numbered,
        sub_bullet=ParagraphStyle(
            "sub_bullet", parent=base, leftIndent=38, bulletIndent=28, spaceAfter=2
        ),
        title=ParagraphStyle(
            "title",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=20,
            leading=24,
            textColor=accent,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=11,
            leading=14,
            textColor=colors.HexColor(MUTED),
            spaceAfter=10,
        ),
        h1=ParagraphStyle(
            "h1",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=13.5,
            leading=17,
            textColor=accent,
            spaceBefore=12,
            spaceAfter=6,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            textColor=accent,
            spaceBefore=8,
            spaceAfter=3,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, spaceAfter=2),
        muted=ParagraphStyle(
            "muted", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor(MUTED)
        ),
        cell=ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
        head=ParagraphStyle(
            "head",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=8,
            leading=10,
            spaceAfter=0,
            textColor=accent,
        ),
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        clause_head=ParagraphStyle(
            "clause_head",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=9,
            spaceAfter=3,
            textColor=accent,
            keepWithNext=1,
        ),
        note=ParagraphStyle(
            "note",
            parent=base,
            fontName=fonts.ITALIC,
            fontSize=8.5,
            leading=11,
            textColor=colors.HexColor(MUTED),
        ),
    )
