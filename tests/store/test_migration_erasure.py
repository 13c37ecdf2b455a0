"""Revision 0014_erasure upgrades a database holding the demo without losing a row, and
after it the change log stays append-only except for a listed entry's values."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cdmo_desktop.store import erasure as er
from cdmo_desktop.store import open_store
from tests.migration_support import copy_of, counts_kept, downgrade, table_counts

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0013_audit_chain"


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_an_upgrade_keeps_every_row_and_allows_only_a_listed_redaction(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    copy_of(demo_template, path)
    downgrade(path, PREVIOUS)
    assert "erasure" not in _tables(path)
    before = table_counts(path)
    assert before["change_log"] and before["contact"]
    conn = sqlite3.connect(path)
    entry = conn.execute("SELECT id FROM change_log LIMIT 1").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE change_log SET new_value = 'x' WHERE id = ?", (entry,))
    contact = conn.execute("SELECT id, email FROM contact WHERE email != '' LIMIT 1").fetchone()
    conn.close()

    store = open_store(path, user="Test Consultant")
    try:
        after = table_counts(path)
        expected, found = counts_kept(before, after)
        assert found == expected
        assert after["erasure"] == 0 and after["erased_entry"] == 0
        result = er.erase_person(store, contact[0], "Request of the person")
        assert result.redacted > 0
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        like = f"%{contact[1]}%"
        hits = conn.execute(
            "SELECT count(*) FROM change_log WHERE old_value LIKE ? OR new_value LIKE ?",
            (like, like),
        ).fetchone()[0]
        assert hits == 0
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("DELETE FROM change_log WHERE id = ?", (entry,))
    finally:
        conn.close()


def test_a_downgrade_restores_the_strict_rule(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "desk.sqlite"
    copy_of(demo_template, path)
    downgrade(path, PREVIOUS)
    conn = sqlite3.connect(path)
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'change_log_no_update'"
    ).fetchone()[0]
    conn.close()
    assert "erased_entry" not in sql
