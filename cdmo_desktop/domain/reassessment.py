"""Partner reassessment at a phase transition or a go/no-go gate: its closed lists, the
criteria a consultant scores, the scorecard frozen on the day, and the rules a
reassessment must satisfy before it is completed.

A reassessment scores the current partner (and any candidate partner for the next phase)
1-5 on each criterion, with the evidence behind each score. Completing it freezes the
partner's KPI scorecard as it stood that day, so later edits of measurements never change
a past assessment.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from cdmo_desktop.domain.enums import LabelledEnum
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.reassessment_title import reassessment_title as reassessment_title

SCORE_MIN, SCORE_MAX = 1, 5
SCORE_WORDS = {1: "Poor", 2: "Weak", 3: "Adequate", 4: "Good", 5: "Excellent"}
POSTPONE_DAYS = 14  # "Later": the reassessment falls due this many days on


class _Labelled(LabelledEnum):
    """A LabelledEnum whose labels live beside it (`_TEXT`), not in domain.enums."""

    @property
    def label(self) -> str:
        return _TEXT.get(f"{type(self).__name__}.{self.value}", super().label)


class ReassessmentTrigger(_Labelled):
    PHASE_CHANGE = "phase_change"
    GATE = "gate"


class ReassessmentStatus(_Labelled):
    DUE = "due"
    POSTPONED = "postponed"
    COMPLETED = "completed"


class ReassessmentOutcome(_Labelled):
    CONTINUE = "continue"
    CONTINUE_WITH_CONDITIONS = "continue_with_conditions"
    SECOND_SOURCE = "second_source"
    RE_TENDER = "re_tender"
    EXIT = "exit"


class Criterion(_Labelled):
    TRUST = "trust"
    TEAM = "team"
    CAPABILITY = "capability"
    QUALITY = "quality"
    PERFORMANCE = "performance"
    COMMUNICATION = "communication"
    CAPACITY = "capacity"
    COST = "cost"
    LOCATION = "location"


_TEXT: dict[str, str] = {
    "ReassessmentTrigger.phase_change": "Phase change",
    "ReassessmentTrigger.gate": "Go/no-go gate",
    "ReassessmentOutcome.continue": "Continue",
    "ReassessmentOutcome.continue_with_conditions": "Continue with conditions",
    "ReassessmentOutcome.second_source": "Add a second source",
    "ReassessmentOutcome.re_tender": "Re-tender",
    "ReassessmentOutcome.exit": "Exit",
    "Criterion.trust": "Trust and openness",
    "Criterion.team": "The team",
    "Criterion.capability": "Technical capability and scale",
    "Criterion.quality": "Quality and regulatory record",
    "Criterion.performance": "Performance (KPI scorecard)",
    "Criterion.communication": "Communication and responsiveness",
    "Criterion.capacity": "Capacity and slot availability",
    "Criterion.cost": "Cost",
    "Criterion.location": "Location and logistics",
}

# What each criterion asks, shown beside it in the editor and the PDF.
QUESTIONS: dict[Criterion, str] = {
    Criterion.TRUST: "Do they raise problems early and take ownership?",
    Criterion.TEAM: "Stability, key people, skills for the next phase.",
    Criterion.CAPABILITY: "Capabilities and scale of the partner and its sites for the next phase.",
    Criterion.QUALITY: "Audits, GMP inspections, open observations.",
    Criterion.PERFORMANCE: "The KPI scorecard, frozen as it stands on the day.",
    Criterion.COMMUNICATION: "Responsiveness, time-zone and language overlap.",
    Criterion.CAPACITY: "Capacity and slots when the next phase needs them.",
    Criterion.COST: "Price level and cost predictability for the next phase.",
    Criterion.LOCATION: "Shipping, proximity and regional considerations.",
}


def score_text(score: int | None) -> str:
    return "" if score is None else f"{score} · {SCORE_WORDS.get(score, '')}".rstrip(" ·")


# --- rules ------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class ScoreEntry:
    """One cell of the editor: a partner's score on one criterion."""

    partner_id: str
    criterion: Criterion
    score: int | None
    evidence: str = ""
    comment: str = ""

    @property
    def blank(self) -> bool:
        return self.score is None and not self.evidence.strip() and not self.comment.strip()


def field_name(partner_id: str, criterion: Criterion | str, what: str = "score") -> str:
    """The error key of one cell: "<partner id>:<criterion>:score" (or evidence)."""
    return f"{partner_id}:{Criterion(criterion).value}:{what}"


def score_errors(
    entry: ScoreEntry, partner_name: str = "", *, require_evidence: bool = True
) -> dict[str, str]:
    """A score must be a whole number from 1 to 5; a completed reassessment needs the
    evidence behind every score (a draft may hold a score typed before its evidence)."""
    who = f"{partner_name}, " if partner_name else ""
    crit = entry.criterion.label
    errors: dict[str, str] = {}
    score = entry.score
    if score is not None and (
        isinstance(score, bool) or not isinstance(score, int) or not SCORE_MIN <= score <= SCORE_MAX
    ):
        errors[field_name(entry.partner_id, entry.criterion)] = msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "{who}{crit}: the score must be a whole number from {score_min} to {score_max}.",
            ),
            who=who,
            crit=crit,
            score_min=SCORE_MIN,
            score_max=SCORE_MAX,
        )
    elif score is not None and require_evidence and not entry.evidence.strip():
        errors[field_name(entry.partner_id, entry.criterion, "evidence")] = msg(
            QT_TRANSLATE_NOOP(
                "messages", "{who}{crit}: give the evidence behind the score of {score}."
            ),
            who=who,
            crit=crit,
            score=score,
        )
    return errors


def completion_errors(
    current_partner_id: str,
    entries: Iterable[ScoreEntry],
    outcome: ReassessmentOutcome | None,
    assessed_on: date | None,
    assessor: str,
    conditions: Iterable[ConditionEntry] = (),
) -> dict[str, str]:
    """What stops a reassessment from being completed (field -> one sentence)."""
    errors: dict[str, str] = {}
    scored = [e for e in entries if e.partner_id == current_partner_id and e.score is not None]
    if not scored:
        errors["scores"] = msg(
            QT_TRANSLATE_NOOP(
                "messages", "Score the current partner on at least one criterion before completing."
            )
        )
    if outcome is None:
        errors["outcome"] = msg(
            QT_TRANSLATE_NOOP(
                "messages", "Choose the outcome: continue, with conditions, second source, ..."
            )
        )
    if assessed_on is None:
        errors["assessed_on"] = msg(
            QT_TRANSLATE_NOOP("messages", "Give the date of the assessment.")
        )
    if not assessor.strip():
        errors["assessor"] = msg(QT_TRANSLATE_NOOP("messages", "Name who made the assessment."))
    listed = list(conditions)
    if outcome == ReassessmentOutcome.CONTINUE_WITH_CONDITIONS and not listed:
        errors["conditions"] = msg(
            QT_TRANSLATE_NOOP(
                "messages", "List at least one condition (with its owner and due date)."
            )
        )
    for i, c in enumerate(listed, 1):
        if not c.text.strip():
            errors[f"conditions:{i}:text"] = msg(
                QT_TRANSLATE_NOOP("messages", "Condition {i}: say what must be done."), i=i
            )
        elif not c.owner.strip():
            errors[f"conditions:{i}:owner"] = msg(
                QT_TRANSLATE_NOOP("messages", "Condition {i}: name its owner."), i=i
            )
        elif c.due is None:
            errors[f"conditions:{i}:due"] = msg(
                QT_TRANSLATE_NOOP("messages", "Condition {i}: give its due date."), i=i
            )
    return errors


@dataclasses.dataclass(frozen=True)
class ConditionEntry:
    """A condition of a "continue with conditions" outcome: becomes an action item."""

    text: str
    owner: str
    due: date | None


# --- the frozen scorecard ---------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class FrozenKpi:
    """One KPI of the partner's scorecard as it stood on the day of the assessment."""

    engagement: str
    name: str
    unit: str = ""
    target: float | None = None
    period: str = ""  # the latest period's label ("Oct 2026")
    value: float | None = None
    status: str = ""  # green / amber / red / ""
    trend: str = ""  # improving / stable / worsening / ""


@dataclasses.dataclass(frozen=True)
class FrozenScorecard:
    partner: str
    as_of: date | None = None
    kpis: tuple[FrozenKpi, ...] = ()

    def counts(self) -> dict[str, int]:
        out = {"green": 0, "amber": 0, "red": 0}
        for k in self.kpis:
            if k.status in out:
                out[k.status] += 1
        return out

    def summary(self) -> str:
        if not self.kpis:
            return "No KPI measurements recorded for this partner on the day."
        c = self.counts()
        n = len(self.kpis)
        kpis = "1 KPI" if n == 1 else f"{n} KPIs"
        return f"{kpis}: {c['green']} green, {c['amber']} amber, {c['red']} red"


# --- what a report prints ---------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class ScoreLine:
    criterion: str  # Criterion value
    scores: tuple[int | None, ...]  # one per column (current, candidates..., previous)
    evidence: str = ""  # the current partner's
    comment: str = ""


@dataclasses.dataclass(frozen=True)
class ReassessmentSummary:
    """A completed reassessment as the steering PDF and the status report print it."""

    engagement: str
    client: str
    partner: str
    trigger: str
    from_phase: str = ""
    to_phase: str = ""
    gate: str = ""
    assessed_on: date | None = None
    assessor: str = ""
    outcome: str = ""
    outcome_note: str = ""
    columns: tuple[str, ...] = ()  # partner names, then "Previous (date)" when there is one
    lines: tuple[ScoreLine, ...] = ()
    conditions: tuple[str, ...] = ()
    scorecard: FrozenScorecard | None = None

    def average(self, column: int = 0) -> float | None:
        values = [ln.scores[column] for ln in self.lines if ln.scores[column] is not None]
        return sum(v for v in values if v is not None) / len(values) if values else None


def averages(scores: Mapping[Any, int | None]) -> float | None:
    values = [v for v in scores.values() if v is not None]
    return sum(values) / len(values) if values else None


# The texts above, marked for the translation catalogue (shown through gui.i18n.message).
TEXT_CATALOGUE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("messages", "Phase change"),
    QT_TRANSLATE_NOOP("messages", "Go/no-go gate"),
    QT_TRANSLATE_NOOP("messages", "Due"),
    QT_TRANSLATE_NOOP("messages", "Postponed"),
    QT_TRANSLATE_NOOP("messages", "Completed"),
    QT_TRANSLATE_NOOP("messages", "Continue"),
    QT_TRANSLATE_NOOP("messages", "Continue with conditions"),
    QT_TRANSLATE_NOOP("messages", "Add a second source"),
    QT_TRANSLATE_NOOP("messages", "Re-tender"),
    QT_TRANSLATE_NOOP("messages", "Exit"),
    QT_TRANSLATE_NOOP("messages", "Trust and openness"),
    QT_TRANSLATE_NOOP("messages", "The team"),
    QT_TRANSLATE_NOOP("messages", "Technical capability and scale"),
    QT_TRANSLATE_NOOP("messages", "Quality and regulatory record"),
    QT_TRANSLATE_NOOP("messages", "Performance (KPI scorecard)"),
    QT_TRANSLATE_NOOP("messages", "Communication and responsiveness"),
    QT_TRANSLATE_NOOP("messages", "Capacity and slot availability"),
    QT_TRANSLATE_NOOP("messages", "Location and logistics"),
    QT_TRANSLATE_NOOP("messages", "Poor"),
    QT_TRANSLATE_NOOP("messages", "Weak"),
    QT_TRANSLATE_NOOP("messages", "Adequate"),
    QT_TRANSLATE_NOOP("messages", "Good"),
    QT_TRANSLATE_NOOP("messages", "Excellent"),
    QT_TRANSLATE_NOOP("messages", "Do they raise problems early and take ownership?"),
    QT_TRANSLATE_NOOP("messages", "Stability, key people, skills for the next phase."),
    QT_TRANSLATE_NOOP(
        "messages", "Capabilities and scale of the partner and its sites for the next phase."
    ),
    QT_TRANSLATE_NOOP("messages", "Audits, GMP inspections, open observations."),
    QT_TRANSLATE_NOOP("messages", "The KPI scorecard, frozen as it stands on the day."),
    QT_TRANSLATE_NOOP("messages", "Responsiveness, time-zone and language overlap."),
    QT_TRANSLATE_NOOP("messages", "Capacity and slots when the next phase needs them."),
    QT_TRANSLATE_NOOP("messages", "Price level and cost predictability for the next phase."),
    QT_TRANSLATE_NOOP("messages", "Shipping, proximity and regional considerations."),
)
