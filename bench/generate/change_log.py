"""The change log's insert entries for bulk-loaded rows, made beside the load: each row's
snapshot written by SQLite (`_snapshot_sql`), chained in Python as store.chain chains them
(`_Chain`), in a file of their own beside the load (bench.generate.log_beside); and the
risks' full-text index filled beside it on a thread (`_SearchBuilder`)."""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite as sqlite_dialect

from bench.generate.common import CACHE_MB, FTS_HASH_BYTES, _literal
from cdmo_desktop.domain.models.engagement import ENGAGEMENT_DERIVED
from cdmo_desktop.domain.models.partner import PARTNER_SORT_KEYS
from cdmo_desktop.domain.models.risk import RISK_SORT_KEYS
from cdmo_desktop.store import (
    chain,
    fulltext,
    sync_clock,
)
from cdmo_desktop.store.changelog import to_text


def _text_of(column: sa.Column[Any]) -> Callable[[Any], str | None] | None:
    """The stored value of `column` as the change log writes it (changelog.to_text of the
    value the column's type reads back); None when the stored value is that text already."""
    kind = column.type
    dialect = sqlite_dialect.dialect()
    process = kind.dialect_impl(dialect).result_processor(dialect, None)
    if isinstance(kind, sa.Date | sa.Enum) and not isinstance(kind, sa.DateTime):
        return None  # stored as the text the log holds (ISO date, enum value)
    if isinstance(kind, sa.String) and process is None:
        return None
    if isinstance(kind, sa.Boolean):
        return lambda v: None if v is None else ("true" if v else "false")
    if process is None:
        return lambda v: v if v is None or type(v) is str else to_text(v)
    return lambda v: None if v is None else to_text(process(v))


def _snapshot_sql(conn: sqlite3.Connection, table: sa.Table, first: int | None = None) -> str:
    """SQL of a row's snapshot as the change log holds it (changelog.snapshot: every column
    in its text form, keys sorted) made by SQLite's json_object: text and integers cast to
    text, booleans as "true"/"false", ISO dates and enum values as stored; the columns whose
    text needs Python (times, money) through a function registered on `conn`, except for
    the value they hold in the row `first` (rowid), written in: a load's rows share their
    created_at and updated_at, and a call into Python per row and column cost more than
    the rest of the snapshot's columns together."""
    parts = []
    as_default = _LOGGED_AS_DEFAULT.get(table.name, ())
    for name in sorted(table.columns.keys()):
        if name == "row_version":  # the ORM's own, left out as changelog.snapshot does
            continue
        column = table.c[name]
        quoted = f'"{name}"'
        if name in as_default:
            quoted = _literal(column.default.arg)  # type: ignore[union-attr]
        kind = column.type
        dialect = sqlite_dialect.dialect()
        process = kind.dialect_impl(dialect).result_processor(dialect, None)
        text = _text_of(column)
        if text is None:
            value = quoted
        elif isinstance(kind, sa.Boolean):
            value = f"CASE WHEN {quoted} IS NULL THEN NULL WHEN {quoted} THEN 'true' "
            value += "ELSE 'false' END"
        elif process is None and not isinstance(kind, sa.Float | sa.Numeric):
            value = f"CAST({quoted} AS TEXT)"
        else:
            function = f"bench_text_{table.name}_{name}"
            conn.create_function(function, 1, functools.lru_cache(4096)(text), deterministic=True)
            value = f"{function}({quoted})"
            sample = None
            if first is not None and name not in as_default:
                sample = conn.execute(
                    f'SELECT {quoted} FROM "{table.name}" WHERE rowid = ?', (first,)
                ).fetchone()
            known = None if sample is None else sample[0]
            if isinstance(known, str):
                shown = text(known)
                if shown is not None:
                    value = (
                        f"CASE WHEN {quoted} = {_literal(known)} THEN {_literal(shown)} "
                        f"ELSE {value} END"
                    )
        parts.append(f"'{name}', {value}")
    return f"json_object({', '.join(parts)})"


_CHAINED = ("seq", "values_digest", "entry_hash", "origin", "origin_seq")
# The values of an entry `_Chain.entries` makes, in its order (the rest are the same for
# every insert entry of a table: `_Chain.insert_sql`).
_MADE = ("id", "row_id", "new_value", "seq", "values_digest", "entry_hash", "origin_seq", "hlc")


class _SearchBuilder(threading.Thread):
    """Fills the risks' full-text index in a file of its own (its own connection, so
    SQLite runs on the second core while the main connection builds indexes and derived
    data), from the columns the index reads, which it first copies from the side file of
    the rows (`copy_from`); the main connection then copies the index's tables in
    (`BulkLoad._search_in`)."""

    def __init__(
        self,
        path: Path,
        fts: tuple[str, list[str]],
        copy_from: tuple[Path, str, list[tuple[str, str]]],
    ) -> None:
        super().__init__(name="bench-search", daemon=True)
        self.path = path
        # The full-text index: its name, the SQL of its content view and of the index.
        self.fts = fts
        # The table (side file, name, columns read with their types) copied here first.
        self.copy_from = copy_from
        self.error: BaseException | None = None
        self.cpu_s = 0.0

    def run(self) -> None:
        start = time.thread_time()
        try:
            self._build()
        except BaseException as error:  # handed to the main thread, which raises it
            self.error = error
        finally:
            self.cpu_s = time.thread_time() - start

    def _copy(self, conn: sqlite3.Connection) -> None:
        """The columns of `copy_from` into a table of the same name and rowids here."""
        source, table, read = self.copy_from
        for pragma in ("journal_mode=OFF", "synchronous=OFF"):
            conn.execute(f"PRAGMA main.{pragma}")
        conn.execute("ATTACH DATABASE ? AS bench_source", (str(source),))
        names = ", ".join(f'"{name}"' for name, _kind in read)
        conn.execute("BEGIN")
        declared = ", ".join(f'"{name}" {kind}' for name, kind in read)
        conn.execute(f'CREATE TABLE main."{table}" ({declared})')
        conn.execute(
            f'INSERT INTO main."{table}" (rowid, {names}) '
            f'SELECT rowid, {names} FROM bench_source."{table}"'
        )
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE bench_source")

    def _build(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            self._copy(conn)
            for pragma in (
                "journal_mode=OFF",
                "synchronous=OFF",
                f"cache_size=-{CACHE_MB * 1024 // 2}",
                "temp_store=MEMORY",
                "locking_mode=EXCLUSIVE",
            ):
                conn.execute(f"PRAGMA {pragma}")
            name, schema = self.fts
            for sql in schema:
                conn.execute(sql)
            # FTS5 writes a segment each time its pending terms pass the hash size (1 MB
            # by default) and merges them as they pile up: a bigger hash makes fewer
            # segments to merge (at 200,000 risks 1.4 s CPU instead of 2.5; at 1M 8.7 s
            # with 256 MB, 10.2 s with 64, 9.0 s with 1 GB). The setting stays in this
            # file's config table, which is not copied back.
            conn.execute(
                f"INSERT INTO {name}({name}, rank) VALUES ('hashsize', ?)", (FTS_HASH_BYTES,)
            )
            engine = sa.create_engine(
                "sqlite://", creator=lambda: conn, poolclass=sa.pool.StaticPool
            )
            with engine.connect() as sa_conn:
                sa_conn.exec_driver_sql("BEGIN")
                fulltext.rebuild(sa_conn, name)  # the app's own fill, in key order
                sa_conn.exec_driver_sql("COMMIT")
        finally:
            conn.close()


class _Chain:
    """Chained insert entries of the change log, made as fast as Python makes them: the
    same hashes as store.chain (each table's first entry checked against
    chain.values_digest and chain.entry_hash), with the constant parts of each hashed list
    serialised once. The head and the replica's clock are read at construction; nothing
    else touches the database until `save_clock`."""

    def __init__(self, sa_conn: sa.Connection, occurred_at: str, user: str) -> None:
        chain.lock_head(sa_conn)
        self.key, self.seq, self.previous, _ = chain.head(sa_conn)
        self.occurred_at, self.user = occurred_at, user
        self._ipad, self._opad = _pads(self.key)
        # The sync stamp (store/sync_clock.stamp) of insert entries: this replica's id, its
        # counter and hybrid clock moved on per entry; no base (inserts have none).
        replica = sync_clock.identity(sa_conn)
        self.origin, self.clock = str(replica.id), str(replica.clock or "")
        self.origin_seq = int(replica.last_seq or 0)
        self.now = sync_clock.wall_ms()

    def save_clock(self, sa_conn: sa.Connection) -> None:
        """Store the replica's clock and counter as the last entry left them."""
        sa_conn.execute(
            sa.update(sync_clock.SYNC_REPLICA).values(clock=self.clock, last_seq=self.origin_seq)
        )

    def _mac(self, data: str) -> str:
        inner = self._ipad.copy()
        inner.update(data.encode())
        outer = self._opad.copy()
        outer.update(inner.digest())
        return outer.hexdigest()

    def shared(self, table: str) -> dict[str, Any]:
        """The values every insert entry of `table` shares (our own constants)."""
        return {
            "occurred_at": self.occurred_at,
            "user": self.user,
            "table_name": table,
            "action": "insert",
            "field": None,
            "old_value": None,
            "reason": "",
            "origin": self.origin,
            "base_hlc": None,
        }

    def insert_sql(self, table: str) -> str:
        """The INSERT of `table`'s entries: the values `entries` makes bound, the ones
        every insert entry of the table shares written in."""
        shared = self.shared(table)
        names = ", ".join(f'"{c}"' for c in (*_MADE, *shared))
        values = ", ".join(["?"] * len(_MADE) + [_literal(v) for v in shared.values()])
        return f"INSERT INTO change_log ({names}) VALUES ({values})"

    def check_against_store(self, sa_conn: sa.Connection, table: str) -> None:
        """The next entry made here chains after the database's head exactly as
        store.chain would chain it (sequence, hashes, sync counter). Run in a transaction
        the caller rolls back (store.chain moves the replica's counter on); this chain is
        left as it was."""
        probe = copy.copy(self)
        row = ("00000000-0000-4000-8000-000000000001", "{}", '"{}"')
        made = next(probe.entries(table, lambda: "00000000-0000-4000-8000-000000000002", [row]))
        entry = {**dict(zip(_MADE, made, strict=True)), **self.shared(table)}
        unchained = {k: v for k, v in entry.items() if k not in (*_CHAINED, "hlc", "base_hlc")}
        (expected,) = list(chain.chained_rows(sa_conn, [unchained]))
        if any(expected[k] != entry[k] for k in _CHAINED):
            raise AssertionError("the generator's chain differs from store.chain")

    def entries(
        self, table: str, ids: Callable[[], str], rows: Iterable[tuple[str, str, str]]
    ) -> Iterator[tuple[Any, ...]]:
        """Each row (id, snapshot, snapshot as a JSON string) of `table` as the values of
        its entry that `insert_sql` binds (`_MADE`)."""
        when = chain.time_text(self.occurred_at)
        # The entry hash covers [previous, seq, id, occurred_at, user, table_name, row_id,
        # action, field, reason, values_digest] (chain.HASHED after the previous hash).
        compact = (",", ":")
        middle = "," + json.dumps([when, self.user, table], ensure_ascii=False, separators=compact)
        middle = middle[:-1].replace(",[", ",", 1) + ","
        tail = "," + json.dumps(["insert", None, ""], separators=compact)[1:-1] + ","
        mac, quote = self._mac, json.encoder.encode_basestring
        origin, now = self.origin, self.now
        seq, previous, clock, origin_seq = self.seq, self.previous, self.clock, self.origin_seq
        # The hybrid clock as sync_clock.tick moves it, kept as numbers (checked against
        # tick at each table's first entry and wherever the counter starts again).
        wall, counter = sync_clock.parse(clock)[:2] if clock else (0, 0)
        limit = sync_clock.COUNTER_LIMIT
        checked = False
        try:
            for row_id, snapshot, quoted in rows:
                seq += 1
                entry_id = ids()  # hex digits and dashes, like the hashes: nothing to escape
                digest = mac("[null," + quoted + "]")
                rid = str(row_id)
                link = mac(f'["{previous}",{seq},"{entry_id}"{middle}{quote(rid)}{tail}"{digest}"]')
                if now > wall:
                    wall, counter = now, 0
                elif counter >= limit:
                    wall, counter = wall + 1, 0
                else:
                    counter += 1
                before, clock = clock, f"{wall:013d}.{counter:05d}.{origin}"
                origin_seq += 1
                if not checked or counter == 0:
                    self._check(table, previous, (entry_id, rid, snapshot, seq, digest, link))
                    if sync_clock.tick(before, origin, now) != clock:
                        raise AssertionError("the generator's clock differs from sync_clock")
                    checked = True
                previous = link
                yield entry_id, rid, snapshot, seq, digest, link, origin_seq, clock
        finally:
            self.seq, self.previous, self.clock, self.origin_seq = seq, previous, clock, origin_seq

    def _check(self, table: str, previous: str, made: tuple[Any, ...]) -> None:
        """An entry hashed as store.chain hashes it."""
        entry_id, rid, snapshot, seq, digest, link = made
        fields = {
            "id": entry_id,
            "occurred_at": self.occurred_at,
            "user": self.user,
            "table_name": table,
            "row_id": rid,
            "action": "insert",
            "field": None,
            "reason": "",
            "seq": seq,
            "values_digest": digest,
        }
        if (
            chain.values_digest(self.key, None, snapshot) != digest
            or chain.entry_hash(self.key, previous, fields) != link
        ):
            raise AssertionError("the generator's chain differs from store.chain")


def _pads(key: bytes) -> tuple[Any, Any]:
    """HMAC-SHA256's inner and outer hashes with the key's pads fed (RFC 2104)."""
    block = hashlib.sha256().block_size
    padded = (hashlib.sha256(key).digest() if len(key) > block else key).ljust(block, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in padded))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in padded))
    return inner, outer


# The sort keys the generator stores with each engagement, risk and partner row, where the
# store sets them after the flush with a plain UPDATE (derived_engagements.after_flush,
# derived_risks.after_flush, derived_partners.refresh_sort_keys): the change log's insert
# entry holds the column's default, as it holds what the row was before its derived data.
_LOGGED_AS_DEFAULT = {
    "engagement": ENGAGEMENT_DERIVED,
    "risk": RISK_SORT_KEYS,
    "partner": PARTNER_SORT_KEYS,
}
