"""Partner reassessments at phase transitions and go/no-go gates: the assessment, its scores
(the current partner's and any candidate's, per criterion) and the candidates compared."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field

from cdmo_desktop.domain.enums import Phase
from cdmo_desktop.domain.models.base import Entity, check, enum_field, fk
from cdmo_desktop.domain.reassessment import (
    Criterion,
    ReassessmentOutcome,
    ReassessmentStatus,
    ReassessmentTrigger,
)


class Reassessment(Entity, table=True):
    """One reassessment of the engagement's partner. `scorecard_json` holds the partner's
    KPI scorecard frozen when it was completed (domain.reassessment.FrozenScorecard)."""

    __tablename__ = "reassessment"

    engagement_id: str = fk("engagement.id")
    partner_id: str = fk("partner.id", ondelete="RESTRICT")
    trigger: ReassessmentTrigger = enum_field(ReassessmentTrigger)
    milestone_id: str | None = fk("milestone.id", nullable=True, ondelete="SET NULL")
    from_phase: Phase | None = enum_field(Phase, nullable=True, name="reassessment_from_phase")
    to_phase: Phase | None = enum_field(Phase, nullable=True, name="reassessment_to_phase")
    status: ReassessmentStatus = enum_field(
        ReassessmentStatus, default=ReassessmentStatus.DUE, index=True
    )
    due_date: date = Field(index=True)
    assessed_on: date | None = None
    assessor: str = Field(default="", max_length=200)
    outcome: ReassessmentOutcome | None = enum_field(ReassessmentOutcome, nullable=True)
    outcome_note: str = ""
    decision_id: str | None = fk("decision.id", nullable=True, ondelete="SET NULL")
    scorecard_json: str = ""
    previous_id: str | None = fk("reassessment.id", nullable=True, ondelete="SET NULL")


class ReassessmentScore(Entity, table=True):
    """A partner's score (1-5) on one criterion, with its evidence."""

    __tablename__ = "reassessment_score"
    __table_args__ = (
        sa.UniqueConstraint(
            "reassessment_id", "partner_id", "criterion", name="uq_reassessment_score_cell"
        ),
        check(
            "score IS NULL OR (score >= 1 AND score <= 5)",
            "score_1_to_5",
            {"range": ("score", 1, 5)},
        ),
    )

    reassessment_id: str = fk("reassessment.id")
    partner_id: str = fk("partner.id", ondelete="RESTRICT")
    criterion: Criterion = enum_field(Criterion)
    score: int | None = None
    evidence: str = ""
    comment: str = ""


class ReassessmentCandidate(Entity, table=True):
    """A partner compared with the current one for the next phase."""

    __tablename__ = "reassessment_candidate"
    __table_args__ = (
        sa.UniqueConstraint("reassessment_id", "partner_id", name="uq_reassessment_candidate_pair"),
    )

    reassessment_id: str = fk("reassessment.id")
    partner_id: str = fk("partner.id", ondelete="RESTRICT")
    position: int = 0
    note: str = ""
