"""`cdmo-desktop server ...`: what an administrator types and reads. Refusals are one line
with exit status 2, never a traceback or a password."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from cdmo_desktop.cli import main
from cdmo_desktop.cli.server import NEW_PASSWORD_ENV
from cdmo_desktop.store import server_admin
from tests import pg_support
from tests.server_support import PASSWORD, Team, drop_logins, seed


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    t = Team(pg_url)
    try:
        yield t
    finally:
        drop_logins(t)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _refused(result: tuple[int, str, str], *words: str) -> None:
    code, out, err = result
    assert code == 2 and out == "", result
    assert err.count("\n") == 1 and err.startswith("cdmo-desktop: error: "), err
    assert "Traceback" not in err and PASSWORD not in err
    for word in words:
        assert word in err, err


def test_grant_users_and_revoke(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server_admin.init(team.admin_engine())
    seed(team)
    name = f"alice_{secrets.token_hex(4)}"
    team.logins.append(name)
    monkeypatch.setenv(NEW_PASSWORD_ENV, PASSWORD)
    db = ("--db", team.url)
    code, out, err = _run(
        capsys, "server", "grant", *db, "--user", name, "--client", "acme pharma", "--create"
    )
    assert (code, err) == (0, "") and out == f"{name} is a consultant and sees Acme Pharma\n"
    assert PASSWORD not in out
    _run(capsys, "server", "grant", *db, "--user", name, "--client", "Beta Pharma")
    code, out, _ = _run(capsys, "server", "users", *db)
    assert code == 0 and f"{name}\tconsultant\tAcme Pharma, Beta Pharma" in out.splitlines()
    code, out, _ = _run(capsys, "server", "revoke", *db, "--user", name, "--client", "Acme Pharma")
    assert code == 0 and out == f"{name} no longer sees Acme Pharma\n"
    code, out, _ = _run(
        capsys,
        "server",
        "grant",
        *db,
        "--user",
        name,
        "--role",
        "viewer",
        "--client",
        "Beta Pharma",
    )
    assert code == 0
    code, out, _ = _run(capsys, "server", "users", *db)
    assert f"{name}\tviewer\tBeta Pharma" in out.splitlines()
    code, out, _ = _run(capsys, "server", "revoke", *db, "--user", name)
    assert code == 0
    code, out, _ = _run(capsys, "server", "users", *db)
    assert name not in out


def test_bad_input_is_refused_in_one_line(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", team.url)
    _refused(_run(capsys, "server", "users", *db), "not set up", "server init")
    server_admin.init(team.admin_engine())
    seed(team)
    alice = team.new_login("alice", "Acme Pharma")
    _refused(
        _run(capsys, "server", "grant", *db, "--user", alice, "--client", "Gamma"),
        "no client named 'Gamma'",
        "Acme Pharma, Beta Pharma",
    )
    _refused(
        _run(capsys, "server", "grant", *db, "--user", "nobody_here", "--client", "Acme Pharma"),
        "no server login named nobody_here",
        "--create",
    )
    _refused(
        _run(capsys, "server", "grant", *db, "--user", "pg_monitor", "--client", "Acme Pharma")
    )
    _refused(_run(capsys, "server", "grant", *db, "--user", alice), "--client")
    as_alice = sa.make_url(team.url).set(username=alice).render_as_string()
    _refused(_run(capsys, "server", "users", "--db", as_alice), "not an administrator")
    _refused(_run(capsys, "server", "upgrade", "--db", as_alice), "owner")
    _refused(_run(capsys, "server", "init", "--db", "desk.sqlite"), "postgresql://")
    _refused(_run(capsys, "server", "users", "--db", team.url + "?sslmode=sometimes"), "sslmode")
    _refused(_run(capsys, "server", "grant", *db, "--client", "Acme Pharma"), "--user")


def test_an_unreachable_server_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "server", "users", "--db", "postgresql://nobody@127.0.0.1:1/desk")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "cannot be reached" in err and "Traceback" not in err


def test_check_as_a_consultant_says_who_verifies_the_chain(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    server_admin.init(team.admin_engine())
    seed(team)
    alice = team.new_login("alice", "Acme Pharma")
    as_alice = sa.make_url(team.url).set(username=alice).render_as_string()
    code, out, err = _run(capsys, "check", "--db", as_alice)
    assert (code, err) == (0, ""), err
    assert "an administrator verifies the whole chain" in out


def test_init_sets_up_an_empty_database_and_twice_is_fine(
    pg_server: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = pg_server
    name = pg_support.unique_name("init")
    url = pg_support.create_database(admin, name)
    try:
        parsed = sa.make_url(url)
        if parsed.password:
            monkeypatch.setenv("PGPASSWORD", parsed.password)
        plain = parsed.set(password=None).render_as_string()
        for _ in range(2):
            code, out, err = _run(capsys, "server", "init", "--db", plain)
            assert (code, err) == (0, ""), err
            assert f"at schema {server_admin.migrate.HEAD_REVISION}" in out
        code, out, err = _run(capsys, "check", "--db", plain)
        assert code == 0, err
    finally:
        pg_support.drop_database(admin, name)
