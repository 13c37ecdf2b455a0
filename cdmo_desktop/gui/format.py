"""Dates, numbers and money on screen, following the QLocale (the default one unless a
widget passes its own), and reading them back from typed text.

Under English (and Qt's "C" locale, which is what a desktop without a language setting
gives) the screens read "2 Dec 2026", "5 Apr", "Dec 2026", "Wed 2 Dec 2026",
"2 Dec 2026 14:05" and "3,400,000.50"; under German "2. Dez. 2026", "5. Apr.", "Dez. 2026",
"Mi., 2. Dez. 2026" and "3.400.000,50". Languages without a pattern of their own below use
the English arrangement with their own month names and separators.

`parse_amount` and `parse_date` read what a person types: "3.400.000,50" is 3400000.50 under
German; under English "3400000,50" is refused with a message (commas group thousands
there), never read as another number.

Qt-free layers (PDF reports, domain messages) use `cdmo_desktop.domain.formats` instead.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal

from PySide6.QtCore import QDate, QLocale, QTime

from cdmo_desktop.domain import clock
from cdmo_desktop.domain import formats as domain_formats
from cdmo_desktop.gui.i18n import tr

Language = QLocale.Language


@dataclass(frozen=True)
class DatePatterns:
    """QLocale format strings of one language (CLDR's yMMMd, MMMd, yMMM, yMMMEd, yMMMMd)."""

    date: str
    day_month: str
    month_year: str
    weekday_date: str
    long_date: str
    time: str = "HH:mm"


ENGLISH = DatePatterns("d MMM yyyy", "d MMM", "MMM yyyy", "ddd d MMM yyyy", "d MMMM yyyy")
_LATIN = DatePatterns("d MMM yyyy", "d MMM", "MMM yyyy", "ddd d MMM yyyy", "d MMMM yyyy")
PATTERNS: dict[QLocale.Language, DatePatterns] = {
    Language.English: ENGLISH,
    Language.German: DatePatterns(
        "d. MMM yyyy", "d. MMM", "MMM yyyy", "ddd, d. MMM yyyy", "d. MMMM yyyy"
    ),
    Language.French: _LATIN,
    Language.Italian: _LATIN,
    Language.Dutch: _LATIN,
    Language.Spanish: DatePatterns(
        "d MMM yyyy", "d MMM", "MMM yyyy", "ddd, d MMM yyyy", "d 'de' MMMM 'de' yyyy"
    ),
    Language.Portuguese: DatePatterns(
        "d 'de' MMM 'de' yyyy",
        "d 'de' MMM",
        "MMM 'de' yyyy",
        "ddd, d 'de' MMM 'de' yyyy",
        "d 'de' MMMM 'de' yyyy",
    ),
}


def effective_locale(locale: QLocale | None = None) -> QLocale:
    """`locale`, else the default QLocale; the "C" locale reads as British English (it has
    English names but no thousands separator)."""
    loc = locale if locale is not None else QLocale()
    if loc.language() == Language.C:
        return QLocale(Language.English, QLocale.Country.UnitedKingdom)
    return loc


def patterns(locale: QLocale | None = None) -> DatePatterns:
    return PATTERNS.get(effective_locale(locale).language(), ENGLISH)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _with(d: date | None, pattern: Callable[[DatePatterns], str], locale: QLocale | None) -> str:
    if d is None:
        return ""
    loc = effective_locale(locale)
    return loc.toString(_qdate(d), pattern(PATTERNS.get(loc.language(), ENGLISH)))


def date_text(d: date | None, locale: QLocale | None = None) -> str:
    """ "2 Dec 2026" ("2. Dez. 2026" under German); "" for no date."""
    return _with(d, lambda p: p.date, locale)


def day_month_text(d: date | None, locale: QLocale | None = None) -> str:
    """ "5 Apr": a date whose year is plain from its context."""
    return _with(d, lambda p: p.day_month, locale)


def month_year_text(d: date | None, locale: QLocale | None = None) -> str:
    """ "Dec 2026"."""
    return _with(d, lambda p: p.month_year, locale)


def weekday_date_text(d: date | None, locale: QLocale | None = None) -> str:
    """ "Wed 2 Dec 2026"."""
    return _with(d, lambda p: p.weekday_date, locale)


def long_date_text(d: date | None, locale: QLocale | None = None) -> str:
    """ "2 December 2026"."""
    return _with(d, lambda p: p.long_date, locale)


def numeric_date_text(d: date, locale: QLocale | None = None) -> str:
    """The locale's all-digit form with the year in full: "07.12.2026" (German),
    "12/7/2026" (US), "07/12/2026" (UK). Used in hints about what may be typed."""
    loc = effective_locale(locale)
    short = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    return loc.toString(_qdate(d), short)


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo is not None else moment


def time_text(moment: datetime, locale: QLocale | None = None, *, seconds: bool = False) -> str:
    """ "14:05" (or "14:05:33") in local time: an aware moment is converted, a naive one
    is taken as local."""
    m = _local(moment)
    loc = effective_locale(locale)
    pattern = patterns(loc).time + (":ss" if seconds else "")
    return loc.toString(QTime(m.hour, m.minute, m.second), pattern)


def datetime_text(
    moment: datetime | None, locale: QLocale | None = None, *, seconds: bool = False
) -> str:
    """ "2 Dec 2026 14:05" in local time; "" for none."""
    if moment is None:
        return ""
    m = _local(moment)
    return f"{date_text(m.date(), locale)} {time_text(m, locale, seconds=seconds)}"


def moment_text(moment: datetime, locale: QLocale | None = None) -> str:
    """ "10:42" for a moment today (local time), "2 Dec 2026 10:42" for an earlier one."""
    m = _local(moment)
    if m.date() == datetime.now(m.tzinfo).date():
        return time_text(m, locale)
    return datetime_text(m, locale)


def number_text(value: int | Decimal, decimals: int = 0, locale: QLocale | None = None) -> str:
    """ "12,400" / "12.400" (thousands grouped as the locale groups them); with `decimals`,
    that many places after the locale's decimal sign. Exact: no float on the way."""
    loc = effective_locale(locale)
    quantum = Decimal(1).scaleb(-decimals)
    exact = Decimal(value).quantize(quantum, rounding=ROUND_HALF_EVEN)
    whole, _, fraction = f"{abs(exact):f}".partition(".")
    if len(whole) <= 18:
        grouped = loc.toString(int(whole))
    else:  # beyond a 64-bit integer: group by threes
        grouped = f"{int(whole):,}".replace(",", loc.groupSeparator())
    text = grouped + (loc.decimalPoint() + fraction if decimals else "")
    return (loc.negativeSign() + text) if exact < 0 and not exact.is_zero() else text


def amount_text(
    amount: Decimal | None, currency: str = "", locale: QLocale | None = None, decimals: int = 2
) -> str:
    """ "3,400,000.50 USD" ("3.400.000,50 USD" under German); "" for no amount."""
    if amount is None:
        return ""
    text = number_text(amount, decimals, locale)
    return f"{text} {currency}" if currency else text


# --- reading typed text -----------------------------------------------------------------
_GROUP_MARKS = frozenset(" \u00a0\u202f\u2009'’")  # spaces and apostrophes group digits too
_SIGNS = frozenset("-−+")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_DATE_SEPARATORS = frozenset(" \t\u00a0\u202f.,/-'’")


def _sign_name(char: str) -> str:
    if char == ".":
        return tr("a point")
    if char == ",":
        return tr("a comma")
    return f"“{char}”"


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(ch)) for ch in text)


def _group_sizes(text: str, separator: str) -> list[int]:
    return [len(part) for part in text.split(separator)]


def parse_amount(text: str, locale: QLocale | None = None, decimals: int = 2) -> Decimal:
    """The amount typed in `text`, in the locale's notation: "3,400,000.50" (English),
    "3.400.000,50" (German); spaces and apostrophes may group thousands as well, and groups
    are optional ("3400000.50"). Raises ValueError with a one-sentence message for text
    that is not an amount in that notation (a decimal comma under English, "1.5" under
    German, misplaced group marks, more than `decimals` decimals): it is refused, never
    read as some other number."""
    loc = effective_locale(locale)
    point, group = loc.decimalPoint(), loc.groupSeparator()
    example = number_text(Decimal("3400000.50"), decimals, loc)
    typed = text.strip()
    if not typed:
        raise ValueError(tr("Enter an amount such as {example}.").format(example=example))
    negative = typed[0] in _SIGNS - {"+"} or typed.startswith(loc.negativeSign())
    body = typed[1:].lstrip() if typed[0] in _SIGNS or negative else typed
    marks = (_GROUP_MARKS | {group}) - {point}
    if not any(ch.isdecimal() for ch in body) or any(
        not (ch.isdecimal() or ch == point or ch in marks) for ch in body
    ):
        raise ValueError(
            tr("“{typed}” is not an amount: type digits only, as in {example}.").format(
                typed=typed, example=example
            )
        )
    whole, _, fraction = body.partition(point)
    misread = tr(
        "“{typed}” is not an amount in this notation: write it as {example}, with {sign} "
        "before the decimals."
    ).format(typed=typed, example=example, sign=_sign_name(point))
    if point in fraction or any(ch in marks for ch in fraction):
        raise ValueError(misread)
    digits = _ascii_digits("".join(ch for ch in whole if ch.isdecimal())).lstrip("0") or "0"
    if any(ch in marks for ch in whole):
        reference = QLocale(loc)
        reference.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        typed_groups = "".join(group if ch in marks else ch for ch in whole)
        if len(digits) > 18 or _group_sizes(typed_groups, group) != _group_sizes(
            reference.toString(int(digits)), reference.groupSeparator()
        ):
            raise ValueError(misread)
    if len(fraction) > decimals:
        if decimals == 0:
            raise ValueError(
                tr("“{typed}” is not a whole amount: write it as {example}.").format(
                    typed=typed, example=example
                )
            )
        raise ValueError(
            tr("“{typed}” has more than {decimals} decimals: write it as {example}.").format(
                typed=typed, decimals=decimals, example=example
            )
        )
    value = Decimal(f"{'-' if negative else ''}{digits}.{_ascii_digits(fraction) or '0'}")
    return value.quantize(Decimal(1).scaleb(-decimals))


def _fold(word: str) -> str:
    """Lower case, no accents, no abbreviation point: "Mär." -> "mar"."""
    plain = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold().strip(".")


@functools.cache
def _names(locale_name: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names (English and the locale's, long and short) -> number
    (months 1-12, weekdays 1 = Monday)."""
    loc = QLocale(locale_name)
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    long_, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    for n in range(1, 13):
        for name in (domain_formats.month_name(n), domain_formats.month_name(n, long=True)):
            months.setdefault(_fold(name), n)
        for kind in (long_, short):
            for name in (loc.monthName(n, kind), loc.standaloneMonthName(n, kind)):
                months.setdefault(_fold(name), n)
    for n in range(1, 8):
        weekdays.setdefault(_fold(domain_formats.WEEKDAYS[n - 1]), n)
        weekdays.setdefault(_fold(domain_formats.WEEKDAYS_LONG[n - 1]), n)
        for kind in (long_, short):
            weekdays.setdefault(_fold(loc.dayName(n, kind)), n)
    return months, weekdays


def _lookup(table: dict[str, int], word: str, shortest: int) -> int | None:
    """The number of a name, or of the one name that starts with `word` ("Sept")."""
    folded = _fold(word)
    if folded in table:
        return table[folded]
    if len(folded) >= shortest:
        hits = {n for name, n in table.items() if name.startswith(folded)}
        if len(hits) == 1:
            return hits.pop()
    return None


def _numeric_order(loc: QLocale) -> str:
    """ "dmy", "mdy" or "ymd": how the locale writes a date in digits."""
    short = loc.dateFormat(QLocale.FormatType.ShortFormat)
    where = {part: short.find(char) for part, char in (("d", "d"), ("m", "M"), ("y", "y"))}
    if min(where.values()) < 0:
        return "dmy"
    return "".join(sorted(where, key=lambda part: where[part]))


def parse_date(text: str, locale: QLocale | None = None) -> date:
    """The date typed in `text`: "7 Dec 2026", "7 December 2026", "Dec 7, 2026",
    "2026-12-07", or digits in the locale's order ("07.12.2026" German, "12/7/2026" US,
    "7/12/2026" UK; a two-digit year is 20xx). Month names may be English or the locale's,
    abbreviated or not; a weekday may come along and must fit. Raises ValueError with a
    one-sentence message for anything else."""
    loc = effective_locale(locale)
    typed = text.strip()
    sample = clock.today()
    forms = tr("{long}, {numeric} or {iso}").format(
        long=date_text(sample, loc), numeric=numeric_date_text(sample, loc), iso=sample.isoformat()
    )
    not_a_date = tr("“{typed}” is not a date: type it as {forms}.").format(typed=typed, forms=forms)
    if not typed:
        raise ValueError(tr("Enter a date such as {forms}.").format(forms=forms))
    tokens = _TOKEN.findall(typed)
    if not tokens or any(ch not in _DATE_SEPARATORS for ch in _TOKEN.sub("", typed)):
        raise ValueError(not_a_date)
    month_names, weekday_names = _names(loc.name())
    numbers = [t for t in tokens if t.isdecimal()]
    month: int | None = None
    weekday: int | None = None
    for word in (t for t in tokens if not t.isdecimal()):
        found = _lookup(month_names, word, 3) if month is None else None
        if found is not None:
            month = found
            continue
        found = _lookup(weekday_names, word, 2) if weekday is None else None
        if found is None:
            raise ValueError(
                tr("“{typed}” is not a date: “{word}” is not a month; type {forms}.").format(
                    typed=typed, word=word, forms=forms
                )
            )
        weekday = found
    values = [int(_ascii_digits(n)) for n in numbers]
    sizes = [len(n) for n in numbers]
    if month is not None:
        if len(numbers) != 2 or sorted(sizes)[0] > 2 or sorted(sizes)[1] != 4:
            raise ValueError(
                tr(
                    "“{typed}” is not a date: give the day and the full year, as in {example}."
                ).format(typed=typed, example=date_text(sample, loc))
            )
        year, day = (values[0], values[1]) if sizes[0] == 4 else (values[1], values[0])
    else:
        order = "ymd" if sizes and sizes[0] == 4 else _numeric_order(loc)
        at = {part: i for i, part in enumerate(order)}
        if (
            len(numbers) != 3
            or sizes[at["y"]] not in (2, 4)
            or max(sizes[at["m"]], sizes[at["d"]]) > 2
        ):
            raise ValueError(not_a_date)
        year = values[at["y"]] + (2000 if sizes[at["y"]] == 2 else 0)
        month, day = values[at["m"]], values[at["d"]]
    if not 1 <= month <= 12:
        raise ValueError(
            tr("“{typed}” is not a date: there is no month {month}.").format(
                typed=typed, month=month
            )
        )
    if year < 1:
        raise ValueError(not_a_date)
    try:
        result = date(year, month, day)
    except ValueError:
        named = loc.toString(QDate(year, month, 1), "MMMM yyyy")
        raise ValueError(
            tr("“{typed}” is not a date: {month} has no day {day}.").format(
                typed=typed, month=named, day=day
            )
        ) from None
    if weekday is not None and weekday != result.isoweekday():
        actual = loc.dayName(result.isoweekday(), QLocale.FormatType.LongFormat)
        raise ValueError(
            tr("“{typed}” does not add up: {date} is a {weekday}.").format(
                typed=typed, date=date_text(result, loc), weekday=actual
            )
        )
    return result
