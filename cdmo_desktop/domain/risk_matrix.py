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

from cdmo_desktop.domain.enums import RiskLevel

_L, _M, _H, _C = RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL

# MATRIX[likelihood - 1][impact - 1]
MATRIX: tuple[tuple[RiskLevel, ...], ...] = (
    (_L, _L, _L, _M, _H),
    (_L, _L, _M, _H, _H),
    (_L, _M, _M, _H, _C),
    (_L, _M, _H, _C, _C),
    (_M, _H, _H, _C, _C),
)

LIKELIHOOD_LABELS = ("Rare", "Unlikely", "Possible", "Likely", "Almost certain")
IMPACT_LABELS = ("Negligible", "Minor", "Moderate", "Major", "Severe")

# Colours shared by the heat map on screen and in the PDF.
LEVEL_COLOURS: dict[RiskLevel, str] = {
    RiskLevel.LOW: "#8BC34A",
    RiskLevel.MEDIUM: "#FFD54F",
    RiskLevel.HIGH: "#FF9800",
    RiskLevel.CRITICAL: "#E53935",
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
