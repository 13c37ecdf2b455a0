"""Shared fixtures: a fresh migrated database per test, copied from a template."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from cdmo_desktop.store import Store, open_store


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Everything under tests/gui/ needs a QApplication: mark it `gui` so
    `-m "not gui"` runs the Qt-free layers alone."""
    gui_dir = Path(__file__).parent / "gui"
    for item in items:
        if gui_dir in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)


# The demo portfolio is generated relative to this date so tests are deterministic.
DEMO_TODAY = date(2026, 11, 20)


def _copy_db(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_store(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cdmo_desktop.store.demo import populate

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    store = open_store(path, user="Demo")
    populate(store, today=DEMO_TODAY)
    store.close()
    return path


@pytest.fixture
def store(empty_template: Path, tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated database of its own for each test."""
    path = tmp_path / "desk.sqlite"
    _copy_db(empty_template, path)
    s = open_store(path, user="Test Consultant")
    yield s
    s.close()


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """The demo portfolio (generated for DEMO_TODAY), a copy of its own for each test."""
    path = tmp_path / "demo.sqlite"
    _copy_db(demo_template, path)
    s = open_store(path, user="Test Consultant")
    yield s
    s.close()
