"""The PostgreSQL test fixtures: each test's database is a copy of its own, made from the
migrated template and dropped afterwards."""

from __future__ import annotations

import sqlalchemy as sa

from cdmo_desktop.store import migrate
from tests import pg_support


def _names(admin_url: str) -> set[str]:
    engine = pg_support.engine(admin_url)
    try:
        with engine.connect() as conn:
            return {r[0] for r in conn.exec_driver_sql("SELECT datname FROM pg_database")}
    finally:
        engine.dispose()


def test_each_copy_is_migrated_separate_and_dropped_after(
    pg_server: str, pg_empty_template: str
) -> None:
    with (
        pg_support.database_from(pg_server, pg_empty_template, "a") as a,
        pg_support.database_from(pg_server, pg_empty_template, "b") as b,
    ):
        assert a != b
        made = {sa.make_url(u).database for u in (a, b)}
        assert made <= _names(pg_server)
        first, second = pg_support.engine(a), pg_support.engine(b)
        try:
            with first.begin() as conn:
                conn.exec_driver_sql("DELETE FROM alembic_version")
            with first.connect() as conn:
                assert migrate.read_revision(conn) is None
            with second.connect() as conn:  # the other copy is untouched
                assert migrate.read_revision(conn) == migrate.HEAD_REVISION
        finally:
            first.dispose()
            second.dispose()
    assert not made & _names(pg_server)
