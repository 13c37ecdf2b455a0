"""Risk register store: numbering, refusals that write nothing, filters shared by the
register and the heat map, sorting, reviews and score history."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import pytest
from sqlmodel import func, select

from cdmo_desktop.domain.models import ChangeLog, Risk, RiskReview
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import (
    Store,
    choice_lists,
    derived_risks,
    risk_edits,
    risk_forms,
    risk_reviews,
)
from cdmo_desktop.store import risks as rs
from cdmo_desktop.store.choice_lists import Listing
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio


@pytest.fixture
def pf(store: Store) -> Portfolio:
    return make_portfolio(store)


def _rows(store: Store) -> tuple[int, int]:
    with store.read() as s:
        risks = s.exec(select(func.count()).select_from(Risk)).one()
        logs = s.exec(select(func.count()).select_from(ChangeLog)).one()
    return risks, logs


def test_codes_are_numbered_per_engagement(store: Store, pf: Portfolio) -> None:
    a1 = add_risk(store, pf.alpha, "A one")
    a2 = add_risk(store, pf.alpha, "A two")
    b1 = add_risk(store, pf.beta, "B one")
    a3 = add_risk(store, pf.alpha, "A three")
    assert [a1.number, a2.number, b1.number, a3.number] == [1, 2, 1, 3]
    rows = rs.fetch_risks(store, {"engagement_id": pf.alpha}, "code", False)
    assert [r.code for r in rows] == ["R-001", "R-002", "R-003"]
    with store.read() as s:
        assert derived_risks.next_number(s, pf.beta) == 2


def test_a_taken_number_is_never_reused(store: Store, pf: Portfolio) -> None:
    add_risk(store, pf.alpha, "A one")
    again = add_risk(store, pf.alpha, "Asks for number 1", number=1)
    assert again.number == 2


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"likelihood": 6}, "likelihood", "1 to 5"),
        ({"impact": 0}, "impact", "1 to 5"),
        ({"residual_likelihood": 9, "residual_impact": 2}, "residual_likelihood", "1 to 5"),
        ({"status": "closed", "closed_date": None, "closure_note": "done"}, "closed_date", "date"),
        ({"status": "closed", "closed_date": TODAY, "closure_note": " "}, "closure_note", "note"),
        ({"next_review_date": date(2026, 8, 1)}, "next_review_date", "before raised"),
        ({"title": ""}, "title", "required"),
    ],
)
def test_refused_risks_write_nothing(
    store: Store, pf: Portfolio, changes: dict[str, Any], field: str, words: str
) -> None:
    before = _rows(store)
    with pytest.raises(ValidationError) as exc:
        add_risk(store, pf.alpha, **changes)
    assert words in exc.value.errors[field]
    assert _rows(store) == before


def test_a_refused_review_writes_nothing(store: Store, pf: Portfolio) -> None:
    risk = add_risk(store, pf.alpha)
    before = _rows(store)
    entry = risk_edits.ReviewEntry(
        date(2026, 8, 1), "too early", "Ana", 2, 2, None, None, date(2026, 12, 1)
    )
    with pytest.raises(ValidationError) as exc:
        risk_edits.record_review(store, risk.id, entry, today=TODAY)
    assert "before the risk was raised" in exc.value.errors["review_date"]
    assert _rows(store) == before
    with store.read() as s:
        assert risk_reviews.reviews_of(s, risk.id) == []


def _spread(store: Store, pf: Portfolio) -> None:
    """Risks across cells, statuses, owners, categories and review dates."""
    cells = itertools.cycle([(1, 1), (3, 4), (5, 5), (3, 4), (2, 5), (4, 2)])
    statuses = itertools.cycle(["open", "monitoring", "mitigating", "open", "realized"])
    owners = itertools.cycle(["Ana", "Ben", "Chloé"])
    cats = itertools.cycle(["supply", "quality", "technical", "schedule"])
    for i in range(30):
        likelihood, impact = next(cells)
        residual = (max(1, likelihood - 2), impact) if i % 3 else (None, None)
        add_risk(
            store,
            pf.alpha if i % 2 else pf.beta,
            f"Risk {i} {'yield' if i % 4 == 0 else 'other'}",
            likelihood=likelihood,
            impact=impact,
            residual_likelihood=residual[0],
            residual_impact=residual[1],
            status=next(statuses),
            owner=next(owners),
            category=next(cats),
            mitigation="second source" if i % 5 == 0 else "",
            next_review_date=TODAY + timedelta(days=(i % 7) - 3),
        )


FILTERS: list[dict[str, Any]] = [
    {},
    {"status": rs.ACTIVE},
    {"status": "open", "owner": "Ana"},
    {"level": "critical"},
    {"category": "quality", "status": rs.ACTIVE},
    {"review_due": True, "today": TODAY},
    {"search": "yield"},
    {"search": "second source"},
    {"engagement_id": "alpha"},
]


@pytest.mark.parametrize("filters", FILTERS)
def test_heat_map_cells_count_what_the_register_lists(
    store: Store, pf: Portfolio, filters: dict[str, Any]
) -> None:
    _spread(store, pf)
    if filters.get("engagement_id") == "alpha":
        filters = {**filters, "engagement_id": pf.alpha}
    counts = rs.heatmap_counts(store, filters)
    assert counts.total == rs.count_risks(store, filters)
    for kind, likelihood, impact in itertools.product(
        ("current", "residual"), range(1, 6), range(1, 6)
    ):
        cell_filter = {**filters, "cell": (kind, likelihood, impact)}
        listed = rs.fetch_risks(store, cell_filter, limit=1000)
        expected = counts.count(likelihood, impact, residual=kind == "residual")
        assert rs.count_risks(store, cell_filter) == len(listed) == expected
    # A cell filter narrows the register, never the heat map itself.
    with_cell = rs.heatmap_counts(store, {**filters, "cell": ("current", 3, 4)})
    assert with_cell == counts
    assert counts.total > 0


def test_filters_select_what_they_say(store: Store, pf: Portfolio) -> None:
    _spread(store, pf)
    due = rs.fetch_risks(store, {"review_due": True, "today": TODAY}, limit=1000)
    assert due and all(r.next_review_date <= TODAY for r in due)  # type: ignore[operator]
    assert all(r.status in ("open", "monitoring", "mitigating") for r in due)
    assert rs.count_reviews_due(store, TODAY) == len(due)
    for filters in FILTERS[:7]:
        expected = rs.count_risks(store, {**filters, "review_due": True, "today": TODAY})
        both = rs.count_risks_and_due(store, filters, TODAY)
        assert both == (rs.count_risks(store, filters), expected)
    assert rs.count_reviews_due(store, TODAY, pf.alpha) == sum(
        r.engagement_id == pf.alpha for r in due
    )
    found = rs.fetch_risks(store, {"search": "YIELD"}, limit=1000)
    assert found and all("yield" in r.title for r in found)
    assert {r.level for r in rs.fetch_risks(store, {"level": "critical"})} == {"critical"}
    assert rs.fetch_risks(store, {"search": "100%_"}) == []  # wildcards are literal


def test_sorting_by_level_follows_severity_not_alphabet(store: Store, pf: Portfolio) -> None:
    _spread(store, pf)
    order = {"low": 0, "medium": 1, "high": 2, "critical": 3}
    asc = rs.fetch_risks(store, {}, "level", False, limit=1000)
    desc = rs.fetch_risks(store, {}, "level", True, limit=1000)
    by_review = rs.fetch_risks(store, {}, "next_review", False, limit=1000)
    by_engagement = rs.fetch_risks(store, {}, "code", False, limit=1000)
    assert [order[r.level] for r in asc] == sorted(order[r.level] for r in asc)
    assert desc[0].level == "critical" and asc[0].level == "low"
    dates = [r.next_review_date for r in by_review]
    assert dates == sorted(dates)  # type: ignore[type-var]
    keys = [(r.engagement_title, r.number) for r in by_engagement]
    assert keys == sorted(keys)
    one = rs.fetch_risks(store, {"engagement_id": pf.alpha}, "engagement", True, limit=1000)
    searched = rs.fetch_risks(store, {"search": "yield"}, "level", True, limit=1000)
    assert len(one) == 15 and {r.engagement_id for r in one} == {pf.alpha}
    assert [order[r.level] for r in searched] == sorted(
        (order[r.level] for r in searched), reverse=True
    )


def test_pages_do_not_overlap_or_skip(store: Store, pf: Portfolio) -> None:
    _spread(store, pf)
    pages = [rs.fetch_risks(store, {}, "score", True, 7)]
    while pages[-1]:
        pages.append(rs.fetch_risks(store, {}, "score", True, 7, after=pages[-1][-1]))
    at = [rs.fetch_risks_at(store, {}, "score", True, offset, 7) for offset in range(0, 35, 7)]
    everything = rs.fetch_risks(store, {}, "score", True, 100)
    assert [r.id for page in pages for r in page] == [r.id for r in everything]
    assert [r.id for page in at for r in page] == [r.id for r in everything]
    assert len(everything) == 30


def test_choices_put_decision_gates_first(store: Store, pf: Portfolio) -> None:
    add_risk(store, pf.alpha, owner="Ana")
    with store.read() as s:
        milestones = risk_forms.milestone_options(s, pf.alpha)
        assert [m.id for m in milestones] == [pf.gate, pf.task]
        assert milestones[0].is_gate
        assert risk_forms.decision_options(s, pf.alpha)[0][0] == pf.decision
        assert risk_forms.owner_options(s, pf.alpha) == ["Ana"]
    listed = choice_lists.rows(store, Listing("risk engagement"), 0, 10)
    assert [c.name for c in listed] == ["Alpha scale-up", "Beta fill-finish"]


def test_a_review_moves_scores_and_next_review_and_shows_in_history(
    store: Store, pf: Portfolio
) -> None:
    risk = add_risk(store, pf.alpha, likelihood=4, impact=5)
    with store.session() as s:
        obj = s.get(Risk, risk.id)
        assert obj is not None
        obj.likelihood = 3  # an edit between raising and reviewing
    entry = risk_edits.ReviewEntry(
        TODAY, "Second source qualified", "Ana", 2, 4, 1, 4, TODAY + timedelta(days=30)
    )
    (review_id,) = risk_edits.record_review(store, risk.id, entry, today=TODAY).ids("risk_review")
    with store.read() as s:
        obj = s.get(Risk, risk.id)
        assert obj is not None
        assert (obj.likelihood, obj.impact, obj.level) == (2, 4, "high")
        assert (obj.residual_likelihood, obj.residual_impact) == (1, 4)
        assert obj.next_review_date == TODAY + timedelta(days=30)
        assert s.get(RiskReview, review_id) is not None
        assert risk_reviews.last_review_date(s, risk.id) == TODAY
        history = risk_reviews.score_history(s, risk.id)
    assert [(p.what, p.likelihood, p.impact) for p in history] == [
        ("Raised", 4, 5),
        ("Scores changed", 3, 5),
        ("Reviewed", 2, 4),
    ]
    assert history[-1].note == "Second source qualified"
