"""The RACI rule: every deliverable or workstream has exactly one Accountable person and at
least one Responsible person. Pure functions over plain data."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cdmo_desktop.domain.enums import RaciRole

# Clicking a cell walks this cycle; the last step clears the cell.
CYCLE: tuple[RaciRole | None, ...] = (
    None,
    RaciRole.RESPONSIBLE,
    RaciRole.ACCOUNTABLE,
    RaciRole.CONSULTED,
    RaciRole.INFORMED,
)

NO_ACCOUNTABLE = "no_accountable"
SEVERAL_ACCOUNTABLE = "several_accountable"
NO_RESPONSIBLE = "no_responsible"


@dataclass(frozen=True)
class RaciViolation:
    workstream_id: str
    workstream: str
    kind: str
    message: str


def next_role(current: RaciRole | str | None) -> RaciRole | None:
    """The role a click puts in a cell holding `current`: R -> A -> C -> I -> empty -> R."""
    current = RaciRole(current) if current else None
    return CYCLE[(CYCLE.index(current) + 1) % len(CYCLE)]


def check_row(
    workstream_id: str, name: str, roles: Iterable[RaciRole | str]
) -> list[RaciViolation]:
    values = [RaciRole(r) for r in roles]
    accountable = values.count(RaciRole.ACCOUNTABLE)
    out: list[RaciViolation] = []
    label = name or "(unnamed workstream)"
    if accountable == 0:
        out.append(
            RaciViolation(workstream_id, name, NO_ACCOUNTABLE, f"{label}: nobody is Accountable.")
        )
    elif accountable > 1:
        out.append(
            RaciViolation(
                workstream_id,
                name,
                SEVERAL_ACCOUNTABLE,
                f"{label}: {accountable} people are Accountable; exactly one should be.",
            )
        )
    if RaciRole.RESPONSIBLE not in values:
        out.append(
            RaciViolation(workstream_id, name, NO_RESPONSIBLE, f"{label}: nobody is Responsible.")
        )
    return out


def check_grid(
    workstreams: Iterable[tuple[str, str]],
    assignments: Mapping[str, Mapping[str, RaciRole | str]],
) -> list[RaciViolation]:
    """Violations of every row, in row order. `workstreams` is [(id, name)];
    `assignments` maps workstream id -> {member id: role}."""
    out: list[RaciViolation] = []
    for ws_id, name in workstreams:
        out.extend(check_row(ws_id, name, assignments.get(ws_id, {}).values()))
    return out
