"""Undoable risk edits: log a risk (numbered per engagement), record a review, delete.

Editing fields of an existing risk uses rows.UpdateRowCommand. Every command writes through
one short store session and tells the screens which tables changed; a refused first redo()
raises ValidationError and rows.push() then leaves the stack untouched.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QUndoCommand

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.models import Risk, RiskReview, new_id
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.store import risk_reviews
from cdmo_desktop.store import risks as risk_store
from cdmo_desktop.store.changesets import values_of

TABLES = {"risk", "risk_review"}
REVIEW_CHANGES = (
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "next_review_date",
)


class NewRiskCommand(QUndoCommand):
    """Log a new risk. Its number (R-001...) is allocated in the store on the first redo()
    and kept on redo after an undo, unless another risk took it meanwhile."""

    def __init__(self, ctx: AppContext, risk: Risk, text: str = "") -> None:
        super().__init__(text or f"Log risk {risk.title!r}")
        self._ctx = ctx
        self._values = values_of(risk)
        self.row_id: str = risk.id
        self.number: int = 0

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            risk = Risk(id=self.row_id, **{**self._values, "number": self.number or 0})
            risk_store.add_risk(s, risk)
            self.number = risk.number
        self._ctx.notify({"risk"})

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            obj = s.get(Risk, self.row_id)
            if obj is not None:
                s.delete(obj)
        self._ctx.notify({"risk"})


class MarkReviewedCommand(QUndoCommand):
    """Record a review: a RiskReview row plus the risk's new scores and next review date."""

    def __init__(
        self, ctx: AppContext, risk_id: str, entry: risk_reviews.ReviewEntry, today: date
    ) -> None:
        super().__init__("Mark risk reviewed")
        self._ctx, self._risk_id, self._entry, self._today = ctx, risk_id, entry, today
        self.review_id = new_id()
        with ctx.store.read() as s:
            risk = s.get(Risk, risk_id)
            if risk is None:
                raise LookupError(f"Risk {risk_id} no longer exists")
            self._before = {k: getattr(risk, k) for k in REVIEW_CHANGES}
            self.setText(f"Mark {risk_review.code(risk.number)} reviewed")

    def redo(self) -> None:
        with self._ctx.store.session(reason="risk review") as s:
            risk_reviews.record_review(
                s, self._risk_id, self._entry, today=self._today, review_id=self.review_id
            )
        self._ctx.notify(TABLES)

    def undo(self) -> None:
        with self._ctx.store.session(reason="risk review undone") as s:
            review = s.get(RiskReview, self.review_id)
            if review is not None:
                s.delete(review)
            risk = s.get(Risk, self._risk_id)
            if risk is not None:
                for k, v in self._before.items():
                    setattr(risk, k, v)
        self._ctx.notify(TABLES)


class DeleteRiskCommand(QUndoCommand):
    """Delete a risk logged by mistake, with its reviews; undo puts both back."""

    def __init__(self, ctx: AppContext, risk_id: str) -> None:
        super().__init__("Delete risk")
        self._ctx, self.row_id = ctx, risk_id
        with ctx.store.read() as s:
            risk = s.get(Risk, risk_id)
            if risk is None:
                raise LookupError(f"Risk {risk_id} no longer exists")
            self._risk = values_of(risk)
            self._reviews: list[tuple[str, dict[str, Any]]] = [
                (r.id, values_of(r)) for r in risk_reviews.reviews_of(s, risk_id)
            ]
            self.setText(f"Delete risk {risk_review.code(risk.number)}")

    def redo(self) -> None:
        with self._ctx.store.session() as s:
            risk = s.get(Risk, self.row_id)
            if risk is not None:
                for review in risk_reviews.reviews_of(s, self.row_id):
                    s.delete(review)
                s.delete(risk)
        self._ctx.notify(TABLES)

    def undo(self) -> None:
        with self._ctx.store.session() as s:
            s.add(Risk(id=self.row_id, **self._risk))
            s.flush()
            for review_id, values in self._reviews:
                s.add(RiskReview(id=review_id, **values))
        self._ctx.notify(TABLES)
