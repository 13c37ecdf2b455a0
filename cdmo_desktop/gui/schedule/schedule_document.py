"""The schedule a screen shows: plan rows, dependency graph, analysis and visible rows.

Shared by the task table and the timeline so both show the same rows in the same order.
Rows are engagement headings (portfolio only), phase headings and items; a collapsed
heading hides what is under it. Edits arrive as field values ({item id: {field: value}},
see schedule_changes) and update the rows in place, so a move never reloads the whole plan.

The baseline the plan is compared with is the items' latest one unless a named baseline is
chosen (`compare_with`); dates in messages follow the screen's locale (gui.format).
"""

from __future__ import annotations

import gc
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, overload

from cdmo_desktop.domain.enums import MilestoneStatus, Phase
from cdmo_desktop.domain.scheduling import (
    Analysis,
    ContractConflict,
    PlanGraph,
    ScheduleItem,
    ScheduleLink,
    SchedulePlan,
    variance_days,
)
from cdmo_desktop.domain.timeline import chart_span
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr

GROUP, ITEM = 0, 1
HEAD_ROWS = 300  # items read for the first paint: more rows than a 4K screen shows
NO_PHASE = QT_TR_NOOP("General")

# Milestone columns an edit may change in place, and the ScheduleItem attribute each one sets.
FIELD_TO_ATTR = {
    "name": "name",
    "kind": "kind",
    "owner_side": "owner_side",
    "planned_start": "start",
    "planned_finish": "finish",
    "percent_complete": "percent_complete",
    "status": "status",
    "contract_fixed": "contract_fixed",
    "baseline_start": "baseline_start",
    "baseline_finish": "baseline_finish",
    "actual_start": "actual_start",
    "actual_finish": "actual_finish",
    "phase": "phase",
    "position": "position",
}


@dataclass(slots=True)
class Row:
    """One visible row: a heading (kind GROUP, with `key`) or an item (kind ITEM)."""

    kind: int
    level: int
    item: int = -1  # index into document.items
    key: str = ""
    title: str = ""
    start: date | None = None
    finish: date | None = None
    count: int = 0


class RowList(Sequence[Row]):
    """The visible rows, held as one machine integer per row: an item row is its item's
    index, a heading row is -(1 + its number in `headings`). A 50,000-item plan is then
    50,000 integers, not 50,000 objects; `rows[r]` makes an item's Row when asked (the
    table and the chart ask only for the rows on screen) and returns the heading's own Row
    (the one its counts and dates are kept on)."""

    __slots__ = ("_codes", "_heading_rows", "_headings", "_item_level")

    def __init__(self, item_level: int = 0) -> None:
        self._codes = array("q")
        self._headings: list[Row] = []
        self._heading_rows: list[int] = []
        self._item_level = item_level

    def add_heading(self, heading: Row) -> None:
        self._heading_rows.append(len(self._codes))
        self._codes.append(-1 - len(self._headings))
        self._headings.append(heading)

    def item_appender(self) -> Callable[[int], None]:
        """Adds an item row (by item index); one call per item while rows are rebuilt."""
        return self._codes.append

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, r: int) -> Row: ...
    @overload
    def __getitem__(self, r: slice) -> list[Row]: ...
    def __getitem__(self, r: int | slice) -> Row | list[Row]:
        if isinstance(r, slice):
            return [self[k] for k in range(*r.indices(len(self)))]
        code = self._codes[r]
        if code >= 0:
            return Row(ITEM, self._item_level, item=code)
        return self._headings[-1 - code]

    def __iter__(self) -> Iterator[Row]:
        for r in range(len(self._codes)):
            yield self[r]

    def item_at(self, r: int) -> int:
        """The item index shown on row r, -1 on a heading or outside the rows."""
        if 0 <= r < len(self._codes):
            code = self._codes[r]
            return code if code >= 0 else -1
        return -1

    def is_heading(self, r: int) -> bool:
        return 0 <= r < len(self._codes) and self._codes[r] < 0

    def heading_rows(self) -> Iterator[tuple[int, Row]]:
        """(row, heading) for every heading row, without visiting the items."""
        return zip(self._heading_rows, self._headings, strict=True)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Building a big plan allocates ~100k small objects; the cyclic garbage collector would
    stop several times to scan the whole heap meanwhile (tens of ms). None of them form
    cycles, so collection waits until the plan is built."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def prepare_document(
    plan: SchedulePlan,
    *,
    portfolio: bool,
    today: date,
    collapsed: frozenset[str],
    compare: CompareState,
    bucket_rows: int,
) -> tuple[ScheduleDocument, list[list[int]]]:
    """The whole plan laid out as a document, off the GUI thread: its dependency graph and
    analysis (critical path, slack, conflicts), its rows with the headings `collapsed`, the
    figures of its status line (compared as `compare`), its span and its links bucketed by
    `bucket_rows` rows (see `link_buckets`). `ScheduleDocument.adopt` then takes it in
    place, so what the GUI thread does to put a plan on show does not grow with it."""
    with gc_paused():
        doc = ScheduleDocument(plan, portfolio=portfolio, today=today, collapsed=collapsed)
        doc.analysis  # noqa: B018 - made here, taken as it is
        doc.span()
        doc.compare_name, doc._compare, doc._compare_serial = compare
        doc.status_facts()
        return doc, link_buckets(doc, bucket_rows)


def link_buckets(doc: ScheduleDocument, bucket_rows: int) -> list[list[int]]:
    """The document's live links by the buckets of `bucket_rows` rows they cross (what
    the chart paints near a viewport): one pass over the links, most within one bucket."""
    rows_of = doc.row_of_item
    buckets: list[list[int]] = [[] for _ in range(len(doc.rows) // bucket_rows + 1)]
    for k, a, b in doc.graph.live_link_ends():
        ra, rb = rows_of[a], rows_of[b]
        if ra < 0 or rb < 0:
            continue
        lo, hi = sorted((ra // bucket_rows, rb // bucket_rows))
        if lo == hi:
            buckets[lo].append(k)
        else:
            for bucket in range(lo, hi + 1):
                buckets[bucket].append(k)
    return buckets


# The baseline a document compares with: its name ("" for each item's latest), the named
# one's dates, and a serial that changes whenever the comparison does.
CompareState = tuple[str, dict[str, tuple[date, date]], int]


@dataclass(frozen=True, slots=True)
class StatusFacts:
    """What the status line counts over the whole plan (see `ScheduleDocument.status_facts`)."""

    conflicts: list[ContractConflict]  # contract dates in conflict, in plan order
    flagged: int  # items the analysis flags (red on the chart)
    overdue: int
    last_finish: date | None
    baseline_finish: date | None  # the last finish of the baseline compared with


class ScheduleDocument:
    """Plan + graph + analysis + the rows currently visible."""

    def __init__(
        self,
        plan: SchedulePlan,
        *,
        portfolio: bool,
        today: date,
        complete: bool = True,
        collapsed: Iterable[str] = (),
    ) -> None:
        self.portfolio = portfolio
        self.today = today
        self.collapsed: set[str] = set(collapsed)
        self.rows = RowList()
        self.row_of_item: array[int] = array("q")
        self.groups: dict[str, Row] = {}
        self.members: dict[str, array[int]] = {}  # heading key -> item indices
        self.group_rows: dict[str, int] = {}
        self._analysis: Analysis | None = None
        self._analysis_serial = 0  # +1 whenever another analysis is kept
        self._stale = True
        self.version = 0  # +1 on every change the analysis depends on
        self.compare_name = ""  # "" : each item's latest baseline
        self._compare: dict[str, tuple[date, date]] = {}
        self._compare_serial = 0  # +1 whenever the comparison changes
        self._facts: tuple[tuple[int, date, int, int], StatusFacts] | None = None
        self.load(plan, complete=complete)

    # --- loading ------------------------------------------------------------------------
    def load(self, plan: SchedulePlan, *, complete: bool = True) -> None:
        """Show `plan`. `complete` False: it is only the plan's first rows (the screen reads
        the rest after its first paint; see `adopt`)."""
        self.plan = plan
        self.complete = complete
        self.items: list[ScheduleItem] = plan.items
        self.engagement_titles = dict(plan.engagements)
        self.graph = PlanGraph(self.items, plan.links, date_text)
        self.index = self.graph.index
        self._analysis = None
        self._analysis_serial += 1
        self._stale = True
        self.version += 1
        self._span: tuple[date, date] | None = None
        self.rebuild_rows()

    def adopt(self, other: ScheduleDocument) -> bool:
        """Show the plan of `other`, this screen's plan laid out off the GUI thread
        (`prepare_document`): its items, graph, analysis, rows and status figures are
        taken as they are, in a time that does not grow with the plan. Rows made for other
        collapsed headings than this document's now (the user toggled one meanwhile) are
        made again; so are the figures when the comparison or the day moved on. True when
        its rows were taken (its link buckets fit them)."""
        self.plan, self.complete, self.items = other.plan, other.complete, other.items
        self.engagement_titles = other.engagement_titles
        self.graph, self.index = other.graph, other.index
        self._analysis, self._stale = other._analysis, other._stale
        self._analysis_serial += 1
        self.version += 1
        self._span = other._span
        taken = other.collapsed == self.collapsed and other.portfolio == self.portfolio
        if taken:
            self.rows, self.row_of_item = other.rows, other.row_of_item
            self.groups, self.members = other.groups, other.members
            self.group_rows = other.group_rows
        else:
            self.rebuild_rows()
        facts = other._facts
        if (
            facts is not None
            and other._compare_serial == self._compare_serial
            and other.today == self.today
            and other.compare_name == self.compare_name
        ):
            self._facts = (self._facts_key(), facts[1])
        return taken

    @property
    def analysis(self) -> Analysis:
        """Critical path, slack and conflicts for the plan as it is now."""
        if self._analysis is None or self._stale:
            self._analysis = self.graph.analyse()
            self._analysis_serial += 1
            self._stale = False
        return self._analysis

    @property
    def last_analysis(self) -> Analysis | None:
        """The latest analysis, possibly one edit old (painting never waits for it)."""
        return self._analysis

    @property
    def analysis_stale(self) -> bool:
        return self._stale

    def analysis_source(self) -> tuple[int, PlanGraph]:
        """(version, graph snapshot) to analyse off the GUI thread; see `take_analysis`."""
        return self.version, self.graph.snapshot()

    def take_analysis(self, version: int, analysis: Analysis) -> bool:
        """Keep an analysis made of `analysis_source`; False (dropped) when the plan has
        changed since."""
        if version != self.version:
            return False
        self._analysis, self._stale = analysis, False
        self._analysis_serial += 1
        return True

    def invalidate_analysis(self) -> None:
        self._stale = True
        self.version += 1

    # --- rows ---------------------------------------------------------------------------
    def group_keys(self, item: ScheduleItem) -> list[str]:
        phase = item.phase.value if item.phase else ""
        keys = [f"p:{item.engagement_id}:{phase}"]
        return [f"e:{item.engagement_id}", *keys] if self.portfolio else keys

    def rebuild_rows(self) -> None:
        portfolio, collapsed = self.portfolio, self.collapsed
        base = 1 if portfolio else 0
        rows = RowList(base + 1)
        groups: dict[str, Row] = {}
        members: dict[str, array[int]] = {}
        row_of_item = array("q", [-1]) * len(self.items)
        eng_row: Row | None = None
        phase_row: Row | None = None
        eng_members = phase_members = array("q")
        current: tuple[str, Phase | None] | None = None
        hidden = False
        add_item = rows.item_appender()
        shown = 0
        for i, item in enumerate(self.items):
            eng, phase = item.engagement_id, item.phase
            if current is None or eng != current[0] or phase is not current[1]:
                if portfolio and (current is None or eng != current[0]):
                    key = f"e:{eng}"
                    eng_row = Row(GROUP, 0, key=key, title=self.engagement_titles.get(eng, ""))
                    rows.add_heading(eng_row)
                    shown += 1
                    groups[key], members[key] = eng_row, array("q")
                    eng_members = members[key]
                current = (eng, phase)
                phase_key = f"p:{eng}:{phase.value if phase else ''}"
                title = message(phase.label) if isinstance(phase, Phase) else tr(NO_PHASE)
                phase_row = Row(GROUP, base, key=phase_key, title=title)
                groups[phase_key], members[phase_key] = phase_row, array("q")
                phase_members = members[phase_key]
                eng_hidden = portfolio and f"e:{eng}" in collapsed
                if not eng_hidden:
                    rows.add_heading(phase_row)
                    shown += 1
                hidden = eng_hidden or phase_key in collapsed
            assert phase_row is not None
            if eng_row is not None and portfolio:
                eng_row.count += 1
                eng_members.append(i)
                _widen(eng_row, item)
            phase_row.count += 1
            phase_members.append(i)
            if phase_row.start is None or item.start < phase_row.start:
                phase_row.start = item.start
            if phase_row.finish is None or item.finish > phase_row.finish:
                phase_row.finish = item.finish
            if not hidden:
                row_of_item[i] = shown
                add_item(i)
                shown += 1
        self.rows = rows
        self.row_of_item = row_of_item
        self.groups = groups
        self.members = members
        self.group_rows = {r.key: n for n, r in rows.heading_rows()}

    def toggle(self, row: int) -> bool:
        """Collapse or expand the heading on `row`; False when it is not a heading."""
        entry = self.rows[row]
        if entry.kind != GROUP:
            return False
        self.collapsed.symmetric_difference_update({entry.key})
        self.rebuild_rows()
        return True

    def set_collapsed(self, keys: Iterable[str]) -> None:
        self.collapsed = set(keys)
        self.rebuild_rows()

    def refresh_groups(
        self, touched: Iterable[int] | None = None, old: dict[int, tuple[date, date]] | None = None
    ) -> None:
        """Heading spans after dates changed. With the items' `old` dates only the headings
        over them are updated, by widening, unless an item that set a heading's first start
        or last finish moved inwards (that heading is then recomputed from its members)."""
        if touched is None:
            for group in self.groups.values():
                self._recompute(group)
            return
        old = old or {}
        for i in touched:
            item = self.items[i]
            was = old.get(i)
            for key in self.group_keys(item):
                heading = self.groups.get(key)
                if heading is None:
                    continue
                if was is not None and (
                    (was[0] == heading.start and item.start > was[0])
                    or (was[1] == heading.finish and item.finish < was[1])
                ):
                    self._recompute(heading)
                else:
                    _widen(heading, item)

    def _recompute(self, group: Row) -> None:
        group.start = group.finish = None
        items = self.items
        for i in self.members.get(group.key, ()):
            _widen(group, items[i])

    def item_at_row(self, row: int) -> ScheduleItem | None:
        i = self.rows.item_at(row)
        return self.items[i] if i >= 0 else None

    def engagement_of_row(self, row: int) -> str | None:
        """The engagement a row belongs to (a heading's or an item's)."""
        if not 0 <= row < len(self.rows):
            return None
        entry = self.rows[row]
        if entry.kind == ITEM:
            return self.items[entry.item].engagement_id
        return entry.key.split(":")[1]

    def phase_of_row(self, row: int) -> Phase | None:
        if not 0 <= row < len(self.rows):
            return None
        entry = self.rows[row]
        if entry.kind == ITEM:
            return self.items[entry.item].phase
        parts = entry.key.split(":")
        return Phase(parts[2]) if entry.key.startswith("p:") and parts[2] else None

    def span(self) -> tuple[date, date] | None:
        """First start and last finish of the plan, held within the years a chart shows: a
        stray date such as 9999-12-31 does not stretch the chart (cached until dates
        change)."""
        if self._span is None and self.items:
            self._span = chart_span(
                min(i.start for i in self.items),
                max(i.finish for i in self.items),
            )
        return self._span

    # --- baselines ----------------------------------------------------------------------
    def compare_with(self, name: str, dates: dict[str, tuple[date, date]]) -> None:
        """Compare the plan with the named baseline's `dates` ({item id: (start, finish)});
        name "" goes back to each item's latest baseline."""
        compare = dict(dates) if name else {}
        if name == self.compare_name and compare == self._compare:
            return  # the same comparison (the list was refreshed): its figures still hold
        self.compare_name, self._compare = name, compare
        self._compare_serial += 1

    def compare_state(self) -> CompareState:
        """The comparison as it is, for a document laid out off the GUI thread."""
        return self.compare_name, self._compare, self._compare_serial

    def baseline_of(self, item: ScheduleItem) -> tuple[date, date] | None:
        """The baseline dates the item is compared with, None when it has none."""
        if self.compare_name:
            return self._compare.get(item.id)
        if item.baseline_start is None or item.baseline_finish is None:
            return None
        return item.baseline_start, item.baseline_finish

    def latest_baseline_finish(self) -> date | None:
        """The last finish of the baseline compared with, over the plan's items (the same
        as `baseline_of` item by item, without a call per item)."""
        if self.compare_name:
            compared = self._compare
            ends = (b[1] for it in self.items if (b := compared.get(it.id)) is not None)
        else:
            ends = (
                it.baseline_finish
                for it in self.items
                if it.baseline_start is not None and it.baseline_finish is not None
            )
        return max(ends, default=None)

    def variance(self, item: ScheduleItem) -> int | None:
        """Days the item finishes after (+) or before (-) the baseline compared with."""
        base = self.baseline_of(item)
        return variance_days(item.finish, base[1]) if base else None

    def contract_conflicts(self) -> list[ContractConflict]:
        return self.graph.contract_conflicts(self.analysis)

    def _facts_key(self) -> tuple[int, date, int, int]:
        return self.version, self.today, self._compare_serial, self._analysis_serial

    def status_facts(self) -> StatusFacts:
        """The plan-wide figures of the status line, counted once per state of the plan
        (an edit, another analysis, comparison or day counts them again)."""
        analysis = self.analysis
        key = self._facts_key()
        if self._facts is None or self._facts[0] != key:
            today, closed = self.today, (MilestoneStatus.DONE, MilestoneStatus.CANCELLED)
            items = self.items
            facts = StatusFacts(
                conflicts=self.graph.contract_conflicts(analysis),
                flagged=len(analysis.conflicts),
                overdue=sum(1 for it in items if it.finish < today and it.status not in closed),
                last_finish=max((it.finish for it in items), default=None),
                baseline_finish=self.latest_baseline_finish(),
            )
            self._facts = (key, facts)
        return self._facts[1]

    # --- edits in place ------------------------------------------------------------------
    def apply_changes(self, changes: dict[str, dict[str, Any]]) -> list[int]:
        """Apply {item id: {milestone field: value}}; returns the item indices changed."""
        touched: list[int] = []
        old: dict[int, tuple[date, date]] = {}
        for item_id, values in changes.items():
            i = self.index.get(item_id)
            if i is None:
                continue
            item = self.items[i]
            old[i] = (item.start, item.finish)
            for name, value in values.items():
                attr = FIELD_TO_ATTR.get(name)
                if attr is not None:
                    setattr(item, attr, value)
            self.graph.update_item(i, item)
            touched.append(i)
        if touched:
            self._stale = True
            self.version += 1
            self._update_span(touched, old)
            self.refresh_groups(touched, old)
        return touched

    def _update_span(self, touched: list[int], old: dict[int, tuple[date, date]]) -> None:
        span = self._span
        if span is None:
            return
        first, last = span
        for i in touched:
            item, (was_start, was_finish) = self.items[i], old[i]
            if (was_start == first and item.start > was_start) or (
                was_finish == last and item.finish < was_finish
            ):
                self._span = None  # an edge item moved inwards: recompute when asked
                return
            first, last = min(first, item.start), max(last, item.finish)
        self._span = (first, last)

    def add_links(self, links: Iterable[ScheduleLink]) -> None:
        for link in links:
            self.graph.add_link(link)
        self._stale = True
        self.version += 1

    def remove_links(self, link_ids: Iterable[str]) -> None:
        for link_id in link_ids:
            self.graph.remove_link(link_id)
        self._stale = True
        self.version += 1

    def links_of(self, item_id: str) -> list[ScheduleLink]:
        i = self.index[item_id]
        out: list[ScheduleLink] = []
        for k in self.graph.pred[i] + self.graph.succ[i]:
            link = self.graph.links[k]
            if link is not None:
                out.append(link)
        return out


def plan_summary(doc: ScheduleDocument) -> str:
    """One line under the toolbar: items, finish against the baseline, overdue, conflicts."""
    n = len(doc.items)
    if not n:
        return (
            tr("No schedule items in the portfolio yet.")
            if doc.portfolio
            else tr("No schedule yet: add a task (Ctrl+N), a milestone or a decision gate.")
        )
    facts = doc.status_facts()
    conflicts, overdue = facts.flagged, facts.overdue
    parts = [(tr("{count} item") if n == 1 else tr("{count} items")).format(count=n)]
    if doc.portfolio:
        count = len(doc.engagement_titles)
        shown = tr("{count} engagement") if count == 1 else tr("{count} engagements")
        parts.append(shown.format(count=count))
    else:
        last = facts.last_finish
        assert last is not None  # the plan has items
        finish = tr("plan finishes {date}").format(date=date_text(last))
        baselined = facts.baseline_finish
        if baselined is not None:
            delta = (last - baselined).days
            against = f"“{doc.compare_name}”" if doc.compare_name else tr("the baseline")
            if delta:
                shown = tr("{finish} ({delta} days against {against})")
            else:
                shown = tr("{finish} (on {against})")
            finish = shown.format(finish=finish, delta=f"{delta:+d}", against=against)
        parts.append(finish)
    if overdue:
        parts.append(tr("{count} overdue").format(count=overdue))
    if conflicts:
        parts.append(tr("{count} in conflict (red; hover for the reason)").format(count=conflicts))
    return tr("{parts}.").format(parts=", ".join(parts))


MAX_CONFLICTS_TOLD = 3


def plan_status(doc: ScheduleDocument) -> tuple[str, bool]:
    """The summary, then each contract-date conflict as the chart shows it now (True
    with them): what the message line says when no edit of the screen's own is to tell."""
    conflicts = doc.status_facts().conflicts
    parts = [plan_summary(doc)]
    told = tr("Conflict: {name}: {reason}")
    parts += [
        told.format(name=c.name, reason=message(c.reason)) for c in conflicts[:MAX_CONFLICTS_TOLD]
    ]
    if len(conflicts) > MAX_CONFLICTS_TOLD:
        more = len(conflicts) - MAX_CONFLICTS_TOLD
        parts.append(tr("{count} more contract dates in conflict.").format(count=more))
    return " ".join(parts), bool(conflicts)


def _widen(group: Row, item: ScheduleItem) -> None:
    if group.start is None or item.start < group.start:
        group.start = item.start
    if group.finish is None or item.finish > group.finish:
        group.finish = item.finish
