"""The one "today": tests can set it, and it rolls over at midnight (never kept)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from cdmo_desktop.domain import clock


def test_frozen_sets_today_for_the_block_only() -> None:
    real = clock.today()
    with clock.frozen(date(2026, 12, 1)):
        assert clock.today() == date(2026, 12, 1)
        assert clock.local_now() == datetime(2026, 12, 1, 0, 0)
    assert clock.today() == real or clock.today() == real + timedelta(days=1)  # a midnight


def test_today_rolls_over_at_midnight_without_being_asked_again() -> None:
    with clock.frozen(datetime(2026, 12, 1, 23, 59, 59)):
        before = clock.today()
        clock.set_now(datetime(2026, 12, 2, 0, 0, 1))
        assert (before, clock.today()) == (date(2026, 12, 1), date(2026, 12, 2))


def test_frozen_blocks_nest_and_restore() -> None:
    with clock.frozen(date(2026, 1, 1)):
        with clock.frozen(date(2027, 6, 30)):
            assert clock.today() == date(2027, 6, 30)
        assert clock.today() == date(2026, 1, 1)


def test_an_aware_moment_is_kept_as_wall_clock_time() -> None:
    from datetime import UTC

    with clock.frozen(datetime(2026, 12, 1, 23, 30, tzinfo=UTC)):
        assert clock.local_now().tzinfo is None
        assert clock.today() == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 12, 1, 23, 59, 59), datetime(2026, 12, 2)),
        (datetime(2026, 12, 31, 12, 0), datetime(2027, 1, 1)),
        (datetime(2028, 2, 28, 0, 0), datetime(2028, 2, 29)),
    ],
)
def test_next_midnight(moment: datetime, expected: datetime) -> None:
    assert clock.next_midnight(moment) == expected


def test_seconds_to_midnight_counts_from_the_frozen_moment() -> None:
    with clock.frozen(datetime(2026, 12, 1, 23, 59, 30)):
        assert clock.seconds_to_midnight() == pytest.approx(30, abs=0.001)
    noon = datetime(2026, 12, 1, 12, 0)
    assert 11 * 3600 <= clock.seconds_to_midnight(noon) <= 13 * 3600  # DST may shift it
