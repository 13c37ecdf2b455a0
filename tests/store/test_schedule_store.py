"""Loading and saving schedules: plain rows in display order, changes in one session."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus, Phase
from cdmo_desktop.domain.models import ChangeLog, Engagement, Milestone
from cdmo_desktop.domain.scheduling import ScheduleLink
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store, schedule_head
from cdmo_desktop.store import schedule as sched
from cdmo_desktop.store import schedule_edits as edits
from cdmo_desktop.store.changesets import ChangeSet
from tests.schedule_data import day, link_count, links_of, make_plan, planned


def test_load_engagement_plan_as_plain_rows_in_order(store: Store) -> None:
    plan = make_plan(store)
    make_plan(store, "Scale-up")  # another engagement, not loaded
    loaded = sched.load_plan(store, plan.engagement_id)
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
    loaded = sched.load_plan(store, None)
    assert {i.engagement_id for i in loaded.items} == {a.engagement_id}
    assert [eid for eid, _ in loaded.engagements] == [a.engagement_id]


def test_moves_are_saved_together_and_change_logged(store: Store) -> None:
    plan = make_plan(store)
    changes = {
        plan.ids["design"]: (day(1), day(5)),
        plan.ids["batch"]: (day(8), day(12)),
    }
    edits.move_items(store, plan.ids["design"], changes, reason="Moved on the chart")
    assert planned(store, plan.ids["batch"]) == (day(8), day(12))
    with store.read() as s:
        log = s.exec(select(ChangeLog).where(ChangeLog.field == "planned_start")).all()
    assert {entry.row_id for entry in log} == set(changes)
    assert all(entry.reason == "Moved on the chart" for entry in log)


def test_a_refused_value_writes_nothing(store: Store) -> None:
    plan = make_plan(store)
    bad = {
        plan.ids["design"]: (day(1), day(5)),
        plan.ids["batch"]: (day(9), day(3)),
    }
    with pytest.raises(ValidationError):
        edits.move_items(store, plan.ids["design"], bad)
    assert planned(store, plan.ids["design"]) == (day(0), day(3))


def test_links_added_and_removed(store: Store) -> None:
    plan = make_plan(store)
    link = ScheduleLink("new-link-id", plan.ids["report"], plan.ids["gate"])
    edits.link_items(store, link, {})
    assert link_count(store) == 5
    changed = ScheduleLink("new-link-id", "", "", DependencyKind.FINISH_TO_START, 3)
    edits.edit_dependencies(store, plan.ids["report"], change=[changed])
    assert [x.lag_days for x in links_of(store, plan.ids["report"]) if x.id == link.id] == [3]
    edits.edit_dependencies(store, plan.ids["report"], remove=[link.id])
    assert link_count(store) == 4


def test_delete_and_recreate_an_item_with_its_links(store: Store) -> None:
    plan = make_plan(store)
    links = links_of(store, plan.ids["batch"])
    assert len(links) == 2
    deleted = edits.delete_items(store, [plan.ids["batch"]])
    assert link_count(store) == 2
    store.replay(deleted.before, "Undo: " + deleted.label)
    assert planned(store, plan.ids["batch"]) == (day(7), day(11))
    assert link_count(store) == 4


def test_set_baseline_copies_planned_dates(store: Store) -> None:
    plan = make_plan(store)
    assert len(edits.set_baseline(store, plan.engagement_id).ids("milestone")) == 5
    with store.read() as s:
        rows = s.exec(select(Milestone).where(Milestone.engagement_id == plan.engagement_id)).all()
    assert all(m.baseline_start == m.planned_start for m in rows)
    assert all(m.baseline_finish == m.planned_finish for m in rows)
    again = edits.set_baseline(store, plan.engagement_id)
    assert again.before == () and again.after == ()  # nothing left to copy
    with store.read() as s:
        assert sched.next_position(s, plan.engagement_id) == 5


def _item_after(cs: ChangeSet, item_id: str) -> dict[str, Any]:
    row = cs.row("milestone", item_id)
    assert row is not None
    return row


def test_progress_and_status_keep_each_other_consistent(store: Store) -> None:
    plan = make_plan(store)
    started = edits.set_progress(store, plan.ids["design"], 40)
    assert started.label == "Progress of Process design"
    assert _item_after(started, plan.ids["design"])["status"] is MilestoneStatus.IN_PROGRESS
    done = edits.set_progress(store, plan.ids["design"], 100)
    assert _item_after(done, plan.ids["design"])["status"] is MilestoneStatus.DONE
    finished = edits.set_status(store, plan.ids["batch"], MilestoneStatus.DONE)
    assert _item_after(finished, plan.ids["batch"])["percent_complete"] == 100


def test_a_task_made_a_milestone_sits_on_its_finish(store: Store) -> None:
    plan = make_plan(store)
    edits.set_baseline(store, plan.engagement_id)
    cs = edits.change_kind(store, plan.ids["batch"], MilestoneKind.MILESTONE)
    assert cs.label == "Make Engineering batch a milestone"
    row = cs.row("milestone", plan.ids["batch"])
    assert row is not None
    assert (row["planned_start"], row["planned_finish"]) == (day(11), day(11))
    assert (row["baseline_start"], row["baseline_finish"]) == (day(11), day(11))


def test_a_drag_and_its_pushed_successors_are_one_change(store: Store) -> None:
    plan = make_plan(store)
    moved = {plan.ids["design"]: (day(3), day(6)), plan.ids["batch"]: (day(9), day(13))}
    cs = edits.move_items(store, plan.ids["design"], moved)
    assert cs.label == "Move Process design"
    assert cs.ids("milestone") == set(moved)
    resized = edits.move_items(store, plan.ids["report"], {plan.ids["report"]: (day(2), day(13))})
    assert resized.label == "Change length of Development report"
    with store.read() as s:
        reasons = {
            e.reason for e in s.exec(select(ChangeLog).where(ChangeLog.field == "planned_finish"))
        }
    assert reasons == {"Move Process design", "Change length of Development report"}


def test_a_new_item_goes_last_and_a_deleted_one_takes_its_links(store: Store) -> None:
    plan = make_plan(store)
    cs = edits.insert_item(
        store, "new-item", plan.engagement_id, MilestoneKind.TASK, day(30), day(34), None
    )
    assert cs.label == "Add new task"
    row = cs.row("milestone", "new-item")
    assert row is not None and row["name"] == "New task" and row["position"] == 5
    gone = edits.delete_items(store, [plan.ids["batch"], plan.ids["release"]])
    assert gone.label == "Delete 2 items"
    assert len(gone.ids("milestone_dependency")) == 3 and link_count(store) == 1


def test_an_edit_of_a_deleted_item_is_refused(store: Store) -> None:
    plan = make_plan(store)
    edits.delete_items(store, [plan.ids["report"]])
    with pytest.raises(LookupError):
        edits.rename_item(store, plan.ids["report"], "Report")
    with pytest.raises(LookupError):
        edits.move_items(store, plan.ids["design"], {plan.ids["report"]: (day(1), day(2))})


def test_the_head_of_a_plan_is_its_first_items_with_the_links_between_them(
    store: Store,
) -> None:
    plan = make_plan(store)
    whole = sched.load_plan(store, plan.engagement_id)
    head = sched.load_plan(store, plan.engagement_id, limit=3)
    assert [i.id for i in head.items] == [i.id for i in whole.items[:3]]
    ids = {i.id for i in head.items}
    expected = {
        link.id for link in whole.links if link.successor_id in ids and link.predecessor_id in ids
    }
    assert expected  # the sample plan links its first items
    assert {link.id for link in head.links if link.predecessor_id in ids} == expected
    assert head.engagements == whole.engagements
    assert sched.load_plan(store, plan.engagement_id, limit=50).items == whole.items


@pytest.mark.sqlite_only  # SQLite's query plans
def test_the_head_of_an_engagements_plan_is_read_in_index_order_without_sorting_every_item(
    store: Store,
) -> None:
    """A big plan's first screenful is a range of the plan-order index (phase rank,
    position, start, name), not a sort of every item of the engagement."""
    plan = make_plan(store)
    query = schedule_head._ITEMS_SQL.format(where="e.id = :eid", limit="LIMIT :limit")
    with store.read() as s:
        steps = [
            r[3]
            for r in s.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {query}", {"eid": plan.engagement_id, "limit": 3}
            )
        ]
    assert any("ix_milestone_plan" in step for step in steps), steps
    assert not [step for step in steps if "TEMP B-TREE" in step], steps


def test_the_plan_read_through_the_driver_is_the_plan_sqlalchemy_reads(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Items (dates, flags, enums, empty baselines and actuals), links and engagements are
    the same whichever way the rows come, for one engagement, its head and the portfolio."""
    import sqlalchemy as sa

    plan = make_plan(store)
    make_plan(store, "Scale-up")
    edits.set_actual_dates(store, plan.ids["design"], day(2), None)
    edits.set_progress(store, plan.ids["design"], 40)
    edits.set_baseline(store, plan.engagement_id)
    reads = [(plan.engagement_id, None), (plan.engagement_id, 2), (None, None)]
    direct = [sched.load_plan(store, eid, limit=limit) for eid, limit in reads]
    monkeypatch.setattr(
        sched, "_rows", lambda conn, sql, params: conn.execute(sa.text(sql), params).all()
    )
    through_sqlalchemy = [sched.load_plan(store, eid, limit=limit) for eid, limit in reads]
    assert direct == through_sqlalchemy
    whole = direct[0]
    assert whole.items[0].actual_start == day(2) and whole.items[0].baseline_start is not None
    assert {link.successor_id for link in whole.links} <= {i.id for i in whole.items}
    assert len(direct[2].engagements) == 2


@pytest.mark.sqlite_only  # SQLite's query plans
def test_one_engagements_links_are_read_through_its_items_not_every_item(store: Store) -> None:
    plan = make_plan(store)
    with store.read() as s:
        steps = [
            r[3]
            for r in s.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {schedule_head._ENGAGEMENT_LINKS_SQL}",
                {"eid": plan.engagement_id},
            )
        ]
    assert not [step for step in steps if step.startswith("SCAN")], steps
