"""A whole schedule written into an engagement at once (an MS Project or GanttProject file
read by `exchange`): its items, their links and baselines in ONE change set, so the import
is one undo step and the change log records it with the file name as the reason.

The items are appended after the engagement's own (positions continue from its last item);
links name their ends by the file's keys, resolved here to the new rows' ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, MilestoneStatus, Phase, Side
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    BaselineDate,
    Engagement,
    Milestone,
    MilestoneDependency,
    ScheduleBaseline,
)
from cdmo_desktop.domain.models.base import new_id
from cdmo_desktop.store.schedule import next_position

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store


@dataclass(frozen=True, slots=True)
class NewItem:
    """One task, milestone or gate as a file gives it; `key` is the file's own id (UID)."""

    key: str
    name: str
    start: date
    finish: date
    kind: MilestoneKind = MilestoneKind.TASK
    phase: Phase | None = None
    owner_side: Side = Side.PARTNER
    percent_complete: int = 0
    actual_start: date | None = None
    actual_finish: date | None = None
    contract_fixed: bool = False
    notes: str = ""
    # (baseline name, start, finish); the first is the item's latest baseline.
    baselines: tuple[tuple[str, date, date], ...] = ()


@dataclass(frozen=True, slots=True)
class NewLink:
    predecessor: str  # NewItem.key
    successor: str
    kind: DependencyKind = DependencyKind.FINISH_TO_START
    lag_days: int = 0


@dataclass(frozen=True, slots=True)
class NewPlan:
    items: Sequence[NewItem]
    links: Sequence[NewLink] = field(default_factory=tuple)


def _status(item: NewItem) -> MilestoneStatus:
    if item.actual_finish is not None or item.percent_complete >= 100:
        return MilestoneStatus.DONE
    if item.actual_start is not None or item.percent_complete > 0:
        return MilestoneStatus.IN_PROGRESS
    return MilestoneStatus.NOT_STARTED


def _baseline_ids(session: Session, engagement_id: str, names: Sequence[str]) -> dict[str, str]:
    """The engagement's baselines named `names` (made when missing)."""
    found: dict[str, str] = {
        b.name: b.id
        for b in session.exec(
            select(ScheduleBaseline).where(ScheduleBaseline.engagement_id == engagement_id)
        )
    }
    for name in names:
        if name not in found:
            row = ScheduleBaseline(engagement_id=engagement_id, name=name, set_on=clock.today())
            session.add(row)
            found[name] = row.id
    return found


def import_schedule(store: Store, engagement_id: str, plan: NewPlan, *, source: str) -> ChangeSet:
    """Append `plan` to the engagement's schedule in one change set labelled "Import
    schedule from <source>" (the change log's reason names the file too). Raises
    LookupError when the engagement no longer exists; links must name items of the plan
    (the reader checks that, and that they close no loop)."""
    label = msg(QT_TRANSLATE_NOOP("messages", "Import schedule from {source}"), source=source)

    def work(session: Session) -> None:
        if session.get(Engagement, engagement_id) is None:
            raise LookupError(
                msg(QT_TRANSLATE_NOOP("messages", "This engagement no longer exists."))
            )
        position = next_position(session, engagement_id)
        ids: dict[str, str] = {}
        names = list(dict.fromkeys(n for it in plan.items for n, _, _ in it.baselines))
        baseline_ids = _baseline_ids(session, engagement_id, names)
        session.flush()
        for offset, item in enumerate(plan.items):
            ids[item.key] = row_id = new_id()
            latest = item.baselines[0] if item.baselines else None
            session.add(
                Milestone(
                    id=row_id,
                    engagement_id=engagement_id,
                    name=item.name,
                    kind=item.kind,
                    phase=item.phase,
                    owner_side=item.owner_side,
                    planned_start=item.start,
                    planned_finish=item.finish,
                    baseline_start=latest[1] if latest else None,
                    baseline_finish=latest[2] if latest else None,
                    actual_start=item.actual_start,
                    actual_finish=item.actual_finish,
                    percent_complete=item.percent_complete,
                    status=_status(item),
                    contract_fixed=item.contract_fixed,
                    position=position + offset,
                    notes=item.notes,
                )
            )
        session.flush()
        for item in plan.items:
            for name, start, finish in item.baselines:
                session.add(
                    BaselineDate(
                        baseline_id=baseline_ids[name],
                        milestone_id=ids[item.key],
                        start=start,
                        finish=finish,
                    )
                )
        for link in plan.links:
            session.add(
                MilestoneDependency(
                    predecessor_id=ids[link.predecessor],
                    successor_id=ids[link.successor],
                    kind=link.kind,
                    lag_days=link.lag_days,
                )
            )

    return store.write(label, work, reason=str(label))
