"""Upgrade to 0019_scale_search: a database made at 0017 with risks keeps every row, and its
risk full-text index is made anew with the facet keys (store.risk_search), so a search's
count, due count and heat map come from the index; a downgrade gives the plain index back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cdmo_desktop.store import open_store, risk_search
from cdmo_desktop.store import risks as rs
from tests.migration_support import copy_of, counts_kept, downgrade, rows, table_counts

pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0018_sync"
TODAY = date(2026, 11, 20)


def _keys(path: Path) -> list[int]:
    return [int(str(r[0])) for r in rows(path, "SELECT rowid FROM risk_fts ORDER BY rowid")]


def test_an_upgrade_from_0017_keeps_every_row_and_keys_the_risk_index(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    copy_of(demo_template, path)
    downgrade(path, PREVIOUS)
    rowids = sorted(int(str(r[0])) for r in rows(path, "SELECT rowid FROM risk"))
    assert _keys(path) == rowids  # the plain index: the risks' rowids
    counts = table_counts(path)
    risks = rows(path, "SELECT * FROM risk ORDER BY id")
    assert len(risks) > 20

    store = open_store(path)
    try:
        # The index's own pages (risk_fts_data, _idx) are written anew: not data.
        after = {k: v for k, v in table_counts(path).items() if not k.startswith("risk_fts_")}
        before = {k: v for k, v in counts.items() if not k.startswith("risk_fts_")}
        expected_counts, found_counts = counts_kept(before, after)
        assert found_counts == expected_counts
        assert rows(path, "SELECT * FROM risk ORDER BY id") == risks
        keys = _keys(path)
        assert sorted(k & risk_search.ROWID_MASK for k in keys) == rowids
        assert any(k > risk_search.ROWID_MASK for k in keys)
        words = sorted({str(r[0]).split()[0] for r in rows(path, "SELECT title FROM risk")})
        assert len(words) > 5
        found = 0
        with store.read() as session:
            for word in words:
                searched = {"search": word, "status": rs.ACTIVE}
                due = {**searched, "review_due": True, "today": TODAY}
                # The same questions over the risk rows (what the store asked before).
                listed = session.execute(rs.count_query(searched)).scalar_one()
                listed_due = session.execute(rs.count_query(due)).scalar_one()
                cells = rs._cell_rows(rs._grouped_cells(rs.where_clauses(searched)), session)
                found += listed
                assert rs.search_counts(store, searched, TODAY) == (
                    listed,
                    listed_due,
                    rs._heatmap(cells),
                ), word
        assert found > 5
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert _keys(path) == rowids
    assert rows(path, "SELECT * FROM risk ORDER BY id") == risks
