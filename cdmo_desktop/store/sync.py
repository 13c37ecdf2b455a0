"""Sync between replicas: two laptops, or a laptop and the team server, exchange their
change-log entries (as files, store/sync_file.py) and converge.

Every change-log entry carries the replica that made it (`origin`), its counter there
(`origin_seq`) and a hybrid logical clock (`hlc`, store/sync_clock.py). `pack` gathers
what a peer has not seen; `apply` merges a batch in one transaction: entries already held
are skipped, the others are written through the store's session (validation and derived
fields run) in clock order and inserted into the local change log verbatim, so the logs
converge as sets of (origin, origin_seq). The merge rules (store/sync_merge.py):
- the same field edited on both sides: the later clock wins, the other value is a
  "field" conflict (on both replicas, under the same key);
- a record deleted on one side and edited on the other is kept ("delete_edit");
- per-engagement numbers that collide (risk R-010 made on both sides): the later row is
  renumbered, logged as an ordinary local edit and reported ("renumbered");
- partners made on both sides under near-identical names: a "duplicate" entry, and
  `merge_partners` folds one into the other.

Nothing here imports Qt; errors reach the user as `StoreError.sentence()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.errors import StoreError
from cdmo_desktop.store.store import Store


@dataclass(frozen=True)
class SyncEntry:
    """One change-log entry as it travels."""

    origin: str
    origin_seq: int
    hlc: str
    base_hlc: str | None
    table: str
    row_id: str
    action: str  # "insert" | "update" | "delete"
    field: str | None
    old_value: str | None
    new_value: str | None
    user: str
    occurred_at: str  # ISO 8601, UTC
    reason: str


@dataclass(frozen=True)
class SyncBatch:
    """What a sync file carries (store/sync_file.py serialises it)."""

    revision: str  # schema revision of the sender
    sender: str  # sender's replica id
    sender_name: str  # human label (file stem / server display)
    for_peer: str | None
    has: dict[str, int]  # the sender's holdings after this batch: {origin: max origin_seq}
    entries: tuple[SyncEntry, ...]  # ordered by hlc
    created_at: str

    def ranges(self) -> dict[str, tuple[int, int]]:
        """{origin: (first, last origin_seq)} of the entries carried."""
        out: dict[str, tuple[int, int]] = {}
        for e in self.entries:
            first, last = out.get(e.origin, (e.origin_seq, e.origin_seq))
            out[e.origin] = (min(first, e.origin_seq), max(last, e.origin_seq))
        return out


@dataclass(frozen=True)
class Conflict:
    id: str
    kind: str  # "field" | "delete_edit" | "renumbered" | "duplicate"
    table: str
    row_id: str
    record_label: str
    field: str | None
    here_value: str | None
    other_value: str | None
    other_user: str
    other_when: str
    resolved: bool


@dataclass(frozen=True)
class Renumbered:
    table: str
    row_id: str
    old_code: str
    new_code: str
    record_label: str


@dataclass
class SyncReport:
    received: int  # entries in the batch
    applied: int  # new entries merged
    already_had: int
    by_kind: dict[str, int] = field(default_factory=dict)  # records changed per table
    conflicts: list[Conflict] = field(default_factory=list)
    renumbered: list[Renumbered] = field(default_factory=list)
    duplicates: list[Conflict] = field(default_factory=list)  # kind == "duplicate"

    @property
    def nothing_new(self) -> bool:
        return self.applied == 0


@dataclass(frozen=True)
class Peer:
    id: str
    name: str
    last_sent_at: datetime | None
    last_received_at: datetime | None
    has: dict[str, int] = field(default_factory=dict)


class SyncRefused(StoreError):
    """A batch this database will not merge (another schema revision, a gap, a sender
    posing as this replica); nothing was written. `.sentence()` is one line for the user."""


def replica_id(store: Store) -> str:
    """This database's replica id."""
    raise NotImplementedError


def ensure_identity(store: Store) -> str:
    """The replica id in force: a new one when this file is a copy (found at another
    location than its identity was last used at); returns it."""
    raise NotImplementedError


def pack(store: Store, for_peer: str | None = None) -> SyncBatch:
    """The entries `for_peer` lacks (all of them when None), ordered by hlc."""
    raise NotImplementedError


def apply(
    store: Store,
    batch: SyncBatch,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncReport:
    """Merge `batch`, all or nothing (see the module docstring). Raises SyncRefused for a
    batch from another schema revision, one with a gap, or one posing as this replica; a
    batch with nothing new writes nothing and reports `nothing_new`."""
    raise NotImplementedError


def peers(store: Store) -> list[Peer]:
    raise NotImplementedError


def mark_sent(store: Store, batch: SyncBatch) -> None:
    """Record that `batch` was written for its peer (after the file is safely written)."""
    raise NotImplementedError


def conflicts(store: Store, *, open_only: bool = True) -> list[Conflict]:
    raise NotImplementedError


def resolve_conflict(store: Store, conflict_id: str, keep: str) -> ChangeSet:
    """Settle a conflict: keep "here" (the value this database holds) or "other"."""
    raise NotImplementedError


def merge_partners(store: Store, keep_id: str, duplicate_id: str) -> ChangeSet:
    """Fold the partner `duplicate_id` into `keep_id`: its engagements, sites, contacts,
    audits and other rows point to the kept partner, and the duplicate is archived."""
    raise NotImplementedError
