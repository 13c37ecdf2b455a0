"""Copying a whole workspace between databases (store/transfer.py, `cdmo-desktop copy`):
rows per second of SQLite -> SQLite, SQLite -> PostgreSQL and PostgreSQL -> SQLite on the
generated risk portfolios of 10,000 and 100,000 risks (22,500 and 225,000 rows with their
change log, engagements, milestones, partners and clients).

Each copy goes into an empty database already at this version's schema (a copy of a
migrated template), so the time is the copy's own: reading the source in batches, writing
the rows in one transaction, rebuilding the target's derived data (SQLite: full-text
indexes and tallies) and committing. The peak memory after each copy shows that a bigger
database is streamed, not held. PostgreSQL: $CDMO_TEST_PG_URL (an admin URL) when set,
else a throwaway local cluster (tests/pg_support.py); without one only SQLite is measured.
"""

from __future__ import annotations

import functools
import shutil
import statistics
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from bench.core import Measurement, peak_rss_mb

if TYPE_CHECKING:
    import sqlalchemy as sa

SIZES = (10_000, 100_000)
RUNS = {10_000: 3, 100_000: 1}


def _measured(
    name: str, runs: int, copy: Callable[[], tuple[int, float]], note: str = ""
) -> Measurement:
    times = []
    rows = 0
    for _ in range(runs):
        rows, seconds = copy()
        times.append(seconds)
    median = statistics.median(times)
    return Measurement(
        name,
        median,
        peak_mb=peak_rss_mb(),
        note=f"{rows} rows, {rows / median:,.0f} rows/s{note}",
        rows=rows,
        runs=runs,
    )


@contextmanager
def _server() -> Iterator[str | None]:
    """The admin URL of a PostgreSQL server to measure on, None without one."""
    from tests import pg_support

    try:
        with pg_support.server() as url:
            yield url
    except pg_support.NoPostgres:
        yield None


def run() -> list[Measurement]:
    from bench.generate import cached_database
    from cdmo_desktop.store import open_store, transfer
    from cdmo_desktop.store.engine import make_engine

    folder = Path(tempfile.mkdtemp(prefix="bench-copy-"))
    out: list[Measurement] = []
    try:
        empty = folder / "empty.sqlite"
        open_store(empty).close()

        def into_new_file(source_engine: sa.Engine) -> tuple[int, float]:
            target = folder / "copy.sqlite"
            for side in ("", "-wal", "-shm"):
                Path(f"{target}{side}").unlink(missing_ok=True)
            shutil.copyfile(empty, target)
            engine = make_engine(target)
            try:
                report = transfer.copy_database(source_engine, engine)
            finally:
                engine.dispose()
            return report.total, report.seconds

        with _server() as admin:
            template = None
            if admin is not None:
                from tests import pg_support

                template = pg_support.make_template(
                    admin, "bench_copy", lambda url: open_store(url, create=True).close()
                )
            try:
                for n in SIZES:
                    path, _ = cached_database("risks", n)
                    source = transfer.sqlite_source(path)
                    try:
                        out.append(
                            _measured(
                                f"copy.sqlite_to_sqlite_{n // 1000}k",
                                RUNS[n],
                                functools.partial(into_new_file, source),
                            )
                        )
                        if admin is not None and template is not None:
                            out += _server_copies(admin, template, n, source, into_new_file)
                    finally:
                        source.dispose()
            finally:
                if admin is not None and template is not None:
                    from tests import pg_support

                    pg_support.drop_database(admin, template)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def _server_copies(
    admin: str,
    template: str,
    n: int,
    source: sa.Engine,
    into_new_file: Callable[[sa.Engine], tuple[int, float]],
) -> list[Measurement]:
    """SQLite -> a fresh server database (from the migrated template), then that server
    database -> SQLite."""
    from cdmo_desktop.store import open_store, transfer
    from tests import pg_support

    out = []
    last: list[str] = []

    def to_server() -> tuple[int, float]:
        for name in last:
            pg_support.drop_database(admin, name)
        last.clear()
        name = pg_support.unique_name("bench_copy")
        url = pg_support.create_database(admin, name, template)
        last.append(name)
        with open_store(url, create=False) as store:
            report = transfer.copy_database(source, store.engine)
        return report.total, report.seconds

    try:
        out.append(_measured(f"copy.sqlite_to_postgresql_{n // 1000}k", RUNS[n], to_server))
        url = pg_support.with_database(admin, last[-1])
        with open_store(url, create=False) as store:
            out.append(
                _measured(
                    f"copy.postgresql_to_sqlite_{n // 1000}k",
                    RUNS[n],
                    lambda: into_new_file(store.engine),
                )
            )
    finally:
        for name in last:
            pg_support.drop_database(admin, name)
    return out
