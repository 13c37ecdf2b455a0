"""Revision 0021_search_everything upgrades a database holding the demo's records without
losing a row, and the indexes it makes are filled from the rows already there: a decision,
an action, a milestone, a charter, an agreement and a contact written before the upgrade
are found by the search across everything after it. A downgrade removes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdmo_desktop.store import migrate, open_store
from cdmo_desktop.store.search_everything import search
from cdmo_desktop.store.search_indexes import SEARCH_INDEXES
from tests import pg_support
from tests.migration_support import copy_of, downgrade, rows, table_counts

PREVIOUS = "0020_scale_lists"
# A word of a record of each kind the revision indexes, in the demo portfolio.
FOUND = {
    "decision": "second source",
    "action": "fallback slot",
    "milestone": "pilot plant",
    "charter": "QP certificate",
    "agreement": "quality agreement",
    "contact": "vogel",
}


def _objects(path: Path) -> set[str]:
    return {str(r[0]) for r in rows(path, "SELECT name FROM sqlite_master")}


@pytest.mark.sqlite_only
def test_an_upgrade_indexes_the_rows_already_there_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    assert not set(SEARCH_INDEXES) & _objects(path)
    before = table_counts(path)
    data = {t: rows(path, f'SELECT * FROM "{t}" ORDER BY rowid') for t in ("decision", "contact")}
    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)
        assert {t: n for t, n in after.items() if t in before} == before
        for table, kept in data.items():
            assert rows(path, f'SELECT * FROM "{table}" ORDER BY rowid') == kept
        for index in SEARCH_INDEXES:  # each index holds an entry per row of its table
            table = index.removesuffix("_fts")
            assert after[index] == after[table] > 0, index
        for kind, typed in FOUND.items():
            assert search(store, typed).group(kind) is not None, kind
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert not set(SEARCH_INDEXES) & _objects(path)
    assert table_counts(path) == before


def test_an_upgrade_on_postgresql_makes_the_word_indexes(pg_demo_url: str) -> None:
    engine = pg_support.engine(pg_demo_url)
    try:
        migrate.downgrade_engine(engine, PREVIOUS)
        with engine.connect() as conn:
            names = "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%%cdmo_words(%%'"
            assert not {r[0] for r in conn.exec_driver_sql(names)} & set(SEARCH_INDEXES)
            before = {
                t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar()
                for t in ("decision", "action_item", "milestone", "charter", "agreement", "contact")
            }
        migrate.upgrade_engine(engine)
        with engine.connect() as conn:
            assert set(SEARCH_INDEXES) <= {r[0] for r in conn.exec_driver_sql(names)}
            after = {
                t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in before
            }
        assert after == before
    finally:
        engine.dispose()
    store = open_store(pg_demo_url, create=False)
    try:
        for kind, typed in FOUND.items():
            assert search(store, typed).group(kind) is not None, kind
    finally:
        store.close()
