"""What a timeline tooltip says about an item: planned and actual dates, slack, baseline
variance, links, conflicts (dates and numbers in the user's locale)."""

from __future__ import annotations

from html import escape

from cdmo_desktop.domain.enums import DependencyKind
from cdmo_desktop.domain.scheduling import ScheduleItem
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, language, message, tr
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument

_LINK_WORDS = {
    DependencyKind.FINISH_TO_START: QT_TR_NOOP("after {item}"),
    DependencyKind.START_TO_START: QT_TR_NOOP("start-to-start {item}"),
    DependencyKind.FINISH_TO_FINISH: QT_TR_NOOP("finish-to-finish {item}"),
    DependencyKind.START_TO_FINISH: QT_TR_NOOP("start-to-finish {item}"),
}


def _days(n: int) -> str:
    if abs(n) == 1:
        return tr("{count} day").format(count=number_text(n))
    return tr("{count} days").format(count=number_text(n))


def _actual(item: ScheduleItem) -> str:
    if item.is_point:
        if not item.actual_finish:
            return ""
        return tr("Actual date: {date}").format(date=date_text(item.actual_finish))
    if item.actual_start is None:
        return ""
    if item.actual_finish is None:
        return tr("Actual: started {date}").format(date=date_text(item.actual_start))
    length = (item.actual_finish - item.actual_start).days + 1
    return tr("Actual: {start} – {finish} ({days})").format(
        start=date_text(item.actual_start), finish=date_text(item.actual_finish), days=_days(length)
    )


def item_tooltip(doc: ScheduleDocument, i: int) -> str:
    item = doc.items[i]
    kind = message(item.kind.label)
    kind = kind.lower() if language() == "en" else kind
    lines = [f"<b>{escape(item.name)}</b> <i>({escape(kind)})</i>"]
    if item.is_point:
        lines.append(tr("Date: {date}").format(date=date_text(item.finish)))
    else:
        lines.append(
            tr("{start} – {finish} ({days}), {percent} % done").format(
                start=date_text(item.start),
                finish=date_text(item.finish),
                days=_days(item.duration_days),
                percent=number_text(item.percent_complete),
            )
        )
    actual = _actual(item)
    if actual:
        lines.append(actual)
    lines.append(
        tr("Status: {status} · owner: {owner}").format(
            status=escape(message(item.status.label)), owner=escape(message(item.owner_side.label))
        )
    )
    analysis = doc.analysis
    slack = analysis.slack[i]
    if analysis.critical[i]:
        lines.append(
            tr("<b>On the critical path</b> ({days} behind)").format(days=_days(slack))
            if slack < 0
            else tr("<b>On the critical path</b>")
        )
    else:
        lines.append(tr("Slack: {days}").format(days=_days(slack)))
    base = doc.baseline_of(item)
    named = f" “{escape(doc.compare_name)}”" if doc.compare_name else ""
    if base is not None:
        variance = doc.variance(item) or 0
        if variance > 0:
            how = tr("{days} late").format(days=_days(abs(variance)))
        elif variance < 0:
            how = tr("{days} early").format(days=_days(abs(variance)))
        else:
            how = tr("on baseline")
        lines.append(
            tr("Baseline{named} finish {date}: {how}").format(
                named=named, date=date_text(base[1]), how=how
            )
        )
    else:
        lines.append(
            tr("Not in the baseline{named}").format(named=named) if named else tr("No baseline yet")
        )
    if item.contract_fixed:
        lines.append(tr("🔒 Contract-fixed date"))
    if item.is_overdue(doc.today):
        overdue = tr("Overdue since {date}").format(date=date_text(item.finish))
        lines.append(f"<span style='color:{theme.html_colour('warning')}'>{overdue}</span>")
    conflict = analysis.conflicts.get(i)
    if conflict:
        said = tr("<b>Conflict:</b> {conflict}").format(conflict=escape(message(conflict)))
        lines.append(f"<span style='color:{theme.html_colour('error')}'>{said}</span>")
    graph = doc.graph
    preds = []
    for k in graph.pred[i]:
        link = graph.links[k]
        if link is None:
            continue
        other = doc.items[graph.link_ends(k)[0]].name
        lag = f" {link.lag_days:+d} d" if link.lag_days else ""
        preds.append(tr(_LINK_WORDS[link.kind]).format(item=escape(other)) + lag)
    if preds:
        listed = "; ".join(preds[:5]) + (" …" if len(preds) > 5 else "")
        lines.append(tr("Depends on: {items}").format(items=listed))
    return "<br>".join(lines)
