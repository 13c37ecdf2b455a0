"""Schedule maths over plain rows: pushing successors, critical path, slack, cycles.

Time is counted in day boundaries (date ordinals). A task occupies [start, finish + 1); a
milestone or decision gate is a point at the end of its day, so a milestone right after a
task that finishes on 10 March is on 10 March and a task after that milestone starts on 11
March. A link with lag L keeps the successor's begin (FS, SS) or end (FF, SF) at or after
the predecessor's end (FS, FF) or begin (SS, SF) plus L. Messages write dates with
`date_text` (English unless the screen passes its locale's).

Everything is O(V + E) over a topological order, or proportional to the items a move
reaches, so a 10,000-item plan stays interactive.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from cdmo_desktop.domain.enums import DependencyKind, MilestoneKind
from cdmo_desktop.domain.formats import date_text as english_date
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.schedule_rows import (
    Analysis,
    Conflict,
    ContractConflict,
    CycleError,
    DateText,
    ScheduleItem,
    ScheduleLink,
    SchedulePlan,
    ShiftResult,
    dates_for,
    day_bounds,
    variance_days,
)

NOT_MOVED = QT_TRANSLATE_NOOP(
    "messages",
    "{name} is contract-fixed and was not moved (clear its contract-fixed mark first).",
)
KEPT_AT = QT_TRANSLATE_NOOP("messages", "{name} cannot {why}; kept at {kept}.")
BEFORE_PREDECESSORS = QT_TRANSLATE_NOOP("messages", "start before its predecessors allow")
LAG = QT_TRANSLATE_NOOP("messages", " + {days} d lag")
WHY = {
    ("start", "finishes"): QT_TRANSLATE_NOOP("messages", "start before {pred} finishes{lag}"),
    ("start", "starts"): QT_TRANSLATE_NOOP("messages", "start before {pred} starts{lag}"),
    ("finish", "finishes"): QT_TRANSLATE_NOOP("messages", "finish before {pred} finishes{lag}"),
    ("finish", "starts"): QT_TRANSLATE_NOOP("messages", "finish before {pred} starts{lag}"),
}
FIXED_LATE = {
    True: QT_TRANSLATE_NOOP(
        "messages", "Contract-fixed on {day}, but it cannot {why} ({when}): {late} day late."
    ),
    False: QT_TRANSLATE_NOOP(
        "messages", "Contract-fixed on {day}, but it cannot {why} ({when}): {late} days late."
    ),
}
TOO_EARLY = QT_TRANSLATE_NOOP("messages", "Planned too early: it cannot {why} ({when}).")
LOOP = QT_TRANSLATE_NOOP("messages", "Part of a dependency loop: {loop}.")

__all__ = [
    "Analysis",
    "Conflict",
    "ContractConflict",
    "CycleError",
    "DateText",
    "PlanGraph",
    "ScheduleItem",
    "ScheduleLink",
    "SchedulePlan",
    "ShiftResult",
    "contract_conflicts",
    "dates_for",
    "variance_days",
]


_FROM_START = frozenset(k for k in DependencyKind if k.from_start)
_TO_FINISH = frozenset(k for k in DependencyKind if k.to_finish)


class PlanGraph:
    """Items and their dependencies as index arrays, kept in step with the plan's dates.

    Links whose ends are not both in the plan are ignored (an engagement's tab shows only
    that engagement). A loop already present in stored data does not break the maths: its
    items are reported as conflicts."""

    def __init__(
        self,
        items: Sequence[ScheduleItem],
        links: Iterable[ScheduleLink],
        date_text: DateText = english_date,
    ) -> None:
        self.date_text = date_text
        self.items = list(items)
        self.index = {it.id: i for i, it in enumerate(self.items)}
        task = MilestoneKind.TASK
        self.end: list[int] = [it.finish.toordinal() + 1 for it in self.items]
        self.begin: list[int] = [
            it.start.toordinal() if it.kind is task else e
            for it, e in zip(self.items, self.end, strict=True)
        ]
        self.links: list[ScheduleLink | None] = []
        self.link_index: dict[str, int] = {}
        n = len(self.items)
        self.succ: list[list[int]] = [[] for _ in range(n)]  # link indices
        self.pred: list[list[int]] = [[] for _ in range(n)]
        self._src: list[int] = []
        self._dst: list[int] = []
        self._ss: list[bool] = []  # from the predecessor's start (SS, SF)
        self._tf: list[bool] = []  # to the successor's finish (FF, SF)
        self._lag: list[int] = []
        self._attach_all(links)
        self._rank: list[int] | None = None
        self._order: list[int] = []
        self._cyclic: set[int] = set()

    # --- structure ----------------------------------------------------------------------
    def _attach(self, link: ScheduleLink) -> bool:
        a = self.index.get(link.predecessor_id)
        b = self.index.get(link.successor_id)
        if a is None or b is None or a == b:
            return False
        k = len(self.links)
        self.links.append(link)
        self.link_index[link.id] = k
        self._src.append(a)
        self._dst.append(b)
        self._ss.append(link.kind in _FROM_START)
        self._tf.append(link.kind in _TO_FINISH)
        self._lag.append(link.lag_days)
        self.succ[a].append(k)
        self.pred[b].append(k)
        return True

    def _attach_all(self, links: Iterable[ScheduleLink]) -> None:
        """`_attach` for a whole plan's links, in one loop over local names (a 50,000-item
        plan has about as many links, so the per-link cost is what opening a plan waits for)."""
        get = self.index.get
        out, link_index = self.links, self.link_index
        src, dst, from_start, to_finish, lag = self._src, self._dst, self._ss, self._tf, self._lag
        succ, pred = self.succ, self.pred
        k = len(out)
        for link in links:
            a = get(link.predecessor_id)
            b = get(link.successor_id)
            if a is None or b is None or a == b:
                continue
            kind = link.kind
            out.append(link)
            link_index[link.id] = k
            src.append(a)
            dst.append(b)
            from_start.append(kind in _FROM_START)
            to_finish.append(kind in _TO_FINISH)
            lag.append(link.lag_days)
            succ[a].append(k)
            pred[b].append(k)
            k += 1

    def snapshot(self) -> PlanGraph:
        """A copy the later edits of this graph do not reach (dates, links, the cached
        order), to analyse the plan as it is now on another thread. Items are shared: the
        caller drops the analysis when the plan was edited meanwhile."""
        copy = object.__new__(PlanGraph)
        copy.date_text = self.date_text
        copy.items, copy.index = list(self.items), self.index
        copy.begin, copy.end = list(self.begin), list(self.end)
        copy.links, copy.link_index = list(self.links), dict(self.link_index)
        copy.succ = [list(k) for k in self.succ]
        copy.pred = [list(k) for k in self.pred]
        copy._src, copy._dst, copy._lag = list(self._src), list(self._dst), list(self._lag)
        copy._ss, copy._tf = list(self._ss), list(self._tf)
        copy._rank, copy._order, copy._cyclic = self._rank, self._order, set(self._cyclic)
        return copy

    def link_ends(self, k: int) -> tuple[int, int]:
        return self._src[k], self._dst[k]

    def add_link(self, link: ScheduleLink) -> None:
        """Add a link (call `cycle_path` first: this does not refuse loops)."""
        if self._attach(link):
            self._rank = None

    def remove_link(self, link_id: str) -> None:
        k = self.link_index.pop(link_id, None)
        if k is None:
            return
        self.links[k] = None
        self.succ[self._src[k]].remove(k)
        self.pred[self._dst[k]].remove(k)
        self._rank = None

    def live_link_ends(self) -> Iterator[tuple[int, int, int]]:
        """(link index, predecessor index, successor index) of every live link."""
        for k, (a, b, link) in enumerate(zip(self._src, self._dst, self.links, strict=True)):
            if link is not None:
                yield k, a, b

    def live_links(self) -> list[int]:
        return [k for k, link in enumerate(self.links) if link is not None]

    def update_item(self, i: int, item: ScheduleItem) -> None:
        """The plan changed an item's dates or kind: keep the arrays in step."""
        self.items[i] = item
        self.begin[i], self.end[i] = day_bounds(item)

    def _topology(self) -> list[int]:
        if self._rank is None:
            n = len(self.items)
            indegree = [len(p) for p in self.pred]
            queue = deque(i for i in range(n) if indegree[i] == 0)
            order: list[int] = []
            dst, links = self._dst, self.links
            while queue:
                v = queue.popleft()
                order.append(v)
                for k in self.succ[v]:
                    if links[k] is None:
                        continue
                    w = dst[k]
                    indegree[w] -= 1
                    if indegree[w] == 0:
                        queue.append(w)
            self._cyclic = {i for i in range(n) if indegree[i] > 0}
            order.extend(sorted(self._cyclic))
            rank = [0] * n
            for r, v in enumerate(order):
                rank[v] = r
            self._order, self._rank = order, rank
        return self._rank

    @property
    def order(self) -> list[int]:
        self._topology()
        return self._order

    # --- cycles -------------------------------------------------------------------------
    def cycle_path(self, predecessor_id: str, successor_id: str) -> list[str] | None:
        """Names along the loop that predecessor -> successor would close, or None."""
        a, b = self.index[predecessor_id], self.index[successor_id]
        if a == b:
            return [self.items[a].name, self.items[a].name]
        parent = {b: -1}
        queue = deque([b])
        while queue:
            v = queue.popleft()
            if v == a:
                path = [v]
                while parent[path[-1]] != -1:
                    path.append(parent[path[-1]])
                names = [self.items[i].name for i in reversed(path)]
                return [self.items[a].name, *names]
            for k in self.succ[v]:
                w = self._dst[k]
                if self.links[k] is not None and w not in parent:
                    parent[w] = v
                    queue.append(w)
        return None

    def check_link(self, predecessor_id: str, successor_id: str) -> None:
        """Raise CycleError when the new link would close a loop."""
        path = self.cycle_path(predecessor_id, successor_id)
        if path is not None:
            raise CycleError(path)

    # --- moving -------------------------------------------------------------------------
    def shift(self, moves: dict[str, tuple[date, date]]) -> ShiftResult:
        """Dates after moving/resizing `moves` (id -> new start, finish): each moved item is
        kept no earlier than its predecessors allow, successors are pushed forward as far as
        their links require, contract-fixed items stay put and are reported as conflicts.
        Touches only the items the move reaches. Does not change the graph."""
        rank = self._topology()
        begin: dict[int, int] = {}
        end: dict[int, int] = {}
        shape: dict[int, ScheduleItem] = {}
        result = ShiftResult()
        heap: list[tuple[int, int]] = []
        queued: set[int] = set()

        def enqueue_successors(v: int) -> None:
            for k in self.succ[v]:
                w = self._dst[k]
                if w in queued or w in shape or w in self._cyclic or self.links[k] is None:
                    continue
                queued.add(w)
                heapq.heappush(heap, (rank[w], w))

        for item_id, (start, finish) in moves.items():
            v = self.index[item_id]
            item = self.items[v]
            if item.contract_fixed:
                result.notes.append(msg(NOT_MOVED, name=item.name))
                continue
            probe = ScheduleItem(item.id, item.name, start, finish, item.kind)
            b, e = day_bounds(probe)
            need, k = self._need(v, begin, end)
            if b < need and v not in self._cyclic:
                kept = self.date_text(dates_for(probe, need)[0])
                result.notes.append(msg(KEPT_AT, name=item.name, why=self._why(k), kept=kept))
                b, e = need, e + need - b
            begin[v], end[v], shape[v] = b, e, probe
        for v in list(shape):
            enqueue_successors(v)
        while heap:
            _, v = heapq.heappop(heap)
            queued.discard(v)
            need, k = self._need(v, begin, end)
            if need <= begin.get(v, self.begin[v]):
                continue
            item = self.items[v]
            if item.contract_fixed:
                result.conflicts.append(Conflict(item.id, self._fixed_reason(v, need, k)))
                continue
            begin[v], end[v] = need, self.end[v] + (need - self.begin[v])
            enqueue_successors(v)
        for v, b in begin.items():
            item = self.items[v]
            new = dates_for(shape.get(v, item), b)
            if new != (item.start, item.finish):
                result.changes[item.id] = new
        return result

    def _need(self, v: int, begin: dict[int, int], end: dict[int, int]) -> tuple[int, int | None]:
        """The earliest begin of item v its live incoming links allow, and the link that
        sets it (moved items' bounds in `begin`/`end` override the plan's)."""
        best, why = -(10**9), None
        length = end.get(v, self.end[v]) - begin.get(v, self.begin[v])
        for k in self.pred[v]:
            link = self.links[k]
            if link is None:
                continue
            u = self._src[k]
            anchor = begin.get(u, self.begin[u]) if self._ss[k] else end.get(u, self.end[u])
            need = anchor + link.lag_days - (length if self._tf[k] else 0)
            if need > best:
                best, why = need, k
        return best, why

    def _why(self, k: int | None) -> str:
        """What item v may not do, as in "cannot start before Design finishes + 2 d lag"."""
        if k is None or k < 0:
            return msg(BEFORE_PREDECESSORS)
        link = self.links[k]
        assert link is not None
        pred = self.items[self._src[k]]
        lag = msg(LAG, days=link.lag_days) if link.lag_days else ""
        template = WHY[
            "finish" if self._tf[k] else "start", "starts" if self._ss[k] else "finishes"
        ]
        return msg(template, pred=pred.name, lag=lag)

    def _fixed_reason(self, v: int, need: int, k: int | None) -> str:
        item, text = self.items[v], self.date_text
        earliest = dates_for(item, need)
        late = need - self.begin[v]
        when = earliest[1] if k is not None and k >= 0 and self._tf[k] else earliest[0]
        return msg(
            FIXED_LATE[late == 1],
            day=text(item.start if not item.is_point else item.finish),
            why=self._why(k),
            when=text(when),
            late=late,
        )

    # --- analysis -----------------------------------------------------------------------
    def analyse(self) -> Analysis:
        """Forward and backward pass: total slack per item, the critical path, conflicts.

        Planned dates act as "no earlier than" (a consultant places items by hand); the
        latest finish of each engagement closes the backward pass. Contract-fixed items
        cannot slip, so their slack is at most zero."""
        self._topology()
        n = len(self.items)
        order, cyclic = self._order, self._cyclic
        src, dst, ss, tf, lag = self._src, self._dst, self._ss, self._tf, self._lag
        pred, succ = self.pred, self.succ  # live links only
        items, begin, end = self.items, self.begin, self.end
        es = list(begin)
        ef = list(end)
        conflicts: dict[int, str] = {}
        late_fixed: dict[int, int] = {}
        for v in order:
            p = pred[v]
            if not p or v in cyclic:
                continue
            need, k = -(10**9), -1
            length = end[v] - begin[v]
            for kk in p:
                u = src[kk]
                if cyclic and u in cyclic:
                    continue
                req = (es[u] if ss[kk] else ef[u]) + lag[kk] - (length if tf[kk] else 0)
                if req > need:
                    need, k = req, kk
            if need > begin[v]:
                if items[v].contract_fixed:
                    conflicts[v] = self._fixed_reason(v, need, k)
                    late_fixed[v] = need
                else:
                    moved = dates_for(items[v], need)
                    when = self.date_text(moved[1] if tf[k] else moved[0])
                    conflicts[v] = msg(TOO_EARLY, why=self._why(k), when=when)
                    es[v], ef[v] = need, end[v] + need - begin[v]
        groups = [it.engagement_id for it in items]
        group_end: dict[str, int] = {}
        for g, f in zip(groups, ef, strict=True):
            if f > group_end.get(g, -(10**9)):
                group_end[g] = f
        ls = [0] * n
        for v in reversed(order):
            dur = ef[v] - es[v]
            lf = group_end[groups[v]]
            if v not in cyclic:
                for kk in succ[v]:
                    w = dst[kk]
                    limit = ls[w] - lag[kk] + (dur if ss[kk] else 0)
                    if tf[kk]:
                        limit += ef[w] - es[w]
                    if limit < lf:
                        lf = limit
            s = lf - dur
            if s > es[v] and items[v].contract_fixed:
                s = es[v]
            ls[v] = s
        slack = [a - b for a, b in zip(ls, es, strict=True)]
        critical = [s <= 0 for s in slack]
        for v in cyclic:
            loop = [items[u].name for u in sorted(cyclic)][:6]
            conflicts[v] = msg(LOOP, loop=" → ".join(loop))
            critical[v] = False
        driving: set[int] = set()
        for k, link in enumerate(self.links):
            if link is None:
                continue
            u, w = src[k], dst[k]
            if critical[u] and critical[w]:
                req = (es[u] if ss[k] else ef[u]) + lag[k] - (ef[w] - es[w] if tf[k] else 0)
                if req >= es[w]:
                    driving.add(k)
        return Analysis(slack, critical, conflicts, driving, late_fixed)

    def contract_conflicts(self, analysis: Analysis | None = None) -> list[ContractConflict]:
        """The contract-fixed items whose dependencies no longer let them happen on their
        fixed date, in plan order."""
        analysis = analysis or self.analyse()
        out: list[ContractConflict] = []
        for v in sorted(analysis.late_fixed):
            item, need = self.items[v], analysis.late_fixed[v]
            moved = dates_for(item, need)
            earliest = moved[1] if item.is_point else moved[0]
            out.append(
                ContractConflict(
                    item.id,
                    item.name,
                    item.engagement_id,
                    item.finish if item.is_point else item.start,
                    earliest,
                    need - self.begin[v],
                    analysis.conflicts[v],
                )
            )
        return out


def contract_conflicts(
    items: Sequence[ScheduleItem], links: Iterable[ScheduleLink]
) -> list[ContractConflict]:
    """Contract-date conflicts of a plan (an engagement's items and links): what a report
    warns about when dependencies push work past a date the agreement fixes."""
    return PlanGraph(items, links).contract_conflicts()
