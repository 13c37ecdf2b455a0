"""MS Project XML (MSPDI), as MS Project, ProjectLibre and MPXJ save it: read into an
engagement's schedule, and an engagement's schedule written for them to open.

Reading maps
- tasks, milestones (Milestone=1, placed on their finish day) and summary tasks: a summary
  named like a phase ("Process development") groups its subtasks under that phase (the
  schedule groups by phase); any other summary is kept as a task spanning its subtasks,
  just before them, so the outline's structure stays visible;
- the outline order (tasks in ID order); the project summary (UID 0) and blank rows are
  skipped;
- links FF/FS/SF/SS (Type 0-3) with lags and leads: LinkLag is in tenths of a minute,
  LagFormat says how the planner typed it (working days, elapsed days, weeks, months...),
  turned into the app's calendar days;
- percent complete, actual start and finish, baselines (Number 0 is "Baseline", n is
  "Baseline n"), and "must start on" / "must finish on" constraints (ConstraintType 2, 3)
  as contract-fixed items.

Writing puts each phase as a summary task with its items beneath, a standard Mon-Fri
calendar, durations in working hours, links with elapsed-day lags (LagFormat 8, so a lag of
3 calendar days stays 3), and the item's kind and owner in the Text1/Text2 fields so a
decision gate comes back as a gate.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # building a document; parsing is defusedxml
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind, Phase, Side
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.schedule_files import (
    SchedulePreview,
    check_links,
    day,
    kept_summaries_warning,
    phase_named,
    weekday_back,
)
from cdmo_desktop.store.schedule_import import NewItem, NewLink, NewPlan

if TYPE_CHECKING:
    from cdmo_desktop.domain.scheduling import SchedulePlan

NS = "http://schemas.microsoft.com/project"
_Q = f"{{{NS}}}"
# MSPDI link Type -> the app's dependency kind
LINK_TYPES = {
    "0": DependencyKind.FINISH_TO_FINISH,
    "1": DependencyKind.FINISH_TO_START,
    "2": DependencyKind.START_TO_FINISH,
    "3": DependencyKind.START_TO_START,
}
_TYPE_CODE = {kind: code for code, kind in LINK_TYPES.items()}
MUST_START_ON, MUST_FINISH_ON, START_NO_EARLIER = "2", "3", "4"
ELAPSED_DAYS = 8  # LagFormat "ed"
TEXT1, TEXT2 = "188743731", "188743734"  # ExtendedAttribute FieldIDs of Text1 and Text2
KIND_ALIAS, OWNER_ALIAS = "Partnership Desk kind", "Partnership Desk owner"


@dataclass(frozen=True, slots=True)
class _Calendar:
    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    days_per_month: int = 20
    day_starts: time = time(8, 0)


def _text(el: ET.Element, name: str) -> str:
    found = el.find(_Q + name)
    return (found.text or "").strip() if found is not None and found.text else ""


def _int(text: str, default: int = 0) -> int:
    try:
        return int(float(text))
    except ValueError:
        return default


def lag_days(tenths: int, fmt: int, cal: _Calendar) -> int:
    """A lag (tenths of a minute, in the planner's format) as calendar days, rounded:
    elapsed formats count 24-hour days, weeks 7 days, months 30 days; working minutes,
    hours and days count working days (MinutesPerDay). A percentage lag (of the
    predecessor's duration) has no fixed length here: 0."""
    minutes = tenths / 10
    base = fmt - 35 if fmt >= 35 else fmt  # 35+ are the "estimated" variants
    if base in (4, 6, 8):  # elapsed minutes, hours, days
        return round(minutes / 1440)
    if base in (9, 10):  # weeks, elapsed weeks
        per_week = 10080 if base == 10 else max(cal.minutes_per_week, 1)
        return round(minutes / per_week * 7)
    if base in (11, 12):  # months, elapsed months
        per_month = 43200 if base == 12 else max(cal.minutes_per_day * cal.days_per_month, 1)
        return round(minutes / per_month * 30)
    if base in (19, 20):
        return 0
    return round(minutes / max(cal.minutes_per_day, 1))


def _calendar(root: ET.Element) -> _Calendar:
    starts = _text(root, "DefaultStartTime")
    try:
        day_starts = time.fromisoformat(starts) if starts else time(8, 0)
    except ValueError:
        day_starts = time(8, 0)
    return _Calendar(
        _int(_text(root, "MinutesPerDay"), 480) or 480,
        _int(_text(root, "MinutesPerWeek"), 2400) or 2400,
        _int(_text(root, "DaysPerMonth"), 20) or 20,
        day_starts,
    )


def _finish_day(text: str, start: date, uid: str, cal: _Calendar) -> date | None:
    """A task's last working day: a finish at or before the working day's start (08:00 the
    next morning) ends the day before."""
    finish = day(text, uid, "finish")
    if finish is None:
        return None
    try:
        at = time.fromisoformat(text.strip()[11:19]) if len(text.strip()) > 10 else None
    except ValueError:
        at = None
    if at is not None and finish > start and at <= cal.day_starts:
        finish = weekday_back(finish - timedelta(days=1), start)
    return finish


def _aliases(root: ET.Element) -> dict[str, str]:
    """FieldID -> alias of the project's custom fields."""
    found: dict[str, str] = {}
    attrs = root.find(_Q + "ExtendedAttributes")
    for attr in attrs if attrs is not None else ():
        found[_text(attr, "FieldID")] = _text(attr, "Alias")
    return found


def _custom(task: ET.Element) -> dict[str, str]:
    return {
        _text(attr, "FieldID"): _text(attr, "Value")
        for attr in task.findall(_Q + "ExtendedAttribute")
    }


@dataclass
class _Row:
    uid: str
    level: int
    element: ET.Element


def read_root(root: ET.Element, name: str) -> SchedulePreview:
    if root.tag != _Q + "Project":
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{name} is not an MS Project XML (MSPDI) file."),
                name=name,
            )
        )
    cal = _calendar(root)
    aliases = _aliases(root)
    kind_field = next((f for f, a in aliases.items() if a == KIND_ALIAS), "")
    owner_field = next((f for f, a in aliases.items() if a == OWNER_ALIAS), "")
    tasks = root.find(_Q + "Tasks")
    rows: list[tuple[int, int, _Row]] = []
    for order, task in enumerate(tasks if tasks is not None else ()):
        uid = _text(task, "UID")
        if not uid or _text(task, "IsNull") == "1":
            continue
        level = _int(_text(task, "OutlineLevel"), 1)
        if level <= 0:
            continue  # the project summary (outline level 0)
        rows.append((_int(_text(task, "ID"), order), order, _Row(uid, level, task)))
    rows.sort(key=lambda r: (r[0], r[1]))
    warnings: list[str] = []
    items: list[NewItem] = []
    dropped: set[str] = set()  # summaries turned into phases: not rows of the plan
    phases: list[tuple[int, Phase]] = []  # (outline level, phase) of enclosing summaries
    kept_summaries = 0
    seen: set[str] = set()
    links: list[NewLink] = []
    for _, _, row in rows:
        task, uid = row.element, row.uid
        if uid in seen:
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "Task UID {uid} appears twice in {name}."),
                    uid=uid,
                    name=name,
                )
            )
        seen.add(uid)
        while phases and phases[-1][0] >= row.level:
            phases.pop()
        title = " ".join(_text(task, "Name").split())[:300] or f"Task {uid}"
        summary = _text(task, "Summary") == "1"
        if summary:
            phase = phase_named(title)
            if phase is not None:
                phases.append((row.level, phase))
                dropped.add(uid)
                continue
            kept_summaries += 1
        item = _item(task, uid, title, cal, phases[-1][1] if phases else None)
        custom = _custom(task)
        if kind_field and custom.get(kind_field) in MilestoneKind._value2member_map_:
            kind = MilestoneKind(custom[kind_field])
            if kind is not MilestoneKind.TASK and item.kind is not MilestoneKind.TASK:
                item = _replace(item, kind=kind)
        if owner_field and custom.get(owner_field) in Side._value2member_map_:
            item = _replace(item, owner_side=Side(custom[owner_field]))
        items.append(item)
        links.extend(_links(task, uid, cal))
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
    return SchedulePreview(name, "MS Project XML", NewPlan(items, checked), warnings)


def _replace(item: NewItem, **changes: object) -> NewItem:
    from dataclasses import replace

    return replace(item, **changes)  # type: ignore[arg-type]


def _item(task: ET.Element, uid: str, title: str, cal: _Calendar, phase: Phase | None) -> NewItem:
    start = day(_text(task, "Start"), uid, "start")
    if start is None:
        raise ExchangeError(
            msg(QT_TRANSLATE_NOOP("messages", "Task UID {uid} has no start date."), uid=uid)
        )
    finish = _finish_day(_text(task, "Finish"), start, uid, cal) or start
    finish = max(finish, start)
    milestone = _text(task, "Milestone") == "1"
    kind = MilestoneKind.MILESTONE if milestone else MilestoneKind.TASK
    if milestone:
        start = finish
    actual_start = day(_text(task, "ActualStart"), uid, "actual start")
    actual_finish = day(_text(task, "ActualFinish"), uid, "actual finish")
    if milestone and actual_finish is not None:
        actual_start = actual_finish
    if actual_start and actual_finish and actual_finish < actual_start:
        actual_finish = actual_start
    constraint = _text(task, "ConstraintType")
    baselines: list[tuple[int, str, date, date]] = []
    for base in task.findall(_Q + "Baseline"):
        number = _int(_text(base, "Number"), 0)
        b_start = day(_text(base, "Start"), uid, "baseline start")
        b_finish_text = _text(base, "Finish")
        if b_start is None or not b_finish_text:
            continue
        b_finish = max(_finish_day(b_finish_text, b_start, uid, cal) or b_start, b_start)
        if milestone:
            b_start = b_finish
        baselines.append(
            (number, "Baseline" if number == 0 else f"Baseline {number}", b_start, b_finish)
        )
    baselines.sort()
    return NewItem(
        key=uid,
        name=title,
        start=start,
        finish=finish,
        kind=kind,
        phase=phase,
        percent_complete=min(100, max(0, _int(_text(task, "PercentComplete")))),
        actual_start=actual_start,
        actual_finish=actual_finish,
        contract_fixed=constraint in (MUST_START_ON, MUST_FINISH_ON),
        notes=_text(task, "Notes")[:20000],
        baselines=tuple((n, s, f) for _, n, s, f in baselines),
    )


def _links(task: ET.Element, uid: str, cal: _Calendar) -> Iterator[NewLink]:
    for link in task.findall(_Q + "PredecessorLink"):
        pred = _text(link, "PredecessorUID")
        if _text(link, "CrossProject") == "1" or not pred:
            continue
        kind = LINK_TYPES.get(_text(link, "Type") or "1", DependencyKind.FINISH_TO_START)
        lag = lag_days(_int(_text(link, "LinkLag")), _int(_text(link, "LagFormat"), 7), cal)
        yield NewLink(pred, uid, kind, lag)


# --- writing --------------------------------------------------------------------------------
def _at(d: date, hour: int) -> str:
    return datetime.combine(d, time(hour)).isoformat()


def _working_days(start: date, finish: date) -> int:
    """Mon-Fri days from start to finish, both included (at least 1 for a task)."""
    days = (finish - start).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5 + sum(1 for i in range(rest) if (start.weekday() + i) % 7 < 5)
    return max(count, 1)


def _add(parent: ET.Element, tag: str, text: object = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = str(text)
    return el


def _calendars(project: ET.Element) -> None:
    cals = _add(_add(project, "Calendars"), "Calendar")
    _add(cals, "UID", 1)
    _add(cals, "Name", "Standard")
    _add(cals, "IsBaseCalendar", 1)
    _add(cals, "BaseCalendarUID", -1)
    week = _add(cals, "WeekDays")
    for day_type in range(1, 8):  # 1 = Sunday
        wd = _add(week, "WeekDay")
        _add(wd, "DayType", day_type)
        working = day_type not in (1, 7)
        _add(wd, "DayWorking", int(working))
        if working:
            times = _add(wd, "WorkingTimes")
            for a, b in (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")):
                wt = _add(times, "WorkingTime")
                _add(wt, "FromTime", a)
                _add(wt, "ToTime", b)


def _task(
    tasks: ET.Element,
    uid: int,
    row: int,
    name: str,
    level: int,
    outline: str,
    start: date,
    finish: date,
    *,
    milestone: bool = False,
    summary: bool = False,
) -> ET.Element:
    t = _add(tasks, "Task")
    _add(t, "UID", uid)
    _add(t, "ID", row)
    _add(t, "Name", name)
    _add(t, "Type", 0 if not summary else 1)
    _add(t, "IsNull", 0)
    _add(t, "OutlineNumber", outline)
    _add(t, "OutlineLevel", level)
    _add(t, "Start", _at(start, 8) if not milestone else _at(finish, 17))
    _add(t, "Finish", _at(finish, 17))
    hours = 0 if milestone else _working_days(start, finish) * 8
    _add(t, "Duration", f"PT{hours}H0M0S")
    _add(t, "DurationFormat", 7)
    _add(t, "Milestone", int(milestone))
    _add(t, "Summary", int(summary))
    return t


def to_xml(plan: SchedulePlan, title: str) -> bytes:
    """The plan (one engagement's, in display order) as an MSPDI document."""
    items = plan.items
    project = ET.Element("Project", xmlns=NS)
    _add(project, "SaveVersion", 14)
    _add(project, "Name", f"{title}.xml")
    _add(project, "Title", title)
    _add(project, "ScheduleFromStart", 1)
    first = min((it.start for it in items), default=date.today())
    last = max((it.finish for it in items), default=first)
    _add(project, "StartDate", _at(first, 8))
    _add(project, "FinishDate", _at(last, 17))
    _add(project, "CalendarUID", 1)
    _add(project, "DefaultStartTime", "08:00:00")
    _add(project, "DefaultFinishTime", "17:00:00")
    _add(project, "MinutesPerDay", 480)
    _add(project, "MinutesPerWeek", 2400)
    _add(project, "DaysPerMonth", 20)
    _add(project, "DurationFormat", 7)
    attrs = _add(project, "ExtendedAttributes")
    for field_id, field_name, alias in (
        (TEXT1, "Text1", KIND_ALIAS),
        (TEXT2, "Text2", OWNER_ALIAS),
    ):
        attr = _add(attrs, "ExtendedAttribute")
        _add(attr, "FieldID", field_id)
        _add(attr, "FieldName", field_name)
        _add(attr, "Alias", alias)
    _calendars(project)
    tasks = _add(project, "Tasks")
    _task(tasks, 0, 0, title, 0, "0", first, last, summary=True)  # the project's own row
    uids = {it.id: i + 1 for i, it in enumerate(items)}
    next_uid = len(items) + 1
    preds: dict[str, list[tuple[str, DependencyKind, int]]] = {}
    for link in plan.links:
        preds.setdefault(link.successor_id, []).append(
            (link.predecessor_id, link.kind, link.lag_days)
        )
    top = row = 0
    current: Phase | None = None
    child = 0
    for it in items:
        if it.phase is not None and it.phase != current:
            current, child = it.phase, 0
            top += 1
            row += 1
            members = [m for m in items if m.phase is it.phase]
            _task(
                tasks,
                next_uid,
                row,
                it.phase.label,
                1,
                str(top),
                min(m.start for m in members),
                max(m.finish for m in members),
                summary=True,
            )
            next_uid += 1
        if it.phase is None:
            current = None
            top += 1
            level, outline = 1, str(top)
        else:
            child += 1
            level, outline = 2, f"{top}.{child}"
        row += 1
        t = _task(
            tasks,
            uids[it.id],
            row,
            it.name,
            level,
            outline,
            it.start,
            it.finish,
            milestone=it.is_point,
        )
        _add(t, "PercentComplete", it.percent_complete)
        if it.actual_start is not None:
            _add(t, "ActualStart", _at(it.actual_start, 8 if not it.is_point else 17))
        if it.actual_finish is not None:
            _add(t, "ActualFinish", _at(it.actual_finish, 17))
        if it.contract_fixed:
            _add(t, "ConstraintType", MUST_FINISH_ON if it.is_point else MUST_START_ON)
            _add(t, "ConstraintDate", _at(it.finish, 17) if it.is_point else _at(it.start, 8))
        else:
            _add(t, "ConstraintType", START_NO_EARLIER)  # keeps the item on its date
            _add(t, "ConstraintDate", _at(it.start, 8) if not it.is_point else _at(it.finish, 17))
        for pred, kind, lag in preds.get(it.id, ()):
            if pred not in uids:
                continue
            pl = _add(t, "PredecessorLink")
            _add(pl, "PredecessorUID", uids[pred])
            _add(pl, "Type", _TYPE_CODE[kind])
            _add(pl, "CrossProject", 0)
            _add(pl, "LinkLag", lag * 14400)
            _add(pl, "LagFormat", ELAPSED_DAYS)
        for field_id, value in ((TEXT1, it.kind.value), (TEXT2, it.owner_side.value)):
            attr = _add(t, "ExtendedAttribute")
            _add(attr, "FieldID", field_id)
            _add(attr, "Value", value)
        if it.baseline_start is not None and it.baseline_finish is not None:
            base = _add(t, "Baseline")
            _add(base, "Number", 0)
            _add(base, "Start", _at(it.baseline_start, 8 if not it.is_point else 17))
            _add(base, "Finish", _at(it.baseline_finish, 17))
    ET.indent(project, space=" ")
    body: bytes = ET.tostring(project, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + body + b"\n"
