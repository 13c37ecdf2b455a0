"""What the risk form reads from the store: the risk's values, its review history and the
choices of its engagement (owners, milestones with decision gates first, decisions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cdmo_desktop.domain.risk_review import ScorePoint
from cdmo_desktop.store import Store, risk_reviews
from cdmo_desktop.store import risks as risk_store
from cdmo_desktop.store.risks import MilestoneOption

FORM_FIELDS = (
    "engagement_id",
    "title",
    "category",
    "status",
    "owner",
    "raised_by",
    "raised_date",
    "milestone_id",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "description",
    "cause",
    "trigger",
    "mitigation",
    "contingency",
    "review_cadence_days",
    "next_review_date",
    "closed_date",
    "closure_note",
    "realized_decision_id",
)


@dataclass
class FormData:
    risk_id: str | None = None
    number: int = 0
    values: dict[str, Any] = field(default_factory=dict)
    engagement_title: str = ""
    last_review: date | None = None
    review_count: int = 0
    history: list[ScorePoint] = field(default_factory=list)
    engagements: list[tuple[str, str]] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    milestones: list[MilestoneOption] = field(default_factory=list)
    decisions: list[tuple[str, str]] = field(default_factory=list)


def load_form_data(store: Store, risk_id: str) -> FormData | None:
    with store.read() as s:
        risk = risk_store.get_risk(s, risk_id)
        if risk is None:
            return None
        values = {f: getattr(risk, f) for f in FORM_FIELDS}
        for key in ("category", "status", "raised_by"):
            values[key] = str(values[key])
        reviews = risk_reviews.reviews_of(s, risk_id)
        return FormData(
            risk_id=risk_id,
            number=risk.number,
            values=values,
            engagement_title=risk_store.engagement_title(s, risk.engagement_id),
            last_review=max((r.review_date for r in reviews), default=None),
            review_count=len(reviews),
            history=risk_reviews.score_history(s, risk_id),
        )


def load_options(store: Store, data: FormData, engagement_id: str | None) -> None:
    """Fill the choices of `data` for `engagement_id` (none but the engagements when None)."""
    with store.read() as s:
        if data.risk_id is not None and engagement_id:
            data.engagements = [(engagement_id, risk_store.engagement_title(s, engagement_id))]
        else:
            data.engagements = risk_store.engagement_options(s)
        if engagement_id:
            data.engagement_title = dict(data.engagements).get(engagement_id, "")
            data.owners = risk_store.owner_options(s, engagement_id, with_team=True)
            data.milestones = risk_store.milestone_options(s, engagement_id)
            data.decisions = risk_store.decision_options(s, engagement_id)
        else:
            data.owners, data.milestones, data.decisions = [], [], []
