"""Reading the spreadsheets people send: every encoding and delimiter Excel and other
programs write, dates in all their spellings, and hostile files refused with one sentence
before they cost memory or time."""

from __future__ import annotations

import codecs
import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from cdmo_desktop.exchange import cells, sheet_reader
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.sheet_reader import read_sheet

ROWS = [
    ["Name", "City", "Notes"],
    ["Société Müller", "Zürich", "a, b"],
    ["Ørsted Labs", "Århus", ""],
]


def _csv_text(delimiter: str) -> str:
    def quote(cell: str) -> str:
        return f'"{cell}"' if delimiter in cell or "," in cell else cell

    return "\r\n".join(delimiter.join(quote(c) for c in row) for row in ROWS) + "\r\n"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
def test_each_encoding_reads_the_same_cells(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "partners.csv"
    path.write_bytes(bom + _csv_text(",").encode(encoding))
    sheet = read_sheet(path)
    assert sheet.headers == ("Name", "City", "Notes")
    assert [list(r) for r in sheet.rows] == [["Société Müller", "Zürich", "a, b"], ROWS[2]]
    assert sheet.row_numbers == (2, 3)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_is_recognised(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "partners.csv"
    path.write_text(_csv_text(delimiter), encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.delimiter == delimiter
    assert sheet.rows[0] == ("Société Müller", "Zürich", "a, b")


def test_blank_rows_are_skipped_and_rows_keep_their_spreadsheet_numbers(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Name;City\nA;x\n;\nB;y\n", encoding="utf-8")
    sheet = read_sheet(path)
    assert [r[0] for r in sheet.rows] == ["A", "B"]
    assert sheet.row_numbers == (2, 4)


def test_xlsx_gives_dates_numbers_and_formulas_as_text(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "Other"
    ws.append(["x"])
    risks = book.create_sheet("Risks")
    risks.append(["Title", "Raised", "Impact"])
    risks.append(['=HYPERLINK("http://evil")', datetime(2026, 3, 3), 4])
    path = tmp_path / "r.xlsx"
    book.save(path)
    sheet = read_sheet(path, sheet=("risks",))
    assert sheet.name == "Risks"
    assert sheet.rows[0] == ('=HYPERLINK("http://evil")', datetime(2026, 3, 3), 4)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2026-03-31", date(2026, 3, 31)),
        ("2026-03-31 00:00:00", date(2026, 3, 31)),
        ("31/03/2026", date(2026, 3, 31)),
        ("31.03.2026", date(2026, 3, 31)),
        ("3 Mar 2026", date(2026, 3, 3)),
        ("3 March 2026", date(2026, 3, 3)),
        ("Mar 3, 2026", date(2026, 3, 3)),
        (46112, date(2026, 3, 31)),  # an Excel serial
        (46112.0, date(2026, 3, 31)),
        ("46112", date(2026, 3, 31)),
        (datetime(2026, 3, 31, 0, 0), date(2026, 3, 31)),
        ("", None),
    ],
)
def test_dates_in_every_spelling(cell: cells.Cell, expected: date | None) -> None:
    assert cells.to_date(cell) == expected


@pytest.mark.parametrize("cell", ["31/13/2026", "30.02.2026", "soon", "3 Foo 2026", 0, True])
def test_what_is_not_a_date_is_refused_without_quoting_it(cell: cells.Cell) -> None:
    with pytest.raises(cells.CellError) as caught:
        cells.to_date(cell)
    assert str(caught.value) == f"expected {cells.DATE_HINT}"


def test_our_neutralising_quote_is_taken_off() -> None:
    assert cells.text("'=SUM(A1)") == "=SUM(A1)"
    assert cells.text("'-5 days") == "-5 days"
    assert cells.text("'quoted'") == "'quoted'"
    assert cells.text(4930123.0) == "4930123"


# --- hostile files --------------------------------------------------------------------


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(ExchangeError) as caught:
        read_sheet(path)
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message, message
    return message


def test_a_file_above_the_limit_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB that are never read
    _refused(path, "huge.csv", "210 MB")


def test_a_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10)
    _refused(path, "binary")


def test_a_csv_with_nul_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(b"Name,City\nAcme\x00,Basel\n")
    _refused(path, "NUL")


def test_a_row_with_ten_thousand_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("Name,City\n" + ",".join(["x"] * 10_000) + "\n", encoding="utf-8")
    _refused(path, "row 2", "10,000 columns")


def test_an_xlsx_row_with_ten_thousand_columns_is_refused(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["Name"])
    ws.append(["x"] * 10_000)
    path = tmp_path / "wide.xlsx"
    book.save(path)
    _refused(path, "row 2", "columns")
    assert str(path) not in _open_files()  # the refusal left the workbook closed


def _open_files() -> set[str]:
    """The files this process has open (Linux /proc; empty elsewhere)."""
    folder = Path("/proc/self/fd")
    if not folder.is_dir():
        return set()
    found = set()
    for fd in folder.iterdir():
        try:
            found.add(os.readlink(fd))
        except OSError:
            continue
    return found


def test_a_zip_bomb_posing_as_xlsx_is_refused_before_unpacking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_reader, "MAX_UNPACKED_BYTES", 4 * 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (8 * 1024 * 1024))
    assert path.stat().st_size < 100_000
    opened: list[object] = []
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: opened.append(a))
    _refused(path, "zip bomb")
    assert not opened


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("Name,City\n", encoding="utf-8")
    _refused(path, "not an XLSX")


def test_text_in_no_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"Name\n\xff\xfe\xfa\n")
    _refused(path, "utf-8")


def test_an_overlong_cell_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text('Name\n"' + "x" * 200_000 + '"\n', encoding="utf-8")
    _refused(path, "row", "longer than")
