"""Time zones and currencies: checked by membership, never by a lookup that can raise, and
found the way a consultant types them."""

from __future__ import annotations

import pytest

from cdmo_desktop.domain import geo


@pytest.mark.parametrize(
    "text", ["Asia", "Europe", "America", "America/", "x" * 5000, "../../etc", "Asia//Kolkata"]
)
def test_folder_names_and_odd_text_are_not_zones(text: str) -> None:
    assert geo.is_time_zone(text) is False


def test_real_zones_are_zones() -> None:
    assert geo.is_time_zone("Asia/Kolkata") and geo.is_time_zone("America/New_York")


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Mumbai", "Asia/Kolkata"),
        ("kolk", "Asia/Kolkata"),
        ("India", "Asia/Kolkata"),
        ("New York", "America/New_York"),
        ("Shanghai", "Asia/Shanghai"),
        ("Suzhou", "Asia/Shanghai"),
        ("Basel", "Europe/Zurich"),
    ],
)
def test_typed_places_find_their_zone_first(typed: str, zone: str) -> None:
    found = geo.find_time_zones(typed)
    assert found and found[0] == zone, found


def test_nothing_found_for_nonsense() -> None:
    assert geo.find_time_zones("qqqzzz") == []
    assert geo.find_time_zones("   ") == []


def test_currencies_are_iso_4217() -> None:
    assert geo.is_currency("EUR") and geo.is_currency("INR") and geo.is_currency("JPY")
    assert not geo.is_currency("ABC") and not geo.is_currency("eur")
