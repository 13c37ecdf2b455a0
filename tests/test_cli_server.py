"""The commands on a team server: demo, list, check and the refusals, as a user runs them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cdmo_desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from cdmo_desktop.store import open_store
from cdmo_desktop.store.revisions import HEAD_REVISION
from tests import pg_support


@pytest.fixture
def bare_url(pg_server: str) -> Iterator[str]:
    """A database that exists on the server but holds nothing at all (not set up)."""
    name = pg_support.unique_name("bare")
    url = pg_support.create_database(pg_server, name)
    yield url
    pg_support.drop_database(pg_server, name)


def _out(capsys: pytest.CaptureFixture[str], argv: list[str], code: int = EXIT_OK) -> str:
    assert main(argv) == code, capsys.readouterr().err
    return capsys.readouterr().out


def test_demo_on_a_server_lists_the_same_partners_as_the_file_demo(
    bare_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "demo.sqlite"
    _out(capsys, ["demo", str(file)])
    printed = _out(capsys, ["demo", bare_url])
    assert "as postgres" in printed and "password" not in printed
    for what in ("partners", "engagements", "agreements"):
        on_file = _out(capsys, ["list", what, "--db", str(file)])
        on_server = _out(capsys, ["list", what, "--db", bare_url])
        assert on_server == on_file
        assert on_server.count("\n") > 3


def test_check_on_a_server_reports_schema_constraints_and_audit(
    pg_demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _out(capsys, ["check", "--db", pg_demo_url])
    assert f"schema: {HEAD_REVISION} (current)" in out
    assert "constraints: ok" in out
    assert "audit trail: ok" in out


def test_check_finds_a_change_log_edited_behind_the_apps_back(
    pg_demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    eng = pg_support.engine(pg_demo_url)
    with eng.begin() as conn:  # a direct edit of a risk, outside the app and its log
        conn.exec_driver_sql(
            "UPDATE risk SET title = 'Quietly changed' WHERE id = (SELECT min(id) FROM risk)"
        )
    eng.dispose()
    assert main(["check", "--db", pg_demo_url]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "Quietly changed" not in err


def test_a_server_that_is_not_set_up_is_refused_with_the_command_to_run(
    bare_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "partners", "--db", bare_url]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "is not set up yet" in err and "server init" in err


def test_demo_refuses_a_server_that_holds_a_workspace(
    pg_demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _out(capsys, ["list", "partners", "--db", pg_demo_url])
    assert main(["demo", pg_demo_url]) == EXIT_USAGE
    assert "already holds a workspace" in capsys.readouterr().err
    assert _out(capsys, ["list", "partners", "--db", pg_demo_url]) == before


def test_a_login_without_access_is_told_to_ask_for_a_grant(
    pg_server: str, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = pg_support.engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql("CREATE ROLE cli_no_grant LOGIN")
    admin.dispose()
    try:
        address = pg_url.split("@", 1)[1]
        code = main(["list", "partners", "--db", f"postgresql://cli_no_grant:S3cretPw@{address}"])
        err = capsys.readouterr().err
        assert code == EXIT_FAILED
        assert "lets cli_no_grant in but gives them no access" in err
        assert "server grant" in err
        assert "S3cretPw" not in err
    finally:
        admin = pg_support.engine(pg_server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql("DROP ROLE IF EXISTS cli_no_grant")
        admin.dispose()


@pytest.mark.parametrize(
    ("driver_text", "says"),
    [
        ('FATAL:  password authentication failed for user "dana"', "refused the login of dana"),
        ("fe_sendauth: no password supplied", "refused the login of dana"),
        ('FATAL:  database "desk" does not exist', "has no database named desk"),
        ("connection refused\n\tIs the server running on that host", "cannot be reached"),
    ],
)
def test_connection_failures_become_one_sentence(driver_text: str, says: str) -> None:
    import psycopg

    from cdmo_desktop.store.location import ServerURL
    from cdmo_desktop.store.server import connection_error

    url = ServerURL.parse("postgresql://dana:pw-never-shown@db.example.com/desk")
    sentence = connection_error(psycopg.OperationalError(driver_text), url).sentence()
    assert says in sentence
    assert sentence.startswith("The team server desk on db.example.com:5432 as dana ")
    assert "pw-never-shown" not in sentence and "FATAL" not in sentence


def test_open_store_on_a_server_names_it_and_its_user(pg_url: str) -> None:
    with open_store(pg_url, create=False) as store:
        assert store.backend == "postgresql"
        assert store.file is None
        assert store.user == "postgres"
        assert store.location.startswith(pg_url.rsplit("/", 1)[-1] + " on 127.0.0.1:")
