"""Contract-date conflicts: where the plan contradicts a date an agreement fixes.

A contract-fixed item (milestone, decision gate or task) must happen on its contract date.
That date is the item's baseline when a baseline was taken (the plan the parties agreed),
else its planned date. The plan contradicts it when

- the planned date has moved off the contract date (dragging a bar is no amendment);
- the contract date has passed and the item is not done, or it was done after that date;
- its predecessors, through the chain of dependencies and lags, finish too late for it to
  happen on its planned date (the schedule's own rule, `PlanGraph.analyse`).

The status report and the agreement's milestone annex print these; the rule lives here
once. Items with dates outside the range validation allows (a database may hold some from
before it refused them) are checked against the first two rules only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import TypeVar

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus
from cdmo_desktop.domain.formats import date_text
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.scheduling import PlanGraph, ScheduleItem, ScheduleLink
from cdmo_desktop.domain.snapshot import DependencyRow, MilestoneRow
from cdmo_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE

E = TypeVar("E", bound=Enum)
MAX_LAG = (LATEST_DATE - EARLIEST_DATE).days


@dataclass(frozen=True)
class ContractConflict:
    """One contract-fixed item the plan contradicts, with the reasons in sentences."""

    item_id: str
    name: str
    contract_date: date
    planned_date: date
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.reasons)


def contract_date(m: MilestoneRow) -> date:
    """The date the agreement fixes: the baseline finish when set, else the planned one."""
    return m.baseline_finish or m.planned_finish


def _days(n: int) -> str:
    return msg(ONE_DAY) if n == 1 else msg(DAYS, n=n)


ONE_DAY = QT_TRANSLATE_NOOP("messages", "1 day")
DAYS = QT_TRANSLATE_NOOP("messages", "{n} days")
MOVED = {
    "after": QT_TRANSLATE_NOOP(
        "messages",
        "The plan moved its {what} to {planned}, {days} after the contract date of {agreed}.",
    ),
    "before": QT_TRANSLATE_NOOP(
        "messages",
        "The plan moved its {what} to {planned}, {days} before the contract date of {agreed}.",
    ),
}
WHAT = {
    "date": QT_TRANSLATE_NOOP("messages", "date"),
    "finish": QT_TRANSLATE_NOOP("messages", "finish"),
    "start": QT_TRANSLATE_NOOP("messages", "start"),
}
WAITS_FOR = {
    "starts": QT_TRANSLATE_NOOP("messages", "“{name}”, which it waits for, starts on {day}{lag}"),
    "finishes": QT_TRANSLATE_NOOP(
        "messages", "“{name}”, which it waits for, finishes on {day}{lag}"
    ),
}


def _shift(what: str, planned: date, agreed: date) -> str:
    shift = (planned - agreed).days
    side = "after" if shift > 0 else "before"
    return msg(
        MOVED[side],
        what=msg(WHAT[what]),
        planned=date_text(planned),
        days=_days(abs(shift)),
        agreed=date_text(agreed),
    )


def _moved(m: MilestoneRow) -> str:
    if m.baseline_finish is not None and m.planned_finish != m.baseline_finish:
        return _shift("date" if m.kind != MilestoneKind.TASK.value else "finish",
                      m.planned_finish, m.baseline_finish)  # fmt: skip
    if m.kind == MilestoneKind.TASK.value and m.baseline_start not in (None, m.planned_start):
        assert m.baseline_start is not None
        return _shift("start", m.planned_start, m.baseline_start)
    return ""


def _passed(m: MilestoneRow, today: date) -> str:
    agreed = contract_date(m)
    if m.status == MilestoneStatus.DONE.value:
        if m.actual_finish is not None and m.actual_finish > agreed:
            late = (m.actual_finish - agreed).days
            return msg(
                QT_TRANSLATE_NOOP(
                    "messages", "It was done on {day}, {days} after its contract date."
                ),
                day=date_text(m.actual_finish),
                days=_days(late),
            )
        return ""
    if agreed < today:
        return msg(
            QT_TRANSLATE_NOOP(
                "messages", "Its contract date passed {days} ago and it is not done."
            ),
            days=_days((today - agreed).days),
        )
    return ""


def _in_bounds(m: MilestoneRow) -> bool:
    dates = (m.planned_start, m.planned_finish, m.baseline_start, m.baseline_finish)
    return all(d is None or EARLIEST_DATE <= d <= LATEST_DATE for d in dates)


def _member(enum: type[E], value: str, default: E) -> E:
    try:
        return enum(value)
    except ValueError:
        return default


def _pushed(milestones: Sequence[MilestoneRow], links: Sequence[DependencyRow]) -> set[str]:
    """Ids of the contract-fixed items whose predecessors, through the chain of links,
    finish too late for their date (the schedule's forward pass decides)."""
    live = [m for m in milestones if m.status != MilestoneStatus.CANCELLED.value and _in_bounds(m)]
    items = [
        ScheduleItem(
            id=m.id,
            name=m.name,
            start=m.planned_start,
            finish=m.planned_finish,
            kind=_member(MilestoneKind, m.kind, MilestoneKind.TASK),
            contract_fixed=m.contract_fixed,
            status=_member(MilestoneStatus, m.status, MilestoneStatus.NOT_STARTED),
        )
        for m in live
    ]
    graph = PlanGraph(
        items,
        [
            ScheduleLink(
                id=f"{d.predecessor_id}>{d.successor_id}",
                predecessor_id=d.predecessor_id,
                successor_id=d.successor_id,
                kind=_member(DependencyKind, d.kind, DependencyKind.FINISH_TO_START),
                lag_days=max(-MAX_LAG, min(d.lag_days, MAX_LAG)),
            )
            for d in links
        ],
    )
    return {items[i].id for i in graph.analyse().conflicts if items[i].contract_fixed}


def _held_up(m: MilestoneRow, rows: dict[str, MilestoneRow], links: Sequence[DependencyRow]) -> str:
    """Why the work before `m` makes its date impossible, naming the predecessor that
    asks for the latest date."""
    latest: tuple[date, str] | None = None
    for d in links:
        before = rows.get(d.predecessor_id)
        if d.successor_id != m.id or before is None or not _in_bounds(before):
            continue
        lag = max(-MAX_LAG, min(d.lag_days, MAX_LAG))
        starts = d.kind == DependencyKind.START_TO_START.value
        day = before.planned_start if starts else before.planned_finish
        when = day + timedelta(lag)
        lagged = (
            msg(QT_TRANSLATE_NOOP("messages", " (+ {days} lag)"), days=_days(lag)) if lag else ""
        )
        verb = "starts" if starts else "finishes"
        text = msg(WAITS_FOR[verb], name=before.name, day=date_text(day), lag=lagged)
        if latest is None or when > latest[0]:
            latest = (when, text)
    if latest is None:
        return msg(
            QT_TRANSLATE_NOOP("messages", "The work it depends on runs too late for its date.")
        )
    own = m.planned_start if m.kind == MilestoneKind.TASK.value else m.planned_finish
    if latest[0] >= own:
        return msg(
            QT_TRANSLATE_NOOP("messages", "{reason}: too late for its date."), reason=latest[1]
        )
    return msg(
        QT_TRANSLATE_NOOP(
            "messages", "{reason}, but the work before that runs late: too late for its date."
        ),
        reason=latest[1],
    )


def contract_conflicts(
    milestones: Sequence[MilestoneRow], dependencies: Sequence[DependencyRow], today: date
) -> list[ContractConflict]:
    """The contract-fixed items the plan contradicts, by contract date."""
    cancelled = MilestoneStatus.CANCELLED.value
    fixed = [m for m in milestones if m.contract_fixed and m.status != cancelled]
    if not fixed:
        return []
    pushed = _pushed(milestones, dependencies)
    rows = {m.id: m for m in milestones}
    out = []
    for m in fixed:
        if m.status == MilestoneStatus.DONE.value:  # only when it was done counts now
            reasons: tuple[str, ...] = tuple(r for r in (_passed(m, today),) if r)
        else:
            held = _held_up(m, rows, dependencies) if m.id in pushed else ""
            found = (_moved(m), _passed(m, today), held)
            reasons = tuple(r for r in found if r)
        if reasons:
            out.append(ContractConflict(m.id, m.name, contract_date(m), m.planned_finish, reasons))
    return sorted(out, key=lambda c: (c.contract_date, c.name))
