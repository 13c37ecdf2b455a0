"""The heat-map Figure shared by the Risks screen and the PDF status report."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.reports.charts import heatmap

COUNTS = risk_matrix.HeatMapCounts(
    current=risk_matrix.grid_from_counts([(5, 5, 3), (3, 4, 12), (1, 1, 1)]),
    residual=risk_matrix.grid_from_counts([(2, 4, 9), (1, 1, 2)]),
    without_residual=5,
)


def _texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts if t.get_text()]


def test_both_grids_show_their_counts_and_titles() -> None:
    fig = heatmap.build_heatmap_figure(COUNTS)
    axes = {ax.get_gid(): ax for ax in fig.axes if ax.get_gid()}
    assert sorted(_texts(axes["current"])) == ["1", "12", "3"]
    assert sorted(_texts(axes["residual"])) == ["2", "9"]
    assert axes["current"].get_title(loc="left") == "Current (16 risks)"
    assert "5 not yet assessed" in axes["residual"].get_title(loc="left")
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["Low", "Medium", "High", "Critical"]
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    assert buf.getvalue().startswith(b"\x89PNG")


def test_cells_take_the_colour_of_their_level() -> None:
    from matplotlib.colors import to_rgb

    fig = heatmap.build_heatmap_figure(COUNTS)
    ax = next(a for a in fig.axes if a.get_gid() == "current")
    image = ax.images[0].get_array()
    assert image is not None
    # Row 0 of the image is likelihood 5; a filled cell is the full level colour.
    top_right = tuple(float(x) for x in image[0][4])
    expected = to_rgb(risk_matrix.LEVEL_COLOURS[risk_matrix.level(5, 5)])
    assert top_right == pytest.approx(expected, abs=1e-6)
    empty = tuple(float(x) for x in image[4][4])  # likelihood 1, impact 5: empty -> faded
    assert empty != pytest.approx(
        to_rgb(risk_matrix.LEVEL_COLOURS[risk_matrix.level(1, 5)]), abs=1e-6
    )


def test_a_selected_cell_is_outlined_only_on_its_grid() -> None:
    from matplotlib.patches import Rectangle

    fig = heatmap.build_heatmap_figure(COUNTS, ("residual", 2, 4))
    axes = {ax.get_gid(): ax for ax in fig.axes if ax.get_gid()}
    outlined = [p for p in axes["residual"].patches if p.get_visible()]
    assert len(outlined) == 1
    assert isinstance(outlined[0], Rectangle) and outlined[0].get_xy() == (3.5, 1.5)
    assert not [p for p in axes["current"].patches if p.get_visible()]


def test_new_counts_update_the_drawn_map_in_place() -> None:
    from matplotlib.figure import Figure

    fig = Figure()
    artists = heatmap.draw_heatmap(fig, COUNTS, ("current", 3, 4))
    axes_before = list(fig.axes)
    fewer = risk_matrix.HeatMapCounts(current=risk_matrix.grid_from_counts([(2, 2, 7)]))
    heatmap.update_heatmap(artists, fewer, None)
    assert fig.axes == axes_before
    assert _texts(artists.axes["current"]) == ["7"]
    assert _texts(artists.axes["residual"]) == []
    assert artists.axes["current"].get_title(loc="left") == "Current (7 risks)"
    assert not any(p.get_visible() for p in artists.axes["current"].patches)


def test_clicks_map_to_cells() -> None:
    assert heatmap.cell_at(4.2, 2.9) == (3, 4)
    assert heatmap.cell_at(0.3, 3) is None
    assert heatmap.cell_at(None, 3) is None


def test_importing_the_chart_module_does_not_import_matplotlib_or_pyplot() -> None:
    code = (
        "import sys, cdmo_desktop.reports.charts.heatmap as h\n"
        "assert 'matplotlib' not in sys.modules\n"
        "h.build_heatmap_figure(h.HeatMapCounts())\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
