"""KPIs without a database: the shipped library, periods, status, trend and the checks.

A KPI has a direction (higher or lower is better), a target and two thresholds: the
**amber** line (a value worse than it is amber; unset, the target is the line) and the
**red** line (a value worse than it is red). So for "on-time delivery, higher is better,
target 95, amber 95, red 85": 96 is green, 90 amber, 80 red. A threshold on the wrong side
of the target (an amber line above the target when higher is better) is refused.

Measurements are keyed by the first day of their period (month, quarter or year).
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiTrend, KpiUnit, Rag
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.resources import resources_dir

Errors = dict[str, str]

# How many of the latest values the trend looks at, and the share of their size a change
# must exceed to count as improving or worsening (smaller moves are "stable").
TREND_WINDOW = 6
TREND_TOLERANCE = 0.05
RECENT = 12  # values a KPI row carries for its sparkline
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class KpiTemplate:
    """One library entry: what a new engagement KPI starts from."""

    key: str
    name: str
    unit: KpiUnit
    direction: KpiDirection
    period: KpiPeriod
    target: float | None = None
    amber: float | None = None
    red: float | None = None
    applies_to: tuple[str, ...] = ()
    description: str = ""
    own: bool = False  # the consultant's own entry (kpi_definition), not the shipped one


# --- the shipped library -----------------------------------------------------------------
def library_path() -> Path:
    return resources_dir() / "kpis" / "library.toml"


def _number(raw: object) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ValueError(f"not a number: {raw!r}")
    return float(raw)


@functools.cache
def load_library(path: Path | None = None) -> tuple[KpiTemplate, ...]:
    """The KPI templates of a library file, in file order (read once)."""
    raw = tomllib.loads((path or library_path()).read_text(encoding="utf-8"))
    out = []
    for key, v in raw["kpi"].items():
        template = KpiTemplate(
            key=key,
            name=str(v["name"]).strip(),
            unit=KpiUnit(v["unit"]),
            direction=KpiDirection(v["direction"]),
            period=KpiPeriod(v.get("period", "month")),
            target=_number(v.get("target")),
            amber=_number(v.get("amber")),
            red=_number(v.get("red")),
            applies_to=tuple(str(a) for a in v.get("applies_to", ())),
            description=str(v.get("description", "")).strip(),
        )
        errors = kpi_errors(
            template.unit, template.direction, template.target, template.amber, template.red
        )
        if errors:
            raise ValueError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "KPI library entry {key}: {value}"),
                    key=key,
                    value=next(iter(errors.values())),
                )
            )
        out.append(template)
    return tuple(out)


def shipped_library() -> list[KpiTemplate]:
    """The KPI library shipped with the application (resources/kpis/library.toml)."""
    return list(load_library())


# --- periods -------------------------------------------------------------------------------
def period_start(period: KpiPeriod, day: date) -> date:
    """The first day of the period holding `day`."""
    if period is KpiPeriod.YEAR:
        return date(day.year, 1, 1)
    if period is KpiPeriod.QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, day.month, 1)


def _months(period: KpiPeriod) -> int:
    return {KpiPeriod.MONTH: 1, KpiPeriod.QUARTER: 3, KpiPeriod.YEAR: 12}[period]


def _add_months(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def next_period(period: KpiPeriod, start: date) -> date:
    """The first day of the period after the one starting (or holding) `start`."""
    return _add_months(period_start(period, start), _months(period))


def previous_period(period: KpiPeriod, start: date) -> date:
    return _add_months(period_start(period, start), -_months(period))


def period_label(period: KpiPeriod, start: date) -> str:
    """ "Mar 2026", "Q1 2026" or "2026"."""
    if period is KpiPeriod.YEAR:
        return str(start.year)
    if period is KpiPeriod.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return f"{_MONTHS[start.month - 1]} {start.year}"


def last_periods(period: KpiPeriod, today: date, count: int) -> list[date]:
    """The starts of the `count` periods up to and including the current one, oldest first."""
    out = [period_start(period, today)]
    while len(out) < count:
        out.append(previous_period(period, out[-1]))
    return out[::-1]


def period_ended(period: KpiPeriod, start: date, today: date) -> bool:
    """True once the whole period lies before `today`."""
    return next_period(period, start) <= today


# --- status and trend ----------------------------------------------------------------------
def _worse(direction: KpiDirection, value: float, line: float) -> bool:
    if direction is KpiDirection.LOWER_BETTER:
        return value > line
    return value < line


def kpi_status(
    direction: KpiDirection,
    target: float | None,
    amber: float | None,
    red: float | None,
    value: float | None,
) -> Rag | None:
    """Green, amber or red for `value` (None without a value or without any line)."""
    if value is None or not math.isfinite(value):
        return None
    amber_line = amber if amber is not None else target
    if amber_line is None and red is None:
        return None
    if red is not None and _worse(direction, value, red):
        return Rag.RED
    if amber_line is not None and _worse(direction, value, amber_line):
        return Rag.AMBER
    return Rag.GREEN


def kpi_trend(values: Sequence[float], direction: KpiDirection) -> KpiTrend | None:
    """Improving, stable or worsening over the last TREND_WINDOW values (oldest first), from
    the least-squares slope; None with fewer than three values."""
    window = [float(v) for v in values[-TREND_WINDOW:] if math.isfinite(v)]
    n = len(window)
    if n < 3:
        return None
    mean_x = (n - 1) / 2
    mean_y = sum(window) / n
    sxx = sum((i - mean_x) ** 2 for i in range(n))
    slope = sum((i - mean_x) * (y - mean_y) for i, y in enumerate(window)) / sxx
    change = slope * (n - 1)
    scale = max(abs(v) for v in window)
    if scale == 0 or abs(change) <= TREND_TOLERANCE * scale:
        return KpiTrend.STABLE
    rising = change > 0
    good = rising if direction is KpiDirection.HIGHER_BETTER else not rising
    return KpiTrend.IMPROVING if good else KpiTrend.WORSENING


# --- checks ----------------------------------------------------------------------------------
NOT_A_NUMBER = {
    "target": QT_TRANSLATE_NOOP("messages", "The target must be a number."),
    "amber": QT_TRANSLATE_NOOP("messages", "The amber must be a number."),
    "red": QT_TRANSLATE_NOOP("messages", "The red must be a number."),
}
NOT_FINITE = {
    "target": QT_TRANSLATE_NOOP("messages", "The target must be a finite number."),
    "amber": QT_TRANSLATE_NOOP("messages", "The amber must be a finite number."),
    "red": QT_TRANSLATE_NOOP("messages", "The red must be a finite number."),
}
ENTER_NUMBER = QT_TRANSLATE_NOOP("messages", "Enter a number.")
ENTER_FINITE = QT_TRANSLATE_NOOP("messages", "Enter a finite number.")
NEGATIVE_UNIT = {
    KpiUnit.DAYS: QT_TRANSLATE_NOOP("messages", "Days cannot be negative."),
    KpiUnit.HOURS: QT_TRANSLATE_NOOP("messages", "Hours cannot be negative."),
}
AMBER_SIDE = {
    "above": QT_TRANSLATE_NOOP("messages", "The amber threshold cannot be above the target."),
    "below": QT_TRANSLATE_NOOP("messages", "The amber threshold cannot be below the target."),
}
RED_SIDE = {
    ("above", "target"): QT_TRANSLATE_NOOP(
        "messages", "The red threshold cannot be above the target."
    ),
    ("below", "target"): QT_TRANSLATE_NOOP(
        "messages", "The red threshold cannot be below the target."
    ),
    ("above", "amber threshold"): QT_TRANSLATE_NOOP(
        "messages", "The red threshold cannot be above the amber threshold."
    ),
    ("below", "amber threshold"): QT_TRANSLATE_NOOP(
        "messages", "The red threshold cannot be below the amber threshold."
    ),
}


def measurement_error(unit: KpiUnit, value: object) -> str | None:
    """Why `value` cannot be a measurement in `unit` (None when it can)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return msg(ENTER_NUMBER)
    if not math.isfinite(value):
        return msg(ENTER_FINITE)
    if unit is KpiUnit.PERCENT and not 0 <= value <= 100:
        return msg(QT_TRANSLATE_NOOP("messages", "A percentage must be from 0 to 100."))
    if unit is KpiUnit.COUNT:
        if value < 0:
            return msg(QT_TRANSLATE_NOOP("messages", "A count cannot be negative."))
        if value != int(value):
            return msg(QT_TRANSLATE_NOOP("messages", "A count is a whole number."))
    if unit in (KpiUnit.DAYS, KpiUnit.HOURS) and value < 0:
        return msg(NEGATIVE_UNIT[unit])
    return None


def kpi_errors(
    unit: KpiUnit,
    direction: KpiDirection,
    target: float | None,
    amber: float | None,
    red: float | None,
) -> Errors:
    """{field: message} for a target or threshold the KPI may not have: a value its unit
    refuses, an amber line better than the target, a red line better than the amber line."""
    errors: Errors = {}
    for field, value in (("target", target), ("amber", amber), ("red", red)):
        if value is None:
            continue
        problem = measurement_error(unit, value)
        if problem is not None and unit is KpiUnit.COUNT and "whole" in problem:
            problem = None  # a target of 0.5 deviations per batch is fine for a count
        if problem == ENTER_NUMBER:
            problem = msg(NOT_A_NUMBER[field])
        elif problem == ENTER_FINITE:
            problem = msg(NOT_FINITE[field])
        if problem is not None:
            errors[field] = problem
    higher = direction is KpiDirection.HIGHER_BETTER
    side = "above" if higher else "below"
    if "amber" not in errors and "target" not in errors and None not in (amber, target):
        assert amber is not None and target is not None
        if not _worse(direction, amber, target) and amber != target:
            errors["amber"] = msg(AMBER_SIDE[side])
    amber_line = amber if amber is not None else target
    line_name = "amber threshold" if amber is not None else "target"
    if (
        "red" not in errors
        and red is not None
        and amber_line is not None
        and not _worse(direction, red, amber_line)
        and red != amber_line
    ):
        errors["red"] = msg(RED_SIDE[side, line_name])
    return errors


# --- a charter's free-text target --------------------------------------------------------------
@dataclass(frozen=True)
class ParsedTarget:
    target: float
    unit: KpiUnit
    direction: KpiDirection


_HIGHER: tuple[str, ...] = (
    ">=",
    "≥",
    ">",
    "at least",
    "min",
    "min.",
    "minimum",
    "above",
    "over",
    "more than",
)
_LOWER: tuple[str, ...] = (
    "<=",
    "≤",
    "<",
    "at most",
    "max",
    "max.",
    "maximum",
    "below",
    "under",
    "less than",
)
_LOWER += ("no more than", "within", "up to")
_UNITS = {
    "%": KpiUnit.PERCENT,
    "percent": KpiUnit.PERCENT,
    "days": KpiUnit.DAYS,
    "day": KpiUnit.DAYS,
    "d": KpiUnit.DAYS,
    "working days": KpiUnit.DAYS,
    "business days": KpiUnit.DAYS,
    "hours": KpiUnit.HOURS,
    "hour": KpiUnit.HOURS,
    "hrs": KpiUnit.HOURS,
    "h": KpiUnit.HOURS,
}
_TARGET_RE = re.compile(
    r"^\s*(?P<op>" + "|".join(re.escape(w) for w in sorted(_HIGHER + _LOWER, key=len)[::-1]) + r")?"
    r"\s*(?P<num>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>%|[A-Za-zµ/]+(?: days)?)?\s*$",
    re.IGNORECASE,
)


def parse_target(text: str) -> ParsedTarget | None:
    """The number, unit and direction of a free-text target when it clearly is one
    (">= 95%", "<= 30 days", "under 48 hours", "100%", "<= 10 ppm"); None otherwise
    ("Released by the agreed depot date", ">= 24 at >= 95% purity")."""
    match = _TARGET_RE.match(text)
    if match is None:
        return None
    op = (match["op"] or "").lower()
    raw_unit = (match["unit"] or "").lower()
    unit = _UNITS.get(raw_unit, KpiUnit.NUMBER)
    value = float(match["num"])
    if op in _HIGHER:
        direction = KpiDirection.HIGHER_BETTER
    elif op in _LOWER:
        direction = KpiDirection.LOWER_BETTER
    elif unit is KpiUnit.PERCENT and value == 100:
        direction = KpiDirection.HIGHER_BETTER  # nothing is better than all of them
    else:
        return None
    if measurement_error(unit, value) is not None:
        return None
    return ParsedTarget(value, unit, direction)


def number_text(value: float) -> str:
    """A KPI number without a needless ".0" (95, 0.5, 12.25)."""
    return f"{value:.6g}" if value != int(value) else str(int(value))


def target_text(unit: KpiUnit, direction: KpiDirection, target: float | None) -> str:
    """ ">= 95%", "<= 30 days": a numeric target written as a charter shows it."""
    if target is None:
        return ""
    op = ">=" if direction is KpiDirection.HIGHER_BETTER else "<="
    suffix = {KpiUnit.PERCENT: "%", KpiUnit.DAYS: " days", KpiUnit.HOURS: " hours"}.get(unit, "")
    return f"{op} {number_text(target)}{suffix}"
