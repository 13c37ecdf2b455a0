"""The one 5x5 risk matrix: every cell as documented, scores, bad input refused."""

from __future__ import annotations

import re

import pytest

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import RiskLevel


def _documented_table() -> dict[tuple[int, int], str]:
    """The table in risk_matrix's docstring, read as {(likelihood, impact): level}."""
    doc = risk_matrix.__doc__ or ""
    table: dict[tuple[int, int], str] = {}
    for line in doc.splitlines():
        m = re.match(r"^\s+([1-5])\s+((?:(?:low|medium|high|critical)\s*){5})$", line)
        if m:
            for impact, level in enumerate(m.group(2).split(), start=1):
                table[(int(m.group(1)), impact)] = level
    return table


DOCUMENTED = _documented_table()
# The same table written out here, so a change to the docstring alone also fails.
EXPECTED = {
    5: ("medium", "high", "high", "critical", "critical"),
    4: ("low", "medium", "high", "critical", "critical"),
    3: ("low", "medium", "medium", "high", "critical"),
    2: ("low", "low", "medium", "high", "high"),
    1: ("low", "low", "low", "medium", "high"),
}


def test_the_docstring_documents_all_25_cells() -> None:
    assert len(DOCUMENTED) == 25


@pytest.mark.parametrize("likelihood", range(1, 6))
@pytest.mark.parametrize("impact", range(1, 6))
def test_every_cell_matches_the_documented_table(likelihood: int, impact: int) -> None:
    level = risk_matrix.level(likelihood, impact)
    assert level.value == DOCUMENTED[(likelihood, impact)]
    assert level.value == EXPECTED[likelihood][impact - 1]
    assert risk_matrix.score(likelihood, impact) == likelihood * impact


def test_a_severe_impact_is_never_low_and_level_grows_with_either_axis() -> None:
    order = list(risk_matrix.LEVEL_ORDER)
    for likelihood in range(1, 6):
        assert risk_matrix.level(likelihood, 5) in (RiskLevel.HIGH, RiskLevel.CRITICAL)
        for impact in range(1, 5):
            here = order.index(risk_matrix.level(likelihood, impact))
            assert order.index(risk_matrix.level(likelihood, impact + 1)) >= here
            if likelihood < 5:
                assert order.index(risk_matrix.level(likelihood + 1, impact)) >= here


@pytest.mark.parametrize("bad", [0, 6, -1, 2.5, "3", None, True])
def test_scores_outside_1_to_5_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="1 to 5"):
        risk_matrix.level(bad, 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="1 to 5"):
        risk_matrix.score(3, bad)  # type: ignore[arg-type]


def test_every_level_has_a_colour_and_a_text_colour() -> None:
    for level in RiskLevel:
        assert re.fullmatch(r"#[0-9A-F]{6}", risk_matrix.LEVEL_COLOURS[level])
        assert re.fullmatch(r"#[0-9A-F]{6}", risk_matrix.LEVEL_TEXT_COLOURS[level])


def test_heat_map_counts_add_up_by_level() -> None:
    counts = risk_matrix.HeatMapCounts(
        current=risk_matrix.grid_from_counts([(5, 5, 2), (1, 1, 3), (1, 5, 1), (9, 1, 7)]),
    )
    assert counts.total == 6  # (9, 1) is outside the matrix and ignored
    assert counts.count(5, 5) == 2
    assert counts.by_level() == {
        RiskLevel.LOW: 3,
        RiskLevel.MEDIUM: 0,
        RiskLevel.HIGH: 1,
        RiskLevel.CRITICAL: 2,
    }
