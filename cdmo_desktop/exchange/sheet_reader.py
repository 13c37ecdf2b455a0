"""Reading a register from a spreadsheet someone sent: CSV or XLSX, whatever the program
that wrote it, and refusing hostile files before they cost memory or time.

`read_sheet(path)` gives the header row and the data rows as plain cell values (text,
numbers, dates); what a cell means is the import's business (exchange.imports). Every
refusal is an ExchangeError with one sentence that names the file, the row or the limit,
never a cell's contents:

- size: a file above MAX_FILE_BYTES is refused from its size alone, before it is read;
- XLSX: a zip whose members unpack to more than MAX_UNPACKED_BYTES (a zip bomb) is refused
  from the zip's directory, before openpyxl opens it; formulas are read as their text,
  never computed;
- CSV: binary content (NUL bytes), text in no known encoding, a row wider than
  MAX_COLUMNS, a field longer than MAX_FIELD_CHARS, more than MAX_ROWS rows.

CSV encodings: a byte order mark (UTF-8, UTF-16), else strict UTF-8, else cp1252 (what
Excel on Windows writes). Delimiters: comma, semicolon or tab, sniffed from the first lines.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange.errors import ExchangeError

MAX_FILE_BYTES = 50 * 1024 * 1024  # a register of 100k rows is well below this
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # an XLSX's members once unzipped
MAX_COLUMNS = 200
MAX_ROWS = 200_000
MAX_FIELD_CHARS = 100_000
DELIMITERS = (",", ";", "\t")
SNIFF_CHARS = 64 * 1024

Cell = str | int | float | bool | date | datetime | time | None

_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


@dataclass(frozen=True)
class Sheet:
    """The cells of one sheet: its header row and data rows (row i of `rows` is the
    spreadsheet's row i + 2; the header is row 1). Rows are as wide as the header; blank
    rows are left out (their numbers stay counted). `encoding` and `delimiter` describe
    a CSV ("" for XLSX)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_numbers: tuple[int, ...]
    encoding: str = ""
    delimiter: str = ""
    # Rows that cannot be read as the header's columns: (row number, reason).
    bad_rows: tuple[tuple[int, str], ...] = ()


def read_sheet(path: Path, *, sheet: str | Sequence[str] = ()) -> Sheet:
    """The sheet in `path` (.csv, .tsv, .txt or .xlsx; for a workbook, the first sheet
    named one of `sheet`, case-blind, else the first). Raises ExchangeError for a file
    refused."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{file}: cannot be read ({value})."),
                file=path.name,
                value=exc.strerror or exc,
            )
        ) from None
    if size > MAX_FILE_BYTES:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{file} is {value:.0f} MB: files above {value2} MB are not imported; split it.",
                ),
                file=path.name,
                value=size / 1e6,
                value2=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    if size == 0:
        raise ExchangeError(msg(QT_TRANSLATE_NOOP("messages", "{file} is empty."), file=path.name))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if suffix in (".csv", ".tsv", ".txt"):
        return _read_csv(path)
    raise ExchangeError(
        msg(
            QT_TRANSLATE_NOOP("messages", "{file}: only .csv and .xlsx files are imported."),
            file=path.name,
        )
    )


# --- CSV ------------------------------------------------------------------------------


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a CSV file's bytes: BOM, then strict UTF-8, then cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8", name), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", name), "utf-16"
    else:
        if b"\x00" in data:
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name} is a binary file (it holds NUL bytes), not a CSV."
                    ),
                    name=name,
                )
            )
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _strict(data, "cp1252", name), "cp1252"
    if "\x00" in text:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} is a binary file (it holds NUL characters), not a CSV."
                ),
                name=name,
            )
        )
    return text, encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} is not text in {encoding} (byte {value} does not decode)."
                ),
                name=name,
                encoding=encoding,
                value=exc.start + 1,
            )
        ) from None


def sniff_delimiter(sample: str) -> str:
    """The delimiter of a CSV from its first lines: csv.Sniffer, else the one that
    occurs most in the first line (a comma when none does)."""
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        found = ""
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    # The sniffer sometimes picks a character from a quoted field; the header decides then.
    if found in DELIMITERS and counts[found] > 0:
        return found
    return best if counts[best] else ","


def _read_csv(path: Path) -> Sheet:
    data = path.read_bytes()
    text, encoding = decode(data, path.name)
    del data
    delimiter = sniff_delimiter(text[:SNIFF_CHARS])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        headers, rows, numbers, bad = _collect(reader, path.name)
    except csv.Error as exc:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "{file}, row {line_num}: not readable as CSV ({value})."
                ),
                file=path.name,
                line_num=reader.line_num,
                value=_csv_reason(exc),
            )
        ) from None
    finally:
        csv.field_size_limit(limit)
    return Sheet(path.stem, headers, rows, numbers, encoding, delimiter, bad)


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return msg(
            QT_TRANSLATE_NOOP("messages", "a cell longer than {max_field_chars:,} characters"),
            max_field_chars=MAX_FIELD_CHARS,
        )
    return text


_Collected = tuple[
    tuple[str, ...], tuple[tuple[Cell, ...], ...], tuple[int, ...], tuple[tuple[int, str], ...]
]


def _collect(lines: Iterable[Sequence[Cell]], name: str) -> _Collected:
    """Header, rows, their numbers and the rows wider than the header, from an iterator
    of row sequences, checking the limits as it goes."""
    headers: tuple[str, ...] | None = None
    rows: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    bad: list[tuple[int, str]] = []
    number = 0
    for raw in lines:
        number += 1
        cells: Sequence[Cell] = raw
        if len(cells) > MAX_COLUMNS:
            cells = _trim(cells)
            if len(cells) > MAX_COLUMNS:
                raise ExchangeError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{name}, row {number}: {count:,} columns; at most "
                            "{max_columns} are imported.",
                        ),
                        name=name,
                        number=number,
                        count=len(cells),
                        max_columns=MAX_COLUMNS,
                    )
                )
        if headers is None:
            if _blank(cells):
                continue
            headers = tuple(_header(c) for c in _trim(cells))
            continue
        if _blank(cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name}: more than {max_rows:,} rows; split the file."
                    ),
                    name=name,
                    max_rows=MAX_ROWS,
                )
            )
        width = len(headers)
        if len(cells) > width and not _blank(cells[width:]):
            bad.append(
                (
                    number,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "More cells than the header has columns ({width}): a delimiter "
                            "inside a cell that is not quoted?",
                        ),
                        width=width,
                    ),
                )
            )
            continue
        rows.append(tuple(cells[:width]) + (None,) * (width - len(cells)))
        numbers.append(number)
    if headers is None:
        raise ExchangeError(
            msg(QT_TRANSLATE_NOOP("messages", "{name} has no header row."), name=name)
        )
    return headers, tuple(rows), tuple(numbers), tuple(bad)


def _header(cell: Cell) -> str:
    return " ".join(str("" if cell is None else cell).split())


def _blank(cells: Sequence[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _trim(cells: Sequence[Cell]) -> Sequence[Cell]:
    """Without the empty cells at the end (spreadsheets pad rows)."""
    end = len(cells)
    while end and (cells[end - 1] is None or cells[end - 1] == ""):
        end -= 1
    return cells[:end]


# --- XLSX -----------------------------------------------------------------------------


def _check_zip(path: Path) -> None:
    """Refuse a file that is not a zip, or whose members unpack to too much (a zip bomb),
    from the zip's directory alone."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{file} is not an XLSX workbook (not a zip file)."),
                file=path.name,
            )
        ) from None
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{file} unpacks to {value:,.0f} MB (at most {value2} MB are "
                    "read): refused as a zip bomb.",
                ),
                file=path.name,
                value=unpacked / 1e6,
                value2=MAX_UNPACKED_BYTES // (1024 * 1024),
            )
        )
    names = {m.filename for m in members}
    if "xl/workbook.xml" not in names:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "{file} is not an XLSX workbook (no xl/workbook.xml)."
                ),
                file=path.name,
            )
        )


def _read_xlsx(path: Path, wanted: str | Sequence[str]) -> Sheet:
    _check_zip(path)
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except ExchangeError:
        raise
    except Exception:  # openpyxl raises many kinds on a malformed workbook
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{file} is not a readable XLSX workbook."),
                file=path.name,
            )
        ) from None
    try:
        sheets = book.worksheets
        if not sheets:
            raise ExchangeError(
                msg(QT_TRANSLATE_NOOP("messages", "{file} holds no worksheet."), file=path.name)
            )
        names = [wanted] if isinstance(wanted, str) else list(wanted)
        by_title = {s.title.casefold(): s for s in reversed(sheets)}
        ws = next((by_title[n.casefold()] for n in names if n.casefold() in by_title), sheets[0])
        rows = ws.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)
        try:
            headers, data, numbers, bad = _collect(_xlsx_rows(rows, path.name), path.name)
        except ExchangeError:
            raise
        except Exception:
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "{file}: the sheet {ws_title!r} is malformed."),
                    file=path.name,
                    ws_title=ws.title,
                )
            ) from None
        finally:
            rows.close()  # a refusal mid-sheet leaves no worksheet stream (and file) open
        return Sheet(ws.title, headers, data, numbers, bad_rows=bad)
    finally:
        book.close()


def _xlsx_rows(rows: Iterable[Sequence[Cell]], name: str) -> Iterator[Sequence[Cell]]:
    """The workbook's rows as tuples; a row with a value beyond MAX_COLUMNS is refused
    (only that many columns are read, so a 10,000-column row costs no memory)."""
    for number, row in enumerate(rows, start=1):
        if len(row) > MAX_COLUMNS and row[MAX_COLUMNS] not in (None, ""):
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name}, row {number}: more than {max_columns} columns; at "
                        "most {max_columns} are imported.",
                    ),
                    name=name,
                    number=number,
                    max_columns=MAX_COLUMNS,
                )
            )
        yield tuple(row[:MAX_COLUMNS])
