"""A risk's reviews and its score history (change log plus reviews); recording a review is
store.risk_edits.record_review."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.models import Risk, RiskReview
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
