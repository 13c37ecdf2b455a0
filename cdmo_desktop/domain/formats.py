"""Dates and amounts as text for the layers without Qt: PDF reports, snapshots, domain
messages and the timeline's header labels. English, one form each ("2 Dec 2026",
"2 December 2026", "2 Dec", "3,400,000.50 USD").

The month names are spelled out here rather than taken from `strftime("%b")`, which
follows the C library's locale: once Qt has started (it sets the process locale from the
environment) a German desktop would turn "Dec" into "Dez" in some places and not others.
On screen, `cdmo_desktop.gui.format` follows the user's QLocale instead.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_name(month: int, *, long: bool = False) -> str:
    """ "Dec" (or "December" with `long`) for 12."""
    return (MONTHS_LONG if long else MONTHS)[month - 1]


def date_text(d: date | None) -> str:
    """ "2 Dec 2026"; "" for no date."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if d else ""


def long_date_text(d: date | None) -> str:
    """ "2 December 2026"; "" for no date."""
    return f"{d.day} {MONTHS_LONG[d.month - 1]} {d.year}" if d else ""


def day_month_text(d: date) -> str:
    """ "2 Dec" (a date whose year is plain from its context)."""
    return f"{d.day} {MONTHS[d.month - 1]}"


def month_year_text(d: date, *, long: bool = False) -> str:
    """ "Dec 2026" (or "December 2026" with `long`)."""
    return f"{month_name(d.month, long=long)} {d.year}"


def weekday_name(d: date, *, long: bool = False) -> str:
    """ "Wed" (or "Wednesday" with `long`)."""
    return (WEEKDAYS_LONG if long else WEEKDAYS)[d.weekday()]


def amount_text(amount: Decimal | int, currency: str = "", decimals: int = 2) -> str:
    """ "3,400,000.50 USD": thousands grouped, `decimals` places, the ISO code after it.
    Exact for any Decimal (no float on the way)."""
    quantum = Decimal(1).scaleb(-decimals)
    value = Decimal(amount).quantize(quantum, rounding=ROUND_HALF_EVEN)
    text = f"{value:,.{decimals}f}"
    if value.is_zero() and text.startswith("-"):
        text = text[1:]
    return f"{text} {currency}" if currency else text
