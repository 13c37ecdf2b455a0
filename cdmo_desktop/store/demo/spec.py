"""The shape of one engagement's demo description (day offsets are relative to today)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cdmo_desktop.domain.enums import (
    ActionSource,
    ActionStatus,
    Cadence,
    ChannelKind,
    GateOutcome,
    RiskCategory,
    RiskStatus,
    ShareDirection,
    Side,
)
from cdmo_desktop.store.demo._build import M


@dataclass(frozen=True)
class R:
    """A demo risk; day offsets are relative to today."""

    title: str
    category: RiskCategory
    likelihood: int
    impact: int
    owner: str
    mitigation: str
    description: str = ""
    status: RiskStatus = RiskStatus.OPEN
    raised_by: Side = Side.CONSULTANT
    raised: int = -60
    review: int | None = 14
    cadence: int = 30
    contingency: str = ""
    trigger: str = ""
    cause: str = ""
    residual: tuple[int, int] | None = None
    milestone: str | None = None
    closed: int | None = None
    closure_note: str = ""
    decision: str | None = None
    reviews: tuple[tuple[int, str, str, int, int], ...] = ()


@dataclass(frozen=True)
class D:
    """A logged decision, optionally taken at a decision gate (`gate` = milestone key)."""

    key: str
    day: int
    title: str
    options: str
    decision: str
    rationale: str
    decided_by: str
    gate: str | None = None
    outcome: GateOutcome | None = None


@dataclass(frozen=True)
class A:
    description: str
    owner: str
    due: int | None
    status: ActionStatus = ActionStatus.OPEN
    source: ActionSource = ActionSource.MEETING
    raised_by: Side = Side.CONSULTANT
    raised: int = -14
    notes: str = ""


@dataclass
class EngagementSpec:
    key: str
    client: str
    partner: str
    engagement: dict[str, Any]
    charter: dict[str, Any]
    charter_sites: list[str]
    metrics: list[tuple[str, str, str]]
    escalation: list[tuple[str, str, int]]
    team: list[tuple[str, str, Side, str, str, bool]]
    workstreams: list[tuple[str, str]]
    channels: list[tuple[str, ChannelKind, Cadence, str, str, str, str, int]]
    agreements: list[dict[str, Any]]
    shares: list[tuple[str, ShareDirection, str, str, str, str, int | None, str]]
    schedule_start: int
    milestones: list[M]
    decisions: list[D]
    risks: list[R]
    actions: list[A]
    report: dict[str, Any] | None = None
    kickoff_attendees: list[str] = field(default_factory=list)
