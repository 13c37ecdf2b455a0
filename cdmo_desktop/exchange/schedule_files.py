"""What MS Project (MSPDI) and GanttProject imports share: reading a file within a size
limit, parsing XML safely, checking a plan (dates within the calendar, links to tasks
that exist, no dependency loop) and the preview a user confirms before anything is
written.

Every refusal is an ExchangeError whose message is one sentence naming the file's task
UIDs at fault; nothing is written before `schedules.write_plan`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the Element type only; parsing is defusedxml
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import defusedxml
import defusedxml.ElementTree as SafeET

from cdmo_desktop.domain.enums import MilestoneKind, Phase
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdmo_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.store.schedule_import import NewItem, NewLink, NewPlan

# A 2,000-task plan saved by MS Project is 3-6 MB; resources and assignments can multiply
# that. Anything larger is refused before it is read.
MAX_BYTES = 64 * 1024 * 1024


@dataclass
class SchedulePreview:
    """A file read and checked, not yet written: what the user confirms."""

    source: str  # the file name, for the undo text and the change log
    fmt: str  # "MS Project XML" or "GanttProject"
    plan: NewPlan
    warnings: list[str] = field(default_factory=list)

    @property
    def tasks(self) -> int:
        return sum(1 for it in self.plan.items if it.kind is MilestoneKind.TASK)

    @property
    def milestones(self) -> int:
        return len(self.plan.items) - self.tasks

    @property
    def links(self) -> int:
        return len(self.plan.links)

    def summary(self) -> str:
        """ "12 tasks, 3 milestones, 14 links" (and the number of warnings)."""
        counts = {"tasks": self.tasks, "milestones": self.milestones, "links": self.links}
        if not self.warnings:
            return msg(SUMMARY, **counts)
        many = len(self.warnings) > 1
        return msg(SUMMARY_WARNINGS[many], warnings=len(self.warnings), **counts)


SUMMARY = QT_TRANSLATE_NOOP("messages", "{tasks} tasks, {milestones} milestones, {links} links")
SUMMARY_WARNINGS = {
    False: QT_TRANSLATE_NOOP(
        "messages", "{tasks} tasks, {milestones} milestones, {links} links, {warnings} warning"
    ),
    True: QT_TRANSLATE_NOOP(
        "messages", "{tasks} tasks, {milestones} milestones, {links} links, {warnings} warnings"
    ),
}


def read_limited(path: Path, what: str) -> bytes:
    """The file's bytes, refused above MAX_BYTES (checked before reading)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "Cannot read {file}: {value}."),
                file=path.name,
                value=exc.strerror or exc,
            )
        ) from None
    if size > MAX_BYTES:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "{file} is {value} MB; a {what} file over {value2} MB is refused."
                ),
                file=path.name,
                value=size // (1024 * 1024),
                what=what,
                value2=MAX_BYTES // (1024 * 1024),
            )
        )
    return path.read_bytes()


def parse_xml(data: bytes, name: str) -> ET.Element:
    """The document's root, parsed without entities, DTDs or external references."""
    try:
        return SafeET.fromstring(data, forbid_dtd=False)
    except defusedxml.DefusedXmlException:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} declares XML entities or external references, which are refused.",
                ),
                name=name,
            )
        ) from None
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else 0
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{name} is not well-formed XML (line {line})."),
                name=name,
                line=line,
            )
        ) from None


def day(text: str | None, uid: str, what: str) -> date | None:
    """The date of an ISO date or date-time, refused outside the app's calendar."""
    if not text or not text.strip():
        return None
    try:
        value = date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "Task UID {uid} has an unreadable {what} date."),
                uid=uid,
                what=what,
            )
        ) from None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Task UID {uid} has a {what} date in year {value_year}, "
                    "outside {earliest_date_year}–{latest_date_year}.",
                ),
                uid=uid,
                what=what,
                value_year=value.year,
                earliest_date_year=EARLIEST_DATE.year,
                latest_date_year=LATEST_DATE.year,
            )
        )
    return value


def weekday_back(d: date, floor: date) -> date:
    """`d` moved back over a weekend, never before `floor`."""
    while d.weekday() >= 5 and d > floor:
        d -= timedelta(days=1)
    return d


def phase_named(name: str) -> Phase | None:
    """The phase a summary task's name stands for ("Process development", "Scale-up")."""
    key = "".join(ch for ch in name.casefold() if ch.isalnum())
    for phase in Phase:
        if key in (
            "".join(ch for ch in phase.label.casefold() if ch.isalnum()),
            phase.value.replace("_", ""),
        ):
            return phase
    return None


def check_links(items: Sequence[NewItem], links: Sequence[NewLink]) -> list[NewLink]:
    """The links, refused when one names a task not in the plan or they close a loop
    (the message names the task UIDs); duplicates of a pair keep the first."""
    keys = {it.key for it in items}
    seen: set[tuple[str, str]] = set()
    kept: list[NewLink] = []
    for link in links:
        for end in (link.predecessor, link.successor):
            if end not in keys:
                other = link.successor if end == link.predecessor else link.predecessor
                raise ExchangeError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Task UID {other} is linked to task UID {end}, which is not in "
                            "the file.",
                        ),
                        other=other,
                        end=end,
                    )
                )
        if link.predecessor == link.successor:
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "Task UID {link_successor} is linked to itself."),
                    link_successor=link.successor,
                )
            )
        pair = (link.predecessor, link.successor)
        if pair not in seen:
            seen.add(pair)
            kept.append(link)
    loop = find_loop([it.key for it in items], kept)
    if loop:
        raise ExchangeError(
            "The dependencies form a loop: task UID " + " → ".join(loop) + "; nothing was imported."
        )
    return kept


def find_loop(keys: Sequence[str], links: Sequence[NewLink]) -> list[str]:
    """One dependency loop as keys (first repeated at the end), or [] (iterative DFS)."""
    out: dict[str, list[str]] = defaultdict(list)
    for link in links:
        out[link.predecessor].append(link.successor)
    state: dict[str, int] = {}  # 1 on the path, 2 done
    for root in keys:
        if state.get(root):
            continue
        path, stack = [root], [iter(out[root])]
        state[root] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(out[nxt]))
    return []


def kept_summaries_warning(count: int) -> Message:
    """What an import says of summary tasks it kept as tasks (MSPDI and GanttProject)."""
    if count == 1:
        return msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "1 summary task not named like a phase is kept as a task spanning its subtasks.",
            )
        )
    return msg(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} summary tasks not named like a phase are kept as tasks spanning "
            "their subtasks.",
        ),
        count=count,
    )
