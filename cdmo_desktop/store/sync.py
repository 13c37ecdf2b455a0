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

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import ChangeLog
from cdmo_desktop.domain.models.sync import SYNC_PEER, SYNC_REPLICA
from cdmo_desktop.store import chain, sync_clock, sync_merge
from cdmo_desktop.store.revisions import HEAD_REVISION
from cdmo_desktop.store.store import Store
from cdmo_desktop.store.sync_resolve import (
    conflicts,
    merge_duplicate,
    merge_partners,
    read_conflicts,
    resolve_conflict,
)
from cdmo_desktop.store.sync_types import (
    Conflict,
    Peer,
    Renumbered,
    SyncBatch,
    SyncEntry,
    SyncRefused,
    SyncReport,
)

_log = ChangeLog.__table__  # type: ignore[attr-defined]

__all__ = [
    "Conflict",
    "Peer",
    "Renumbered",
    "SyncBatch",
    "SyncEntry",
    "SyncRefused",
    "SyncReport",
    "apply",
    "conflicts",
    "ensure_identity",
    "holdings",
    "mark_sent",
    "merge_duplicate",
    "merge_partners",
    "new_identity",
    "pack",
    "peers",
    "refuse_misaddressed",
    "replica_id",
    "resolve_conflict",
    "settle_location",
]


def _location(store: Store) -> str | None:
    return str(store.file.resolve()) if store.file is not None else None


def replica_id(store: Store) -> str:
    """This database's replica id."""
    with store.read() as s:
        return str(s.connection().execute(sa.select(SYNC_REPLICA.c.id)).scalar_one())


def ensure_identity(store: Store) -> str:
    """The replica id in force: a new one when this file is a copy (found at another
    location than its identity was last used at); returns it."""
    with store.session() as s:
        return str(sync_clock.identity(s.connection(), _location(store)).id)


def settle_location(store: Store, final: Path) -> None:
    """The database is being built under a temporary name and will be renamed to `final`
    (a new demo file): record `final` as the location its identity is used at, so the
    rename is not taken for a copy and the new file does not say it was cloned."""
    with store.session() as s:
        conn = s.connection()
        sync_clock.identity(conn)  # the identity exists
        conn.execute(sa.update(SYNC_REPLICA).values(location_seen=str(final.resolve())))


def new_identity(store: Store, *, cloned_from: str | None = None) -> str:
    """Give this database a new replica id (a clone: `cloned_from` the source's id), used
    at its present location from now on. Returns the new id."""
    with store.session() as s:
        return sync_clock.renew(s.connection(), location=_location(store), cloned_from=cloned_from)


def holdings(conn: sa.Connection) -> dict[str, int]:
    """{origin: the highest origin_seq this database holds} (held entries of an origin are
    always 1..n: a batch with a gap is refused)."""
    rows = conn.execute(
        sa.select(_log.c.origin, sa.func.max(_log.c.origin_seq))
        .where(_log.c.origin.is_not(None))
        .group_by(_log.c.origin)
    )
    return {str(origin): int(n) for origin, n in rows}


def _peer_has(conn: sa.Connection, peer: str) -> dict[str, int]:
    row = conn.execute(sa.select(SYNC_PEER.c.has).where(SYNC_PEER.c.id == peer)).first()
    return _has(row.has) if row is not None else {}


def _has(text: str | None) -> dict[str, int]:
    try:
        loaded = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


def _sync_entry(row: Any) -> SyncEntry:
    moment = datetime.fromisoformat(chain.time_text(row.occurred_at)).replace(tzinfo=UTC)
    return SyncEntry(
        origin=str(row.origin),
        origin_seq=int(row.origin_seq),
        hlc=str(row.hlc),
        base_hlc=row.base_hlc,
        table=str(row.table_name),
        row_id=str(row.row_id),
        action=str(getattr(row.action, "value", row.action)),
        field=row.field,
        old_value=row.old_value,
        new_value=row.new_value,
        user=str(row.user or ""),
        occurred_at=moment.isoformat(),
        reason=str(row.reason or ""),
    )


def _name(store: Store) -> str:
    return store.file.stem if store.file is not None else store.location


def pack(store: Store, for_peer: str | None = None) -> SyncBatch:
    """The entries `for_peer` lacks (all of them when None), ordered by hlc: what it told
    us it holds (the `has` of its last batch received here) is left out."""
    with store.session() as s:
        conn = s.connection()
        me = sync_clock.identity(conn, _location(store))
        known = _peer_has(conn, for_peer) if for_peer else {}
        held = holdings(conn)
        wanted = [o for o, n in held.items() if n > known.get(o, 0)]
        rows: list[Any] = []
        for origin in wanted:
            rows.extend(
                conn.execute(
                    sa.select(_log).where(
                        _log.c.origin == origin, _log.c.origin_seq > known.get(origin, 0)
                    )
                ).all()
            )
    entries = tuple(sorted((_sync_entry(r) for r in rows), key=lambda e: e.hlc))
    return SyncBatch(
        revision=HEAD_REVISION,
        sender=str(me.id),
        sender_name=_name(store),
        for_peer=for_peer,
        has=held,
        entries=entries,
        created_at=datetime.now(UTC).isoformat(),
    )


def _misaddressed(for_peer: str | None, sender_name: str, me: str) -> SyncRefused | None:
    """The refusal of changes packed for another replica than `me` (None: they are not)."""
    if for_peer is None or for_peer == me:
        return None
    return SyncRefused(
        msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "the changes were packed for another copy ({peer}), not this one ({me}): "
                "ask {sender} for a file for this one; nothing was applied",
            ),
            peer=for_peer[:8],
            me=me[:8],
            sender=sender_name,
        )
    )


def refuse_misaddressed(store: Store, for_peer: str | None, sender_name: str) -> None:
    """SyncRefused when a sync file's header says it was packed for another replica: said
    before anything is read further or backed up (the apply refuses it too)."""
    refused = _misaddressed(for_peer, sender_name, ensure_identity(store))
    if refused is not None:
        raise refused


def _refuse_foreign(batch: SyncBatch, me: str, held: dict[str, int]) -> list[SyncEntry]:
    """The entries of `batch` this database lacks, in clock order; SyncRefused for a batch
    it must not merge."""
    if batch.revision != HEAD_REVISION:
        raise SyncRefused(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the changes were made with schema {revision}, this database "
                    "has {head_revision}: update the app that is behind, then sync "
                    "again; nothing was applied",
                ),
                revision=batch.revision,
                head_revision=HEAD_REVISION,
            )
        )
    misaddressed = _misaddressed(batch.for_peer, batch.sender_name, me)
    if misaddressed is not None:
        raise misaddressed
    if batch.sender == me:
        raise SyncRefused(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the changes come from this very database (or a copy posing as "
                    "it); nothing was applied",
                )
            )
        )
    fresh = [e for e in batch.entries if e.origin_seq > held.get(e.origin, 0)]
    if any(e.origin == me for e in fresh):
        raise SyncRefused(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the changes hold entries under this database's own identity "
                    "that it never made: they come from a copy of it; nothing was "
                    "applied",
                )
            )
        )
    by_origin: dict[str, list[int]] = {}
    for e in fresh:
        by_origin.setdefault(e.origin, []).append(e.origin_seq)
    for origin, numbers in by_origin.items():
        expected = held.get(origin, 0) + 1
        for n in sorted(set(numbers)):
            if n != expected:
                raise SyncRefused(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "the changes start after what this database holds from one of "
                            "the replicas (an earlier sync file is missing): apply the "
                            "earlier file first, or ask for a full one; nothing was applied",
                        )
                    )
                )
            expected += 1
    unique: dict[tuple[str, int], SyncEntry] = {}
    for e in fresh:
        unique.setdefault((e.origin, e.origin_seq), e)
    return sorted(unique.values(), key=lambda e: e.hlc)


def _changelog(e: SyncEntry) -> ChangeLog:
    return ChangeLog(
        occurred_at=datetime.fromisoformat(e.occurred_at),
        user=e.user,
        table_name=e.table,
        row_id=e.row_id,
        action=ChangeAction(e.action),
        field=e.field,
        old_value=e.old_value,
        new_value=e.new_value,
        reason=e.reason,
        origin=e.origin,
        origin_seq=e.origin_seq,
        hlc=e.hlc,
        base_hlc=e.base_hlc,
    )


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
    report = SyncReport(received=len(batch.entries), applied=0, already_had=0)
    try:
        with store.session(reason="") as s:
            conn = s.connection()
            chain.lock_head(conn)
            me = str(sync_clock.identity(conn, _location(store)).id)
            fresh = _refuse_foreign(batch, me, holdings(conn))
            report.applied = len(fresh)
            report.already_had = len(batch.entries) - len(fresh)
            if not fresh:
                if _peer_has(conn, batch.sender) != _merged_has(conn, batch):
                    _received(conn, batch)  # only news of what the sender holds
                return report
            outcome = sync_merge.merge(s, [_changelog(e) for e in fresh], progress, cancelled)
            sync_clock.advance(conn, max(e.hlc for e in fresh))
            _received(conn, batch)
            report.by_kind = outcome.by_kind
            found = read_conflicts(s, keys=outcome.conflict_keys)
    except sync_merge.MergeCancelled:
        raise SyncRefused(
            msg(QT_TRANSLATE_NOOP("messages", "the sync was cancelled; nothing was applied"))
        ) from None
    report.conflicts = [c for c in found if c.kind in ("field", "delete_edit")]
    report.duplicates = [c for c in found if c.kind == "duplicate"]
    report.renumbered = [
        Renumbered(
            c.table, c.row_id, _code(c.table, c.here_value), _code(c.table, c.other_value),
            c.record_label,
        )
        for c in found
        if c.kind == "renumbered"
    ]  # fmt: skip
    return report


def _code(table: str, value: str | None) -> str:
    if table == "risk" and value and value.isdigit():
        from cdmo_desktop.domain.risk_review import code

        return code(int(value))
    return value or ""


def _merged_has(conn: sa.Connection, batch: SyncBatch) -> dict[str, int]:
    known = _peer_has(conn, batch.sender)
    return {o: max(n, known.get(o, 0)) for o, n in {**known, **batch.has}.items()}


def _received(conn: sa.Connection, batch: SyncBatch) -> None:
    """The sender holds `batch.has` now: remember it (what to pack for it next time)."""
    now = datetime.now(UTC)
    has = _merged_has(conn, batch)
    values = {"name": batch.sender_name[:300], "has": json.dumps(has, sort_keys=True)}
    exists = conn.execute(sa.select(SYNC_PEER.c.id).where(SYNC_PEER.c.id == batch.sender)).first()
    if exists:
        conn.execute(
            sa.update(SYNC_PEER)
            .where(SYNC_PEER.c.id == batch.sender)
            .values(**values, last_received_at=now)
        )
    else:
        conn.execute(sa.insert(SYNC_PEER).values(id=batch.sender, **values, last_received_at=now))


def peers(store: Store) -> list[Peer]:
    with store.read() as s:
        rows = s.connection().execute(sa.select(SYNC_PEER).order_by(SYNC_PEER.c.name)).all()
    return [Peer(r.id, r.name, r.last_sent_at, r.last_received_at, _has(r.has)) for r in rows]


def mark_sent(store: Store, batch: SyncBatch) -> None:
    """Record that `batch` was written for its peer (after the file is safely written).
    What the peer holds is only learnt from its own batches: until it answers, the next
    pack for it carries these entries again (applying one twice is a no-op)."""
    if batch.for_peer is None:
        return
    now = datetime.now(UTC)
    with store.session() as s:
        conn = s.connection()
        exists = conn.execute(
            sa.select(SYNC_PEER.c.id).where(SYNC_PEER.c.id == batch.for_peer)
        ).first()
        if exists:
            conn.execute(
                sa.update(SYNC_PEER)
                .where(SYNC_PEER.c.id == batch.for_peer)
                .values(last_sent_at=now)
            )
        else:
            conn.execute(
                sa.insert(SYNC_PEER).values(
                    id=batch.for_peer, name=batch.for_peer, has="{}", last_sent_at=now
                )
            )
