"""Schedules in and out of an engagement: a file (MS Project XML or GanttProject, told
apart by its content) read into a checked preview, and the preview written as one change
set (one undo step). The formats are in `mspdi` and `gan`; what they share in
`schedule_files`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange import gan, mspdi
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.schedule_files import SchedulePreview, parse_xml, read_limited
from cdmo_desktop.store.schedule_import import import_schedule

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store


def write_plan(store: Store, engagement_id: str, preview: SchedulePreview) -> ChangeSet:
    """Write a checked preview into the engagement: one change set, one undo step."""
    try:
        return import_schedule(store, engagement_id, preview.plan, source=preview.source)
    except LookupError as exc:
        raise ExchangeError(str(exc)) from None


def read_schedule(path: Path) -> SchedulePreview:
    """An MS Project XML or GanttProject file, told apart by content, read and checked."""
    data = read_limited(path, "schedule")
    root = parse_xml(data, path.name)
    tag = root.tag.rpartition("}")[2]
    if tag == "Project" and root.tag.startswith("{"):
        return mspdi.read_root(root, path.name)
    if tag == "project":
        return gan.read_root(root, path.name)
    raise ExchangeError(
        msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} is neither an MS Project XML (MSPDI) nor a GanttProject (.gan) file.",
            ),
            file=path.name,
        )
    )
