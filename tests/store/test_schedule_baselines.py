"""Named baselines, actual dates, dependencies of every kind and contract-date conflicts
in the store; the upgrade that names the baselines databases already hold."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus
from cdmo_desktop.domain.models import BaselineDate, Milestone, ScheduleBaseline
from cdmo_desktop.domain.scheduling import ScheduleLink
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store import schedule as sched
from cdmo_desktop.store import schedule_edits as edits
from tests.migration_support import downgrade, rows
from tests.schedule_data import day, link_count, links_of, make_plan, planned

PREVIOUS = "0004_site_tags"


def _dates(store: Store, name: str, engagement_id: str) -> dict[str, tuple[date, date]]:
    [found] = [b for b in sched.baselines(store, engagement_id) if b.name == name]
    return sched.baseline_dates(store, found.id)


def test_a_new_name_keeps_the_earlier_baseline(store: Store) -> None:
    plan = make_plan(store)
    with clock.frozen(date(2027, 2, 1)):
        edits.set_baseline(store, plan.engagement_id, "Baseline")
    edits.move_items(store, plan.ids["batch"], {plan.ids["batch"]: (day(9), day(13))})
    with clock.frozen(date(2027, 2, 20)):
        cs = edits.set_baseline(store, plan.engagement_id, "  Re-plan   after tech transfer ")
    assert cs.label == "Set baseline for Process development · Acme Process development"
    kept = sched.baselines(store, plan.engagement_id)
    assert [(b.name, b.set_on) for b in kept] == [
        ("Baseline", date(2027, 2, 1)),
        ("Re-plan after tech transfer", date(2027, 2, 20)),
    ]
    assert _dates(store, "Baseline", plan.engagement_id)[plan.ids["batch"]] == (day(7), day(11))
    replan = _dates(store, "Re-plan after tech transfer", plan.engagement_id)
    assert replan[plan.ids["batch"]] == (day(9), day(13)) and len(replan) == 5
    with store.read() as s:  # the items' latest baseline is the one set last
        batch = s.get(Milestone, plan.ids["batch"])
        assert batch is not None and batch.baseline_finish == day(13)


def test_an_existing_name_is_replaced_and_undo_brings_it_back(store: Store) -> None:
    plan = make_plan(store)
    edits.set_baseline(store, plan.engagement_id, "Baseline")
    edits.move_items(store, plan.ids["design"], {plan.ids["design"]: (day(1), day(4))})
    with clock.frozen(date(2027, 3, 9)):
        cs = edits.set_baseline(store, plan.engagement_id, "Baseline")
    assert len(sched.baselines(store, plan.engagement_id)) == 1
    assert _dates(store, "Baseline", plan.engagement_id)[plan.ids["design"]] == (day(1), day(4))
    assert sched.baselines(store, plan.engagement_id)[0].set_on == date(2027, 3, 9)
    store.replay(cs.before, "Undo: " + cs.label)
    assert _dates(store, "Baseline", plan.engagement_id)[plan.ids["design"]] == (day(0), day(3))
    with pytest.raises(ValidationError):
        edits.set_baseline(store, plan.engagement_id, "   ")


def test_baseline_dates_follow_a_milestone_and_go_with_a_deleted_item(store: Store) -> None:
    plan = make_plan(store)
    edits.set_baseline(store, plan.engagement_id, "Baseline")
    edits.change_kind(store, plan.ids["batch"], MilestoneKind.MILESTONE)
    assert _dates(store, "Baseline", plan.engagement_id)[plan.ids["batch"]] == (day(11), day(11))
    gone = edits.delete_items(store, [plan.ids["report"]])
    assert plan.ids["report"] not in _dates(store, "Baseline", plan.engagement_id)
    store.replay(gone.before, "Undo: " + gone.label)
    assert _dates(store, "Baseline", plan.engagement_id)[plan.ids["report"]] == (day(2), day(11))


def test_actual_dates_of_a_task_and_a_milestone(store: Store) -> None:
    plan = make_plan(store)
    started = edits.set_actual_dates(store, plan.ids["design"], day(1), None)
    assert started.label == "Actual dates of Process design"
    row = started.row("milestone", plan.ids["design"])
    assert row is not None and row["status"] is MilestoneStatus.IN_PROGRESS
    done = edits.set_actual_dates(store, plan.ids["design"], day(1), day(5))
    row = done.row("milestone", plan.ids["design"])
    assert row is not None and (row["status"], row["percent_complete"]) == (
        MilestoneStatus.DONE,
        100,
    )
    released = edits.set_actual_dates(store, plan.ids["release"], day(2), day(12))
    row = released.row("milestone", plan.ids["release"])
    assert row is not None and (row["actual_start"], row["actual_finish"]) == (day(12), day(12))
    with pytest.raises(ValidationError):
        edits.set_actual_dates(store, plan.ids["batch"], day(9), day(8))
    loaded = {it.id: it for it in sched.load_plan(store, plan.engagement_id).items}
    assert (loaded[plan.ids["design"]].actual_start, loaded[plan.ids["design"]].actual_finish) == (
        day(1),
        day(5),
    )


def test_dependencies_of_every_kind_are_added_in_one_change(store: Store) -> None:
    plan = make_plan(store)
    ff = ScheduleLink(
        "ff-link", plan.ids["batch"], plan.ids["report"], DependencyKind.FINISH_TO_FINISH, 1
    )
    sf = ScheduleLink(
        "sf-link", plan.ids["design"], plan.ids["gate"], DependencyKind.START_TO_FINISH
    )
    cs = edits.edit_dependencies(
        store, plan.ids["report"], add=[ff, sf], dates={plan.ids["report"]: (day(3), day(12))}
    )
    assert cs.label == "Dependencies of Development report"
    assert link_count(store) == 6 and planned(store, plan.ids["report"]) == (day(3), day(12))
    kinds = {x.id: (x.kind, x.lag_days) for x in links_of(store, plan.ids["report"])}
    assert kinds["ff-link"] == (DependencyKind.FINISH_TO_FINISH, 1)
    loaded = sched.load_plan(store, plan.engagement_id)
    assert {x.kind for x in loaded.links} >= {DependencyKind.START_TO_FINISH}


def test_contract_date_conflicts_of_an_engagement(store: Store) -> None:
    plan = make_plan(store)
    assert sched.contract_conflicts(store, plan.engagement_id) == []
    pushed = {plan.ids["batch"]: (day(17), day(21)), plan.ids["release"]: (day(21), day(21))}
    cs = edits.move_items(store, plan.ids["batch"], pushed)
    [late] = sched.contract_conflicts(store, plan.engagement_id)
    assert (late.item_id, late.name, late.fixed_on, late.earliest, late.days_late) == (
        plan.ids["gate"],
        "Go / no-go",
        day(18),
        day(21),
        3,
    )
    assert "3 days late" in late.reason
    store.replay(cs.before, "Undo: " + cs.label)
    assert sched.contract_conflicts(store, plan.engagement_id) == []


# --- the upgrade ------------------------------------------------------------------------


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    return rows(path, sql)  # without the row versions a later revision adds


def test_an_upgrade_names_the_baselines_a_database_holds(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    store = open_store(path)
    plan = make_plan(store, "Tech transfer")
    edits.set_baseline(store, plan.engagement_id)  # the change log dates this baseline
    store.close()
    downgrade(path, PREVIOUS)
    assert ("schedule_baseline",) not in _rows(path, "SELECT name FROM sqlite_master")
    milestones = _rows(path, "SELECT * FROM milestone ORDER BY id")
    links = _rows(path, "SELECT * FROM milestone_dependency ORDER BY id")
    baselined = _rows(
        path,
        "SELECT id, engagement_id, baseline_start, baseline_finish FROM milestone "
        "WHERE baseline_start IS NOT NULL AND baseline_finish IS NOT NULL",
    )
    assert len(baselined) > 10
    ours_set = _rows(
        path,
        "SELECT max(occurred_at) FROM change_log WHERE table_name = 'milestone' "
        f"AND field = 'baseline_finish' AND row_id = '{plan.ids['batch']}'",
    )[0][0]
    demo_created: dict[object, object] = dict(
        (row[0], row[1])
        for row in _rows(
            path,
            "SELECT engagement_id, max(created_at) FROM milestone "
            f"WHERE baseline_start IS NOT NULL AND engagement_id <> '{plan.engagement_id}' "
            "GROUP BY engagement_id",
        )
    )

    store = open_store(path)  # upgrades (after a backup)
    kept = sched.baselines(store)
    with store.read() as s:
        dates = {
            d.milestone_id: (d.start.isoformat(), d.finish.isoformat())
            for d in s.exec(select(BaselineDate)).all()
        }
        names = {b.name for b in s.exec(select(ScheduleBaseline)).all()}
    store.close()
    assert names == {"Baseline"}
    assert {b.engagement_id for b in kept} == {row[1] for row in baselined}
    assert dates == {row[0]: (row[2], row[3]) for row in baselined}
    set_on = {b.engagement_id: b.set_on.isoformat() for b in kept}
    assert set_on.pop(plan.engagement_id) == str(ours_set)[:10]  # when it was set
    assert set_on == {e: str(created)[:10] for e, created in demo_created.items()}
    assert _rows(path, "SELECT * FROM milestone ORDER BY id") == milestones
    assert _rows(path, "SELECT * FROM milestone_dependency ORDER BY id") == links


def test_rename_a_baseline_refuses_a_taken_or_empty_name(store: Store) -> None:
    plan = make_plan(store)
    edits.set_baseline(store, plan.engagement_id, "Baseline")
    edits.set_baseline(store, plan.engagement_id, "Re-plan")
    first, second = sched.baselines(store, plan.engagement_id)
    cs = edits.rename_baseline(store, first.id, "  Contract   plan ")
    assert cs.label == "Rename baseline to “Contract plan”"
    assert [b.name for b in sched.baselines(store, plan.engagement_id)] == [
        "Contract plan",
        "Re-plan",
    ]
    with pytest.raises(ValidationError) as taken:
        edits.rename_baseline(store, second.id, "Contract plan")
    assert "already has a baseline named “Contract plan”" in taken.value.errors["name"]
    with pytest.raises(ValidationError):
        edits.rename_baseline(store, second.id, "  ")
    with pytest.raises(ValidationError):
        edits.rename_baseline(store, second.id, "x" * 121)
    assert [b.name for b in sched.baselines(store, plan.engagement_id)] == [
        "Contract plan",
        "Re-plan",
    ]
    store.replay(cs.before, "Undo: " + cs.label)
    assert sched.baselines(store, plan.engagement_id)[0].name == "Baseline"


def test_delete_the_latest_baseline_falls_back_to_the_previous_one(store: Store) -> None:
    plan = make_plan(store)
    with clock.frozen(date(2027, 2, 1)):
        edits.set_baseline(store, plan.engagement_id, "Baseline")
    edits.move_items(store, plan.ids["batch"], {plan.ids["batch"]: (day(9), day(13))})
    with clock.frozen(date(2027, 2, 20)):
        edits.set_baseline(store, plan.engagement_id, "Re-plan")
    replan = sched.baselines(store, plan.engagement_id)[-1]
    cs = edits.delete_baseline(store, replan.id)
    assert cs.label == "Delete baseline “Re-plan”"
    assert [b.name for b in sched.baselines(store, plan.engagement_id)] == ["Baseline"]
    with store.read() as s:
        batch = s.get(Milestone, plan.ids["batch"])
        assert batch is not None and batch.baseline_finish == day(11)
        assert not s.exec(select(BaselineDate).where(BaselineDate.baseline_id == replan.id)).all()
    [first] = sched.baselines(store, plan.engagement_id)
    edits.delete_baseline(store, first.id)
    with store.read() as s:
        batch = s.get(Milestone, plan.ids["batch"])
        assert batch is not None and (batch.baseline_start, batch.baseline_finish) == (None, None)
    with pytest.raises(LookupError):
        edits.delete_baseline(store, first.id)
    store.replay(cs.before, "Undo: " + cs.label)
    assert [b.name for b in sched.baselines(store, plan.engagement_id)] == ["Re-plan"]
    with store.read() as s:
        batch = s.get(Milestone, plan.ids["batch"])
        assert batch is not None and batch.baseline_finish == day(13)
