"""Upgrade to 0016_row_versions: a database made at 0015 with the demo portfolio keeps every
row and value, every editable row starts at version 1, and the first save after the upgrade
is checked against it (a save based on a row someone saved since is refused)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdmo_desktop.domain.models import Risk
from cdmo_desktop.store import conflicts, open_store, risk_edits
from cdmo_desktop.store.errors import ConflictError
from tests.migration_support import (
    LATER_COLUMNS,
    copy_of,
    counts_kept,
    downgrade,
    rows,
    table_counts,
)

PREVIOUS = "0015_scale_rest"
VERSIONED = ("partner", "engagement", "risk", "milestone", "agreement", "charter", "decision")


def test_an_upgrade_from_0015_keeps_every_row_and_starts_each_at_version_one(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    copy_of(demo_template, path)
    downgrade(path, PREVIOUS)
    assert all("row_version" not in _columns(path, t) for t in VERSIONED)
    counts = table_counts(path)
    before = {t: rows(path, f"SELECT * FROM {t} ORDER BY id") for t in VERSIONED}
    assert all(before[t] for t in VERSIONED)
    agreement_versions = rows(path, "SELECT id, version FROM agreement ORDER BY id")

    store = open_store(path, user="Ann")
    try:
        expected_counts, found_counts = counts_kept(counts, table_counts(path))
        assert found_counts == expected_counts
        for table in VERSIONED:
            added = [c for c in _columns(path, table) if c not in LATER_COLUMNS - {"row_version"}]
            assert added[-1] == "row_version"  # added last (before later revisions' columns)
            assert rows(path, f"SELECT * FROM {table} ORDER BY id") == before[table]
            assert rows(path, f"SELECT DISTINCT row_version FROM {table}") == [(1,)]
        # the agreement's own document version is untouched
        assert rows(path, "SELECT id, version FROM agreement ORDER BY id") == agreement_versions

        risk_id = str(before["risk"][0][0])
        opened = conflicts.opened(store, Risk, risk_id)
        assert list(opened.values()) == [1]
        dana = open_store(path, user="Dana", lock=False)
        try:
            risk_edits.edit_risk(dana, risk_id, {"owner": "Dana"})
        finally:
            dana.close()
        with pytest.raises(ConflictError), conflicts.expecting(opened):
            risk_edits.edit_risk(store, risk_id, {"owner": "Ann"})
        assert rows(path, f"SELECT owner, row_version FROM risk WHERE id = '{risk_id}'") == [
            ("Dana", 2)
        ]
    finally:
        store.close()


def _columns(path: Path, table: str) -> list[str]:
    return [str(r[1]) for r in rows(path, f"PRAGMA table_info({table})")]
