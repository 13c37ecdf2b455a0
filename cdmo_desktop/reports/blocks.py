"""Building blocks shared by the PDFs: data tables split into chunks with a repeated header
row, label/value blocks, free text with bullets, notes and enum labels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from cdmo_desktop.reports import fonts
from cdmo_desktop.reports.cells import TextCell
from cdmo_desktop.reports.styles import ACCENT, HEADER_FILL, RULE, ZEBRA_FILL, styles
from cdmo_desktop.reports.text import CELL_LIMIT, CELL_LINES, clean, paragraphs

CHUNK_ROWS = 500  # LongTable splits superlinearly: many 500-row tables beat one huge one

Fill = tuple[int, int, str]  # (row, column, hex colour) with rows counted from 0 (no header)


def cell_para(text: str | None, *, bold: bool = False, colour: str | None = None) -> TextCell:
    """A table cell of user text: cleaned, bounded and wrapped to the column."""
    return TextCell(clean(text, CELL_LIMIT, CELL_LINES), bold=bold, colour=colour)


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

    Cells may be flowables or strings. A string that fits its column on one line is drawn
    as plain text (several times cheaper to lay out than a Paragraph); a longer one is
    escaped, bounded and wrapped in a Paragraph."""
    head = [TextCell(clean(h, 100, 2), bold=True, colour=ACCENT) for h in header]
    room = [w - 6 for w in widths]  # minus left and right padding
    out: list[Flowable] = []
    for start in range(0, max(len(rows), 1), chunk):
        part = rows[start : start + chunk]
        body = [[_cell(c, room[i]) for i, c in enumerate(row)] for row in part]
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8, 10),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(RULE)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(RULE)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if len(body) > 1:
            zebra = [colors.white, colors.HexColor(ZEBRA_FILL)]
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), zebra))
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


def _cell(value: Any, room: float) -> Any:
    if isinstance(value, Flowable):
        return value
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = clean(str(value), CELL_LIMIT, CELL_LINES)
    if "\n" not in text and stringWidth(text, fonts.REGULAR, 8) <= room:
        return text
    return TextCell(text)


def grid(cells: Sequence[Sequence[Any]], widths: Sequence[float], commands: Sequence[Any]) -> Table:
    """A plain Table whose default font is DejaVu (reportlab's default would add a
    non-embedded Helvetica to the page even when every cell is a Paragraph)."""
    table = Table([list(row) for row in cells], colWidths=list(widths))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8), *commands]))
    return table


def key_values(pairs: Sequence[tuple[str, str]], width: float, columns: int = 2) -> Table:
    """A compact label/value grid (`columns` pairs per row)."""
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label, value in pairs:
        row += [
            TextCell(clean(label, 60, 1), bold=True, colour=ACCENT),
            TextCell(clean(value, 300, 4) or "—"),
        ]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        row += [""] * (2 * columns - len(row))
        cells.append(row)
    label_w = 0.16 * width
    value_w = width / columns - label_w
    return grid(
        cells,
        [label_w, value_w] * columns,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(RULE)),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ],
    )


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


def note(text: str) -> Paragraph:
    """A muted line saying why a section is empty (already escaped markup)."""
    return Paragraph(text, styles().note)


def enum_label(enum: Any, value: str) -> str:
    """The label of a stored enum value ("" stays "", an unknown value prints as is)."""
    if not value:
        return ""
    try:
        return str(enum(value).label)
    except ValueError:
        return value
