"""Sync converges (hypothesis): two or three replicas made from one template, random
creates, edits, deletes and undos on the same partners and risks (risk numbers collide),
sync batches exchanged in random order, repeated, truncated and stale, then a full
exchange. Every replica ends with the same rows, the same change log (as a set of
(origin, origin_seq)), no edit lost without a conflict entry, and a clean database and
audit trail."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel, select

from cdmo_desktop.domain.enums import PartnerKind, RiskCategory
from cdmo_desktop.domain.enums import Phase as EngagementPhase
from cdmo_desktop.domain.models import Charter, Client, Engagement, Partner, Risk
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import audit, open_store, sync, sync_fold, sync_log
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.errors import StorageError, WriteRefused
from cdmo_desktop.store.store import Store
from tests.sync_support import clean, exchange, log_keys, replicas, table_rows

pytestmark = pytest.mark.sqlite_only
REFUSED = (ValidationError, WriteRefused, LookupError, StorageError)
RISK_FIELDS = ("owner", "mitigation", "likelihood", "title")
PARTNER_FIELDS = ("notes", "city", "website")
NAMES = ("Acme", "Acme GmbH", "Borealis Labs", "Cobalt Pharma", "Cobalt Pharma AG")
VALUES = ("", "a", "b", "c", "dd")
TABLES = tuple(
    t.name for t in SQLModel.metadata.sorted_tables if t.name not in ("change_log", "erased_entry")
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small database: one client, two engagements, three partners, four risks."""
    path = tmp_path_factory.mktemp("sync") / "template.sqlite"
    store = open_store(path, user="Template")
    client = Client(name="Client")
    partners = [Partner(name=f"Partner {i}", kind=PartnerKind.CDMO) for i in range(3)]
    engagements = [
        Engagement(
            title=f"E{i}",
            client_id=client.id,
            partner_id=partners[i].id,
            phase=EngagementPhase.DISCOVERY,
        )
        for i in range(2)
    ]
    risks = [
        Risk(engagement_id=engagements[i % 2].id, number=1 + i // 2, title=f"Risk {i}",
             category=RiskCategory.SUPPLY)
        for i in range(4)
    ]  # fmt: skip

    def work(s: Any) -> None:
        s.add(client)
        s.add_all(partners)
        s.flush()
        s.add_all(engagements)
        s.flush()
        s.add_all(risks)

    store.write("template", work)
    store.close()
    return path


@dataclass
class World:
    stores: list[Store]
    undo: list[list[ChangeSet]]
    batches: list[tuple[int, sync.SyncBatch]] = field(default_factory=list)


def _ids(store: Store, model: type) -> list[str]:
    with store.read() as s:
        return list(s.exec(select(model.id).order_by(model.id)).all())  # type: ignore[attr-defined]


def _engagements(store: Store) -> list[str]:
    return _ids(store, Engagement)


def _do(world: World, op: tuple[Any, ...]) -> None:
    kind, r = op[0], op[1]
    store = world.stores[r]
    try:
        if kind == "sync":
            _sync(world, r, op[2], op[3])
            return
        if kind == "undo":
            if world.undo[r]:
                cs = world.undo[r].pop()
                store.replay(cs.before, "Undo", reason="Undo", current=cs.after)
            return
        cs = _write(store, op)
        if cs is not None and not cs.empty:
            world.undo[r].append(cs)
    except REFUSED:
        pass  # the app refuses it too (a row gone meanwhile, an undo overtaken)


def _write(store: Store, op: tuple[Any, ...]) -> ChangeSet | None:
    kind, _r, pick, value = op
    if kind == "new_risk":
        engagement = _engagements(store)[pick % 2]

        def add(s: Any) -> None:
            numbers = s.exec(select(Risk.number).where(Risk.engagement_id == engagement)).all()
            s.add(Risk(engagement_id=engagement, number=max(numbers, default=0) + 1,
                       title=f"New {value}", category=RiskCategory.SUPPLY))  # fmt: skip

        return store.write("new risk", add)
    if kind == "new_charter":  # one per engagement: made on two copies, merged by sync
        engagement = _engagements(store)[pick % 2]

        def charter(s: Any) -> None:
            if s.exec(select(Charter).where(Charter.engagement_id == engagement)).first():
                raise LookupError("this engagement has its charter")
            s.add(Charter(engagement_id=engagement, scope=f"Scope {value}"))

        return store.write("new charter", charter)
    if kind == "new_partner":
        name = NAMES[pick % len(NAMES)]
        return store.write(
            "new partner", lambda s: s.add(Partner(name=name, kind=PartnerKind.CDMO))
        )
    model: Any = Risk if kind.endswith("risk") else Partner
    fields = RISK_FIELDS if model is Risk else PARTNER_FIELDS
    ids = _ids(store, model)
    if not ids:
        return None
    row_id = ids[pick % len(ids)]
    if kind.startswith("delete"):
        return store.write("delete", lambda s: s.delete(s.get(model, row_id)))
    name = fields[value % len(fields)]
    new: Any = 1 + value % 5 if name == "likelihood" else VALUES[value % len(VALUES)] + str(value)

    def edit(s: Any) -> None:
        obj = s.get(model, row_id)
        if obj is None:
            raise LookupError("gone")
        setattr(obj, name, new)

    return store.write("edit", edit)


def _sync(world: World, a: int, b: int, mode: int) -> None:
    source, target = world.stores[a], world.stores[b % len(world.stores)]
    if source is target:
        return
    if mode == 0 or not world.batches:  # a fresh batch
        batch = sync.pack(source, sync.replica_id(target))
        world.batches.append((b % len(world.stores), batch))
    elif mode == 1:  # the last batch again (applied twice)
        batch = world.batches[-1][1]
        target = world.stores[world.batches[-1][0]]
    elif mode == 2:  # an older batch, late
        index, batch = world.batches[len(world.batches) // 2]
        target = world.stores[index]
    else:  # a fresh batch cut short (a prefix in clock order)
        batch = sync.pack(source, sync.replica_id(target))
        batch = replace(batch, entries=batch.entries[: len(batch.entries) // 2])
    with contextlib.suppress(sync.SyncRefused):  # a gap: refused, nothing written
        sync.apply(target, batch)


_writes = st.tuples(
    st.sampled_from(
        [
            "new_risk",
            "new_partner",
            "new_charter",
            "edit_risk",
            "edit_partner",
            "delete_risk",
            "delete_partner",
        ]
    ),
    st.integers(0, 2),
    st.integers(0, 7),
    st.integers(0, 9),
)
ops = st.one_of(
    _writes,
    _writes,
    _writes,
    st.tuples(st.just("undo"), st.integers(0, 2)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2), st.integers(0, 3)),
)


@settings(
    max_examples=8,
    deadline=None,
    # No shrinking: a failing example is reported as found (each one copies and syncs
    # files; shrinking one would outlast the test's time limit).
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(n=st.integers(2, 3), steps=st.lists(ops, min_size=12, max_size=30))
def test_replicas_converge(template: Path, tmp_path_factory: pytest.TempPathFactory, n: int,
                           steps: list[tuple[Any, ...]]) -> None:  # fmt: skip
    folder = tmp_path_factory.mktemp("replicas")
    stores = replicas(template, folder, n)
    try:
        world = World(stores, [[] for _ in stores])
        for op in steps:
            if op[1] < n:
                _do(world, op)
        exchange(stores)
        first = table_rows(stores[0], TABLES)
        keys = log_keys(stores[0])
        for store in stores[1:]:
            rows = table_rows(store, TABLES)
            for table in TABLES:
                assert rows[table] == first[table], (
                    table,
                    [r for r in rows[table] if r not in first[table]],
                    [r for r in first[table] if r not in rows[table]],
                )
            assert log_keys(store) == keys
        for store in stores:
            clean(store)
        _no_edit_lost(stores)
    finally:
        for store in stores:
            store.close()


def _no_edit_lost(stores: list[Store]) -> None:
    """Every logged edit whose value is not the field's final value was seen by the entry
    that replaced it, or is listed as a conflict (on some replica)."""
    listed = set()
    for store in stores:
        conn = sqlite3.connect(store.path)
        listed |= {r[0] for r in conn.execute("SELECT key FROM sync_conflict")}
        conn.close()
    conn = sqlite3.connect(stores[0].path)
    try:
        rows = conn.execute(
            "SELECT id, table_name, row_id, action, field, new_value, hlc, base_hlc, seq, "
            "origin, origin_seq FROM change_log WHERE table_name IN ('risk', 'partner')"
        ).fetchall()
        by_row: dict[tuple[str, str], list[Any]] = {}
        for r in rows:
            by_row.setdefault((r[1], r[2]), []).append(r)
        for (table, _row_id), entries in by_row.items():
            logged = [sync_fold.Logged(e[0], e[3], e[4], e[5], e[6], e[7], e[8]) for e in entries]
            final = sync_fold.fold(logged)
            for e in entries:
                if e[3] != "update" or e[4] in sync_log.DERIVED or e[4] in audit.NOT_LOGGED:
                    continue
                if final is not None and final.get(e[4]) == e[5]:
                    continue
                seen = any(
                    w[0] != e[0] and w[6] > e[6] and (w[7] or "") >= e[6]
                    and (w[3] in ("delete", "insert") or w[4] == e[4])
                    for w in entries
                )  # fmt: skip
                assert seen or f"{e[9]}:{e[10]}" in listed, (table, e[4])
    finally:
        conn.close()
