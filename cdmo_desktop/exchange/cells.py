"""What a spreadsheet cell means for a field: text, a date, a number, yes/no, a choice.

Each parser takes the cell as read (text from a CSV; text, number, date or bool from an
XLSX) and returns the field's value, or raises CellError with a sentence that names what
was expected, never the cell's contents (an import's refusals are shown and logged).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import Enum

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange.sheet_reader import Cell

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug kept)
MAX_SERIAL = 2_958_465  # 9999-12-31
# A cell our own export neutralised (OWASP CSV injection) starts with a quote then one of
# these; the quote is taken off on import.
INJECTION_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$")
_DMY = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})$")
_D_MON_Y = re.compile(r"^(\d{1,2})[ \-]([A-Za-z]{3,9})\.?[ \-,]+(\d{4})$")
_MON_D_Y = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$")
_TRUE = {"yes", "y", "true", "1", "x", "ja", "oui", "si", "primary", "✓", "✔"}
_FALSE = {"no", "n", "false", "0", "nein", "non", ""}
DATE_HINT = "a date such as 2026-03-31, 31/03/2026, 31.03.2026 or 31 Mar 2026"


class CellError(ValueError):
    """A cell that cannot be the field's value; str() says what was expected."""


def text(cell: Cell) -> str:
    """The cell as text, trimmed; a number keeps no trailing ".0"; a quote our export put
    before a formula-like start is taken off. A formula is text: nothing is computed."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else str(cell)
    if isinstance(cell, date):
        return cell.isoformat()
    value = str(cell)
    if len(value) > 1 and value[0] == "'" and value[1] in INJECTION_STARTS:
        value = value[1:]
    return value.strip()


def is_empty(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def to_date(cell: Cell) -> date | None:
    """A date from a date cell, an Excel serial number or text (ISO, dd/mm/yyyy,
    dd.mm.yyyy, "3 Mar 2026", "Mar 3, 2026"); None for an empty cell."""
    if is_empty(cell):
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, bool):
        raise CellError(
            msg(QT_TRANSLATE_NOOP("messages", "expected {date_hint}"), date_hint=DATE_HINT)
        )
    if isinstance(cell, int | float):
        return _serial(cell)
    value = text(cell)
    try:
        if m := _ISO.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(value):
            return date(int(m[4]), int(m[3]), int(m[1]))
        if m := _D_MON_Y.match(value):
            return date(int(m[3]), _month(m[2]), int(m[1]))
        if m := _MON_D_Y.match(value):
            return date(int(m[3]), _month(m[1]), int(m[2]))
        if value.isdigit():
            return _serial(int(value))
    except (ValueError, KeyError):
        pass
    raise CellError(msg(QT_TRANSLATE_NOOP("messages", "expected {date_hint}"), date_hint=DATE_HINT))


def _month(name: str) -> int:
    return _MONTHS[name.casefold()]


def _serial(number: float) -> date:
    if not 1 <= number <= MAX_SERIAL:
        raise CellError(
            msg(QT_TRANSLATE_NOOP("messages", "expected {date_hint}"), date_hint=DATE_HINT)
        )
    return EXCEL_EPOCH + timedelta(days=int(number))


def to_int(cell: Cell) -> int | None:
    """A whole number; None for an empty cell."""
    if is_empty(cell):
        return None
    if isinstance(cell, bool):
        raise CellError(msg(QT_TRANSLATE_NOOP("messages", "expected a whole number")))
    if isinstance(cell, int):
        return cell
    number = to_float(cell)
    if number is None or not number.is_integer():
        raise CellError(msg(QT_TRANSLATE_NOOP("messages", "expected a whole number")))
    return int(number)


def to_float(cell: Cell) -> float | None:
    """A number ("3.5", or "3,5" as semicolon-separated files write it); None when empty."""
    if is_empty(cell):
        return None
    if isinstance(cell, bool):
        raise CellError(msg(QT_TRANSLATE_NOOP("messages", "expected a number")))
    if isinstance(cell, int | float):
        return float(cell)
    value = text(cell).replace("\u00a0", "").replace(" ", "").removesuffix("%")
    if "," in value and "." not in value:
        value = value.replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        raise CellError(msg(QT_TRANSLATE_NOOP("messages", "expected a number"))) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise CellError(msg(QT_TRANSLATE_NOOP("messages", "expected a finite number")))
    return number


def to_bool(cell: Cell) -> bool:
    """Yes or no (yes/no, true/false, 1/0, x); an empty cell is no."""
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float):
        if cell in (0, 1):
            return bool(cell)
        raise CellError(msg(QT_TRANSLATE_NOOP("messages", "expected yes or no")))
    value = text(cell).casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise CellError(msg(QT_TRANSLATE_NOOP("messages", "expected yes or no")))


def to_enum(cell: Cell, enum: type[Enum]) -> Enum | None:
    """The member whose value or label is the cell's text, case-blind; None when empty."""
    if is_empty(cell):
        return None
    wanted = _fold(text(cell))
    for member in enum:
        names = {_fold(str(member.value)), _fold(str(getattr(member, "label", member.value)))}
        if wanted in names:
            return member
    labels = ", ".join(str(getattr(m, "label", m.value)) for m in enum)
    raise CellError(msg(QT_TRANSLATE_NOOP("messages", "expected one of: {labels}"), labels=labels))


def _fold(value: str) -> str:
    return re.sub(r"[\s_\-]+", " ", value).strip().casefold()
