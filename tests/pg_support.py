"""PostgreSQL for the tests: a throwaway cluster, and databases made from templates.

The fixtures in tests/conftest.py use these helpers:

- `pg_server` (session): the admin URL (``postgresql://postgres@127.0.0.1:PORT/postgres``)
  of the server the tests use: ``$CDMO_TEST_PG_URL`` when set (a role that may create
  databases), else a cluster this module starts from ``/usr/lib/postgresql/*/bin`` in a
  temporary folder on a free loopback port (fsync off), stopped at the end of the session.
  Without PostgreSQL binaries the tests that need it are skipped, unless
  ``$CDMO_TEST_PG_REQUIRED=1`` (CI), when they fail.
- `pg_url` / `pg_demo_url` (function): a database of their own, made with
  ``CREATE DATABASE ... TEMPLATE`` from a template migrated (and, for the demo, populated)
  once per session, and dropped after the test. `pg_store` / `pg_demo_store`: a Store
  (open_store) on such a copy.

Every database name carries the pytest-xdist worker and the process id, so workers sharing
one server through ``$CDMO_TEST_PG_URL`` never collide (without it each worker starts its own
cluster). URLs are plain ``postgresql://`` strings, as a user types them; `engine(url)` opens
one with SQLAlchemy (psycopg 3).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from cdmo_desktop.store import Store, open_store

URL_ENV = "CDMO_TEST_PG_URL"
REQUIRED_ENV = "CDMO_TEST_PG_REQUIRED"
BIN_GLOB = "/usr/lib/postgresql/*/bin"
SERVICE_USER = "postgres"  # initdb and postgres refuse to run as root


class NoPostgres(Exception):
    """No PostgreSQL server to test against (no binaries and no $CDMO_TEST_PG_URL)."""


def required() -> bool:
    return os.environ.get(REQUIRED_ENV, "") not in ("", "0")


def find_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl."""
    found = []
    for bin_dir in Path("/").glob(BIN_GLOB.lstrip("/")):
        version = bin_dir.parent.name
        if (bin_dir / "initdb").exists() and (bin_dir / "pg_ctl").exists() and version.isdigit():
            found.append((int(version), bin_dir))
    return max(found)[1] if found else None


def sa_url(url: str | sa.URL) -> sa.URL:
    """`url` (postgresql://, postgres:// or postgresql+psycopg://) for SQLAlchemy with
    psycopg 3."""
    parsed = sa.make_url(url) if isinstance(url, str) else url
    return parsed.set(drivername="postgresql+psycopg")


def engine(url: str | sa.URL, **kwargs: object) -> sa.Engine:
    """An engine on `url` through psycopg 3 (no pool unless asked: tests drop databases)."""
    kwargs.setdefault("poolclass", sa.pool.NullPool)
    return sa.create_engine(sa_url(url), **kwargs)


def with_database(url: str, name: str) -> str:
    """`url` pointing at database `name` (a plain postgresql:// URL, password kept)."""
    parsed = sa.make_url(url).set(database=name)
    return parsed.render_as_string(hide_password=False)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_service_user(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    return ["runuser", "-u", SERVICE_USER, "--", *argv]


@dataclass
class Cluster:
    """A PostgreSQL cluster in a temporary folder, on a loopback port, trust auth."""

    bin_dir: Path
    folder: Path = field(init=False)
    port: int = field(init=False, default=0)
    running: bool = field(init=False, default=False)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        # Short path in /tmp: the socket path must stay under ~100 characters.
        self.folder = Path(tempfile.mkdtemp(prefix="cdmo-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, SERVICE_USER)
        _run(
            [
                str(self.bin_dir / "initdb"),
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )
        for attempt in itertools.count():
            self.port = free_port()
            options = (
                f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=200"
            )
            try:
                _run(
                    [
                        str(self.bin_dir / "pg_ctl"),
                        "-D",
                        str(self.data),
                        "-o",
                        options,
                        "-l",
                        str(self.folder / "log"),
                        "-w",
                        "start",
                    ]
                )
                break
            except NoPostgres:
                if attempt >= 2:  # the free port was taken in between, three times
                    raise
        self.running = True
        atexit.register(self.stop)

    def stop(self) -> None:
        if self.running:
            self.running = False
            with contextlib.suppress(NoPostgres):
                _run(
                    [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]
                )
        shutil.rmtree(self.folder, ignore_errors=True)


def _run(argv: list[str]) -> None:
    done = subprocess.run(
        _as_service_user(argv), capture_output=True, text=True, check=False, cwd="/"
    )
    if done.returncode != 0:
        raise NoPostgres(f"{' '.join(argv[:2])} failed: {done.stdout}{done.stderr}".strip())


@contextlib.contextmanager
def server() -> Iterator[str]:
    """The admin URL of the server to test against, for as long as the block runs."""
    given = os.environ.get(URL_ENV)
    if given:
        yield given
        return
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise NoPostgres(f"no PostgreSQL binaries in {BIN_GLOB} and ${URL_ENV} is not set")
    cluster = Cluster(bin_dir)
    try:
        cluster.start()
        _wait_ready(cluster.url)
        yield cluster.url
    finally:
        cluster.stop()


def _wait_ready(url: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    eng = engine(url)
    try:
        while True:
            try:
                with eng.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")
                return
            except sa.exc.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
    finally:
        eng.dispose()


_counter = itertools.count()


def unique_name(kind: str) -> str:
    """A database name no other test, worker or process uses at the same time."""
    worker = re.sub(r"[^a-z0-9]", "", os.environ.get("PYTEST_XDIST_WORKER", "main").lower())
    return f"cdmo_t_{kind}_{worker}_{os.getpid()}_{next(_counter)}"


def _autocommit(admin_url: str, *statements: str) -> None:
    eng = engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with eng.connect() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        eng.dispose()


def create_database(admin_url: str, name: str, template: str | None = None) -> str:
    """Create database `name` (a copy of `template` when given); its URL."""
    clause = f' TEMPLATE "{template}"' if template else ""
    _autocommit(admin_url, f'CREATE DATABASE "{name}"{clause}')
    return with_database(admin_url, name)


def drop_database(admin_url: str, name: str) -> None:
    """Drop `name`, closing whatever connections a test left open on it."""
    _autocommit(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_template(admin_url: str, kind: str, fill: Callable[[str], None]) -> str:
    """A new database `fill(url)` prepares (every connection closed after); its name."""
    name = unique_name(f"tpl_{kind}")
    url = create_database(admin_url, name)
    try:
        fill(url)
    except BaseException:
        drop_database(admin_url, name)
        raise
    # Nobody may be connected to a template while a copy is made of it.
    _autocommit(
        admin_url,
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{name}' AND pid <> pg_backend_pid()",
    )
    return name


@contextlib.contextmanager
def database_from(admin_url: str, template: str, kind: str) -> Iterator[str]:
    """A copy of `template` for one test, dropped after it; yields its URL."""
    name = unique_name(kind)
    url = create_database(admin_url, name, template)
    try:
        yield url
    finally:
        drop_database(admin_url, name)


def store_on(url: str) -> Store:
    """A Store on the PostgreSQL database `url` (already migrated; its user is the URL's)."""
    return open_store(url, create=False)
