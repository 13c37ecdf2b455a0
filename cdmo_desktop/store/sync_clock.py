"""The sync columns of new change-log entries: origin, origin_seq, hlc and base_hlc.

A hybrid logical clock (HLC) orders every change of every replica: its text is
f"{wall_ms:013d}.{counter:05d}.{origin}", so text order is clock order. Each new entry
takes l = max(last issued, wall clock now), the counter going up on a tie (and the
millisecond when the counter would overflow); a merge moves the clock past the largest hlc
it received (`advance`). The last hlc issued and this replica's counter (`last_seq`) live
in the one-row table sync_replica; the flush hook reads and updates it in the write's
transaction (on PostgreSQL the chain's lock, store/chain.py, already serialises writers).

A database file found at another path than its identity was last used at is a copy: it
takes a new replica id before it writes (`stamp` with a location), so two copies never
pose as one.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from cdmo_desktop.domain.models.sync import SYNC_REPLICA

COUNTER_LIMIT = 99_999
_replica = SYNC_REPLICA
_log = sa.table(
    "change_log",
    sa.column("table_name"),
    sa.column("row_id"),
    sa.column("action"),
    sa.column("field"),
    sa.column("hlc"),
)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def parse(hlc: str) -> tuple[int, int, str]:
    wall, counter, origin = hlc.split(".", 2)
    return int(wall), int(counter), origin


def text(wall: int, counter: int, origin: str) -> str:
    return f"{wall:013d}.{counter:05d}.{origin}"


def tick(last: str, origin: str, now: int | None = None) -> str:
    """The next hlc after `last` ("" for none) for a change made now by `origin`."""
    now = wall_ms() if now is None else now
    wall, counter = (parse(last)[:2]) if last else (0, 0)
    if now > wall:
        return text(now, 0, origin)
    if counter >= COUNTER_LIMIT:
        return text(wall + 1, 0, origin)
    return text(wall, counter + 1, origin)


def later(a: str, b: str) -> str:
    return a if a >= b else b


def has_replica_table(connection: sa.Connection) -> bool:
    key = "cdmo_sync_replica"  # kept once found (a revision never takes it away again)
    if not connection.info.get(key) and sa.inspect(connection).has_table("sync_replica"):
        connection.info[key] = True
    return bool(connection.info.get(key))


def identity(connection: sa.Connection, location: str | None = None) -> Any:
    """The replica row (id, clock, last_seq, location_seen, cloned_from); a copy found at
    another `location` first gets a new id (cloned_from the old one)."""
    row = connection.execute(sa.select(_replica)).first()
    if row is None:
        raise LookupError("the database has no replica identity (sync_replica)")
    if location is not None and row.location_seen != location:
        if row.location_seen is None:
            connection.execute(sa.update(_replica).values(location_seen=location))
        else:
            renew(connection, location=location)
        row = connection.execute(sa.select(_replica)).first()
    return row


def renew(
    connection: sa.Connection, *, location: str | None, cloned_from: str | None = None
) -> str:
    """Give this database a new replica id (its counter starts again; its clock goes on);
    `cloned_from` defaults to the id it had. Returns the new id."""
    old = connection.execute(sa.select(_replica.c.id)).scalar_one()
    new = str(uuid.uuid4())
    connection.execute(
        sa.update(_replica).values(
            id=new,
            cloned_from=cloned_from or old,
            location_seen=location,
            last_seq=0,
            created_at=datetime.now(UTC),
        )
    )
    return new


def advance(connection: sa.Connection, seen: str) -> None:
    """Move the clock past `seen` (the largest hlc a merge received)."""
    row = connection.execute(sa.select(_replica.c.clock)).first()
    if row is not None and seen > (row.clock or ""):
        connection.execute(sa.update(_replica).values(clock=seen))


def _bases(connection: sa.Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, ...], str]:
    """{(table, row_id): last hlc of the row, (table, row_id, field): last hlc of the
    field's value (its last update, or the row's last insert)} from the log."""
    out: dict[tuple[str, ...], str] = {}
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = (
                sa.select(_log.c.row_id, _log.c.action, _log.c.field, sa.func.max(_log.c.hlc))
                .where(_log.c.table_name == table, _log.c.row_id.in_(chunk))
                .group_by(_log.c.row_id, _log.c.action, _log.c.field)
            )
            for row_id, action, name, hlc in connection.execute(query):
                if hlc is None:
                    continue
                action = getattr(action, "value", action)
                note(out, table, str(row_id), str(action), name, str(hlc))
    return out


def note(
    bases: dict[tuple[str, ...], str],
    table: str,
    row_id: str,
    action: str,
    field: str | None,
    hlc: str,
) -> None:
    """Record in `bases` that an entry (`action` on `field`) set the row at `hlc`."""
    row = (table, row_id)
    bases[row] = later(bases.get(row, ""), hlc)
    if action == "insert":
        bases[(table, row_id, "")] = later(bases.get((table, row_id, ""), ""), hlc)
    elif action == "update" and field:
        key = (table, row_id, field)
        bases[key] = later(bases.get(key, ""), hlc)


def base_of(
    bases: dict[tuple[str, ...], str], table: str, row_id: str, action: str, field: str | None
) -> str | None:
    """The hlc of the value an entry overwrites: the field's (its last update, or the
    row's last insert) for an update, the row's last entry for a delete."""
    if action == "insert":
        return None
    if action == "delete":
        return bases.get((table, row_id)) or None
    inserted = bases.get((table, row_id, ""), "")
    return later(inserted, bases.get((table, row_id, field or ""), "")) or None


def stamp(connection: sa.Connection, entries: Sequence[Any], location: str | None = None) -> None:
    """Fill origin, origin_seq, hlc and base_hlc of new ChangeLog objects (or dicts), in
    the order they happened, and move the replica's clock and counter on."""
    if not entries or not has_replica_table(connection):
        return
    row = identity(connection, location)
    origin, clock, seq = str(row.id), str(row.clock or ""), int(row.last_seq or 0)
    get, put = (_get_dict, _put_dict) if isinstance(entries[0], dict) else (getattr, setattr)
    keys = {
        (str(get(e, "table_name")), str(get(e, "row_id")))
        for e in entries
        if str(getattr(get(e, "action"), "value", get(e, "action"))) != "insert"
    }
    bases = _bases(connection, keys) if keys else {}
    now = wall_ms()
    for e in entries:
        action = str(getattr(get(e, "action"), "value", get(e, "action")))
        table, row_id, name = str(get(e, "table_name")), str(get(e, "row_id")), get(e, "field")
        clock = tick(clock, origin, now)
        seq += 1
        put(e, "origin", origin)
        put(e, "origin_seq", seq)
        put(e, "hlc", clock)
        put(e, "base_hlc", base_of(bases, table, row_id, action, name))
        note(bases, table, row_id, action, name, clock)
    connection.execute(sa.update(_replica).values(clock=clock, last_seq=seq))


def _get_dict(e: dict[str, Any], key: str) -> Any:
    return e.get(key)


def _put_dict(e: dict[str, Any], key: str, value: Any) -> None:
    e[key] = value
