"""Rows shared by the task table and the timeline: headings, collapse, in-place patches."""

from __future__ import annotations

from datetime import date, timedelta

from cdmo_desktop.domain.enums import MilestoneKind, Phase
from cdmo_desktop.domain.scheduling import ScheduleItem, ScheduleLink, SchedulePlan
from cdmo_desktop.gui.schedule.schedule_document import GROUP, ITEM, ScheduleDocument

D = date(2027, 3, 1)


def item(i: str, eng: str, phase: Phase | None, start: int, days: int) -> ScheduleItem:
    return ScheduleItem(
        i,
        i.upper(),
        D + timedelta(start),
        D + timedelta(start + days - 1),
        MilestoneKind.TASK,
        eng,
        phase=phase,
    )


def plan() -> SchedulePlan:
    pd, su = Phase.PROCESS_DEVELOPMENT, Phase.SCALE_UP
    items = [
        item("a", "e1", pd, 0, 5),
        item("b", "e1", pd, 5, 5),
        item("c", "e1", su, 10, 5),
        item("d", "e2", None, 3, 4),
    ]
    links = [ScheduleLink("l1", "a", "b"), ScheduleLink("l2", "b", "c")]
    return SchedulePlan(items, links, [("e1", "First · Acme"), ("e2", "Second · Beta")])


def test_portfolio_rows_group_by_engagement_then_phase() -> None:
    doc = ScheduleDocument(plan(), portfolio=True, today=D)
    shape = [(r.kind, r.level, r.title or doc.items[r.item].id) for r in doc.rows]
    assert shape == [
        (GROUP, 0, "First · Acme"),
        (GROUP, 1, "Process development"),
        (ITEM, 2, "a"),
        (ITEM, 2, "b"),
        (GROUP, 1, "Scale up"),
        (ITEM, 2, "c"),
        (GROUP, 0, "Second · Beta"),
        (GROUP, 1, "General"),
        (ITEM, 2, "d"),
    ]
    assert (doc.rows[0].start, doc.rows[0].finish) == (D, D + timedelta(14))
    assert doc.rows[0].count == 3


def test_collapsing_hides_rows_and_keeps_the_items() -> None:
    doc = ScheduleDocument(plan(), portfolio=True, today=D)
    doc.toggle(0)
    assert [r.title for r in doc.rows if r.kind == GROUP] == [
        "First · Acme",
        "Second · Beta",
        "General",
    ]
    assert doc.row_of_item[doc.index["a"]] == -1
    assert doc.item_at_row(3) is doc.items[doc.index["d"]]
    doc.toggle(0)
    assert doc.row_of_item[doc.index["a"]] == 2


def test_engagement_rows_have_phase_headings_only() -> None:
    doc = ScheduleDocument(plan(), portfolio=False, today=D)
    assert doc.rows[0].kind == GROUP and doc.rows[0].level == 0
    assert doc.engagement_of_row(0) == "e1" and doc.phase_of_row(0) is Phase.PROCESS_DEVELOPMENT


def test_patches_move_items_and_keep_headings_and_span_exact() -> None:
    doc = ScheduleDocument(plan(), portfolio=True, today=D)
    assert doc.span() == (D, D + timedelta(14))
    # c sets the last finish; moving it earlier must shrink the heading and the span
    doc.apply_changes(
        {"c": {"planned_start": D + timedelta(10), "planned_finish": D + timedelta(11)}}
    )
    assert doc.rows[0].finish == D + timedelta(11)
    assert doc.span() == (D, D + timedelta(11))
    doc.apply_changes({"a": {"planned_start": D + timedelta(-3), "planned_finish": D}})
    assert doc.rows[0].start == D + timedelta(-3) and doc.rows[1].start == D + timedelta(-3)
    assert doc.span() == (D + timedelta(-3), D + timedelta(11))
    assert doc.analysis_stale
    assert doc.analysis.conflicts == {}  # b still starts after a finishes


def test_links_added_and_removed_in_place() -> None:
    doc = ScheduleDocument(plan(), portfolio=False, today=D)
    doc.add_links([ScheduleLink("l3", "a", "c")])
    assert {x.id for x in doc.links_of("c")} == {"l2", "l3"}
    doc.remove_links(["l2"])
    assert {x.id for x in doc.links_of("c")} == {"l3"}
