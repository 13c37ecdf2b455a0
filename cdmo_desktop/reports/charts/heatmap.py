"""The risk heat map: two 5x5 likelihood x impact grids (current and residual) with the
number of risks in each cell, coloured by the level of domain.risk_matrix.

`build_heatmap_figure` makes a new Figure; `draw_heatmap` redraws an existing one. (The
screen paints its own with Qt: gui.widgets.heatmap.) Impact runs left to right, likelihood bottom to
top, so the critical corner is top right, as in most risk procedures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.risk_matrix import HeatMapCounts

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Kind = Literal["current", "residual"]
Selection = tuple[str, int, int] | None
"""A highlighted cell: (kind, likelihood, impact)."""

EMPTY_CELL_STRENGTH = 0.22  # how much of the level colour an empty cell keeps
GRID_LINE = "#FFFFFF"
SELECTED_EDGE = "#1A237E"


def _blend(colour: str, strength: float) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(colour)
    return (1 - strength + strength * r, 1 - strength + strength * g, 1 - strength + strength * b)


def _title(kind: str, counts: HeatMapCounts) -> str:
    total = counts.total
    if kind == "current":
        return f"Current ({total} risk{'s' if total != 1 else ''})"
    assessed = total - counts.without_residual
    text = f"Residual after mitigation ({assessed})"
    if counts.without_residual:
        text += f"\n{counts.without_residual} not yet assessed"
    return text


def _cell_colours(grid: risk_matrix.Grid) -> list[list[tuple[float, float, float]]]:
    """RGB rows of one grid image; row 0 is likelihood 5 (drawn on top). Empty cells keep
    only a tint of their level colour so the counts stand out."""
    image = []
    for li in range(4, -1, -1):
        row = []
        for im in range(5):
            level = risk_matrix.MATRIX[li][im]
            strength = 1.0 if grid[li][im] else EMPTY_CELL_STRENGTH
            row.append(_blend(risk_matrix.LEVEL_COLOURS[level], strength))
        image.append(row)
    return image


@dataclass
class HeatMapArtists:
    """What changes when the counts change, so a screen can update without rebuilding."""

    axes: dict[str, Axes]
    images: dict[str, Any]
    texts: dict[str, dict[tuple[int, int], Any]]
    outlines: dict[str, Any]
    titles: dict[str, Any]


def _build_grid(ax: Axes, kind: Kind, *, long_labels: bool, font_size: float) -> tuple[Any, ...]:
    from matplotlib.patches import Rectangle

    image = ax.imshow(
        _cell_colours(risk_matrix.EMPTY_GRID),
        extent=(0.5, 5.5, 0.5, 5.5),
        interpolation="nearest",
        aspect="equal",
    )
    texts = {
        (li, im): ax.text(
            im,
            li,
            "",
            ha="center",
            va="center",
            fontsize=font_size * 1.15,
            fontweight="bold",
            color=risk_matrix.LEVEL_TEXT_COLOURS[risk_matrix.MATRIX[li - 1][im - 1]],
        )
        for li in range(1, 6)
        for im in range(1, 6)
    }
    for pos in (1.5, 2.5, 3.5, 4.5):
        ax.axhline(pos, color=GRID_LINE, linewidth=1.5)
        ax.axvline(pos, color=GRID_LINE, linewidth=1.5)
    outline = ax.add_patch(
        Rectangle((0.5, 0.5), 1, 1, fill=False, edgecolor=SELECTED_EDGE, linewidth=3, visible=False)
    )
    ticks = [1, 2, 3, 4, 5]
    ax.set_xticks(ticks)
    ax.set_yticks(ticks)
    if long_labels:
        ax.set_xticklabels(
            [f"{i}\n{t}" for i, t in zip(ticks, risk_matrix.IMPACT_LABELS, strict=True)],
            fontsize=font_size * 0.8,
        )
        ax.set_yticklabels(
            [f"{t} {i}" for i, t in zip(ticks, risk_matrix.LIKELIHOOD_LABELS, strict=True)],
            fontsize=font_size * 0.8,
        )
    else:
        ax.tick_params(labelsize=font_size * 0.85)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xlabel("Impact", fontsize=font_size)
    ax.set_ylabel("Likelihood", fontsize=font_size)
    title = ax.set_title("", fontsize=font_size, loc="left")
    ax.set_gid(kind)
    return image, texts, outline, title


def update_heatmap(artists: HeatMapArtists, counts: HeatMapCounts, selected: Selection) -> None:
    """Show new counts and a new highlighted cell on an already drawn heat map."""
    for kind in artists.axes:
        grid = counts.residual if kind == "residual" else counts.current
        artists.images[kind].set_data(_cell_colours(grid))
        for (li, im), text in artists.texts[kind].items():
            n = grid[li - 1][im - 1]
            text.set_text(str(n) if n else "")
        outline = artists.outlines[kind]
        if selected is not None and selected[0] == kind:
            outline.set_xy((selected[2] - 0.5, selected[1] - 0.5))
            outline.set_visible(True)
        else:
            outline.set_visible(False)
        artists.titles[kind].set_text(_title(kind, counts))


def draw_heatmap(
    fig: Figure,
    counts: HeatMapCounts,
    selected: Selection = None,
    *,
    long_labels: bool = False,
    font_size: float = 9.0,
    legend: bool = False,
    stacked: bool = False,
) -> HeatMapArtists:
    """Clear `fig` and draw the current and residual grids side by side, or one above the
    other when `stacked` (a legend of the levels below them needs a figure with
    `layout="constrained"`).

    Returns the artists (axes by kind "current"/"residual" among them) so a canvas can map
    clicks to cells with `cell_at` and show new counts with `update_heatmap`."""
    fig.clear()
    axes = fig.subplots(2, 1) if stacked else fig.subplots(1, 2)
    kinds: tuple[Kind, Kind] = ("current", "residual")
    artists = HeatMapArtists({}, {}, {}, {}, {})
    for ax, kind in zip(axes, kinds, strict=True):
        image, texts, outline, title = _build_grid(
            ax, kind, long_labels=long_labels, font_size=font_size
        )
        artists.axes[kind] = ax
        artists.images[kind] = image
        artists.texts[kind] = texts
        artists.outlines[kind] = outline
        artists.titles[kind] = title
    if legend:
        from matplotlib.patches import Patch

        handles = [
            Patch(facecolor=risk_matrix.LEVEL_COLOURS[lv], label=lv.label)
            for lv in risk_matrix.LEVEL_ORDER
        ]
        fig.legend(
            handles=handles,
            loc="outside lower center",
            ncols=len(handles),
            frameon=False,
            fontsize=font_size * 0.85,
        )
    update_heatmap(artists, counts, selected)
    return artists


def build_heatmap_figure(
    counts: HeatMapCounts,
    selected: Selection = None,
    *,
    width_in: float = 7.5,
    height_in: float = 3.6,
    dpi: int = 150,
    long_labels: bool = True,
    font_size: float = 9.0,
    legend: bool = True,
) -> Figure:
    """A new Figure of the heat map (for the PDF: `fig.savefig(buf, format="png")`)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_in, height_in), dpi=dpi, layout="constrained")
    draw_heatmap(fig, counts, selected, long_labels=long_labels, font_size=font_size, legend=legend)
    return fig


def cell_at(xdata: Any, ydata: Any) -> tuple[int, int] | None:
    """The (likelihood, impact) cell under a point in data coordinates of one grid."""
    if xdata is None or ydata is None:
        return None
    impact, likelihood = round(float(xdata)), round(float(ydata))
    if 1 <= likelihood <= 5 and 1 <= impact <= 5:
        return likelihood, impact
    return None
