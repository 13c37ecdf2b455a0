"""Schedule maths: pushing successors, contract-fixed conflicts, loops, critical path, slack."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind
from cdmo_desktop.domain.scheduling import (
    CycleError,
    PlanGraph,
    ScheduleItem,
    ScheduleLink,
    contract_conflicts,
    variance_days,
)

D = date(2027, 3, 1)  # a Monday


def task(i: str, start: int, days: int, *, fixed: bool = False, eng: str = "e1") -> ScheduleItem:
    return ScheduleItem(
        i,
        i.upper(),
        D + timedelta(start),
        D + timedelta(start + days - 1),
        engagement_id=eng,
        contract_fixed=fixed,
    )


def point(i: str, day: int, *, kind: MilestoneKind = MilestoneKind.MILESTONE) -> ScheduleItem:
    d = D + timedelta(day)
    return ScheduleItem(i, i.upper(), d, d, kind, engagement_id="e1")


def fs(a: str, b: str, lag: int = 0) -> ScheduleLink:
    return ScheduleLink(f"{a}-{b}", a, b, DependencyKind.FINISH_TO_START, lag)


def ss(a: str, b: str, lag: int = 0) -> ScheduleLink:
    return ScheduleLink(f"{a}-{b}", a, b, DependencyKind.START_TO_START, lag)


def day(n: int) -> date:
    return D + timedelta(n)


def test_moving_a_task_pushes_its_successor_with_the_lag() -> None:
    g = PlanGraph([task("a", 0, 5), task("b", 7, 3)], [fs("a", "b", lag=2)])
    # A ends on day 4; B may start on day 7 (= 5 + 2 lag). Move A two days later.
    result = g.shift({"a": (day(2), day(6))})
    assert result.changes["a"] == (day(2), day(6))
    assert result.changes["b"] == (day(9), day(11))  # length kept
    assert not result.conflicts


def test_successor_with_room_to_spare_is_not_moved() -> None:
    g = PlanGraph([task("a", 0, 5), task("b", 20, 3)], [fs("a", "b")])
    result = g.shift({"a": (day(3), day(7))})
    assert "b" not in result.changes


def test_moving_earlier_never_pulls_successors_back() -> None:
    g = PlanGraph([task("a", 5, 5), task("b", 10, 3)], [fs("a", "b")])
    result = g.shift({"a": (day(0), day(4))})
    assert set(result.changes) == {"a"}


def test_milestone_right_after_a_task_falls_on_its_finish_day() -> None:
    g = PlanGraph([task("a", 0, 5), point("m", 1), task("c", 2, 2)], [fs("a", "m"), fs("m", "c")])
    result = g.shift({"a": (day(0), day(4))})  # re-plan in place: pushes m and c
    assert result.changes["m"] == (day(4), day(4))
    assert result.changes["c"] == (day(5), day(6))


def test_start_to_start_link_with_lag() -> None:
    g = PlanGraph([task("a", 0, 10), task("b", 0, 4)], [ss("a", "b", lag=3)])
    result = g.shift({"a": (day(1), day(10))})
    assert result.changes["b"] == (day(4), day(7))


def test_push_ripples_along_a_chain_in_dependency_order() -> None:
    items = [task(f"t{i}", 3 * i, 3) for i in range(6)]
    links = [fs(f"t{i}", f"t{i + 1}") for i in range(5)]
    # a diamond: t0 -> x -> t5 too, with x longer than the chain
    items.append(task("x", 3, 20))
    links += [fs("t0", "x"), fs("x", "t5")]
    g = PlanGraph(items, links)
    result = g.shift({"t0": (day(1), day(3))})
    assert result.changes["t1"] == (day(4), day(6))
    assert result.changes["x"] == (day(4), day(23))
    assert result.changes["t5"] == (day(24), day(26))  # driven by x, the longer path


def test_moved_item_is_kept_after_its_predecessor() -> None:
    g = PlanGraph([task("a", 0, 5), task("b", 5, 3)], [fs("a", "b")])
    result = g.shift({"b": (day(1), day(3))})
    assert result.changes == {}  # stays on day 5, where A allows
    assert "cannot start before A finishes" in result.notes[0]


def test_contract_fixed_item_is_not_pushed_but_reported() -> None:
    g = PlanGraph(
        [task("a", 0, 5), task("fx", 5, 2, fixed=True), task("c", 7, 2)],
        [fs("a", "fx"), fs("fx", "c")],
    )
    result = g.shift({"a": (day(3), day(7))})
    assert "fx" not in result.changes and "c" not in result.changes
    (conflict,) = result.conflicts
    assert conflict.item_id == "fx"
    assert "Contract-fixed on" in conflict.reason and "3 days late" in conflict.reason
    assert "A finishes" in conflict.reason


def test_contract_fixed_item_refuses_to_be_moved_itself() -> None:
    g = PlanGraph([task("fx", 5, 2, fixed=True)], [])
    result = g.shift({"fx": (day(8), day(9))})
    assert result.changes == {}
    assert "contract-fixed" in result.notes[0]


def test_analysis_reports_a_violated_contract_date_with_negative_slack() -> None:
    g = PlanGraph([task("a", 0, 8), task("fx", 5, 2, fixed=True)], [fs("a", "fx")])
    analysis = g.analyse()
    fx, a = g.index["fx"], g.index["a"]
    assert "3 days late" in analysis.conflicts[fx]
    assert analysis.slack[a] == -3
    assert analysis.critical[a]


def test_cycle_is_refused_with_the_items_named() -> None:
    g = PlanGraph([task("a", 0, 2), task("b", 2, 2), task("c", 4, 2)], [fs("a", "b"), fs("b", "c")])
    with pytest.raises(CycleError) as info:
        g.check_link("c", "a")
    assert info.value.names == ["C", "A", "B", "C"]
    assert "A → B → C" in str(info.value)
    g.check_link("a", "c")  # a shortcut is fine


def test_self_link_is_a_cycle() -> None:
    g = PlanGraph([task("a", 0, 2)], [])
    with pytest.raises(CycleError):
        g.check_link("a", "a")


def test_loop_already_in_the_data_is_flagged_not_fatal() -> None:
    g = PlanGraph([task("a", 0, 2), task("b", 2, 2)], [fs("a", "b"), fs("b", "a")])
    analysis = g.analyse()
    assert "dependency loop" in analysis.conflicts[g.index["a"]]
    g.shift({"a": (day(5), day(6))})  # terminates


def test_critical_path_and_slack() -> None:
    # a(5d) -> b(10d) -> d(2d) ; a -> c(3d) -> d : c has 7 days of slack
    items = [task("a", 0, 5), task("b", 5, 10), task("c", 5, 3), task("d", 15, 2)]
    links = [fs("a", "b"), fs("b", "d"), fs("a", "c"), fs("c", "d")]
    g = PlanGraph(items, links)
    analysis = g.analyse()
    slack = {i.id: analysis.slack[g.index[i.id]] for i in items}
    assert slack == {"a": 0, "b": 0, "c": 7, "d": 0}
    critical = {i.id for i in items if analysis.critical[g.index[i.id]]}
    assert critical == {"a", "b", "d"}
    driving = {g.links[k].id for k in analysis.driving}  # type: ignore[union-attr]
    assert driving == {"a-b", "b-d"}


def test_slack_is_measured_to_the_end_of_each_engagement() -> None:
    items = [task("a", 0, 5, eng="e1"), task("b", 0, 20, eng="e2")]
    analysis = PlanGraph(items, []).analyse()
    assert analysis.slack == [0, 0]


def test_baseline_variance_in_days() -> None:
    assert variance_days(date(2027, 3, 10), date(2027, 3, 3)) == 7
    assert variance_days(date(2027, 3, 1), date(2027, 3, 3)) == -2
    assert variance_days(date(2027, 3, 1), None) is None


def test_add_and_remove_link_keep_the_order_right() -> None:
    g = PlanGraph([task("a", 0, 5), task("b", 0, 3)], [])
    g.add_link(fs("a", "b"))
    assert g.shift({"a": (day(1), day(5))}).changes["b"] == (day(6), day(8))
    g.remove_link("a-b")
    assert "b" not in g.shift({"a": (day(1), day(5))}).changes


def test_ten_thousand_items_are_analysed_and_a_move_pushes_its_successors() -> None:
    # How long this takes is measured by `python -m bench gantt`, not here.
    n = 10_000
    items = [task(f"t{i}", i % 300, 1 + i % 9) for i in range(n)]
    links = [fs(f"t{i}", f"t{i + 1 + (i * 7) % 40}") for i in range(n - 41)]
    links += [fs(f"t{i}", f"t{i + 2}") for i in range(0, 2 * (n // 5), 2)][:2000]
    g = PlanGraph(items, links)
    analysis = g.analyse()
    assert len(analysis.slack) == n and any(analysis.critical)
    result = g.shift({"t0": (day(5), day(6))})
    assert result.changes["t0"] == (day(5), day(6))
    start, _finish = result.changes["t1"]  # t1 (day 1, 2 days) waits for t0's new finish
    assert start > day(6)


# --- finish-to-finish and start-to-finish (issue 11, item 14) -----------------------------
def link(a: str, b: str, kind: DependencyKind, lag: int = 0) -> ScheduleLink:
    return ScheduleLink(f"{a}-{b}", a, b, kind, lag)


FF, SF = DependencyKind.FINISH_TO_FINISH, DependencyKind.START_TO_FINISH


def test_finish_to_finish_keeps_the_successor_finishing_after_the_predecessor() -> None:
    # A runs days 0-9; B (3 days) may not finish before A finishes + 1 day: day 10 at the
    # earliest, so B starts no earlier than day 8.
    g = PlanGraph([task("a", 0, 10), task("b", 0, 3)], [link("a", "b", FF, 1)])
    result = g.shift({"b": (day(0), day(2))})
    assert result.changes == {"b": (day(8), day(10))}
    assert "cannot finish before A finishes + 1 d lag" in result.notes[0]
    pushed = g.shift({"a": (day(2), day(11))})  # A two days later pushes B's finish
    assert pushed.changes["b"] == (day(10), day(12))


def test_start_to_finish_keeps_the_successor_finishing_after_the_predecessor_starts() -> None:
    g = PlanGraph([task("a", 10, 5), task("b", 0, 3)], [link("a", "b", SF)])
    assert g.shift({"b": (day(0), day(2))}).changes == {"b": (day(7), day(9))}
    analysis = g.analyse()
    assert "cannot finish before A starts" in analysis.conflicts[g.index["b"]]


def test_a_contract_fixed_finish_pushed_by_finish_to_finish_is_a_conflict() -> None:
    g = PlanGraph([task("a", 0, 10), task("fx", 2, 3, fixed=True)], [link("a", "fx", FF)])
    (late,) = g.contract_conflicts()
    assert (late.item_id, late.days_late, late.fixed_on) == ("fx", 5, day(2))
    assert late.earliest == day(7)
    assert "cannot finish before A finishes" in late.reason and "5 days late" in late.reason


def test_slack_and_critical_path_through_finish_to_finish() -> None:
    # b must finish with a (FF); c follows b. Nothing can slip without delaying c.
    items = [task("a", 0, 10), task("b", 7, 3), task("c", 10, 2)]
    g = PlanGraph(items, [link("a", "b", FF), fs("b", "c")])
    analysis = g.analyse()
    assert analysis.slack == [0, 0, 0]
    assert {g.links[k].id for k in analysis.driving} == {"a-b", "b-c"}  # type: ignore[union-attr]


# --- contract-date conflicts for reports (issue 11, item 4) -------------------------------
def test_contract_conflicts_name_the_item_its_date_and_how_late() -> None:
    items = [task("a", 0, 8), task("fx", 5, 2, fixed=True), task("ok", 20, 1, fixed=True)]
    conflicts = contract_conflicts(items, [fs("a", "fx"), fs("a", "ok")])
    assert [(c.item_id, c.name, c.days_late) for c in conflicts] == [("fx", "FX", 3)]
    (c,) = conflicts
    assert (c.fixed_on, c.earliest, c.engagement_id) == (day(5), day(8), "e1")
    assert c.reason == (
        "Contract-fixed on 6 Mar 2027, but it cannot start before A finishes (9 Mar 2027): "
        "3 days late."
    )
    assert contract_conflicts(items, []) == []


def test_messages_write_dates_as_they_are_told() -> None:
    g = PlanGraph(
        [task("a", 0, 8), task("fx", 5, 2, fixed=True)],
        [fs("a", "fx")],
        date_text=lambda d: d.isoformat(),
    )
    assert "Contract-fixed on 2027-03-06" in g.analyse().conflicts[g.index["fx"]]


# --- any stored date (issue 11, item 3) ---------------------------------------------------
def test_plans_holding_the_first_and_last_days_of_the_calendar_do_not_overflow() -> None:
    last, first = date.max, date.min
    items = [
        ScheduleItem("end", "END", last, last, MilestoneKind.MILESTONE, engagement_id="e1"),
        ScheduleItem("old", "OLD", first, first + timedelta(3), engagement_id="e1"),
        task("fx", 5, 2, fixed=True),
        task("b", 0, 3),
    ]
    links = [fs("end", "fx"), fs("end", "b"), fs("old", "b")]
    g = PlanGraph(items, links)
    analysis = g.analyse()
    assert "days late" in analysis.conflicts[g.index["fx"]]
    (late,) = g.contract_conflicts()
    assert late.earliest == last
    result = g.shift({"old": (first, first + timedelta(10))})
    assert result.changes["b"][1] == last  # pushed to the end of the calendar, no further
    assert "b" in g.shift({"end": (last, last)}).changes  # b is planned before END allows
