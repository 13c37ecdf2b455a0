"""Many writers on one database: every edit lands or is refused as a conflict, none is lost.

`run_writers(target, ...)` logs `rows` risks in `target` (a fresh, migrated, empty database:
a PostgreSQL URL, or an SQLite path), then starts `processes` processes that each open their
own Store on it and make `edits` edits as a form does: pick a risk (seeded), read its row
version (`store.conflicts.opened`), then save a new owner expecting that version. Each edit
lands, or is refused with a ConflictError (someone saved the risk since); on SQLite a writer
may also find the file busy ("busy": refused too, nothing written).

`problems(target, result)` checks what a user would call a lost update, and returns what is
wrong (nothing when all is well):
- every edit landed or was refused, none vanished;
- no two landed edits of a risk expected the same version: each saw the one before it;
- a risk's version is one more than its landed edits, its owner the last landed value;
- the change log holds exactly the landed edits (one owner update each), nothing refused.

Used by tests/store/test_concurrent_writers.py (PostgreSQL) and bench/bench_writers.py.
"""

from __future__ import annotations

import logging
import multiprocessing
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

Target = str | Path


@dataclass(frozen=True)
class Edit:
    writer: int
    n: int
    risk_id: str
    expected: int  # the row version the edit was based on
    value: str
    outcome: str  # "landed" | "conflict" | "busy"


@dataclass
class Result:
    risk_ids: list[str]
    initial: dict[str, int]  # each risk's row version before the writers started
    edits: list[Edit] = field(default_factory=list)
    seconds: float = 0.0  # from the start signal to the last writer's end

    def count(self, outcome: str) -> int:
        return sum(1 for e in self.edits if e.outcome == outcome)


def _open(target: Target, user: str) -> Any:
    from cdmo_desktop.store import open_store

    if isinstance(target, Path):
        return open_store(target, user=user, lock=False)
    return open_store(target, user=user, create=False)


def seed(target: Target, rows: int) -> dict[str, int]:
    """`rows` risks of one engagement: {id: row version}."""
    from cdmo_desktop.domain.enums import PartnerKind, Phase, RiskCategory
    from cdmo_desktop.domain.models import Client, Engagement, Partner, Risk

    store = _open(target, "setup")
    try:
        client = Client(name="Concurrency Bio")
        partner = Partner(name="Concurrency Labs", kind=PartnerKind.CDMO, country="US")
        engagement = Engagement(
            title="Ten writers",
            client_id=client.id,
            partner_id=partner.id,
            phase=Phase.PROCESS_DEVELOPMENT,
        )
        risks = [
            Risk(
                engagement_id=engagement.id,
                title=f"Shared risk {i + 1}",
                number=0,
                category=RiskCategory.SUPPLY,
                raised_date=date(2026, 11, 1),
            )
            for i in range(rows)
        ]

        def work(s: Any) -> None:
            s.add_all([client, partner])
            s.flush()
            s.add(engagement)
            s.flush()
            s.add_all(risks)

        store.write("Seed", work)
        with store.read() as s:
            return {r.id: s.get(Risk, r.id).row_version for r in risks}
    finally:
        store.close()


def _writer(
    target: Target, writer: int, risk_ids: list[str], edits: int, start: Any, out: Any
) -> None:
    from cdmo_desktop.domain.models import Risk
    from cdmo_desktop.store import conflicts, risk_edits
    from cdmo_desktop.store.errors import ConflictError, StorageError

    logging.getLogger("cdmo_desktop").setLevel(logging.ERROR)  # busy files (SQLite)
    store = _open(target, f"writer-{writer}")
    pick = random.Random(writer)
    done: list[Edit] = []
    try:
        start.wait()
        for n in range(edits):
            risk_id = pick.choice(risk_ids)
            versions = conflicts.opened(store, Risk, risk_id)
            expected = versions[(Risk, risk_id)]  # a landed write moves `versions` on
            value = f"w{writer}-{n}"
            try:
                with conflicts.expecting(versions):
                    risk_edits.edit_risk(store, risk_id, {"owner": value})
                outcome = "landed"
            except ConflictError:
                outcome = "conflict"
            except StorageError:  # SQLite: the file was busy with another writer
                outcome = "busy"
            done.append(Edit(writer, n, risk_id, expected, value, outcome))
    finally:
        store.close()
        out.put(done)


def run_writers(target: Target, *, processes: int = 10, edits: int = 200, rows: int = 10) -> Result:
    """Seed `rows` risks, then `processes` writers make `edits` edits each (see the module)."""
    initial = seed(target, rows)
    result = Result(list(initial), initial)
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    mp: Any = multiprocessing.get_context(method)
    start, out = mp.Event(), mp.Queue()
    workers = [
        mp.Process(target=_writer, args=(target, w, result.risk_ids, edits, start, out))
        for w in range(processes)
    ]
    for p in workers:
        p.start()
    time.sleep(0.5)  # let every writer open its store before the start signal
    began = time.perf_counter()
    start.set()
    for _ in workers:
        result.edits.extend(out.get(timeout=600))
    result.seconds = time.perf_counter() - began
    for p in workers:
        p.join(timeout=60)
        if p.exitcode != 0:
            raise RuntimeError(f"a writer failed (exit code {p.exitcode})")
    return result


def problems(target: Target, result: Result, *, processes: int, edits: int) -> list[str]:
    """What went wrong (see the module); [] when every edit landed or was refused and no
    landed edit was lost."""
    import sqlalchemy as sa

    from cdmo_desktop.domain.models import ChangeLog, Risk

    found: list[str] = []
    if len(result.edits) != processes * edits:
        found.append(f"{len(result.edits)} edits reported, {processes * edits} made")
    landed: dict[str, list[Edit]] = defaultdict(list)
    for e in result.edits:
        if e.outcome == "landed":
            landed[e.risk_id].append(e)
    store = _open(target, "check")
    try:
        with store.read() as s:
            rows = {
                r.id: (r.owner, r.row_version)
                for r in s.execute(sa.select(Risk).where(Risk.id.in_(result.risk_ids))).scalars()  # type: ignore[attr-defined]
            }
            log = ChangeLog.__table__  # type: ignore[attr-defined]
            logged = s.execute(
                sa.select(log.c.row_id, log.c.new_value).where(
                    log.c.table_name == "risk",
                    log.c.field == "owner",
                    log.c.action == "update",
                    log.c.row_id.in_(result.risk_ids),
                )
            ).all()
    finally:
        store.close()
    by_row: dict[str, Counter[str]] = defaultdict(Counter)
    for row_id, value in logged:
        by_row[str(row_id)][str(value)] += 1
    for risk_id in result.risk_ids:
        mine = sorted(landed[risk_id], key=lambda e: e.expected)
        versions = [e.expected for e in mine]
        first = result.initial[risk_id]
        if versions != list(range(first, first + len(mine))):
            found.append(f"risk {risk_id}: landed edits based on versions {versions}")
        owner, version = rows[risk_id]
        if version != first + len(mine):
            found.append(f"risk {risk_id}: version {version} after {len(mine)} landed edits")
        if mine and owner != mine[-1].value:
            found.append(f"risk {risk_id}: owner {owner!r}, last landed {mine[-1].value!r}")
        if by_row[risk_id] != Counter(e.value for e in mine):
            found.append(f"risk {risk_id}: the change log differs from the landed edits")
    return found
