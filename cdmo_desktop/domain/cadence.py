"""When a communication channel meets next, computed from its cadence and anchor date."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from cdmo_desktop.domain.enums import Cadence
from cdmo_desktop.domain.formats import weekday_name

_DAYS = {Cadence.WEEKLY: 7, Cadence.BIWEEKLY: 14}
_MONTHS = {Cadence.MONTHLY: 1, Cadence.QUARTERLY: 3}


def add_months(day: date, months: int, anchor_day: int | None = None) -> date:
    """`day` moved by `months`, keeping the anchor's day of month (clamped to month end)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    wanted = anchor_day or day.day
    return date(year, month, min(wanted, calendar.monthrange(year, month)[1]))


def next_occurrence(cadence: Cadence | str, anchor: date | None, today: date) -> date | None:
    """The first occurrence on or after `today` of a series that started at `anchor`.

    Daily series anchored on a working day skip weekends (nobody holds the daily call on a
    Saturday). Ad hoc channels have no next occurrence unless the anchor is still ahead.
    Without an anchor there is nothing to compute from: None."""
    if anchor is None:
        return None
    cadence = Cadence(cadence)
    if anchor >= today:
        return anchor
    if cadence == Cadence.AD_HOC:
        return None
    if cadence == Cadence.DAILY:
        day = today
        if anchor.weekday() < 5:
            while day.weekday() >= 5:
                day += timedelta(days=1)
        return day
    if cadence in _DAYS:
        step = _DAYS[cadence]
        periods = -(-(today - anchor).days // step)  # ceiling division
        return anchor + timedelta(days=periods * step)
    step_months = _MONTHS[cadence]
    months = (today.year - anchor.year) * 12 + today.month - anchor.month
    k = max(0, months // step_months)
    candidate = add_months(anchor, k * step_months, anchor.day)
    while candidate < today:
        k += 1
        candidate = add_months(anchor, k * step_months, anchor.day)
    return candidate


def describe(cadence: Cadence | str, anchor: date | None) -> str:
    """A short phrase for lists: "Weekly (Tuesdays)", "Monthly (day 15)"."""
    cadence = Cadence(cadence)
    if anchor is None or cadence in (Cadence.AD_HOC, Cadence.DAILY):
        return cadence.label
    if cadence in _DAYS:
        return f"{cadence.label} ({weekday_name(anchor, long=True)}s)"
    return f"{cadence.label} (day {anchor.day})"
