"""The command line on a failing disk: one line that says what to do, never SQL; every file
it creates is owner-only."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cdmo_desktop.cli import main
from cdmo_desktop.store import Store, files
from cdmo_desktop.store.backup import list_backups

# About the SQLite file itself: runs on SQLite alone (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only

SECRET = "Projekt Nordlicht: CDA-geschuetzte Konditionen 4711"


@pytest.fixture
def closed_demo(demo_store: Store) -> Path:
    path = demo_store.path
    demo_store.close()
    return path


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _fail(code: int) -> Any:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def _line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_backup_on_a_failing_disk_is_one_line_and_leaves_nothing(
    closed_demo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
) -> None:
    monkeypatch.setattr(os, "fsync", _fail(code))
    assert main(["backup", "--db", str(closed_demo)]) == 1
    line = _line(capsys)
    assert f"The file {closed_demo} could not be backed up." in line
    assert " ".join(str(files.fault_sentence(OSError(code, ""))).split()) in line
    monkeypatch.undo()
    assert list_backups(closed_demo) == []
    assert os.listdir(closed_demo.parent / "backups") == []


@pytest.mark.parametrize("kind", ["partners", "calendar"])
def test_an_export_on_a_full_disk_is_one_line_and_leaves_no_file(
    closed_demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    out = tmp_path / "out" / ("x.ics" if kind == "calendar" else "x.csv")
    out.parent.mkdir()
    monkeypatch.setattr(os, "fsync", _fail(errno.ENOSPC))
    assert main(["export", kind, "--db", str(closed_demo), "--out", str(out)]) == 1
    assert "The disk is full: free some space" in _line(capsys)
    assert os.listdir(out.parent) == []


def test_an_unexpected_database_error_shows_no_sql(
    closed_demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlalchemy as sa

    from cdmo_desktop import cli

    def broken(_args: object) -> int:
        raise sa.exc.ProgrammingError("INSERT INTO partner VALUES (?)", (SECRET,), Exception("x"))

    monkeypatch.setattr(cli, "_list", broken)
    assert main(["list", "partners", "--db", str(closed_demo)]) == 1
    line = _line(capsys)
    assert "a database error (ProgrammingError)" in line
    for bad in (SECRET, "INSERT", "[parameters", "[SQL"):
        assert bad not in line


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_command_lines_files_are_owner_only(
    closed_demo: Path, tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]
) -> None:
    def mode(p: Path) -> int:
        return stat.S_IMODE(os.stat(p).st_mode)

    made = tmp_path / "made.sqlite"
    assert main(["demo", str(made)]) == 0
    assert main(["backup", "--db", str(made)]) == 0
    assert main(["export", "partners", "--db", str(made), "--out", str(tmp_path / "p.xlsx")]) == 0
    assert main(["export", "calendar", "--db", str(made), "--out", str(tmp_path / "c.ics")]) == 0
    backup = list_backups(made)[0].path
    for path in (made, backup, tmp_path / "p.xlsx", tmp_path / "c.ics"):
        assert mode(path) == 0o600, path
    assert mode(backup.parent) == 0o700
