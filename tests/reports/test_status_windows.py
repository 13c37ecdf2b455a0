"""Every section of the status report against items that start, finish or span its window:
late items, coming up in the next six weeks, risks and decisions of the period, gates
ahead, overdue actions. The report date is 20 Nov 2026, the period 1-20 Nov 2026."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from cdmo_desktop.domain.snapshot import (
    ActionRow,
    DecisionRow,
    EngagementInfo,
    EngagementSnapshot,
    MilestoneRow,
    Party,
    RiskRow,
    StatusForm,
    StatusReportSnapshot,
)
from cdmo_desktop.reports.status_report import build_status_report
from cdmo_desktop.reports.status_schedule import coming_up, late_days, late_start_days
from tests.reports.pdfcheck import text_of

T = date(2026, 11, 20)
START = date(2026, 11, 1)


def d(n: int) -> date:
    return T + timedelta(days=n)


def task(name: str, start: int, finish: int, status: str = "in_progress") -> MilestoneRow:
    return MilestoneRow(name, name, "task", d(start), d(finish), status=status)


def point(
    name: str, day: int, kind: str = "milestone", status: str = "not_started"
) -> MilestoneRow:
    return MilestoneRow(name, name, kind, d(day), d(day))


def risk(number: int, title: str, status: str = "open", **dates: date) -> RiskRow:
    return RiskRow(number, title, "technical", 3, 3, 9, "medium", status, **dates)  # type: ignore[arg-type]


def snapshot(**data: object) -> StatusReportSnapshot:
    return StatusReportSnapshot(
        form=StatusForm(period_start=START, period_end=T, prepared_by="Dana", prepared_on=T),
        data=EngagementSnapshot(
            engagement=EngagementInfo(id="e1", title="Window check"),
            client=Party(name="Client Co"),
            partner=Party(name="Partner Co"),
            as_of=T,
            **data,  # type: ignore[arg-type]
        ),
    )


def section(text: str, title: str, following: str) -> str:
    flat = " ".join(text.split())
    assert title in flat, title
    return flat.split(title, 1)[1].split(following, 1)[0]


def report_text(snap: StatusReportSnapshot, tmp_path: Path) -> str:
    return text_of(build_status_report(snap, tmp_path / "s.pdf", charts=False))


SCHEDULE = [
    task("Starts in five days", 5, 60, "not_started"),
    task("Also starts in five days", 5, 90, "not_started"),
    task("Finishes in ten days", -10, 10),
    task("Spans the whole window", -10, 90),
    task("Starts today", 0, 80, "not_started"),
    task("Starts on the last day", 42, 70, "not_started"),
    task("Starts after the window", 43, 70, "not_started"),
    task("Finished three days ago, open", -20, -3),
    task("Should have started four days ago", -4, 20, "not_started"),
    task("Done inside the window", -10, 5, "done"),
    point("Gate in a week", 7, "decision_gate"),
    point("Milestone passed", -2),
]


def test_window_rules_per_item() -> None:
    names = [m.name for m in coming_up(SCHEDULE, T)]
    assert names == [
        "Starts today",
        "Also starts in five days",
        "Starts in five days",
        "Gate in a week",
        "Finishes in ten days",
        "Starts on the last day",
    ]
    by_name = {m.name: m for m in SCHEDULE}
    assert late_days(by_name["Finished three days ago, open"], T) == 3
    assert late_days(by_name["Milestone passed"], T) == 2
    assert late_start_days(by_name["Should have started four days ago"], T) == 4
    assert late_start_days(by_name["Spans the whole window"], T) == 0  # it has started
    assert late_days(by_name["Done inside the window"], T) == 0


def test_coming_up_lists_tasks_that_start_soon(tmp_path: Path) -> None:
    """The consultant's case: two tasks start five days after the report date and finish
    after the window; the report said nothing starts in the coming weeks."""
    snap = snapshot(milestones=(SCHEDULE[0], SCHEDULE[1]))
    part = section(report_text(snap, tmp_path), "Coming up in the next 6 weeks", "Variance")
    assert "Starts in five days" in part and "Also starts in five days" in part
    assert "Nothing starts or finishes" not in part


def test_schedule_sections_of_the_report(tmp_path: Path) -> None:
    text = report_text(snapshot(milestones=tuple(SCHEDULE)), tmp_path)
    late = section(text, "Late items", "Coming up")
    assert "Finished three days ago, open" in late and "3 days" in late
    assert "Milestone passed" in late
    assert "Should have started four days ago" in late and "4 days to start" in late
    for name in ("Spans the whole window", "Starts in five days", "Done inside the window"):
        assert name not in late
    upcoming = section(text, "Coming up in the next 6 weeks", "Variance")
    for m in coming_up(SCHEDULE, T):
        assert m.name in upcoming
    for name in ("Spans the whole window", "Starts after the window", "Done inside the window"):
        assert name not in upcoming
    assert "12 items, 1 done, 2 late as of 20 Nov 2026. 1 not started on its start date." in (
        " ".join(text.split())
    )


def test_risks_of_the_period_include_both_ends(tmp_path: Path) -> None:
    risks = (
        risk(1, "Raised on the first day", raised_date=START),
        risk(2, "Raised on the report date", raised_date=T),
        risk(3, "Raised the day before", raised_date=START - timedelta(days=1)),
        risk(4, "Closed in the period", "closed", raised_date=date(2026, 1, 5), closed_date=d(-1)),
        risk(5, "Realized after the period", "realized", realized_date=d(1)),
    )
    part = section(
        report_text(snapshot(risks=risks), tmp_path),
        "New, closed and realized in the period",
        "Decisions",
    )
    assert "Raised on the first day" in part and "Raised on the report date" in part
    assert "Closed in the period" in part
    assert "Raised the day before" not in part and "Realized after the period" not in part


def test_decisions_and_gates(tmp_path: Path) -> None:
    decisions = tuple(
        DecisionRow(day, title)
        for day, title in (
            (START, "Decided on the first day"),
            (T, "Decided on the report date"),
            (START - timedelta(days=1), "Decided before the period"),
            (d(1), "Decided after the report date"),
        )
    )
    gates = (point("Gate overdue", -2, "decision_gate"), point("Gate soon", 3, "decision_gate"))
    text = report_text(snapshot(decisions=decisions, milestones=gates), tmp_path)
    taken = section(text, "Decisions taken in the period", "Decision gates ahead")
    assert "Decided on the first day" in taken and "Decided on the report date" in taken
    assert "before the period" not in taken and "after the report date" not in taken
    ahead = section(text, "Decision gates ahead", "Open and overdue actions")
    assert "overdue by 2 days" in ahead and "3 days" in ahead


@pytest.mark.parametrize(
    ("due", "overdue"), [(-1, True), (0, False), (5, False), (None, False)], ids=str
)
def test_actions_are_overdue_only_after_their_due_date(
    tmp_path: Path, due: int | None, overdue: bool
) -> None:
    action = ActionRow("Send the batch record", "open", due_date=None if due is None else d(due))
    text = " ".join(report_text(snapshot(actions=(action,)), tmp_path).split())
    assert f"1 open, {1 if overdue else 0} overdue." in text
