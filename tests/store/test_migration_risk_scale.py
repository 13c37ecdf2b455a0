"""Upgrade to 0006_risk_scale: a database made at 0005 with risks keeps every row and value,
and its risks get their sort keys, full-text index entries and tallies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cdmo_desktop.store import open_store
from cdmo_desktop.store import risks as rs
from tests.conftest import DEMO_TODAY
from tests.migration_support import counts_kept, downgrade, table_counts

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0005_named_baselines"
DERIVED = ("level_rank", "status_rank", "review_key", "milestone_name", "engagement_title")
LATER = ("row_version",)  # added by 0016_row_versions


def _risks(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[1] for r in conn.execute("PRAGMA table_info(risk)") if r[1] not in DERIVED + LATER
        ]
        return conn.execute(f"SELECT {', '.join(names)} FROM risk ORDER BY id").fetchall()
    finally:
        conn.close()


def test_an_upgrade_from_0005_keeps_every_risk_and_fills_search_tallies_and_sort_keys(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    downgrade(path, PREVIOUS)
    conn = sqlite3.connect(path)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(risk)")}
    conn.close()
    assert not columns & set(DERIVED)
    before, counts = _risks(path), table_counts(path)
    assert len(before) > 20

    store = open_store(path)
    try:
        assert _risks(path) == before
        after = table_counts(path)
        expected_counts, found_counts = counts_kept(counts, after)
        assert found_counts == expected_counts
        everything = rs.fetch_risks(store, {}, "code", False, 10_000)
        assert len(everything) == len(before)
        by_code = [(r.engagement_title, r.engagement_id, r.number) for r in everything]
        assert by_code == sorted(by_code) and all(r.engagement_title for r in everything)
        assert any(r.milestone_name for r in everything)
        assert rs.count_risks(store, {}) == len(before)
        counts_by_status = {
            s: rs.count_risks(store, {"status": s}) for s in {r.status for r in everything}
        }
        assert counts_by_status == {
            s: sum(r.status == s for r in everything) for s in counts_by_status
        }
        assert rs.heatmap_counts(store, {}).total == len(before)
        due = [
            r
            for r in rs.fetch_risks(store, {"review_due": True, "today": DEMO_TODAY}, limit=10_000)
        ]
        assert rs.count_reviews_due(store, DEMO_TODAY) == len(due)
        word = everything[0].title.split()[0]
        found = rs.fetch_risks(store, {"search": word}, limit=10_000)
        assert everything[0].id in {r.id for r in found}
    finally:
        store.close()
