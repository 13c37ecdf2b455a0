"""Milestones (tasks, milestones, decision gates), their dependencies and named baselines.

A milestone's `baseline_start` / `baseline_finish` hold the dates of its engagement's
latest baseline (what reports measure variance against); every baseline ever set is kept
by name in `ScheduleBaseline` with its dates in `BaselineDate`, for comparing the plan
against any of them."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field

from cdmo_desktop.domain.enums import (
    DependencyKind,
    GateOutcome,
    MilestoneKind,
    MilestoneStatus,
    Phase,
    Side,
)
from cdmo_desktop.domain.models.base import Entity, check, dates_ordered, enum_field, fk

PHASE_RANK_SQL = (
    "CASE phase "
    + " ".join(f"WHEN '{p.value}' THEN {i}" for i, p in enumerate(Phase))
    + f" ELSE {len(Phase)} END"
)
"""A milestone's phase as its rank in the order phases follow (no phase last): the plan's
order within an engagement is (phase rank, position, planned start, name)."""
PLAN_ORDER: tuple[str, ...] = ("engagement_id", PHASE_RANK_SQL, "position", "planned_start", "name")
"""The plan's order of an engagement's items, indexed (ix_milestone_plan), so the first
items of a big plan are an index range instead of a sort of every item."""


class Milestone(Entity, table=True):
    __tablename__ = "milestone"
    __table_args__ = (
        sa.Index(
            "ix_milestone_plan", *(sa.text(c) if c.startswith("CASE") else c for c in PLAN_ORDER)
        ),
        dates_ordered("planned_start", "planned_finish"),
        dates_ordered("baseline_start", "baseline_finish"),
        dates_ordered("actual_start", "actual_finish"),
        check("percent_complete >= 0 AND percent_complete <= 100", "percent_0_to_100"),
    )

    engagement_id: str = fk("engagement.id")
    name: str = Field(max_length=300)
    kind: MilestoneKind = enum_field(MilestoneKind, default=MilestoneKind.TASK, index=True)
    phase: Phase | None = enum_field(Phase, nullable=True)
    owner_side: Side = enum_field(Side, default=Side.PARTNER)
    planned_start: date = Field(index=True)
    planned_finish: date = Field(index=True)
    baseline_start: date | None = None
    baseline_finish: date | None = None
    actual_start: date | None = None
    actual_finish: date | None = None
    percent_complete: int = 0
    status: MilestoneStatus = enum_field(
        MilestoneStatus, default=MilestoneStatus.NOT_STARTED, index=True
    )
    contract_fixed: bool = False
    gate_outcome: GateOutcome | None = enum_field(GateOutcome, nullable=True)
    position: int = Field(default=0, index=True)
    notes: str = ""


class MilestoneDependency(Entity, table=True):
    __tablename__ = "milestone_dependency"
    __table_args__ = (
        sa.UniqueConstraint("predecessor_id", "successor_id", name="uq_milestone_dependency_pair"),
        check("predecessor_id <> successor_id", "not_self"),
    )

    predecessor_id: str = fk("milestone.id")
    successor_id: str = fk("milestone.id")
    kind: DependencyKind = enum_field(DependencyKind, default=DependencyKind.FINISH_TO_START)
    lag_days: int = 0


class ScheduleBaseline(Entity, table=True):
    """A named snapshot of an engagement's planned dates ("Baseline", "Re-plan after
    tech transfer"), taken on `set_on`."""

    __tablename__ = "schedule_baseline"
    __table_args__ = (
        sa.UniqueConstraint("engagement_id", "name", name="uq_schedule_baseline_name"),
    )

    engagement_id: str = fk("engagement.id")
    name: str = Field(max_length=120)
    set_on: date


class BaselineDate(Entity, table=True):
    """One item's dates in one baseline."""

    __tablename__ = "baseline_date"
    __table_args__ = (
        sa.UniqueConstraint("baseline_id", "milestone_id", name="uq_baseline_date_item"),
        dates_ordered("start", "finish"),
    )

    baseline_id: str = fk("schedule_baseline.id")
    milestone_id: str = fk("milestone.id")
    start: date
    finish: date
