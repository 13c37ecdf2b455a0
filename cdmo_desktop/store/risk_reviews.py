"""Risk reviews ("Mark reviewed") and a risk's score history (change log plus reviews)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.models import ChangeLog, Risk, RiskReview
from cdmo_desktop.domain.validation import ValidationError


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
    """A risk's scores over time, from the change log and its recorded reviews."""
    risk = session.get(Risk, risk_id)
    if risk is None:
        return []
    log = session.exec(
        select(ChangeLog)
        .where(ChangeLog.table_name == "risk", ChangeLog.row_id == risk_id)
        .order_by(col(ChangeLog.occurred_at))
    ).all()
    reviews = reviews_of(session, risk_id)
    logged: dict[str, datetime] = dict(
        session.execute(
            sa.select(ChangeLog.row_id, ChangeLog.occurred_at).where(  # type: ignore[call-overload]
                ChangeLog.table_name == "risk_review",
                ChangeLog.action == ChangeAction.INSERT,
                col(ChangeLog.row_id).in_([r.id for r in reviews]),
            )
        ).all()
    )
    return risk_review.build_score_history(
        [
            risk_review.LogEntry(e.occurred_at, e.user, str(e.action), e.field, e.new_value)
            for e in log
        ],
        [
            risk_review.ReviewRecord(
                **{f: getattr(r, f) for f in risk_review.REVIEW_FIELDS}, logged_at=logged.get(r.id)
            )
            for r in reviews
        ],
        {f: getattr(risk, f) for f in risk_review.SCORE_FIELDS},
    )
