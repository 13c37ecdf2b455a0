"""Plain rows of a schedule (items, links, results) and the day arithmetic they share.

See domain/scheduling.py for the time convention: a task occupies [start, finish + 1) in
day ordinals, a milestone or decision gate is a point at the end of its day.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus, Phase, Side
from cdmo_desktop.domain.timeline import add_days, day_from_ordinal

DateText = Callable[[date], str]  # how a message writes a date (English, or the screen's)


@dataclass(slots=True)
class ScheduleItem:
    """One row of a plan: a task, a milestone or a decision gate (a Milestone row)."""

    id: str
    name: str
    start: date
    finish: date
    kind: MilestoneKind = MilestoneKind.TASK
    engagement_id: str = ""
    contract_fixed: bool = False
    percent_complete: int = 0
    status: MilestoneStatus = MilestoneStatus.NOT_STARTED
    baseline_start: date | None = None
    baseline_finish: date | None = None
    phase: Phase | None = None
    owner_side: Side = Side.PARTNER
    position: int = 0
    actual_start: date | None = None
    actual_finish: date | None = None

    @property
    def is_point(self) -> bool:
        """Milestones and decision gates have no length: they happen on one day."""
        return self.kind is not MilestoneKind.TASK

    @property
    def duration_days(self) -> int:
        return 0 if self.is_point else (self.finish - self.start).days + 1

    def is_overdue(self, today: date) -> bool:
        """Neither done nor cancelled and planned to finish before today."""
        if self.status in (MilestoneStatus.DONE, MilestoneStatus.CANCELLED):
            return False
        return self.finish < today

    @property
    def finish_variance(self) -> int | None:
        return variance_days(self.finish, self.baseline_finish)


@dataclass(slots=True)
class ScheduleLink:
    id: str
    predecessor_id: str
    successor_id: str
    kind: DependencyKind = DependencyKind.FINISH_TO_START
    lag_days: int = 0


@dataclass
class SchedulePlan:
    """An engagement's (or the portfolio's) schedule as plain rows, in display order."""

    items: list[ScheduleItem]
    links: list[ScheduleLink]
    engagements: list[tuple[str, str]] = field(default_factory=list)  # (id, heading)
    # Each item's row version when it was read: an edit based on an item someone else has
    # saved since is refused (store.conflicts).
    versions: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Conflict:
    item_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class ContractConflict:
    """A contract-fixed item its predecessors no longer let happen on its fixed date."""

    item_id: str
    name: str
    engagement_id: str
    fixed_on: date  # the date the agreement sets (a task's start, a milestone's day)
    earliest: date  # the earliest date the dependencies allow for it
    days_late: int
    reason: str  # one sentence, as the schedule screen shows it


@dataclass
class ShiftResult:
    """What a move does to the plan: new dates for every item that changes, conflicts with
    contract-fixed items (left where they are), and notes worth telling the user."""

    changes: dict[str, tuple[date, date]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    """Per item (by graph index): total slack in days, critical flag, conflict reason."""

    slack: list[int]
    critical: list[bool]
    conflicts: dict[int, str]
    driving: set[int]  # link indices whose constraint is tight between two critical items
    late_fixed: dict[int, int] = field(default_factory=dict)  # fixed item -> earliest begin


class CycleError(ValueError):
    """A dependency that would close a loop; the message names the items on the loop."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        super().__init__(
            "This dependency would create a loop: " + " → ".join(names) + ". It was not added."
        )


def variance_days(planned: date | None, baseline: date | None) -> int | None:
    """Days the plan is behind (+) or ahead of (-) the baseline; None without a baseline."""
    if planned is None or baseline is None:
        return None
    return (planned - baseline).days


def day_bounds(item: ScheduleItem) -> tuple[int, int]:
    if item.is_point:
        point = item.finish.toordinal() + 1
        return point, point
    return item.start.toordinal(), item.finish.toordinal() + 1


def dates_for(item: ScheduleItem, begin: int) -> tuple[date, date]:
    """Start and finish of `item` moved so that it begins at `begin` (same length; held
    within the calendar, so a plan holding year 9999 still moves without OverflowError)."""
    if item.is_point:
        d = day_from_ordinal(begin - 1)
        return d, d
    days = begin - item.start.toordinal()
    return add_days(item.start, days), add_days(item.finish, days)
