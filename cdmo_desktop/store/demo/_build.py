"""Small helpers the demo portfolio is written with: stable ids, relative dates, schedules."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from cdmo_desktop.domain.enums import GateOutcome, MilestoneKind, MilestoneStatus, Phase, Side


class Ids:
    """UUIDs drawn from a fixed seed, so two demo databases carry the same ids."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def new(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


@dataclass
class Ctx:
    """What every part of the demo needs: today, the id source, and the rows made so far."""

    today: date
    ids: Ids
    partners: dict[str, Any] = field(default_factory=dict)
    sites: dict[str, Any] = field(default_factory=dict)
    clients: dict[str, Any] = field(default_factory=dict)

    def d(self, days: int | None) -> date | None:
        """The date `days` from today (None stays None)."""
        return None if days is None else self.today + timedelta(days=days)

    def day(self, days: int) -> date:
        return self.today + timedelta(days=days)

    def make(self, model: type, **values: Any) -> Any:
        return model(id=self.ids.new(), **values)


@dataclass(frozen=True)
class M:
    """One schedule line: `dur` days of work (0 for a milestone or gate) after its `after`
    predecessors (key or (key, lag_days)). `extra` days were added since the baseline;
    `stuck` keeps an item in progress at that percentage after its planned finish (late)."""

    key: str
    name: str
    kind: MilestoneKind = MilestoneKind.TASK
    dur: int = 10
    after: tuple[str | tuple[str, int], ...] = ()
    side: Side = Side.PARTNER
    fixed: bool = False
    extra: int = 0
    stuck: int | None = None
    outcome: GateOutcome | None = None
    phase: Phase | None = None
    notes: str = ""


def task(key: str, name: str, dur: int, *after: str | tuple[str, int], **kw: Any) -> M:
    return M(key, name, MilestoneKind.TASK, dur, tuple(after), **kw)


def milestone(key: str, name: str, *after: str | tuple[str, int], **kw: Any) -> M:
    return M(key, name, MilestoneKind.MILESTONE, 0, tuple(after), **kw)


def gate(key: str, name: str, *after: str | tuple[str, int], **kw: Any) -> M:
    return M(key, name, MilestoneKind.DECISION_GATE, 0, tuple(after), **kw)


@dataclass
class Planned:
    spec: M
    baseline_start: date
    baseline_finish: date
    start: date
    finish: date
    status: MilestoneStatus
    percent: int
    actual_start: date | None
    actual_finish: date | None


def _pred(p: str | tuple[str, int]) -> tuple[str, int]:
    return (p, 0) if isinstance(p, str) else p


def _pass(specs: list[M], start: date, with_extra: bool) -> dict[str, tuple[date, date]]:
    out: dict[str, tuple[date, date]] = {}
    for s in specs:
        begin = start
        for key, lag in map(_pred, s.after):
            prev_finish = out[key][1]
            gap = 0 if s.dur == 0 else 1
            begin = max(begin, prev_finish + timedelta(days=gap + lag))
        length = s.dur + (s.extra if with_extra else 0)
        finish = begin + timedelta(days=max(length - 1, 0))
        out[s.key] = (begin, finish)
    return out


def plan(specs: list[M], start: date, today: date) -> list[Planned]:
    """Baseline and current dates by a forward pass over the finish-to-start links, and a
    status/percent/actuals consistent with `today`."""
    base = _pass(specs, start, with_extra=False)
    cur = _pass(specs, start, with_extra=True)
    rows: list[Planned] = []
    done: dict[str, bool] = {}
    for s in specs:
        b0, b1 = base[s.key]
        c0, c1 = cur[s.key]
        waiting = not all(done[_pred(p)[0]] for p in s.after)
        if waiting:
            status, pct, a0, a1 = MilestoneStatus.NOT_STARTED, 0, None, None
        elif s.stuck is not None and c0 <= today:
            status, pct, a0, a1 = MilestoneStatus.IN_PROGRESS, s.stuck, c0, None
        elif c1 < today:
            status, pct, a0, a1 = MilestoneStatus.DONE, 100, c0, c1
        elif c0 <= today and s.dur > 0:
            elapsed = (today - c0).days + 1
            pct = min(95, max(5, round(100 * elapsed / max(s.dur + s.extra, 1) / 5) * 5))
            status, a0, a1 = MilestoneStatus.IN_PROGRESS, c0, None
        else:
            status, pct, a0, a1 = MilestoneStatus.NOT_STARTED, 0, None, None
        done[s.key] = status == MilestoneStatus.DONE
        rows.append(Planned(s, b0, b1, c0, c1, status, pct, a0, a1))
    return rows
