"""The status report's schedule section: summary, Gantt chart, late items, contract dates
the plan contradicts, what starts or finishes in the coming weeks, variance to baseline.

Dates are counted against the report date (`ref_date`): an item is late when it should
have finished (or, not started, should have started) before that day; it is coming up when
it starts or finishes within the next six weeks, counting that day.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from cdmo_desktop.domain.contract_dates import ContractConflict, contract_conflicts
from cdmo_desktop.domain.enums import MilestoneKind, MilestoneStatus, Side
from cdmo_desktop.domain.formats import date_text
from cdmo_desktop.domain.snapshot import MilestoneRow, StatusReportSnapshot
from cdmo_desktop.reports import chart_adapters
from cdmo_desktop.reports.blocks import cell_para, data_table, enum_label
from cdmo_desktop.reports.layout import Keys
from cdmo_desktop.reports.status_sections import MAX_LIST, days, empty, ref_date, section, sub
from cdmo_desktop.reports.styles import LATE, styles
from cdmo_desktop.reports.text import cell

UPCOMING_DAYS = 42


def late_days(m: MilestoneRow, today: date) -> int:
    """Days an open item is past its planned finish (0 when it is not)."""
    return (today - m.planned_finish).days if m.is_open and m.planned_finish < today else 0


def late_start_days(m: MilestoneRow, today: date) -> int:
    """Days a task that has not started is past its planned start (0 when it is not, or
    when it is late to finish already)."""
    if m.status != MilestoneStatus.NOT_STARTED.value or m.kind != MilestoneKind.TASK.value:
        return 0
    if m.planned_start >= today or late_days(m, today):
        return 0
    return (today - m.planned_start).days


def window_dates(m: MilestoneRow, today: date, span: int = UPCOMING_DAYS) -> list[date]:
    """The item's planned start (if it has not started) and finish (if it is open) that
    fall in today..today + span days."""
    end = today + timedelta(days=span)
    found = []
    if m.status == MilestoneStatus.NOT_STARTED.value and today <= m.planned_start <= end:
        found.append(m.planned_start)
    if m.is_open and today <= m.planned_finish <= end:
        found.append(m.planned_finish)
    return found


def coming_up(items: list[MilestoneRow], today: date) -> list[MilestoneRow]:
    """Items that start or finish in the coming weeks and are not late, by the first of
    those dates."""
    chosen = [
        (min(found), m.name, m)
        for m in items
        if (found := window_dates(m, today))
        and not late_days(m, today)
        and not late_start_days(m, today)
    ]
    return [m for _first, _name, m in sorted(chosen, key=lambda c: (c[0], c[1]))]


def _summary(items: list[MilestoneRow], today: date, conflicts: list[ContractConflict]) -> str:
    done = sum(1 for m in items if m.status == MilestoneStatus.DONE.value)
    late = sum(1 for m in items if late_days(m, today))
    text = f"{len(items)} items, {done} done, {late} late as of {date_text(today)}."
    unstarted = sum(1 for m in items if late_start_days(m, today))
    if unstarted:
        text += f" {unstarted} not started on {'its' if unstarted == 1 else 'their'} start date."
    if conflicts:
        n = len(conflicts)
        text += f" {n} contract date{' is' if n == 1 else 's are'} contradicted by the plan."
    baselined = [m for m in items if m.baseline_finish is not None]
    if baselined:
        current = max(m.finish for m in baselined)
        base = max(m.baseline_finish for m in baselined if m.baseline_finish)
        delta = (current - base).days
        sign = "+" if delta > 0 else ""
        text += (
            f" Last baselined finish {date_text(current)} against baseline "
            f"{date_text(base)} ({sign}{delta} days)."
        )
    return text


def _more(shown: int, total: int, what: str) -> list[Flowable]:
    return (
        [empty(f"{total - shown} more {what}; Appendix B lists every item.")]
        if total > shown
        else []
    )


def _late(items: list[MilestoneRow], today: date, width: float, conflicts: bool) -> list[Flowable]:
    finish = sorted((m for m in items if late_days(m, today)), key=lambda m: m.planned_finish)
    start = sorted((m for m in items if late_start_days(m, today)), key=lambda m: m.planned_start)
    if not finish and not start:
        if conflicts:
            return [empty("Nothing is late against the plan; see the contract dates below.")]
        return [empty("Nothing is late.")]
    rows = [
        [
            cell_para(m.name, bold=True),
            enum_label(MilestoneKind, m.kind),
            date_text(m.planned_finish),
            cell_para(days(late_days(m, today)), colour=LATE),
            f"{m.percent_complete}%",
            enum_label(Side, m.owner_side),
        ]
        for m in finish
    ] + [
        [
            cell_para(m.name, bold=True),
            enum_label(MilestoneKind, m.kind),
            date_text(m.planned_start),
            cell_para(f"{days(late_start_days(m, today))} to start", colour=LATE),
            f"{m.percent_complete}%",
            enum_label(Side, m.owner_side),
        ]
        for m in start
    ]
    w = [0.40, 0.14, 0.13, 0.11, 0.09, 0.13]
    return [
        *data_table(
            ["Item", "Kind", "Due", "Late by", "Done", "Owner"],
            rows[:MAX_LIST],
            [x * width for x in w],
        ),
        *_more(min(len(rows), MAX_LIST), len(rows), "late items"),
    ]


def _contract_dates(conflicts: list[ContractConflict], width: float) -> list[Flowable]:
    rows = [
        [
            cell_para(c.name, bold=True),
            date_text(c.contract_date),
            cell_para(date_text(c.planned_date), colour=LATE),
            cell_para(c.text),
        ]
        for c in conflicts[:MAX_LIST]
    ]
    w = [0.27, 0.13, 0.13, 0.47]
    return [
        *data_table(
            ["Item", "Contract date", "Planned", "Why it conflicts"], rows, [x * width for x in w]
        ),
        *_more(len(rows), len(conflicts), "contract dates in conflict"),
    ]


def _coming_up(items: list[MilestoneRow], today: date, width: float) -> list[Flowable]:
    upcoming = coming_up(items, today)
    if not upcoming:
        return [empty("Nothing starts or finishes in the coming weeks.")]
    rows = [
        [
            cell_para(m.name),
            enum_label(MilestoneKind, m.kind),
            date_text(m.planned_start),
            date_text(m.planned_finish),
            enum_label(MilestoneStatus, m.status),
            "Yes" if m.contract_fixed else "",
        ]
        for m in upcoming[:MAX_LIST]
    ]
    w = [0.40, 0.14, 0.12, 0.12, 0.12, 0.10]
    return [
        *data_table(
            ["Item", "Kind", "Start", "Finish", "Status", "Contract date"],
            rows,
            [x * width for x in w],
        ),
        *_more(len(rows), len(upcoming), "items start or finish in these weeks"),
    ]


def _variance(items: list[MilestoneRow], width: float) -> list[Flowable]:
    baselined = [m for m in items if m.baseline_finish is not None]
    moved = sorted(
        (m for m in baselined if m.variance_days),
        key=lambda m: (-abs(m.variance_days or 0), m.name),
    )
    if not moved:
        if baselined:
            return [empty("Every baselined item is on its baseline date.")]
        return [empty("No baseline has been set yet.")]
    rows = [
        [
            cell_para(m.name),
            date_text(m.baseline_finish),
            date_text(m.finish),
            cell_para(
                ("+" if (m.variance_days or 0) > 0 else "") + days(m.variance_days or 0),
                colour=LATE if (m.variance_days or 0) > 0 else None,
            ),
        ]
        for m in moved[:MAX_LIST]
    ]
    w = [0.52, 0.16, 0.16, 0.16]
    return [
        *data_table(
            ["Item", "Baseline finish", "Current finish", "Variance"], rows, [x * width for x in w]
        ),
        *_more(len(rows), len(moved), "items moved against the baseline"),
    ]


def schedule(
    snapshot: StatusReportSnapshot, width: float, keys: Keys, charts: bool = True
) -> list[Flowable]:
    data, today = snapshot.data, ref_date(snapshot)
    out = section("Schedule", keys)
    items = [m for m in data.milestones if m.status != MilestoneStatus.CANCELLED.value]
    if not items:
        return [*out, empty("No milestones are planned for this engagement yet.")]
    conflicts = contract_conflicts(items, data.dependencies, today)
    out.append(Paragraph(cell(_summary(items, today, conflicts)), styles().body))
    chart = chart_adapters.gantt_chart(data, today, width) if charts else None
    if chart is not None:
        gantt, chart_note = chart
        height = min(gantt.wrap(width, 0)[1], 600)  # a longer chart splits between rows
        out[0] = CondPageBreak(height + 60)  # heading, summary and chart together
        out.append(gantt)
        if chart_note:
            out.append(empty(chart_note))
        out.append(Spacer(1, 6))
    out += [*sub("Late items", keys), *_late(items, today, width, bool(conflicts))]
    if conflicts:
        out += [*sub("Contract dates in conflict", keys), *_contract_dates(conflicts, width)]
    out += sub(f"Coming up in the next {UPCOMING_DAYS // 7} weeks", keys)
    out += _coming_up(items, today, width)
    out += [*sub("Variance to baseline", keys), *_variance(items, width)]
    return out
