"""Rows to and from spreadsheet files: CSV (UTF-8 with a BOM) and XLSX.

Writers take column definitions (`SheetColumn`: header, kind, width) and an iterable of rows
(sequences of Python values) and stream them: nothing holds the whole register. A file is
written to a temporary file beside the target and renamed into place, so a failure or a
cancel leaves nothing behind.

Every text cell that a spreadsheet would read as a formula (one beginning with `=`, `+`, `-`,
`@`, a tab or a carriage return: OWASP's CSV-injection list) is neutralised by a leading
single quote, in both formats (`neutralise`). Real numbers stay numbers: a negative amount is
written as the number it is.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.store.files import atomic_path

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_STARTS = frozenset(FORMULA_PREFIXES)
FORMATS = {".csv": "csv", ".xlsx": "xlsx"}
SHEET_TITLE_MAX = 31  # Excel's limit
XLSX_CELL_MAX = 32767  # Excel's limit on the characters of one cell
PROGRESS_EVERY = 1000  # rows between two progress calls

CellKind = Literal["text", "int", "number", "money", "date", "datetime", "bool"]
SheetFormat = Literal["csv", "xlsx"]
Progress = Callable[[int], None]
"""Called with the number of rows written so far; it may raise (e.g. `Cancelled`) to stop."""


class Cancelled(Exception):
    """Raised by a progress callback to stop a write; the partial file is removed."""


@dataclass(frozen=True)
class SheetColumn:
    """How one column is written: its header, the kind of its values and its width in
    characters (XLSX)."""

    header: str
    kind: CellKind = "text"
    width: int = 16


@dataclass(frozen=True)
class Sheet:
    """One table to write: a title (the XLSX sheet's name), its columns and its rows."""

    title: str
    columns: Sequence[SheetColumn]
    rows: Iterable[Sequence[Any]]


def neutralise(value: str) -> str:
    """`value` made safe to open in a spreadsheet: a text that would start a formula gets a
    leading single quote (OWASP CSV injection); anything else is unchanged."""
    return "'" + value if value[:1] in _FORMULA_STARTS else value


def sheet_format(path: Path) -> SheetFormat:
    """The format named by the file's extension; anything but .csv or .xlsx is refused."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        shown = path.suffix or "no extension"
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{file}: cannot tell the format from {shown}; the file name "
                    "must end in .csv or .xlsx.",
                ),
                file=path.name,
                shown=shown,
            )
        )
    return "csv" if fmt == "csv" else "xlsx"


def xlsx_value(value: Any) -> Any:
    """A Python value as an XLSX cell holds it: numbers, dates and booleans as themselves
    (datetimes in UTC without a zone, as Excel has none), enums by label, text neutralised
    and cut at Excel's cell limit (the CSV keeps it whole). The writer replaces characters
    XML cannot carry."""
    if type(value) is str:
        text = neutralise(value)
    elif value is None or isinstance(value, bool | int | float | Decimal | date):
        return _utc_naive(value) if isinstance(value, datetime) else value
    else:
        text = neutralise(_text(value))
    return text if len(text) <= XLSX_CELL_MAX else text[:XLSX_CELL_MAX]


def csv_value(value: Any) -> str:
    """A Python value as CSV text: ISO dates, `yes`/`no`, exact decimals, neutralised text."""
    if type(value) is str:
        return neutralise(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        return _utc_naive(value).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(_text(value))


def _text(value: Any) -> str:
    if isinstance(value, Enum):
        return _label(value)
    return str(value)


@functools.cache
def _label(member: Enum) -> str:
    label = getattr(member, "label", None)
    return str(label if label is not None else member.value)


def _utc_naive(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


# --- writing ----------------------------------------------------------------------------
def write_sheets(path: Path, sheets: Sequence[Sheet], progress: Progress | None = None) -> int:
    """Write `sheets` to `path` (format from its extension; a CSV holds exactly one sheet)
    through a temporary file renamed into place. Returns the rows written. An error or a
    `Cancelled` raised by `progress` leaves no file."""
    fmt = sheet_format(path)
    if fmt == "csv" and len(sheets) != 1:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "{file}: a CSV file holds one table; choose .xlsx for several."
                ),
                file=path.name,
            )
        )
    if path.is_dir():
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "{path} is a folder: give a file name ending in .csv or .xlsx."
                ),
                path=path,
            )
        )
    with atomic_path(path) as part:  # owner-only, fsynced, renamed into place
        if fmt == "csv":
            return _write_csv(part, sheets[0], progress)
        return _write_xlsx(part, sheets, progress)


def _counted(
    rows: Iterable[Sequence[Any]], progress: Progress | None, start: int
) -> Iterator[Sequence[Any]]:
    n = start
    for row in rows:
        yield row
        n += 1
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(n)


def _write_csv(part: Path, sheet: Sheet, progress: Progress | None) -> int:
    count = 0
    with open(part, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([neutralise(c.header) for c in sheet.columns])
        for row in _counted(sheet.rows, progress, 0):
            out.writerow([csv_value(v) for v in row])
            count += 1
    return count


def _write_xlsx(part: Path, sheets: Sequence[Sheet], progress: Progress | None) -> int:
    from cdmo_desktop.exchange.xlsx_stream import XlsxStream

    book = XlsxStream(part)
    total = 0
    used: set[str] = set()
    try:
        for sheet in sheets:
            columns = list(sheet.columns)
            total += book.add_sheet(
                _sheet_title(sheet.title, used),
                [neutralise(c.header) for c in columns],
                [c.kind for c in columns],
                [c.width for c in columns],
                _counted(sheet.rows, progress, total),
                xlsx_value,
            )
        book.close()
    except BaseException:
        book.abandon()
        raise
    return total


def _sheet_title(title: str, used: set[str]) -> str:
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip() or "Sheet"
    clean = clean[:SHEET_TITLE_MAX]
    name, n = clean, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name = clean[: SHEET_TITLE_MAX - len(suffix)] + suffix
        n += 1
    used.add(name.casefold())
    return name


# --- reading (plain: the import adds encodings, delimiters and mapping) ----------------
def read_sheet(path: Path, title: str | None = None) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of a file this module wrote: a UTF-8 CSV (text cells) or one sheet of
    an XLSX workbook (typed cells; the first sheet unless `title` is given)."""
    if sheet_format(path) == "csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            lines = list(csv.reader(fh))
        return (lines[0] if lines else []), lines[1:]
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        ws = book[title] if title is not None else book.worksheets[0]
        values = [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        book.close()
    return ([str(v) for v in values[0]] if values else []), values[1:]
