"""A replica: a new SQLite file holding a copy of any database (a file or a team server)
that knows where it came from, and the bookkeeping both sides keep of each other.

`clone(source, dest)` copies the source whole (store/transfer.py: ids, change log and its
chain kept; from a team server, what the signed-in user may see), gives the copy its own
replica id with `cloned_from` = the source's, and records on each side that the other holds
everything the copy holds: the first `sync pack` either way then carries only what changed
after the clone. The source's record of the clone is written only when the source is
writable (a viewer's login on a server, or a read-only file, only reads).

The sync tables are bookkeeping, written around the change log (never logged or packed;
domain/models/sync.py). The clone's clock is moved past every entry it holds, so its own
edits always come later than those it was cloned with.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models.sync import SYNC_PEER
from cdmo_desktop.store import sync, sync_clock
from cdmo_desktop.store.errors import StoreError
from cdmo_desktop.store.transfer import CopyProgress, write_sqlite_copy

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store


def record_peer(
    conn: sa.Connection,
    peer_id: str,
    name: str,
    has: dict[str, int],
    *,
    sent: bool = False,
    received: bool = False,
) -> None:
    """Set what `peer_id` is known to hold (kept: the larger of what was known and `has`
    per origin), its name, and when something was last sent to or received from it."""
    now = datetime.now(UTC)
    row = conn.execute(sa.select(SYNC_PEER).where(SYNC_PEER.c.id == peer_id)).mappings().first()
    known: dict[str, int] = {}
    if row is not None:
        try:
            loaded = json.loads(row["has"] or "{}")
            known = {str(k): int(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
        except ValueError:
            known = {}
    for origin, last in has.items():
        known[origin] = max(known.get(origin, 0), last)
    values = {
        "name": name[:300],
        "has": json.dumps(dict(sorted(known.items()))),
        "last_sent_at": now if sent else (row["last_sent_at"] if row is not None else None),
        "last_received_at": (
            now if received else (row["last_received_at"] if row is not None else None)
        ),
    }
    if row is None:
        conn.execute(sa.insert(SYNC_PEER).values(id=peer_id, **values))
    else:
        conn.execute(sa.update(SYNC_PEER).where(SYNC_PEER.c.id == peer_id).values(**values))


def clone(
    source: Store,
    dest: Path,
    *,
    progress: Callable[[CopyProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """Copy `source` into a new SQLite file `dest` (refused when it exists) as a new
    replica of it; returns the new replica's id. On any error or a cancel no file is left
    and the source is as it was."""
    from cdmo_desktop.store.store import open_store

    dest = Path(dest).expanduser().absolute()
    source_id = sync.replica_id(source) if source.read_only else sync.ensure_identity(source)
    write_sqlite_copy(
        source.engine,
        dest,
        progress=progress,
        cancel=cancelled,
        source_name=f"the {'team server' if source.server is not None else 'file'} "
        f"{source.location}",
        replace=False,
    )
    try:
        with open_store(dest, create=False) as replica:
            new_id = sync.new_identity(replica, cloned_from=source_id)
            if new_id == source_id:  # the copy must never pose as its source
                raise StoreError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages", "kept the identity of its source; the clone was removed"
                        )
                    ),
                    dest,
                )
            with replica.engine.begin() as conn:
                latest = conn.execute(sa.text("SELECT max(hlc) FROM change_log")).scalar()
                if latest:
                    sync_clock.advance(conn, str(latest))
                held = sync.holdings(conn)
                record_peer(conn, source_id, _name_of(source), held, received=True)
    except BaseException:
        for side in ("", "-wal", "-shm", "-journal"):
            dest.with_name(dest.name + side).unlink(missing_ok=True)
        raise
    if not source.read_only:
        with source.engine.begin() as conn:
            record_peer(conn, new_id, dest.stem, held, sent=True)
    return new_id


def _name_of(store: Store) -> str:
    """How a replica names its peer: the file's stem, or the server's display."""
    if store.server is not None:
        return store.server.display
    return store.path.stem
