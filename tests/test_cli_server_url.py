"""Every command's --db takes a team server's URL; bad or unreachable ones are one line."""

from __future__ import annotations

import socket

import pytest

from cdmo_desktop.cli import EXIT_FAILED, EXIT_USAGE, main


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "partners", "--db", "postgresql://db"],
        ["check", "--db", "postgresql://db:70000/desk"],
        ["report", "status", "--db", "postgresql://db/desk?sslmode=maybe", "--out", "x.pdf"],
        ["export", "risks", "--db", "postgresql:///desk", "--out", "x.csv"],
    ],
)
def test_a_bad_server_address_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "The server address" in err


def test_an_unreachable_server_is_one_line_without_the_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"postgresql://dana:Hunter2secret@127.0.0.1:{_closed_port()}/desk?connect_timeout=2"
    assert main(["list", "partners", "--db", url]) == EXIT_FAILED
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "cannot be reached" in err
    assert "desk on 127.0.0.1" in err
    assert "Hunter2secret" not in err
    assert "Traceback" not in err


def test_encrypt_refuses_a_server(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["encrypt", "--db", "postgresql://dana@127.0.0.1:1/desk"]) == EXIT_USAGE
    assert "database file" in capsys.readouterr().err
