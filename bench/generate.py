"""Large databases for benchmarks: bulk Core inserts into a database made by `open_store`.

Rows bypass the session hook (no change log, no per-row validation) for speed, so every
value is chosen to satisfy the tables' CHECK constraints and the app's validation rules.
Each function adds to the database at `path` (creating and migrating it if needed).
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench import vocabulary as vocab
from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.derive import name_key
from cdmo_desktop.domain.enums import (
    EngagementStatus,
    MilestoneKind,
    MilestoneStatus,
    PartnerKind,
    Phase,
    QualificationStatus,
    Region,
    RiskCategory,
    RiskStatus,
    Side,
)
from cdmo_desktop.domain.models import (
    Client,
    Engagement,
    Milestone,
    MilestoneDependency,
    Partner,
    Risk,
)
from cdmo_desktop.store import open_store

BATCH = 5000
_WINDOW = 40  # a link reaches back at most this many items, like a real plan
TODAY = date(2026, 11, 20)


def _ids(rng: random.Random) -> Iterator[str]:
    while True:
        yield str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp(engine: sa.Engine) -> dict[str, Any]:
    """created_at/updated_at exactly as the column type stores them, computed once."""
    column = _table(Partner).c.created_at
    process = column.type.dialect_impl(engine.dialect).bind_processor(engine.dialect)
    now = datetime.now(UTC)
    value = process(now) if process else now
    return {"created_at": value, "updated_at": value}


def _table(model: Any) -> sa.Table:
    table: sa.Table = model.__table__
    return table


def _insert(conn: sa.Connection, table: sa.Table, rows: Iterable[dict[str, Any]]) -> None:
    """executemany, BATCH rows at a time, of rows whose values are already in storage form
    (ISO dates, 0/1, enum values): an untyped table clause skips per-value type processing,
    and a generator of rows keeps memory flat."""
    # Random UUID keys touch the whole index: a big page cache avoids re-reading it.
    conn.exec_driver_sql("PRAGMA cache_size = -262144")
    bare: sa.TableClause | None = None
    defaults: dict[str, Any] = {}
    it = iter(rows)
    while batch := list(itertools.islice(it, BATCH)):
        if bare is None:
            defaults = _scalar_defaults(table, set(batch[0]))
            bare = sa.table(table.name, *(sa.column(k) for k in {**defaults, **batch[0]}))
        if defaults:
            batch = [{**defaults, **row} for row in batch]
        conn.execute(bare.insert(), batch)


def _scalar_defaults(table: sa.Table, given: set[str]) -> dict[str, Any]:
    """Storage form of the model defaults of the columns a row leaves out."""
    out: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.key in given or default is None or not getattr(default, "is_scalar", False):
            continue
        value = default.arg  # type: ignore[attr-defined]
        out[column.key] = value.value if isinstance(value, Enum) else value
    return out


def _engine(path: Path | str) -> sa.Engine:
    store = open_store(path)
    engine = store.engine
    if store.lock is not None:
        store.lock.release()
    return engine


def _day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def generate_partners(path: Path | str, n: int, seed: int = 1) -> None:
    """Add `n` partners with unique names, valid countries, zones and qualification dates."""
    rng = random.Random(seed)
    ids = _ids(rng)
    engine = _engine(path)
    stamp = _stamp(engine)
    table: sa.Table = _table(Partner)
    # Pools drawn once keep the per-row work to a few list lookups (100k rows in seconds).
    caps = ["; ".join(rng.sample(vocab.CAPABILITIES, rng.randint(2, 5))) for _ in range(512)]
    scales = ["; ".join(rng.sample(vocab.SCALES, rng.randint(1, 3))) for _ in range(64)]
    kinds = [(k.value, vocab.SUFFIXES[k]) for k in PartnerKind]
    quals = [q.value for q in QualificationStatus]
    places = [(c, city, zone, region.value, langs) for c, city, zone, region, langs in vocab.PLACES]
    days = [_day(d) for d in range(-1000, 800)]  # index 0 is 1000 days ago
    rand = rng.random
    with engine.begin() as conn:
        start = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        # Names and ids are drawn first and sorted, so the name, name-key and primary-key
        # indexes grow at their end instead of splitting pages all over the B-tree (3x
        # faster at 100k rows); the rows themselves are then made batch by batch.
        names = []
        for i in range(start + 1, start + n + 1):
            kind = int(rand() * len(kinds))
            suffixes = kinds[kind][1]
            name = (
                f"{vocab.PREFIXES[int(rand() * len(vocab.PREFIXES))]} "
                f"{vocab.MIDDLES[int(rand() * len(vocab.MIDDLES))]} "
                f"{suffixes[int(rand() * len(suffixes))]} {i:06d}"
            )
            names.append((name.casefold(), name, kind))
        names.sort()
        new_ids = sorted(next(ids) for _ in range(n))

        def rows() -> Iterator[dict[str, Any]]:
            for (key, name, kind), new_id in zip(names, new_ids, strict=True):
                country, city, zone, region, languages = places[int(rand() * len(places))]
                audit = 100 + int(rand() * 890)  # 900..10 days ago
                yield {
                    "id": new_id,
                    **stamp,
                    "name": name,
                    "name_key": key,
                    "legal_name": f"{name}, Inc.",
                    "kind": kinds[kind][0],
                    "registered_address": f"{100 + int(rand() * 9000)} Research Drive\n{city}",
                    "website": f"https://www.{key.replace(' ', '-')}.example",
                    "country": country,
                    "city": city,
                    "region": region,
                    "time_zone": zone,
                    "languages": languages,
                    "capabilities": caps[int(rand() * len(caps))],
                    "scales": scales[int(rand() * len(scales))],
                    "technology_platforms": "",
                    "qualification_status": quals[int(rand() * len(quals))],
                    "last_audit_date": days[audit],
                    "next_audit_due": days[audit + (365 if rand() < 0.5 else 730)],
                    "cda_signed_date": days[audit - 60],
                    "cda_expiry_date": days[audit + 700],
                    "notes": "",
                    "archived": rand() < 0.02,
                }

        _insert(conn, table, rows())
    engine.dispose()


def _clients_partners_engagements(
    conn: sa.Connection, rng: random.Random, ids: Iterator[str], n_engagements: int
) -> list[str]:
    stamp = _stamp(conn.engine)
    client_id = next(ids)
    _insert(
        conn,
        _table(Client),
        [
            {
                "id": client_id,
                **stamp,
                "name": f"Bench Therapeutics {client_id[:8]}",
                "legal_name": "",
                "registered_address": "",
                "country": "US",
                "notes": "",
                "archived": False,
            }
        ],
    )
    partner_ids = []
    partners = []
    for _ in range(max(1, n_engagements // 10)):
        pid = next(ids)
        partner_ids.append(pid)
        name = (
            f"{rng.choice(vocab.PREFIXES)} {rng.choice(vocab.SUFFIXES[PartnerKind.CDMO])} {pid[:8]}"
        )
        partners.append(
            {
                "id": pid,
                **stamp,
                "name": name,
                "name_key": name_key(name),
                "kind": PartnerKind.CDMO.value,
                "country": "US",
                "region": Region.NORTH_AMERICA.value,
                "time_zone": "America/New_York",
            }
        )
    _insert(conn, _table(Partner), partners)
    phases, statuses = list(Phase), list(EngagementStatus)
    engagements = []
    for i in range(n_engagements):
        start = rng.randint(-700, 30)
        engagements.append(
            {
                "id": next(ids),
                **stamp,
                "title": f"Program {i + 1:05d} {rng.choice(vocab.MILESTONE_NAMES)}",
                "client_id": client_id,
                "partner_id": rng.choice(partner_ids),
                "phase": rng.choice(phases).value,
                "status": rng.choice(statuses).value,
                "start_date": _day(start),
                "end_date": _day(start + rng.randint(90, 720)),
                "budget_currency": "USD",
            }
        )
    _insert(conn, _table(Engagement), engagements)
    return [e["id"] for e in engagements]


def generate_risks(path: Path | str, n_risks: int, n_engagements: int, seed: int = 1) -> None:
    """Add one client, a few partners, `n_engagements` engagements and `n_risks` risks spread
    over them (numbered R-001.. per engagement, scores and levels from the risk matrix)."""
    rng = random.Random(seed)
    ids = _ids(rng)
    engine = _engine(path)
    stamp = _stamp(engine)
    categories = [c.value for c in RiskCategory]
    statuses = [s.value for s in RiskStatus]
    sides = [s.value for s in Side]
    owners = ("Morgan Ellis", "James Whitaker", "Dr. Katrin Vogel", "Kevin Tran", "Priya Raman")
    matrix = {
        (li, im): (risk_matrix.score(li, im), risk_matrix.level(li, im).value)
        for li in range(1, 6)
        for im in range(1, 6)
    }
    days = [_day(d) for d in range(-400, 60)]  # index 0 is 400 days ago
    closed_value = RiskStatus.CLOSED.value
    rand = rng.random
    with engine.begin() as conn:
        engagement_ids = sorted(
            _clients_partners_engagements(conn, rng, ids, max(1, n_engagements))
        )
        # Risks grouped by engagement, in number order, with ascending ids: every index of
        # the risk table grows at its end (the bulk insert is I/O bound otherwise).
        per = Counter(engagement_ids[int(rand() * len(engagement_ids))] for _ in range(n_risks))
        new_ids = sorted(next(ids) for _ in range(n_risks))

        def rows() -> Iterator[dict[str, Any]]:
            made = 0
            for eid in engagement_ids:
                for number in range(1, per[eid] + 1):
                    lik, imp = 1 + int(rand() * 5), 1 + int(rand() * 5)
                    score, level = matrix[lik, imp]
                    status = statuses[int(rand() * len(statuses))]
                    raised = int(rand() * 399)  # index into days: 400..1 days ago
                    closed = status == closed_value
                    review = None if closed else days[raised + int(rand() * 60)]
                    closed_on = days[raised + int(rand() * (399 - raised))] if closed else None
                    yield {
                        "id": new_ids[made],
                        **stamp,
                        "engagement_id": eid,
                        "number": number,
                        "title": vocab.RISK_TITLES[int(rand() * len(vocab.RISK_TITLES))],
                        "category": categories[int(rand() * len(categories))],
                        "likelihood": lik,
                        "impact": imp,
                        "score": score,
                        "level": level,
                        "owner": owners[int(rand() * len(owners))],
                        "status": status,
                        "raised_by": sides[int(rand() * len(sides))],
                        "raised_date": days[raised],
                        "review_cadence_days": 30,
                        "next_review_date": review,
                        "closed_date": closed_on,
                        "closure_note": "Mitigation effective; no recurrence." if closed else "",
                        "mitigation": "Weekly review with the partner; second source qualified.",
                    }
                    made += 1

        _insert(conn, _table(Risk), rows())
    engine.dispose()


def generate_schedule(
    path: Path | str, n_milestones: int, n_dependencies: int, seed: int = 1
) -> str:
    """Add one engagement with `n_milestones` tasks/milestones/gates and up to
    `n_dependencies` finish-to-start links (acyclic, dates consistent); returns its id."""
    rng = random.Random(seed)
    ids = _ids(rng)
    engine = _engine(path)
    stamp = _stamp(engine)
    ms_ids = [next(ids) for _ in range(n_milestones)]
    # Each link goes from an earlier to a later position: acyclic by construction.
    pairs: set[tuple[int, int]] = set()
    possible = sum(min(s, _WINDOW) for s in range(1, n_milestones))
    target = min(n_dependencies, possible)
    while len(pairs) < target:
        succ = rng.randint(1, n_milestones - 1)
        pred = rng.randint(max(0, succ - _WINDOW), succ - 1)
        pairs.add((pred, succ))
    preds: dict[int, list[int]] = {}
    for pred, succ in pairs:
        preds.setdefault(succ, []).append(pred)
    with engine.begin() as conn:
        (engagement_id,) = _clients_partners_engagements(conn, rng, ids, 1)
        finish: list[date] = []
        rows: list[dict[str, Any]] = []
        for i in range(n_milestones):
            roll = rng.random()
            kind = (
                MilestoneKind.DECISION_GATE
                if roll < 0.03
                else MilestoneKind.MILESTONE
                if roll < 0.1
                else MilestoneKind.TASK
            )
            dur = 0 if kind != MilestoneKind.TASK else rng.randint(1, 30)
            begin = TODAY + timedelta(days=-200 + rng.randint(0, 30))
            for p in preds.get(i, ()):
                begin = max(begin, finish[p] + timedelta(days=1 if dur else 0))
            end = begin + timedelta(days=max(dur - 1, 0))
            finish.append(end)
            done = end < TODAY
            started = begin <= TODAY
            rows.append(
                {
                    "id": ms_ids[i],
                    **stamp,
                    "engagement_id": engagement_id,
                    "name": f"{rng.choice(vocab.MILESTONE_NAMES)} {i + 1:05d}",
                    "kind": kind.value,
                    "owner_side": Side.PARTNER.value,
                    "planned_start": begin.isoformat(),
                    "planned_finish": end.isoformat(),
                    "baseline_start": begin.isoformat(),
                    "baseline_finish": end.isoformat(),
                    "actual_start": begin.isoformat() if started else None,
                    "actual_finish": end.isoformat() if done else None,
                    "percent_complete": 100 if done else (50 if started else 0),
                    "status": (
                        MilestoneStatus.DONE
                        if done
                        else MilestoneStatus.IN_PROGRESS
                        if started
                        else MilestoneStatus.NOT_STARTED
                    ).value,
                    "contract_fixed": rng.random() < 0.02,
                    "position": i,
                }
            )
        _insert(conn, _table(Milestone), rows)
        deps = [
            {
                "id": next(ids),
                **stamp,
                "predecessor_id": ms_ids[p],
                "successor_id": ms_ids[s],
                "kind": "fs",
                "lag_days": 0,
            }
            for p, s in sorted(pairs)
        ]
        _insert(conn, _table(MilestoneDependency), deps)
    engine.dispose()
    return engagement_id
