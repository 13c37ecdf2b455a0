"""Revision 0018_sync upgrades a database holding the demo's records without losing a row:
every existing change-log entry gets this database's replica id, counters in chain order
and a clock that follows the chain; the audit chain still verifies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cdmo_desktop.store import audit, open_store
from tests.migration_support import copy_of, downgrade, table_counts

PREVIOUS = "0017_client_access"
pytestmark = pytest.mark.sqlite_only


def _log(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT seq, origin, origin_seq, hlc, base_hlc FROM change_log ORDER BY seq"
        ).fetchall()
    finally:
        conn.close()


def test_an_upgrade_stamps_every_entry_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    before = table_counts(path)
    assert "sync_replica" not in before and before["change_log"] > 100
    store = open_store(path)  # upgrades (after a backup)
    store.close()
    after = table_counts(path)
    # FTS5's own shadow tables are left out: a later revision (0019) rebuilds an index
    # keyed differently, which changes their page counts, not the records.
    records = {t: n for t, n in before.items() if "_fts_" not in t}
    assert {t: n for t, n in after.items() if t in records} == records
    assert after["sync_replica"] == 1 and after["sync_peer"] == after["sync_conflict"] == 0
    log = _log(path)
    origins = {row[1] for row in log}
    assert len(origins) == 1 and None not in origins
    assert [row[2] for row in log] == list(range(1, len(log) + 1))
    clocks = [str(row[3]) for row in log]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)
    conn = sqlite3.connect(path)
    try:
        replica, clock, last = conn.execute(
            "SELECT id, clock, last_seq FROM sync_replica"
        ).fetchone()
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # The append-only rule covers the new columns too.
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE change_log SET origin = 'x' WHERE seq = 1")
    finally:
        conn.close()
    assert origins == {replica} and clock == clocks[-1] and last == len(log)
    assert audit.verify_file(path).problems == 0
