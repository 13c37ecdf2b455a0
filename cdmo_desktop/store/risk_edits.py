"""Risk register use cases: log a risk, edit its fields, record a review, delete a risk.

Each takes plain values, writes in one unit of work (`Store.write`) and returns what it
changed as a ChangeSet, labelled with the undo text the user sees. The flush hook validates
the rows, numbers a new risk in its engagement (store.derived_risks) and derives its score
and level (domain.derive), whichever path wrote it. A refused write raises
ValidationError (a rule, by field), WriteRefused or LookupError (the risk is gone) and
writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import Risk, RiskReview
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store.risk_forms import RISK_FIELDS
from cdmo_desktop.store.risk_reviews import reviews_of

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store


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


def _fields(values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(RISK_FIELDS)
    if unknown:
        raise TypeError(f"not fields a consultant sets on a risk: {sorted(unknown)}")
    return dict(values)


def _code(store: Store, risk_id: str) -> str:
    with store.read() as s:
        risk = s.get(Risk, risk_id)
        if risk is None:
            raise LookupError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "Risk {risk_id} no longer exists"),
                    risk_id=risk_id,
                )
            )
        return risk_review.code(risk.number)


def _on_risk(risk_id: str, change: Callable[[Session, Risk], None]) -> Callable[[Session], None]:
    """A unit of work on the risk, refused (LookupError) when it is gone meanwhile."""

    def work(s: Session) -> None:
        risk = s.get(Risk, risk_id)
        if risk is None:
            raise LookupError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "Risk {risk_id} no longer exists"),
                    risk_id=risk_id,
                )
            )
        change(s, risk)

    return work


def log_risk(store: Store, risk_id: str, values: Mapping[str, Any]) -> ChangeSet:
    """Log a new risk (id `risk_id`) with `values` (Risk fields, see RISK_FIELDS); it gets
    the next number of its engagement."""
    fields = _fields(values)
    if not fields.get("engagement_id"):
        raise ValidationError(
            {
                "engagement_id": msg(
                    QT_TRANSLATE_NOOP("messages", "Pick the engagement this risk belongs to.")
                )
            },
            "Risk",
        )
    risk = Risk(**{**fields, "id": risk_id, "number": 0})
    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Log risk {title}"), title=repr(risk.title)),
        lambda s: s.add(risk),
    )


def edit_risk(store: Store, risk_id: str, changes: Mapping[str, Any]) -> ChangeSet:
    """Change some fields of a logged risk (`changes`: Risk field -> new value)."""
    fields = _fields(changes)

    def change(_s: Session, risk: Risk) -> None:
        for name, value in fields.items():
            setattr(risk, name, value)

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Edit risk {code}"), code=_code(store, risk_id)),
        _on_risk(risk_id, change),
    )


def record_review(store: Store, risk_id: str, entry: ReviewEntry, *, today: date) -> ChangeSet:
    """Record a review of the risk and move the risk to the scores agreed at it and to its
    next review date."""

    def change(s: Session, risk: Risk) -> None:
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
        s.add(
            RiskReview(
                risk_id=risk_id,
                review_date=entry.review_date,
                note=entry.note,
                reviewed_by=entry.reviewed_by,
                likelihood=entry.likelihood,
                impact=entry.impact,
                residual_likelihood=entry.residual_likelihood,
                residual_impact=entry.residual_impact,
            )
        )
        risk.likelihood = entry.likelihood
        risk.impact = entry.impact
        risk.residual_likelihood = entry.residual_likelihood
        risk.residual_impact = entry.residual_impact
        risk.next_review_date = entry.next_review_date

    label = msg(QT_TRANSLATE_NOOP("messages", "Mark {code} reviewed"), code=_code(store, risk_id))
    return store.write(label, _on_risk(risk_id, change), reason="risk review")


def delete_risk(store: Store, risk_id: str) -> ChangeSet:
    """Delete a risk logged by mistake, with its reviews (undo brings both back)."""

    def change(s: Session, risk: Risk) -> None:
        for review in reviews_of(s, risk_id):
            s.delete(review)
        s.flush()  # the reviews go first: they refer to the risk
        s.delete(risk)

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Delete risk {code}"), code=_code(store, risk_id)),
        _on_risk(risk_id, change),
    )
