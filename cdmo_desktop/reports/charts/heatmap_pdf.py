"""The risk heat map as vector graphics for the PDF (a reportlab Drawing, no bitmap).

Same picture as the matplotlib builder in `heatmap.py` (which the screen keeps): the
current and residual 5x5 likelihood x impact grids side by side, impact left to right,
likelihood bottom to top, cells coloured by the level of `domain.risk_matrix` (empty cells
keep only a tint of it), the number of risks in each cell, axis labels and a legend of
the levels. Text is set in the embedded DejaVu faces registered by `reports.fonts`.

Each drawn count is a named node of the drawing, `count_<kind>_<likelihood>_<impact>`
(kind "current" or "residual"), on the cell rectangle `cell_<kind>_<likelihood>_<impact>`.
"""

from __future__ import annotations

import itertools

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.risk_matrix import HeatMapCounts
from cdmo_desktop.reports import fonts, scripts

EMPTY_CELL_STRENGTH = 0.22  # as on screen: how much of the level colour an empty cell keeps
GRID_LINE = colors.white
TEXT = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
KINDS = ("current", "residual")

LABEL_SIZE = 7.0  # tick labels
AXIS_SIZE = 8.0  # "Impact", "Likelihood"
TITLE_SIZE = 8.5
COUNT_SIZE = 10.5
MAX_CELL = 34.0  # points; the grids stay this size on wide paper


def blend(colour: str, strength: float) -> colors.Color:
    """`colour` mixed with white: strength 1 is the colour itself, 0 is white."""
    c = colors.HexColor(colour)
    return colors.Color(
        1 - strength + strength * c.red,
        1 - strength + strength * c.green,
        1 - strength + strength * c.blue,
    )


def titles(kind: str, counts: HeatMapCounts) -> tuple[str, str]:
    """(title, second line) above one grid."""
    total = counts.total
    if kind == "current":
        return f"Current ({total} risk{'s' if total != 1 else ''})", ""
    assessed = total - counts.without_residual
    extra = f"{counts.without_residual} not yet assessed" if counts.without_residual else ""
    return f"Residual after mitigation ({assessed})", extra


def _text(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    anchor: str = "start",
    colour: colors.Color = TEXT,
) -> String | Group:
    font = fonts.BOLD if bold else fonts.REGULAR
    return scripts.string(x, y, text, font, size, anchor, fillColor=colour)


class HeatMapGeometry:
    """Where one grid's parts sit inside a panel of the given size (points, y up)."""

    def __init__(self, panel_width: float, height: float, legend_height: float) -> None:
        self.y_label_w = max(
            stringWidth(f"{t} {i}", fonts.REGULAR, LABEL_SIZE)
            for i, t in enumerate(risk_matrix.LIKELIHOOD_LABELS, start=1)
        )
        self.axis_w = AXIS_SIZE + 4  # the rotated "Likelihood"
        self.title_h = 2 * (TITLE_SIZE + 2)
        self.x_label_h = 2 * (LABEL_SIZE + 1.5) + 2
        self.axis_h = AXIS_SIZE + 4
        room_w = panel_width - self.axis_w - self.y_label_w - 4 - 10
        room_h = height - legend_height - self.title_h - self.x_label_h - self.axis_h
        self.cell = max(12.0, min(MAX_CELL, room_w / 5, room_h / 5))
        self.grid_x = self.axis_w + self.y_label_w + 4
        self.grid_y = legend_height + self.axis_h + self.x_label_h
        self.size = 5 * self.cell


def _grid(kind: str, counts: HeatMapCounts, geo: HeatMapGeometry, d: Drawing, x0: float) -> None:
    grid = counts.residual if kind == "residual" else counts.current
    cell, gx, gy = geo.cell, x0 + geo.grid_x, geo.grid_y
    for li in range(1, 6):
        for im in range(1, 6):
            lv = risk_matrix.MATRIX[li - 1][im - 1]
            n = grid[li - 1][im - 1]
            x, y = gx + (im - 1) * cell, gy + (li - 1) * cell
            fill = blend(risk_matrix.LEVEL_COLOURS[lv], 1.0 if n else EMPTY_CELL_STRENGTH)
            rect = Rect(x, y, cell, cell, fillColor=fill, strokeColor=GRID_LINE, strokeWidth=1.2)
            d.add(rect, name=f"cell_{kind}_{li}_{im}")
            if n:
                ink = colors.HexColor(risk_matrix.LEVEL_TEXT_COLOURS[lv])
                count = _text(
                    x + cell / 2,
                    y + cell / 2 - COUNT_SIZE * 0.36,
                    str(n),
                    COUNT_SIZE,
                    bold=True,
                    anchor="middle",
                    colour=ink,
                )
                d.add(count, name=f"count_{kind}_{li}_{im}")
    labels = Group()
    for i, label in enumerate(risk_matrix.LIKELIHOOD_LABELS, start=1):
        y = gy + (i - 0.5) * cell - LABEL_SIZE * 0.35
        labels.add(_text(gx - 4, y, f"{label} {i}", LABEL_SIZE, anchor="end"))
    size = LABEL_SIZE  # impact names shrink a little rather than touch each other
    while size > 5.5 and any(
        (stringWidth(a, fonts.REGULAR, size) + stringWidth(b, fonts.REGULAR, size)) / 2 + 4 > cell
        for a, b in itertools.pairwise(risk_matrix.IMPACT_LABELS)
    ):
        size -= 0.25
    for i, label in enumerate(risk_matrix.IMPACT_LABELS, start=1):
        x = gx + (i - 0.5) * cell
        labels.add(_text(x, gy - LABEL_SIZE - 2, str(i), LABEL_SIZE, anchor="middle"))
        labels.add(_text(x, gy - 2 * LABEL_SIZE - 3.5, label, size, anchor="middle"))
    labels.add(
        _text(gx + 2.5 * cell, gy - geo.x_label_h - AXIS_SIZE, "Impact", AXIS_SIZE, anchor="middle")
    )
    axis = _text(0, 0, "Likelihood", AXIS_SIZE, anchor="middle")
    rotated = Group(axis)
    rotated.rotate(90)
    rotated.translate(gy + 2.5 * cell, -(x0 + AXIS_SIZE))
    labels.add(rotated)
    title, extra = titles(kind, counts)
    top = gy + geo.size
    if extra:
        labels.add(_text(gx, top + 3, extra, LABEL_SIZE, colour=MUTED))
        labels.add(_text(gx, top + 5 + LABEL_SIZE, title, TITLE_SIZE, bold=True))
    else:
        labels.add(_text(gx, top + 4, title, TITLE_SIZE, bold=True))
    d.add(labels)


def _legend(d: Drawing, width: float) -> None:
    swatch, gap, y = 9.0, 12.0, 2.0
    items = [(lv.label, risk_matrix.LEVEL_COLOURS[lv]) for lv in risk_matrix.LEVEL_ORDER]
    widths = [swatch + 3 + stringWidth(label, fonts.REGULAR, LABEL_SIZE) for label, _c in items]
    x = (width - sum(widths) - gap * (len(items) - 1)) / 2
    for (label, colour), w in zip(items, widths, strict=True):
        swatch_rect = Rect(x, y, swatch, swatch * 0.7, fillColor=colors.HexColor(colour))
        swatch_rect.strokeColor = None
        d.add(swatch_rect)
        d.add(_text(x + swatch + 3, y + 0.5, label, LABEL_SIZE))
        x += w + gap


def heatmap_drawing(counts: HeatMapCounts, width: float, height: float = 215.0) -> Drawing:
    """The current and residual grids side by side, `width` x `height` points."""
    fonts.register_fonts()
    legend_h = 14.0
    geo = HeatMapGeometry(width / 2, height, legend_h)
    used = 2 * (geo.grid_x + geo.size)
    gap = max(0.0, (width - used) / 3)  # centre the pair: equal room left, between, right
    height = geo.grid_y + geo.size + geo.title_h + 2
    d = Drawing(width, height, initialFontName=fonts.REGULAR)  # no stray Helvetica
    for k, kind in enumerate(KINDS):
        _grid(kind, counts, geo, d, gap + k * (geo.grid_x + geo.size + gap))
    _legend(d, width)
    return d
