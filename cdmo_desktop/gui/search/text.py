"""What the search popup says: a heading per kind of record and the line under a hit."""

from __future__ import annotations

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.store.search_results import Group, Hit

HEADINGS: dict[str, str] = {
    "partner": QT_TR_NOOP("Partners"),
    "engagement": QT_TR_NOOP("Engagements"),
    "risk": QT_TR_NOOP("Risks"),
    "decision": QT_TR_NOOP("Decisions"),
    "action": QT_TR_NOOP("Actions"),
    "milestone": QT_TR_NOOP("Milestones"),
    "charter": QT_TR_NOOP("Charters"),
    "agreement": QT_TR_NOOP("Agreements"),
    "contact": QT_TR_NOOP("Contacts"),
    "change": QT_TR_NOOP("Change log"),
}
"""The heading of each kind's group (translated where shown)."""


def heading(group: Group) -> str:
    """ "Risks (12)"; "Risks (1000+)" when the count stopped there."""
    count = fmt.number_text(group.total) + ("+" if group.capped else "")
    return tr("{kind} ({count})").format(kind=tr(HEADINGS[group.kind]), count=count)


def more(group: Group) -> str:
    if group.capped:
        return tr("{count}+ more").format(count=fmt.number_text(group.more))
    return tr("%n more", None, group.more)


def title(hit: Hit) -> str:
    if hit.kind == "charter":
        return tr("Charter of {engagement}").format(engagement=hit.title)
    return f"{hit.code} {hit.title}" if hit.code else hit.title


def detail(hit: Hit) -> str:
    """The line under the title: where the words were found, or what the record belongs
    to; for a change-log entry who did what, when."""
    change = hit.change
    if change is None:
        return hit.snippet
    values = {
        "user": change.user or tr("someone"),
        "when": fmt.moment_text(change.occurred_at),
        "field": (change.field or "").replace("_", " "),
    }
    if change.action is ChangeAction.INSERT:
        line = tr("Created by {user}, {when}").format(**values)
    elif change.action is ChangeAction.DELETE:
        line = tr("Deleted by {user}, {when}").format(**values)
    else:
        line = tr("{field} changed by {user}, {when}").format(**values)
    return f"{line} · {change.reason}" if change.reason else line
