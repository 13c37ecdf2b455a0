"""Erasure on a team server: the person leaves the records, the change log and the
register's search (the trigram index is written anew), the erasure is logged, and no
backup is listed (a server's backups are its administrator's pg_dump files). Erasing is the
owner's alone (docs/team-server.md): an admin's or a consultant's erasure is refused with a
sentence that says so, a viewer's as any write of theirs, and nothing is written. The file's
bytes, pages and backups are SQLite's own story: tests/store/test_erasure.py."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import select

from cdmo_desktop.cli import main
from cdmo_desktop.domain.models import Contact, Partner, Risk
from cdmo_desktop.domain.models.erasure import ERASED
from cdmo_desktop.store import Store, open_store, partner_list, server_admin
from cdmo_desktop.store import erasure as er
from cdmo_desktop.store.errors import WriteRefused
from tests import pg_support
from tests.server_support import PASSWORD, Team, drop_logins, seed, seeded_team

NAME = "Dr. Katrin Vogel"


def _count(store: Store, sql: str, **params: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.text(sql), params).scalar_one())


def _found(store: Store, text: str) -> int:
    with store.read() as s:
        filters = partner_list.PartnerFilters(text=text, archived=True)
        return partner_list.count(s, filters, date(2026, 11, 20))


def test_erasing_a_person_on_a_server_removes_them_from_records_log_and_search(
    pg_test_user_demo_url: str,
) -> None:
    with open_store(pg_test_user_demo_url, create=False) as store:
        with store.read() as s:
            contact = s.exec(select(Contact).where(Contact.name == NAME)).one()
        secrets = (NAME, contact.email, contact.phone)
        log = "SELECT count(*) FROM change_log WHERE old_value LIKE :t OR new_value LIKE :t"
        assert all(_count(store, log, t=f"%{s}%") for s in secrets)
        assert _found(store, "vogel") > 0  # the register finds partners by their contacts

        result = er.erase_person(store, contact.id, "Asked to be forgotten (GDPR art. 17)")

        with store.read() as s:
            erased = s.get(Contact, contact.id)
        assert erased is not None and (erased.name, erased.email) == (ERASED, "")
        for secret in secrets:
            assert _count(store, log, t=f"%{secret}%") == 0, secret
            assert _count(store, "SELECT count(*) FROM risk WHERE owner = :n", n=secret) == 0
        assert _count(store, "SELECT count(*) FROM risk WHERE owner = :n", n=ERASED) > 0
        assert _found(store, "vogel") == 0
        assert result.redacted > 0
        listed = "SELECT count(*) FROM erased_entry WHERE erasure_id = :e"
        assert _count(store, listed, e=result.erasure_id) == result.redacted
        assert result.backups == []
        assert er.backups_holding_erased(store) == []


# --- who may erase on a team server ------------------------------------------------------

OWNER_ONLY = "only its owner login"
PERSON = "Ines Moreau"
PARTNER_NOTES = "Kestrel price list: 412 EUR/h"
RISK_TEXT = "Acme compound AX-17: salt form structure"


def _confide(team: Team) -> None:
    """A confidential partner note, a risk description and a partner contact, written by
    the owner (so the change log holds them too)."""

    def work(s: sa.orm.Session) -> None:
        partner = s.get(Partner, team.partner)
        risk = s.get(Risk, team.risks["Acme"])
        assert partner is not None and risk is not None
        partner.notes, risk.description = PARTNER_NOTES, RISK_TEXT
        s.add(Contact(partner_id=team.partner, name=PERSON, email="i.moreau@kestrel.example"))

    with team.admin_store() as store:
        store.write("Confide", work)


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    """The seeded server (its owner: the cluster's superuser), with values to erase."""
    with seeded_team(pg_url) as t:
        _confide(t)
        yield t


@pytest.fixture
def owned_team(pg_server: str) -> Iterator[Team]:
    """A server set up as docs/team-server.md says: a database of its own owned by a login
    with CREATEROLE and nothing more (no superuser), which migrates it and runs `server
    init`; seeded, with values to erase."""
    owner = f"desk_owner_{secrets.token_hex(4)}"
    name = pg_support.unique_name("owned")
    admin = pg_support.engine(pg_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        url = sa.make_url(pg_support.with_database(pg_server, name)).set(username=owner)
        t = Team(url.render_as_string(hide_password=False))
        open_store(t.url, create=True).close()  # migrated by the owner
        server_admin.init(t.admin_engine())
        seed(t)
        _confide(t)
        try:
            yield t
        finally:
            drop_logins(Team(pg_support.with_database(pg_server, name), logins=t.logins))
            pg_support.drop_database(pg_server, name)
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{owner}"')
    finally:
        admin.dispose()


def _erasures(team: Team, store: Store) -> dict[str, Callable[[], object]]:
    with store.read() as s:
        person = s.exec(select(Contact.id).where(Contact.name == PERSON)).one()
    return {
        "partner notes": lambda: er.erase_record(
            store, "partner", team.partner, ["notes"], "Asked by the partner"
        ),
        "risk description": lambda: er.erase_record(
            store, "risk", team.risks["Acme"], ["description"], "Asked by the client"
        ),
        "partner contact": lambda: er.erase_person(store, person, "Asked to be forgotten"),
    }


def _written(team: Team) -> tuple[object, ...]:
    """What an erasure would change, read as the owner: the values and the erasures."""
    with team.admin_engine().connect() as conn:
        return tuple(
            conn.exec_driver_sql(sql).scalar()
            for sql in (
                "SELECT notes FROM partner",
                "SELECT string_agg(description, '|' ORDER BY id) FROM risk",
                "SELECT string_agg(name, '|' ORDER BY id) FROM contact",
                "SELECT count(*) FROM erasure",
                "SELECT count(*) FROM erased_entry",
            )
        )


Entries = dict[str, tuple[str, str | None, str | None]]


def _log(team: Team) -> Entries:
    """The change log's entries: their table and values."""
    with team.admin_engine().connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, table_name, old_value, new_value FROM change_log")
        return {str(r[0]): (str(r[1]), r[2], r[3]) for r in rows}


def _nothing_written(team: Team, written: tuple[object, ...], log: Entries) -> None:
    """The values and the log's entries as they were; new entries only of the grants made
    since (the logins of the test)."""
    assert _written(team) == written
    now = _log(team)
    assert {key: now.get(key) for key in log} == log
    assert {now[key][0] for key in now.keys() - log.keys()} <= {"client_access"}


def test_an_admins_erasure_is_refused_as_the_owners_alone_and_writes_nothing(
    team: Team,
) -> None:
    """The docs keep erasure with the owner: an admin is told that, not that their login
    "may only read" (the server's refusal of the change-log rewrite, or of the search
    index's rebuild, read as a viewer's)."""
    written, log = _written(team), _log(team)
    morgan = team.new_login("morgan", None, "admin")
    with team.store_as(morgan) as store:
        assert not store.read_only and not er.may_erase(store)
        for what, erase in _erasures(team, store).items():
            with pytest.raises(WriteRefused) as refused:
                erase()
            assert OWNER_ONLY in str(refused.value), what
            assert "cdmo-desktop erase" in str(refused.value), what
            assert "may only read" not in str(refused.value), what
    _nothing_written(team, written, log)


def test_a_consultants_erasure_is_refused_as_the_owners_alone_and_writes_nothing(
    team: Team,
) -> None:
    written, log = _written(team), _log(team)
    dana = team.new_login("dana", "Acme Pharma")
    with team.store_as(dana) as store:
        assert not er.may_erase(store)
        for erase in _erasures(team, store).values():
            with pytest.raises(WriteRefused, match=OWNER_ONLY):
                erase()
    _nothing_written(team, written, log)


def test_a_viewers_erasure_is_refused_as_any_change_of_theirs(team: Team) -> None:
    written, log = _written(team), _log(team)
    vera = team.new_login("vera", "Acme Pharma", "viewer")
    with team.store_as(vera) as store:
        assert not er.may_erase(store)
        for erase in _erasures(team, store).values():
            with pytest.raises(WriteRefused, match="may only read"):
                erase()
    _nothing_written(team, written, log)


def test_the_owner_erases_a_partner_a_risk_and_a_person_on_a_set_up_server(
    owned_team: Team,
) -> None:
    """The owner login of the docs (CREATEROLE, no superuser) erases; an admin of that
    server is refused."""
    team = owned_team
    morgan = team.new_login("morgan", None, "admin")
    with team.store_as(morgan) as store, pytest.raises(WriteRefused, match=OWNER_ONLY):
        er.erase_record(store, "risk", team.risks["Acme"], ["description"], "Asked")
    with team.admin_store() as store:
        assert er.may_erase(store)
        for erase in _erasures(team, store).values():
            erase()
    notes, descriptions, names, erasures, _listed = _written(team)
    assert notes == ERASED and ERASED in str(descriptions) and PERSON not in str(names)
    assert RISK_TEXT not in str(descriptions) and erasures == 3


def test_the_erase_command_tells_an_admin_the_owner_must_run_it(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    written, log = _written(team), _log(team)
    morgan = team.new_login("morgan", None, "admin")
    url = sa.make_url(team.url).set(username=morgan, password=None).render_as_string()
    record = f"risk:{team.risks['Acme']}"
    args = ["erase", "--db", url, "--record", record, "--fields", "description"]
    code = main([*args, "--reason", "Asked by the client"])
    err = capsys.readouterr().err
    assert code == 2 and "Nothing erased." in err and OWNER_ONLY in err, err
    _nothing_written(team, written, log)


def test_an_admin_cannot_write_an_erasure_record_of_their_own(team: Team) -> None:
    """The erasure log is written by the owner's erasure alone (cdmo-desktop erase): an
    admin's login, which may write every record, may not add an erasure or an erased
    entry (the record of an erasure that never ran)."""
    morgan = team.new_login("morgan", None, "admin")
    written = _written(team)
    engine = team.engine_as(morgan)
    try:
        for table in ("erasure", "erased_entry"):
            with engine.connect() as conn, pytest.raises(sa.exc.ProgrammingError) as refused:
                conn.exec_driver_sql(f"INSERT INTO {table} DEFAULT VALUES")
            assert "permission denied" in str(refused.value), table
    finally:
        engine.dispose()
    assert _written(team) == written
