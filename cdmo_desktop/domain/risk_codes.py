"""What the Portfolio's overview needs of a risk before the rest of its rules load (the
window's first paint counts its live risks and lists its reviews): which statuses are
live, and how a risk is numbered. domain.risk_review passes both on."""

from __future__ import annotations

from cdmo_desktop.domain.enums import RiskStatus

ACTIVE_STATUSES: tuple[RiskStatus, ...] = (
    RiskStatus.OPEN,
    RiskStatus.MONITORING,
    RiskStatus.MITIGATING,
)
"""Statuses of a live risk: it is reviewed, counted on the overview and due for review.
The one definition: the store's SQL (store.risks.is_live) is built from this list."""


def code(number: int) -> str:
    """The register code of a risk: R-001 is the first risk of its engagement."""
    return f"R-{number:03d}"
