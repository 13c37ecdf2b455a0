"""What a timeline tooltip says about an item: planned and actual dates, slack, baseline
variance, links, conflicts (dates and numbers in the user's locale)."""

from __future__ import annotations

from html import escape

from cdmo_desktop.domain.enums import DependencyKind
from cdmo_desktop.domain.scheduling import ScheduleItem
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument

_LINK_WORDS = {
    DependencyKind.FINISH_TO_START: "after",
    DependencyKind.START_TO_START: "start-to-start",
    DependencyKind.FINISH_TO_FINISH: "finish-to-finish",
    DependencyKind.START_TO_FINISH: "start-to-finish",
}


def _days(n: int) -> str:
    return f"{number_text(n)} day{'s' if abs(n) != 1 else ''}"


def _actual(item: ScheduleItem) -> str:
    if item.is_point:
        return f"Actual date: {date_text(item.actual_finish)}" if item.actual_finish else ""
    if item.actual_start is None:
        return ""
    if item.actual_finish is None:
        return f"Actual: started {date_text(item.actual_start)}"
    length = (item.actual_finish - item.actual_start).days + 1
    return (
        f"Actual: {date_text(item.actual_start)} – {date_text(item.actual_finish)}"
        f" ({_days(length)})"
    )


def item_tooltip(doc: ScheduleDocument, i: int) -> str:
    item = doc.items[i]
    lines = [f"<b>{escape(item.name)}</b> <i>({escape(item.kind.label.lower())})</i>"]
    if item.is_point:
        lines.append(f"Date: {date_text(item.finish)}")
    else:
        lines.append(
            f"{date_text(item.start)} – {date_text(item.finish)} ({_days(item.duration_days)}),"
            f" {number_text(item.percent_complete)} % done"
        )
    actual = _actual(item)
    if actual:
        lines.append(actual)
    lines.append(f"Status: {escape(item.status.label)} · owner: {escape(item.owner_side.label)}")
    analysis = doc.analysis
    slack = analysis.slack[i]
    if analysis.critical[i]:
        lines.append(
            "<b>On the critical path</b>" + (f" ({_days(slack)} behind)" if slack < 0 else "")
        )
    else:
        lines.append(f"Slack: {_days(slack)}")
    base = doc.baseline_of(item)
    named = f" “{escape(doc.compare_name)}”" if doc.compare_name else ""
    if base is not None:
        variance = doc.variance(item) or 0
        word = "late" if variance > 0 else "early" if variance < 0 else "on baseline"
        amount = f"{_days(abs(variance))} " if variance else ""
        lines.append(f"Baseline{named} finish {date_text(base[1])}: {amount}{word}")
    else:
        lines.append(f"Not in the baseline{named}" if named else "No baseline yet")
    if item.contract_fixed:
        lines.append("🔒 Contract-fixed date")
    if item.is_overdue(doc.today):
        lines.append(
            f"<span style='color:{theme.html_colour('warning')}'>"
            f"Overdue since {date_text(item.finish)}</span>"
        )
    conflict = analysis.conflicts.get(i)
    if conflict:
        lines.append(
            f"<span style='color:{theme.html_colour('error')}'>"
            f"<b>Conflict:</b> {escape(conflict)}</span>"
        )
    graph = doc.graph
    preds = []
    for k in graph.pred[i]:
        link = graph.links[k]
        if link is None:
            continue
        other = doc.items[graph.link_ends(k)[0]].name
        lag = f" {link.lag_days:+d} d" if link.lag_days else ""
        preds.append(f"{_LINK_WORDS[link.kind]} {escape(other)}{lag}")
    if preds:
        lines.append("Depends on: " + "; ".join(preds[:5]) + (" …" if len(preds) > 5 else ""))
    return "<br>".join(lines)
