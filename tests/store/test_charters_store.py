"""The charter round-trips every field, signs off, reopens with a reason, refuses bad data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import select

from cdmo_desktop.domain.enums import CharterStatus, RaciRole
from cdmo_desktop.domain.models import (
    ChangeLog,
    Charter,
    EngagementKpi,
    RaciAssignment,
    Workstream,
)
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store.changesets import apply_states
from cdmo_desktop.store.charters import (
    CHARTER_FIELDS,
    CharterData,
    EscalationRow,
    MetricRow,
    charter_errors,
    charter_states,
    completeness_for,
    load_charter,
    reopened,
    save_charter,
)
from cdmo_desktop.store.teams import raci_violations
from cdmo_desktop.store.workspace import TEAM_MEMBERS
from tests.store.kickoff_world import World, build_world

TODAY = date(2026, 11, 20)


def full_charter(world: World) -> CharterData:
    fields = {
        "who_summary": "Ana decides, Li runs the plant work, Dana coordinates.",
        "decision_maker": "Ana Ruiz",
        "kickoff_date": date(2026, 3, 2),
        "planned_start": date(2026, 3, 9),
        "planned_end": date(2026, 12, 18),
        "timeline_notes": "Tox batch before the summer shutdown.",
        "where_notes": "Analytics at the client's lab in Boston.",
        "scope": "Route optimisation and a 5 kg non-GMP tox batch.",
        "deliverables": "Development report, 5 kg batch with CoA, impurity profile.",
        "methods": "DoE optimisation, validated HPLC methods, in-process controls.",
        "quality_standards": "ICH Q7 principles, partner QMS, client approves specs.",
        "tech_transfer": "Client sends the lab procedure and methods in week 1.",
        "client_provides": "Reference standard and tox data",
        "client_approves": "Specifications and batch records",
        "client_reviews": "Monthly reports and deviations",
        "kickoff_place": "Basel, meeting room 2",
        "client_signatory": "Ana Ruiz",
        "client_signed_date": date(2026, 3, 4),
        "partner_signatory": "Li Wei",
        "partner_signed_date": date(2026, 3, 5),
    }
    assert set(fields) == set(CHARTER_FIELDS)
    return CharterData(
        engagement_id=world.engagement_id,
        fields=fields,
        site_ids=frozenset({world.site_ids[0]}),
        metrics=(
            MetricRow("On-time delivery", ">= 95 %", "Milestones met / planned"),
            MetricRow("Right first time", "100 %", "Batches released without deviation"),
        ),
        escalation=(
            EscalationRow("Project managers", "Slip > 1 week", 24),
            EscalationRow("Heads of CMC", "Slip > 1 month", 72),
            EscalationRow("Steering committee", "Budget overrun > 10 %", None),
        ),
        attendee_ids=frozenset(world.member_ids[:3]),
    )


def save(store, data: CharterData, reason: str = "") -> None:
    save_charter(store, data, reason=reason, today=TODAY)


def load(store, engagement_id: str) -> CharterData:
    return load_charter(store, engagement_id)


def test_every_charter_field_is_saved_and_reloaded_equal(store) -> None:
    world = build_world(store)
    data = full_charter(world)
    save(store, data)
    back = load(store, world.engagement_id)
    assert back.fields == data.fields
    assert back.site_ids == data.site_ids and back.attendee_ids == data.attendee_ids
    assert back.metrics == data.metrics and back.escalation == data.escalation
    assert back.id == data.id and back.status == CharterStatus.AGREED and back.agreed_at


def test_edits_to_child_rows_replace_them_in_order(store) -> None:
    world = build_world(store)
    data = full_charter(world)
    save(store, data)
    changed = replace(
        data,
        site_ids=frozenset({world.site_ids[1]}),
        metrics=(data.metrics[1], MetricRow("Deviations", "< 2 per batch", "QA log")),
        escalation=(data.escalation[2], data.escalation[0]),
        attendee_ids=frozenset({world.member_ids[3]}),
    )
    save(store, changed)
    back = load(store, world.engagement_id)
    assert back.metrics == changed.metrics and back.escalation == changed.escalation
    assert back.site_ids == {world.site_ids[1]} and back.attendee_ids == {world.member_ids[3]}
    with store.read() as s:
        assert len(s.exec(select(EngagementKpi)).all()) == 2


def test_charter_is_draft_until_both_sides_sign(store) -> None:
    world = build_world(store)
    data = full_charter(world)
    one_signature = replace(data, fields={**data.fields, "partner_signed_date": None})
    save(store, one_signature)
    draft = load(store, world.engagement_id)
    assert draft.status == CharterStatus.DRAFT and draft.agreed_at is None
    save(store, replace(draft, fields=data.fields))
    assert load(store, world.engagement_id).status == CharterStatus.AGREED


def test_reopening_an_agreed_charter_records_the_reason_and_what_it_was(store) -> None:
    world = build_world(store)
    save(store, full_charter(world))
    agreed = load(store, world.engagement_id)
    edited = reopened(agreed, "Scale raised to 10 kg after tox review")
    edited = replace(edited, fields={**edited.fields, "scope": "Route optimisation, 10 kg batch."})
    save(store, edited, reason="Scale raised to 10 kg after tox review")
    back = load(store, world.engagement_id)
    assert back.status == CharterStatus.DRAFT and back.agreed_at is None
    assert back.get("client_signed_date") is None and back.get("client_signatory") == "Ana Ruiz"
    assert back.reopen_reason == "Scale raised to 10 kg after tox review"
    with store.read() as s:
        log = s.exec(
            select(ChangeLog).where(ChangeLog.table_name == "charter", ChangeLog.row_id == back.id)
        ).all()
    by_field = {e.field: e for e in log if e.action == "update"}
    assert by_field["status"].old_value == "agreed" and by_field["status"].new_value == "draft"
    assert by_field["scope"].old_value == "Route optimisation and a 5 kg non-GMP tox batch."
    assert by_field["partner_signed_date"].old_value == "2026-03-05"
    assert all(e.reason == "Scale raised to 10 kg after tox review" for e in by_field.values())


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"planned_end": date(2026, 3, 1)}, "planned_end", "before planned start"),
        ({"client_signed_date": date(2026, 3, 1)}, "client_signed_date", "before kickoff"),
        ({"partner_signatory": " "}, "partner_signatory", "signatory"),
        ({"partner_signed_date": date(2026, 12, 1)}, "partner_signed_date", "future"),
        ({"kickoff_date": None}, "kickoff_date", "kickoff date"),
        ({"kickoff_place": "x" * 301}, "kickoff_place", "too long"),
    ],
)
def test_refused_charters_write_nothing(store, changes, field, words) -> None:
    world = build_world(store)
    data = full_charter(world)
    bad = replace(data, fields={**data.fields, **changes})
    errors = charter_errors(bad, TODAY)
    assert words in errors[field]
    with store.read() as s:
        before = len(s.exec(select(ChangeLog)).all())
    with pytest.raises(ValidationError):
        save(store, bad)
    with store.read() as s:
        assert len(s.exec(select(ChangeLog)).all()) == before
        assert s.exec(select(Charter)).first() is None


def test_table_rows_need_a_name(store) -> None:
    world = build_world(store)
    data = full_charter(world)
    bad = replace(data, metrics=(MetricRow("", "95 %"),), escalation=(EscalationRow(""),))
    errors = charter_errors(bad, TODAY)
    assert "name the metric" in errors["metrics"] and "Level 1" in errors["escalation"]


def test_a_database_refusal_midway_rolls_back_the_whole_charter(store) -> None:
    world = build_world(store)
    data = replace(full_charter(world), metrics=(MetricRow("x" * 400),))  # skips charter_errors
    with pytest.raises(ValidationError), store.session() as s:
        apply_states(s, charter_states(s, data))
    assert load(store, world.engagement_id).metrics == ()
    with store.read() as s:
        assert s.exec(select(Charter)).first() is None


def test_completeness_for_reads_the_saved_charter_and_its_context(store) -> None:
    world = build_world(store)
    with store.read() as s:
        empty = completeness_for(s, world.engagement_id)
    assert empty.item("who.people").ok and empty.item("when.decision_points").ok
    assert not empty.item("signoff").ok and not empty.item("communication").ok
    save(store, full_charter(world))
    with store.read() as s:
        full = completeness_for(s, world.engagement_id)
    assert full.percent > empty.percent
    assert {i.key for i in full.missing} == {"who.raci", "communication", "escalation"}
    assert full.item("escalation").hint.startswith("Level 3")  # no response time given


def test_raci_violations_and_deleting_a_member_takes_its_cells(store) -> None:
    world = build_world(store)
    ws = Workstream(engagement_id=world.engagement_id, name="Tox batch")
    with store.session() as s:
        s.add(ws)
        s.flush()
        s.add(
            RaciAssignment(
                workstream_id=ws.id, team_member_id=world.member_ids[0], role=RaciRole.ACCOUNTABLE
            )
        )
        s.add(
            RaciAssignment(
                workstream_id=ws.id, team_member_id=world.member_ids[1], role=RaciRole.RESPONSIBLE
            )
        )
    with store.read() as s:
        assert raci_violations(s, world.engagement_id) == []
    removal = TEAM_MEMBERS.remove(store, world.member_ids[1])
    with store.read() as s:
        (violation,) = raci_violations(s, world.engagement_id)
        assert violation.kind == "no_responsible"
    store.replay(removal.before, "Undo")  # undo brings the member and the cell back
    with store.read() as s:
        assert raci_violations(s, world.engagement_id) == []
