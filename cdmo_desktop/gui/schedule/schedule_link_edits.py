"""Dependency edits: a link drawn on the chart, and links added, changed or removed in the
Dependencies dialog. Successors that now have to wait are pushed in the same undo step;
loops, links across engagements and a second link between the same two items are refused
with a message before anything is written."""

from __future__ import annotations

from collections.abc import Sequence

from cdmo_desktop.domain.enums import DependencyKind
from cdmo_desktop.domain.models import new_id
from cdmo_desktop.domain.scheduling import CycleError, ScheduleItem, ScheduleLink, ShiftResult
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument
from cdmo_desktop.gui.schedule.schedule_edits import Outcome, ScheduleEditor, refused
from cdmo_desktop.store import schedule_edits as edits

Change = tuple[ScheduleLink, ScheduleLink]  # (as it is, as it should be)


def link_problem(
    doc: ScheduleDocument, pred: ScheduleItem, succ: ScheduleItem, pending: Sequence[str] = ()
) -> str:
    """Why `succ` may not wait for `pred` ("" when it may); `pending` holds the ids of the
    predecessors already being added to `succ`."""
    if pred.id == succ.id:
        return tr("{name} cannot depend on itself.").format(name=succ.name)
    if pred.engagement_id != succ.engagement_id:
        return tr("Dependencies link items of the same engagement.")
    existing = {x.predecessor_id for x in doc.links_of(succ.id) if x.successor_id == succ.id}
    if pred.id in existing or pred.id in pending:
        return tr("{successor} already depends on {predecessor}.").format(
            successor=succ.name, predecessor=pred.name
        )
    path = doc.graph.cycle_path(pred.id, succ.id)
    return message(str(CycleError(path))) if path is not None else ""


def link_items(
    editor: ScheduleEditor,
    pred: ScheduleItem,
    succ: ScheduleItem,
    kind: DependencyKind = DependencyKind.FINISH_TO_START,
    lag_days: int = 0,
    *,
    soon: bool = False,
) -> Outcome:
    """Make `succ` wait for `pred` (finish-to-start unless told), pushing it and what
    follows if need be. `soon`: show it at once, write it right after the repaint."""
    problem = link_problem(editor.doc, pred, succ)
    if problem:
        return refused(problem)
    link = ScheduleLink(new_id(), pred.id, succ.id, kind, lag_days)
    result = shift_with_links(editor.doc, add=[link])
    dates, store = result.changes, editor.ctx.store
    shown, withdrawn = editor.dates_edit(dates)
    shown.links_added.append(link)
    withdrawn.links_removed.append(link.id)
    refusal = editor.save(
        lambda: edits.link_items(store, link, dates), (shown, withdrawn), soon=soon
    )
    if refusal:
        return refused(refusal)
    return _describe(
        editor.doc,
        tr("Link {predecessor} → {successor}").format(predecessor=pred.name, successor=succ.name),
        result,
        [succ],
    )


def change_links(
    editor: ScheduleEditor,
    item: ScheduleItem,
    *,
    add: Sequence[ScheduleLink] = (),
    remove: Sequence[ScheduleLink] = (),
    change: Sequence[Change] = (),
) -> Outcome:
    """Add links, remove links and change others' type or lag, pushing the successors
    that now have to wait: one undo step ("Dependencies of <item>")."""
    doc = editor.doc
    try:
        result = shift_with_links(doc, add=add, remove=remove, change=change)
    except CycleError as exc:
        return refused(message(str(exc)))
    dates, store = result.changes, editor.ctx.store
    added, removed = list(add), [x.id for x in remove]
    changed = [new for _old, new in change]
    written = editor.write(
        lambda: edits.edit_dependencies(
            store, item.id, add=added, remove=removed, change=changed, dates=dates
        )
    )
    if isinstance(written, str):
        return refused(written)
    successors = [doc.items[doc.index[x.successor_id]] for x in [*added, *changed]]
    return _describe(doc, tr("Dependencies of {name}").format(name=item.name), result, successors)


def shift_with_links(
    doc: ScheduleDocument,
    *,
    add: Sequence[ScheduleLink] = (),
    remove: Sequence[ScheduleLink] = (),
    change: Sequence[Change] = (),
) -> ShiftResult:
    """Where the successors of new or changed links have to go; CycleError when an added
    link would close a loop. The graph is put back as it was afterwards."""
    graph = doc.graph
    incoming = [*add, *(new for _old, new in change)]
    successors = [doc.items[doc.index[link.successor_id]] for link in incoming]
    for link in remove:
        graph.remove_link(link.id)
    for old, new in change:
        graph.remove_link(old.id)
        graph.add_link(new)
    attached: list[ScheduleLink] = []
    try:
        for link in add:
            graph.check_link(link.predecessor_id, link.successor_id)
            graph.add_link(link)
            attached.append(link)
        return graph.shift({s.id: (s.start, s.finish) for s in successors if not s.contract_fixed})
    finally:
        for link in attached:
            graph.remove_link(link.id)
        for old, new in change:
            graph.remove_link(new.id)
            graph.add_link(old)
        for link in remove:
            graph.add_link(link)


def _describe(
    doc: ScheduleDocument, text: str, result: ShiftResult, successors: list[ScheduleItem]
) -> Outcome:
    parts = [tr("{done}.").format(done=text)]
    moved = len(result.changes)
    if moved:
        told = (
            tr("{count} item moved later to respect it.")
            if moved == 1
            else tr("{count} items moved later to respect it.")
        )
        parts.append(told.format(count=moved))
    error = False
    analysis = doc.analysis
    for item in [*successors, *(doc.items[doc.index[c.item_id]] for c in result.conflicts)]:
        reason = analysis.conflicts.get(doc.index[item.id]) if item.contract_fixed else None
        shown = message(reason) if reason else ""
        if shown and f"{item.name}: {shown}" not in " ".join(parts):
            parts.append(tr("Conflict: {name}: {reason}").format(name=item.name, reason=shown))
            error = True
    return Outcome(True, " ".join(parts), error=error)
