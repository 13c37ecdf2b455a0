"""Review cadence and score history rules of the risk register."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from cdmo_desktop.domain import risk_review as rr
from cdmo_desktop.domain.enums import RiskLevel, RiskStatus

TODAY = date(2026, 11, 20)


def test_code_is_three_digits_and_grows_past_999() -> None:
    assert rr.code(1) == "R-001"
    assert rr.code(42) == "R-042"
    assert rr.code(1234) == "R-1234"


@pytest.mark.parametrize(
    ("raised", "last", "cadence", "expected"),
    [
        (date(2026, 11, 1), None, 30, date(2026, 12, 1)),  # counted from the raised date
        (date(2026, 9, 1), date(2026, 11, 10), 14, date(2026, 11, 24)),  # from the last review
        (None, None, 7, TODAY + timedelta(days=7)),  # nothing recorded: from today
        (date(2026, 1, 31), None, 29, date(2026, 3, 1)),  # across a short month
        (date(2026, 11, 1), None, None, None),  # no cadence: no proposal
        (date(2026, 11, 1), None, 0, None),
    ],
)
def test_next_review_is_last_review_or_raised_date_plus_cadence(
    raised: date | None, last: date | None, cadence: int | None, expected: date | None
) -> None:
    got = rr.compute_next_review(
        raised_date=raised, last_review=last, cadence_days=cadence, today=TODAY
    )
    assert got == expected


@pytest.mark.parametrize(
    ("next_review", "status", "due"),
    [
        (TODAY, RiskStatus.OPEN, True),  # due on the day
        (TODAY - timedelta(days=3), RiskStatus.MITIGATING, True),
        (TODAY + timedelta(days=1), RiskStatus.OPEN, False),
        (TODAY - timedelta(days=3), RiskStatus.CLOSED, False),  # closed risks are not reviewed
        (TODAY - timedelta(days=3), RiskStatus.REALIZED, False),
        (None, RiskStatus.OPEN, False),
    ],
)
def test_review_due(next_review: date | None, status: RiskStatus, due: bool) -> None:
    assert rr.is_review_due(next_review, status, TODAY) is due


def test_days_overdue() -> None:
    assert rr.days_overdue(TODAY - timedelta(days=5), TODAY) == 5
    assert rr.days_overdue(TODAY + timedelta(days=5), TODAY) == 0
    assert rr.days_overdue(None, TODAY) == 0


def _review_errors(**kw: object) -> dict[str, str]:
    args: dict[str, object] = {
        "review_date": TODAY,
        "raised_date": date(2026, 9, 1),
        "today": TODAY,
        "likelihood": 3,
        "impact": 4,
    }
    args.update(kw)
    return rr.review_errors(**args)  # type: ignore[arg-type]


def test_a_plain_review_is_accepted() -> None:
    assert _review_errors() == {}


def test_review_refusals_say_why() -> None:
    assert "future" in _review_errors(review_date=TODAY + timedelta(days=1))["review_date"]
    assert "1 Sep 2026" in _review_errors(review_date=date(2026, 8, 1))["review_date"]
    assert "1 to 5" in _review_errors(likelihood=6)["likelihood"]
    assert "required" in _review_errors(impact=None)["impact"]
    assert "both" in _review_errors(residual_likelihood=2)["residual_impact"]
    assert (
        "before this review"
        in _review_errors(next_review=TODAY - timedelta(days=1))["next_review_date"]
    )


def _at(minutes: int) -> datetime:
    return datetime(2026, 10, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=minutes)


def test_score_history_from_change_log_and_reviews() -> None:
    snapshot = json.dumps(
        {"likelihood": "4", "impact": "5", "residual_likelihood": None, "raised_date": "2026-09-30"}
    )
    changes = [
        rr.LogEntry(_at(0), "ana", "insert", None, snapshot),
        rr.LogEntry(_at(60), "ana", "update", "likelihood", "3"),
        rr.LogEntry(_at(60), "ana", "update", "title", "renamed"),  # not a score: ignored
        # the review below wrote these two changes; they show as the review, not as an edit
        rr.LogEntry(_at(120), "ben", "update", "likelihood", "2"),
        rr.LogEntry(_at(120), "ben", "update", "impact", "4"),
    ]
    reviews = [
        rr.ReviewRecord(date(2026, 10, 1), "Ben", "Second source qualified", 2, 4, 1, 4, _at(120))
    ]
    current = {"likelihood": 2, "impact": 4, "residual_likelihood": 1, "residual_impact": 4}
    points = rr.build_score_history(changes, reviews, current)
    assert [(p.what, p.likelihood, p.impact) for p in points] == [
        ("Raised", 4, 5),
        ("Scores changed", 3, 5),
        ("Reviewed", 2, 4),
    ]
    assert points[0].day == date(2026, 9, 30)
    assert points[0].level == RiskLevel.CRITICAL
    assert points[2].note == "Second source qualified"
    assert points[2].residual_level == RiskLevel.MEDIUM  # rare x major


def test_a_risk_without_history_shows_its_current_scores() -> None:
    points = rr.build_score_history([], [], {"likelihood": 5, "impact": 5})
    assert [(p.what, p.score) for p in points] == [("Current", 25)]


def test_history_ends_on_the_current_scores_when_written_outside_the_log() -> None:
    snapshot = json.dumps({"likelihood": "3", "impact": "3"})
    changes = [rr.LogEntry(_at(0), "ana", "insert", None, snapshot)]
    points = rr.build_score_history(changes, [], {"likelihood": 4, "impact": 5})
    assert [(p.what, p.score) for p in points] == [("Raised", 9), ("Current", 20)]
