"""Who sees what on a team server: a consultant's connection cannot read or change another
client's engagements, risks or partner engagement data, through the app's store or plain
SQL; a viewer writes nothing; the change log is append-only, filtered per client and
written only in the session login's name."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from cdmo_desktop.domain.enums import RiskCategory
from cdmo_desktop.domain.models import ChangeLog, Engagement, Risk, RiskReview
from cdmo_desktop.store import server_admin, server_security, server_users
from cdmo_desktop.store.errors import WriteRefused
from cdmo_desktop.store.store import Store
from tests.server_support import Team, drop_logins, seed

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    t = Team(pg_url)
    server_admin.init(t.admin_engine())
    seed(t)
    try:
        yield t
    finally:
        drop_logins(t)


def _rows(conn: psycopg.Connection, sql: str, *params: object) -> set[object]:
    return {r[0] for r in conn.execute(sql, params).fetchall()}


def test_every_table_of_the_schema_is_classified() -> None:
    assert set(SQLModel.metadata.tables) <= server_security.KNOWN_TABLES
    assert not (server_security.SHARED_TABLES & server_security.SCOPED_TABLES.keys())


def test_the_migrated_server_has_no_table_nobody_decided_on(team: Team) -> None:
    with team.admin_engine().connect() as conn:
        assert server_security.unclassified(conn) == []


def test_a_consultant_reads_only_their_clients_rows_through_plain_sql(team: Team) -> None:
    alice = team.new_login("alice", "Acme Pharma")
    with team.psycopg_as(alice) as conn:
        assert _rows(conn, "SELECT name FROM client") == {"Acme Pharma"}
        assert _rows(conn, "SELECT title FROM engagement") == {"Acme scale-up"}
        assert _rows(conn, "SELECT title FROM risk") == {"Acme polymorph shift"}
        assert _rows(conn, "SELECT note FROM risk_review") == {"Acme note"}
        # The partner is shared; its engagements with other clients are not.
        assert _rows(conn, "SELECT name FROM partner") == {"Kestrel CDMO"}
        assert _rows(
            conn, "SELECT client_id FROM engagement WHERE partner_id = %s", team.partner
        ) == {team.clients["Acme"]}
        logged = _rows(conn, "SELECT row_id FROM change_log")
        assert team.risks["Acme"] in logged and team.partner in logged
        assert not logged & {team.risks["Beta"], team.engagements["Beta"], team.clients["Beta"]}


def test_a_consultant_cannot_change_another_clients_rows_through_plain_sql(team: Team) -> None:
    alice = team.new_login("alice", "Acme Pharma")
    with team.psycopg_as(alice) as conn:
        changed = conn.execute("UPDATE risk SET title = 'x' WHERE id = %s", (team.risks["Beta"],))
        assert changed.rowcount == 0
        gone = conn.execute("DELETE FROM engagement WHERE id = %s", (team.engagements["Beta"],))
        assert gone.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(  # a copy of their risk, in Beta's engagement
                "INSERT INTO risk SELECT (jsonb_populate_record(NULL::risk, to_jsonb(r) || "
                "jsonb_build_object('id', 'planted', 'engagement_id', %s::text))).* "
                "FROM risk AS r WHERE r.id = %s",
                (team.engagements["Beta"], team.risks["Acme"]),
            )
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # moving a row to Beta
            conn.execute(
                "UPDATE engagement SET client_id = %s WHERE id = %s",
                (team.clients["Beta"], team.engagements["Acme"]),
            )
    with team.admin_engine().connect() as conn:
        title = conn.execute(
            sa.text("SELECT title FROM risk WHERE id = :i"), {"i": team.risks["Beta"]}
        )
        assert title.scalar() == "Beta polymorph shift"


def test_a_consultant_works_on_their_client_through_the_store(team: Team) -> None:
    alice = team.new_login("alice", "Acme Pharma")
    bob = team.new_login("bob", "Beta Pharma")
    with team.store_as(bob) as store:  # the log's last entry is one alice may not see
        store.write("Beta", lambda s: setattr(s.get(Risk, team.risks["Beta"]), "owner", "Bob"))
    with team.store_as(alice) as store:
        with store.read() as s:
            assert set(s.exec(select(Risk.title)).all()) == {"Acme polymorph shift"}
            assert s.get(Risk, team.risks["Beta"]) is None
        store.write(
            "Rename", lambda s: setattr(s.get(Risk, team.risks["Acme"]), "title", "Renamed")
        )

        def plant(s: sa.orm.Session) -> None:
            s.add(
                Risk(
                    engagement_id=team.engagements["Beta"],
                    number=7,
                    title="Planted",
                    category=RiskCategory.TECHNICAL,
                )
            )

        with pytest.raises(WriteRefused, match="not assigned to"):
            store.write("Plant", plant)
    with team.admin_engine().connect() as conn:
        entry = conn.execute(
            sa.text(
                "SELECT \"user\", new_value FROM change_log WHERE field = 'title' AND row_id = :i"
            ),
            {"i": team.risks["Acme"]},
        ).one()
        assert tuple(entry) == (alice, "Renamed")
        assert (
            conn.execute(sa.text("SELECT count(*) FROM risk WHERE title = 'Planted'")).scalar() == 0
        )
        seqs = conn.execute(sa.text("SELECT seq FROM change_log ORDER BY seq")).scalars().all()
        assert seqs == list(range(1, len(seqs) + 1))  # the chain goes on after hidden entries


def test_a_viewer_reads_their_client_and_writes_nothing(team: Team) -> None:
    vera = team.new_login("vera", "Acme Pharma", "viewer")
    with team.store_as(vera) as store:
        with store.read() as s:
            assert set(s.exec(select(Engagement.title)).all()) == {"Acme scale-up"}
        with pytest.raises(WriteRefused, match="may only read"):
            store.write("Rename", lambda s: setattr(s.get(Risk, team.risks["Acme"]), "title", "x"))
    with team.psycopg_as(vera) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM risk_review")


@pytest.mark.parametrize("role", ["consultant", "admin"])
def test_the_change_log_refuses_update_and_delete_from_every_role(team: Team, role: str) -> None:
    login = team.new_login("carol", "Acme Pharma", role)
    for statement in ("UPDATE change_log SET reason = 'rewritten'", "DELETE FROM change_log"):
        with team.psycopg_as(login) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)


def test_a_change_is_logged_only_in_the_session_logins_name(team: Team) -> None:
    alice = team.new_login("alice", "Acme Pharma")
    with team.store_as(alice) as store:
        store.user = "Dana (typed in Preferences)"
        with pytest.raises(WriteRefused, match="your own login"):
            store.write("Rename", lambda s: setattr(s.get(Risk, team.risks["Acme"]), "title", "x"))
    with team.psycopg_as(alice) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            'INSERT INTO change_log (id, occurred_at, "user", table_name, row_id, action, '
            "reason) VALUES ('forged', now(), 'bob', 'risk', %s, 'update', '')",
            (team.risks["Acme"],),
        )


def test_a_forged_entry_about_another_clients_row_is_refused_at_commit(team: Team) -> None:
    alice = team.new_login("alice", "Acme Pharma")
    with team.psycopg_as(alice) as conn:
        conn.execute(
            'INSERT INTO change_log (id, occurred_at, "user", table_name, row_id, action, '
            "reason) VALUES ('forged', now(), %s, 'risk', %s, 'update', '')",
            (alice, team.risks["Beta"]),
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.commit()


def test_deleted_rows_stay_in_their_clients_log(team: Team) -> None:
    """A delete cascades (risk -> review); each entry is placed by the row's snapshot."""
    alice = team.new_login("alice", "Acme Pharma")
    bob = team.new_login("bob", "Beta Pharma")
    with team.store_as(alice) as store:
        store.write("Drop", lambda s: s.delete(s.get(Risk, team.risks["Acme"])))
    with team.store_as(alice) as store, store.read() as s:
        deleted = s.exec(select(ChangeLog.table_name).where(ChangeLog.action == "delete")).all()
        assert sorted(deleted) == ["risk", "risk_review"]
        assert s.exec(select(RiskReview)).all() == []
    with team.store_as(bob) as store, store.read() as s:
        assert s.exec(select(ChangeLog).where(ChangeLog.action == "delete")).all() == []
        assert s.exec(select(RiskReview.note)).all() == ["Beta note"]


def test_revoke_takes_the_client_away(team: Team) -> None:
    alice = team.new_login("alice", "Acme Pharma")
    server_users.revoke(team.admin_engine(), alice, "Acme Pharma")
    with team.psycopg_as(alice) as conn:
        assert _rows(conn, "SELECT title FROM engagement") == set()
        assert _rows(conn, "SELECT title FROM risk") == set()


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


def test_an_admin_login_grants_and_revokes_clients(team: Team) -> None:
    morgan = team.new_login("morgan", None, "admin")
    lee = team.new_login("lee", "Beta Pharma", "viewer")
    as_morgan = team.engine_as(morgan)
    assert "sees Acme Pharma" in server_users.grant(as_morgan, lee, "Acme Pharma")
    with team.psycopg_as(lee) as conn:
        assert _rows(conn, "SELECT name FROM client") == {"Acme Pharma", "Beta Pharma"}
    server_users.revoke(as_morgan, lee, None)
    with team.psycopg_as(lee) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT name FROM client")
    listed = {u.name: u for u in server_users.users(as_morgan)}
    assert listed[morgan].role == "admin" and lee not in listed


def test_a_shared_site_used_by_another_clients_charter_stays(team: Team) -> None:
    """Deleting a partner site would cascade into another client's charter behind
    row-level security: refused for a consultant, allowed to an admin."""
    from cdmo_desktop.domain.models import Charter, CharterSite, PartnerSite

    alice = team.new_login("alice", "Acme Pharma")
    ids: dict[str, str] = {}

    def beta_charter(s: sa.orm.Session) -> None:
        site = PartnerSite(partner_id=team.partner, name="Basel pilot plant")
        charter = Charter(engagement_id=team.engagements["Beta"])
        s.add_all([site, charter])
        s.flush()
        s.add(CharterSite(charter_id=charter.id, site_id=site.id))
        ids["site"] = site.id

    with team.admin_store() as store:
        store.write("Beta charter", beta_charter)
    with team.store_as(alice) as store, pytest.raises(WriteRefused, match="Records of a client"):
        store.write("Drop site", lambda s: s.delete(s.get(PartnerSite, ids["site"])))
    with team.admin_engine().connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM charter_site")).scalar() == 1


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
    migrate.downgrade_engine(engine, "0015_scale_rest")
    with team.psycopg_as(alice) as conn:
        assert _rows(conn, "SELECT title FROM engagement") == set()
        assert _rows(conn, "SELECT id FROM change_log") == set()
    with engine.connect() as conn:
        owner = str(conn.exec_driver_sql("SELECT session_user").scalar())
    with Store(file=None, engine=engine, user=owner) as store:  # the owner still writes
        store.write("Rename", lambda s: setattr(s.get(Risk, team.risks["Beta"]), "title", "B"))
    migrate.upgrade_engine(engine)
    server_admin.init(engine)
    server_users.grant(engine, alice, "Acme Pharma")
    with team.psycopg_as(alice) as conn:
        assert _rows(conn, "SELECT title FROM engagement") == {"Acme scale-up"}
