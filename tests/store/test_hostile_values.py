"""Whatever a form, an import or a script puts into any column of any table, the store
either writes it or refuses it with a message (ValidationError / WriteRefused): never a
crash from the driver, an overflow or a comparison of the wrong kinds."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from cdmo_desktop.domain.models.erasure import AUDIT_TABLES
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store
from cdmo_desktop.store.changesets import model_for_table
from cdmo_desktop.store.errors import WriteRefused

TEXT: list[Any] = ["", " ", "x" * 100_000, "a\x00b", 123, float("nan"), b"bytes", ["a"]]
WHOLE: list[Any] = [-1, 2**63, -(2**63) - 1, 10**30, float("nan"), "12", True, 1.5]
MONEY: list[Any] = [Decimal("NaN"), Decimal("1e30"), float("nan"), Decimal("0.001"), -5]
DAY: list[Any] = [date.min, date.max, "2026-01-01", 20260101, datetime(2026, 1, 1)]
MOMENT: list[Any] = [datetime(2026, 1, 1), "now", 5, date(2026, 1, 1)]
YES_NO: list[Any] = ["yes", 2, "false"]
CHOICE: list[Any] = ["bogus", 99, ""]


def _hostile(column: sa.Column[Any]) -> list[Any]:
    kind = column.type
    impl = getattr(kind, "impl", kind)
    if isinstance(kind, sa.Enum):
        return CHOICE
    if getattr(kind, "exact_money", False):
        return MONEY
    for sa_type, values in (
        (sa.Boolean, YES_NO),
        (sa.DateTime, MOMENT),
        (sa.Date, DAY),
        (sa.Integer, WHOLE),
    ):
        if isinstance(impl, sa_type):
            return values
    return TEXT


# Written only by `cdmo-desktop server grant` (its own checks, tests/test_cli_server_admin.py),
# never by a form: the demo portfolio has none.
SERVER_ONLY = {"client_access"}


def _tables() -> list[str]:
    skip = AUDIT_TABLES | SERVER_ONLY
    return [t.name for t in SQLModel.metadata.sorted_tables if t.name not in skip]


@pytest.mark.parametrize("table", _tables())
def test_every_column_refuses_hostile_values_with_a_message(demo_store: Store, table: str) -> None:
    model = model_for_table(table)
    with demo_store.read() as s:
        row: Any = s.exec(select(model)).first()
    assert row is not None, f"the demo portfolio has no {table} row to try"
    crashes = []
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.key in ("id", "created_at", "updated_at"):
            continue
        for value in [None, *_hostile(column)]:

            def work(s: Any, key: str = column.key, value: Any = value) -> None:
                setattr(s.get(model, row.id), key, value)

            try:
                demo_store.write("Hostile value", work)
            except (ValidationError, WriteRefused) as refused:
                assert "SQL" not in str(refused) and "Traceback" not in str(refused)
            except Exception as exc:  # the bug this test is about
                crashes.append(f"{table}.{column.key}={value!r:.40}: {type(exc).__name__}")
    assert crashes == []
