"""Revision 0011_site_closures upgrades a database holding the demo's records without
losing a row, and the new table takes a site's closed days."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from cdmo_desktop.store import open_store
from cdmo_desktop.store.site_closures import save_closures, site_named
from tests.migration_support import downgrade, table_counts

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0010_reassessment"


def test_an_upgrade_adds_site_closures_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    downgrade(path, PREVIOUS)
    before = table_counts(path)
    assert "site_closure" not in before and before["partner_site"] and before["milestone"]
    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)
        assert {t: n for t, n in after.items() if t in before} == before
        assert after["site_closure"] == 0
        site_id = site_named(store, "deccan  SYNTHESIS / Genome Valley R&D centre")
        assert site_id is not None
        save_closures(store, site_id, [(date(2026, 12, 25), "Christmas")], source="x.ics")
        assert table_counts(path)["site_closure"] == 1
    finally:
        store.close()
