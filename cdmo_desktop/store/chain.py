"""The chained change log: each entry's hash covers the entry before it.

Every change-log entry carries
- `seq`: its place in the chain (1, 2, 3, ... without gaps),
- `values_digest`: HMAC-SHA256 (per-database key) over its old and new value,
- `entry_hash`: HMAC-SHA256 over the previous entry's `entry_hash` and every other column of
  the entry, `values_digest` included but not the values themselves, so an erasure can blank
  the values of an entry (recorded in `erased_entry`) without breaking the chain.

The key is 32 random bytes made by the migration that introduced the chain, kept in the
one-row table `audit_key`. It ties the chain to this database (entries copied from another
database do not verify) and makes a forged entry need this code; it is no secret from someone
who can read the file. See store/audit.py for what the verifier finds and README for what
the chain protects against.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa

KEY_TABLE = "audit_key"  # one row: id = 1, key = 64 hex digits
GENESIS = ""  # the "previous hash" of the first entry

# The columns an entry's hash covers, in order (besides the previous hash).
HASHED = (
    "seq",
    "id",
    "occurred_at",
    "user",
    "table_name",
    "row_id",
    "action",
    "field",
    "reason",
    "values_digest",
)

_HEAD = sa.text(
    f"SELECT k.key, h.seq, h.entry_hash, h.occurred_at FROM {KEY_TABLE} AS k LEFT JOIN "
    "(SELECT seq, entry_hash, occurred_at FROM change_log "
    "WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1) AS h ON 1 = 1"
)
# PostgreSQL: row-level security may hide entries from this login; the head comes from a
# function that reads with the owner's rights (made by revision 0017_client_access, so
# the migrations before it, run by the owner, read the table itself).
_HEAD_SERVER = sa.text(
    f"SELECT k.key, h.seq, h.entry_hash, h.occurred_at FROM {KEY_TABLE} AS k "
    "LEFT JOIN change_log_head() AS h ON true"
)
_HAS_HEAD_FUNCTION = "cdmo_change_log_head"  # connection.info key: the function was found


def _head_query(connection: sa.Connection) -> sa.TextClause:
    if connection.dialect.name != "postgresql":
        return _HEAD
    if not connection.info.get(_HAS_HEAD_FUNCTION):
        found = connection.exec_driver_sql("SELECT to_regprocedure('change_log_head()')")
        if found.scalar() is None:
            return _HEAD
        connection.info[_HAS_HEAD_FUNCTION] = True  # it stays once made
    return _HEAD_SERVER


# PostgreSQL: the transaction-level advisory lock every writer takes before it reads the
# chain's head, so two transactions never chain entries after the same head (a fork): the
# second waits until the first commits, then reads the head the first wrote. (An arbitrary
# 64-bit number, the same in every version: two versions writing at once must agree.)
CHAIN_LOCK = 0x63646D6F_636861  # "cdmo" "cha"


def lock_head(connection: sa.Connection) -> None:
    """Serialise the writers of the chain until this transaction ends (PostgreSQL; SQLite
    has one writer at a time anyway). Under READ COMMITTED, the head read after the lock
    is the one the previous writer committed."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})


class ChainKeyMissing(RuntimeError):
    """The database has no audit key (a schema before 0013_audit_chain, or it was removed)."""


def time_text(value: Any) -> str:
    """The canonical text of an entry's time: UTC, microseconds, whatever the driver returns
    (SQLite gives text, PostgreSQL an aware datetime)."""
    if value is None:
        return ""
    if isinstance(value, str) and len(value) == 26 and value[10] == " " and value[19] == ".":
        return value  # SQLite's stored form is already canonical
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.utcoffset() is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(sep=" ", timespec="microseconds")


def _text(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return value


@functools.lru_cache(maxsize=8)
def _keyed(key: bytes) -> hmac.HMAC:
    return hmac.new(key, digestmod=hashlib.sha256)


def _mac(key: bytes, data: str) -> str:
    mac = _keyed(key).copy()  # the key's pads computed once
    mac.update(data.encode())
    return mac.hexdigest()


def values_digest(key: bytes, old: str | None, new: str | None) -> str:
    return _mac(key, json.dumps([old, new], ensure_ascii=False, separators=(",", ":")))


def entry_hash(key: bytes, previous: str, fields: Mapping[str, Any]) -> str:
    """The hash of an entry whose HASHED columns are `fields`, chained over `previous`."""
    values = [
        previous,
        *(time_text(fields[c]) if c == "occurred_at" else _text(fields[c]) for c in HASHED),
    ]
    return _mac(key, json.dumps(values, ensure_ascii=False, separators=(",", ":")))


def read_key(connection: sa.Connection) -> bytes:
    row = connection.execute(sa.text(f"SELECT key FROM {KEY_TABLE}")).first()
    if row is None:
        raise ChainKeyMissing("the database has no audit key")
    return bytes.fromhex(row[0])


def head(connection: sa.Connection) -> tuple[bytes, int, str, str]:
    """(key, seq, entry_hash, time text) of the chain's last entry; seq 0 for an empty log."""
    row = connection.execute(_head_query(connection)).first()
    if row is None:
        raise ChainKeyMissing("the database has no audit key")
    key, seq, last, when = row
    return bytes.fromhex(key), int(seq or 0), last or GENESIS, time_text(when)


def seal(connection: sa.Connection, entries: Sequence[Any]) -> None:
    """Give new ChangeLog objects (in the order they happened) their chain columns, after
    the head read in `connection`'s transaction. An entry dated before the head (the clock
    went back since) is moved to just after it, so the chain's times never go backwards."""
    if not entries:
        return
    lock_head(connection)
    key, seq, previous, last_time = head(connection)
    for entry in entries:
        seq += 1
        when = time_text(entry.occurred_at)
        if when < last_time:
            entry.occurred_at = datetime.fromisoformat(last_time).replace(tzinfo=UTC)
            when = last_time
        last_time = when
        entry.seq = seq
        entry.values_digest = values_digest(key, entry.old_value, entry.new_value)
        entry.entry_hash = entry_hash(key, previous, {c: getattr(entry, c) for c in HASHED})
        previous = entry.entry_hash


def chained_rows(
    connection: sa.Connection, rows: Iterable[dict[str, Any]]
) -> Iterable[dict[str, Any]]:
    """Change-log rows (dicts with every column but the chain's, in the order they
    happened, `occurred_at` as text or datetime) with seq, values_digest and entry_hash
    filled after the current head: for writers that insert with Core (the benchmark's
    generator). Insert them in the same transaction, before anything else is logged."""
    from cdmo_desktop.store import sync_clock

    lock_head(connection)
    key, seq, previous, _last = head(connection)
    for rows_ in _chunks(rows, 10_000):
        sync_clock.stamp(connection, rows_)  # origin, origin_seq, hlc, base_hlc
        for row in rows_:
            seq += 1
            row["seq"] = seq
            row["values_digest"] = values_digest(key, row.get("old_value"), row.get("new_value"))
            row["entry_hash"] = previous = entry_hash(key, previous, row)
            yield row


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch

