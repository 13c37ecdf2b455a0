"""A light text flowable for table cells.

A Paragraph parses markup and builds fragments for every cell; report tables hold hundreds
of cells of plain text, where a greedy word wrap with the font's width table is several
times cheaper and prints the same. Words longer than the column are broken by character,
so a pasted URL or a 3,000-character token never spills into the next column. Text that
DejaVu Sans cannot set alone is measured and drawn in runs of fallback faces, shaped
(`reports.scripts`), with the same widths for wrapping and drawing.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from cdmo_desktop.reports import fonts, scripts
from cdmo_desktop.reports.scripts import width as text_width


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current, current_w = "", 0.0
    for ch in word:
        w = text_width(ch, font, size)
        if current and current_w + w > width:
            pieces.append(current)
            current, current_w = "", 0.0
        current += ch
        current_w += w
    pieces.append(current)
    return pieces


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` (which may hold newlines) no wider than `width` points."""
    space = text_width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_w = "", 0.0
        for word in paragraph.split(" "):
            w = text_width(word, font, size)
            if w > width:
                if line:
                    lines.append(line)
                *full, line = _break_word(word, font, size, width)
                lines.extend(full)
                line_w = text_width(line, font, size)
            elif not line:
                line, line_w = word, w
            elif line_w + space + w <= width:
                line, line_w = f"{line} {word}", line_w + space + w
            else:
                lines.append(line)
                line, line_w = word, w
        lines.append(line)
    return lines


class TextCell(Flowable):
    """Plain (already cleaned, unescaped) text wrapped to the cell width."""

    def __init__(
        self,
        text: str,
        *,
        bold: bool = False,
        size: float = 8,
        leading: float = 10,
        colour: str | None = None,
    ) -> None:
        super().__init__()
        fonts.register_fonts()
        self.text = text
        self.font = fonts.BOLD if bold else fonts.REGULAR
        self.size, self.leading, self.colour = size, leading, colour
        self._lines: list[str] = []
        self._for_width: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._for_width != avail_width:
            self._lines = wrap_text(self.text, self.font, self.size, max(avail_width, 1.0))
            self._for_width = avail_width
            self.width = max(
                (text_width(line, self.font, self.size) for line in self._lines), default=0.0
            )
            self.height = self.leading * len(self._lines)
        return self.width, self.height

    def draw(self) -> None:
        canv: Any = self.canv
        canv.setFont(self.font, self.size)
        if self.colour:
            canv.setFillColor(colors.HexColor(self.colour))
        y = self.height - self.size
        for line in self._lines:
            if scripts.plain(line):
                canv.drawString(0, y, line)
            else:
                scripts.draw(canv, 0, y, line, self.font, self.size)
            y -= self.leading
