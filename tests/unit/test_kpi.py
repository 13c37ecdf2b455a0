"""KPIs without a database: the shipped library, periods, status, trend and the checks."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiTrend, KpiUnit, Rag
from cdmo_desktop.domain.kpi import (
    kpi_errors,
    kpi_status,
    kpi_trend,
    last_periods,
    measurement_error,
    next_period,
    parse_target,
    period_ended,
    period_label,
    period_start,
    shipped_library,
    target_text,
)

HIGHER, LOWER = KpiDirection.HIGHER_BETTER, KpiDirection.LOWER_BETTER
finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


def test_the_shipped_library_has_the_measures_the_field_uses() -> None:
    library = {t.key: t for t in shipped_library()}
    names = " | ".join(t.name.lower() for t in library.values())
    for words in (
        "on-time in-full",
        "right-first-time",
        "batch yield",
        "deviations per batch",
        "capas closed on time",
        "oos",
        "oot",
        "coa turnaround",
        "report turnaround",
        "query response",
        "change orders",
        "change-order value",
        "budget variance",
        "critical",
        "major",
        "minor",
        "staff turnover",
    ):
        assert words in names
    for t in library.values():
        assert t.description and t.applies_to and t.target is not None
        assert kpi_errors(t.unit, t.direction, t.target, t.amber, t.red) == {}
    assert library["otif"].unit is KpiUnit.PERCENT and library["otif"].direction is HIGHER
    assert library["coa_turnaround"].direction is LOWER
    assert library["capa_on_time"].period is KpiPeriod.QUARTER


@pytest.mark.parametrize(
    ("period", "day", "start", "following", "label"),
    [
        (KpiPeriod.MONTH, date(2026, 3, 17), date(2026, 3, 1), date(2026, 4, 1), "Mar 2026"),
        (KpiPeriod.MONTH, date(2026, 12, 31), date(2026, 12, 1), date(2027, 1, 1), "Dec 2026"),
        (KpiPeriod.QUARTER, date(2026, 3, 31), date(2026, 1, 1), date(2026, 4, 1), "Q1 2026"),
        (KpiPeriod.QUARTER, date(2026, 11, 2), date(2026, 10, 1), date(2027, 1, 1), "Q4 2026"),
        (KpiPeriod.YEAR, date(2026, 7, 4), date(2026, 1, 1), date(2027, 1, 1), "2026"),
    ],
)
def test_periods(period: KpiPeriod, day: date, start: date, following: date, label: str) -> None:
    assert period_start(period, day) == start
    assert next_period(period, day) == following
    assert period_label(period, start) == label


def test_last_periods_end_with_the_current_one_and_a_period_ends_the_day_after() -> None:
    today = date(2026, 2, 10)
    assert last_periods(KpiPeriod.MONTH, today, 3) == [
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert period_ended(KpiPeriod.MONTH, date(2026, 1, 1), today)
    assert not period_ended(KpiPeriod.MONTH, date(2026, 2, 1), today)
    assert period_ended(KpiPeriod.MONTH, date(2026, 1, 1), date(2026, 2, 1))


@pytest.mark.parametrize(
    ("direction", "value", "rag"),
    [
        (HIGHER, 96, Rag.GREEN),
        (HIGHER, 95, Rag.GREEN),
        (HIGHER, 90, Rag.AMBER),
        (HIGHER, 85, Rag.AMBER),
        (HIGHER, 84.9, Rag.RED),
        (LOWER, 4, Rag.GREEN),
        (LOWER, 10, Rag.GREEN),
        (LOWER, 12, Rag.AMBER),
        (LOWER, 15.5, Rag.RED),
    ],
)
def test_status_from_the_thresholds(direction: KpiDirection, value: float, rag: Rag) -> None:
    target, amber, red = (95, 95, 85) if direction is HIGHER else (10, 10, 15)
    assert kpi_status(direction, target, amber, red, value) is rag


def test_status_without_a_value_or_a_line_is_unknown_and_amber_defaults_to_the_target() -> None:
    assert kpi_status(HIGHER, 95, 90, 80, None) is None
    assert kpi_status(HIGHER, None, None, None, 50) is None
    assert kpi_status(HIGHER, 95, None, None, 94) is Rag.AMBER
    assert kpi_status(HIGHER, 95, None, 80, 79) is Rag.RED


@given(finite, finite, finite, finite, st.sampled_from(list(KpiDirection)))
def test_a_better_value_never_has_a_worse_status(
    target: float, a: float, b: float, value: float, direction: KpiDirection
) -> None:
    """Sort the lines the right way round; moving the value in the good direction can only
    keep or improve its colour."""
    lines = sorted([target, a, b], reverse=direction is HIGHER)
    target, amber, red = lines
    rank = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2}
    better = value + (1 if direction is HIGHER else -1)
    now = kpi_status(direction, target, amber, red, value)
    then = kpi_status(direction, target, amber, red, better)
    assert now is not None and then is not None
    assert rank[then] >= rank[now]
    assert kpi_errors(KpiUnit.NUMBER, direction, target, amber, red) == {}


def test_trend_needs_three_values_and_follows_the_direction() -> None:
    assert kpi_trend([90, 92], HIGHER) is None
    assert kpi_trend([80, 85, 90, 95], HIGHER) is KpiTrend.IMPROVING
    assert kpi_trend([80, 85, 90, 95], LOWER) is KpiTrend.WORSENING
    assert kpi_trend([95, 95.5, 94.8, 95.1], HIGHER) is KpiTrend.STABLE
    # only the last six values count: an old slump followed by a flat run is stable
    assert kpi_trend([10, 20, 30, 95, 95, 95, 95, 95, 95], HIGHER) is KpiTrend.STABLE


@given(
    st.lists(st.floats(min_value=-1e4, max_value=1e4), min_size=3, max_size=12),
    st.integers(min_value=-6, max_value=6),
)
def test_trend_flips_with_the_direction_and_ignores_the_scale(
    values: list[float], power: int
) -> None:
    up, down = kpi_trend(values, HIGHER), kpi_trend(values, LOWER)
    flipped = {
        KpiTrend.IMPROVING: KpiTrend.WORSENING,
        KpiTrend.WORSENING: KpiTrend.IMPROVING,
        KpiTrend.STABLE: KpiTrend.STABLE,
    }
    assert up is not None and flipped[up] is down
    # kilograms or grams, days or weeks: the same series in another unit (a power of two
    # scales floats exactly) has the same trend
    assert kpi_trend([v * 2.0**power for v in values], HIGHER) is up


@given(st.floats(min_value=-1e4, max_value=1e4), st.integers(min_value=3, max_value=12))
def test_a_constant_series_is_stable(value: float, n: int) -> None:
    assert kpi_trend([value] * n, HIGHER) is KpiTrend.STABLE


@pytest.mark.parametrize(
    ("unit", "value", "fragment"),
    [
        (KpiUnit.PERCENT, 101, "0 to 100"),
        (KpiUnit.PERCENT, -0.1, "0 to 100"),
        (KpiUnit.COUNT, -1, "negative"),
        (KpiUnit.COUNT, 1.5, "whole"),
        (KpiUnit.DAYS, -2, "negative"),
        (KpiUnit.HOURS, -2, "negative"),
        (KpiUnit.NUMBER, float("nan"), "finite"),
        (KpiUnit.MONEY, "12", "number"),
        (KpiUnit.NUMBER, True, "number"),
    ],
)
def test_measurement_refusals(unit: KpiUnit, value: object, fragment: str) -> None:
    message = measurement_error(unit, value)
    assert message is not None and fragment in message


@pytest.mark.parametrize(
    ("unit", "value"),
    [(KpiUnit.PERCENT, 0), (KpiUnit.PERCENT, 100), (KpiUnit.COUNT, 3), (KpiUnit.MONEY, -500)],
)
def test_measurements_accepted(unit: KpiUnit, value: float) -> None:
    assert measurement_error(unit, value) is None


def test_thresholds_on_the_wrong_side_of_the_target_are_refused() -> None:
    assert kpi_errors(KpiUnit.PERCENT, HIGHER, 95, 90, 80) == {}
    assert "amber" in kpi_errors(KpiUnit.PERCENT, HIGHER, 95, 97, 80)
    assert "red" in kpi_errors(KpiUnit.PERCENT, HIGHER, 95, 90, 92)
    assert "red" in kpi_errors(KpiUnit.DAYS, LOWER, 10, None, 8)
    assert "below" in kpi_errors(KpiUnit.DAYS, LOWER, 10, 8, None)["amber"]
    assert "target" in kpi_errors(KpiUnit.PERCENT, HIGHER, 120, None, None)
    assert kpi_errors(KpiUnit.COUNT, LOWER, 0.5, 1, 2) == {}  # a count target may be a rate


@pytest.mark.parametrize(
    ("text", "number", "unit", "direction"),
    [
        (">= 95%", 95, KpiUnit.PERCENT, HIGHER),
        ("<= 30 days", 30, KpiUnit.DAYS, LOWER),
        ("under 48 hours", 48, KpiUnit.HOURS, LOWER),
        ("100%", 100, KpiUnit.PERCENT, HIGHER),
        ("<= 10 ppm", 10, KpiUnit.NUMBER, LOWER),
        ("at least 3 working days", 3, KpiUnit.DAYS, HIGHER),
    ],
)
def test_a_target_that_clearly_is_a_number_is_read(
    text: str, number: float, unit: KpiUnit, direction: KpiDirection
) -> None:
    parsed = parse_target(text)
    assert parsed is not None
    assert (parsed.target, parsed.unit, parsed.direction) == (number, unit, direction)


@pytest.mark.parametrize(
    "text",
    [
        "Released by the agreed depot date",
        ">= 24 at >= 95% purity",
        ">= 92% vials accepted",
        "<= USD 4,500 per kg",
        "95",
        ">= 150%",
        "",
    ],
)
def test_a_target_that_is_not_clearly_a_number_is_left_as_text(text: str) -> None:
    assert parse_target(text) is None


def test_target_text_writes_a_numeric_target_as_a_charter_would() -> None:
    assert target_text(KpiUnit.PERCENT, HIGHER, 95.0) == ">= 95%"
    assert target_text(KpiUnit.DAYS, LOWER, 7.5) == "<= 7.5 days"
    assert target_text(KpiUnit.NUMBER, LOWER, None) == ""
