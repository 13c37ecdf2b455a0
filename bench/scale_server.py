"""`bench scale` on a team server: the same screens and interactions on a PostgreSQL copy
of each generated database (`python -m bench scale --backend postgresql`, or
BENCH_SCALE_BACKEND=postgresql).

The server is $CDMO_TEST_PG_URL (an admin URL) when set, else a throwaway local cluster
(tests/pg_support.py). Each generated file is moved onto the server once with
`cdmo-desktop copy`, the command a practice uses to move its workspace there, into a
database named after the data set, its size, the generator's version and the schema
revision; on a server given by $CDMO_TEST_PG_URL that database outlives the run and is
reused, as the generated files are. Every measurement then works on a fresh
`CREATE DATABASE ... TEMPLATE` of it (edits are written), opened with `open_store(URL)` as
the window does. The server is on loopback: a real network adds its round trip to each
query.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.core import Measurement

BACKEND_ENV = "BENCH_SCALE_BACKEND"
BACKENDS = ("sqlite", "postgresql")


def backend() -> str:
    """The backend `bench scale` measures on ($BENCH_SCALE_BACKEND, default sqlite)."""
    name = os.environ.get(BACKEND_ENV, "").strip() or "sqlite"
    if name not in BACKENDS:
        raise ValueError(f"{BACKEND_ENV} takes {', '.join(BACKENDS)}, not {name!r}")
    return name


@contextlib.contextmanager
def server(name: str) -> Iterator[str | None]:
    """The admin URL of the server to measure on for the backend `name` (None: SQLite)."""
    if name == "sqlite":
        yield None
        return
    from tests import pg_support

    with pg_support.server() as admin:
        yield admin


def cached_name(kind: str, n: int) -> str:
    """The server database holding generated data set `kind` of `n` rows (a new generator
    or schema revision makes a new one)."""
    from bench.generate.common import version_of
    from cdmo_desktop.store.migrate import HEAD_REVISION

    revision = re.sub(r"[^a-z0-9]", "", HEAD_REVISION.lower())
    return f"bench_{kind}_{n}_g{version_of(kind)}_{revision}"[:63]


def _exists(admin: str, name: str) -> bool:
    from tests import pg_support

    eng = pg_support.engine(admin)
    try:
        with eng.connect() as conn:
            found = conn.exec_driver_sql(
                "SELECT 1 FROM pg_database WHERE datname = %(name)s", {"name": name}
            ).first()
    finally:
        eng.dispose()
    return found is not None


def _autocommit(admin: str, statement: str) -> None:
    from tests import pg_support

    eng = pg_support.engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with eng.connect() as conn:
            conn.exec_driver_sql(statement)
    finally:
        eng.dispose()


def kept(admin: str, kind: str, n: int) -> bool:
    """Whether the server holds the generated data set `kind` of `n` rows already (no
    file needs copying for `server_copy` then: 4 GB and a minute at a million rows)."""
    return _exists(admin, cached_name(kind, n))


def server_copy(
    kind: str, n: int, source: Path | None, admin: str
) -> tuple[str, Measurement | None]:
    """The URL of a fresh server database holding the generated file `source` (data set
    `kind`, `n` rows; None when the server `kept` it), and the copy's measurement when
    this call moved the file there."""
    from bench.bench_scale import size_label
    from cdmo_desktop.cli import main as cli
    from tests import pg_support

    cached = cached_name(kind, n)
    copied = None
    if not _exists(admin, cached):
        if source is None:
            raise RuntimeError(f"{kind} @{n}: not on the server and no file to copy there")
        building = f"{cached[:54]}_building"
        pg_support.drop_database(admin, building)
        url = pg_support.create_database(admin, building)
        start, cpu = time.perf_counter(), time.process_time()
        if cli(["copy", "--from", str(source), "--to", url]) != 0:
            pg_support.drop_database(admin, building)
            raise RuntimeError(f"copy of {kind} @{n} into PostgreSQL failed")
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        _autocommit(admin, f'ALTER DATABASE "{building}" RENAME TO "{cached}"')
        copied = Measurement(
            f"[postgresql] copy {kind} @{size_label(n)} SQLite -> PostgreSQL",
            seconds,
            note=f"postgresql; cpu {cpu * 1000:.0f} ms (this process); kept as {cached}",
            key=f"copy {kind}",
            rows=n,
        )
        print(
            f"{kind} @{size_label(n)}: copied into PostgreSQL in {seconds:.0f} s", file=sys.stderr
        )
    work = pg_support.unique_name(f"bench_{kind}")
    return pg_support.create_database(admin, work, cached), copied


def drop_copy(admin: str, url: str) -> None:
    """Drop the working database `server_copy` made."""
    import sqlalchemy as sa

    from tests import pg_support

    name = sa.make_url(url).database
    if name:
        pg_support.drop_database(admin, name)


def labelled(measurements: list[Measurement], name: str) -> list[Measurement]:
    """The measurements marked with the backend they were taken on (name and note)."""
    if name == "sqlite":
        return measurements
    for m in measurements:
        if not m.name.startswith(f"[{name}]"):
            m.name = f"[{name}] {m.name}"
            m.note = f"{name}; {m.note}" if m.note else name
    return measurements


def _stat(pid: int) -> list[str]:
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2 :].split()  # fields from the state on (the 3rd)


def server_clock(url: str) -> Callable[[], float] | None:
    """A clock of the CPU seconds the server's processes have used (each connection's
    backend, live or ended, and the server's own), when the server runs on this machine
    (Linux /proc); None otherwise. The client's CPU time leaves out the work the server
    does for it; this is that work. Resolution: the kernel's clock tick (10 ms)."""
    from tests import pg_support

    eng = pg_support.engine(url)
    try:
        with eng.connect() as conn:
            backend = int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
            postmaster = int(_stat(backend)[1])  # the backend's parent (while it runs)
    except OSError:
        return None  # not a process of this machine
    finally:
        eng.dispose()
    tick = float(os.sysconf("SC_CLK_TCK"))

    def used() -> float:
        # utime, stime, then the ended children's cutime, cstime (fields 14-17)
        own = _stat(postmaster)
        total = sum(int(v) for v in own[11:15])
        children = Path(f"/proc/{postmaster}/task/{postmaster}/children").read_text().split()
        for child in children:
            try:
                total += sum(int(v) for v in _stat(int(child))[11:13])
            except (OSError, ValueError):
                continue  # ended meanwhile: counted in the parent's cutime
        return total / tick

    used()
    return used
