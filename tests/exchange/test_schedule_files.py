"""Schedules from MS Project XML and GanttProject files saved by those programs (counted
here from the XML itself, independently of the reader), the MSPDI round trip, and hostile
files refused in one line with nothing written."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from cdmo_desktop.cli import main
from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus
from cdmo_desktop.domain.models import BaselineDate, Milestone, MilestoneDependency
from cdmo_desktop.domain.scheduling import PlanGraph, SchedulePlan
from cdmo_desktop.exchange import mspdi
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.schedules import read_schedule, write_plan
from cdmo_desktop.store import Store
from cdmo_desktop.store.schedule import load_plan
from tests.conftest import cli_db
from tests.schedule_data import make_engagement, make_plan

DATA = Path(__file__).parent.parent / "data" / "schedules"
NS = {"p": "http://schemas.microsoft.com/project"}


def _mspdi_counts(path: Path) -> tuple[int, int, int]:
    """(rows, milestones, links) as the file states them: every non-null task but the
    project summary (outline level 0)."""
    root = ET.parse(path).getroot()
    rows = milestones = links = 0
    for task in root.iterfind("p:Tasks/p:Task", NS):
        if (
            task.findtext("p:IsNull", "0", NS) == "1"
            or task.findtext("p:OutlineLevel", "", NS) == "0"
        ):
            continue
        rows += 1
        milestones += task.findtext("p:Milestone", "0", NS) == "1"
        links += len(task.findall("p:PredecessorLink", NS))
    return rows, milestones, links


def _saved(store: Store) -> tuple[list[Milestone], list[MilestoneDependency]]:
    with store.read() as s:
        items = list(s.exec(select(Milestone).order_by(col(Milestone.position))).all())
        links = list(s.exec(select(MilestoneDependency)).all())
    return items, links


@pytest.mark.parametrize(
    "name", ["mpxj-sample1.xml", "mpxj-task-links-project2010.xml", "mpxj-mspdirelations.xml"]
)
def test_ms_project_files_import_with_their_counts(store: Store, name: str) -> None:
    rows, milestones, links = _mspdi_counts(DATA / name)
    eid = make_engagement(store)
    preview = read_schedule(DATA / name)
    write_plan(store, eid, preview)
    items, saved_links = _saved(store)
    assert len(items) == rows  # no summary here is named like a phase: all are rows
    assert sum(m.kind is MilestoneKind.MILESTONE for m in items) == milestones
    assert len(saved_links) == links


def test_sample1_dates_link_types_and_lags(store: Store) -> None:
    eid = make_engagement(store)
    write_plan(store, eid, read_schedule(DATA / "mpxj-sample1.xml"))
    items, links = _saved(store)
    by_name = {m.name: m for m in items}
    # <Start>2003-01-07T08:00:00</Start><Finish>2003-03-18T08:00:00</Finish>: a finish at
    # the start of the working day ends the working day before
    first = by_name["First Task"]
    assert (first.planned_start, first.planned_finish) == (date(2003, 1, 7), date(2003, 3, 17))
    third = by_name["Third task"]  # Milestone 1
    assert third.kind is MilestoneKind.MILESTONE
    assert third.planned_start == third.planned_finish == date(2003, 1, 7)
    names = {m.id: m.name for m in items}
    got = {(names[k.predecessor_id], names[k.successor_id]): (k.kind, k.lag_days) for k in links}
    # LinkLag 4800 tenths of a minute in format 5 (hours) with 480 minutes a day: 1 day
    assert got[("Related Task 2a", "Related Task 2b")] == (DependencyKind.FINISH_TO_START, 1)
    assert got[("Related Task 3a", "Related Task 3b")] == (DependencyKind.FINISH_TO_START, -1)
    assert got[("Related Task 4a", "Related Task 4b")][0] is DependencyKind.START_TO_START
    assert got[("Related Task 5a", "Related Task 5b")][0] is DependencyKind.FINISH_TO_FINISH
    assert got[("Related Task 6a", "Related Task 6b")][0] is DependencyKind.START_TO_FINISH
    # outline order kept: the summary "Task Relationships" comes before its subtasks
    order = [m.name for m in items]
    assert order.index("Task Relationships") + 1 == order.index("Related Task 1a")


def test_week_lags_become_calendar_days() -> None:
    preview = read_schedule(DATA / "mpxj-task-links-project2010.xml")
    lags = sorted(k.lag_days for k in preview.plan.links)
    # 0, 1 d, 2 d, 1 w, 2 w (format 9: 2400 working minutes a week) and three of 2 d
    assert lags == [0, 1, 2, 2, 2, 2, 7, 14]


def test_baselines_become_named_baselines(store: Store) -> None:
    eid = make_engagement(store)
    write_plan(store, eid, read_schedule(DATA / "mpxj-baselines.xml"))
    with store.read() as s:
        kept = s.exec(select(BaselineDate)).all()
    root = ET.parse(DATA / "mpxj-baselines.xml").getroot()
    assert len(kept) == len(root.findall("p:Tasks/p:Task/p:Baseline", NS))


def _gan_tasks(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().find("tasks").iter("task"))  # type: ignore[union-attr]


def test_ganttproject_file_imports_with_its_counts_and_dates(store: Store) -> None:
    path = DATA / "ganttproject-HouseBuildingSample.gan"
    tasks = _gan_tasks(path)
    eid = make_engagement(store)
    preview = read_schedule(path)
    write_plan(store, eid, preview)
    items, links = _saved(store)
    assert len(items) == len(tasks)
    assert sum(m.kind is MilestoneKind.MILESTONE for m in items) == sum(
        t.get("meeting") == "true" for t in tasks
    )
    assert len(links) == sum(len(t.findall("depend")) for t in tasks)
    by_name = {m.name: m for m in items}
    # start 2024-05-27 (a Monday), 10 working days, weekends off: ends Friday 7 June
    draft = by_name["Create draft of architecture"]
    assert (draft.planned_start, draft.planned_finish) == (date(2024, 5, 27), date(2024, 6, 7))
    assert draft.percent_complete == 100 and draft.status is MilestoneStatus.DONE
    assert "kitchen" in by_name["Equipment planning"].notes


def test_ganttproject_milestones_end_the_working_day_before_and_keep_links_in_order(
    store: Store,
) -> None:
    """GanttProject puts a milestone at the start of its day, the app at the end: Monday
    1 July in the file is Friday 28 June here, and the sample's links hold as drawn."""
    path = DATA / "ganttproject-HouseBuildingSample.gan"
    eid = make_engagement(store)
    write_plan(store, eid, read_schedule(path))
    by_name = {m.name.strip(): m for m in _saved(store)[0]}
    agreement = by_name["Agreement on architectural plan"]  # start="2024-07-01" in the file
    assert (agreement.planned_start, agreement.planned_finish) == (
        date(2024, 6, 28),
        date(2024, 6, 28),
    )
    plan = load_plan(store, eid)
    assert PlanGraph(plan.items, plan.links).analyse().conflicts == {}


def test_round_trip_gives_the_same_tasks_dates_and_links(store: Store, tmp_path: Path) -> None:
    plan = make_plan(store)
    before = load_plan(store, plan.engagement_id)
    out = tmp_path / "plan.xml"
    out.write_bytes(mspdi.to_xml(before, "Process development"))
    other = make_engagement(store, "Copy", partner="Beta")
    write_plan(store, other, read_schedule(out))
    after = load_plan(store, other)

    def shape(p: SchedulePlan) -> tuple[list[Any], list[Any]]:
        names = {it.id: it.name for it in p.items}
        items = [
            (it.name, it.kind, it.start, it.finish, it.phase, it.contract_fixed, it.owner_side)
            for it in p.items
        ]
        links = sorted(
            (names[k.predecessor_id], names[k.successor_id], k.kind, k.lag_days) for k in p.links
        )
        return items, links

    assert shape(after) == shape(before)


def _write_file(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def _task(uid: int, start: str = "2026-01-05", preds: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Start>{start}T08:00:00</Start><Finish>{start}T17:00:00</Finish>{preds}</Task>"
    )


def _link(uid: int) -> str:
    return (
        f"<PredecessorLink><PredecessorUID>{uid}</PredecessorUID><Type>1</Type></PredecessorLink>"
    )


def _project(*tasks: str) -> str:
    return (
        '<Project xmlns="http://schemas.microsoft.com/project"><Tasks>'
        + "".join(tasks)
        + "</Tasks></Project>"
    )


HOSTILE: dict[str, tuple[str | bytes, str]] = {
    "broken.xml": ("<Project><Tasks><Task>", "not well-formed"),
    "laughs.xml": (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        "<Project>&b;</Project>",
        "entities",
    ),
    "external.xml": (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<Project>&x;</Project>",
        "entities",
    ),
    "loop.xml": (_project(_task(1, preds=_link(2)), _task(2, preds=_link(1))), "loop: task UID"),
    "missing.xml": (_project(_task(1), _task(2, preds=_link(99))), "UID 99"),
    "year9999.xml": (_project(_task(1, start="9999-12-31")), "year 9999"),
    "binary.xml": (b"\x00\x01\x02PK\x03\x04" * 100, "not well-formed"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_refused_in_one_line_and_write_nothing(
    store: Store, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text, words = HOSTILE[name]
    path = _write_file(tmp_path, name, text)
    with pytest.raises(ExchangeError, match=words):
        read_schedule(path)
    eid = make_engagement(store)
    db = cli_db(store)
    store.close()
    code = main(["import", "schedule", str(path), "--db", str(db), "--engagement", eid])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and words in err
    reopened = _reopen(db)
    try:
        assert _saved(reopened) == ([], [])
    finally:
        reopened.close()


def _reopen(db: str) -> Store:
    from cdmo_desktop.store import open_store

    return open_store(db, create=False)


def test_a_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.exchange import schedules

    path = tmp_path / "huge.xml"
    with path.open("wb") as fh:  # a sparse 200 MB file: nothing to read if the check holds
        fh.truncate(200 * 1024 * 1024)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read the file"))
    with pytest.raises(ExchangeError, match="200 MB"):
        schedules.read_schedule(path)


def test_cli_import_then_export(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eid = make_engagement(store)
    db = cli_db(store)
    store.close()
    src = DATA / "mpxj-mspdirelations.xml"
    assert (
        main(["import", "schedule", str(src), "--db", str(db), "--engagement", eid, "--dry-run"])
        == 0
    )
    assert "Would import 5 tasks, 0 milestones, 4 links" in capsys.readouterr().out
    assert main(["import", "schedule", str(src), "--db", str(db), "--engagement", eid]) == 0
    out = tmp_path / "back.xml"
    assert (
        main(["export", "schedule", "--db", str(db), "--engagement", eid, "--out", str(out)]) == 0
    )
    rows, milestones, links = _mspdi_counts(out)
    assert (rows, milestones, links) == (5, 0, 4)
    root = ET.parse(out).getroot()
    first = root.find("p:Tasks/p:Task[p:UID='1']", NS)
    assert first is not None and first.findtext("p:Start", None, NS) == "2006-09-21T08:00:00"
    assert first.findtext("p:Duration", None, NS) == "PT8H0M0S"
