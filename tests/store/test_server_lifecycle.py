"""A team server's life: init twice, upgrades (older clients connected, a newer server, a
table nobody classified), a downgrade, a workspace logged before init, and the demo
portfolio seen by a consultant table by table."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.models import Risk
from cdmo_desktop.store import server_admin, server_security, server_users
from tests.server_support import Team, drop_logins, seed, seeded_team


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    with seeded_team(pg_url) as t:
        yield t


def _rows(conn: psycopg.Connection, sql: str, *params: object) -> set[object]:
    return {r[0] for r in conn.execute(sql, params).fetchall()}


def _privileges(engine: sa.Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        policies = conn.execute(
            sa.text("SELECT tablename, policyname, roles::text, qual, with_check FROM pg_policies")
        ).all()
        grants = conn.execute(
            sa.text(
                "SELECT table_name, grantee, privilege_type "
                "FROM information_schema.role_table_grants WHERE grantee LIKE 'cdmo_%'"
            )
        ).all()
        rls = conn.execute(
            sa.text("SELECT relname FROM pg_class WHERE relrowsecurity ORDER BY relname")
        ).all()
        counts = conn.execute(
            sa.text(
                "SELECT (SELECT count(*) FROM change_log), (SELECT count(*) FROM client_access)"
            )
        ).all()
    return (
        sorted(map(tuple, policies))
        + sorted(map(tuple, grants))
        + [tuple(r) for r in rls]
        + [tuple(c) for c in counts]
    )


def test_init_twice_changes_nothing(team: Team) -> None:
    team.new_login("alice", "Acme Pharma")
    before = _privileges(team.admin_engine())
    assert "team server" in server_admin.init(team.admin_engine())
    assert _privileges(team.admin_engine()) == before


def test_upgrade_is_refused_while_an_older_client_is_connected(team: Team) -> None:
    alice = team.new_login("alice", "Acme Pharma")
    older = server_admin.application_name("0.0.9", "0015_scale_rest")
    with team.psycopg_as(alice, application_name=older):
        with pytest.raises(server_admin.ServerRefused) as refused:
            server_admin.upgrade(team.admin_engine())
        assert alice in refused.value.sentence() and "0015_scale_rest" in refused.value.sentence()
    current = server_admin.application_name("0.1.0", server_admin.migrate.HEAD_REVISION)
    with team.psycopg_as(alice, application_name=current):
        assert "already at schema" in server_admin.upgrade(team.admin_engine())


def test_a_server_of_a_newer_version_is_refused_naming_both_versions(team: Team) -> None:
    from cdmo_desktop import __version__

    with team.admin_engine().begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
        conn.exec_driver_sql("COMMENT ON TABLE alembic_version IS 'cdmo-desktop 9.0.0'")
    with pytest.raises(server_admin.ServerRefused) as refused:
        server_admin.upgrade(team.admin_engine())
    sentence = refused.value.sentence()
    assert "0099_future (cdmo-desktop 9.0.0)" in sentence
    assert f"{server_admin.migrate.HEAD_REVISION} (cdmo-desktop {__version__})" in sentence


def test_the_app_refuses_a_newer_server_naming_both_versions(team: Team) -> None:
    from cdmo_desktop import __version__
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.errors import NewerSchemaError

    with team.admin_engine().begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
        conn.exec_driver_sql("COMMENT ON TABLE alembic_version IS 'cdmo-desktop 9.0.0'")
    with pytest.raises(NewerSchemaError) as refused:
        open_store(team.url)
    sentence = refused.value.sentence()
    assert "0099_future (cdmo-desktop 9.0.0)" in sentence
    assert f"{server_admin.migrate.HEAD_REVISION} (cdmo-desktop {__version__})" in sentence


def test_entries_written_before_init_are_placed_by_client(pg_url: str) -> None:
    """A workspace copied onto the server, then set up: its log is filtered too, deleted
    rows included (placed by the snapshot in their entry)."""
    team = Team(pg_url)
    seed(team)  # before server init: no roles, no scopes yet
    with team.admin_store() as store:
        store.write("Drop", lambda s: s.delete(s.get(Risk, team.risks["Beta"])))
    server_admin.init(team.admin_engine())
    try:
        alice = team.new_login("alice", "Acme Pharma")
        with team.psycopg_as(alice) as conn:
            logged = _rows(conn, "SELECT row_id FROM change_log")
            assert team.risks["Acme"] in logged and team.partner in logged
            assert team.risks["Beta"] not in logged and team.engagements["Beta"] not in logged
        bob = team.new_login("bob", "Beta Pharma")
        with team.psycopg_as(bob) as conn:
            deletes = _rows(conn, "SELECT table_name FROM change_log WHERE action = 'delete'")
            assert deletes == {"risk", "risk_review"}
    finally:
        drop_logins(team)


def _owned_by(table: str) -> str:
    """SQL: the ids of `table`'s rows whose chain of parents ends at client :client."""
    scopes = server_security.SCOPED_TABLES
    joins: list[str] = []
    alias, current = "t0", table
    while scopes[current].parent != "client":
        scope = scopes[current]
        parent_alias = f"t{len(joins) + 1}"
        joins.append(
            f"JOIN {scope.parent} AS {parent_alias} ON {parent_alias}.id = {alias}.{scope.column}"
        )
        alias, current = parent_alias, scope.parent
    test = f"{alias}.{scopes[current].column} = :client"
    if scopes[current].null_shared:
        test = f"({test} OR {alias}.{scopes[current].column} IS NULL)"
    return f"SELECT t0.id FROM {table} AS t0 {' '.join(joins)} WHERE {test}"


def test_on_the_demo_a_consultant_sees_exactly_their_clients_rows_in_every_table(
    pg_demo_url: str,
) -> None:
    team = Team(pg_demo_url)
    server_admin.init(team.admin_engine())
    try:
        with team.admin_engine().connect() as conn:
            client_id, client_name = conn.execute(
                sa.text(
                    "SELECT c.id, c.name FROM client AS c JOIN engagement AS e "
                    "ON e.client_id = c.id ORDER BY c.name LIMIT 1"
                )
            ).one()
            expected = {
                table: set(conn.execute(sa.text(_owned_by(table)), {"client": client_id}).scalars())
                for table in server_security.SCOPED_TABLES
                if table != "client_access"
            }
            everything = {
                t: int(conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar() or 0)
                for t in [*expected, *server_security.SHARED_TABLES]
            }
        alice = team.new_login("alice", client_name)
        with team.psycopg_as(alice) as conn:
            for table, ids in expected.items():
                seen = _rows(conn, f"SELECT id FROM {table}")
                assert seen == ids, table
            for table in server_security.SHARED_TABLES:
                assert _rows(conn, f"SELECT count(*) FROM {table}") == {everything[table]}
        hidden = [t for t, ids in expected.items() if everything[t] > len(ids)]
        assert {"engagement", "risk", "milestone", "charter", "kpi_measurement"} <= set(hidden)
    finally:
        drop_logins(team)


def test_a_table_nobody_decided_on_stops_upgrade(team: Team) -> None:
    """A later revision's new table must be classified before a server runs it."""
    with team.admin_engine().begin() as conn:
        conn.exec_driver_sql("CREATE TABLE meeting_note (id varchar(36) PRIMARY KEY, body text)")
    with pytest.raises(server_admin.ServerRefused, match="meeting_note"):
        server_admin.upgrade(team.admin_engine())


def test_downgrading_a_set_up_server_leaves_consultants_seeing_nothing(team: Team) -> None:
    from cdmo_desktop.store import migrate

    alice = team.new_login("alice", "Acme Pharma")
    engine = team.admin_engine()
    migrate.downgrade_engine(engine, "0016_row_versions")
    with team.psycopg_as(alice) as conn:
        assert _rows(conn, "SELECT title FROM engagement") == set()
        assert _rows(conn, "SELECT id FROM change_log") == set()
    # The owner still writes (plain SQL: this version's models carry later columns).
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE risk SET title = 'B' WHERE id = %(id)s", {"id": team.risks["Beta"]}
        )
    migrate.upgrade_engine(engine)
    server_admin.init(engine)
    server_users.grant(engine, alice, "Acme Pharma")
    with team.psycopg_as(alice) as conn:
        assert _rows(conn, "SELECT title FROM engagement") == {"Acme scale-up"}
