"""A row's values as its change-log entries say, in clock order: the one rule both the
merge (store/sync_merge.py) and the audit's replay (store/audit.py) follow, so a database
that merged entries from other replicas still matches its log.

Entries are taken in hybrid-logical-clock order (`hlc`; then `seq`): an insert sets the
row from its snapshot, an update sets one field (the later clock wins), a delete removes
the row - unless the delete is *void*: an update the deleter had not seen (its hlc is past
the delete's `base_hlc`, the row's clock when it was deleted) and that no re-insert came
between. A record deleted on one side and edited on the other is kept.

In a database that never merged anything, clock order is the log's order and no delete is
void (a delete's base is the row's last entry; later updates follow a re-insert).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Logged:
    """What the fold needs of one entry."""

    id: str
    action: str  # insert | update | delete
    field: str | None
    new_value: str | None
    hlc: str  # "" when the entry has none (a database before revision 0018)
    base_hlc: str | None
    seq: int = 0


def ordered(entries: Sequence[Logged]) -> list[Logged]:
    return sorted(entries, key=lambda e: (e.hlc, e.seq))


def void_deletes(entries: Sequence[Logged]) -> set[str]:
    """The ids of the deletes a concurrent update keeps from taking effect."""
    out: set[str] = set()
    seq = ordered(entries)
    for i, d in enumerate(seq):
        if d.action != "delete" or not d.hlc:
            continue
        base = d.base_hlc or ""
        # Updates before the delete in clock order the deleter had not seen...
        if any(u.action == "update" and u.hlc > base for u in seq[:i]):
            out.add(d.id)
            continue
        # ...or after it, with no re-insert between (made without knowing of the delete).
        for u in seq[i + 1 :]:
            if u.action == "insert":
                break
            if u.action == "update":
                out.add(d.id)
                break
    return out


def fold(
    entries: Sequence[Logged],
    value: Callable[[Logged, Any], Any] | None = None,
    *,
    keep_deleted: bool = False,
) -> dict[str, Any] | None:
    """The row after `entries` (any order), as logged values; None when it ends deleted
    (or was never inserted and has no update). `value(entry, logged)` may replace a
    logged value (the audit's erased values). `keep_deleted`: every delete is void (the
    row as it was before; store/sync_parents.py)."""
    get = value or (lambda _e, v: v)
    if keep_deleted:
        void = {e.id for e in entries if e.action == "delete"}
    else:
        void = void_deletes(entries) if any(e.action == "delete" for e in entries) else set()
    state: dict[str, Any] | None = None
    for e in ordered(entries):
        if e.action == "insert":
            try:
                loaded = json.loads(e.new_value) if e.new_value else {}
            except ValueError:
                loaded = {}
            state = {k: get(e, v) for k, v in loaded.items()}
        elif e.action == "update":
            if state is None:
                state = {}
            if e.field:
                state[e.field] = get(e, e.new_value)
        elif e.action == "delete" and e.id not in void:
            state = None
    return state
