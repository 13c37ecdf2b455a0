"""The dates a Gantt chart can lay out: those validation allows (1900-2199).

A database may hold dates stored before validation refused them (9999-12-31, an old date
editor's maximum, or year 1). The chart then spans the other items and draws such an item
up to its edge, without its baseline, and says so in a note; lags are bounded alike. Both
chart builders (gantt.py for matplotlib, gantt_pdf.py for the PDF) go through here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from cdmo_desktop.domain.formats import date_text
from cdmo_desktop.domain.scheduling import ScheduleItem
from cdmo_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE

CHART_FIRST, CHART_LAST = EARLIEST_DATE, LATEST_DATE
MAX_LAG_DAYS = (CHART_LAST - CHART_FIRST).days


def chart_day(d: date) -> date:
    """`d` moved into the range of dates validation allows."""
    return min(max(d, CHART_FIRST), CHART_LAST)


def _outside(it: ScheduleItem) -> date | None:
    """The first of the item's dates that validation would refuse, else None."""
    dates = (it.start, it.finish, it.baseline_start, it.baseline_finish)
    return next((d for d in dates if d is not None and not CHART_FIRST <= d <= CHART_LAST), None)


def within_chart(items: Sequence[ScheduleItem], today: date) -> tuple[list[ScheduleItem], str]:
    """The items ready to lay out, and a note naming those whose stored dates cannot be
    drawn ("" when there are none).

    The chart spans the other items (and today); an item with a date outside the range
    validation allows is drawn up to the chart's edge, without its baseline."""
    sane = [it for it in items if _outside(it) is None]
    first = min([today, *(it.start for it in sane)])
    last = max([today, *(it.finish for it in sane)])
    out: list[ScheduleItem] = []
    moved: list[str] = []
    for it in items:
        bad = _outside(it)
        if bad is None:
            out.append(it)
            continue
        moved.append(f"{it.name} ({date_text(bad)})")
        start = min(max(it.start, first), last)
        finish = min(max(it.finish, start), last)
        out.append(
            dataclasses.replace(
                it, start=start, finish=finish, baseline_start=None, baseline_finish=None
            )
        )
    if not moved:
        return out, ""
    span = f"{CHART_FIRST.year}–{CHART_LAST.year}"
    what = "item has a date" if len(moved) == 1 else "items have dates"
    return out, (
        f"{len(moved)} {what} outside {span}, drawn to the chart's edge: "
        + "; ".join(moved[:3])
        + ("; …" if len(moved) > 3 else "")
        + ". Correct the dates on the Schedule screen."
    )
