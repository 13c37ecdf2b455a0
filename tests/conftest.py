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
from tests import pg_support


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


# PostgreSQL (see tests/pg_support.py): the server, and databases copied from templates.


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The admin URL (postgresql://...) of the PostgreSQL server of this test session:
    $CDMO_TEST_PG_URL, else a throwaway cluster started for the session. Skips the test
    when there is no PostgreSQL at all, unless $CDMO_TEST_PG_REQUIRED=1 (then it fails)."""
    if not os.environ.get(pg_support.URL_ENV) and pg_support.find_bin_dir() is None:
        reason = f"no PostgreSQL binaries ({pg_support.BIN_GLOB}) and no ${pg_support.URL_ENV}"
        if pg_support.required():
            pytest.fail(f"${pg_support.REQUIRED_ENV} is set but there is {reason}")
        pytest.skip(reason)
    with pg_support.server() as url:
        yield url


def _pg_migrate(url: str) -> None:
    from cdmo_desktop.store import migrate

    eng = pg_support.engine(url)
    try:
        migrate.upgrade_engine(eng)
    finally:
        eng.dispose()


def _pg_populate_demo(url: str) -> None:
    from cdmo_desktop.store.demo import populate

    _pg_migrate(url)
    store = pg_support.store_on(url, user="Demo")
    try:
        populate(store, today=DEMO_TODAY)
    finally:
        store.close()


@pytest.fixture(scope="session")
def pg_empty_template(pg_server: str) -> Iterator[str]:
    """Name of a database migrated to head and empty, the template of `pg_url`."""
    name = pg_support.make_template(pg_server, "empty", _pg_migrate)
    yield name
    pg_support.drop_database(pg_server, name)


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: str) -> Iterator[str]:
    """Name of a database holding the demo portfolio (DEMO_TODAY), the template of
    `pg_demo_url`."""
    name = pg_support.make_template(pg_server, "demo", _pg_populate_demo)
    yield name
    pg_support.drop_database(pg_server, name)


@pytest.fixture
def pg_url(pg_server: str, pg_empty_template: str) -> Iterator[str]:
    """A PostgreSQL database of this test's own, migrated to head and empty (its
    postgresql:// URL, as the admin role); dropped after the test."""
    with pg_support.database_from(pg_server, pg_empty_template, "empty") as url:
        yield url


@pytest.fixture
def pg_demo_url(pg_server: str, pg_demo_template: str) -> Iterator[str]:
    """A PostgreSQL database of this test's own holding the demo portfolio (generated for
    DEMO_TODAY); its postgresql:// URL, as the admin role; dropped after the test."""
    with pg_support.database_from(pg_server, pg_demo_template, "demo") as url:
        yield url
