"""The migrations on PostgreSQL: the whole chain makes the schema SQLite has (minus the
SQLite-only tallies and FTS5 tables), downgrades and upgrades again with the demo's rows
in it, and what the store writes there keeps the change log append-only and its chain
unbroken, with writers in parallel too."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlmodel import col

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import Store, audit, migrate, triggers
from cdmo_desktop.store.errors import ConflictError, NotADatabaseError
from cdmo_desktop.store.search_indexes import SEARCH_INDEXES
from tests import pg_support
from tests.migration_support import UPGRADE_USER, counts_kept

# SQLite-only objects: the lists' counted spans (store.marks, store.triggers.keeps_tallies)
# and the FTS5 tables (with their shadow tables).
TALLIES = {
    "partner_mark",
    "engagement_mark",
    "risk_mark",
    "mark_split",
}
FTS = ("risk_fts", "partner_fts", "engagement_fts", *SEARCH_INDEXES)


def _sqlite_only(table: str) -> bool:
    return table in TALLIES or table.startswith(FTS)


@pytest.fixture
def pg_empty(pg_server: str) -> Iterator[str]:
    """A database with nothing in it (not even alembic_version)."""
    name = pg_support.unique_name("bare")
    yield pg_support.create_database(pg_server, name)
    pg_support.drop_database(pg_server, name)


def _revision(url: str) -> str | None:
    engine = pg_support.engine(url)
    try:
        with engine.connect() as conn:
            return migrate.read_revision(conn)
    finally:
        engine.dispose()


# Indexes over an expression (a phase or status rank): SQLite does not reflect them and
# PostgreSQL only in part; test_expression_indexes_are_made_on_both checks them by name.
EXPRESSION_INDEXES = ("ix_milestone_plan", "ix_engagement_portfolio")


def _schema(engine: sa.Engine) -> dict[str, dict[str, object]]:
    """Per table (SQLite-only ones left out): its columns with their nullability, and
    its index names."""
    with engine.connect() as conn, warnings.catch_warnings():
        # Expression indexes (ix_milestone_plan) are not reflected, on either backend.
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        found = sa.inspect(conn)
        out: dict[str, dict[str, object]] = {}
        for table in found.get_table_names():
            if _sqlite_only(table):
                continue
            indexes = {
                str(i["name"])
                for i in found.get_indexes(table)
                if not i.get("duplicates_constraint")  # PostgreSQL's unique constraints
            } - {*FTS, *EXPRESSION_INDEXES}  # PostgreSQL reflects them in part
            out[table] = {
                "columns": {c["name"]: c["nullable"] for c in found.get_columns(table)},
                "indexes": indexes,
            }
        return out


def _counts(url: str) -> dict[str, int]:
    engine = pg_support.engine(url)
    try:
        with engine.connect() as conn:
            out = {}
            for table in sa.inspect(conn).get_table_names():
                where = f" WHERE \"user\" <> '{UPGRADE_USER}'" if table == "change_log" else ""
                count = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"{where}').scalar()
                out[table] = int(count or 0)
            return out
    finally:
        engine.dispose()


def test_the_chain_upgrades_an_empty_database_to_head(pg_empty: str) -> None:
    assert _revision(pg_empty) is None
    engine = pg_support.engine(pg_empty)
    try:
        migrate.upgrade_engine(engine)
    finally:
        engine.dispose()
    assert _revision(pg_empty) == migrate.HEAD_REVISION


def test_a_database_of_another_program_is_not_ours(pg_empty: str) -> None:
    engine = pg_support.engine(pg_empty)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE crm_contact (id INTEGER PRIMARY KEY)")
        with engine.connect() as conn, pytest.raises(NotADatabaseError) as refused:
            migrate.read_revision(conn)
    finally:
        engine.dispose()
    assert "is a database of another program" in str(refused.value)


def test_a_failing_upgrade_leaves_the_database_as_it_was(pg_empty: str) -> None:
    engine = pg_support.engine(pg_empty)
    try:
        with engine.begin() as conn:  # a table in the way of revision 0001
            conn.exec_driver_sql("CREATE TABLE milestone (id TEXT)")
        with pytest.raises(sa.exc.ProgrammingError):
            migrate.upgrade_engine(engine)
        with engine.connect() as conn:
            assert sa.inspect(conn).get_table_names() == ["milestone"]
    finally:
        engine.dispose()


def test_head_has_the_tables_columns_and_indexes_of_sqlite(pg_url: str, store: Store) -> None:
    on_pg = pg_support.engine(pg_url)
    try:
        pg = _schema(on_pg)
    finally:
        on_pg.dispose()
    lite = _schema(store.engine)
    assert sorted(pg) == sorted(lite)
    for table in lite:
        assert pg[table] == lite[table], table


@pytest.mark.sqlite_only  # `store` is the SQLite side here
def test_expression_indexes_are_made_on_both(pg_url: str, store: Store) -> None:
    on_pg = pg_support.engine(pg_url)
    try:
        with on_pg.connect() as conn:
            pg = {r[0] for r in conn.exec_driver_sql("SELECT indexname FROM pg_indexes")}
    finally:
        on_pg.dispose()
    with store.engine.connect() as conn:
        lite = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert set(EXPRESSION_INDEXES) <= pg and set(EXPRESSION_INDEXES) <= lite


def test_the_sqlite_only_objects_are_not_made_on_postgresql(pg_url: str) -> None:
    engine = pg_support.engine(pg_url)
    try:
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            indexes = {
                r[0]
                for r in conn.execute(
                    sa.text("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%cdmo_words(%'")
                )
            }
    finally:
        engine.dispose()
    assert not tables & TALLIES
    assert set(triggers.SERVER_TALLIES) <= tables  # the counts a team server keeps too
    assert indexes == set(FTS)  # the full-text indexes are word (tsvector) indexes there


def test_downgrade_to_base_removes_everything_and_upgrades_again(pg_url: str) -> None:
    engine = pg_support.engine(pg_url)
    try:
        migrate.downgrade_engine(engine, "base")
        with engine.connect() as conn:
            assert sa.inspect(conn).get_table_names() == ["alembic_version"]
            functions = conn.execute(
                sa.text(
                    "SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'public' AND (proname LIKE 'cdmo%' "
                    "OR proname LIKE 'change_log%')"
                )
            ).all()
            assert functions == []  # the triggers' and the full-text functions
        migrate.upgrade_engine(engine)
    finally:
        engine.dispose()
    assert _revision(pg_url) == migrate.HEAD_REVISION


@pytest.mark.parametrize("start", ["0005_named_baselines", "0012_kpi_latest"])
def test_an_upgrade_with_the_demo_in_it_keeps_every_row(pg_demo_url: str, start: str) -> None:
    engine = pg_support.engine(pg_demo_url)
    try:
        migrate.downgrade_engine(engine, start)
        assert _revision(pg_demo_url) == start
        before = _counts(pg_demo_url)
        migrate.upgrade_engine(engine)
    finally:
        engine.dispose()
    expected, found = counts_kept(before, _counts(pg_demo_url))
    assert found == expected


def test_the_demo_on_postgresql_has_the_rows_of_the_sqlite_demo(
    pg_demo_url: str, demo_store: Store
) -> None:
    on_pg = _counts(pg_demo_url)
    with demo_store.engine.connect() as conn:
        lite = {
            t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar()
            for t in sa.inspect(conn).get_table_names()
            if not _sqlite_only(t)
        }
    # A team server keeps the Portfolio's whole day beside its key day (store.portfolio_keys).
    whole = 1 if demo_store.server is None else 0
    assert on_pg.pop("portfolio_key_day") == int(lite.pop("portfolio_key_day") or 0) + whole
    assert on_pg == lite
    assert on_pg["partner"] > 0 and on_pg["change_log"] > 1000


def _rename(store: Store, partner_id: str, name: str) -> None:
    def work(s: object) -> None:
        partner = s.get(Partner, partner_id)  # type: ignore[attr-defined]
        partner.name = name

    store.write("Rename partner", work)


def _partner_ids(store: Store) -> list[str]:
    with store.read() as s:
        return list(s.execute(sa.select(col(Partner.id)).order_by(col(Partner.id))).scalars())


def test_writes_through_the_store_keep_the_audit_trail_clean(pg_demo_store: Store) -> None:
    store = pg_demo_store
    first = _partner_ids(store)[0]
    _rename(store, first, "Renamed Partner GmbH")
    with store.engine.connect() as conn:
        report = audit.verify(conn)
    assert report.ok, report.summary()
    with store.engine.begin() as conn:  # a change outside the app is found
        conn.execute(
            sa.text("UPDATE partner SET name = 'Quietly changed' WHERE id = :i"), {"i": first}
        )
    with store.engine.connect() as conn:
        assert not audit.verify(conn).ok


def test_the_change_log_refuses_updates_and_deletes(pg_demo_url: str) -> None:
    engine = pg_support.engine(pg_demo_url)
    try:
        for statement in (
            "UPDATE change_log SET reason = 'forged'",
            "UPDATE change_log SET new_value = NULL",  # not listed by an erasure
            "DELETE FROM change_log",
        ):
            with (
                pytest.raises(sa.exc.DBAPIError, match="change_log is append-only"),
                engine.begin() as conn,
            ):
                conn.exec_driver_sql(statement)
        with engine.connect() as conn:
            assert audit.missing_triggers(conn) == []
            conn.exec_driver_sql("ALTER TABLE change_log DISABLE TRIGGER change_log_no_delete")
            assert audit.missing_triggers(conn) == ["change_log_no_delete"]
            conn.rollback()
    finally:
        engine.dispose()


def test_only_a_listed_erasure_may_blank_logged_values(pg_demo_url: str) -> None:
    """The redaction rule (store.redaction, 0014_erasure): the old/new values of an entry
    listed in erased_entry may be blanked, nothing else; the chain still verifies (the
    values are outside the hash)."""
    engine = pg_support.engine(pg_demo_url)
    try:
        with engine.begin() as conn:
            entry = conn.exec_driver_sql(
                "SELECT id FROM change_log WHERE new_value IS NOT NULL ORDER BY seq LIMIT 1"
            ).scalar_one()
            conn.execute(
                sa.text(
                    'INSERT INTO erasure (id, erased_at, "user", kind, table_name, row_id, '
                    "fields, reason) VALUES ('e1', now(), 'Dana', 'record', 'partner', 'p', "
                    "'[]', 'request')"
                )
            )
            conn.execute(
                sa.text("INSERT INTO erased_entry (change_log_id, erasure_id) VALUES (:c, 'e1')"),
                {"c": entry},
            )
            conn.execute(
                sa.text("UPDATE change_log SET old_value = NULL, new_value = NULL WHERE id = :c"),
                {"c": entry},
            )
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE change_log SET \"user\" = 'Eve' WHERE id = :c"), {"c": entry}
            )
        with engine.connect() as conn:
            blanked = conn.execute(
                sa.text("SELECT new_value FROM change_log WHERE id = :c"), {"c": entry}
            ).scalar()
            report = audit.verify(conn, data=False)
        assert blanked is None
        assert report.ok, report.summary()
    finally:
        engine.dispose()


def test_parallel_writers_extend_one_chain(pg_demo_url: str) -> None:
    """Two stores write at once: each transaction chains after the head the other
    committed (an advisory lock), so no two entries share a place and the chain verifies."""
    stores = [pg_support.store_on(pg_demo_url) for _ in range(2)]
    ids = _partner_ids(stores[0])
    start = threading.Barrier(len(stores))
    failures: list[BaseException] = []

    def edits(store: Store, n: int) -> None:
        start.wait()
        try:
            for i in range(12):
                while True:  # a partner the other writer saved meanwhile: read it again
                    try:
                        _rename(store, ids[(n + i) % len(ids)], f"Writer {n} edit {i}")
                        break
                    except ConflictError:
                        continue
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=edits, args=(s, n)) for n, s in enumerate(stores)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert failures == []
        with stores[0].engine.connect() as conn:
            seqs = [r[0] for r in conn.exec_driver_sql("SELECT seq FROM change_log ORDER BY seq")]
            report = audit.verify(conn)
        assert seqs == list(range(1, len(seqs) + 1))
        assert report.ok, report.summary()
    finally:
        for s in stores:
            s.close()
