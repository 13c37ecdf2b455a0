"""Date <-> position layout shared by the screen and the PDF Gantt chart."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cdmo_desktop.domain.timeline import (
    CHART_FIRST,
    CHART_LAST,
    MAX_PX_PER_DAY,
    MIN_PX_PER_DAY,
    Scale,
    TickLabels,
    TimelineLayout,
    add_days,
    add_months,
    chart_span,
    fit_density,
    plan_origin,
)
from cdmo_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE

ORIGIN = date(2026, 1, 5)


@pytest.mark.parametrize("scale", list(Scale))
@given(offset=st.integers(min_value=-2000, max_value=4000))
def test_date_to_x_to_date_round_trips_at_every_scale(scale: Scale, offset: int) -> None:
    layout = TimelineLayout.for_scale(ORIGIN, scale)
    d = ORIGIN + timedelta(offset)
    x = layout.x_of(d)
    assert layout.date_at(x) == d
    assert layout.date_at(x + layout.px_per_day * 0.99) == d  # anywhere inside its cell
    assert layout.nearest_boundary(x + layout.px_per_day * 0.4) == d
    assert layout.date_at(layout.point_x(d)) == d


@pytest.mark.parametrize("scale", list(Scale))
def test_each_scale_names_itself_and_drags_snap_to_days(scale: Scale) -> None:
    layout = TimelineLayout.for_scale(ORIGIN, scale)
    assert layout.scale is scale
    assert layout.days_for(3 * layout.px_per_day + 0.3 * layout.px_per_day) == 3
    assert layout.days_for(-2.6 * layout.px_per_day) == -3


def test_task_bar_spans_whole_days() -> None:
    layout = TimelineLayout.for_scale(ORIGIN, Scale.DAY)
    x0, x1 = layout.bar_span(ORIGIN, ORIGIN + timedelta(2))
    assert (x0, x1) == (0.0, 72.0)


def test_rows() -> None:
    layout = TimelineLayout(ORIGIN, 10, row_height=24)
    assert layout.row_y(3) == 72
    assert layout.row_at(72) == 3 and layout.row_at(71.9) == 2
    assert list(layout.rows_between(30, 100, count=3)) == [1, 2]
    assert list(layout.rows_between(-50, 10, count=3)) == [0]


def test_day_scale_header_shows_days_under_months() -> None:
    layout = TimelineLayout.for_scale(date(2026, 10, 26), Scale.DAY)
    x0, x1 = layout.x_of(date(2026, 10, 30)), layout.x_of(date(2026, 11, 2))
    minor = layout.minor_ticks(x0, x1)
    assert [t.label for t in minor] == ["30", "31", "1", "2"]
    major = layout.major_ticks(x0, x1)
    assert [t.label for t in major] == ["October 2026", "November 2026"]
    assert major[1].x == layout.x_of(date(2026, 11, 1))
    weekend = layout.weekend_days(x0, layout.x_of(date(2026, 11, 8)))
    assert weekend == [date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 7), date(2026, 11, 8)]


def test_week_month_quarter_headers() -> None:
    week = TimelineLayout.for_scale(ORIGIN, Scale.WEEK)
    ticks = week.minor_ticks(week.x_of(date(2026, 3, 3)), week.x_of(date(2026, 3, 20)))
    assert [t.day for t in ticks] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    assert ticks[0].label == "2 Mar"
    assert week.weekend_days(0, 1000) == []
    month = TimelineLayout.for_scale(ORIGIN, Scale.MONTH)
    ticks = month.minor_ticks(month.x_of(date(2026, 11, 20)), month.x_of(date(2027, 2, 1)))
    assert [t.label for t in ticks] == ["Nov", "Dec", "Jan", "Feb"]
    assert [t.label for t in month.major_ticks(ticks[0].x, ticks[-1].x)] == ["2026", "2027"]
    quarter = TimelineLayout.for_scale(ORIGIN, Scale.QUARTER)
    ticks = quarter.minor_ticks(quarter.x_of(date(2026, 5, 1)), quarter.x_of(date(2026, 12, 1)))
    assert [t.label for t in ticks] == ["Q2", "Q3", "Q4"]


def test_density_changes_pick_the_matching_scale_and_stay_in_bounds() -> None:
    layout = TimelineLayout.for_scale(ORIGIN, Scale.DAY)
    assert layout.with_density(5).scale is Scale.WEEK
    assert layout.with_density(1000).px_per_day == MAX_PX_PER_DAY
    assert layout.with_density(0.001).px_per_day == MIN_PX_PER_DAY
    assert layout.with_scale(Scale.MONTH).scale is Scale.MONTH


def test_fit_and_origin() -> None:
    assert fit_density(date(2026, 1, 1), date(2026, 12, 31), 1000) == pytest.approx(1000 / 371)
    origin = plan_origin(date(2026, 3, 12), today=date(2026, 5, 1))
    assert origin.weekday() == 0 and origin <= date(2026, 3, 12) - timedelta(14)


# --- any stored date (issue 11, item 3) ---------------------------------------------------
EXTREMES = [date.min, date(1, 1, 7), date(1899, 12, 31), date(2200, 1, 1), date.max]


@pytest.mark.parametrize("scale", list(Scale))
@pytest.mark.parametrize("d", EXTREMES)
def test_layout_of_any_date_never_overflows(scale: Scale, d: date) -> None:
    layout = TimelineLayout.for_scale(plan_origin(d, today=ORIGIN), scale)
    x = layout.x_of(d)
    assert layout.date_at(x) == d
    assert layout.nearest_boundary(x) == d
    width = 1500.0
    for x0 in (x - width, x - width / 2, x):
        ticks = layout.minor_ticks(x0, x0 + width) + layout.major_ticks(x0, x0 + width)
        assert ticks and all(t.x_end > t.x for t in ticks)
        layout.weekend_days(x0, x0 + width)
    # far beyond the calendar either way: the first and last day, not an error
    assert layout.date_at(-1e12) == date.min and layout.date_at(1e12) == date.max
    assert layout.date_at(float("inf")) == date.max


def test_day_arithmetic_saturates_at_the_ends_of_the_calendar() -> None:
    assert add_days(date.max, 30) == date.max and add_days(date.min, -30) == date.min
    assert add_months(date(9999, 12, 1), 3) == date(9999, 12, 1)
    assert add_months(date(1, 1, 1), -1) == date(1, 1, 1)
    assert plan_origin(date.min, today=ORIGIN) == date.min
    assert plan_origin(None, today=date.max) <= date.max


def test_a_chart_spans_only_the_years_the_app_accepts() -> None:
    assert chart_span(date.min, date.max) == (CHART_FIRST, CHART_LAST)
    assert chart_span(date(2026, 3, 1), date.max) == (date(2026, 3, 1), CHART_LAST)
    assert chart_span(date.max, date.max) == (CHART_LAST, CHART_LAST)
    assert (CHART_FIRST, CHART_LAST) == (EARLIEST_DATE, LATEST_DATE)


def test_header_labels_come_from_the_labels_given() -> None:
    shout = TickLabels(
        day_month=lambda d: f"D{d.day}.{d.month}",
        month=lambda m, long: f"M{m}{'L' if long else ''}",
        month_year=lambda d, long: f"Y{d.year}/{d.month}",
    )
    week = TimelineLayout.for_scale(ORIGIN, Scale.WEEK).with_labels(shout)
    assert week.minor_ticks(week.x_of(date(2026, 3, 3)), week.x_of(date(2026, 3, 4)))[0].label == (
        "D2.3"
    )
    assert week.major_ticks(0, 10)[0].label == "Y2026/1"
    month = week.with_scale(Scale.MONTH)
    assert month.labels is shout
    assert month.minor_ticks(0, 10)[0].label == "M1"
