"""Risk reviews ("Mark reviewed") and a risk's score history (change log plus reviews)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.models import Risk, RiskReview
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import history


def reviews_of(session: Session, risk_id: str) -> list[RiskReview]:
    """A risk's recorded reviews, oldest first."""
    return list(
        session.exec(
            select(RiskReview)
            .where(RiskReview.risk_id == risk_id)
            .order_by(col(RiskReview.review_date), col(RiskReview.created_at))
        ).all()
    )


def last_review_date(session: Session, risk_id: str) -> date | None:
    return session.execute(
        sa.select(sa.func.max(RiskReview.review_date)).where(
            RiskReview.risk_id == risk_id  # type: ignore[arg-type]
        )
    ).scalar_one()


@dataclass(frozen=True)
class ReviewEntry:
    """What "Mark reviewed" records: the review and the scores agreed at it."""

    review_date: date
    note: str
    reviewed_by: str
    likelihood: int
    impact: int
    residual_likelihood: int | None
    residual_impact: int | None
    next_review_date: date | None


def record_review(
    session: Session, risk_id: str, entry: ReviewEntry, *, today: date, review_id: str = ""
) -> RiskReview:
    """Record a review and move the risk to its new scores and next review date."""
    risk = session.get(Risk, risk_id)
    if risk is None:
        raise LookupError(f"Risk {risk_id} no longer exists")
    errors = risk_review.review_errors(
        review_date=entry.review_date,
        raised_date=risk.raised_date,
        today=today,
        likelihood=entry.likelihood,
        impact=entry.impact,
        residual_likelihood=entry.residual_likelihood,
        residual_impact=entry.residual_impact,
        next_review=entry.next_review_date,
    )
    if errors:
        raise ValidationError(errors, "RiskReview")
    review = RiskReview(
        risk_id=risk_id,
        review_date=entry.review_date,
        note=entry.note,
        reviewed_by=entry.reviewed_by,
        likelihood=entry.likelihood,
        impact=entry.impact,
        residual_likelihood=entry.residual_likelihood,
        residual_impact=entry.residual_impact,
    )
    if review_id:
        review.id = review_id
    risk.likelihood = entry.likelihood
    risk.impact = entry.impact
    risk.residual_likelihood = entry.residual_likelihood
    risk.residual_impact = entry.residual_impact
    risk.next_review_date = entry.next_review_date
    session.add(review)
    session.flush()
    return review


def score_history(session: Session, risk_id: str) -> list[risk_review.ScorePoint]:
    """A risk's scores over time, from the change log (store.history) and its reviews."""
    risk = session.get(Risk, risk_id)
    if risk is None:
        return []
    reviews = reviews_of(session, risk_id)
    changes = history.changes_for_rows(session, [risk_id, *(r.id for r in reviews)], limit=None)
    logged: dict[str, datetime] = {
        c.row_id: c.occurred_at
        for c in changes
        if c.table_name == "risk_review" and c.action is ChangeAction.INSERT
    }
    return risk_review.build_score_history(
        [
            risk_review.LogEntry(c.occurred_at, c.user, str(c.action), c.field, c.new_value)
            for c in changes
            if c.table_name == "risk" and c.row_id == risk_id
        ],
        [
            risk_review.ReviewRecord(
                **{f: getattr(r, f) for f in risk_review.REVIEW_FIELDS}, logged_at=logged.get(r.id)
            )
            for r in reviews
        ],
        {f: getattr(risk, f) for f in risk_review.SCORE_FIELDS},
    )
