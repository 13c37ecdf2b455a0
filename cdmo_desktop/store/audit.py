"""Verify the audit trail: the chained change log (store/chain.py) and the data it explains.

`verify` walks the change log in chain order and reports what is wrong, first broken thing
first:
- a missing append-only trigger (change_log_no_update / change_log_no_delete),
- a forged entry: not in the chain, a hash that does not match while nothing chains on it,
  or dated before the entry before it,
- an altered entry: values that do not match their digest, or other columns that do not
  match the hash the next entry was chained over,
- deleted entries: a gap in the chain, or the chain ending before (or differing from) the
  head this computer saw earlier (`anchor`),
- data changed outside the app: the log's logged columns replayed (insert snapshots, updates
  per field, deletes) against the tables; a row with no history, a row the log says was
  deleted, a logged field holding another value. Findings name the table, row and field,
  never the values.

Everything is read in chunks; nothing is written. Values an erasure blanked
(`redacted_entry_ids`) are not checked against their digest nor replayed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from cdmo_desktop.store import chain, sync_fold
from cdmo_desktop.store.changelog import to_text
from cdmo_desktop.store.changesets import CAPTURE_SKIP

TRIGGERS = ("change_log_no_update", "change_log_no_delete")
NOT_LOGGED = CAPTURE_SKIP | {"created_at", "updated_at"}
KEPT = 20  # findings kept in a report (all are counted)
CHUNK = 2000

_ENTRY_COLUMNS = (
    'id, occurred_at, "user", table_name, row_id, action, field, reason, '
    "old_value, new_value, seq, values_digest, entry_hash"
)
_UNKNOWN = object()  # a value the replay cannot know (erased)


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the audit trail: what, and where (never the values)."""

    kind: str  # forged | altered | deleted | trigger missing | key missing | changed outside
    detail: str
    entry_id: str | None = None
    occurred_at: str | None = None
    table: str | None = None
    row_id: str | None = None
    field: str | None = None

    def line(self) -> str:
        if self.entry_id is not None:
            where = f"entry {self.entry_id} ({self.occurred_at[:19] if self.occurred_at else '?'}"
            where += f", {self.table} {self.row_id}" if self.table else ""
            return f"{where}): {self.kind}, {self.detail}"
        if self.table is not None:
            what = f"{self.table} row {self.row_id}"
            what += f" field {self.field}" if self.field else ""
            return f"{what}: {self.kind}, {self.detail}"
        return f"{self.kind}: {self.detail}"


@dataclass
class AuditReport:
    entries: int = 0
    problems: int = 0
    findings: list[Finding] = field(default_factory=list)
    head: tuple[int, str] | None = None  # (seq, entry_hash) of the chain's last entry

    @property
    def ok(self) -> bool:
        return self.problems == 0

    @property
    def first(self) -> Finding | None:
        return self.findings[0] if self.findings else None

    def add(self, finding: Finding) -> None:
        self.problems += 1
        if len(self.findings) < KEPT:
            self.findings.append(finding)

    def summary(self) -> str:
        if self.ok:
            return f"audit trail: ok ({self.entries} entries)"
        first = self.first
        assert first is not None
        return f"audit trail: broken at {first.line()} ({self.problems} problems in all)"


ProgressFn = Callable[[int, str], None]


def redacted_entry_ids(conn: sa.Connection) -> set[str]:
    """Entries whose values an erasure blanked (their digest no longer matches, by design)."""
    if not sa.inspect(conn).has_table("erased_entry"):
        return set()
    return {str(r[0]) for r in conn.execute(sa.text("SELECT change_log_id FROM erased_entry"))}


def verify_file(path: Path, anchor: tuple[int, str] | None = None) -> AuditReport:
    """`verify` over a read-only connection of its own (never writes, creates nothing)."""
    from cdmo_desktop.store.engine import connect_readonly

    engine = sa.create_engine(
        "sqlite://", creator=lambda: connect_readonly(path), poolclass=sa.pool.NullPool
    )
    try:
        with engine.connect() as conn:
            return verify(conn, anchor=anchor)
    finally:
        engine.dispose()


def verify_connection(dbapi_connection: sqlite3.Connection) -> AuditReport:
    """`verify` over an open read-only sqlite3 connection the caller keeps (and closes)."""
    engine = sa.create_engine(
        "sqlite://", creator=lambda: dbapi_connection, poolclass=sa.pool.StaticPool
    )
    with engine.connect() as conn:
        return verify(conn)


def verify(
    conn: sa.Connection,
    *,
    anchor: tuple[int, str] | None = None,
    data: bool = True,
    progress: ProgressFn | None = None,
) -> AuditReport:
    """Check the chain, the append-only triggers and (with `data`) the tables against the
    log. `anchor` is a (seq, entry_hash) this computer saw earlier."""
    report = AuditReport()
    for name in missing_triggers(conn):
        report.add(Finding("trigger missing", f"the append-only trigger {name} was dropped"))
    try:
        key = chain.read_key(conn)
    except chain.ChainKeyMissing:
        report.add(Finding("key missing", "the audit key of this database was removed"))
        return report
    redacted = redacted_entry_ids(conn)
    _walk_chain(conn, key, redacted, report, anchor)
    if data:
        _check_data(conn, redacted, report, progress)
    return report


def missing_triggers(conn: sa.Connection) -> list[str]:
    """The append-only triggers that are gone (the same names on both backends; on
    PostgreSQL a disabled trigger counts as gone, and before 0014_erasure one trigger,
    change_log_append_only, refused both)."""
    if conn.dialect.name == "postgresql":
        sql = (
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'change_log'::regclass "
            "AND NOT tgisinternal AND tgenabled <> 'D'"
        )
        found = {r[0] for r in conn.exec_driver_sql(sql)}
        if "change_log_append_only" in found:
            return []
        return [t for t in TRIGGERS if t not in found]
    sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'change_log'"
    found = {r[0] for r in conn.exec_driver_sql(sql)}
    return [t for t in TRIGGERS if t not in found]


def _entries(conn: sa.Connection) -> Iterator[dict[str, Any]]:
    """The chain's entries in order (keyset on seq), then those outside it (no seq)."""
    after = 0
    while True:
        rows = conn.execute(
            sa.text(
                f"SELECT {_ENTRY_COLUMNS} FROM change_log WHERE seq > :after "
                f"ORDER BY seq LIMIT {CHUNK}"
            ),
            {"after": after},
        ).all()
        for row in rows:
            yield dict(row._mapping)
        if len(rows) < CHUNK:
            break
        after = rows[-1].seq
    for row in conn.execute(
        sa.text(
            f"SELECT {_ENTRY_COLUMNS} FROM change_log WHERE seq IS NULL OR seq < 1 "
            "ORDER BY occurred_at, id"
        )
    ):
        yield dict(row._mapping)


def _finding(kind: str, detail: str, entry: dict[str, Any]) -> Finding:
    return Finding(
        kind,
        detail,
        entry_id=str(entry["id"]),
        occurred_at=chain.time_text(entry["occurred_at"]),
        table=str(entry["table_name"]),
        row_id=str(entry["row_id"]),
    )


def _well_formed(digest: Any) -> bool:
    return isinstance(digest, str) and len(digest) == 64 and digest.strip("0123456789abcdef") == ""


def _walk_chain(
    conn: sa.Connection,
    key: bytes,
    redacted: set[str],
    report: AuditReport,
    anchor: tuple[int, str] | None,
) -> None:
    seq, previous, last_time = 0, chain.GENESIS, ""
    seen_at_anchor: str | None = None
    pending: dict[str, Any] | None = None  # an entry whose hash did not match
    for entry in _entries(conn):
        report.entries += 1
        if not isinstance(entry["seq"], int) or entry["seq"] < 1:
            report.add(_finding("forged", "it is not part of the chain (no place in it)", entry))
            continue
        if pending is not None:
            chained_on = chain.entry_hash(key, pending["entry_hash"] or "", entry)
            kind = "altered" if chained_on == entry["entry_hash"] else "forged"
            report.add(_finding(kind, "its columns do not match its hash", pending))
            pending = None
        when = chain.time_text(entry["occurred_at"])
        if entry["seq"] != seq + 1:
            missing = entry["seq"] - seq - 1
            report.add(_finding("deleted", f"{missing} entries before it are missing", entry))
        elif when < last_time:
            report.add(_finding("forged", "it is dated before the entry before it", entry))
        elif not _well_formed(entry["entry_hash"]) or not _well_formed(entry["values_digest"]):
            report.add(_finding("forged", "it has no valid hash", entry))
        elif chain.entry_hash(key, previous, entry) != entry["entry_hash"]:
            pending = entry
        elif str(entry["id"]) not in redacted and entry["values_digest"] != chain.values_digest(
            key, entry["old_value"], entry["new_value"]
        ):
            report.add(_finding("altered", "its values do not match their digest", entry))
        if anchor is not None and entry["seq"] == anchor[0]:
            seen_at_anchor = entry["entry_hash"]
        seq, previous, last_time = entry["seq"], entry["entry_hash"] or "", max(when, last_time)
    if pending is not None:
        report.add(_finding("forged", "its hash does not match its columns", pending))
    if seq:
        report.head = (seq, previous)
    if anchor is not None and seen_at_anchor != anchor[1]:
        detail = (
            f"the chain ends at entry #{seq}, but entry #{anchor[0]} was seen here before"
            if seen_at_anchor is None
            else f"entry #{anchor[0]} is not the one seen here before: history was rewritten"
        )
        report.add(Finding("deleted" if seen_at_anchor is None else "altered", detail))


# --- data rows against the log -------------------------------------------------------------


def same_value(value: Any, logged: Any) -> bool:
    """Whether a column's value is the one the log holds as text: the same text, or the
    same number or moment written differently ("90" for 90.0, "5.5" for 5.50)."""
    text = to_text(value)
    if text == logged:
        return True
    if value is None or logged is None or isinstance(value, bool):
        return False
    try:
        if isinstance(value, float):
            return float(logged) == value
        if isinstance(value, int | Decimal):
            return Decimal(logged) == Decimal(value)
        if isinstance(value, datetime):
            moment = datetime.fromisoformat(logged)
            if moment.utcoffset() is None and value.utcoffset() is not None:
                moment = moment.replace(tzinfo=UTC)
            return moment == value
        if isinstance(value, date):
            return date.fromisoformat(logged) == value
    except (ValueError, TypeError, ArithmeticError):
        return False
    return False


def _data_tables(conn: sa.Connection) -> list[sa.Table]:
    present = set(sa.inspect(conn).get_table_names())
    return [
        t
        for t in SQLModel.metadata.sorted_tables
        if t.name != "change_log" and t.name in present and "id" in t.c
    ]


def _replay(entries: list[sync_fold.Logged], redacted: set[str]) -> dict[str, Any] | None:
    """A row's logged values after `entries` (store/sync_fold.py: in clock order, a delete
    an unseen edit made void kept); None when it ends deleted."""
    return sync_fold.fold(entries, lambda e, v: _UNKNOWN if e.id in redacted else v)


def _history(
    conn: sa.Connection, table: str, ids: list[str]
) -> dict[str, list[sync_fold.Logged]]:
    clocks = _has_clocks(conn)
    sync_columns = "hlc, base_hlc" if clocks else "NULL, NULL"
    query = sa.text(
        f"SELECT row_id, id, action, field, new_value, {sync_columns}, seq FROM change_log "
        "WHERE table_name = :t AND row_id IN :ids ORDER BY row_id, seq, occurred_at"
    ).bindparams(sa.bindparam("ids", expanding=True))
    out: dict[str, list[sync_fold.Logged]] = {}
    for row_id, entry_id, action, name, new_value, hlc, base, seq in conn.execute(
        query, {"t": table, "ids": ids}
    ):
        out.setdefault(str(row_id), []).append(
            sync_fold.Logged(str(entry_id), action, name, new_value, hlc or "", base, seq or 0)
        )
    return out


def _has_clocks(conn: sa.Connection) -> bool:
    """Whether change_log has the sync columns (revision 0018_sync)."""
    key = "cdmo_change_log_hlc"  # kept once found (no revision takes them away again)
    if not conn.info.get(key):
        names = {c["name"] for c in sa.inspect(conn).get_columns("change_log")}
        conn.info[key] = "hlc" in names
    return bool(conn.info[key])


@dataclass(frozen=True)
class Difference:
    """A data row that does not match its replayed history. `logged` and `current` are the
    field's values as text (for the upgrade's baseline entries; never shown)."""

    table: str
    row_id: str
    detail: str
    field: str | None = None
    logged: str | None = None
    current: str | None = None  # a row's snapshot (JSON) when `field` is None

    def finding(self) -> Finding:
        return Finding(
            "changed outside the app",
            self.detail,
            table=self.table,
            row_id=self.row_id,
            field=self.field,
        )


NO_HISTORY = "it has no history"
LOGGED_DELETED = "the log says it was deleted"
GONE = "the row was deleted outside the app"


def _check_data(
    conn: sa.Connection, redacted: set[str], report: AuditReport, progress: ProgressFn | None
) -> None:
    for difference in differences(conn, redacted, progress):
        report.add(difference.finding())


def differences(
    conn: sa.Connection, redacted: set[str], progress: ProgressFn | None = None
) -> Iterator[Difference]:
    """Every data row that does not match its replayed history, table by table."""
    tables = _data_tables(conn)
    inspector = sa.inspect(conn)
    for n, table in enumerate(tables):
        if progress is not None:
            progress(int(100 * n / max(len(tables), 1)), table.name)
        present = {c["name"] for c in inspector.get_columns(table.name)}
        logged = [c for c in table.columns if c.key not in NOT_LOGGED and c.name in present]
        yield from _check_rows(conn, table, logged, redacted)
        yield from _check_gone(conn, table, redacted)


def _check_rows(
    conn: sa.Connection, table: sa.Table, logged: list[sa.Column[Any]], redacted: set[str]
) -> Iterator[Difference]:
    """Compare the rows of `table`, chunk by chunk (keyset on id), with their replayed
    history."""
    after: str | None = None
    while True:
        query = sa.select(table.c.id, *logged).order_by(table.c.id).limit(CHUNK)
        if after is not None:
            query = query.where(table.c.id > after)
        rows = conn.execute(query).all()
        if not rows:
            return
        history = _history(conn, table.name, [str(r[0]) for r in rows])
        for row in rows:
            row_id = str(row[0])
            entries = history.get(row_id)
            state = _replay(entries, redacted) if entries else None
            if state is None:
                snapshot = json.dumps(
                    {c.key: to_text(v) for c, v in zip(logged, row[1:], strict=True)},
                    ensure_ascii=False,
                    sort_keys=True,
                )
                detail = LOGGED_DELETED if entries else NO_HISTORY
                yield Difference(table.name, row_id, detail, current=snapshot)
                continue
            for column, value in zip(logged, row[1:], strict=True):
                expected = state.get(column.key, _UNKNOWN)
                if value == expected or expected is _UNKNOWN:  # text columns: the usual case
                    continue
                if not same_value(value, expected):
                    yield Difference(
                        table.name,
                        row_id,
                        "its value differs from the change log",
                        column.key,
                        expected,
                        to_text(value),
                    )
        after = str(rows[-1][0])


def _check_gone(conn: sa.Connection, table: sa.Table, redacted: set[str]) -> Iterator[Difference]:
    """Rows the log says exist but the table does not hold (deleted outside the app)."""
    query = sa.text(
        "SELECT DISTINCT row_id FROM change_log WHERE table_name = :t "
        f'AND row_id NOT IN (SELECT id FROM "{table.name}")'
    )
    missing = [str(r[0]) for r in conn.execute(query, {"t": table.name})]
    for start in range(0, len(missing), CHUNK):
        ids = missing[start : start + CHUNK]
        history = _history(conn, table.name, ids)
        for row_id in ids:
            if _replay(history.get(row_id, []), redacted) is not None:
                yield Difference(table.name, row_id, GONE)
