"""Decision log and action items of an engagement."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from cdmo_desktop.domain.enums import ActionSource, ActionStatus, GateOutcome, Side
from cdmo_desktop.domain.models.base import Entity, enum_field, fk


class Decision(Entity, table=True):
    __tablename__ = "decision"

    engagement_id: str = fk("engagement.id")
    decision_date: date = Field(index=True)
    title: str = Field(max_length=300)
    options_considered: str = ""
    decision: str = ""
    rationale: str = ""
    decided_by: str = Field(default="", max_length=200)
    milestone_id: str | None = fk("milestone.id", nullable=True, ondelete="SET NULL")
    gate_outcome: GateOutcome | None = enum_field(GateOutcome, nullable=True)


class ActionItem(Entity, table=True):
    __tablename__ = "action_item"

    engagement_id: str = fk("engagement.id")
    description: str
    owner: str = Field(default="", max_length=200)
    due_date: date | None = Field(default=None, index=True)
    status: ActionStatus = enum_field(ActionStatus, default=ActionStatus.OPEN, index=True)
    source: ActionSource = enum_field(ActionSource, default=ActionSource.MEETING)
    raised_by: Side = enum_field(Side, default=Side.CONSULTANT, index=True)
    raised_date: date | None = None
    closed_date: date | None = None
    notes: str = ""
