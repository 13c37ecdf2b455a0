"""One cell of an import read as its field's value, and the small rules a row's plan is
made with (exchange/import_planner.py)."""

from __future__ import annotations

import functools
import re
from enum import Enum
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange import cells
from cdmo_desktop.exchange.import_kinds import Column, Kind
from cdmo_desktop.exchange.sheet_reader import Cell

if TYPE_CHECKING:
    pass


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def first_problems(errors: dict[str, str]) -> str:
    """The row's problems, each once, the first few in full."""
    messages = list(dict.fromkeys(errors.values()))
    more = f" (and {len(messages) - 3} more)" if len(messages) > 3 else ""
    return " ".join(messages[:3]) + more


@functools.cache
def row_type(model: type[Any]) -> type[Any]:
    """A plain class that domain.validation reads as `model` (its table, name and fields)."""
    return type(
        f"{model.__name__}Values",
        (),
        {
            "__table__": model.__table__,
            "__tablename__": model.__tablename__,
            "model_fields": model.model_fields,
        },
    )


def read_cell(column: Column, cell: Cell) -> Any:
    if column.kind == "date":
        return cells.to_date(cell)
    if column.kind == "int":
        return cells.to_int(cell)
    if column.kind == "float":
        return cells.to_float(cell)
    if column.kind == "bool":
        return cells.to_bool(cell)
    if column.kind == "enum":
        assert column.enum is not None
        return cells.to_enum(cell, column.enum)
    return cells.text(cell)


def risk_number(cell: Cell) -> int | None:
    """The number of a risk code ("R-007", "r7", 7); None when empty."""
    value = cells.text(cell)
    if not value:
        return None
    match = re.fullmatch(r"(?:R\s*-?\s*)?0*(\d{1,6})", value, re.IGNORECASE)
    if match is None or int(match[1]) < 1:
        raise cells.CellError(
            msg(QT_TRANSLATE_NOOP("messages", "expected a risk code such as R-007"))
        )
    return int(match[1])


def differs(current: Any, value: Any) -> bool:
    if isinstance(current, Enum):
        current = current.value
    if isinstance(value, Enum):
        value = value.value
    if current is None and value == "":
        return False
    return bool(current != value)


def field_label(kind: Kind, field_name: str) -> str:
    ref = {
        "partner_id": "partner",
        "client_id": "client",
        "site_id": "site",
        "milestone_id": "milestone",
    }
    wanted = ref.get(field_name, field_name)
    found = [c.label for c in kind.columns if c.field == wanted]
    return found[0] if found else field_name
