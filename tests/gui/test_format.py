"""Dates, numbers and money on screen follow the QLocale; typed amounts and dates are read
in the locale's notation or refused with a message, never misread."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from cdmo_desktop.domain import clock
from cdmo_desktop.gui import format as fmt

pytestmark = pytest.mark.gui

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
C = QLocale.c()
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
SWISS = QLocale(QLocale.Language.German, QLocale.Country.Switzerland)


@pytest.fixture
def german_default(qapp: QApplication) -> Iterator[None]:
    """The app's default locale set to German for one test."""
    previous = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize("locale", [US, UK, C], ids=["en_US", "en_GB", "C"])
def test_english_screens_look_as_before(locale: QLocale) -> None:
    d = date(2026, 12, 2)
    assert fmt.date_text(d, locale) == "2 Dec 2026"
    assert fmt.day_month_text(date(2026, 4, 5), locale) == "5 Apr"
    assert fmt.month_year_text(d, locale) == "Dec 2026"
    assert fmt.weekday_date_text(d, locale) == "Wed 2 Dec 2026"
    assert fmt.long_date_text(d, locale) == "2 December 2026"
    assert fmt.datetime_text(datetime(2026, 12, 2, 14, 5, 9), locale) == "2 Dec 2026 14:05"
    assert fmt.time_text(datetime(2026, 12, 2, 9, 5, 9), locale, seconds=True) == "09:05:09"
    assert fmt.amount_text(Decimal("3400000.5"), "USD", locale) == "3,400,000.50 USD"
    assert fmt.number_text(12400, locale=locale) == "12,400"
    assert fmt.date_text(None, locale) == "" and fmt.amount_text(None, "USD", locale) == ""


def test_german_dates_and_numbers_follow_german_conventions() -> None:
    d = date(2026, 12, 2)
    assert fmt.date_text(d, GERMAN) == "2. Dez. 2026"
    assert fmt.day_month_text(date(2026, 4, 5), GERMAN) == "5. Apr."
    assert fmt.weekday_date_text(d, GERMAN) == "Mi., 2. Dez. 2026"
    assert fmt.long_date_text(d, GERMAN) == "2. Dezember 2026"
    assert fmt.amount_text(Decimal("3400000.50"), "EUR", GERMAN) == "3.400.000,50 EUR"
    assert fmt.number_text(Decimal("-1234.5"), 1, GERMAN) == "-1.234,5"
    assert fmt.numeric_date_text(date(2026, 12, 7), GERMAN) == "07.12.2026"


def test_the_default_locale_is_followed(german_default: None) -> None:
    assert fmt.date_text(date(2026, 12, 2)) == "2. Dez. 2026"
    assert fmt.parse_amount("3.400.000,50") == Decimal("3400000.50")


def test_an_aware_moment_is_shown_in_local_time() -> None:
    moment = datetime(2026, 12, 2, 14, 5, tzinfo=UTC)
    assert fmt.datetime_text(moment, UK) == fmt.datetime_text(moment.astimezone(), UK)


def test_amounts_are_exact_beyond_float_precision() -> None:
    big = Decimal("123456789012345678.25")
    assert fmt.amount_text(big, "", UK) == "123,456,789,012,345,678.25"
    assert fmt.amount_text(Decimal("-0.001"), "", UK) == "0.00"


# --- amounts typed ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "locale", "amount"),
    [
        ("3.400.000,50", GERMAN, "3400000.50"),
        ("1.234,5", GERMAN, "1234.50"),
        ("3400000,50", GERMAN, "3400000.50"),
        ("-12,50", GERMAN, "-12.50"),
        ("3,400,000.50", US, "3400000.50"),
        ("3400000.50", UK, "3400000.50"),
        ("1,234", US, "1234.00"),
        ("250 000", US, "250000.00"),
        (".5", US, "0.50"),
        ("3 400 000,50", FRENCH, "3400000.50"),
        (
            "3'400'000.50",
            QLocale(QLocale.Language.German, QLocale.Country.Switzerland),
            "3400000.50",
        ),
        ("1,234.5", C, "1234.50"),
    ],
)
def test_amounts_are_read_in_the_locale_notation(typed: str, locale: QLocale, amount: str) -> None:
    value = fmt.parse_amount(typed, locale)
    assert value == Decimal(amount) and isinstance(value, Decimal)


@pytest.mark.parametrize(
    ("typed", "locale", "says"),
    [
        ("3400000,50", US, "with a point before the decimals"),
        ("3400000,50", C, "with a point before the decimals"),
        ("1,5", UK, "write it as 3,400,000.50"),
        ("3.400.000,50", US, "write it as 3,400,000.50"),
        ("3400000.50", GERMAN, "with a comma before the decimals"),
        ("1.5", GERMAN, "write it as 3.400.000,50"),
        ("1,2345", GERMAN, "more than 2 decimals"),
        ("12 EUR", US, "type digits only"),
        ("", US, "Enter an amount"),
    ],
)
def test_amounts_in_the_wrong_notation_are_refused(typed: str, locale: QLocale, says: str) -> None:
    with pytest.raises(ValueError, match=says) as refused:
        fmt.parse_amount(typed, locale)
    message = str(refused.value)
    assert message.endswith(".") and message.count(". ") == 0  # one sentence


def test_whole_amounts() -> None:
    assert fmt.parse_amount("3.400.000", GERMAN, decimals=0) == Decimal(3400000)
    with pytest.raises(ValueError, match="not a whole amount"):
        fmt.parse_amount("12,5", GERMAN, decimals=0)


# --- dates typed --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "locale"),
    [
        ("7 Dec 2026", UK),
        ("7 December 2026", US),
        ("7 december 2026", C),
        ("Dec 7, 2026", US),
        ("2026-12-07", GERMAN),
        ("2026/12/07", US),
        ("07.12.2026", GERMAN),
        ("7.12.26", GERMAN),
        ("12/7/2026", US),
        ("7/12/2026", UK),
        ("7. Dez. 2026", GERMAN),
        ("7. Dezember 2026", GERMAN),
        ("7 Dec 2026", GERMAN),  # English month names are understood everywhere
        ("Mon 7 Dec 2026", UK),
        ("Mo., 7. Dez. 2026", GERMAN),
        ("  7 Dec 2026  ", UK),
    ],
)
def test_typed_dates(typed: str, locale: QLocale) -> None:
    assert fmt.parse_date(typed, locale) == date(2026, 12, 7)


@pytest.mark.parametrize(
    ("typed", "locale", "says"),
    [
        ("31 Feb 2026", UK, "February 2026 has no day 31"),
        ("29.02.2027", GERMAN, "Februar 2027 has no day 29"),
        ("7/13/2026", UK, "there is no month 13"),
        ("13/7/2026", US, "there is no month 13"),
        ("7 Dec", UK, "give the day and the full year"),
        ("banana", UK, "is not a date"),
        ("7 Dezember 2026", UK, "is not a month"),
        ("Tue 7 Dec 2026", UK, "7 Dec 2026 is a Monday"),
        ("07.12", GERMAN, "is not a date"),
        ("20261207", UK, "is not a date"),
        ("7 Dec 2026!", UK, "is not a date"),
        ("", UK, "Enter a date"),
    ],
)
def test_nonsense_dates_are_refused_with_a_message(typed: str, locale: QLocale, says: str) -> None:
    with clock.frozen(date(2026, 12, 7)), pytest.raises(ValueError, match=says):
        fmt.parse_date(typed, locale)


def test_the_message_shows_the_forms_that_work() -> None:
    with clock.frozen(date(2026, 12, 7)), pytest.raises(ValueError) as refused:
        fmt.parse_date("soon", US)
    assert "7 Dec 2026, 12/7/2026 or 2026-12-07" in str(refused.value)
