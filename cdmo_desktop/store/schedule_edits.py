"""Schedule edits: moves and resizes (with the successors they push), item fields from the
task table (actual dates included), dependencies, named baselines, new and deleted items.

Each use case writes in one unit of work and returns its ChangeSet; the label is the undo
text the user sees. The caller works out where pushed successors go (the dependency graph
is already in its hands, `domain.scheduling.PlanGraph.shift`) and passes the dates of every
item that moves, so a drag is written, and undone, as one change.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import MilestoneKind, MilestoneStatus, Phase, Side
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdmo_desktop.domain.models import (
    BaselineDate,
    Engagement,
    Milestone,
    MilestoneDependency,
    Partner,
    ScheduleBaseline,
)
from cdmo_desktop.domain.scheduling import ScheduleLink
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store.schedule import next_position

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

Dates = Mapping[str, tuple[date, date]]
NEW_ITEM_NAMES = {
    MilestoneKind.TASK: "New task",
    MilestoneKind.MILESTONE: "New milestone",
    MilestoneKind.DECISION_GATE: "New decision gate",
}
# What the schedule says once a deletion or a rename is written: its undo text in the past
# tense, with the same values (`done_text`).
DONE_LABELS = {
    "Delete {name}": QT_TRANSLATE_NOOP("messages", "Deleted {name}"),
    "Delete {n} items": QT_TRANSLATE_NOOP("messages", "Deleted {n} items"),
    "Rename baseline to “{name}”": QT_TRANSLATE_NOOP("messages", "Renamed baseline to “{name}”"),
    "Delete baseline “{name}”": QT_TRANSLATE_NOOP("messages", "Deleted baseline “{name}”"),
}
# The undo text of adding an item of a kind, and of making an item one.
ADD_ITEM_LABELS = {
    MilestoneKind.TASK: QT_TRANSLATE_NOOP("messages", "Add new task"),
    MilestoneKind.MILESTONE: QT_TRANSLATE_NOOP("messages", "Add new milestone"),
    MilestoneKind.DECISION_GATE: QT_TRANSLATE_NOOP("messages", "Add new decision gate"),
}
MAKE_KIND_LABELS = {
    MilestoneKind.TASK: QT_TRANSLATE_NOOP("messages", "Make {name} a task"),
    MilestoneKind.MILESTONE: QT_TRANSLATE_NOOP("messages", "Make {name} a milestone"),
    MilestoneKind.DECISION_GATE: QT_TRANSLATE_NOOP("messages", "Make {name} a decision gate"),
}
_CHUNK = 500


# --- reading inside a write ------------------------------------------------------------
def _items(session: Session, ids: Collection[str]) -> dict[str, Milestone]:
    """The milestones with these ids; LookupError when one no longer exists."""
    wanted = list(ids)
    found: dict[str, Milestone] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        for m in session.exec(select(Milestone).where(col(Milestone.id).in_(chunk))):
            found[m.id] = m
    missing = len(set(wanted) - set(found))
    if missing:
        raise LookupError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{missing} schedule item(s) no longer exist."),
                missing=missing,
            )
        )
    return found


def _item(session: Session, item_id: str) -> Milestone:
    return _items(session, [item_id])[item_id]


def done_text(label: str) -> str:
    """A written deletion's or rename's label in the past tense ("Delete X" -> "Deleted
    X"), still translatable (see DONE_LABELS)."""
    if isinstance(label, Message) and label.template in DONE_LABELS:
        return msg(DONE_LABELS[label.template], **label.params)
    return label


def _name(store: Store, item_id: str) -> str:
    """The item's name as saved (for the undo text)."""
    with store.read() as s:
        return _item(s, item_id).name


def _set_dates(session: Session, dates: Dates) -> None:
    rows = _items(session, dates)
    for item_id, (start, finish) in dates.items():
        m = rows[item_id]
        m.planned_start, m.planned_finish = start, finish


def _link(session: Session, link_id: str) -> MilestoneDependency:
    row = session.get(MilestoneDependency, link_id)
    if row is None:
        raise LookupError(msg(QT_TRANSLATE_NOOP("messages", "This dependency no longer exists.")))
    return row


# --- moving -----------------------------------------------------------------------------
def move_items(store: Store, item_id: str, dates: Dates, *, reason: str | None = None) -> ChangeSet:
    """Move or resize `item_id`; `dates` gives the new (start, finish) of every item that
    moves, the successors it pushes included. The change log's reason defaults to the
    undo text ("Move Process design", "Change length of Process design")."""
    with store.read() as s:
        item = _item(s, item_id)
    start, finish = dates.get(item_id, (item.planned_start, item.planned_finish))
    resized = (finish - start) != (item.planned_finish - item.planned_start)
    template = (
        QT_TRANSLATE_NOOP("messages", "Change length of {name}")
        if resized
        else QT_TRANSLATE_NOOP("messages", "Move {name}")
    )
    label = msg(template, name=item.name)
    return store.write(
        label, lambda s: _set_dates(s, dates), reason=str(label) if reason is None else reason
    )


# --- fields from the task table ----------------------------------------------------------
def _edit(store: Store, item_id: str, label: Message, values: Mapping[str, Any]) -> ChangeSet:
    def work(session: Session) -> None:
        m = _item(session, item_id)
        for name, value in values.items():
            setattr(m, name, value)

    return store.write(label, work)


def rename_item(store: Store, item_id: str, name: str) -> ChangeSet:
    return _edit(
        store,
        item_id,
        msg(QT_TRANSLATE_NOOP("messages", "Rename {name}"), name=_name(store, item_id)),
        {"name": name},
    )


def set_owner(store: Store, item_id: str, side: Side) -> ChangeSet:
    return _edit(
        store,
        item_id,
        msg(QT_TRANSLATE_NOOP("messages", "Owner of {name}"), name=_name(store, item_id)),
        {"owner_side": side},
    )


def set_fixed(store: Store, item_id: str, fixed: bool) -> ChangeSet:
    """Mark the item's date as set by the agreement (it then never moves), or clear it."""
    template = (
        QT_TRANSLATE_NOOP("messages", "Fix {name}")
        if fixed
        else QT_TRANSLATE_NOOP("messages", "Unfix {name}")
    )
    return _edit(
        store, item_id, msg(template, name=_name(store, item_id)), {"contract_fixed": fixed}
    )


def set_progress(store: Store, item_id: str, percent: int) -> ChangeSet:
    """Percent complete; 100 % makes the item done, progress on an item not started
    makes it in progress."""

    def work(session: Session) -> None:
        m = _item(session, item_id)
        m.percent_complete = percent
        if percent == 100:
            m.status = MilestoneStatus.DONE
        elif percent > 0 and m.status == MilestoneStatus.NOT_STARTED:
            m.status = MilestoneStatus.IN_PROGRESS

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Progress of {name}"), name=_name(store, item_id)), work
    )


def set_status(store: Store, item_id: str, status: MilestoneStatus) -> ChangeSet:
    """The item's status; done means 100 % complete."""
    values: dict[str, Any] = {"status": status}
    if status is MilestoneStatus.DONE:
        values["percent_complete"] = 100
    return _edit(
        store,
        item_id,
        msg(QT_TRANSLATE_NOOP("messages", "Status of {name}"), name=_name(store, item_id)),
        values,
    )


def set_actual_dates(
    store: Store, item_id: str, start: date | None, finish: date | None
) -> ChangeSet:
    """When the work really started and finished (None: not yet, or not known). A milestone
    or gate happens on one day: its actual start is its actual finish. An actual finish
    makes the item done (100 %); an actual start makes an item not started in progress."""

    def work(session: Session) -> None:
        m = _item(session, item_id)
        first = finish if m.kind is not MilestoneKind.TASK else start
        m.actual_start, m.actual_finish = first, finish
        if finish is not None:
            m.status, m.percent_complete = MilestoneStatus.DONE, 100
        elif first is not None and m.status == MilestoneStatus.NOT_STARTED:
            m.status = MilestoneStatus.IN_PROGRESS

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Actual dates of {name}"), name=_name(store, item_id)),
        work,
    )


def change_kind(store: Store, item_id: str, kind: MilestoneKind) -> ChangeSet:
    """Make the item a task, milestone or decision gate. A milestone or gate marks the end
    of the work: it sits on the item's finish (in the plan, its actual dates and every
    baseline)."""

    def work(session: Session) -> None:
        m = _item(session, item_id)
        m.kind = kind
        if kind is not MilestoneKind.TASK:
            m.planned_start = m.planned_finish
            if m.baseline_finish is not None:
                m.baseline_start = m.baseline_finish
            if m.actual_start is not None:
                m.actual_start = m.actual_finish
            for kept in session.exec(select(BaselineDate).where(BaselineDate.milestone_id == m.id)):
                kept.start = kept.finish

    name = _name(store, item_id)
    return store.write(msg(MAKE_KIND_LABELS[kind], name=name), work)


# --- dependencies -----------------------------------------------------------------------
def _new_link(link: ScheduleLink) -> MilestoneDependency:
    return MilestoneDependency(
        id=link.id,
        predecessor_id=link.predecessor_id,
        successor_id=link.successor_id,
        kind=link.kind,
        lag_days=link.lag_days,
    )


def link_items(store: Store, link: ScheduleLink, dates: Dates) -> ChangeSet:
    """A new dependency, with the successors that now have to wait moved to `dates`."""
    with store.read() as s:
        names = {m.id: m.name for m in _items(s, [link.predecessor_id, link.successor_id]).values()}
    label = msg(
        QT_TRANSLATE_NOOP("messages", "Link {first} → {then}"),
        first=names[link.predecessor_id],
        then=names[link.successor_id],
    )

    def work(session: Session) -> None:
        session.add(_new_link(link))
        session.flush()
        _set_dates(session, dates)

    return store.write(label, work)


def edit_dependencies(
    store: Store,
    item_id: str,
    *,
    add: Sequence[ScheduleLink] = (),
    remove: Iterable[str] = (),
    change: Sequence[ScheduleLink] = (),
    dates: Dates | None = None,
) -> ChangeSet:
    """Add links, remove links (by id) and change others' type and lag (`change` holds
    them as they should be), moving the successors that now have to wait to `dates`."""

    def work(session: Session) -> None:
        for link_id in remove:
            session.delete(_link(session, link_id))
        for link in change:
            row = _link(session, link.id)
            row.kind, row.lag_days = link.kind, link.lag_days
        session.flush()
        for link in add:
            session.add(_new_link(link))
        session.flush()
        _set_dates(session, dates or {})

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Dependencies of {name}"), name=_name(store, item_id)),
        work,
    )


# --- baselines, new and deleted items -----------------------------------------------------
FIRST_BASELINE = "Baseline"
BASELINE_NAME_MAX = 120


def set_baseline(store: Store, engagement_id: str, name: str = FIRST_BASELINE) -> ChangeSet:
    """Keep the planned dates of every item of the engagement as the baseline `name`: a new
    name adds a baseline (the earlier ones stay, for comparison), an existing name replaces
    that baseline's dates. Either way it becomes the items' latest baseline (what variance
    is measured against). An empty change when nothing differs."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(
            {"name": msg(QT_TRANSLATE_NOOP("messages", "A baseline needs a name."))}, "Baseline"
        )
    with store.read() as s:
        row = s.exec(
            select(Engagement.title, Partner.name)
            .join(Partner, col(Partner.id) == Engagement.partner_id)
            .where(Engagement.id == engagement_id)
        ).first()
    if row is None:
        raise LookupError(msg(QT_TRANSLATE_NOOP("messages", "This engagement no longer exists.")))

    def work(session: Session) -> None:
        planned: dict[str, tuple[date, date]] = {}
        for m in session.exec(select(Milestone).where(Milestone.engagement_id == engagement_id)):
            planned[m.id] = (m.planned_start, m.planned_finish)
            if (m.baseline_start, m.baseline_finish) != planned[m.id]:
                m.baseline_start, m.baseline_finish = planned[m.id]
        _keep_baseline(session, engagement_id, name, planned)

    return store.write(
        msg(
            QT_TRANSLATE_NOOP("messages", "Set baseline for {engagement} · {partner}"),
            engagement=row[0],
            partner=row[1],
        ),
        work,
    )


def _keep_baseline(session: Session, engagement_id: str, name: str, planned: Dates) -> None:
    baseline = session.exec(
        select(ScheduleBaseline).where(
            ScheduleBaseline.engagement_id == engagement_id, ScheduleBaseline.name == name
        )
    ).first()
    if baseline is None:
        baseline = ScheduleBaseline(engagement_id=engagement_id, name=name, set_on=clock.today())
        session.add(baseline)
        session.flush()
    kept = {
        d.milestone_id: d
        for d in session.exec(select(BaselineDate).where(BaselineDate.baseline_id == baseline.id))
    }
    changed = False
    for item_id, (start, finish) in planned.items():
        row = kept.pop(item_id, None)
        if row is None:
            session.add(
                BaselineDate(
                    baseline_id=baseline.id, milestone_id=item_id, start=start, finish=finish
                )
            )
            changed = True
        elif (row.start, row.finish) != (start, finish):
            row.start, row.finish = start, finish
            changed = True
    for gone in kept.values():
        session.delete(gone)
        changed = True
    if changed and baseline.set_on != clock.today():
        baseline.set_on = clock.today()


def rename_baseline(store: Store, baseline_id: str, name: str) -> ChangeSet:
    """Give a named baseline another name (unique within its engagement)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(
            {"name": msg(QT_TRANSLATE_NOOP("messages", "A baseline needs a name."))}, "Baseline"
        )
    if len(name) > BASELINE_NAME_MAX:
        raise ValidationError(
            {
                "name": msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "A baseline name has at most {baseline_name_max} characters."
                    ),
                    baseline_name_max=BASELINE_NAME_MAX,
                )
            },
            "Baseline",
        )

    def work(session: Session) -> None:
        baseline = _baseline(session, baseline_id)
        if baseline.name == name:
            return
        clash = session.exec(
            select(ScheduleBaseline.id).where(
                ScheduleBaseline.engagement_id == baseline.engagement_id,
                ScheduleBaseline.name == name,
                ScheduleBaseline.id != baseline_id,
            )
        ).first()
        if clash is not None:
            raise ValidationError(
                {
                    "name": msg(
                        QT_TRANSLATE_NOOP(
                            "messages", "This engagement already has a baseline named “{name}”."
                        ),
                        name=name,
                    )
                },
                "Baseline",
            )
        baseline.name = name

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Rename baseline to “{name}”"), name=name), work
    )


def delete_baseline(store: Store, baseline_id: str) -> ChangeSet:
    """Delete a named baseline and its dates. Items whose latest baseline it was are then
    measured against their newest remaining baseline (or none)."""
    with store.read() as s:
        label = _baseline(s, baseline_id).name

    def work(session: Session) -> None:
        baseline = _baseline(session, baseline_id)
        for row in session.exec(
            select(BaselineDate).where(BaselineDate.baseline_id == baseline_id)
        ):
            session.delete(row)
        session.delete(baseline)
        session.flush()
        latest: dict[str, tuple[date, date]] = {}
        newest_first = (
            select(
                col(BaselineDate.milestone_id), col(BaselineDate.start), col(BaselineDate.finish)
            )
            .join(ScheduleBaseline, col(ScheduleBaseline.id) == BaselineDate.baseline_id)
            .where(ScheduleBaseline.engagement_id == baseline.engagement_id)
            .order_by(col(ScheduleBaseline.set_on).desc(), col(ScheduleBaseline.created_at).desc())
        )
        for item_id, start, finish in session.exec(newest_first):
            latest.setdefault(item_id, (start, finish))
        items = session.exec(
            select(Milestone).where(Milestone.engagement_id == baseline.engagement_id)
        )
        for m in items:
            kept = latest.get(m.id)
            dates = (kept[0], kept[1]) if kept is not None else (None, None)
            if (m.baseline_start, m.baseline_finish) != dates:
                m.baseline_start, m.baseline_finish = dates

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Delete baseline “{name}”"), name=label), work
    )


def _baseline(session: Session, baseline_id: str) -> ScheduleBaseline:
    baseline = session.get(ScheduleBaseline, baseline_id)
    if baseline is None:
        raise LookupError(msg(QT_TRANSLATE_NOOP("messages", "This baseline no longer exists.")))
    return baseline


def insert_item(
    store: Store,
    item_id: str,
    engagement_id: str,
    kind: MilestoneKind,
    start: date,
    finish: date,
    phase: Phase | None,
) -> ChangeSet:
    """A new task, milestone or decision gate at the end of the engagement's plan, named
    "New task" (and so on) for the user to rename."""
    name = NEW_ITEM_NAMES[kind]

    def work(session: Session) -> None:
        session.add(
            Milestone(
                id=item_id,
                engagement_id=engagement_id,
                name=name,
                kind=kind,
                phase=phase,
                planned_start=start,
                planned_finish=finish,
                position=next_position(session, engagement_id),
            )
        )

    return store.write(msg(ADD_ITEM_LABELS[kind]), work)


def delete_items(store: Store, item_ids: Sequence[str]) -> ChangeSet:
    """Delete items with every dependency that touches them (undo brings both back)."""
    label = (
        msg(QT_TRANSLATE_NOOP("messages", "Delete {name}"), name=_name(store, item_ids[0]))
        if len(item_ids) == 1
        else msg(QT_TRANSLATE_NOOP("messages", "Delete {n} items"), n=len(item_ids))
    )

    def work(session: Session) -> None:
        rows = _items(session, item_ids)
        links = session.exec(
            select(MilestoneDependency).where(
                col(MilestoneDependency.predecessor_id).in_(item_ids)
                | col(MilestoneDependency.successor_id).in_(item_ids)
            )
        ).all()
        kept = session.exec(
            select(BaselineDate).where(col(BaselineDate.milestone_id).in_(item_ids))
        ).all()
        for row in [*links, *kept]:
            session.delete(row)
        session.flush()
        for m in rows.values():
            session.delete(m)

    return store.write(label, work)
