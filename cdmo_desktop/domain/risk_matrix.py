"""The one 5x5 likelihood x impact matrix used everywhere (screen, heat map, PDF).

Rows are likelihood 1 (rare) .. 5 (almost certain), columns impact 1 (negligible) ..
5 (severe). The level is read from the table below rather than from score thresholds, so
that, as in most pharma risk procedures, a severe impact is never "low" even when rare.

    L\\I   1         2         3         4         5
    5     medium    high      high      critical  critical
    4     low       medium    high      critical  critical
    3     low       medium    medium    high      critical
    2     low       low       medium    high      high
    1     low       low       low       medium    high
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cdmo_desktop.domain.enums import RiskLevel
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP

_L, _M, _H, _C = RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL

# MATRIX[likelihood - 1][impact - 1]
MATRIX: tuple[tuple[RiskLevel, ...], ...] = (
    (_L, _L, _L, _M, _H),
    (_L, _L, _M, _H, _H),
    (_L, _M, _M, _H, _C),
    (_L, _M, _H, _C, _C),
    (_M, _H, _H, _C, _C),
)

LIKELIHOOD_LABELS = (
    QT_TRANSLATE_NOOP("messages", "Rare"),
    QT_TRANSLATE_NOOP("messages", "Unlikely"),
    QT_TRANSLATE_NOOP("messages", "Possible"),
    QT_TRANSLATE_NOOP("messages", "Likely"),
    QT_TRANSLATE_NOOP("messages", "Almost certain"),
)
IMPACT_LABELS = (
    QT_TRANSLATE_NOOP("messages", "Negligible"),
    QT_TRANSLATE_NOOP("messages", "Minor"),
    QT_TRANSLATE_NOOP("messages", "Moderate"),
    QT_TRANSLATE_NOOP("messages", "Major"),
    QT_TRANSLATE_NOOP("messages", "Severe"),
)

# Colours shared by the heat map on screen and in the PDF.
LEVEL_COLOURS: dict[RiskLevel, str] = {
    RiskLevel.LOW: "#8BC34A",
    RiskLevel.MEDIUM: "#FFD54F",
    RiskLevel.HIGH: "#FF9800",
    RiskLevel.CRITICAL: "#E53935",
}
# Text drawn on a level colour (dark on the light colours, white on red).
LEVEL_TEXT_COLOURS: dict[RiskLevel, str] = {
    RiskLevel.LOW: "#1B2A10",
    RiskLevel.MEDIUM: "#3A2E00",
    RiskLevel.HIGH: "#2E1A00",
    RiskLevel.CRITICAL: "#FFFFFF",
}


def _check(value: int, what: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise ValueError(f"{what} must be a whole number from 1 to 5, not {value!r}")


def score(likelihood: int, impact: int) -> int:
    _check(likelihood, "Likelihood")
    _check(impact, "Impact")
    return likelihood * impact


def level(likelihood: int, impact: int) -> RiskLevel:
    _check(likelihood, "Likelihood")
    _check(impact, "Impact")
    return MATRIX[likelihood - 1][impact - 1]


LEVEL_ORDER = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL)


Grid = tuple[tuple[int, ...], ...]
"""Counts per cell: GRID[likelihood - 1][impact - 1]."""

_VALID = frozenset(range(1, 6))
EMPTY_GRID: Grid = tuple((0,) * 5 for _ in range(5))


def grid_from_counts(counts: Iterable[tuple[int | None, int | None, int]]) -> Grid:
    """A 5x5 grid from (likelihood, impact, count) triples; pairs outside 1-5 are ignored."""
    cells = [[0] * 5 for _ in range(5)]
    for likelihood, impact, n in counts:
        if likelihood in _VALID and impact in _VALID:
            cells[likelihood - 1][impact - 1] += n
    return tuple(tuple(row) for row in cells)


@dataclass(frozen=True)
class HeatMapCounts:
    """How many risks sit in each cell, before (current) and after mitigation (residual).

    `without_residual` counts the risks that have no residual assessment yet; they appear
    on the current grid only."""

    current: Grid = EMPTY_GRID
    residual: Grid = EMPTY_GRID
    without_residual: int = 0

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.current)

    def count(self, likelihood: int, impact: int, *, residual: bool = False) -> int:
        grid = self.residual if residual else self.current
        return grid[likelihood - 1][impact - 1]

    def by_level(self, *, residual: bool = False) -> dict[RiskLevel, int]:
        """Risks per level, in LEVEL_ORDER."""
        grid = self.residual if residual else self.current
        totals = dict.fromkeys(LEVEL_ORDER, 0)
        for li in range(5):
            for im in range(5):
                totals[MATRIX[li][im]] += grid[li][im]
        return totals
