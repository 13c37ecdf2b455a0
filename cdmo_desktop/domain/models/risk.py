"""Risks of an engagement and their reviews."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field

from cdmo_desktop.domain.enums import RiskCategory, RiskLevel, RiskStatus, Side
from cdmo_desktop.domain.models.base import Entity, check, dates_ordered, enum_field, fk


def _score_checks() -> tuple[sa.CheckConstraint, ...]:
    return tuple(
        check(f"{col} IS NULL OR ({col} >= 1 AND {col} <= 5)", f"{col}_1_to_5")
        for col in ("likelihood", "impact", "residual_likelihood", "residual_impact")
    )


class Risk(Entity, table=True):
    __tablename__ = "risk"
    __table_args__ = (
        *_score_checks(),
        check("review_cadence_days IS NULL OR review_cadence_days > 0", "cadence_positive"),
        dates_ordered("raised_date", "next_review_date"),
        dates_ordered("raised_date", "closed_date"),
        check("number >= 1", "number_positive"),
        # R-001.. is unique within an engagement; the index also serves "next number".
        sa.UniqueConstraint("engagement_id", "number", name="uq_risk_engagement_number"),
        # Covering indexes: heat-map and "reviews due" counts read no table rows.
        sa.Index(
            "ix_risk_heat",
            "likelihood",
            "impact",
            "residual_likelihood",
            "residual_impact",
            "status",
            "level",
        ),
        # A level filter: its count, page of row ids and heat map read this index only.
        sa.Index(
            "ix_risk_level_grid",
            "level",
            "status",
            "likelihood",
            "impact",
            "residual_likelihood",
            "residual_impact",
            "score",
            "next_review_date",
        ),
        sa.Index(
            "ix_risk_review_due",
            "next_review_date",
            "status",
            "likelihood",
            "impact",
            "residual_likelihood",
            "residual_impact",
        ),
    )

    engagement_id: str = fk("engagement.id", index=False)  # uq_risk_engagement_number
    number: int  # R-001 is number 1 of its engagement
    title: str = Field(index=True, max_length=300)
    description: str = ""
    category: RiskCategory = enum_field(RiskCategory, index=True)
    likelihood: int = Field(default=3, index=True)
    impact: int = Field(default=3, index=True)
    # Derived from likelihood x impact through domain.risk_matrix; stored so SQL can sort/filter.
    score: int = Field(default=9, index=True)
    level: RiskLevel = enum_field(RiskLevel, default=RiskLevel.MEDIUM)  # ix_risk_level_grid
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    cause: str = ""
    trigger: str = ""
    mitigation: str = ""
    contingency: str = ""
    owner: str = Field(default="", index=True, max_length=200)
    status: RiskStatus = enum_field(RiskStatus, default=RiskStatus.OPEN, index=True)
    raised_by: Side = enum_field(Side, default=Side.CONSULTANT, index=True)
    raised_date: date | None = None
    review_cadence_days: int | None = 30
    next_review_date: date | None = Field(default=None, index=True)
    milestone_id: str | None = fk("milestone.id", nullable=True, ondelete="SET NULL")
    closed_date: date | None = None
    closure_note: str = ""
    realized_decision_id: str | None = fk("decision.id", nullable=True, ondelete="SET NULL")


class RiskReview(Entity, table=True):
    __tablename__ = "risk_review"
    __table_args__ = _score_checks()

    risk_id: str = fk("risk.id")
    review_date: date
    note: str = ""
    reviewed_by: str = Field(default="", max_length=200)
    likelihood: int | None = None
    impact: int | None = None
    residual_likelihood: int | None = None
    residual_impact: int | None = None
