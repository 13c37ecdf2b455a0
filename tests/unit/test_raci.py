"""The RACI rule: exactly one Accountable and at least one Responsible per workstream."""

from __future__ import annotations

from cdmo_desktop.domain.enums import RaciRole
from cdmo_desktop.domain.raci import (
    NO_ACCOUNTABLE,
    NO_RESPONSIBLE,
    SEVERAL_ACCOUNTABLE,
    check_grid,
    check_row,
    next_role,
)

R, A, C, I = RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE, RaciRole.CONSULTED, RaciRole.INFORMED  # noqa: E741


def kinds(roles: list[RaciRole]) -> list[str]:
    return [v.kind for v in check_row("w", "Tox package", roles)]


def test_one_accountable_and_a_responsible_is_fine() -> None:
    assert kinds([A, R]) == []
    assert kinds([A, R, R, C, I]) == []


def test_missing_accountable_or_responsible_is_reported() -> None:
    assert kinds([R, C]) == [NO_ACCOUNTABLE]
    assert kinds([A, C, I]) == [NO_RESPONSIBLE]
    assert kinds([]) == [NO_ACCOUNTABLE, NO_RESPONSIBLE]


def test_two_accountable_is_reported_with_the_count() -> None:
    (violation,) = check_row("w", "Tox package", [A, A, R])
    assert violation.kind == SEVERAL_ACCOUNTABLE
    assert "2 people are Accountable" in violation.message
    assert violation.message.startswith("Tox package")


def test_grid_reports_rows_in_order_and_accepts_role_values() -> None:
    rows = [("w1", "Route scouting"), ("w2", "Analytics"), ("w3", "Reports")]
    grid = {"w1": {"m1": "A", "m2": "R"}, "w2": {"m1": "R"}}
    found = check_grid(rows, grid)
    assert [(v.workstream_id, v.kind) for v in found] == [
        ("w2", NO_ACCOUNTABLE),
        ("w3", NO_ACCOUNTABLE),
        ("w3", NO_RESPONSIBLE),
    ]


def test_click_cycle_walks_r_a_c_i_then_clears() -> None:
    seen = []
    role = None
    for _ in range(5):
        role = next_role(role)
        seen.append(role)
    assert seen == [R, A, C, I, None]
    assert next_role("I") is None
