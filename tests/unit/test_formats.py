"""Qt-free date and money text for PDFs and domain messages: English, one form each."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cdmo_desktop.domain import formats


def test_dates() -> None:
    d = date(2026, 12, 2)
    assert formats.date_text(d) == "2 Dec 2026"
    assert formats.long_date_text(d) == "2 December 2026"
    assert formats.day_month_text(date(2026, 4, 5)) == "5 Apr"
    assert formats.month_year_text(d) == "Dec 2026"
    assert formats.month_year_text(d, long=True) == "December 2026"
    assert formats.weekday_name(d) == "Wed" and formats.weekday_name(d, long=True) == "Wednesday"
    assert formats.date_text(None) == "" and formats.long_date_text(None) == ""


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        (Decimal("3400000.5"), "USD", "3,400,000.50 USD"),
        (Decimal("0.005"), "", "0.00"),  # half to even, and no "-0.00"
        (Decimal("-0.001"), "EUR", "0.00 EUR"),
        (Decimal("-1234.567"), "CHF", "-1,234.57 CHF"),
        (12, "", "12.00"),
        (Decimal("123456789012345678901.25"), "", "123,456,789,012,345,678,901.25"),
    ],
)
def test_amounts_are_exact(amount: Decimal | int, currency: str, text: str) -> None:
    assert formats.amount_text(amount, currency) == text
