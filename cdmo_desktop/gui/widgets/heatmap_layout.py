"""Where the two grids of the on-screen heat map go in a panel of a given size.

matplotlib's `subplots_adjust` takes fractions of the figure, but the labels around a grid
(a title of up to two lines above it, tick labels and "Impact" below it, tick labels and
"Likelihood" beside it) take a fixed room in points whatever the panel's size. Fixed
fractions therefore let the residual grid's title run into the "Impact" label of the grid
above it in a short panel. `plan_layout` turns the room the labels need (measured from
the drawn text, so fonts and screen scaling are accounted for) into those fractions, picks
the arrangement (one grid above the other, or side by side) that gives the larger grids, and
says how much width each title has before it would leave the panel or reach the next title.
Pure arithmetic in points; no Qt, no matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EDGE = 4.0  # points kept clear along the panel's edges
GAP = 10.0  # points between one grid's labels and the next grid's
SMALLEST_GRID = 1.0


@dataclass(frozen=True)
class Room:
    """What the labels of one grid need, in points."""

    above: float  # the title: its pad and two lines
    below: float  # tick labels and the axis label ("Impact") with their pads
    beside: float  # tick labels and the rotated axis label ("Likelihood") with their pads
    titles: dict[str, float] = field(default_factory=dict)  # widest line of each title


@dataclass(frozen=True)
class Plan:
    """`subplots_adjust` arguments, the arrangement and each title's width limit."""

    stacked: bool
    left: float
    right: float
    top: float
    bottom: float
    wspace: float
    hspace: float
    grid: float  # the side of one (square) grid, in points
    title_room: dict[str, float]  # points from a grid's left edge to where its title must end

    def adjust(self) -> dict[str, float]:
        return {
            "left": self.left,
            "right": self.right,
            "top": self.top,
            "bottom": self.bottom,
            "wspace": self.wspace,
            "hspace": self.hspace,
        }


def plan_layout(width: float, height: float, room: Room) -> Plan:
    """The layout of the current and residual grids in a `width` x `height` point panel."""
    left, right = EDGE + room.beside, EDGE
    top, bottom = EDGE + room.above, EDGE + room.below
    gap_stacked = room.below + GAP + room.above  # from one grid's bottom to the next one's top
    gap_beside = room.beside + GAP
    # A panel too small for the labels (a canvas not laid out yet) still gets valid fractions.
    width = max(width, left + right + gap_beside + 2 * SMALLEST_GRID)
    height = max(height, top + bottom + gap_stacked + 2 * SMALLEST_GRID)
    inner_w, inner_h = width - left - right, height - top - bottom
    slot_stacked = max((inner_h - gap_stacked) / 2, SMALLEST_GRID)
    slot_beside = max((inner_w - gap_beside) / 2, SMALLEST_GRID)
    side_stacked = min(inner_w, slot_stacked)
    side_beside = min(slot_beside, inner_h)
    stacked = side_stacked > side_beside
    # Each grid is square and centred in its slot (matplotlib's aspect="equal", anchor "C").
    if stacked:
        grid = side_stacked
        x0 = left + (inner_w - grid) / 2
        room_to_edge = width - EDGE - x0
        title_room = {"current": room_to_edge, "residual": room_to_edge}
    else:
        grid = side_beside
        x0_current = left + (slot_beside - grid) / 2
        x0_residual = x0_current + slot_beside + gap_beside
        title_room = {
            "current": x0_residual - x0_current - GAP,
            "residual": width - EDGE - x0_residual,
        }
    return Plan(
        stacked=stacked,
        left=left / width,
        right=1 - right / width,
        top=1 - top / height,
        bottom=bottom / height,
        wspace=0.0 if stacked else gap_beside / slot_beside,
        hspace=gap_stacked / slot_stacked if stacked else 0.0,
        grid=grid,
        title_room=title_room,
    )
