"""Ten writers on one PostgreSQL database: throughput and conflicts (bench/concurrency.py).

10 processes x 200 edits of the same 10 risks, each edit as the risk form saves it (the row
version read, the save expecting it): every edit lands or is refused as a conflict, and the
run is checked for lost updates. Measured: the whole run's wall time (one run: it is 2,000
writes), with the edits per second, the landed and refused counts in the note; and one
process alone making 200 edits of its own (no conflicts), the baseline of a single writer.

The server: $CDMO_BENCH_PG_URL (an admin URL that may create databases), else a throwaway
cluster from the Debian binaries (tests/pg_support.py); without either it measures nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from bench.concurrency import problems, run_writers
from bench.core import Measurement, peak_rss_mb

URL_ENV = "CDMO_BENCH_PG_URL"
PROCESSES, EDITS, ROWS = 10, 200, 10


@contextmanager
def _server() -> Iterator[str | None]:
    url = os.environ.get(URL_ENV)
    if url:
        yield url
        return
    from tests import pg_support

    if pg_support.find_bin_dir() is None:
        yield None
        return
    with pg_support.server() as started:
        yield started


@contextmanager
def _database(admin_url: str) -> Iterator[str]:
    from cdmo_desktop.store import open_store
    from tests import pg_support

    name = pg_support.unique_name("bench_writers")
    url = pg_support.create_database(admin_url, name)
    try:
        open_store(url, create=True).close()  # migrated, empty
        yield url
    finally:
        pg_support.drop_database(admin_url, name)


def _one_run(admin_url: str, processes: int) -> tuple[float, str]:
    with _database(admin_url) as url:
        result = run_writers(url, processes=processes, edits=EDITS, rows=ROWS)
        lost = problems(url, result, processes=processes, edits=EDITS)
    made = processes * EDITS
    note = (
        f"{processes} x {EDITS} edits of {ROWS} risks: {made / result.seconds:.0f} edits/s, "
        f"{result.count('landed')} landed, {result.count('conflict')} conflicts, "
        f"{'0 lost' if not lost else 'PROBLEMS: ' + '; '.join(lost[:3])}"
    )
    return result.seconds, note


def run() -> list[Measurement]:
    with _server() as admin_url:
        if admin_url is None:
            return []
        single, single_note = _one_run(admin_url, 1)
        many, many_note = _one_run(admin_url, PROCESSES)
    return [
        Measurement(
            "writers.postgresql_10x200",
            many,
            peak_mb=peak_rss_mb(),
            note=many_note + f"; one writer alone: {single_note.split(': ', 1)[1]}",
        ),
        Measurement("writers.postgresql_1x200", single, peak_mb=peak_rss_mb(), note=single_note),
    ]
