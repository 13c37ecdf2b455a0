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
from tests.server_support import Team, seeded_team

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    with seeded_team(pg_url) as t:
        yield t


def _rows(conn: psycopg.Connection, sql: str, *params: object) -> set[object]:
    return {r[0] for r in conn.execute(sql, params).fetchall()}


def test_every_table_of_the_schema_is_classified() -> None:
    assert set(SQLModel.metadata.tables) <= server_security.KNOWN_TABLES
    assert not (server_security.SHARED_TABLES & server_security.SCOPED_TABLES.keys())
    # The counted spans count every client's rows: never on a server, never admitted.
    assert not (server_security.LOCAL_ONLY_TABLES & server_security.KNOWN_TABLES)


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
    with pytest.raises(
        server_admin.ServerRefused, match="may not hand out"
    ):  # only the owner makes admins
        server_users.grant(as_morgan, lee, None, "admin")


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


def test_live_updates_show_a_consultant_only_what_they_may_see(team: Team) -> None:
    from cdmo_desktop.domain.models import Partner
    from cdmo_desktop.store import live

    alice = team.new_login("alice", "Acme Pharma")
    bob = team.new_login("bob", "Beta Pharma")
    with team.store_as(alice) as mine, team.store_as(bob) as theirs:
        cursor = live.log_head(mine)
        theirs.write("Beta", lambda s: setattr(s.get(Risk, team.risks["Beta"]), "owner", "Bob"))
        assert live.changes_since(mine, cursor).changeset is None
        theirs.write("Shared", lambda s: setattr(s.get(Partner, team.partner), "notes", "Audit"))
        seen = live.changes_since(mine, cursor)
        assert seen.changeset is not None and seen.users == (bob,)
        assert {row.table for row in seen.changeset.after} == {"partner"}
