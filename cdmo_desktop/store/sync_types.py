"""The data sync exchanges and reports (re-exported by store/sync.py, the module to use)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cdmo_desktop.store.errors import StoreError


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
    posing as this replica, a cancel); nothing was written. `.sentence()` is one line for
    the user."""
