"""One trigger definition (store.triggers) behaves the same on SQLite and PostgreSQL: the
watched columns (UPDATE OF), the WHEN condition, a body writing another table, a refusal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from cdmo_desktop.store import triggers
from tests import pg_support

COUNT_RENAMES = triggers.Trigger(
    "item_renamed",
    "item",
    "AFTER",
    "UPDATE",
    "UPDATE renames SET n = n + 1;",
    update_of=("name",),
    when="old.name IS DISTINCT FROM new.name",
)


def _guard(dialect: str) -> triggers.Trigger:
    return triggers.Trigger(
        "item_no_delete", "item", "BEFORE", "DELETE", triggers.refusal(dialect, "items stay")
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest) -> Iterator[sa.Engine]:
    if request.param == "sqlite":
        engine = sa.create_engine("sqlite://", poolclass=sa.pool.StaticPool)
    else:
        engine = pg_support.engine(request.getfixturevalue("pg_url"))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, note TEXT)")
        conn.exec_driver_sql("CREATE TABLE renames (n INTEGER NOT NULL)")
        conn.exec_driver_sql("INSERT INTO renames VALUES (0)")
        conn.exec_driver_sql("INSERT INTO item VALUES (1, 'a', 'x'), (2, NULL, 'y')")
        triggers.create(conn, COUNT_RENAMES)
        triggers.create(conn, _guard(engine.dialect.name))
    yield engine
    engine.dispose()


def _renames(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT n FROM renames").scalar_one())


def test_only_a_watched_column_that_changed_fires(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE item SET note = 'z'")  # not watched
        conn.exec_driver_sql("UPDATE item SET name = name")  # watched, unchanged (NULL too)
    assert _renames(engine) == 0
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE item SET name = 'b'")  # both rows: 'a' and NULL change
    assert _renames(engine) == 2


def test_a_refusal_stops_the_write_and_a_dropped_trigger_no_longer_does(
    engine: sa.Engine,
) -> None:
    with pytest.raises(sa.exc.DBAPIError, match="items stay"), engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM item WHERE id = 1")
    with engine.begin() as conn:
        triggers.drop(conn, _guard(engine.dialect.name))
        conn.exec_driver_sql("DELETE FROM item WHERE id = 1")
        left = conn.exec_driver_sql("SELECT count(*) FROM item").scalar_one()
    assert left == 1


def test_the_sqlite_text_is_the_classic_form() -> None:
    assert COUNT_RENAMES.sqlite() == (
        "CREATE TRIGGER item_renamed AFTER UPDATE OF name ON item "
        "WHEN old.name IS DISTINCT FROM new.name BEGIN UPDATE renames SET n = n + 1; END"
    )
