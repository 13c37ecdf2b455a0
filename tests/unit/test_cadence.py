"""Next occurrence of a communication channel from its cadence and anchor date."""

from __future__ import annotations

from datetime import date

import pytest

from cdmo_desktop.domain.cadence import add_months, describe, next_occurrence
from cdmo_desktop.domain.enums import Cadence

TODAY = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize(
    ("cadence", "anchor", "expected"),
    [
        (Cadence.WEEKLY, date(2026, 11, 3), date(2026, 11, 24)),  # Tuesdays
        (Cadence.WEEKLY, date(2026, 11, 13), TODAY),  # today is an occurrence
        (Cadence.BIWEEKLY, date(2026, 11, 3), date(2026, 12, 1)),
        (Cadence.BIWEEKLY, date(2026, 11, 10), date(2026, 11, 24)),
        (Cadence.MONTHLY, date(2026, 1, 15), date(2026, 12, 15)),
        (Cadence.MONTHLY, date(2026, 1, 31), date(2026, 11, 30)),  # clamped to month end
        (Cadence.MONTHLY, date(2026, 1, 20), TODAY),
        (Cadence.QUARTERLY, date(2026, 2, 10), date(2027, 2, 10)),
        (Cadence.QUARTERLY, date(2026, 3, 25), date(2026, 12, 25)),
        (Cadence.DAILY, date(2026, 11, 2), TODAY),
        (Cadence.AD_HOC, date(2026, 10, 1), None),
    ],
)
def test_next_occurrence_after_a_past_anchor(
    cadence: Cadence, anchor: date, expected: date | None
) -> None:
    assert next_occurrence(cadence, anchor, TODAY) == expected


def test_anchor_in_the_future_is_the_next_occurrence_whatever_the_cadence() -> None:
    ahead = date(2027, 1, 5)
    for cadence in Cadence:
        assert next_occurrence(cadence, ahead, TODAY) == ahead


def test_no_anchor_no_next_occurrence() -> None:
    assert next_occurrence(Cadence.WEEKLY, None, TODAY) is None


def test_daily_call_skips_the_weekend_when_anchored_on_a_working_day() -> None:
    saturday = date(2026, 11, 21)
    assert next_occurrence(Cadence.DAILY, date(2026, 11, 2), saturday) == date(2026, 11, 23)
    # a series anchored on a Sunday is a seven-day one: it keeps weekends
    assert next_occurrence(Cadence.DAILY, date(2026, 11, 1), saturday) == saturday


def test_monthly_series_keeps_its_day_after_a_short_month() -> None:
    anchor = date(2026, 1, 31)
    assert next_occurrence(Cadence.MONTHLY, anchor, date(2026, 3, 1)) == date(2026, 3, 31)
    assert add_months(date(2026, 2, 28), 1, 31) == date(2026, 3, 31)
    assert add_months(date(2026, 11, 30), 2) == date(2027, 1, 30)


def test_next_occurrence_is_never_before_today_and_on_the_series() -> None:
    anchor = date(2025, 3, 4)
    for offset in range(0, 400, 7):
        today = date.fromordinal(anchor.toordinal() + offset + 3)
        got = next_occurrence(Cadence.BIWEEKLY, anchor, today)
        assert got is not None and got >= today and (got - anchor).days % 14 == 0
        assert (got - today).days < 14


def test_describe_names_the_weekday_or_day_of_month() -> None:
    assert describe(Cadence.WEEKLY, date(2026, 11, 3)) == "Weekly (Tuesdays)"
    assert describe(Cadence.MONTHLY, date(2026, 1, 15)) == "Monthly (day 15)"
    assert describe(Cadence.AD_HOC, None) == "Ad hoc"
