"""The title of a partner reassessment, apart from the rest of domain.reassessment: the
Portfolio's agenda lists open reassessments on the window's first paint, before the
reassessment rules (their dataclasses and lists) are needed. domain.reassessment passes
it on."""

from __future__ import annotations

from cdmo_desktop.domain.enums import Phase


def reassessment_title(
    partner: str, from_phase: str = "", to_phase: str = "", gate: str = ""
) -> str:
    """ "Reassess Alpine (Process development → Scale up)" or "... (gate: Go/no-go ...)"."""
    if from_phase and to_phase:
        what = f"{Phase(from_phase).label} → {Phase(to_phase).label}"
    elif gate:
        what = gate if "gate" in gate.lower() else f"gate: {gate}"
    elif to_phase:
        what = f"to {Phase(to_phase).label}"
    else:
        what = "phase transition"
    return f"Reassess {partner} ({what})"
