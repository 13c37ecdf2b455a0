"""Contract-date conflicts: the rule (domain.contract_dates) and where it is printed, the
status report's schedule and the agreement's milestone annex."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import select

from cdmo_desktop.domain.contract_dates import contract_conflicts
from cdmo_desktop.domain.models import Agreement
from cdmo_desktop.domain.snapshot import (
    AgreementSnapshot,
    DependencyRow,
    EngagementInfo,
    EngagementSnapshot,
    MilestoneRow,
    Party,
    StatusForm,
    StatusReportSnapshot,
)
from cdmo_desktop.reports.agreement import build_agreement
from cdmo_desktop.reports.status_report import build_status_report
from cdmo_desktop.store import Store
from cdmo_desktop.store.snapshots import agreement_snapshot
from tests.conftest import DEMO_TODAY
from tests.reports.pdfcheck import text_of

T = date(2026, 11, 20)


def fixed(name: str, day: date, **kw: object) -> MilestoneRow:
    return MilestoneRow(name, name, "milestone", day, day, contract_fixed=True, **kw)  # type: ignore[arg-type]


def work(name: str, start: date, finish: date, **kw: object) -> MilestoneRow:
    return MilestoneRow(name, name, "task", start, finish, status="in_progress", **kw)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_contract_date_the_plan_keeps_is_no_conflict() -> None:
    rows = [
        work("Build", date(2026, 11, 2), date(2026, 12, 4)),
        fixed("Delivery", date(2026, 12, 10), baseline_finish=date(2026, 12, 10)),
        fixed("Signed off", date(2026, 11, 10), status="done", actual_finish=date(2026, 11, 9)),
    ]
    links = [DependencyRow("Build", "Delivery")]
    assert contract_conflicts(rows, links, T) == []


def test_each_way_the_plan_contradicts_a_contract_date() -> None:
    rows = [
        fixed("Moved off", date(2026, 12, 24), baseline_finish=date(2026, 12, 10)),
        fixed("Passed", date(2026, 11, 15)),
        fixed("Done late", date(2026, 11, 1), status="done", actual_finish=date(2026, 11, 6)),
        work("Long build", date(2026, 11, 2), date(2026, 12, 20)),
        fixed("Pushed", date(2026, 12, 15)),
        work("Not fixed", date(2026, 10, 1), date(2026, 10, 5)),
    ]
    links = [DependencyRow("Long build", "Pushed", "fs", 2)]
    found = {c.name: c for c in contract_conflicts(rows, links, T)}
    assert set(found) == {"Moved off", "Passed", "Done late", "Pushed"}
    assert found["Moved off"].text == (
        "The plan moved its date to 24 Dec 2026, 14 days after the contract date of 10 Dec 2026."
    )
    assert found["Moved off"].contract_date == date(2026, 12, 10)
    assert "passed 5 days ago and it is not done" in found["Passed"].text
    assert "done on 6 Nov 2026, 5 days after its contract date" in found["Done late"].text
    assert found["Pushed"].text == (
        "“Long build”, which it waits for, finishes on 20 Dec 2026 (+ 2 days lag): "
        "too late for its date."
    )


def test_work_late_further_up_the_chain_is_found() -> None:
    rows = [
        work("Synthesis", date(2026, 11, 2), date(2026, 12, 20)),
        work("Release testing", date(2026, 12, 1), date(2026, 12, 5)),
        fixed("Shipment", date(2026, 12, 10)),
    ]
    links = [
        DependencyRow("Synthesis", "Release testing"),
        DependencyRow("Release testing", "Shipment"),
    ]
    (found,) = contract_conflicts(rows, links, T)
    assert found.name == "Shipment"
    assert found.text == (
        "“Release testing”, which it waits for, finishes on 5 Dec 2026, but the work before "
        "that runs late: too late for its date."
    )


def test_stored_dates_outside_the_bounds_do_not_break_the_rule() -> None:
    rows = [
        work("Forever", date(2026, 11, 2), date(9999, 12, 31)),
        fixed("After it", date(2026, 12, 15)),
        fixed("Year one", date(1, 1, 1)),
    ]
    found = contract_conflicts(rows, [DependencyRow("Forever", "After it")], T)
    assert [c.name for c in found] == ["Year one"]


def _report(
    milestones: tuple[MilestoneRow, ...], links: tuple[DependencyRow, ...]
) -> StatusReportSnapshot:
    return StatusReportSnapshot(
        form=StatusForm(period_start=date(2026, 11, 1), period_end=T, prepared_on=T),
        data=EngagementSnapshot(
            engagement=EngagementInfo(id="e", title="Contract check"),
            client=Party(name="Client Co"),
            partner=Party(name="Partner Co"),
            milestones=milestones,
            dependencies=links,
            as_of=T,
        ),
    )


def test_status_report_does_not_say_nothing_is_late_past_a_contract_date(tmp_path: Path) -> None:
    """The work before a contract-fixed delivery finishes after it: nothing is late against
    the plan yet, but the contract date cannot hold."""
    snap = _report(
        (
            work("Validation batches", date(2026, 11, 2), date(2026, 12, 20)),
            fixed("Supply to the clinic", date(2026, 12, 15)),
        ),
        (DependencyRow("Validation batches", "Supply to the clinic"),),
    )
    text = _flat(text_of(build_status_report(snap, tmp_path / "s.pdf", charts=False)))
    assert "Nothing is late." not in text
    assert "Nothing is late against the plan; see the contract dates below." in text
    assert "1 contract date is contradicted by the plan." in text
    part = text.split("Contract dates in conflict", 1)[1].split("Coming up", 1)[0]
    assert "Supply to the clinic" in part and "15 Dec 2026" in part
    assert "Validation batches" in part


def test_agreement_annex_warns_of_contradictory_dates(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.read() as s:
        agreement_id = s.exec(
            select(Agreement.id).where(Agreement.reference == "AUR-HRP-WO-001")
        ).one()
    snap = agreement_snapshot_at(demo_store, agreement_id)
    assert snap.data is not None
    moved = [
        m
        for m in snap.data.milestones
        if m.contract_fixed and m.planned_finish != m.baseline_finish
    ]
    assert moved, "the demo work order has contract dates the plan moved"
    text = _flat(text_of(build_agreement(snap, tmp_path / "wo.pdf")))
    annex = text.split("Annex B (Milestones)", 1)[1]
    assert f"Warning: the current plan contradicts {len(moved)} contractual dates." in annex
    for m in moved:
        assert f"{_flat(m.name)}: The plan moved its" in annex


def agreement_snapshot_at(store: Store, agreement_id: str) -> AgreementSnapshot:
    with store.read() as s:
        return agreement_snapshot(s, agreement_id, DEMO_TODAY)
