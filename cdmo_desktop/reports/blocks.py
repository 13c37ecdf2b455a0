"""Building blocks shared by the PDFs: data tables split into chunks with a repeated header
row, label/value blocks, bullet lists, notes and chart images."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Image, LongTable, Paragraph, Spacer, Table, TableStyle

from cdmo_desktop.reports.styles import HEADER_FILL, RULE, ZEBRA_FILL, styles
from cdmo_desktop.reports.text import cell, paragraphs

CHUNK_ROWS = 500  # LongTable splits superlinearly: many 500-row tables beat one huge one
CHART_DPI = 220

Fill = tuple[int, int, str]  # (row, column, hex colour) with rows counted from 0 (no header)


def short_date(d: date | None) -> str:
    return f"{d.day} {d:%b %Y}" if d else ""


def long_date(d: date | None) -> str:
    return f"{d.day} {d:%B %Y}" if d else ""


def cell_para(text: str | None, *, bold: bool = False, colour: str | None = None) -> Paragraph:
    s = styles()
    markup = cell(text)
    if colour:
        markup = f'<font color="{colour}">{markup}</font>'
    return Paragraph(markup, s.cell_bold if bold else s.cell)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    fills: Sequence[Fill] = (),
    centre_columns: Sequence[int] = (),
    chunk: int = CHUNK_ROWS,
) -> list[Flowable]:
    """Tables of at most `chunk` rows, each repeating the header row on every page.

    Cells may be Paragraphs or plain strings (plain strings are escaped and bounded)."""
    s = styles()
    head = [Paragraph(cell(h), s.head) for h in header]
    out: list[Flowable] = []
    for start in range(0, max(len(rows), 1), chunk):
        part = rows[start : start + chunk]
        body = [
            [c if isinstance(c, Flowable) else Paragraph(cell(str(c)), s.cell) for c in row]
            for row in part
        ]
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(RULE)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(RULE)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for i in range(1, len(body), 2):
            commands.append(("BACKGROUND", (0, i + 1), (-1, i + 1), colors.HexColor(ZEBRA_FILL)))
        for col in centre_columns:
            commands.append(("ALIGN", (col, 1), (col, -1), "CENTER"))
        for row, col, colour in fills:
            if start <= row < start + len(part):
                r = row - start + 1
                commands.append(("BACKGROUND", (col, r), (col, r), colors.HexColor(colour)))
        table = LongTable([head, *body], colWidths=list(widths), repeatRows=1)
        table.setStyle(TableStyle(commands))
        out.append(table)
        out.append(Spacer(1, 4))
    return out


def key_values(pairs: Sequence[tuple[str, str]], width: float, columns: int = 2) -> Table:
    """A compact label/value grid (`columns` pairs per row)."""
    s = styles()
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label, value in pairs:
        row += [Paragraph(cell(label), s.head), Paragraph(cell(value, 300, 4) or "—", s.cell)]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        row += [""] * (2 * columns - len(row))
        cells.append(row)
    label_w = 0.16 * width
    value_w = width / columns - label_w
    table = Table(cells, colWidths=[label_w, value_w] * columns)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def text_block(text: str | None, style: Any = None) -> list[Flowable]:
    """Free text as paragraphs; lines starting with "- " or "• " become bullets."""
    s = styles()
    out: list[Flowable] = []
    for block in paragraphs(text):
        lines = block.split("<br/>")
        if all(line.lstrip().startswith(("- ", "• ", "* ")) for line in lines):
            for line in lines:
                out.append(Paragraph(line.lstrip()[2:], s.bullet, bulletText="•"))
        else:
            out.append(Paragraph(block, style or s.body))
    return out


def bullets(items: Sequence[str]) -> list[Flowable]:
    s = styles()
    return [Paragraph(item, s.bullet, bulletText="•") for item in items]


def note(text: str) -> Paragraph:
    """A muted line saying why a section is empty (already escaped markup)."""
    return Paragraph(text, styles().note)


def figure_image(figure: Any, width: float, max_height: float | None = None) -> Image:
    """A matplotlib Figure as a PNG at CHART_DPI, scaled to `width` points."""
    buf = io.BytesIO()
    figure.savefig(buf, format="png", dpi=CHART_DPI, metadata={"Software": None})
    w_in, h_in = figure.get_size_inches()
    height = width * float(h_in) / float(w_in)
    if max_height is not None and height > max_height:
        width, height = width * max_height / height, max_height
    buf.seek(0)
    return Image(buf, width=width, height=height)


def enum_label(enum: Any, value: str) -> str:
    """The label of a stored enum value ("" stays "", an unknown value prints as is)."""
    if not value:
        return ""
    try:
        return str(enum(value).label)
    except ValueError:
        return value
