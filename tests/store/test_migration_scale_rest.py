"""Upgrade to 0015_scale_rest: a database made at 0012 with risks and schedules keeps every
row, and its risks get the owner and due-for-review tallies (the owner filter's count and
heat map, an owner's or a category's reviews due), the partners' scale tally (the scale
filter's count) and the new indexes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cdmo_desktop.store import open_store, partner_list
from cdmo_desktop.store import risks as rs
from cdmo_desktop.store.partner_list import PartnerFilters
from tests.migration_support import copy_of, counts_kept, downgrade, rows, table_counts

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0014_erasure"


def test_an_upgrade_from_0012_keeps_every_row_and_counts_owners_and_reviews_due(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    copy_of(demo_template, path)
    downgrade(path, PREVIOUS)
    tables = {r[0] for r in rows(path, "SELECT name FROM sqlite_master")}
    assert "risk_owner_tally" not in tables and "ix_milestone_plan" not in tables
    counts = table_counts(path)
    risks = rows(path, "SELECT * FROM risk ORDER BY id")
    milestones = rows(path, "SELECT * FROM milestone ORDER BY id")
    owners = sorted({str(r[0]) for r in rows(path, "SELECT owner FROM risk") if r[0]})
    assert len(risks) > 20 and len(owners) > 1

    store = open_store(path)
    try:
        expected_counts, found_counts = counts_kept(counts, table_counts(path))
        assert found_counts == expected_counts
        assert rows(path, "SELECT * FROM risk ORDER BY id") == risks
        assert rows(path, "SELECT * FROM milestone ORDER BY id") == milestones
        today = date(2100, 1, 1)  # every dated review is due by then
        for owner in owners:
            live = [
                r
                for r in rows(
                    path, f"SELECT status, next_review_date FROM risk WHERE owner = '{owner}'"
                )
                if r[0] in rs.LIVE_STATUS_VALUES
            ]
            mine = {"status": rs.ACTIVE, "owner": owner}
            assert rs.count_risks(store, mine) == len(live)
            assert rs.heatmap_counts(store, mine).total == len(live)
            due = {**mine, "review_due": True, "today": today}
            assert rs.count_risks(store, due) == sum(1 for r in live if r[1] is not None)
        for (category,) in rows(path, "SELECT DISTINCT category FROM risk"):
            due = {"category": category, "review_due": True, "today": today}
            expected = rows(
                path,
                f"SELECT count(*) FROM risk WHERE category = '{category}' AND "
                f"next_review_date IS NOT NULL AND status IN {rs.LIVE_STATUS_VALUES}",
            )[0][0]
            assert rs.count_risks(store, due) == expected
        counted = {}
        with store.read() as s:
            for scale in partner_list.TALLIED_SCALES:
                counted[scale] = partner_list.count(s, PartnerFilters(scale=scale), today)
        assert counted == {
            scale: rows(
                path,
                f"SELECT count(*) FROM partner WHERE archived = 0 "
                f"AND scale_tags LIKE '%|{scale}|%'",
            )[0][0]
            for scale in partner_list.TALLIED_SCALES
        }
        assert any(counted.values())
        indexes = {r[0] for r in rows(path, "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_risk_cell", "ix_milestone_plan"} <= indexes
    finally:
        store.close()
