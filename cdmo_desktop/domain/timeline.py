"""Where a date sits on a timeline: the layout shared by the screen's Gantt and the PDF's.

Positions are in pixels (the PDF chart uses the same units and scales them to paper). A day
occupies [x_of(d), x_of(d) + px_per_day); a task bar runs from the start of its first day to
the end of its last day; a milestone sits in the middle of its day. Rows are `row_height`
apart, row 0 at y = 0.

Any stored date can be laid out, year 1 and 9999 included: day arithmetic here saturates at
`date.min` / `date.max` instead of raising OverflowError. A chart shows the years the app
accepts (`CHART_FIRST`..`CHART_LAST`, validation's bounds); `chart_span` keeps a stray date
outside them from stretching the chart over millennia.

Header labels are English by default (`ENGLISH_LABELS`); the screen passes labels in the
user's locale (`TickLabels`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from cdmo_desktop.domain.formats import day_month_text, month_name, month_year_text

# The years a chart shows: the bounds validation puts on every date (domain.validation).
CHART_FIRST = date(1900, 1, 1)
CHART_LAST = date(2199, 12, 31)
_MIN_ORDINAL, _MAX_ORDINAL = date.min.toordinal(), date.max.toordinal()
ROW_HEIGHT = 24.0
HEADER_BAND = 20.0
HEADER_HEIGHT = 2 * HEADER_BAND
MIN_PX_PER_DAY = 0.3
MAX_PX_PER_DAY = 60.0


class Scale(StrEnum):
    """The zoom levels offered to the user; each has a default density and tick units."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def px_per_day(self) -> float:
        return _DEFAULT_PX[self]

    @classmethod
    def for_density(cls, px_per_day: float) -> Scale:
        """The scale whose ticks read well at this density (used while zooming freely)."""
        if px_per_day >= 14:
            return cls.DAY
        if px_per_day >= 3.5:
            return cls.WEEK
        if px_per_day >= 1.0:
            return cls.MONTH
        return cls.QUARTER


_DEFAULT_PX = {Scale.DAY: 24.0, Scale.WEEK: 7.0, Scale.MONTH: 1.6, Scale.QUARTER: 0.55}
ZOOM_ORDER = (Scale.DAY, Scale.WEEK, Scale.MONTH, Scale.QUARTER)


@dataclass(frozen=True, slots=True)
class TickLabels:
    """How header cells name their dates: "2 Mar" (a week), "Mar" / "March" (a month),
    "Mar 2026" / "March 2026" (the band above)."""

    day_month: Callable[[date], str]
    month: Callable[[int, bool], str]
    month_year: Callable[[date, bool], str]


ENGLISH_LABELS = TickLabels(
    day_month=day_month_text,
    month=lambda m, long: month_name(m, long=long),
    month_year=lambda d, long: month_year_text(d, long=long),
)


@dataclass(frozen=True, slots=True)
class Tick:
    """One header cell: a unit starting at `x` and ending at `x_end`, with its label."""

    day: date
    x: float
    x_end: float
    label: str


def clamp_density(px_per_day: float) -> float:
    return min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, px_per_day))


def day_from_ordinal(n: int) -> date:
    """The day with ordinal n, held within date.min..date.max."""
    return date.fromordinal(min(_MAX_ORDINAL, max(_MIN_ORDINAL, n)))


def add_days(d: date, days: int) -> date:
    """d moved by `days`, held within date.min..date.max (never OverflowError)."""
    return day_from_ordinal(d.toordinal() + days)


def clip(d: date, first: date = CHART_FIRST, last: date = CHART_LAST) -> date:
    return min(last, max(first, d))


def chart_span(first: date, last: date) -> tuple[date, date]:
    """first..last held within the years a chart shows."""
    first, last = clip(first), clip(last)
    return first, max(first, last)


def month_start(d: date) -> date:
    return d.replace(day=1)


def add_months(d: date, months: int) -> date:
    """The first day of the month `months` after d's month (held within years 1-9999)."""
    index = min(9999 * 12 + 11, max(12, d.year * 12 + d.month - 1 + months))
    return date(index // 12, index % 12 + 1, 1)


def week_start(d: date) -> date:
    return add_days(d, -d.weekday())


def quarter_start(d: date) -> date:
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


def is_weekend(d: date) -> bool:
    return d.weekday() >= 5


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    """Date <-> x and row <-> y for one zoom level; immutable, cheap to replace."""

    origin: date
    px_per_day: float
    row_height: float = ROW_HEIGHT
    labels: TickLabels = ENGLISH_LABELS

    @classmethod
    def for_scale(
        cls, origin: date, scale: Scale, row_height: float = ROW_HEIGHT
    ) -> TimelineLayout:
        return cls(origin, scale.px_per_day, row_height)

    @property
    def scale(self) -> Scale:
        return Scale.for_density(self.px_per_day)

    def with_density(self, px_per_day: float) -> TimelineLayout:
        return replace(self, px_per_day=clamp_density(px_per_day))

    def with_scale(self, scale: Scale) -> TimelineLayout:
        return replace(self, px_per_day=scale.px_per_day)

    def with_labels(self, labels: TickLabels) -> TimelineLayout:
        return replace(self, labels=labels)

    # --- dates and x ------------------------------------------------------------------
    def x_of(self, d: date) -> float:
        """Left edge of day d."""
        return (d.toordinal() - self.origin.toordinal()) * self.px_per_day

    def date_at(self, x: float) -> date:
        """The day under x (the day whose cell contains x; date.min or date.max beyond)."""
        return day_from_ordinal(self.origin.toordinal() + _days(x / self.px_per_day + 1e-9))

    def nearest_boundary(self, x: float) -> date:
        """The day whose left edge is nearest to x (snapping a dragged edge)."""
        return day_from_ordinal(self.origin.toordinal() + _days(x / self.px_per_day + 0.5))

    def days_for(self, dx: float) -> int:
        """A horizontal drag of dx pixels, snapped to whole days."""
        return round(dx / self.px_per_day)

    def bar_span(self, start: date, finish: date) -> tuple[float, float]:
        """x from the start of the first day to the end of the last day of a task."""
        return self.x_of(start), self.x_of(finish) + self.px_per_day

    def point_x(self, d: date) -> float:
        """x of a milestone or decision gate: the middle of its day."""
        return self.x_of(d) + self.px_per_day / 2

    # --- rows -------------------------------------------------------------------------
    def row_y(self, row: int) -> float:
        return row * self.row_height

    def row_at(self, y: float) -> int:
        return math.floor(y / self.row_height + 1e-9)

    def rows_between(self, y0: float, y1: float, count: int) -> range:
        """Rows that intersect [y0, y1], clipped to 0..count."""
        first = max(0, self.row_at(y0))
        last = min(count, self.row_at(y1) + 1)
        return range(first, max(first, last))

    # --- header -----------------------------------------------------------------------
    def minor_ticks(self, x0: float, x1: float) -> list[Tick]:
        """The lower header band for [x0, x1]: days, weeks, months or quarters."""
        scale = self.scale
        unit = {Scale.DAY: "day", Scale.WEEK: "week", Scale.MONTH: "month"}.get(scale, "quarter")
        return self._ticks(unit, x0, x1, self._minor_label)

    def major_ticks(self, x0: float, x1: float, *, short: bool = False) -> list[Tick]:
        """The upper header band: months at day and week zoom, years above. `short` keeps
        month names abbreviated (printed charts, where cells are narrower than on screen)."""
        unit = "month" if self.scale in (Scale.DAY, Scale.WEEK) else "year"
        if short:
            return self._ticks(unit, x0, x1, lambda u, d, _w: self._major_label(u, d, 0.0))
        return self._ticks(unit, x0, x1, self._major_label)

    def weekend_days(self, x0: float, x1: float) -> list[date]:
        """Saturdays and Sundays in [x0, x1] (shaded at day zoom only)."""
        if self.scale is not Scale.DAY:
            return []
        first, last = self.date_at(x0), self.date_at(x1)
        n = (last - first).days + 1
        days = (add_days(first, i) for i in range(n))
        return [d for d in days if is_weekend(d)]

    def _ticks(
        self, unit: str, x0: float, x1: float, labeller: Callable[[str, date, float], str]
    ) -> list[Tick]:
        first, last = self.date_at(x0), self.date_at(x1)
        d = _unit_start(unit, first)
        out: list[Tick] = []
        while d <= last:
            nxt = _unit_next(unit, d)
            xa = self.x_of(d)
            # the last unit of the calendar ends after date.max, which has no successor
            xb = self.x_of(nxt) if nxt > d else self.x_of(date.max) + self.px_per_day
            out.append(Tick(d, xa, xb, labeller(unit, d, xb - xa)))
            if nxt <= d:
                break
            d = nxt
        return out

    def _minor_label(self, unit: str, d: date, width: float) -> str:
        if unit == "day":
            return str(d.day) if width >= 14 else ""
        if unit == "week":
            return self.labels.day_month(d) if width >= 44 else str(d.day)
        if unit == "month":
            name = self.labels.month(d.month, False)
            return name if width >= 26 else name[:1]
        return f"Q{(d.month - 1) // 3 + 1}"

    def _major_label(self, unit: str, d: date, width: float) -> str:
        if unit == "month":
            return self.labels.month_year(d, width >= 110)
        return str(d.year)


def _days(value: float) -> int:
    """floor(value) as a day count, held within the calendar (and finite)."""
    if not math.isfinite(value):
        return _MAX_ORDINAL if value > 0 else -_MAX_ORDINAL
    return math.floor(max(-_MAX_ORDINAL, min(_MAX_ORDINAL, value)))


def _unit_start(unit: str, d: date) -> date:
    if unit == "day":
        return d
    if unit == "week":
        return week_start(d)
    if unit == "month":
        return month_start(d)
    if unit == "quarter":
        return quarter_start(d)
    return date(d.year, 1, 1)


def _unit_next(unit: str, d: date) -> date:
    """The start of the unit after d's (d itself at the end of the calendar)."""
    if unit == "day":
        return add_days(d, 1)
    if unit == "week":
        return add_days(d, 7)
    if unit == "month":
        return add_months(d, 1) if d.year < 9999 or d.month < 12 else d
    if unit == "quarter":
        return add_months(d, 3) if d.year < 9999 or d.month < 10 else d
    return date(d.year + 1, 1, 1) if d.year < 9999 else d


def plan_origin(first: date | None, today: date) -> date:
    """Where the timeline starts: the Monday a few weeks before the plan (or today)."""
    start = min(first, today) if first is not None else today
    return week_start(add_days(start, -21))


def fit_density(first: date, last: date, width_px: float) -> float:
    """Pixels per day that show first..last (plus a small margin) in width_px."""
    days = max(7, (last - first).days + 1) + 6
    return clamp_density(width_px / days)
