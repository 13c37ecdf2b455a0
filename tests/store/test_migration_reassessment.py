"""Revision 0010_reassessment upgrades a database of the previous revision, holding the
demo portfolio, without losing or changing a row, and the new tables take reassessments."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cdmo_desktop.domain.enums import Phase
from cdmo_desktop.domain.reassessment import ReassessmentTrigger
from cdmo_desktop.store import open_store
from cdmo_desktop.store.reassessment_edits import Trigger, start_reassessment
from cdmo_desktop.store.reassessments import engagement_reassessments
from tests.conftest import DEMO_TODAY
from tests.migration_support import downgrade, rows, table_counts

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0009_kpis"
NEW_TABLES = {"reassessment", "reassessment_score", "reassessment_candidate"}


def _dump(path: Path, table: str) -> list[tuple[object, ...]]:
    return rows(path, f'SELECT * FROM "{table}" ORDER BY id')  # without later row versions


def test_the_upgrade_keeps_every_row_and_adds_the_reassessment_tables(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    downgrade(path, PREVIOUS)
    before = table_counts(path)
    assert not NEW_TABLES & set(before)
    assert before["engagement"] and before["decision"] and before["risk"]
    kept = {t: _dump(path, t) for t in ("engagement", "decision", "action_item", "risk")}

    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)
        assert {t: n for t, n in after.items() if t in before} == before
        assert {t: _dump(path, t) for t in kept} == kept
        assert set(after) >= NEW_TABLES
        engagement_id = str(kept["engagement"][0][0])
        trigger = Trigger(
            ReassessmentTrigger.PHASE_CHANGE,
            from_phase=Phase.PROCESS_DEVELOPMENT,
            to_phase=Phase.SCALE_UP,
        )
        start_reassessment(store, engagement_id, trigger, DEMO_TODAY, later=True)
        assert len(engagement_reassessments(store, engagement_id)) >= 1
    finally:
        store.close()
