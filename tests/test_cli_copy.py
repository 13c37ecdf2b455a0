"""`cdmo-desktop copy --from SRC --to DST [--force]` between database files: the copy checks
clean and holds the same rows; refusals are one line, exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdmo_desktop.cli import main
from cdmo_desktop.cli import transfer as cli_transfer
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import open_store
from tests.migration_support import copy_of, downgrade
from tests.transfer_support import file_rows


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    return copy_of(demo_template, tmp_path / "demo.sqlite")


def _error(capsys: pytest.CaptureFixture[str], *words: str) -> None:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("cdmo-desktop: error: "), err
    for word in words:
        assert word in lines[0], lines[0]


def test_copy_to_a_new_file_checks_clean_with_the_same_rows(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.sqlite"
    assert main(["copy", "--from", str(demo_file), "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Copied ") and str(target) in out
    for path in (demo_file, target):
        assert main(["check", "--db", str(path)]) == 0
        assert "audit trail: ok" in capsys.readouterr().out
    assert file_rows(target) == file_rows(demo_file)
    # and back again, over the original with --force
    assert main(["copy", "--from", str(target), "--to", str(demo_file), "--force"]) == 0
    assert main(["check", "--db", str(demo_file)]) == 0


def test_a_target_holding_data_needs_force(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "other.sqlite"
    with open_store(target) as store:
        store.write("add", lambda s: s.add(Partner(name="Only Here GmbH", kind=PartnerKind.CDMO)))
    before = file_rows(target)
    assert main(["copy", "--from", str(demo_file), "--to", str(target)]) == 2
    _error(capsys, "already holds data", "--force")
    assert file_rows(target) == before
    assert main(["copy", "--from", str(demo_file), "--to", str(target), "--force"]) == 0
    assert file_rows(target) == file_rows(demo_file)


def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.sqlite"
    cases = [
        (["--from", str(tmp_path / "missing.sqlite"), "--to", str(target)], "does not exist"),
        (["--from", str(demo_file), "--to", str(demo_file)], "the same database"),
        (["--from", str(demo_file), "--to", str(tmp_path / "no" / "x.sqlite")], "does not exist"),
        (["--from", str(demo_file), "--to", str(tmp_path)], "is a folder"),
        (["--from", str(demo_file)], "--to"),
        (["--from", str(demo_file), "--to", "postgresql://dana@db:port/desk"], "port"),
        (["--from", "postgresql://dana@db/", "--to", str(target)], "names no database"),
    ]
    not_ours = tmp_path / "notes.sqlite"
    not_ours.write_text("not a database at all, just some notes " * 50)
    cases.append((["--from", str(not_ours), "--to", str(target)], str(not_ours)))
    before = sorted(p.name for p in tmp_path.iterdir())
    for argv, words in cases:
        assert main(["copy", *argv]) == 2, argv
        _error(capsys, words)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_source_behind_is_refused_naming_it(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    downgrade(demo_file, "0014_erasure")
    target = tmp_path / "copy.sqlite"
    assert main(["copy", "--from", str(demo_file), "--to", str(target)]) == 2
    _error(capsys, f"The file {demo_file} has schema 0014_erasure, behind")
    assert not target.exists()


def test_big_copies_show_progress_on_stderr(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli_transfer, "PROGRESS_FROM", 100)
    assert main(["copy", "--from", str(demo_file), "--to", str(tmp_path / "c.sqlite")]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("copying: 0%") and lines[-1] == "copying: done"
    assert any("rebuilding derived data" in line for line in lines)
    assert 5 <= len(lines) <= 14
