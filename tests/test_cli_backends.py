"""The command line's list, check, export and report on either backend: `--db` names an
SQLite file or a team server's URL (`db_target`, run once per backend), and a server
holding the demo portfolio prints and exports what the SQLite demo does."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from cdmo_desktop.cli import main

SCALE_UP = "ART-417 API scale-up to 100 kg"


def _sqlite_demo(demo_template: Path, tmp_path: Path) -> str:
    """A copy of the SQLite demo portfolio (the reference both backends are held to)."""
    path = tmp_path / "reference.sqlite"
    shutil.copyfile(demo_template, path)
    return str(path)


def _names(path: Path, table: str, column: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted((str(r[0]) for r in conn.execute(f"SELECT {column} FROM {table}")), key=str)
    finally:
        conn.close()


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out.splitlines()


def test_list_prints_the_demo_partners_engagements_and_agreements(
    db_target: str, demo_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind, table, column in (
        ("partners", "partner", "name"),
        ("engagements", "engagement", "title"),
        ("agreements", "agreement", "title"),
    ):
        lines = _out(capsys, "list", kind, "--db", db_target)
        shown = [line.split("\t")[1] for line in lines]
        assert sorted(shown) == _names(demo_template, table, column), kind
        assert all(len(line.split("\t")[0]) == 36 for line in lines)  # the record's id


def test_check_is_clean(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = "\n".join(_out(capsys, "check", "--db", db_target))
    assert "schema: 0" in out and "(current)" in out
    assert "audit trail: ok" in out


def _rows(path: Path) -> list[dict[str, str]]:
    """The exported rows without ids and time stamps (they differ between two demos)."""
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    return [
        {k: v for k, v in row.items() if not (k == "ID" or k.endswith(" ID") or "(UTC)" in k)}
        for row in rows
    ]


@pytest.mark.parametrize("kind", ["partners", "risks", "engagements", "milestones"])
def test_export_writes_what_the_sqlite_demo_exports(
    kind: str,
    db_target: str,
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    reference = _sqlite_demo(demo_template, tmp_path)
    mine, theirs = tmp_path / f"{kind}.csv", tmp_path / f"{kind}-reference.csv"
    _out(capsys, "export", kind, "--db", db_target, "--out", str(mine))
    _out(capsys, "export", kind, "--db", reference, "--out", str(theirs))
    rows = _rows(mine)
    assert rows, f"no {kind} exported"
    assert rows == _rows(theirs)


def test_export_schedule_and_status_report(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xml = tmp_path / "plan.xml"
    _out(
        capsys, "export", "schedule", "--db", db_target, "--engagement", SCALE_UP, "--out", str(xml)
    )
    assert "<Project" in xml.read_text(encoding="utf-8")
    pdf = tmp_path / "status.pdf"
    argv = ["report", "status", "--db", db_target, "--engagement", SCALE_UP, "--out", str(pdf)]
    _out(capsys, *argv)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_unknown_partner_is_one_line_with_close_matches(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["report", "scorecard", "--db", db_target, "--partner", "Hollis Ridge"]
    assert main([*argv, "--out", str(tmp_path / "card.pdf")]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "Hollis Ridge Pharma Services" in err
    assert not (tmp_path / "card.pdf").exists()
