"""Partner reassessments through the store: a phase change or a gate starts one (now, or
later and then due), scores are validated with a sentence per field and nothing written,
completing it records the decision, the conditions as actions and puts the gate's risks up
for review in one change set that one replay undoes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from cdmo_desktop.domain.enums import GateOutcome, Phase
from cdmo_desktop.domain.models import ActionItem, Decision, Reassessment, ReassessmentScore, Risk
from cdmo_desktop.domain.reassessment import (
    ConditionEntry,
    Criterion,
    FrozenScorecard,
    ReassessmentOutcome,
    ReassessmentStatus,
    ReassessmentTrigger,
    ScoreEntry,
)
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store
from cdmo_desktop.store.portfolio import agenda
from cdmo_desktop.store.reassessment_edits import (
    ReassessmentForm,
    Trigger,
    complete_reassessment,
    save_reassessment,
    start_reassessment,
)
from cdmo_desktop.store.reassessments import (
    criterion_facts,
    engagement_reassessments,
    reassessment_detail,
    take_reassessment_summary,
)
from tests.reassess_world import TODAY, build_reassess_world, scores

GATE = Trigger(ReassessmentTrigger.GATE, milestone_id=None)


def _start(store: Store, w, *, later: bool = False) -> str:
    trigger = Trigger(
        ReassessmentTrigger.PHASE_CHANGE,
        from_phase=Phase.PROCESS_DEVELOPMENT,
        to_phase=Phase.SCALE_UP,
        milestone_id=w.gate_id,
    )
    start_reassessment(store, w.engagement_id, trigger, TODAY, later=later)
    return engagement_reassessments(store, w.engagement_id)[0].id


def _form(w, **kw) -> ReassessmentForm:
    entries = scores(w.partner_id, {Criterion.TRUST: 4, Criterion.QUALITY: 3})
    entries += scores(w.candidate_id, {Criterion.TRUST: 3, Criterion.QUALITY: 5})
    base = {
        "entries": entries,
        "candidates": (w.candidate_id,),
        "assessor": "Mara Quinn",
        "assessed_on": TODAY,
        "outcome": ReassessmentOutcome.CONTINUE_WITH_CONDITIONS,
        "outcome_note": "Keep Alpine for scale-up, watch the yield.",
        "conditions": (
            ConditionEntry("Second pilot batch before PPQ", "Li Wei", date(2026, 12, 15)),
        ),
    }
    return ReassessmentForm(**{**base, **kw})


def _count(store: Store, model) -> int:
    with store.read() as s:
        return len(s.exec(select(model)).all())


def test_later_leaves_a_postponed_reassessment_on_the_agenda_until_done(store: Store) -> None:
    w = build_reassess_world(store)
    rid = _start(store, w, later=True)
    row = reassessment_detail(store, rid).row
    assert row.status == ReassessmentStatus.POSTPONED
    assert row.due_date == TODAY + timedelta(days=14)
    with store.read() as s:
        items = [i for i in agenda(s, TODAY) if i.kind == "reassessment"]
    assert [i.title for i in items] == [
        "Reassess Alpine Synthesis (Process development → Scale up)"
    ]
    assert items[0].kind_label == "Reassessment"
    complete_reassessment(store, rid, _form(w), TODAY)
    with store.read() as s:
        assert not [i for i in agenda(s, TODAY) if i.kind == "reassessment"]


def test_a_second_trigger_reuses_the_open_reassessment(store: Store) -> None:
    w = build_reassess_world(store)
    _start(store, w, later=True)
    _start(store, w)
    rows = engagement_reassessments(store, w.engagement_id)
    assert len(rows) == 1 and rows[0].status == ReassessmentStatus.DUE


def test_scores_out_of_range_or_without_evidence_are_refused_and_nothing_is_written(
    store: Store,
) -> None:
    w = build_reassess_world(store)
    rid = _start(store, w)
    out_of_range = (ScoreEntry(w.partner_id, Criterion.TRUST, 7, "seen it"),)
    with pytest.raises(ValidationError) as refused:
        save_reassessment(store, rid, ReassessmentForm(entries=out_of_range))
    assert refused.value.errors == {
        f"{w.partner_id}:trust:score": (
            "Alpine Synthesis, Trust and openness: the score must be a whole number from 1 to 5."
        )
    }
    assert _count(store, ReassessmentScore) == 0
    no_evidence = (ScoreEntry(w.partner_id, Criterion.COST, 2, "  "),)
    save_reassessment(store, rid, ReassessmentForm(entries=no_evidence))  # a draft may wait
    with pytest.raises(ValidationError) as refused:
        complete_reassessment(store, rid, _form(w, entries=no_evidence), TODAY)
    assert refused.value.errors == {
        f"{w.partner_id}:cost:evidence": (
            "Alpine Synthesis, Cost: give the evidence behind the score of 2."
        )
    }
    assert _count(store, Decision) == 0 and _count(store, ActionItem) == 0
    assert reassessment_detail(store, rid).row.status == ReassessmentStatus.DUE


def test_completing_needs_the_current_partner_scored_and_an_outcome(store: Store) -> None:
    w = build_reassess_world(store)
    rid = _start(store, w)
    only_candidate = scores(w.candidate_id, {Criterion.TRUST: 3})
    form = _form(w, entries=only_candidate, outcome=None, conditions=())
    with pytest.raises(ValidationError) as refused:
        complete_reassessment(store, rid, form, TODAY)
    assert set(refused.value.errors) == {"scores", "outcome"}
    assert _count(store, Decision) == 0 and _count(store, ReassessmentScore) == 0
    assert reassessment_detail(store, rid).row.status == ReassessmentStatus.DUE


def test_the_outcome_records_the_decision_actions_and_risk_reviews_and_one_undo_removes_all(
    store: Store,
) -> None:
    w = build_reassess_world(store)
    rid = _start(store, w)
    changeset = complete_reassessment(store, rid, _form(w), TODAY)
    with store.read() as s:
        decision = s.exec(select(Decision)).one()
        action = s.exec(select(ActionItem)).one()
        gate_risk, other = s.get(Risk, w.gate_risk_id), s.get(Risk, w.other_risk_id)
    assert gate_risk is not None and other is not None
    assert decision.title == "Partner reassessment: Continue with conditions"
    assert decision.milestone_id == w.gate_id
    assert decision.gate_outcome == GateOutcome.GO_WITH_CONDITIONS
    assert "Trust and openness: 4" in decision.rationale
    assert (action.description, action.owner, action.due_date) == (
        "Second pilot batch before PPQ",
        "Li Wei",
        date(2026, 12, 15),
    )
    assert gate_risk.next_review_date == TODAY
    assert other.next_review_date == date(2026, 12, 20)
    detail = reassessment_detail(store, rid)
    assert detail.row.status == ReassessmentStatus.COMPLETED
    assert detail.row.decision_id == decision.id
    assert detail.score(w.candidate_id, Criterion.QUALITY) == 5

    store.replay(changeset.before, "Undo")
    assert _count(store, Decision) == 0 and _count(store, ActionItem) == 0
    assert _count(store, ReassessmentScore) == 0
    with store.read() as s:
        risk, reassessment = s.get(Risk, w.gate_risk_id), s.get(Reassessment, rid)
    assert risk is not None and risk.next_review_date == date(2026, 12, 20)
    assert reassessment is not None and reassessment.status == ReassessmentStatus.DUE
    store.replay(changeset.after, "Redo")
    assert _count(store, Decision) == 1 and _count(store, ActionItem) == 1


def test_the_next_reassessment_compares_with_the_previous_one(store: Store) -> None:
    w = build_reassess_world(store)
    first = _start(store, w)
    complete_reassessment(store, first, _form(w), TODAY)
    trigger = Trigger(ReassessmentTrigger.GATE, milestone_id=w.gate_id)
    start_reassessment(store, w.engagement_id, trigger, TODAY + timedelta(days=30))
    second = next(r for r in engagement_reassessments(store, w.engagement_id) if not r.completed)
    detail = reassessment_detail(store, second.id)
    assert detail.previous is not None and detail.previous.id == first
    assert detail.previous_scores[Criterion.TRUST] == 4


def test_the_summary_prints_scores_side_by_side_and_the_frozen_scorecard(store: Store) -> None:
    w = build_reassess_world(store)
    rid = _start(store, w)
    complete_reassessment(store, rid, _form(w), TODAY)
    summary = take_reassessment_summary(store, w.engagement_id)
    assert summary is not None
    assert summary.columns == ("Alpine Synthesis", "Bay Pharma Services")
    trust = next(ln for ln in summary.lines if ln.criterion == "trust")
    assert trust.scores == (4, 3)
    assert summary.conditions == ("Second pilot batch before PPQ — Li Wei, due 15 Dec 2026",)
    assert isinstance(summary.scorecard, FrozenScorecard)
    assert summary.scorecard.partner == "Alpine Synthesis"


def test_the_prefill_shows_what_the_app_knows_for_each_criterion(store: Store) -> None:
    w = build_reassess_world(store)
    facts = criterion_facts(store, w.engagement_id, w.partner_id, TODAY)
    assert "Scales: kg, 100 kg" in facts[Criterion.CAPABILITY]
    assert "Site Visp plant (Switzerland): GMP; 2000 l" in facts[Criterion.CAPABILITY]
    assert "Open audit observations: 3" in facts[Criterion.QUALITY]
    assert any("Swissmedic" in f or "SWISSMEDIC" in f.upper() for f in facts[Criterion.QUALITY])
    assert "Partner time zone: Europe/Zurich" in facts[Criterion.COMMUNICATION]
    assert "Languages: German, English" in facts[Criterion.COMMUNICATION]
    assert any(f.startswith("Client (Helix Bio) time zone") for f in facts[Criterion.COMMUNICATION])
    assert "Client in: United States" in facts[Criterion.LOCATION]
    assert "Li Wei — PM" in facts[Criterion.TEAM]


def test_a_frozen_scorecard_does_not_change_when_a_measurement_is_edited_later(
    store: Store,
) -> None:
    from cdmo_desktop.domain.enums import KpiDirection, KpiUnit
    from cdmo_desktop.store.kpi_edits import (
        KpiData,
        MeasurementEntry,
        save_kpi,
        set_measurements,
    )

    w = build_reassess_world(store)
    kpi = KpiData(
        engagement_id=w.engagement_id,
        name="On-time delivery",
        unit=KpiUnit.PERCENT,
        direction=KpiDirection.HIGHER_BETTER,
        target=95.0,
        amber=90.0,
        red=80.0,
    )
    save_kpi(store, kpi)
    months = (date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1))
    set_measurements(
        store,
        [MeasurementEntry(kpi.id, m, v) for m, v in zip(months, (96.0, 91.0, 78.0), strict=True)],
    )
    rid = _start(store, w)
    complete_reassessment(store, rid, _form(w), TODAY)

    def frozen() -> FrozenScorecard | None:
        return reassessment_detail(store, rid).row.scorecard

    card = frozen()
    assert card is not None
    (row,) = card.kpis
    assert (row.name, row.period, row.value, row.status) == (
        "On-time delivery",
        "Oct 2026",
        78.0,
        "red",
    )
    assert card.summary() == "1 KPI: 0 green, 0 amber, 1 red"

    set_measurements(store, [MeasurementEntry(kpi.id, months[-1], 97.0)])  # corrected later
    set_measurements(store, [MeasurementEntry(kpi.id, date(2026, 11, 1), 99.0)])
    assert frozen() == card
    summary = take_reassessment_summary(store, w.engagement_id)
    assert summary is not None and summary.scorecard == card
    # ... while today's scorecard has moved on
    facts = criterion_facts(store, w.engagement_id, w.partner_id, TODAY)
    assert facts[Criterion.PERFORMANCE][0] == "1 KPI: 1 green, 0 amber, 0 red"
