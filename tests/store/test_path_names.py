"""A database path is a file name, never a URL: '?', '#', '%xx' and spaces open exactly
the file named, and nothing else is created or opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdmo_desktop.store.store import open_store

# About the SQLite file itself: runs on SQLite alone (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only

NAMES = ["Q3?.sqlite", "Q3#draft.sqlite", "Q3%20plan.sqlite", "Q3 plan.sqlite", "a?mode=ro.sqlite"]


@pytest.mark.parametrize("name", NAMES)
def test_a_path_with_url_characters_opens_exactly_that_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with open_store(path, lock=False) as store:
        assert store.path == path
    assert path.is_file() and path.stat().st_size > 0
    made = {p.name for p in tmp_path.iterdir()}
    # Only the named file and its own -wal/-shm companions: no "Q3" or "Q3 plan" beside it.
    assert {m for m in made if not m.startswith(name)} == set(), made
