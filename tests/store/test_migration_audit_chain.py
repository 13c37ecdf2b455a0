"""Revision 0013_audit_chain upgrades a database holding the demo's history without losing a
row: every existing change-log entry joins the chain in the order it happened, `check` is
clean afterwards and the append-only triggers are still there; the downgrade drops the
chain's columns and key and keeps the triggers."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cdmo_desktop.cli import main
from cdmo_desktop.store import open_store
from tests.migration_support import copy_of, downgrade, table_counts

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0012_kpi_latest"
CHAIN = {"seq", "values_digest", "entry_hash"}
TRIGGERS = {"change_log_no_update", "change_log_no_delete"}


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _columns(path: Path) -> set[str]:
    return {r[1] for r in _rows(path, "PRAGMA table_info(change_log)")}


def _triggers(path: Path) -> set[str]:
    return {r[0] for r in _rows(path, "SELECT name FROM sqlite_master WHERE type='trigger'")}


def test_an_upgrade_chains_every_entry_in_order_and_loses_nothing(
    tmp_path: Path, demo_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "previous.sqlite"
    copy_of(demo_template, path)
    downgrade(path, PREVIOUS)
    assert not CHAIN & _columns(path)
    assert "audit_key" not in table_counts(path)
    assert _triggers(path) >= TRIGGERS
    before = table_counts(path)
    assert before["change_log"] > 1000
    history = _rows(
        path,
        "SELECT id, occurred_at, old_value, new_value FROM change_log ORDER BY occurred_at, id",
    )
    # Rows an earlier migration made or converted (no matching history), and one row
    # changed with plain SQL before the chain existed.
    (risk_id,) = _rows(path, "SELECT id FROM risk ORDER BY id LIMIT 1")[0]
    (partner_id,) = _rows(path, "SELECT id FROM partner ORDER BY id LIMIT 1")[0]
    conn = sqlite3.connect(path)
    conn.execute("UPDATE risk SET title = 'Renamed outside' WHERE id = ?", (risk_id,))
    conn.execute(
        "INSERT INTO contact (id, partner_id, name, role, email, phone, is_primary, notes, "
        "created_at, updated_at) VALUES ('made-by-a-migration', ?, 'X', '', '', '', 0, '', "
        "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        (partner_id,),
    )
    conn.commit()
    conn.close()
    before = table_counts(path)

    open_store(path).close()  # upgrades (after a backup)

    after = table_counts(path)
    assert {t: n for t, n in after.items() if t in before and t != "change_log"} == {
        t: n for t, n in before.items() if t != "change_log"
    }
    assert after["change_log"] == before["change_log"]  # the log's own entries, all kept
    assert len(_rows(path, "SELECT id FROM change_log")) == len(history) + 2  # two baselines
    assert after["audit_key"] == 1
    assert _triggers(path) >= TRIGGERS
    chained = _rows(
        path, "SELECT id, occurred_at, old_value, new_value FROM change_log ORDER BY seq"
    )
    assert chained[: len(history)] == history
    baseline = _rows(
        path,
        "SELECT table_name, row_id, action, field, new_value FROM change_log "
        f"WHERE seq > {len(history)} ORDER BY seq",
    )
    assert [b[:4] for b in baseline] == [
        ("contact", "made-by-a-migration", "insert", None),
        ("risk", risk_id, "update", "title"),
    ] or [b[:4] for b in baseline] == [
        ("risk", risk_id, "update", "title"),
        ("contact", "made-by-a-migration", "insert", None),
    ]
    seqs = [r[0] for r in _rows(path, "SELECT seq FROM change_log ORDER BY seq")]
    assert seqs == list(range(1, len(history) + 3))
    assert main(["check", "--db", str(path)]) == 0
    assert f"audit trail: ok ({len(history) + 2} entries)" in capsys.readouterr().out


def test_two_databases_get_different_keys(tmp_path: Path) -> None:
    keys = set()
    for name in ("a.sqlite", "b.sqlite"):
        open_store(tmp_path / name).close()
        keys |= {r[0] for r in _rows(tmp_path / name, "SELECT key FROM audit_key")}
    assert len(keys) == 2 and all(len(k) == 64 for k in keys)


def test_the_downgrade_drops_the_chain_and_keeps_the_triggers(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    copy_of(demo_template, path)
    before = table_counts(path)
    downgrade(path, PREVIOUS)
    assert not CHAIN & _columns(path)
    assert _triggers(path) >= TRIGGERS
    after = table_counts(path)
    assert "audit_key" not in after  # with the tables of later revisions
    assert {t: n for t, n in before.items() if t in after} == after
