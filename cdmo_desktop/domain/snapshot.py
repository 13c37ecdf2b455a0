"""Plain, frozen snapshots of the data a PDF is built from.

The store builds them (store/snapshots.py) in one short session; the report builders only
ever see these values, never a live Session. A status report keeps its snapshot as JSON
(`to_json` / `from_json`) so a past report prints again identically.

Enum fields hold the stored *value* (e.g. "open"); the builders turn them into labels.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from enum import Enum
from typing import Any, TypeVar, Union

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.reassessment import ReassessmentSummary
from cdmo_desktop.domain.scheduling import variance_days

SCHEMA_VERSION = 1


@dataclasses.dataclass(frozen=True)
class Party:
    """A client or partner as it appears at the top of a document."""

    name: str
    legal_name: str = ""
    address: str = ""
    city: str = ""
    country: str = ""
    kind: str = ""  # partner kind value; "" for a client
    website: str = ""


@dataclasses.dataclass(frozen=True)
class Site:
    name: str
    city: str = ""
    country: str = ""
    address: str = ""


@dataclasses.dataclass(frozen=True)
class EngagementInfo:
    id: str
    title: str
    program: str = ""
    compound: str = ""
    phase: str = ""
    status: str = ""
    start_date: date | None = None
    end_date: date | None = None
    budget: str = ""  # formatted with its currency, "" when not set
    rag: str = ""
    description: str = ""


@dataclasses.dataclass(frozen=True)
class CharterInfo:
    status: str = "draft"
    who_summary: str = ""
    decision_maker: str = ""
    kickoff_date: date | None = None
    kickoff_place: str = ""
    planned_start: date | None = None
    planned_end: date | None = None
    timeline_notes: str = ""
    where_notes: str = ""
    scope: str = ""
    deliverables: str = ""
    methods: str = ""
    quality_standards: str = ""
    tech_transfer: str = ""
    client_provides: str = ""
    client_approves: str = ""
    client_reviews: str = ""
    client_signatory: str = ""
    client_signed_date: date | None = None
    partner_signatory: str = ""
    partner_signed_date: date | None = None
    sites: tuple[Site, ...] = ()


@dataclasses.dataclass(frozen=True)
class CompletenessItem:
    question: str
    done: bool
    detail: str = ""


@dataclasses.dataclass(frozen=True)
class Completeness:
    percent: int
    items: tuple[CompletenessItem, ...] = ()


@dataclasses.dataclass(frozen=True)
class TeamMemberRow:
    id: str
    name: str
    side: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    is_decision_maker: bool = False


@dataclasses.dataclass(frozen=True)
class RaciRow:
    """One workstream with the role ("R", "A", "C", "I" or "") of each team member, in the
    order of `EngagementSnapshot.team`."""

    workstream: str
    roles: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class ChannelRow:
    name: str
    kind: str
    cadence: str
    purpose: str = ""
    owner: str = ""
    participants: str = ""
    medium: str = ""
    next_date: date | None = None


@dataclasses.dataclass(frozen=True)
class EscalationRow:
    level: int
    who: str
    when_to_escalate: str = ""
    response_time_hours: int | None = None


@dataclasses.dataclass(frozen=True)
class MetricRow:
    metric: str
    target: str = ""
    how_measured: str = ""


@dataclasses.dataclass(frozen=True)
class KpiReportRow:
    """One engagement KPI as a status report prints it (values as stored: unit, direction,
    period, status and trend hold enum values, "" when there is none)."""

    name: str
    unit: str = "number"
    direction: str = "higher_better"
    period: str = "month"
    target: float | None = None
    amber: float | None = None
    red: float | None = None
    target_note: str = ""
    latest_period: date | None = None
    latest_value: float | None = None
    status: str = ""
    trend: str = ""
    recent: tuple[float, ...] = ()


@dataclasses.dataclass(frozen=True)
class DataShareRow:
    item: str
    direction: str
    purpose: str = ""
    reason_needed: str = ""
    agreement_ref: str = ""
    restrictions: str = ""
    shared_date: date | None = None
    shared_by: str = ""


@dataclasses.dataclass(frozen=True)
class RiskRow:
    number: int
    title: str
    category: str
    likelihood: int
    impact: int
    score: int
    level: str
    status: str
    owner: str = ""
    description: str = ""
    mitigation: str = ""
    raised_by: str = ""
    raised_date: date | None = None
    next_review_date: date | None = None
    closed_date: date | None = None
    realized_date: date | None = None
    residual_likelihood: int | None = None
    residual_impact: int | None = None

    @property
    def ref(self) -> str:
        return risk_review.code(self.number)

    @property
    def is_active(self) -> bool:
        return risk_review.is_active(self.status)


@dataclasses.dataclass(frozen=True)
class MilestoneRow:
    id: str
    name: str
    kind: str
    planned_start: date
    planned_finish: date
    status: str = "not_started"
    phase: str = ""
    owner_side: str = ""
    baseline_start: date | None = None
    baseline_finish: date | None = None
    actual_start: date | None = None
    actual_finish: date | None = None
    percent_complete: int = 0
    contract_fixed: bool = False
    gate_outcome: str = ""
    position: int = 0

    @property
    def is_open(self) -> bool:
        return self.status not in ("done", "cancelled")

    @property
    def finish(self) -> date:
        """The finish that counts today: the actual one when done, else the planned one."""
        return self.actual_finish or self.planned_finish

    @property
    def variance_days(self) -> int | None:
        """Days late (+) or early (-) against the baseline finish; None without a baseline
        (the schedule's own rule, applied to the finish that counts today)."""
        return variance_days(self.finish, self.baseline_finish)


@dataclasses.dataclass(frozen=True)
class DependencyRow:
    predecessor_id: str
    successor_id: str
    kind: str = "fs"
    lag_days: int = 0


@dataclasses.dataclass(frozen=True)
class DecisionRow:
    decision_date: date
    title: str
    decision: str = ""
    rationale: str = ""
    decided_by: str = ""
    gate_outcome: str = ""
    milestone: str = ""


@dataclasses.dataclass(frozen=True)
class ActionRow:
    description: str
    status: str
    owner: str = ""
    due_date: date | None = None
    raised_by: str = ""
    raised_date: date | None = None
    closed_date: date | None = None

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "in_progress")


@dataclasses.dataclass(frozen=True)
class EngagementSnapshot:
    """Everything about one engagement that a report or an agreement may print."""

    engagement: EngagementInfo
    client: Party
    partner: Party
    charter: CharterInfo | None = None
    completeness: Completeness | None = None
    team: tuple[TeamMemberRow, ...] = ()
    raci: tuple[RaciRow, ...] = ()
    channels: tuple[ChannelRow, ...] = ()
    escalation: tuple[EscalationRow, ...] = ()
    metrics: tuple[MetricRow, ...] = ()
    kpis: tuple[KpiReportRow, ...] = ()
    data_shares: tuple[DataShareRow, ...] = ()
    risks: tuple[RiskRow, ...] = ()
    milestones: tuple[MilestoneRow, ...] = ()
    dependencies: tuple[DependencyRow, ...] = ()
    decisions: tuple[DecisionRow, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    as_of: date | None = None


@dataclasses.dataclass(frozen=True)
class StatusForm:
    """What the consultant types before a status report is issued."""

    period_start: date
    period_end: date
    overall_status: str = "green"
    summary: str = ""
    highlights: str = ""
    asks_of_partner: str = ""
    asks_of_client: str = ""
    prepared_by: str = ""
    prepared_on: date | None = None


@dataclasses.dataclass(frozen=True)
class StatusReportSnapshot:
    form: StatusForm
    data: EngagementSnapshot
    confidentiality: str = "Confidential"
    # The partner reassessment completed in the period (its summary section), if any.
    reassessment: ReassessmentSummary | None = None


@dataclasses.dataclass(frozen=True)
class ClauseRow:
    position: int
    heading: str
    body: str
    clause_key: str = ""


@dataclasses.dataclass(frozen=True)
class AgreementSnapshot:
    id: str
    title: str
    kind: str
    status: str
    client: Party
    partner: Party
    version: int = 1
    reference: str = ""
    effective_date: date | None = None
    expiry_date: date | None = None
    signed_date: date | None = None
    governing_law: str = ""
    recitals: str = ""
    client_signatory: str = ""
    client_signatory_title: str = ""
    partner_signatory: str = ""
    partner_signatory_title: str = ""
    clauses: tuple[ClauseRow, ...] = ()
    data: EngagementSnapshot | None = None
    prepared_on: date | None = None
    confidentiality: str = "Confidential"

    @property
    def is_signed(self) -> bool:
        return self.status == "signed"


# --- JSON ---------------------------------------------------------------------------------

T = TypeVar("T")


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    return value


def to_json(value: Any) -> str:
    payload = {"schema": SCHEMA_VERSION, "data": to_jsonable(value)}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def from_json(cls: type[T], text: str) -> T:
    payload = json.loads(text)
    if not isinstance(payload, dict) or payload.get("schema") != SCHEMA_VERSION:
        raise ValueError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "This stored report was written by a different version of the app."
                )
            )
        )
    return typing.cast(T, _load(cls, payload["data"]))


def _load(tp: Any, raw: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        if raw is None:
            return None
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _load(options[0], raw)
    if origin is tuple:
        (inner, *_rest) = typing.get_args(tp)
        return tuple(_load(inner, item) for item in raw)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        kwargs = {
            f.name: _load(hints[f.name], raw[f.name])
            for f in dataclasses.fields(tp)
            if f.name in raw
        }
        return tp(**kwargs)
    if tp is date:
        return date.fromisoformat(raw)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(raw)
    if tp is float and isinstance(raw, int):
        return float(raw)
    return raw
