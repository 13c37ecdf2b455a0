"""GanttProject (.gan) files read into an engagement's schedule.

A .gan file nests tasks (a task with subtasks is a summary): each has a start date, a
duration in working days (the project's default week says which days are the weekend, and
its calendar lists holidays), a completion percentage, `meeting="true"` for a milestone,
notes, and `<depend id=S type=T difference=L>` elements on the predecessor naming the
successor S, with type 1 start-start, 2 finish-start, 3 finish-finish, 4 start-finish and a
lag of L days. Summaries are handled as in MSPDI (`exchange.mspdi`): named like a phase
they become that phase, otherwise a task spanning their subtasks.

GanttProject puts a milestone at the start of its day, the app at the end of its day
(domain.scheduling): a milestone dated Monday 1 July in the file is read as Friday 28 June,
the working day before, so the tasks that start on the Monday after it stay in order.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the Element type only; parsing is defusedxml
from collections.abc import Iterator
from datetime import date, timedelta

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, Phase
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.schedule_files import (
    SchedulePreview,
    check_links,
    day,
    kept_summaries_warning,
    phase_named,
)
from cdmo_desktop.store.schedule_import import NewItem, NewLink, NewPlan

LINK_TYPES = {
    "1": DependencyKind.START_TO_START,
    "2": DependencyKind.FINISH_TO_START,
    "3": DependencyKind.FINISH_TO_FINISH,
    "4": DependencyKind.START_TO_FINISH,
}
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_DURATION = 80_000  # working days (about 300 years); longer is refused


class _Calendar:
    """Working days: the default week minus the listed holidays."""

    def __init__(self, root: ET.Element) -> None:
        week = root.find("calendars/day-types/default-week")
        if week is None:
            self.weekend = {5, 6}
        else:
            self.weekend = {i for i, d in enumerate(_DAYS) if week.get(d, "0") == "1"}
        if len(self.weekend) == 7:
            self.weekend = {5, 6}
        self.holidays: set[date] = set()
        for el in root.findall("calendars/date"):
            try:
                self.holidays.add(
                    date(
                        int(el.get("year", "0")),
                        int(el.get("month", "0")),
                        int(el.get("date", "0")),
                    )
                )
            except ValueError:
                continue

    def working(self, d: date) -> bool:
        return d.weekday() not in self.weekend and d not in self.holidays

    def day_before(self, d: date) -> date:
        """The working day before `d` (a week back at most: a calendar of holidays only)."""
        for back in range(1, 8):
            earlier = d - timedelta(days=back)
            if self.working(earlier):
                return earlier
        return d - timedelta(days=1)

    def finish(self, start: date, days: int, uid: str) -> date:
        """The last working day of a task of `days` working days starting on `start`."""
        if days > MAX_DURATION:
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "Task id {uid} lasts {days} days, longer than a plan can hold."
                    ),
                    uid=uid,
                    days=days,
                )
            )
        d, left = start, max(days, 1)
        while True:
            if self.working(d):
                left -= 1
                if left == 0:
                    return d
            d += timedelta(days=1)


def _int(text: str | None, uid: str, what: str) -> int:
    try:
        return int(float(text or "0"))
    except ValueError:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "Task id {uid} has an unreadable {what}."),
                uid=uid,
                what=what,
            )
        ) from None


def _walk(parent: ET.Element, level: int) -> Iterator[tuple[ET.Element, int]]:
    for task in parent.findall("task"):
        yield task, level
        yield from _walk(task, level + 1)


def read_root(root: ET.Element, name: str) -> SchedulePreview:
    if root.tag != "project":
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{name} is not a GanttProject (.gan) file."),
                name=name,
            )
        )
    cal = _Calendar(root)
    tasks = root.find("tasks")
    items: list[NewItem] = []
    links: list[NewLink] = []
    dropped: set[str] = set()
    phases: list[tuple[int, Phase]] = []
    kept_summaries = 0
    seen: set[str] = set()
    for task, level in _walk(tasks, 1) if tasks is not None else ():
        uid = task.get("id", "")
        if not uid:
            raise ExchangeError(
                msg(QT_TRANSLATE_NOOP("messages", "A task in {name} has no id."), name=name)
            )
        if uid in seen:
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "Task id {uid} appears twice in {name}."),
                    uid=uid,
                    name=name,
                )
            )
        seen.add(uid)
        while phases and phases[-1][0] >= level:
            phases.pop()
        title = " ".join((task.get("name") or "").split())[:300] or f"Task {uid}"
        for dep in task.findall("depend"):
            succ = dep.get("id", "")
            kind = LINK_TYPES.get(dep.get("type", "2"), DependencyKind.FINISH_TO_START)
            links.append(NewLink(uid, succ, kind, _int(dep.get("difference"), uid, "lag")))
        if task.find("task") is not None:
            phase = phase_named(title)
            if phase is not None:
                phases.append((level, phase))
                dropped.add(uid)
                continue
            kept_summaries += 1
        start = day(task.get("start"), uid, "start")
        if start is None:
            raise ExchangeError(
                msg(QT_TRANSLATE_NOOP("messages", "Task id {uid} has no start date."), uid=uid)
            )
        milestone = task.get("meeting") == "true"
        duration = _int(task.get("duration"), uid, "duration")
        if milestone:  # at the start of its day in the file, at the end of a day here
            start = finish = cal.day_before(start)
        else:
            finish = cal.finish(start, duration, uid)
        day(finish.isoformat(), uid, "finish")  # within the calendar
        notes = task.find("notes")
        items.append(
            NewItem(
                key=uid,
                name=title,
                start=start,
                finish=finish,
                kind=MilestoneKind.MILESTONE if milestone else MilestoneKind.TASK,
                phase=phases[-1][1] if phases else None,
                percent_complete=min(100, max(0, _int(task.get("complete"), uid, "completion"))),
                notes=(notes.text or "").strip()[:20000] if notes is not None else "",
            )
        )
    warnings: list[str] = []
    if kept_summaries:
        warnings.append(kept_summaries_warning(kept_summaries))
    on_phase = [k for k in links if k.predecessor in dropped or k.successor in dropped]
    if on_phase:
        warnings.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "{count} link(s) to summary tasks that became phases were left out."
                ),
                count=len(on_phase),
            )
        )
        links = [k for k in links if k not in on_phase]
    checked = check_links(items, links)
    if len(checked) < len(links):
        warnings.append(
            msg(
                QT_TRANSLATE_NOOP("messages", "{value} repeated link(s) were left out."),
                value=len(links) - len(checked),
            )
        )
    return SchedulePreview(name, "GanttProject", NewPlan(items, checked), warnings)
