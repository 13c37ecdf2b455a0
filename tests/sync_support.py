"""Replicas for the sync tests: SQLite files copied from one template, each given an
identity of its own, and a full exchange between them; a clone of a database and a sync
file packed for it."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cdmo_desktop.store import audit, open_store, sync, sync_file
from cdmo_desktop.store.store import Store
from cdmo_desktop.store.sync_clone import clone
from tests.migration_support import copy_of

SYNCED_SKIP = {"row_version", "updated_at"}


def replicas(template: Path, folder: Path, n: int) -> list[Store]:
    """`n` replicas of `template`, each with an identity of its own."""
    out = []
    for i in range(n):
        store = open_store(copy_of(template, folder / f"replica{i}.sqlite"), user=f"user{i}")
        sync.new_identity(store)
        out.append(store)
    return out


def replica_of(source: Store, path: Path, user: str) -> Store:
    """A new replica of `source` (store.sync_clone, as `sync clone` makes one) at `path`,
    opened as `user`; the caller closes it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    clone(source, path)
    return open_store(path, user=user)


def sent_to(sender: Store, peer: Store, path: Path) -> Path:
    """The sync file `path` as Sync > Send changes… writes it for `peer`: what the peer lacks
    of `sender`'s changes, packed for it, and the peer marked as sent."""
    batch = sync.pack(sender, sync.replica_id(peer))
    sync_file.write_sync_file(batch, path)
    sync.mark_sent(sender, batch)
    return path


def send(source: Store, target: Store) -> sync.SyncReport:
    """What `target` lacks of `source`'s entries (by what it told `source`), applied."""
    batch = sync.pack(source, sync.replica_id(target))
    return sync.apply(target, batch)


def exchange(stores: Sequence[Store], rounds: int = 6) -> None:
    """Every pair both ways until nothing new arrives (merges may add entries)."""
    for _ in range(rounds):
        arrived = 0
        for a in stores:
            for b in stores:
                if a is not b:
                    arrived += send(a, b).applied
        if not arrived:
            return
    raise AssertionError("the replicas kept sending new entries")


def table_rows(store: Store, tables: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of `tables` (every column but the per-database bookkeeping), sorted."""
    conn = sqlite3.connect(store.path)
    try:
        out = {}
        for table in tables:
            names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            kept = [n for n in names if n not in SYNCED_SKIP]
            cols = ", ".join(f'"{n}"' for n in kept)
            out[table] = sorted(conn.execute(f'SELECT {cols} FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        conn.close()


def log_keys(store: Store) -> set[tuple[str, int]]:
    conn = sqlite3.connect(store.path)
    try:
        return {(str(o), int(n)) for o, n in conn.execute(
            "SELECT origin, origin_seq FROM change_log"
        )}  # fmt: skip
    finally:
        conn.close()


def clean(store: Store) -> None:
    """Integrity, foreign keys and the audit trail all clean."""
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    report = audit.verify_file(store.path)
    assert report.problems == 0, [f.line() for f in report.findings]
