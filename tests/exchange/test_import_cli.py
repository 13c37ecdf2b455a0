"""`cdmo-desktop import KIND FILE`: a summary and each refused row by number and reason
(never its contents); exit 2 and nothing written while a row is refused; --dry-run writes
nothing; every hostile file is one line on stderr and exit 2."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import select

from cdmo_desktop.cli import main
from cdmo_desktop.domain.models import ChangeLog, Engagement, Partner
from cdmo_desktop.exchange import sheet_reader
from cdmo_desktop.store import Store, open_store
from tests.conftest import cli_db


def _partner_names(db: str) -> set[str]:
    with open_store(db, create=False) as store, store.read() as s:
        return {p.name for p in s.exec(select(Partner))}


def _log_count(db: str) -> int:
    with open_store(db, create=False) as store, store.read() as s:
        return len(s.exec(select(ChangeLog.id)).all())


@pytest.fixture
def db(demo_store: Store) -> str:
    path = cli_db(demo_store)
    demo_store.close()  # the command opens (and locks) the file itself
    return path


def _write(tmp_path: Path, text: str, name: str = "shortlist.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_prints_the_summary_and_writes(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "Name;Kind;Country\nNordic Fill AB;CMO;SE\nDeccan Synthesis;CRO;IN\n")
    assert main(["import", "partners", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "shortlist.csv: 1 new, 1 updated, 0 unchanged, 0 refused" in out
    assert "Nordic Fill AB" in _partner_names(db)


def test_a_refused_row_is_named_by_number_and_nothing_is_written(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "Name,Kind,Website\nGood Co,cro,\nSecret Co,cro,not a site\n")
    before = _log_count(db)
    assert main(["import", "partners", str(path), "--db", str(db)]) == 2
    captured = capsys.readouterr()
    assert "row 3: Website does not look like a web address" in captured.out
    assert "Secret" not in captured.out + captured.err
    assert len(captured.err.splitlines()) == 1 and "nothing was written" in captured.err
    assert _log_count(db) == before and "Good Co" not in _partner_names(db)
    # Skipping the refused row writes the other one.
    assert main(["import", "partners", str(path), "--db", str(db), "--skip-refused"]) == 0
    assert "Good Co" in _partner_names(db)


def test_dry_run_writes_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "Name,Kind\nDry Co,cro\n")
    before = _log_count(db)
    assert main(["import", "partners", str(path), "--db", str(db), "--dry-run"]) == 0
    assert "1 new" in capsys.readouterr().out
    assert _log_count(db) == before and "Dry Co" not in _partner_names(db)


def test_risks_need_an_engagement(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "Title,Category\nLate API,supply\n")
    assert main(["import", "risks", str(path), "--db", str(db)]) == 2
    assert "--engagement" in capsys.readouterr().err
    with open_store(db, create=False) as store, store.read() as s:
        title = s.exec(select(Engagement.title)).first()
    assert title is not None
    assert main(["import", "risks", str(path), "--db", str(db), "--engagement", title]) == 0


def _huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    return path


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 40)
    return path


def _wide(tmp_path: Path) -> Path:
    return _write(tmp_path, "Name,Kind\n" + ",".join(["x"] * 10_000) + "\n", "wide.csv")


def _bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (8 * 1024 * 1024))
    return path


def _year_9999(tmp_path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(["Name", "Kind", "CDA signed"])
    ws.append(["Far Future Co", "cro", "9999-12-31"])
    path = tmp_path / "future.xlsx"
    book.save(path)
    return path


def _formulas(tmp_path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(["Name", "Kind", "Notes"])
    ws.append(["=1+1", "=A1", '=HYPERLINK("http://evil","x")'])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_huge, ["huge.csv", "MB"]),
        (_binary, ["binary"]),
        (_wide, ["row 2", "columns"]),
        (_bomb, ["zip bomb"]),
        (_year_9999, ["1 row refused"]),
        (_formulas, ["1 row refused"]),
    ],
)
def test_each_hostile_file_is_one_line_and_exit_2(
    db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    make: object,
    words: list[str],
) -> None:
    monkeypatch.setattr(sheet_reader, "MAX_UNPACKED_BYTES", 4 * 1024 * 1024)
    path = make(tmp_path)  # type: ignore[operator]
    before = _log_count(db)
    assert main(["import", "partners", str(path), "--db", str(db)]) == 2
    captured = capsys.readouterr()
    assert len(captured.err.splitlines()) == 1 and "Traceback" not in captured.err
    for word in words:
        assert word in captured.err, captured.err
    assert _log_count(db) == before


def test_a_date_in_year_9999_and_a_formula_are_refused_with_their_reason(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["import", "partners", str(_year_9999(tmp_path)), "--db", str(db)])
    assert "row 2: CDA signed" in capsys.readouterr().out.replace("Cda", "CDA")
    main(["import", "partners", str(_formulas(tmp_path)), "--db", str(db)])
    out = capsys.readouterr().out
    assert "row 2: Kind: expected one of" in out and "evil" not in out
