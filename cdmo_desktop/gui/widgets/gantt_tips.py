"""What a timeline tooltip says about an item: dates, slack, baseline variance, links,
conflicts."""

from __future__ import annotations

from html import escape

from cdmo_desktop.domain.enums import DependencyKind
from cdmo_desktop.domain.scheduling import fmt_date
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument


def _days(n: int) -> str:
    return f"{n} day{'s' if abs(n) != 1 else ''}"


def item_tooltip(doc: ScheduleDocument, i: int) -> str:
    item = doc.items[i]
    lines = [f"<b>{escape(item.name)}</b> <i>({escape(item.kind.label.lower())})</i>"]
    if item.is_point:
        lines.append(f"Date: {fmt_date(item.finish)}")
    else:
        lines.append(
            f"{fmt_date(item.start)} – {fmt_date(item.finish)} ({_days(item.duration_days)}),"
            f" {item.percent_complete} % done"
        )
    lines.append(f"Status: {escape(item.status.label)} · owner: {escape(item.owner_side.label)}")
    analysis = doc.analysis
    slack = analysis.slack[i]
    if analysis.critical[i]:
        lines.append(
            "<b>On the critical path</b>" + (f" ({_days(slack)} behind)" if slack < 0 else "")
        )
    else:
        lines.append(f"Slack: {_days(slack)}")
    if item.baseline_finish is not None:
        variance = item.finish_variance or 0
        word = "late" if variance > 0 else "early" if variance < 0 else "on baseline"
        amount = f"{_days(abs(variance))} " if variance else ""
        lines.append(f"Baseline finish {fmt_date(item.baseline_finish)}: {amount}{word}")
    else:
        lines.append("No baseline yet")
    if item.contract_fixed:
        lines.append("🔒 Contract-fixed date")
    if item.is_overdue(doc.today):
        lines.append(f"<span style='color:#a35a00'>Overdue since {fmt_date(item.finish)}</span>")
    conflict = analysis.conflicts.get(i)
    if conflict:
        lines.append(f"<span style='color:#c0141c'><b>Conflict:</b> {escape(conflict)}</span>")
    graph = doc.graph
    preds = []
    for k in graph.pred[i]:
        link = graph.links[k]
        if link is None:
            continue
        other = doc.items[graph.link_ends(k)[0]].name
        kind = "start-to-start" if link.kind is DependencyKind.START_TO_START else "after"
        lag = f" {link.lag_days:+d} d" if link.lag_days else ""
        preds.append(f"{kind} {escape(other)}{lag}")
    if preds:
        lines.append("Depends on: " + "; ".join(preds[:5]) + (" …" if len(preds) > 5 else ""))
    return "<br>".join(lines)
