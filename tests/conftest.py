"""Shared fixtures: a fresh migrated database per test, copied from a template."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections import Counter
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
    `-m "not gui"` runs the Qt-free layers alone. A `sqlite_only` test whose module-scoped
    fixture runs per backend (`BACKENDS` as its params) keeps its SQLite variant only."""
    gui_dir = Path(__file__).parent / "gui"
    kept: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        if gui_dir in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)
        params = getattr(getattr(item, "callspec", None), "params", {})
        on_server = "postgresql" in params.values()
        (dropped if on_server and item.get_closest_marker("sqlite_only") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
    _longest_first(items)


# Files that keep a worker busy for a minute or more, the longest first (measured with
# `--durations`). pytest-xdist's `--dist loadfile` hands out whole files in the order they
# come here (`--no-loadscope-reorder` in pyproject.toml): its own order, the files with
# the most tests first, left these one- or few-test files for the end of the run, where one
# worker ran them alone while the other had nothing left to do.
LONG_FILES = (
    "tests/gui/test_refusal_battery.py",
    "tests/test_cli_sync_kill.py",
    "tests/test_bundle.py",
    "tests/store/test_hostile_values.py",
    "tests/store/test_risks_store.py",
    "tests/store/test_partner_scales.py",
    "tests/store/test_risk_register_scale.py",
    "tests/store/test_schedule_store.py",
    "tests/store/test_charters_store.py",
    "tests/gui/test_main_window.py",
)


def _longest_first(items: list[pytest.Item]) -> None:
    """LONG_FILES first, then the other files by their number of tests (most first, as
    xdist orders them); every file keeps its own tests' order."""
    rank = {name: i for i, name in enumerate(LONG_FILES)}
    files = [item.nodeid.split("::", 1)[0] for item in items]
    counts = Counter(files)
    order = {
        name: n
        for n, name in enumerate(sorted(counts, key=lambda f: (rank.get(f, len(rank)), -counts[f])))
    }
    position = {id(item): order[name] for item, name in zip(items, files, strict=True)}
    items.sort(key=lambda item: position[id(item)])


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


BACKENDS = ("sqlite", "postgresql")
"""The backends the store, report, export and CLI tests run on (`backend` fixture)."""

TEST_USER = "Test Consultant"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests using `backend` (through `store`, `demo_store` or `db_target`) run once per
    backend, except under tests/gui/ and those marked `sqlite_only` (about the file itself:
    probe, backup, encryption, locks, WAL, SQLite migrations): those run on SQLite alone,
    without a [sqlite] suffix in their id."""
    if "backend" not in metafunc.fixturenames:
        return
    gui_dir = Path(__file__).parent / "gui"
    if gui_dir in Path(str(metafunc.definition.path)).parents:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql": the database the `store`/`demo_store`/`db_target` of this
    test run on."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated database of its own for each test: an SQLite file, or (the
    [postgresql] variant) a PostgreSQL database opened by its URL as the user
    "Test Consultant"."""
    if backend == "postgresql":
        s = open_store(request.getfixturevalue("pg_test_user_url"), create=False)
    else:
        path = tmp_path / "desk.sqlite"
        _copy_db(request.getfixturevalue("empty_template"), path)
        s = open_store(path, user=TEST_USER)
    yield s
    s.close()


@pytest.fixture
def demo_store(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The demo portfolio (generated for DEMO_TODAY), a copy of its own for each test (an
    SQLite file, or a PostgreSQL database as for `store`)."""
    if backend == "postgresql":
        s = open_store(request.getfixturevalue("pg_test_user_demo_url"), create=False)
    else:
        path = tmp_path / "demo.sqlite"
        _copy_db(request.getfixturevalue("demo_template"), path)
        s = open_store(path, user=TEST_USER)
    yield s
    s.close()


@pytest.fixture
def db_target(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What a CLI test passes as `--db` for the demo portfolio: an SQLite file's path, or
    a PostgreSQL URL (a database of this test's own)."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_test_user_demo_url"))
    path = tmp_path / "demo.sqlite"
    _copy_db(request.getfixturevalue("demo_template"), path)
    return str(path)


def cli_db(store: Store) -> str:
    """What a command-line test passes as `--db` for `store`: its file's path, or its
    server's URL (as the same user)."""
    if store.server is None:
        return str(store.path)
    url = store.engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


@contextlib.contextmanager
def empty_store_on(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """An empty migrated store on `backend` for a module-scoped fixture (`params=BACKENDS`):
    a copy of the SQLite template, or a PostgreSQL database made from its template (as
    "Test Consultant"), dropped afterwards."""
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        template = request.getfixturevalue("pg_empty_template")
        request.getfixturevalue("pg_test_user")
        with pg_support.database_from(server, template, "module") as url:
            s = open_store(_as_user(url, TEST_USER), create=False)
            try:
                yield s
            finally:
                s.close()
        return
    path = tmp_path_factory.mktemp("store") / "desk.sqlite"
    _copy_db(request.getfixturevalue("empty_template"), path)
    s = open_store(path, user=TEST_USER)
    try:
        yield s
    finally:
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
    open_store(url, create=True).close()  # an empty database is set up


def _pg_populate_demo(url: str) -> None:
    from cdmo_desktop.store.demo import populate

    store = open_store(url, create=True)
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


@pytest.fixture(scope="session")
def pg_test_user(pg_server: str) -> str:
    """The admin URL of `pg_server` logging in as "Test Consultant" (a superuser role made
    for the session), so a store on it records that user as SQLite's test stores do."""
    eng = pg_support.engine(pg_server, isolation_level="AUTOCOMMIT")
    try:
        with eng.connect() as conn:
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": TEST_USER}
            ).first()
            if exists is None:
                conn.exec_driver_sql(f'CREATE ROLE "{TEST_USER}" LOGIN SUPERUSER')
    finally:
        eng.dispose()
    return _as_user(pg_server, TEST_USER)


@pytest.fixture
def pg_test_user_url(pg_url: str, pg_test_user: str) -> str:
    """`pg_url` (an empty migrated database of this test's own) as "Test Consultant"."""
    return _as_user(pg_url, TEST_USER)


@pytest.fixture
def pg_test_user_demo_url(pg_demo_url: str, pg_test_user: str) -> str:
    """`pg_demo_url` (the demo portfolio, a database of this test's own) as "Test
    Consultant"."""
    return _as_user(pg_demo_url, TEST_USER)


def _as_user(url: str, user: str) -> str:
    """`url` logging in as `user` (a plain postgresql:// URL, as a user types it)."""
    import sqlalchemy as sa

    return sa.make_url(url).set(username=user).render_as_string(hide_password=False)


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    """A Store on a PostgreSQL database of this test's own, migrated and empty (the user
    is the server's: the admin role of `pg_server`)."""
    s = open_store(pg_url, create=False)
    yield s
    s.close()


@pytest.fixture
def pg_demo_store(pg_demo_url: str) -> Iterator[Store]:
    """A Store on a PostgreSQL copy of the demo portfolio of this test's own."""
    s = open_store(pg_demo_url, create=False)
    yield s
    s.close()
