"""Review cadence of the risk register: when a risk is next reviewed and whether it is due.

A risk is reviewed every `review_cadence_days` days. The next review is counted from the last
recorded review, or from the day the risk was raised when it has never been reviewed. The
consultant may move the date by hand; the computed date is only the proposal. A review is
due on its date (and overdue after it) as long as the risk is still live: closed and
realized risks are no longer reviewed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from cdmo_desktop.domain import formats, risk_matrix
from cdmo_desktop.domain.enums import RiskLevel, RiskStatus
from cdmo_desktop.domain.field_labels import label
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.risk_codes import ACTIVE_STATUSES as ACTIVE_STATUSES
from cdmo_desktop.domain.risk_codes import code as code

DEFAULT_CADENCE_DAYS = 30


def is_active(status: str | RiskStatus) -> bool:
    """A live risk (open, monitoring or mitigating): not closed, not realized."""
    return str(status) in {s.value for s in ACTIVE_STATUSES}


def review_base(raised_date: date | None, last_review: date | None, today: date) -> date:
    """The day the cadence counts from: the last review, else the day the risk was raised."""
    if last_review is not None:
        return last_review
    return raised_date if raised_date is not None else today


def next_review_date(base: date, cadence_days: int | None) -> date | None:
    """`base` plus the cadence; None when the risk has no review cadence."""
    if cadence_days is None or cadence_days <= 0:
        return None
    return base + timedelta(days=cadence_days)


def compute_next_review(
    *,
    raised_date: date | None,
    last_review: date | None,
    cadence_days: int | None,
    today: date,
) -> date | None:
    """The proposed next review of a risk (see the module docstring)."""
    return next_review_date(review_base(raised_date, last_review, today), cadence_days)


def is_review_due(next_review: date | None, status: str | RiskStatus, today: date) -> bool:
    """A live risk whose review date is today or has passed."""
    return next_review is not None and next_review <= today and is_active(status)


def days_overdue(next_review: date | None, today: date) -> int:
    """Whole days past the review date (0 when due today or not yet due)."""
    if next_review is None:
        return 0
    return max(0, (today - next_review).days)


def review_errors(
    *,
    review_date: date | None,
    raised_date: date | None,
    today: date,
    likelihood: int | None,
    impact: int | None,
    residual_likelihood: int | None = None,
    residual_impact: int | None = None,
    next_review: date | None = None,
) -> dict[str, str]:
    """Why a "Mark reviewed" entry cannot be recorded, as {field: sentence}."""
    errors: dict[str, str] = {}
    if review_date is None:
        errors["review_date"] = msg(QT_TRANSLATE_NOOP("messages", "A review needs its date."))
    elif review_date > today:
        errors["review_date"] = msg(
            QT_TRANSLATE_NOOP("messages", "A review cannot be dated in the future.")
        )
    elif raised_date is not None and review_date < raised_date:
        errors["review_date"] = msg(
            QT_TRANSLATE_NOOP(
                "messages", "A review cannot be before the risk was raised ({raised})."
            ),
            raised=formats.date_text(raised_date),
        )
    for name, value, required in (
        ("likelihood", likelihood, True),
        ("impact", impact, True),
        ("residual_likelihood", residual_likelihood, False),
        ("residual_impact", residual_impact, False),
    ):
        if value is None:
            if required:
                errors[name] = msg(
                    QT_TRANSLATE_NOOP("messages", "{field} is required (1 to 5)."),
                    field=label(name),
                )
            continue
        try:
            risk_matrix.score(value, 1)
        except ValueError:
            errors[name] = msg(
                QT_TRANSLATE_NOOP("messages", "{field} must be from 1 to 5."), field=label(name)
            )
    for name, message in residual_pair_errors(residual_likelihood, residual_impact).items():
        errors.setdefault(name, message)
    if next_review is not None and review_date is not None and next_review < review_date:
        errors["next_review_date"] = msg(
            QT_TRANSLATE_NOOP("messages", "The next review cannot be before this review.")
        )
    return errors


def residual_pair_errors(
    residual_likelihood: int | None, residual_impact: int | None
) -> dict[str, str]:
    """The residual assessment is a pair: both scores or neither."""
    if (residual_likelihood is None) == (residual_impact is None):
        return {}
    missing = "residual_impact" if residual_impact is None else "residual_likelihood"
    return {
        missing: msg(
            QT_TRANSLATE_NOOP("messages", "Give both residual likelihood and impact, or neither.")
        )
    }


# --- score history ------------------------------------------------------------------------

SCORE_FIELDS = ("likelihood", "impact", "residual_likelihood", "residual_impact")
REVIEW_FIELDS = ("review_date", "reviewed_by", "note", *SCORE_FIELDS)
SAME_CHANGE = timedelta(seconds=1)
"""Change-log rows this close together (same user, no field twice) belong to one save."""


@dataclass(frozen=True)
class LogEntry:
    """A change-log row of one risk, as plain values."""

    at: datetime
    user: str
    action: str  # "insert" | "update" | "delete"
    field: str | None = None
    new_value: str | None = None


@dataclass(frozen=True)
class ReviewRecord:
    """A recorded review; `logged_at` is when it was written (its change-log time)."""

    review_date: date
    reviewed_by: str
    note: str
    likelihood: int | None
    impact: int | None
    residual_likelihood: int | None
    residual_impact: int | None
    logged_at: datetime | None = None  # keep the fields above in REVIEW_FIELDS order


@dataclass(frozen=True)
class ScorePoint:
    """The scores of a risk from one moment on: when raised, edited or reviewed."""

    day: date
    at: datetime
    what: str
    who: str
    likelihood: int
    impact: int
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    note: str = ""

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def level(self) -> RiskLevel:
        return risk_matrix.level(self.likelihood, self.impact)

    @property
    def residual_level(self) -> RiskLevel | None:
        if self.residual_likelihood is None or self.residual_impact is None:
            return None
        return risk_matrix.level(self.residual_likelihood, self.residual_impact)


def _int(text: Any) -> int | None:
    try:
        return int(text) if text not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _local_day(at: datetime) -> date:
    return at.astimezone().date() if at.tzinfo else at.date()


def build_score_history(
    changes: Sequence[LogEntry],
    reviews: Sequence[ReviewRecord],
    current: dict[str, Any],
) -> list[ScorePoint]:
    """The risk's scores over time, oldest first, from its change log and its reviews.

    An edit saved together with a review (Mark reviewed) is shown as that review. The last
    point always has the `current` scores: when the log does not end there (scores written
    outside the change log), a "Current" point is added."""
    state: dict[str, int | None] = {f: _int(current.get(f)) for f in SCORE_FIELDS}
    points: list[ScorePoint] = []

    def written_by_review(at: datetime) -> bool:
        """Mark reviewed writes the review and the risk's new scores in one go."""
        return any(
            r.logged_at is not None
            and abs(at - r.logged_at) <= SAME_CHANGE
            and (r.likelihood, r.impact) == (state["likelihood"], state["impact"])
            for r in reviews
        )

    def point(at: datetime, day: date, what: str, who: str, note: str = "") -> None:
        lik, imp = state["likelihood"], state["impact"]
        if lik is None or imp is None or not (1 <= lik <= 5 and 1 <= imp <= 5):
            return
        points.append(
            ScorePoint(
                day,
                at,
                what,
                who,
                lik,
                imp,
                state["residual_likelihood"],
                state["residual_impact"],
                note,
            )
        )

    group: list[LogEntry] = []

    def flush_group() -> None:
        if not group:
            return
        for e in group:
            state[e.field or ""] = _int(e.new_value)
        first = group[0]
        if not written_by_review(first.at):
            point(first.at, _local_day(first.at), "Scores changed", first.user)
        group.clear()

    for entry in sorted(changes, key=lambda e: e.at):
        if entry.action == "insert" and entry.new_value:
            flush_group()
            snapshot = json.loads(entry.new_value)
            for f in SCORE_FIELDS:
                state[f] = _int(snapshot.get(f))
            raised = snapshot.get("raised_date")
            day = date.fromisoformat(raised) if raised else _local_day(entry.at)
            point(entry.at, day, "Raised", entry.user)
        elif entry.action == "update" and entry.field in SCORE_FIELDS:
            if group and (
                entry.at - group[-1].at > SAME_CHANGE
                or entry.user != group[0].user
                or any(e.field == entry.field for e in group)  # one save sets a field once
            ):
                flush_group()
            group.append(entry)
    flush_group()
    for r in reviews:
        at = r.logged_at or datetime.combine(r.review_date, datetime.min.time(), UTC)
        if r.likelihood is None or r.impact is None:
            continue
        points.append(
            ScorePoint(
                r.review_date,
                at,
                "Reviewed",
                r.reviewed_by,
                r.likelihood,
                r.impact,
                r.residual_likelihood,
                r.residual_impact,
                r.note,
            )
        )
    points.sort(key=lambda p: p.at)
    state = {f: _int(current.get(f)) for f in SCORE_FIELDS}
    last = points[-1] if points else None
    if last is None or (
        last.likelihood,
        last.impact,
        last.residual_likelihood,
        last.residual_impact,
    ) != tuple(state[f] for f in SCORE_FIELDS):
        # Scores set outside the log (an import, a bulk load): end on what the risk says.
        now = datetime.now(UTC)
        point(now, _local_day(now), "Current", "")
    return points
