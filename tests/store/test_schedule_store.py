"""Loading and saving schedules: plain rows in display order, changes in one session."""

from __future__ import annotations

import pytest
from sqlmodel import select

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, Phase
from cdmo_desktop.domain.models import ChangeLog, Engagement, Milestone
from cdmo_desktop.domain.scheduling import ScheduleLink
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store
from cdmo_desktop.store import schedule as sched
from tests.schedule_data import day, link_count, make_plan, planned


def test_load_engagement_plan_as_plain_rows_in_order(store: Store) -> None:
    plan = make_plan(store)
    make_plan(store, "Scale-up")  # another engagement, not loaded
    with store.read() as s:
        loaded = sched.load_plan(s, plan.engagement_id)
    assert [i.name for i in loaded.items] == [
        "Process design",
        "Engineering batch",
        "Batch released",
        "Go / no-go",
        "Development report",
    ]
    gate = loaded.items[3]
    assert gate.kind is MilestoneKind.DECISION_GATE and gate.contract_fixed
    assert gate.phase is Phase.PROCESS_DEVELOPMENT and gate.start == day(18)
    assert len(loaded.links) == 4
    ss = [link for link in loaded.links if link.kind is DependencyKind.START_TO_START]
    assert ss[0].lag_days == 2
    assert loaded.engagements[0][1].startswith("Process development · Acme")


def test_portfolio_plan_leaves_archived_engagements_out(store: Store) -> None:
    a = make_plan(store, "A")
    b = make_plan(store, "B")
    with store.session() as s:
        e = s.get(Engagement, b.engagement_id)
        assert e is not None
        e.archived = True
    with store.read() as s:
        loaded = sched.load_plan(s, None)
    assert {i.engagement_id for i in loaded.items} == {a.engagement_id}
    assert [eid for eid, _ in loaded.engagements] == [a.engagement_id]


def test_moves_are_saved_together_and_change_logged(store: Store) -> None:
    plan = make_plan(store)
    changes = {
        plan.ids["design"]: {"planned_start": day(1), "planned_finish": day(5)},
        plan.ids["batch"]: {"planned_start": day(8), "planned_finish": day(12)},
    }
    with store.session(reason="Moved on the chart") as s:
        sched.apply_changes(s, changes)
    assert planned(store, plan.ids["batch"]) == (day(8), day(12))
    with store.read() as s:
        log = s.exec(select(ChangeLog).where(ChangeLog.field == "planned_start")).all()
    assert {entry.row_id for entry in log} == set(changes)
    assert all(entry.reason == "Moved on the chart" for entry in log)


def test_a_refused_value_writes_nothing(store: Store) -> None:
    plan = make_plan(store)
    bad = {
        plan.ids["design"]: {"planned_start": day(1), "planned_finish": day(5)},
        plan.ids["batch"]: {"planned_start": day(9), "planned_finish": day(3)},
    }
    with pytest.raises(ValidationError), store.session() as s:
        sched.apply_changes(s, bad)
    assert planned(store, plan.ids["design"]) == (day(0), day(3))


def test_links_added_and_removed(store: Store) -> None:
    plan = make_plan(store)
    link = ScheduleLink("new-link-id", plan.ids["report"], plan.ids["gate"])
    with store.session() as s:
        sched.add_links(s, [link])
    assert link_count(store) == 5
    with store.session() as s:
        sched.update_link(s, ScheduleLink("new-link-id", "", "", DependencyKind.FINISH_TO_START, 3))
        assert [x.lag_days for x in sched.links_of(s, plan.ids["report"]) if x.id == link.id] == [3]
    with store.session() as s:
        sched.remove_links(s, [link.id])
    assert link_count(store) == 4


def test_delete_and_recreate_an_item_with_its_links(store: Store) -> None:
    plan = make_plan(store)
    with store.read() as s:
        values = sched.item_values(s, plan.ids["batch"])
        links = sched.links_of(s, plan.ids["batch"])
    assert len(links) == 2
    with store.session() as s:
        sched.delete_item(s, plan.ids["batch"])
    assert link_count(store) == 2
    with store.session() as s:
        sched.insert_item(s, values)
        sched.add_links(s, links)
    assert planned(store, plan.ids["batch"]) == (day(7), day(11))
    assert link_count(store) == 4


def test_set_baseline_copies_planned_dates(store: Store) -> None:
    plan = make_plan(store)
    with store.session() as s:
        assert sched.set_baseline(s, plan.engagement_id) == 5
    with store.read() as s:
        rows = s.exec(select(Milestone).where(Milestone.engagement_id == plan.engagement_id)).all()
    assert all(m.baseline_start == m.planned_start for m in rows)
    assert all(m.baseline_finish == m.planned_finish for m in rows)
    with store.read() as s:
        before, after = sched.baseline_changes(s, plan.engagement_id)
    assert before == {} and after == {}  # nothing left to copy
    with store.read() as s:
        assert sched.next_position(s, plan.engagement_id) == 5
