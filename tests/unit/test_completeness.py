"""Charter completeness: every kickoff question, unanswered, thin and answered."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cdmo_desktop.domain.completeness import (
    CharterFacts,
    EscalationFacts,
    MetricFacts,
    answer_state,
    charter_completeness,
)
from cdmo_desktop.domain.enums import Side

FULL = CharterFacts(
    who_summary="Client CMC lead, partner project manager and the consultant.",
    decision_maker="Dr. Ana Ruiz (client VP CMC)",
    team_sides=(Side.CLIENT, Side.PARTNER, Side.CONSULTANT),
    workstreams=3,
    raci_violations=0,
    kickoff_date=date(2026, 3, 2),
    planned_start=date(2026, 3, 9),
    planned_end=date(2026, 12, 18),
    decision_gates=2,
    site_count=1,
    scope="Develop and scale the API route to 5 kg under non-GMP conditions.",
    deliverables="Development report, 5 kg batch, impurity profile and CoA.",
    methods="Route scouting, DoE optimisation, validated HPLC methods for release.",
    quality_standards="ICH Q7 principles, partner QMS, client approval of specifications.",
    tech_transfer="Client sends the lab procedure and analytical methods.",
    client_provides="Reference standard, tox data",
    client_approves="Specifications and batch records",
    client_reviews="Monthly reports, deviations",
    metrics=(MetricFacts("On-time delivery", ">= 95 %", "Milestones met / planned"),),
    escalation=(
        EscalationFacts("Project managers", "Slip > 1 week", 24),
        EscalationFacts("Heads of CMC", "Slip > 1 month or a failed batch", 72),
    ),
    channels=2,
    kickoff_place="Basel site, meeting room 2",
    attendees=4,
    client_signatory="Ana Ruiz",
    client_signed_date=date(2026, 3, 5),
    partner_signatory="Li Wei",
    partner_signed_date=date(2026, 3, 6),
)

KEYS = [
    "who.people",
    "who.decides",
    "who.raci",
    "when.dates",
    "when.decision_points",
    "where",
    "how.scope",
    "how.methods",
    "how.tech_transfer",
    "client.role",
    "metrics",
    "escalation",
    "communication",
    "kickoff",
    "signoff",
]


def test_a_complete_charter_answers_every_question() -> None:
    result = charter_completeness(FULL)
    assert [i.key for i in result.items] == KEYS
    assert result.percent == 100 and result.missing == []
    assert all(i.label and i.hint == "" for i in result.items)


def test_an_empty_charter_answers_none_and_every_item_says_what_to_do() -> None:
    result = charter_completeness(CharterFacts())
    assert result.percent == 0
    assert all(not i.ok and i.hint.endswith(".") for i in result.items)


# (changes that break exactly one question, the question, a word the hint must contain)
BREAKS = [
    ({"team_sides": (Side.CLIENT, Side.CONSULTANT)}, "who.people", "partner"),
    ({"decision_maker": "  "}, "who.decides", "decisions"),
    ({"workstreams": 0}, "who.raci", "workstreams"),
    ({"raci_violations": 2}, "who.raci", "2 RACI"),
    ({"planned_end": None}, "when.dates", "planned end"),
    ({"decision_gates": 0}, "when.decision_points", "Schedule"),
    ({"site_count": 0}, "where", "sites"),
    ({"scope": "API"}, "how.scope", "scope is thin"),
    ({"deliverables": ""}, "how.scope", "deliverables is empty"),
    ({"methods": "TBD"}, "how.methods", "methods is thin"),
    ({"quality_standards": "GMP"}, "how.methods", "quality standards"),
    ({"tech_transfer": "n/a"}, "how.tech_transfer", "tech transfer"),
    ({"client_approves": "?"}, "client.role", "approves"),
    ({"metrics": ()}, "metrics", "at least one"),
    ({"metrics": (MetricFacts("Yield", "", ""),)}, "metrics", "Yield"),
    ({"escalation": (EscalationFacts("PMs", "slip", 24),)}, "escalation", "at least 2"),
    (
        {"escalation": (EscalationFacts("PMs", "slip", 24), EscalationFacts("VPs", "", None))},
        "escalation",
        "Level 2",
    ),
    ({"channels": 0}, "communication", "Communication tab"),
    ({"kickoff_place": ""}, "kickoff", "place"),
    ({"attendees": 1}, "kickoff", "attendees"),
    ({"partner_signed_date": None}, "signoff", "partner"),
    ({"client_signatory": ""}, "signoff", "client"),
]


@pytest.mark.parametrize(("changes", "key", "word"), BREAKS)
def test_each_question_fails_alone_with_a_hint(changes: dict, key: str, word: str) -> None:
    result = charter_completeness(replace(FULL, **changes))
    assert [i.key for i in result.missing] == [key]
    assert word.casefold() in result.item(key).hint.casefold()
    assert result.percent == round(100 * 14 / 15)


def test_where_is_answered_by_sites_or_by_a_description() -> None:
    no_sites = replace(FULL, site_count=0, where_notes="Client's own lab in Boston")
    assert charter_completeness(no_sites).item("where").ok
    assert not charter_completeness(replace(no_sites, where_notes="TBD")).item("where").ok


def test_thin_means_placeholder_or_too_few_words() -> None:
    assert answer_state("", 3) == "missing"
    assert answer_state("  TBD. ", 1) == "thin"
    assert answer_state("To be defined", 1) == "thin"
    assert answer_state("Small scale", 3) == "thin"
    assert answer_state("Route scouting at 100 g", 3) == "ok"


@pytest.mark.parametrize(("count", "words"), [(1, "1 RACI problem:"), (3, "3 RACI problems:")])
def test_raci_problems_are_counted_in_plain_english(count: int, words: str) -> None:
    result = charter_completeness(replace(FULL, raci_violations=count))
    hint = next(i.hint for i in result.items if i.key == "who.raci")
    assert hint.startswith(words)
