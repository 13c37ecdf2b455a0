"""Partner reassessments of the demo portfolio: Hollis Ridge reassessed twice on the
ART-417 process development (after route selection, and before the GMP campaign go/no-go,
compared with Deccan Synthesis as a second source), and a postponed reassessment of the
scale-up on the agenda. Written through the reassessment use cases, with seeded ids."""

from __future__ import annotations

from datetime import date

from sqlmodel import col, select

from cdmo_desktop.domain.enums import Phase
from cdmo_desktop.domain.models import Engagement, Milestone, Partner
from cdmo_desktop.domain.reassessment import (
    ConditionEntry,
    Criterion,
    ReassessmentOutcome,
    ReassessmentTrigger,
    ScoreEntry,
)
from cdmo_desktop.store.demo._build import Ctx
from cdmo_desktop.store.reassessment_edits import (
    ReassessmentForm,
    Trigger,
    complete_reassessment,
    start_reassessment,
)
from cdmo_desktop.store.store import Store

PROCESS = "ART-417 process development and first GMP campaign"
SCALE_UP = "ART-417 API scale-up to 100 kg"
CANDIDATE = "Deccan Synthesis"
ASSESSOR = "Dana Whitfield"

C = Criterion
# (criterion, score, evidence, comment) for Hollis Ridge at the first and second assessment,
# then for the candidate.
FIRST = (
    (C.TRUST, 4, "Raised the impurity at RRT 1.12 the day it was seen", ""),
    (C.TEAM, 4, "Stable team; Dr. Herrera leads the chemistry", ""),
    (C.CAPABILITY, 4, "Route scouting and 5 kg kilo lab in house", ""),
    (C.QUALITY, 4, "Routine audit passed with 2 minor observations", ""),
    (C.COMMUNICATION, 4, "Weekly call kept; minutes within a day", ""),
    (C.CAPACITY, 3, "Kilo lab booked solid in Q1", "Ask for the Q2 slots early"),
    (C.COST, 3, "Route work 6 % over the work order", ""),
    (C.LOCATION, 4, "Same time zone as the client; US shipping only", ""),
)
SECOND = (
    (C.TRUST, 4, "Flagged the yield drop in the engineering batch within 24 h", ""),
    (C.TEAM, 3, "Project manager changed in October; handover done", "Key chemist stays"),
    (C.CAPABILITY, 2, "Largest GMP train 2000 l; the 100 kg campaign needs a second slot", ""),
    (C.QUALITY, 4, "FDA inspection with no 483; 2 audit observations closed", ""),
    (C.PERFORMANCE, 3, "Deviations per batch red and worsening; the other KPIs green", ""),
    (C.COMMUNICATION, 4, "Escalations answered the same day", ""),
    (C.CAPACITY, 2, "No GMP slot before week 14 of next year", "Critical for the campaign"),
    (C.COST, 3, "Quote for the GMP campaign in line with the market", ""),
    (C.LOCATION, 4, "Ships within the US; no import licence needed", ""),
)
CANDIDATE_SCORES = (
    (C.TRUST, 3, "Reference call with two sponsors: open about deviations", ""),
    (C.TEAM, 3, "Team named but not met yet", ""),
    (C.CAPABILITY, 5, "Two 4000 l GMP trains, HPAPI suite", ""),
    (C.QUALITY, 3, "EU GMP certificate; USFDA VAI in 2025", "Audit before any award"),
    (C.COMMUNICATION, 3, "9.5 h time difference; English-speaking project office", ""),
    (C.CAPACITY, 5, "Slots offered from week 4", ""),
    (C.COST, 4, "Indicative quote 25 % below Hollis Ridge", ""),
    (C.LOCATION, 2, "Shipping from India adds 3 weeks and an import step", ""),
)


def _entries(
    partner_id: str, rows: tuple[tuple[Criterion, int, str, str], ...]
) -> tuple[ScoreEntry, ...]:
    return tuple(ScoreEntry(partner_id, c, score, ev, comment) for c, score, ev, comment in rows)


def add_reassessments(store: Store, ctx: Ctx) -> None:
    with store.read() as s:
        process = s.exec(select(Engagement).where(Engagement.title == PROCESS)).one()
        scale_up = s.exec(select(Engagement).where(Engagement.title == SCALE_UP)).one()
        gates = s.exec(
            select(Milestone)
            .where(Milestone.engagement_id == process.id, col(Milestone.name).startswith("Gate:"))
            .order_by(col(Milestone.planned_finish))
        ).all()
        candidate = s.exec(select(Partner).where(Partner.name == CANDIDATE)).one()
    route, gmp = gates[0], gates[-1]
    first_day, second_day = ctx.day(-110), ctx.day(-4)
    _complete(
        store,
        ctx,
        process.id,
        Trigger(ReassessmentTrigger.GATE, milestone_id=route.id),
        first_day,
        ReassessmentForm(
            entries=_entries(process.partner_id, FIRST),
            assessor=ASSESSOR,
            assessed_on=first_day,
            outcome=ReassessmentOutcome.CONTINUE,
            outcome_note="Route selected; Hollis Ridge keeps the process development.",
        ),
    )
    _complete(
        store,
        ctx,
        process.id,
        Trigger(
            ReassessmentTrigger.GATE,
            from_phase=Phase.PROCESS_DEVELOPMENT,
            to_phase=Phase.SCALE_UP,
            milestone_id=gmp.id,
        ),
        second_day,
        ReassessmentForm(
            entries=_entries(process.partner_id, SECOND) + _entries(candidate.id, CANDIDATE_SCORES),
            candidates=(candidate.id,),
            assessor=ASSESSOR,
            assessed_on=second_day,
            outcome=ReassessmentOutcome.CONTINUE_WITH_CONDITIONS,
            outcome_note=(
                "Hollis Ridge keeps the first GMP campaign; capacity for 100 kg is the gap. "
                "Deccan Synthesis is qualified as a second source before the scale-up."
            ),
            conditions=(
                ConditionEntry(
                    "Confirm a GMP slot before week 14 in writing", "Dr. Tomás Herrera", ctx.day(10)
                ),
                ConditionEntry("Audit Deccan Synthesis (Hyderabad site)", ASSESSOR, ctx.day(45)),
            ),
        ),
    )
    start_reassessment(
        store,
        scale_up.id,
        Trigger(
            ReassessmentTrigger.PHASE_CHANGE,
            from_phase=Phase.SCALE_UP,
            to_phase=Phase.CLINICAL_SUPPLY,
        ),
        ctx.today,
        later=True,
        reassessment_id=ctx.ids.new(),
    )


def _complete(
    store: Store, ctx: Ctx, engagement_id: str, trigger: Trigger, day: date, form: ReassessmentForm
) -> None:
    rid = ctx.ids.new()
    start_reassessment(store, engagement_id, trigger, day, reassessment_id=rid)
    complete_reassessment(store, rid, form, ctx.today, make_id=ctx.ids.new)
