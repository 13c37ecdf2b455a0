"""Search at 100,000 risks on SQLite (FTS5) and PostgreSQL (GIN index of the folded words)
side by side: what the risk register asks when a word is typed in its search box, through
the portable condition (store.fulltext.condition) on both backends.

For each text typed (one letter, two, three, two words, a word no risk has, and two
common words no risk has together) two queries: the total count the register shows, and
the first page of 50 sorted by title. The rows (id, title, description, mitigation and
the risk's other columns) are the generated 100k-risk database's (bench.generate), copied
into a throwaway PostgreSQL cluster (tests/pg_support.py) with COPY; the PostgreSQL table
gets the same full-text index the migrations make, and an index on title (SQLite has
ix_risk_sort_title).
Skipped (no measurement) when there are no PostgreSQL binaries.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from bench.core import Measurement, median_time

N_RISKS = 100_000
RUNS = 7  # past psycopg's prepare threshold (5): prepared statements are measured too
PAGE = 50
INDEX = "risk_fts"
SEARCHES = {
    "1_letter": "s",
    "2_letters": "su",
    "3_letters": "sup",
    "two_words": "sup aud",
    "no_match": "zzq",
    "two_words_apart": "cold backlog",
}


def _queries(engine: sa.Engine, text: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """The register's count and first page for `text` on `engine`."""
    from cdmo_desktop.store import fulltext

    risk = sa.table("risk", sa.column("id"), sa.column("title"))
    where: Any = fulltext.condition(engine.dialect.name, INDEX, text)
    if where is None:
        where = sa.true()
    count = sa.select(sa.func.count()).select_from(risk).where(where)
    page = (
        sa.select(risk.c.id, risk.c.title)
        .where(where)
        .order_by(risk.c.title, risk.c.id)
        .limit(PAGE)
    )
    conn = engine.connect()

    def counted() -> int:
        return int(conn.execute(count).scalar_one())

    def paged() -> list[Any]:
        return list(conn.execute(page).all())

    return counted, paged


def _copy_to_postgresql(source: sqlite3.Connection, url: str) -> sa.Engine:
    """A `risk` table on `url` with the generated risks' rows, its word index and an
    index on title, vacuumed and analysed."""
    from cdmo_desktop.store import fulltext
    from tests import pg_support

    columns = [r[1] for r in source.execute("PRAGMA table_info(risk)")]
    engine = pg_support.engine(url, poolclass=sa.pool.QueuePool)
    with engine.begin() as conn:
        fulltext.install_functions(conn)
        typed = ", ".join(f'"{c}" text' for c in columns)
        conn.exec_driver_sql(f"CREATE TABLE risk ({typed}, PRIMARY KEY (id))")
        raw: Any = conn.connection.driver_connection
        names = ", ".join(f'"{c}"' for c in columns)
        with raw.cursor().copy(f"COPY risk ({names}) FROM STDIN") as copy:
            for row in source.execute(f"SELECT {names} FROM risk"):
                copy.write_row([None if v is None else str(v) for v in row])
        index = fulltext.INDEXES[INDEX]
        fulltext.create(conn, index.name, index.table, index.columns)
        conn.exec_driver_sql("CREATE INDEX ix_risk_title ON risk (title, id)")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE risk")
    return engine


def run() -> list[Measurement]:
    from bench.generate import cached_database
    from tests import pg_support

    path, _ = cached_database("risks", N_RISKS)
    if pg_support.find_bin_dir() is None and not os.environ.get(pg_support.URL_ENV):
        return []
    lite = sa.create_engine(
        sa.engine.URL.create("sqlite"),
        creator=lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True),
        poolclass=sa.pool.StaticPool,
    )
    load = os.getloadavg()[0]
    out: list[Measurement] = []
    with pg_support.server() as admin:
        name = pg_support.unique_name("bench_search")
        url = pg_support.create_database(admin, name)
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pg = _copy_to_postgresql(source, url)
            for label, text in SEARCHES.items():
                lite_count, lite_page = _queries(lite, text)
                pg_count, pg_page = _queries(pg, text)
                matches = lite_count()
                assert pg_count() == matches, text  # the same rows on both
                assert [r[0] for r in pg_page()] == [r[0] for r in lite_page()], text
                for what, on_lite, on_pg in (
                    ("count", lite_count, pg_count),
                    ("page", lite_page, pg_page),
                ):
                    baseline = median_time(on_lite, repeat=RUNS)
                    out.append(
                        Measurement(
                            f"search.{label}.{what}",
                            median_time(on_pg, repeat=RUNS),
                            baseline_median_s=baseline,
                            note=f"PostgreSQL vs SQLite (baseline); {text!r}: {matches} "
                            f"matches; load {load:.1f}",
                            rows=N_RISKS,
                        )
                    )
            pg.dispose()
        finally:
            source.close()
            pg_support.drop_database(admin, name)
    lite.dispose()
    return out
