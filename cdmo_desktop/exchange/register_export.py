"""Registers to CSV or XLSX files: the store's bulk read (store.exports) through the
register's columns (exchange.registers) into a spreadsheet writer (exchange.sheets).

`export_register` writes one register (all its rows, one engagement's, or given rows in a
given order); `export_workbook` writes several registers as the sheets of one XLSX file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.registers import REGISTERS, Register, register_of
from cdmo_desktop.exchange.sheets import Progress, Sheet, sheet_format, write_sheets

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

ProgressPercent = Callable[[int, str], None]
"""(percent done, what is being written); may raise sheets.Cancelled to stop."""


def _sheet(
    store: Store, register: Register, engagement_id: str | None, ids: Iterable[str] | None
) -> Sheet:
    from cdmo_desktop.store.exports import export_rows

    rows = export_rows(store, register.kind, register.fields, engagement_id, ids)
    return Sheet(register.title, register.sheet_columns(), rows)


def _percent(progress: ProgressPercent | None, total: int, what: str) -> Progress | None:
    if progress is None:
        return None
    progress(0, what)
    return lambda done: progress(min(99, done * 100 // max(total, 1)), what)


def export_register(
    store: Store,
    kind: str,
    path: Path,
    *,
    engagement_id: str | None = None,
    ids: Sequence[str] | None = None,
    progress: ProgressPercent | None = None,
) -> int:
    """Write register `kind` to `path` (.csv or .xlsx); returns the rows written.

    `ids` keeps those records in that order (a table's current filter and sort)."""
    from cdmo_desktop.store.exports import count_rows

    register = register_of(kind)
    sheet_format(path)
    total = len(ids) if ids is not None else count_rows(store, kind, engagement_id)
    sheet = _sheet(store, register, engagement_id, ids)
    written = write_sheets(path, [sheet], _percent(progress, total, register.title))
    if progress is not None:
        progress(100, register.title)
    return written


def export_workbook(
    store: Store,
    path: Path,
    kinds: Sequence[str] | None = None,
    *,
    engagement_id: str | None = None,
    progress: ProgressPercent | None = None,
) -> int:
    """Write several registers (default: every one) as the sheets of one XLSX workbook."""
    from cdmo_desktop.store.exports import count_rows

    if sheet_format(path) != "xlsx":
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{file}: several registers go into one workbook; the name must end in .xlsx.",
                ),
                file=path.name,
            )
        )
    registers = [register_of(k) for k in (kinds or list(REGISTERS))]
    totals = [count_rows(store, r.kind, engagement_id) for r in registers]
    total = max(1, sum(totals))
    sheets = [_sheet(store, r, engagement_id, None) for r in registers]
    report = None
    if progress is not None:
        progress(0, "Workbook")
        report = lambda done: progress(min(99, done * 100 // total), "Workbook")  # noqa: E731
    written = write_sheets(path, sheets, report)
    if progress is not None:
        progress(100, "Workbook")
    return written
