"""Finding a country from typed text: the plain reading first."""

from __future__ import annotations

import pytest

from cdmo_desktop.domain import country_search


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Ind", "IN"),
        ("ind", "IN"),
        ("uk", "GB"),
        ("United K", "GB"),
        ("Kingdom", "GB"),
        ("holland", "NL"),
        ("cote", "CI"),
        ("de", "DE"),  # a code typed in full
        ("Swit", "CH"),
        ("usa", "US"),
        ("Korea", "KR"),
    ],
)
def test_best_match(typed: str, code: str) -> None:
    assert country_search.best_match(typed) == code


def test_prefix_matches_come_before_matches_inside_a_name() -> None:
    names = [name for _code, name in country_search.matches("Ind")]
    assert names[:2] == ["India", "Indonesia"]
    assert names.index("British Indian Ocean Territory") > 1


def test_exact_match_needs_a_whole_name_code_or_other_name() -> None:
    assert country_search.exact_match("Côte d'Ivoire") == "CI"
    assert country_search.exact_match("ivory coast") == "CI"
    assert country_search.exact_match("ch") == "CH"
    assert country_search.exact_match("Ind") is None
    assert country_search.exact_match("") is None


def test_nothing_matches_nonsense() -> None:
    assert country_search.matches("Atlantis") == []
    assert country_search.best_match("Atlantis") is None
    assert country_search.best_match("  ") is None
    assert len(country_search.matches("")) == 249
